"""A second date in a clause of its own, joined by "and"/"but" or opened by "after", "since", "when": that clause's
headline, not the main clause's.

"Last night the governor demanded millions from the firm and today the firm handed him the money": both dates get the
first clause's headline, and the reader sees the same happening at two days. Today's date stands in a clause with its
own subject and finite verb ("the firm handed him the money"), which tells what happened then. "The bank cut its
rates on Monday and shares rose on Tuesday": one title spanning both clauses told each date; each takes its own.

Only a clause the text writes whole, with a subject and a finite verb of its own, gives a headline: a noun after
"after" ("after his victory at the weekend"), a participle ("after giving him sedatives") or a predicate sharing the
first clause's subject ("and were told on Friday") needs words the text does not have, and the mention keeps the
headline it had. :func:`.one_clause.own_clause_title` asks here when it finds no clause of its own after a semicolon
or a conjunction's comma, and :func:`.one_clause.own_clauses` when one title tells both dates' clauses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.clauses import sentence_like
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.titles import write_title

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["joined_clause_titles", "subordinate_clause_title"]

#: A subordinating word: what follows tells a happening of its own, at its own time.
_OPENS = re.compile(r"[,\s]\s*(?:when|after|before|since|because|although|though)\s+")
#: A conjunction joining two clauses, each with its own subject: "he demanded billions last night and today the
#: company gave him the cash".
_JOINS = re.compile(r"[,\s]\s*(?:and|but)\s+")
#: What opens a clause or phrase of its own inside the text before a join: the words after the last of them are what
#: "and" joins ("while Governor Holt and Mr Reyes are to tour": two names, not two clauses).
_INNER_OPENS = re.compile(r"(?i)\b(?:while|whereas|when|after|before|since|because|although|though|as|that|which|who|"
                          r"if)\b|[,;:](?=\s)")
#: An article alone before a date at a clause's opening: the date heads a noun phrase ("after a summer of losses").
_ARTICLE_ONLY = re.compile(r"(?i)\s*(?:a|an|the|this|that|each|every)\s+")
#: Where such a clause ends: another clause's opening, a dash, or a participle's comma ("..., killing 11 workers").
_ENDS = re.compile(r";|\s[-–—]+\s|--|,\s+(?:and|but|while|whereas|when|after|until)\b|,\s+[a-z]+ing\b"
                   r"|\s+(?:and|but)\s+(?:" + alternation(spoken("say", "add")) + r")\b")


def _title(text: str, start: int, end: int, date: tuple[int, int]) -> str:
    """The headline of ``text[start:end]`` without its date, when it is a clause with a subject and verb, or empty."""
    clause = text[start:end].rstrip(" .,;")
    remove = [(date[0] - start, date[1] - start)]
    rest = f"{clause[:remove[0][0]]}{clause[remove[0][1]:]}"
    if _ARTICLE_ONLY.fullmatch(clause[:remove[0][0]]):
        return ""  # "after a summer of lost revenue": the date heads a noun phrase, which is no clause
    # its subject and verb stand before any comma: "staff and top management, Ankor said" joins two nouns
    if not sentence_like(re.split(r",\s", rest.strip(" ,"))[0]):
        return ""
    return write_title(clause, remove)


def _clause_before(text: str, start: int, join: int) -> bool:
    """Whether the words joined at ``join`` are a clause with its own subject and verb, counted from the last opening of
    a clause or phrase after ``start``."""
    opens = [o.end() for o in _INNER_OPENS.finditer(text, start, join)]
    return sentence_like(text[opens[-1] if opens else start:join])


def subordinate_clause_title(m: Mention, text: str) -> str:
    """The headline of the clause ``m``'s date stands in, opened by a subordinating word or joined by "and"/"but" to
    a clause before it with its own subject and verb, when it has its own subject and finite verb, or ""."""
    opens = list(_OPENS.finditer(text, m.start, m.date[0]))
    joins = [j for j in _JOINS.finditer(text, m.start, m.date[0]) if _clause_before(text, m.start, j.start())]
    if joins and (not opens or joins[-1].start() > opens[-1].start()):
        opens = joins
    if opens:
        start = opens[-1].end()
        close = _ENDS.search(text, m.date[1], m.end)
        return _title(text, start, close.start() if close else m.end, m.date)
    return ""


def joined_clause_titles(a: Mention, b: Mention, text: str) -> dict[int, str]:
    """Each of two mentions of one sentence its own clause's headline, keyed by ``id``, when the sentence is two
    clauses joined by "and" or "but", each with its own subject and verb and each holding one of the dates ("The
    bank cut its rates on Monday and shares rose on Tuesday"); otherwise nothing."""
    first, second = (a, b) if a.date[0] < b.date[0] else (b, a)
    joins = list(_JOINS.finditer(text, first.date[1], second.date[0]))
    if not joins or first.start != second.start:
        return {}
    join = joins[-1]
    if not _clause_before(text, first.start, join.start()):
        return {}
    titles = {id(first): _title(text, first.start, join.start(), first.date),
              id(second): _title(text, join.end(), second.end, second.date)}
    return titles if all(titles.values()) else {}
