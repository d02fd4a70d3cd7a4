"""A body's formal answer of the story's day, by a speaker the story named before (issue 16: recall).

:mod:`.day_sayings` leaves out a saying whose speaker the story has named already: "BP said ..." further down a story
about BP most often goes on with what BP said before. A formal answer is an act of its own, though, made once: a
statement issued, an accusation denied or disputed, a response to the day's report or speech:

    BP said in a statement that the report, like its own investigation, had found multiple causes.
    In a statement, the council said the school would be closed for a week.
    In response to the report, Transocean said its crew had been well trained.
    Halliburton disputed the commission's accusations about its cement testing.

Such a saying, in the stretch :mod:`.day_sayings` dates by the story's day, is news of that day even by a speaker
named before (an actor of the story: what it answers is the day's news), unless it is the lead's own speaker (the
lead's statement told on) or the same speaker's statement was told already between the lead and it (one statement
quoted twice), or it gives a running figure ("said in a statement it had spent $3.95 billion": a total as it stands,
no answer). A quotation's credit ('"...," BP said in a statement.') stays out, as :mod:`.day_sayings` leaves
it out: its words were told with it.

A saying opened on its own statement or response ("In a statement, ...", "In response to the speech, ...") names no
occasion of another time (:func:`.continued.occasion_tie` reads "In an interview with NBC, ..." so): the news day
dates it as any other saying of the stretch (:func:`answer_opener`). A country or an authority confirming its first case of
a disease ("China has now confirmed its first case") is a milestone of the day, its speaker a place the name index
may not hold (:func:`first_case_speaker`); a count confirmed ("has confirmed 4,210 cases") is a running total and
stays out.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN
from timeline.extract.saying_words import alternation, spoken

__all__ = ["answer_opener", "first_case_speaker", "formal_response", "new_answer", "statement_told"]

#: A statement issued: "said in a statement (that)", "said in a written statement", "In a statement, X said",
#: "In response to the report, X said", "Responding to the speech, X said".
_STATEMENT = re.compile(r"(?i)\b(?:" + alternation(spoken("say", "announce", "confirm", present=False))
                        + r")\s+in\s+an?\s+(?:written\s+|brief\s+|short\s+|separate\s+)?statement\b"
                        r"(?!\s+(?:last|earlier|on|in\s+(?:" + MONTH_NAME_PATTERN + r")))")
_OPENER = re.compile(r"(?:(?:But|And|Meanwhile|However),?\s+)?(?:In\s+an?\s+(?:written\s+|brief\s+|short\s+)?statement|"
                     r"In\s+(?:a\s+)?(?:response|reply|answer)\s+to\s+[^,;“”\"]{3,50}|"
                     r"Responding\s+to\s+[^,;“”\"]{3,50}),\s+")
#: An accusation answered, a proposal turned down: "denied the allegations", "disputed the commission's accusations",
#: "rejected the French proposal".
_ANSWERED = re.compile(r"\b(?:" + alternation(spoken("deny", present=False), {"disputed", "rejected", "dismissed", "rebutted"})
                       + r")\s+(?:the|any|all|those|these|such)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?(?:allegations?|accusations?|claims?|charges?|criticisms?|findings?|"
                       r"suggestions?|reports?|conclusions?|proposals?|requests?|demands?|calls?)\b")


#: A running figure a statement gives: spending or payments to date, a total.
_RUNNING = re.compile(r"\b(?:spent|paid(?:\s+out)?|so\s+far|to\s+date|in\s+total|totals?|totall?ing|cumulative)\b")


#: A saying that introduces a quotation: "said of the latest cases: “...", "said:" (its words are the quotation's).
_INTRODUCES_QUOTE = re.compile(r"\b(?:" + alternation(spoken("say", "add", present=False)) + r")\b[^“”\"]{0,40}:\s*[“\"]")


def answer_opener(sentence: str) -> bool:
    """Whether ``sentence`` opens on its own statement or response ("In a statement, ...", "In response to the report,
    ..."): an occasion it names is the saying itself, not one of another time the sentences before dated."""
    if _INTRODUCES_QUOTE.search(sentence):
        return False  # ("In a statement, the agency said of the cases: “...”": the quotation's introduction)
    return _OPENER.match(sentence.lstrip()) is not None


def formal_response(sentence: str, speaker_end: int) -> bool:
    """Whether ``sentence``, whose speaker's name ends at ``speaker_end``, tells a formal answer: a statement issued
    ("BP said in a statement that ..."), one opened so ("In a statement, the council said ..."), or an accusation
    denied or disputed ("Halliburton disputed the commission's accusations")."""
    said = sentence[speaker_end:]
    if _RUNNING.search(said):
        return False  # a figure as it stands ("had spent $3.95 billion so far"), not an answer
    verb = re.match(r"(?:,[^,;“”\"]{2,80}){0,2},?\s+(?:also\s+)?\w+", said)
    clause = said[:verb.end() + 60] if verb else said[:60]
    return bool(_STATEMENT.search(clause) or _ANSWERED.search(clause)
                or answer_opener(sentence) or first_case_speaker(sentence))


#: A country's or an authority's first case of a disease confirmed: "China has now confirmed its first case", "Australia
#: reported its first case", "Bulgaria and Luxembourg have confirmed their first cases" -- a milestone of the day, not
#: a running total ("has confirmed 70,893 cases" stands as a count and stays out).
_FIRST_CASE = re.compile(
    r"(?:(?:But|And|Meanwhile|Separately),?\s+)?(?P<speaker>(?:The\s+)?(?:[A-Z][\w.'’&-]*(?:\s+(?:of|and|for|the)\s+|\s+)){0,5}"
    r"[A-Z][\w.'’&-]*)\s+(?:(?:has|have)\s+)?(?:now\s+|also\s+|just\s+)?(?:" + alternation(spoken("confirm", "report", "announce", present=False), {"recorded"})
    + r")\s+"
    r"(?:its|their|the)\s+(?:first|second|third)\s+(?:(?:confirmed|human|domestic|known|probable)\s+)?"
    r"(?:cases?|deaths?|infections?)\b")


def first_case_speaker(sentence: str) -> str:
    """The country or authority that opens ``sentence`` confirming its first case ("China has now confirmed its first
    case"), or ""."""
    m = _FIRST_CASE.match(sentence.lstrip())
    return m.group("speaker") if m else ""


def statement_told(head: str, before: str) -> bool:
    """Whether the speaker whose name ends with ``head`` issued a statement told in ``before`` already (the same
    statement quoted again further down)."""
    return re.search(rf"\b{re.escape(head)}\b[^.;]{{0,100}}?\bstatement\b|\bstatement\b[^.;]{{0,60}}?\b"
                     rf"{re.escape(head)}\b", before) is not None


def new_answer(sentence: str, speaker_end: int, head: str, before: str) -> bool:
    """Whether ``sentence`` tells a formal answer (:func:`formal_response`) by the speaker whose name ends at
    ``speaker_end`` (its last word ``head``) that ``before``, the story since its lead, did not tell already
    (:func:`statement_told`): news of the day by a speaker named before."""
    return formal_response(sentence, speaker_end) and not statement_told(head, before)
