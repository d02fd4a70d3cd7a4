"""A length told in two or three units, each smaller than the one before: "a month and a day",
"five hours and 10 minutes", "two years and three months", "85 days, 16 hours and 25 minutes".

TimeML writes it as one duration (TimeBank's "a minute and a half" is PT1M30S); read unit by
unit it would be two lengths, neither of them the one the sentence tells. A point told from
such a length ("a month and a day ago") is the ago rule's, and "24 hours and a second team"
counts a second team, not a second.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.tagger.lexicon import NUM, SP, number

if TYPE_CHECKING:
    from timeline.tagger.context import Context

Result = tuple[str, str, str | None]

_UNIT_WORD = r"(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
# ("85 days, 16 hours and 25 minutes": a third unit, first, before a comma)
UNIT_AND_UNIT = (rf"(?:(?P<n0>{NUM}|(?i:an?)){SP}(?P<u0>{_UNIT_WORD}),{SP})?(?P<n1>{NUM}|(?i:an?)){SP}(?P<u1>{_UNIT_WORD}),?{SP}(?i:and){SP}"
                 rf"(?P<n2>{NUM}|(?i:an?)){SP}(?P<u2>{_UNIT_WORD})(?![\w-])")

# largest first; the letter and whether it is written after TimeML's "T"
_ORDER = {"year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
          "hour": ("H", True), "minute": ("M", True), "second": ("S", True)}
_RANK = list(_ORDER)
_POINT_AFTER = re.compile(r"\s(?:ago|earlier|later|old|of age|from now|hence)\b")


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _count(word: str) -> int | None:
    n = 1 if word.lower() in ("a", "an") else number(word.lower())
    return int(n) if n is not None and n == int(n) and n > 0 else None


def unit_and_unit_ok(m: re.Match[str], text: str) -> bool:
    u1, u2 = _unit(m["u1"]), _unit(m["u2"])
    if _RANK.index(u2) <= _RANK.index(u1) or (m["u0"] and _RANK.index(u1) <= _RANK.index(_unit(m["u0"]))):
        return False  # "two days and three days more": two lengths side by side
    if not m["u0"] and text[m.end("u1"):m.end("u1") + 1] == ",":
        return False  # "served a year, and a month after his release he ...": a new clause
    if u2 == "second" and m["n2"].lower() in ("a", "an", "one"):
        return False  # "24 hours and a second team": an ordinal
    return not _POINT_AFTER.match(text, m.end())


def unit_and_unit(m: re.Match[str], cx: Context) -> Result | None:
    counts = {_unit(m[f"u{i}"]): _count(m[f"n{i}"]) for i in (0, 1, 2) if m[f"u{i}"]}
    if None in counts.values():
        return None
    parts: dict[str, int] = {u: n for u, n in counts.items() if n is not None}
    if "week" in parts and len(parts.keys() & {"year", "month", "day"}) > 0:
        parts["day"] = parts.get("day", 0) + 7 * parts.pop("week")  # "a week and two days": P9D, weeks mix with no other unit
    date = "".join(f"{parts[u]}{_ORDER[u][0]}" for u in _RANK if u in parts and not _ORDER[u][1])
    clock = "".join(f"{parts[u]}{_ORDER[u][0]}" for u in _RANK if u in parts and _ORDER[u][1])
    return "DURATION", "P" + date + (f"T{clock}" if clock else ""), None
