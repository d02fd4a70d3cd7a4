"""One clause found at two dates: the same headline twice, which a reader takes for one happening told twice.

A news sentence often carries a second date that is not a happening of its own: the year a period's
name lies in ("The hurricane season runs from 1 June to 30 November, and forecasters expect this
year's to be active"), the week a day lies in ("Turtles were released this week, the agency said
Thursday"), the season a reference period is part of ("hit by the freeze at the start of the year
and has raised premiums"). Each date becomes a mention, and the title writer, finding one main
clause, gives both the same headline: the reader sees the same event twice. When one sentence's
mentions are titled by one clause (the same subject and verb opening both titles) and their dates
are one or one lies within the other ("will suspend the dividend next week, and start the clean-up next
week"), they are one event at the more precise date.

Two dates of one sentence that lie apart ("began in April and was sealed in September"; "the first
well on 2 May and the second on 16 May"; "said on Tuesday it had collected 14,800 barrels on Monday")
may be two happenings, whatever the titles say: those stay apart, unless only one of them is the title's own
(:func:`own_clauses`). "BP aims to have the cap in place as early as Monday and said that, as of Saturday night,
the work was going to plan": both dates get the first clause's headline; it is Monday's clause (its date sits at its
end, cut from it), and Saturday's date lies beyond it in a clause of its own, so a "Saturday" event under that
headline tells what did not happen on Saturday. Saturday's event takes its own clause's headline ("The work is going
according to plan"); when its date stands in no clause with a subject of its own ("..., enabling it to be sealed by
mid-August"), it keeps the sentence's, which still tells of it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.clauses import sentence_like
from timeline.extract.mention_groups import mentions_by_sentence, ranged
from timeline.extract.predicates import contains
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.subordinate_clause import joined_clause_titles, subordinate_clause_title
from timeline.extract.titles import write_title

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["bounds", "one_clause", "one_clause_dated_twice", "own_clauses"]

#: How many opening words two titles share to be one clause: a subject and its verb ("Its retail arm is hit").
_CLAUSE_WORDS = 5
#: How many words a title needs before it names a clause rather than a bare noun ("The explosion").
_SHORTEST = 4
_WORD = re.compile(r"[\w'’$%.,-]+")


def _words(title: str) -> list[str]:
    return [w.strip(".,").lower() for w in _WORD.findall(title) if w.strip(".,")]


def one_clause(a: str, b: str) -> bool:
    """Whether two titles are one clause: the same words, or the shorter one opening the longer, or the first
    :data:`_CLAUSE_WORDS` words (subject, verb and more) the same, or the shorter one (of as many words at least)
    standing whole inside the longer."""
    wa, wb = _words(a), _words(b)
    shorter = min(len(wa), len(wb))
    if shorter < _SHORTEST:
        return False
    common = 0
    for x, y in zip(wa, wb, strict=False):
        if x != y:
            break
        common += 1
    if common == shorter or common >= _CLAUSE_WORDS:
        return True
    # "The administration announces it will spend $29m" inside "This afternoon the administration announces it
    # will spend $29m": one clause, one title opened by its time.
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return shorter >= _CLAUSE_WORDS and any(long[i:i + shorter] == short for i in range(len(long) - shorter + 1))


def one_clause_dated_twice(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one sentence are one clause titled twice, at one date or one lying within the
    other."""
    if a.sentence != b.sentence or a.predicate.again or b.predicate.again:
        return False
    if a.lead or b.lead:
        return False  # a lead's day only stands in for a date: the sentence's own date is not "more precise" than it
    if a.key != b.key:
        vaguer = a if contains(a.when, b.when) else b if contains(b.when, a.when) else None
        if vaguer is None or (vaguer.when.qualifier and not vaguer.bound):
            # A part of a period ("at the end of the year", "in early May") dates a happening of its own, and need
            # not hold the other date at all: "will leave at the end of the year and lose his seat on Oct. 31". One
            # that closes a span ("raised the hope of success on Wednesday before the end of July", "has scrapped
            # dividends until the end of the year") is a limit of what the clause tells, not when it happened.
            return False
    return one_clause(a.title, b.title)


#: What stands before a date that closes a span: "until the end of the year", "valid through the end of 2010",
#: "success before the end of July", "by the end of the month".
_BOUND_BEFORE = re.compile(r"(?i)\b(?:until|till|through|before|by)\s+(?:the\s+)?$")


def bounds(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with each mention whose date closes a span marked ``bound`` (:func:`one_clause_dated_twice`)."""
    for m in found:
        if m.date[0] < m.date[1]:
            m.bound = _BOUND_BEFORE.search(text, max(0, m.date[0] - 20), m.date[0]) is not None
    return found


#: A title's words, and the text's, as one reads them in order. An apostrophe inside a word ("don't") is the word's;
#: a possessive's at its end is not, as some feeds set it apart ("Vales ' office") and the title closes it up.
_TOKEN = re.compile(r"[\w$%-]+(?:['’][\w$%-]+)*")
#: How many words of the text a title may pass over between two of its own: a date cut from it ("as early as
#: Monday"), a figure's bracket ("(1925 GMT)").
_SKIP = 8
#: What may stand between a date opening a sentence and its clause: "On Monday, they told us ...".
_BEFORE_CLAUSE = re.compile(r"[\s,]*")
#: What may stand between a clause and its date at its end: "in place as early as Monday", "the economy today".
#: A comma, a conjunction's clause or a saying verb there opens another clause ("..., enabling it to be sealed by
#: mid-August"; "and said that, as of Saturday night, ...").
_AFTER_CLAUSE = re.compile(r"\s+(?:(?!(?:and|but|said|says|while|when|as\s+of)\b)[\w'’-]+\s+){0,3}")


def _title_span(title: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where in ``text[start:end]`` the words of ``title`` stand: from the first of its opening words found there
    to the last word matched in order (a title changes a verb's tense and a pronoun, so some words are missing)."""
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text, start, end)]
    words = [w.lower() for w in _TOKEN.findall(title)]
    first = last = None
    at = 0
    for i, word in enumerate(words):
        window = tokens[at:] if first is None else tokens[at:at + _SKIP]
        hit = next((j for j, t in enumerate(window) if t[2] == word), None)
        if hit is None:
            if first is None and i >= 2:
                return None  # none of its opening words: the title is not this text's clause
            continue
        at += hit + 1
        first = tokens[at - 1] if first is None else first
        last = tokens[at - 1]
    return None if first is None or last is None else (first[0], last[1])


def owns_title(m: Mention, text: str) -> bool:
    """Whether ``m``'s date is the time of the clause its title tells: cut from the title (a date the title keeps,
    "until 6 May", is a word of the clause, not when it happened) and standing inside that clause or right at its
    edge."""
    begin, finish = m.date
    if begin == finish or text[begin:finish].lower() in m.title.lower():
        return False
    span = _title_span(m.title, text, m.start, m.end)
    if span is None:
        return False
    if span[0] <= begin and finish <= span[1]:
        return True
    if finish <= span[0]:
        return _BEFORE_CLAUSE.fullmatch(text, finish, span[0]) is not None
    return begin >= span[1] and _AFTER_CLAUSE.fullmatch(text, span[1], begin) is not None


#: Where a clause of its own opens before a date: after a semicolon, a conjunction's comma or "and said that,"
#: ("... as early as Monday and said that, as of Saturday night, the work was going to plan"). A "that" after
#: another verb opens what was expected or told ("Analysts expect that BP will pump ..."): its title needs the
#: verb before it, which is the other date's clause.
_CLAUSE_OPENS = re.compile(r"(?:;|,\s+(?:and|but|while|whereas)|\b(?:and|but)\s+(?:" + alternation(spoken("say", "add")) + r")(?:\s+that)?,?)\s+")
#: Where that clause ends: the next such opening, or a comma before a participle ("..., enabling it to ...").
_CLAUSE_ENDS = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s+(?:and|but)\s+(?:" + alternation(spoken("say", "add")) + r")\b|,\s+[a-z]+ing\b")


def own_clause_title(m: Mention, text: str) -> str:
    """The headline of the clause ``m``'s date stands in, when that is a clause with its own subject and verb
    ("The work was going according to plan"), or ""."""
    opens = [o.end() for o in _CLAUSE_OPENS.finditer(text, m.start, m.date[0])]
    if not opens:
        return subordinate_clause_title(m, text)
    close = _CLAUSE_ENDS.search(text, m.date[1], m.end)
    clause = text[opens[-1]:close.start() if close else m.end].rstrip(" .,;")
    begin, finish = m.date[0] - opens[-1], m.date[1] - opens[-1]
    # "as of Saturday night, the work was going ...": the clause without its date must say something of its own
    if not sentence_like(f"{clause[:begin]}{clause[finish:]}".strip(" ,")):
        return ""
    return write_title(clause, [(begin, finish)])


def own_clauses(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with each mention titled by another date's clause of its sentence retitled by its own: two mentions
    of one sentence at dates apart under one clause's headline, only one of which :func:`owns_title` it (the other
    keeps its headline when its date stands in no clause with a subject of its own)."""
    by_sentence = mentions_by_sentence(found, ranged)
    retitled: dict[int, str] = {}
    for group in by_sentence.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.key == b.key or contains(a.when, b.when) or contains(b.when, a.when) \
                        or not one_clause(a.title, b.title):
                    continue
                mine, theirs = owns_title(a, text), owns_title(b, text)
                if mine != theirs:
                    other = b if mine else a
                    retitled[id(other)] = own_clause_title(other, text)
                else:  # one title telling two joined clauses at both dates: each takes its own clause's
                    retitled.update(joined_clause_titles(a, b, text))
    for m in found:
        if retitled.get(id(m)):
            m.title = retitled[id(m)]
    return found
