"""A month told of what happens as a rule: "the region typically earns most of its income between
June and August", "hurricanes usually form between June and November". TimeML values such a month
without a year ("XXXX-06"), as it does a generic season (:mod:`.seasons`).

Only a habit word in the month's own clause makes it generic: English tells a timetable in the
simple present too ("the plant reopens in June" is this June), so the present alone does not.
"""

from __future__ import annotations

import re

# Habit words of the clause ("usually", "tends to", "every year"); "generally" and "often" also
# qualify claims ("officials generally agreed in March"), so only the ones that tell a routine
_HABIT = re.compile(r"(?i)\b(?:usually|typically|normally|traditionally|customarily|routinely|tends?\sto|tended\sto|"
                    r"each\syear|every\syear|most\syears|in\smost\syears|annually|year\safter\syear)\b")
# A clause that looks ahead, at one year, or at now is about one month, not every one
_ONE_TIME = re.compile(r"(?i)\b(?:will|would|shall|['’]ll|going\sto|this|last|next|ago|today|now|(?:19|20)\d\d|"
                       r"this\syear|expects?|expected|plans?|planned|scheduled|due)\b")


def habitual_month(text: str, start: int, end: int) -> bool:
    """Is the month at ``start:end`` one of a habit told in its own clause?"""
    left = re.split(r"[.!?;:,\n]\s|\n", text[max(0, start - 160):start])[-1]
    right = re.split(r"[.!?;:,\n](?:\s|$)|\n", text[end:end + 100])[0]
    clause = f"{left} {right}"
    return bool(_HABIT.search(clause)) and not _ONE_TIME.search(clause)
