"""Phrases a title cut stops inside because their last word looks complete (issue 16, "cut").

Three kinds of phrase end on a word that could end a clause, and a cut there leaves the reader waiting:

- a number before what it counts or measures: "a toxic residue one | kilometre below the surface", "BP's $20 billion |
  compensation fund", "a model of more than 100 million | people";
- a measure before what is measured: "went through more than four hours | of training", "within 200 feet | of the
  well";
- a verb of keeping before the act it keeps someone from: "prevented government scientists | from informing the
  public", "would block BP | from winning permits" (without it the title tells a different act), or before its object;
- a verb in the headline present before its object, the "-s" form of a verb known by its past ("insufficient
  investment hinders | the response");
- the first of two adjectives a comma joins before their noun ("during his short, | rain-drenched tour");
- a modifier before its noun that looks like a clause's end: a past participle after an article ("another controlled
  | burn"), a hyphened adjective ("his own Katrina-like | nightmare").

:func:`tail_awaited` says so to the cutter (:func:`.title_whole.ends_open`), which then ends at an earlier boundary or
keeps the phrase.
"""

from __future__ import annotations

import re

from timeline.extract.count_words import ROUND_NUMBERS, SPELLED_NUMBERS
from timeline.extract.title_needed_complements import KEEPING_FROM, complement_needed
from timeline.extract.title_words import BREAK_WORDS, DETERMINERS, WEAK_END, verbish

__all__ = ["measure_dropped", "range_open", "tail_awaited"]

#: A number as news writes it: figures ("$20", "1,500", "3.5") or spelled out ("four", "million", "hundreds").
_NUMBER = re.compile(r"[$£€]?\d[\d.,]*|" + "|".join((*SPELLED_NUMBERS, *ROUND_NUMBERS)) + r"|dozens|hundreds|thousands|millions")
#: Words after a number that start no noun it counts: words of time ("$10 billion | this year", "at 6.30 | tonight").
_NOT_COUNTED = {"this", "last", "next", "today", "tonight", "tomorrow", "yesterday", "earlier", "later", "ago", "percent",
                "per", "a", "an", "the", "people's", "times", "more", "less", "apiece", "each", "overall", "so", "too", "now",
                "yet", "already", "alone", "instead", "then", "there", "here", "again", "also", "still", "only", "just"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def tail_awaited(kept: list[str], rest: list[str]) -> bool:
    """Whether the title of the words ``kept``, which the sentence goes on with ``rest``, stops inside a phrase of
    counting, of measure, or of keeping from an act (see the module's note)."""
    if len(kept) >= 3 and len(rest) > 2 and rest[0] == "," and kept[-1][-1:].isalpha():
        return _adjectives_cut([*kept[:-1], kept[-1] + ","], rest[1:])  # (a cut before its comma: "his short | , rain-")
    if len(kept) < 3 or not rest or not rest[0][:1].isalpha():
        return False
    if kept[-1][-1:] == "," and _adjectives_cut(kept, rest):
        return True  # ("during his short," before "rain-drenched tour")
    if not kept[-1][-1:].isalnum():
        return False
    last, nxt = _clean(kept[-1]), _clean(rest[0])
    if range_open(kept, rest):
        return True  # ("an estimate of 2.7 million" before "to 4.6 million gallons": a range is one phrase with both ends)
    if _NUMBER.fullmatch(last) and rest[0].islower() and nxt.isalpha() and nxt not in BREAK_WORDS | WEAK_END | _NOT_COUNTED \
            and not nxt.endswith(("ly", "ing")):
        return True  # ("a residue one" before "kilometre below", "BP's $20 billion" before "compensation fund")
    if nxt == "of" and len(rest) > 1 and _NUMBER.fullmatch(_clean(kept[-2])) and re.fullmatch(r"[a-z]+s", last):
        return True  # ("more than four hours" before "of training")
    if KEEPING_FROM.fullmatch(last) and rest[0].isalpha() and rest[0].islower() and nxt not in BREAK_WORDS | WEAK_END \
            and nxt not in _NOT_COUNTED and not nxt.endswith(("ly", "ing", "ed")) and _clean(kept[-2]) not in DETERMINERS:
        return True  # ("the administration prevented" before "government scientists from informing")
    if rest[0].isalpha() and rest[0].islower() and nxt not in BREAK_WORDS | WEAK_END | _NOT_COUNTED \
            and not nxt.endswith(("ly", "ed", "ing")) and not verbish(nxt, last) and (
                re.fullmatch(r"[A-Za-z]+-(?:like|style|related|linked|based|hit|ridden|scale|term|size|sized)", kept[-1])
                or (_clean(kept[-2]) in DETERMINERS | {"another", "other", "further"} and re.fullmatch(r"[a-z]{4,}ed", last) is not None)):
        return True  # ("his own Katrina-like" before "nightmare", "another controlled" before "burn")
    if re.fullmatch(r"[a-z]{4,}[^s]s", last) and nxt in DETERMINERS - {"that", "all", "both", "no"} \
            and _clean(kept[-2]) not in DETERMINERS and kept[-2][-1:].isalpha() and verbish(last[:-1] + "ed", _clean(kept[-2])):
        return True  # ("insufficient investment hinders" before "the response": a present verb before its object)
    # ("prevented government scientists" before "from informing the public": :mod:`.title_needed_complements`)
    return nxt == "from" and complement_needed(kept, rest)


#: A number with what it measures or counts run into it: "190ft", "58m", "$4bn", "2.7m", "40%".
_MEASURE = re.compile(r"[$£€]?\d[\d.,]*(?:%|[a-z]{1,3})?")


#: Verbs a score follows ("voted 7 to 2", "won 3-1"): no range of one measure.
_SCORED = {"voted", "vote", "votes", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "split", "splits"}


def range_open(kept: list[str], rest: list[str]) -> bool:
    """Whether the kept words end on a range's first number before its second: "of 2.7 million | to 4.6 million",
    "40 | to 80 fires", "between 1994 | and 2004" (a range read at its low end tells another figure)."""
    last = _clean(kept[-1])
    if len(rest) < 2 or not (_MEASURE.fullmatch(last) or last in ROUND_NUMBERS) or kept[-1][-1:] in ",;:":
        return False
    joint, second = _clean(rest[0]), _clean(rest[1])
    if len(kept) > 1 and _clean(kept[-2]) in _SCORED:
        return False  # ("the council voted 7 | to 2": a score, whose first half a title may end on before its "to")
    if joint == "and" and "between" not in (_clean(w) for w in kept[-4:-1]):
        return False  # ("killed 11 | and injured 17": two clauses)
    return joint in {"to", "and", "-", "–"} and _MEASURE.fullmatch(second) is not None


def measure_dropped(kept: list[str], rest: list[str]) -> str | None:
    """The title without the number it ends on, when that number opens a measure after a noun that is whole without
    it ("the presence of a toxic residue [one | kilometre below the surface]"); None when the number is no such
    measure (a count after a verb or a preposition, "killed 11", "rose to 530", is what the clause says)."""
    if not tail_awaited(kept, rest) or not _NUMBER.fullmatch(_clean(kept[-1])) or len(kept) < 4:
        return None
    noun = kept[-2]
    if not re.fullmatch(r"[a-z]{3,}", noun) or noun in BREAK_WORDS | WEAK_END or noun.endswith(("ed", "ing", "ly")):
        return None
    return " ".join(kept[:-1])


def _adjectives_cut(kept: list[str], rest: list[str]) -> bool:
    """Whether the kept words end on the first of two adjectives a comma joins before their noun ("during his short, |
    rain-drenched tour"): after a determiner, a plain word and its comma, the sentence goes on with another plain
    modifier (a hyphened "-ed" word is one; a lone participle opens an aside: "the rig, | damaged by fire")."""
    word, nxt = kept[-1][:-1], rest[0]
    if _clean(kept[-2]) not in DETERMINERS - {"that", "those", "these", "this"} or not re.fullmatch(r"[a-z]{3,}", word) \
            or word in BREAK_WORDS | WEAK_END or len(rest) < 2:
        return False
    plain = re.fullmatch(r"[a-z]+(?:-[a-z]+)+|[a-z]{3,}", nxt) is not None and _clean(nxt) not in BREAK_WORDS | WEAK_END
    # (", said one official", ", currently valued at": a verb or an adverb opens an aside)
    participle = "-" not in nxt and (nxt.endswith(("ed", "ing", "ly")) or verbish(nxt, ""))
    return plain and not participle and re.fullmatch(r"[a-z][a-z-]*", rest[1].rstrip(".,;:")) is not None \
        and _clean(rest[1]) not in BREAK_WORDS | WEAK_END
