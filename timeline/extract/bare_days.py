"""A day word that only says when, left in a title because its date was read as a noun's modifier (issue 16).

A date kept in a title must say something the timeline's own date does not: "a Friday deadline", "the 1989
spill", "than a year earlier". A bare day word said from the page's moment ("yesterday", "tonight") or a weekday
standing between an object and a participle phrase ("issued a statement Monday supporting the bill") only
dates the act; the timeline already shows that date, and the word read out of the article is clutter or wrong
("are ordered not to swim yesterday").
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN

__all__ = ["bare_day_word"]

_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: Words of the page's moment that name a day and modify no noun (their possessive does: "yesterday's vote").
_DEICTIC_DAY = re.compile(r"(?i)(?:yesterday|today|tonight|tomorrow)" + _PART + r"|last\s+night|this\s+(?:morning|"
                          r"afternoon|evening)")
_WEEKDAY = re.compile(r"(?:on\s+)?(?:" + WEEKDAY_NAME_PATTERN + r")" + _PART)
#: A determiner or possessive before the day: then it is the noun phrase's ("the Monday session", "BP's Friday").
_OWNED = re.compile(r"(?i)(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|every|each|one|next|last|"
                    r"same|following|previous)|['’]s?)\s+$")
#: An "-ing" phrase after the day with its object or complement: the day dates the verb before it ("a statement
#: Monday supporting the bill", "a letter Tuesday asking for"), where "Monday trading" would be a noun's modifier.
_PARTICIPLE_PHRASE = re.compile(r"\s+[a-z]{3,}ing\s+(?:the|a|an|its|his|her|their|that|this|these|those|for|to|on|"
                                r"against|him|them|it|us|[A-Z])\b")


#: A verb right before the day, which the day dates ("acknowledged Monday everyone is", "a study released Friday
#: found"); after a determiner an "-ed" word is the day's adjective instead ("the revised Monday deadline").
_VERB_BEFORE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!['’]s )"
                          r"\b(?:[a-z]{3,}ed|said|says|told|wrote|held|made|sent|gave|took|met|sold|paid|won|lost|"
                          r"left|began|spoke|found)\s+$")


def bare_day_word(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` is a bare day word that only dates its clause, though read as a
    modifier: a title leaves it out, as it leaves out the clause's own date."""
    day = text[start:end]
    if re.match(r"\s*['’]s?\b", text[end:]) or _OWNED.search(text[max(0, start - 20):start]):
        return False
    if _DEICTIC_DAY.fullmatch(day):
        return True
    return bool(_WEEKDAY.fullmatch(day)) and (_PARTICIPLE_PHRASE.match(text, end) is not None
                                              or _VERB_BEFORE.search(text[max(0, start - 40):start]) is not None)
