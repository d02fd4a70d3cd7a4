"""Days written as the name of what happened on them, and full dates set off as a noun's modifier (issue 16).

"The senator likened the damage to the shock of 9/11", "a fund for victims of 9/11", "the 9/11 Commission", "an
environmental 9/11", "security was tightened after 9/11": a month and day written with a slash and no year is the
name news gives a happening (the attacks), used as a noun. It says what is talked about, not when the clause's verb
happened; the likening or the tightening placed on the attacks' day states a later act as the attacks'
(:func:`day_name`). Only "on 9/11" places the clause at that day; a happening noun after it ("the 9/11 attacks")
is the happening's own phrase, which :mod:`.happenings` dates.

"A fund for victims of the Sept. 11, 2001, attacks", "the report cited a Dec. 23, 2009, North Sea incident": news
style sets off a full date's year with commas when the date stands before a noun. After a determiner, the date
sorts the noun (which attacks, which incident), and the clause around it (the fund's work, the citing) goes on at
its own time (:func:`set_off_modifier`). A date that opens a clause ("On Sept. 11, 2001, the towers fell") has no
determiner before it, and stays the clause's.
"""

from __future__ import annotations

import re

from timeline.extract.happenings import EVENT_NOUNS

__all__ = ["day_name", "set_off_modifier"]

#: A month and day written with a slash, no year: "9/11", "7/7".
_SLASH_DAY = re.compile(r"\d{1,2}/\d{1,2}")
#: "on 9/11": the day itself, which places what happened on it.
_ON_BEFORE = re.compile(r"(?i)\bon\s+$")
#: A happening's noun right after the name: "the 9/11 attacks", "the 7/7 bombings" (:mod:`.happenings` dates it).
_HAPPENING_AFTER = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:attacks?|bombings?|atrocit(?:y|ies)|hijackings?|terror\s+attacks?)\b")


def day_name(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the slash date ``text[start:end]`` ("9/11") is the name of a happening, not the clause's day."""
    if not _SLASH_DAY.fullmatch(text[start:end]):
        return False
    if _ON_BEFORE.search(text, max(sentence_start, start - 4), start):
        return False
    return _HAPPENING_AFTER.match(text, end, min(len(text), end + 40)) is None


#: A determiner or a possessive right before the date: "the", "a", "its", "America's".
_DETERMINER = re.compile(r"(?i)(?:\b(?:the|a|an|this|that|its|their|his|her|our)|[\w.-]+['’]s?)\s+$")
#: A full date closed by its year: "Sept. 11, 2001", "Dec. 23, 2009", "April 20, 2010".
_FULL_DATE = re.compile(r"(?i)[a-z]{3,}\.?\s+\d{1,2},\s+\d{4}")
#: The comma after the year, then the noun phrase the date sorts: words that open no clause of their own.
_NOUN_PHRASE_AFTER = re.compile(
    r",\s+(?!(?:and|or|but|when|which|who|where|while|as|after|before|since|the|a|an|he|she|it|they|we|I|there|"
    r"this|that)\b)(?:[A-Z][\w.'’&-]*|[a-z][a-z'’-]*)")


def set_off_modifier(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the full date ``text[start:end]``, after a determiner and set off by a comma after its year, is the
    modifier of the noun that follows ("the Sept. 11, 2001, attacks"), not the clause's time."""
    if not _FULL_DATE.fullmatch(text[start:end]):
        return False
    phrase = _NOUN_PHRASE_AFTER.match(text, end, min(len(text), end + 40))
    if phrase is None or _DETERMINER.search(text, max(sentence_start, start - 30), start) is None:
        return False
    # "since the April 20, 2010, explosion": a happening's noun, whose phrase :mod:`.happenings` dates
    return not EVENT_NOUNS & set(re.findall(r"[a-z]+", text[end:end + 40].lower())[:4])
