"""Whose shares a title's "The shares" are: the one company whose shares the story told of before.

Market news names a company's shares once ("BP's shares fell 6% in London", "shares in Acme rose") and then says
"the shares" or "the stock" ("By 2.30pm the shares had staged a partial recovery"). In the story the owner is plain;
a timeline title "The shares stage a partial recovery" owns nothing. The title takes the owner the story gave shares
before its sentence ("BP shares stage a partial recovery", "BP's share price has fallen"), when every owner it gave
them is that one company: a story of two companies' shares ("shares of Transocean ... BP's shares") leaves the title,
since "the shares" may be either's.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_words import MAX_CHARS

__all__ = ["shares_owned"]

#: A title about unowned shares: "The shares fall", "The stock is up", "The share price has fallen".
_UNOWNED = re.compile(r"The (shares|stock|share price) (?=[a-z])")
_OWNER = r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
#: Where a story says whose shares: "BP's shares", "BP's U.S.-listed shares", "shares in BP", "shares of Transocean
#: Ltd", "BP shares", "BP's share price", "BP stock".
_OWNED = re.compile(_OWNER + r"['’]s\s+(?:[\w.-]+\s+){0,2}?(?:shares|stock|share\s+price)\b|\b(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+"
                    + _OWNER.replace("owner", "after") + r"|" + _OWNER.replace("owner", "before") + r"\s+(?:shares|stock|share\s+price)\b")
#: A company's legal ending, which a headline leaves out.
_LEGAL = re.compile(r"\s+(?:Plc|PLC|plc|Inc\.?|Ltd\.?|Corp\.?|Co\.|LLC|SA|AG|NV)$")
#: Capitalised words that own no shares: times, places and markets, words that open a sentence.
_NOT_OWNERS = {w.capitalize() for w in MONTH_NAMES + WEEKDAY_NAMES} | {
    "The", "A", "An", "Its", "Their", "His", "Her", "Our", "These", "Those", "This", "That", "US", "U.S.", "UK", "EU",
    "London", "New", "European", "Asian", "American", "British", "Chinese", "Japanese", "FTSE", "Wall", "Street",
    "Nasdaq", "Dow", "Group", "Company", "Oil", "Energy", "Bank", "Many", "Some", "Other", "All", "Both", "Investors"}


def shares_owned(title: str, before: str, story: str = "") -> str:
    """``title`` ("The shares fall 13%") with the one company whose shares ``before`` (the story up to the title's
    sentence) told of ("BP shares fall 13%"), or ``title`` unchanged. The company must be one the story (``story``, the
    whole text, else ``before``) names more than once: a lead of "Shares in BP rose" and then "The shares closed up 3%
    after reports that BP ..." is about BP, though ``before`` names it once."""
    m = _UNOWNED.match(title)
    if m is None:
        return title
    owners = set()
    for found in _OWNED.finditer(before):
        owner = _LEGAL.sub("", found.group("owner") or found.group("after") or found.group("before"))
        if owner.split()[0] in _NOT_OWNERS or actor_kind(owner) == "place":
            continue
        owners.add(owner)
    if len(owners) != 1:
        return title  # (none told, or two companies' shares: "the shares" may be either's)
    owner = owners.pop()
    if len(re.findall(r"\b" + re.escape(owner) + r"\b", story or before)) < 2:
        return title  # (a company the story names once is no company it is about)
    noun = m.group(1)
    head = f"{owner}'s share price" if noun == "share price" else f"{owner} {noun}"
    owned = head + title[m.end() - 1:]
    return owned if len(owned) <= MAX_CHARS else title
