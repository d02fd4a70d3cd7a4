"""A sentence's date in a clause its headline does not reach (issue 16: dates right).

"A survey released Tuesday showed cases are up since an explosion killed 11 people in April", "The herd hit ten
million on Monday, up from two million a year earlier", "They flew home last week, health chief Jo Hale told
reporters on Monday": each date becomes a statement, and when the clause a later date stands in could not be cut out,
both statements carry the same headline, the main clause's. That headline tells the happening of the date inside its
own words (Tuesday's survey, last week's flight); the other date sits past the headline's last word, across a comma, a
dash or a conjunction that opens another clause, and dates nothing the headline tells. A timeline entry at it would
state the main clause's happening at another clause's date, the error a reader cannot see (:func:`without_unreached_dates`):

- a clause a conjunction opens with a subject of its own ("since an explosion killed 11 people in April") gives the
  date its own headline ("An explosion kills 11 people");
- a trailing attribution that dates the telling of an earlier happening ("..., Jo Hale told reporters on Monday")
  gives the telling's headline ("Jo Hale tells reporters they flew home"), and so does one that looks ahead of the
  telling (a plan, a forecast: the plan keeps its headline at its own date, the telling's day says who told it);
- a point of comparison ("..., up from two million a year earlier") is no event and goes;
- anything less sure keeps the shared headline, as before.

Only a pair counts: the same headline at two dates of one sentence, one of them inside the headline's words (or the
story's day standing in for a sentence with no date of its own there) and the other past them. A headline that keeps
the later date beside its words ("... in 2006") reaches it, and a date of a clause the headline runs into (a
participle it keeps: "opened a shop in 2019, expanding with a second in 2023") is inside its words; both stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extract.merge import Mention, contains
from timeline.extract.saying_words import SAY_TELL, alternation, spoken
from timeline.extract.title_gate import title_defect
from timeline.extract.titles import write_title

__all__ = ["without_unreached_dates"]

#: What opens another clause between a headline's last word and a date past it: a stop, a comma, a dash, or a word
#: that begins a clause of its own.
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-{1,2}\s|\b(?:that|which|who|whom|whose|as|after|before|when|while|because|"
                           r"and|but|although|though|since|until|whereas|so)\b", re.I)
#: How far past a headline's last word its own date may stand without a break ("fled investments | on Monday").
_SLACK = 60


def without_unreached_dates(found: list[Mention], text: str, starts: Sequence[int]) -> list[Mention]:
    """``found`` without the statements whose date stands in a clause past the end of the headline it shares with
    another statement of its sentence dated inside that headline. ``starts`` holds each sentence's start offset."""
    gone: set[int] = set()
    titled: dict[int, str] = {}
    for b in found:
        if b.date == (0, 0):
            continue
        for a in found:
            if a is b or a.sentence != b.sentence or a.title != b.title or a.key == b.key or id(a) in gone:
                continue
            reach = _reach(a.title, text, starts[b.sentence], b.date[0])
            if reach is None or re.search(re.escape(_bare(text[b.date[0]:b.date[1]])), a.title, re.I):
                continue  # (a headline that keeps the date beside its words reaches it)
            if _inside(a, text, reach) and (split := _past(b, text, reach)) is not None:
                if _COMPARED.match(text, split.end()):
                    gone.add(id(b))  # "..., up from two million six years before": a point of comparison
                elif (own := _told_title(a, b, text, starts) or _own_title(b, text, split, starts)) is not None:
                    titled[id(b)] = own
                break
    return [replace(m, title=titled[id(m)]) if id(m) in titled else m for m in found if id(m) not in gone]


def _bare(date: str) -> str:
    """A date's words without the preposition that governs it ("by 2031" -> "2031")."""
    return re.sub(r"(?i)^(?:on|in|at|by|until|till|from|since|before|after|during)\s+", "", date.strip()) or date


def _reach(title: str, text: str, sentence_start: int, limit: int) -> tuple[int, int] | None:
    """Where the headline's words stand in its sentence: from its first word to the end of its last, when both are
    found once before ``limit`` in that order; None when the headline was written anew."""
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    if len(words) < 3:
        return None
    region = text[sentence_start:limit]
    last = [m for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", region)]
    if len(last) != 1:
        return None
    # (a word may have been rewritten: "He" for a name, "eat" for "ate"; the first of its opening words found counts)
    first = next((m for w in words[:3] if (m := re.search(r"\b" + re.escape(w) + r"\b", region)) is not None), None)
    if first is None or first.start() > last[0].start():
        return None
    return sentence_start + first.start(), sentence_start + last[0].end()


def _inside(a: Mention, text: str, reach: tuple[int, int]) -> bool:
    """Whether ``a``'s date is the headline's own: inside its words, right after them with no break between, or none
    at all (the story's day standing in for the sentence's)."""
    if a.date == (0, 0):
        return True
    start, end = a.date
    if reach[0] <= start < reach[1]:
        return True
    if end <= reach[0]:  # "By 2027 it will begin ...", "On Monday, the governor ...": the main clause's opening time
        return re.fullmatch(r"\s*,?\s*(?:[\w'’.-]+\s+){0,3}", text[end:reach[0]]) is not None
    return reach[1] <= start <= reach[1] + _SLACK and _CLAUSE_BREAK.search(text, reach[1], start) is None


def _past(b: Mention, text: str, reach: tuple[int, int]) -> re.Match[str] | None:
    """The first break that opens another clause between the headline's last word and ``b``'s date past it."""
    return _CLAUSE_BREAK.search(text, reach[1], b.date[0]) if b.date[0] >= reach[1] else None


def _own_title(b: Mention, text: str, split: re.Match[str], starts: Sequence[int]) -> str | None:
    """The headline of the clause ``b``'s date stands in, when a conjunction opens that clause with a subject of its
    own ("..., since an explosion killed 11 people in April", "... and the regulator approved it last week") and no
    stop comes between it and the date; None otherwise (the shared headline stays)."""
    opening = _CONJUNCTION.match(text, split.start())
    if opening is None:
        return None  # (a bare comma or a dash: an apposition, a participle, an aside; "that": a relative clause)
    start = opening.end()
    if re.search(r"[,;:()—–]|\s-{1,2}\s", text[start:b.date[0]]) or not _SUBJECT.match(text, start):
        return None  # ("when he lays out ...": no subject the headline can name; "..., an important region, by")
    limit = starts[b.sentence + 1] if b.sentence + 1 < len(starts) else len(text)
    stop = _STOP.search(text, b.date[1], limit)
    end = stop.start() if stop else limit
    clause = text[start:end].rstrip(" .")
    title = write_title(clause, [(b.date[0] - start, b.date[1] - start)])
    if title_defect(title) is not None or len(title.split()) < 4 or title == b.title:
        return None
    return title


def _told_title(a: Mention, b: Mention, text: str, starts: Sequence[int]) -> str | None:
    """The saying's headline for ``b``, dated by a trailing attribution ("..., Jo Hale told reporters on Monday"),
    when ``a`` dates the happening told before it, earlier than the telling ("They flew home last week, ..."): the
    telling is Monday's news; the flight was last week's, and Monday's entry tells who said it ("Jo Hale tells
    reporters they flew home"); a clause that looks ahead ("plans to retire the fleet in 2033") likewise."""
    if not b.told or a.date == (0, 0) or a.date[1] > b.date[0] or contains(a.when, b.when) or contains(b.when, a.when):
        return None  # ("released this week, ... said Thursday": the week holds the telling's day, one happening)
    end = starts[b.sentence + 1] if b.sentence + 1 < len(starts) else len(text)
    region = text[starts[b.sentence]:b.date[0]]
    frame = None
    for frame in _ATTRIBUTION.finditer(region):  # noqa: B007  (the last comma before the telling's date)
        pass
    if frame is None or starts[b.sentence] + frame.start() < a.date[1]:
        return None
    if not re.fullmatch(r"[\s.”\"’]*", text[b.date[1]:end]):
        return None  # (the attribution closes the sentence: its date is the last thing told)
    cut = starts[b.sentence] + frame.start()
    said = text[cut + 1:b.date[1]].strip()
    if _SAYING_FIRST.match(said):
        return None  # (", the national incident commander, said Thursday": an apposition, its speaker before it)
    clause = text[starts[b.sentence]:cut].strip(" “”\"")
    if not clause or re.search(r"[“”\"]", clause):
        return None  # (words quoted keep their speaker after them, as the quotation's credit)
    first = clause.split(" ", 1)[0]
    common = (first in _FUNCTION_WORDS or re.search(r"\b" + re.escape(first.lower()) + r"\b", text) is not None
              or (first[1:].islower() and re.search(r"[a-z,]\s+" + re.escape(first) + r"\b", text) is None))
    sentence = f"{said} that {first.lower() + clause[len(first):] if common else clause}"
    told_at = (len(said) - (b.date[1] - b.date[0]), len(said))
    opening = text[starts[b.sentence]:cut]
    gap = len(said) + len(" that ") - (starts[b.sentence] + len(opening) - len(opening.lstrip(" “”\"")))
    title = write_title(sentence, [told_at, (a.date[0] + gap, a.date[1] + gap)])
    return None if title_defect(title) is not None or len(title.split()) < 4 else title


#: A trailing attribution after the clause it tells: ", Scotland's health minister Jo Hale told reporters".
_TELLING = alternation(SAY_TELL, spoken("report", "announce", "confirm"))
_ATTRIBUTION = re.compile(r",\s+(?:[^,;:“”\"]{0,80}?\s)?(?:" + _TELLING + r")\b[^,;:“”\"]{0,60}$")
#: The attribution's verb right after the comma: an apposition (", the commander, said"), its speaker named before.
_SAYING_FIRST = re.compile(r"(?:" + _TELLING + r")\b")
#: Words that open a clause in lower case after "that" ("they flew", "the firm paid"); another first word keeps its
#: capital unless the text writes it in lower case elsewhere ("Bacteria ate" -> "bacteria ate", "Harbor Oil paid").
_FUNCTION_WORDS = frozenset({"The", "A", "An", "They", "It", "He", "She", "We", "This", "That", "These", "Those",
                             "Its", "Their", "His", "Her", "Our", "Some", "Many", "Most", "All", "No", "There"})


#: A conjunction that opens a finite clause of its own, with the comma before it.
_CONJUNCTION = re.compile(r"(?i),?\s*(?:and|but|while|whereas|although|though|because|since|after|before|when|as)\s+")
#: A subject the clause names itself: a determiner and its noun, or a name ("an explosion killed", "Ken Salazar was").
_SUBJECT = re.compile(r"(?:(?:the|a|an)\s+[a-z]|[A-Z][a-z])")


#: A comparison's opening after the break: "..., up from", "..., compared with", "..., rising from".
_COMPARED = re.compile(r"\s*(?:up|down|rising|falling|compared|against|versus|from)\b", re.I)
_RELATIVE = re.compile(r"(?i)that|which|who|whom|whose")
#: Where the date's clause ends: a stop, a comma, a dash, a bracket or a relative clause after the date ("flooded the
#: town in April | that ruined many shops": what the relative clause tells is the town's, not the clause's news).
_STOP = re.compile(r"[,;:.!?—–()]|\s-{1,2}\s|\s(?:that|which|who)\s")
