"""A "today's" that means nowadays: "under today's tax law", "in today's dollars", "today's globalised world".

News sets the present against the past with a possessive "today's" before a standing thing: the law in force, the
value of money, the world, the technology, the generation. The day is no day at all there: "Under today's tax law,
those are deductible costs" says how things stand, and nothing happened on the page's day. A "today's" before a
happening or an occasion ("today's hearing", "today's meeting", "today's announcement") is the day's news and stays,
and so does one before a figure of the day ("today's prices", "today's losses"), which a market report dates.
"""

from __future__ import annotations

import re

__all__ = ["nowadays_thing"]

#: What stands, not happens: a law or rule in force, money's value, the world and its ways, its people and its tools.
_STANDING = (r"(?:world|dollars?|pounds|money|terms|laws?|rules|regulations|standards|technology|technologies|society|"
             r"culture|generation|youth|children|kids|age|era|times|economy|industry|medicine|science|healthcare|"
             r"climate|environment|media|politics)")
#: The possessive and the standing thing, a word or two of description between ("today's globalised world",
#: "today's off-shore drilling industry").
_NOWADAYS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?" + _STANDING + r"\b", re.I)


def nowadays_thing(text: str, start: int, end: int) -> bool:
    """Whether the "today" at ``text[start:end]`` is a possessive before a standing thing ("today's tax law")."""
    return text[start:end].lower() == "today" and _NOWADAYS.match(text, end) is not None
