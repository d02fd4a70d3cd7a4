"""Date expressions that say when nothing happened: a year that is part of a name, a month that comes round every
year, and a day counted in a quoted document's own words.

A number in a name is no year of the story: "Project 2025 would gut the civil service", "the Vision 2030 reforms",
"Marlin Offshore 2007 LLC owned the rig", "shares in Brightwave 2025 Group rose". The number closes a plan's or a
product's name ("Project", "Vision", "Agenda", "Windows": a capitalised common noun that names one thing only with
its number), or stands inside a company's name before its legal form or its kind ("LLC", "Group", "Fund")
(:func:`year_in_name`). A month before the number ("June 2010 Group results") is a date; a city before it ("London
2012", "Paris 2024") names games held that year, and stays.

"Farmers burn the stubble in March every year", "In June each year, the town holds a contest", "every year in
August": a month, a season or a weekday that comes round is a habit, not a happening of this year's March
(:func:`recurs`). A numbered date ("in March 2025 every year" is no English) is left alone, and so is a month one clause
away from the habit ("Each year the fair opens in May; this year it opened in June").

"A notice on the door read: 'You must leave within 30 days from today'": a day counted from the document's own "today"
(its day of writing, which the story seldom gives) inside its quoted words is the notice's deadline, not when anything
happened; reckoned from the article's day it is a day no one named (:func:`counted_in_document`). A speaker's "30
days from today" is the speaker's day, and stays.

"Under the Harbour Safety Act of 1987, the owner pays", "the Tenancy Act 1996 requires notice": a law's year is part
of its name, cited long after it passed (:func:`law_year`). When the sentence tells the law passing ("Parliament
passed the Harbour Safety Act of 1987"), the year in its name is that happening's, and stays.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.day_names import day_name
from timeline.extract.present_things import nowadays_thing
from timeline.extract.put_off import put_off_plan
from timeline.extract.saying_words import SAY_TELL, alternation, spoken
from timeline.extract.season_bounds import season_bound
from timeline.extract.sentences import quotation_open
from timeline.extract.span_ends import span_end
from timeline.extract.thing_dates import picks_which
from timeline.extract.title_referents import ORG_END
from timeline.extract.unasserted import describes

__all__ = ["contest_year", "counted_in_document", "law_year", "not_a_date", "quoted_state", "recurs", "year_in_name"]

#: Capitalised common nouns that name a plan, a programme or a product only together with a number after them.
_NAME_HEAD = re.compile(r"(?:Project|Vision|Agenda|Plan|Strategy|Mission|Initiative|Program(?:me)?|Windows|Office|"
                        r"Edition|Version|Series)")
#: The capitalised words before a year that make it a date, not part of a name: a month or a season ("June 2010"), a
#: holiday, a preposition, article or conjunction opening a sentence ("In 2010 Northfield Group ..."), a copyright line.
_DATE_WORD = re.compile(r"(?i)(?:" + MONTH_PATTERN + r"|spring|summer|autumn|fall|winter|christmas|easter|"
                        r"in|on|at|by|for|from|since|until|till|through|during|before|after|of|and|or|but|the|a|an|"
                        r"this|that|its|their|his|her|fiscal|fy|copyright|early|late|mid|end|as|to|year|years|around|about|circa|"
                        r"between|within|throughout|past|last|next|q[1-4]|h[12])\.?")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w&'’-]*)\s$")
_WORD_AFTER = re.compile(r"\s([A-Z][\w&'’.-]*)")


def year_in_name(text: str, start: int, end: int) -> bool:
    """Whether the year ``text[start:end]`` is the number of a plan's, a product's or a company's name."""
    if not re.fullmatch(r"\d{4}", text[start:end]):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or _DATE_WORD.fullmatch(before.group(1)):
        return False
    if _NAME_HEAD.fullmatch(before.group(1)):
        return True
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    # ("the World Cup 2010 Group 6 match": a numbered group of the games, which the year dates)
    return (after is not None and ORG_END.search(after.group(1)) is not None
            and not re.match(r"\s+(?:\d+|[A-H])\b", text[after.end():after.end() + 4]))


#: A law's name closed by its year: "the Harbour Safety Act of 1987", "the Tenancy Act 1996", "the Amendments of 1972".
_LAW_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+(?:Act|Acts|Amendments?)\s+(?:of\s+)?$")
#: The law's passing told by the sentence: "passed the ... Act of 1987", "signed into law the ...".
_LAW_PASSED = re.compile(r"(?i)\b(?:pass(?:ed|es)?|enact(?:ed|s)?|sign(?:ed|s)?(?:\s+into\s+law)?|adopt(?:ed|s)?|"
                         r"approv(?:ed|es))\s+(?:into\s+law\s+)?(?:the\s+)?$")


#: A role in a contest that a year sorts, after the year: "a potential 2012 presidential hopeful", "2031 medal
#: hopefuls", "the 2028 Democratic nominee", "Booker 2029 winner Jo Reed". The year names which race or prize the
#: person stands in or won, not when anything in the sentence happened ("his 2028 presidential bid", "the 2028
#: election" name happenings of the year, and stay).
_CONTEST_ROLE = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:hopefuls?|candidates?|contenders?|nominees?|challengers?|"
                           r"front-?runners?|runners?-up|winners?|medall?ists?)\b")


def contest_year(text: str, start: int, end: int) -> bool:
    """Whether the year ``text[start:end]`` sorts a contest's role after it ("a 2012 presidential hopeful")."""
    return re.fullmatch(r"\d{4}", text[start:end]) is not None and _CONTEST_ROLE.match(text, end) is not None


def law_year(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the year ``text[start:end]`` closes a law's name that the sentence cites rather than tells passing."""
    if not re.fullmatch(r"\d{4}", text[start:end]):
        return False
    name = _LAW_NAME.search(text, max(sentence_start, start - 120), start)
    return name is not None and not _LAW_PASSED.search(text, max(sentence_start, name.start() - 40), name.start())


#: After the date, in its phrase: "in March every year", "In June each year", "In March of every year", "annually".
_RECURS_AFTER = re.compile(r"(?i)\s*,?\s*(?:of\s+)?(?:(?:every|each)\s+(?:year|week|month)|annually|yearly)\b")
#: Before it, one clause: "every year in August", "Each year, during the winter". A clause mark other than the comma
#: after the habit's words, or a contrast ("but", "this year"), ends the habit's reach.
_RECURS_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+(?:year|week|month)\b,?\s+(?:(?!(?:but|this|last|next|except)\b)"
                            r"[^\s,.;:!?]+\s+){0,5}?(?:in|on|during|at|around|by|through)\s+(?:the\s+)?$")


#: A weekday any of its kind, after the indefinite article: "from a Saturday to a Monday" (any day of the week, one
#: like another), and "on a Saturday night" in a clause that tells a habit ("normally employs 16 bartenders who
#: pocket $250 in tips on a Saturday night"). "during a Tuesday meeting", "on a Tuesday night in the parish" (one
#: evening told) name the one day and stay.
_ANY_WEEKDAY = re.compile(r"(?i)\b(?:(?:from|to)\s+a|any)\s+$")
_HABIT_WEEKDAY = re.compile(r"(?i)\b(?:normally|usually|typically|generally|regularly|always|often|every|each)\b"
                            r"[^.;:!?]*\bon\s+a\s+$")
_WEEKDAY = re.compile(r"(?i)(?:" + WEEKDAY_NAME_PATTERN + r")\b")


def recurs(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the unnumbered date ``text[start:end]`` ("March", "the winter", "Saturday") comes round with a habit,
    or is a weekday any of its kind ("from a Saturday to a Monday")."""
    if re.search(r"\d", text[start:end]):
        return False
    if _WEEKDAY.match(text, start) and (_ANY_WEEKDAY.search(text, max(sentence_start, start - 10), start)
                                        or _HABIT_WEEKDAY.search(text, max(sentence_start, start - 120), start)):
        return True
    return bool(_RECURS_AFTER.match(text, end) or _RECURS_BEFORE.search(text, max(sentence_start, start - 90), start))


#: "30 days from today", "within two weeks of today": a count from the writer's day.
_COUNTED_FROM_TODAY = re.compile(r"(?i)\b(?:from|of|after)\s+(?:today|now)\b")
#: The document whose words are quoted, told as reading or saying them: "a notice that read:", "The letter states".
_DOCUMENT_WORDS = re.compile(r"(?i)\b(?:notice|letter|sign|order|form|e-?mail|memo|leaflet|poster|summons|"
                             r"contract|ticket|label|note|message|warning|document|filing|writ|invoice|bill)s?\b"
                             r"[^.;!?\"“]{0,60}?\b(?:" + alternation(spoken("state", base=True, ing=True), SAY_TELL,
                                                                      spoken("warn"), {"read", "reads", "reading",
                                                                                       "informed", "informs"})
                             + r")\b[^\"“]{0,12}$")


def counted_in_document(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` counts days from "today" inside the quoted words of a notice, letter or form."""
    if not _COUNTED_FROM_TODAY.search(text[start:end]):
        return False
    before = text[sentence_start:start]
    if not quotation_open(before):
        return False
    opened = max(before.rfind("“"), before.rfind('"'))
    return _DOCUMENT_WORDS.search(before, 0, opened) is not None


#: A verb besides the copula: "This is the first we came this year", "It is a pity that some have misread today's
#: offer", "What I know is that we will pay this year" tell a happening or a forecast, not only a state.
_OTHER_VERB = re.compile(r"(?i)\b(?:[a-z]{3,}ed|" + auxiliaries(HAVE_FORMS, DO_FORMS, MODAL_VERBS)
                         + r"|" + IRREGULAR_PAST_PATTERN + r")\b")
#: A clause inside the description: "Today is the day we reopen the quay" tells the reopening ("where we are today"
#: is one more state).
_CLAUSE_INSIDE = re.compile(r"(?i)\b(?:we|i|they|you|he|she|it|who|which|that)\s+"
                            r"(?!(?:is|are|am|was|were|['’]re|['’]s|not)\b)[a-z]")
#: A break between a quotation's clauses: what the speaker goes on to say may tell a happening of the day.
_CLAUSE_BREAK = re.compile(r"[,;:!?]|\s(?:and|but|or|so|because|while|when|as|after|before|since|until|if)\s|\s[-–—]")


def quoted_state(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` lies in a quotation that only says what something is: "'It is a
    disaster today,' the mayor said" dates a state, which the speaker describes; nothing happened that day."""
    before = text[sentence_start:start]
    if not quotation_open(before):
        return False
    opened = sentence_start + max(before.rfind("“"), before.rfind('"')) + 1
    close = re.compile(r"[”\"]").search(text, end, sentence_end)
    stop = close.start() if close is not None else sentence_end
    if _CLAUSE_BREAK.search(text, opened, start) or _CLAUSE_BREAK.search(text[end:stop].rstrip(" ,.")):
        return False  # one clause only: "It is a disaster, and today we appealed for help" tells the appeal
    clause = text[opened:stop].rstrip(" ,.")
    return describes(clause) and _OTHER_VERB.search(clause) is None and _CLAUSE_INSIDE.search(clause) is None


def not_a_date(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a name's number, a law's year, a habit's month, a quoted document's
    count, the time of a quoted description, the time a plan put off was set for (:mod:`.put_off`) or which of a
    kind a subject that only is something is ("This year's dead zone is ...", :mod:`.thing_dates`), a day that names
    a happening ("after 9/11", :mod:`.day_names`), a bound of a season's calendar ("the hurricane season runs from
    June 1", :mod:`.season_bounds`), a "today's" that means nowadays ("today's tax law", :mod:`.present_things`), or the end of a span after "through"
    ("a plan to keep crews employed through August", :mod:`.span_ends`)."""
    return (year_in_name(text, start, end) or law_year(text, sentence_start, start, end) or contest_year(text, start, end)
            or recurs(text, sentence_start, start, end)
            or counted_in_document(text, sentence_start, start, end)
            or quoted_state(text, sentence_start, start, end, sentence_end)
            or put_off_plan(text, sentence_start, start, end, sentence_end)
            or picks_which(text, sentence_start, start, end, sentence_end)
            or day_name(text, sentence_start, start, end)
            or season_bound(text, sentence_start, start, end, sentence_end)
            or nowadays_thing(text, start, end) or span_end(text, sentence_start, start))
