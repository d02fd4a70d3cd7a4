"""A named date that closes an earlier happening's noun phrase after a preposition of cause or topic (issue 16).

"A doctor was charged over the singer's death in June 2009", "The refinery paid a record fine for a fire in 2015",
"The company has faced mounting anger over the accident on 20 April", "The inquiry into the tanker spill in 1989":
the date closes the noun phrase of a happening (the death, the fire, the accident, the spill) that the main clause's
act answers, blames or refers to. The charging, the fine or the anger is later; the date is the happening's, and the
statement at that date is the happening's own ("Fire breaks out at the refinery"), not the later act's.
:func:`.happening_of` already reads a date so after "since", "after", "of" and the like; this reads it after "over",
"for", "about", "against", "into", "to", "with" and "behind", the prepositions by which a later act names the
happening it is about.

Only a date that names its day, month or year does: "arrested a man over the killing on Tuesday" and "sued over
the crash last week" tell the arrest's or the suit's own recent day as often as the killing's, while a month or a
year ("in June 2009", "on 20 April", "in 2005") set after a happening's noun is the happening's own. A preposition
of occasion ("died in the crash on 20 April", "at the 2000 summit") and a passive's agent ("seabirds were killed by
the spill in 2011") are left alone: the clause's act took place at the happening.

A dead person's age may stand between the noun and its date ("led to the singer's death aged 50 in June 2009"), and
an appositive that names the mishap may tell where it happened first ("investigating the worst accident in years, a
massive explosion at the refinery in March 2005 that killed 15"). Outside an appositive a place lets the date be the
clause's as well ("was fined for a leak at her farm in March"), and a pronoun's death ("led to his death aged 50")
keeps the clause that says whose it was; both are left alone.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.happening_kinds import MISHAPS
from timeline.extract.happenings import EVENT_NOUNS, RELATIVE_ACT, Happening, stem

__all__ = ["earlier_happening"]

#: A date that names its month or year, not one told from the page's own moment ("Tuesday", "last week").
_NAMED_DATE = re.compile(r"(?i)\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
#: Happenings a later act answers, blames or refers to: disasters, crimes, deaths. Not the happenings an act may be
#: for at their own time ("paid $5 million for the merger in 2019", "prepared for the election in May").
_MISHAPS = (frozenset([
    "explosion", "explosions", "blast", "blasts", "blowout", "spill", "spills", "leak", "disaster", "disasters",
    "accident", "accidents", "crash", "crashes", "collision", "collapse", "bombing", "bombings", "attack", "attacks",
    "shooting", "shootings", "killing", "killings", "murder", "murders", "assassination", "death", "deaths",
    "earthquake", "quake", "tsunami", "hurricane", "flood", "floods", "fire", "fires", "blaze", "eruption", "outbreak",
    "invasion", "coup", "riot", "riots", "massacre", "overdose", "sinking", "grounding", "meltdown",
]) | MISHAPS) & EVENT_NOUNS
#: A preposition by which a later act names the happening it answers, and the happening's noun phrase up to the date:
#: "over the singer's death in", "for a Texas City refinery fire in", "over the accident on".
_ABOUT_HAPPENING = re.compile(
    r"(?i)(?:\b(?:over|for|about|against|into|to|with|behind|caused|causing)|(?P<aside>,))\s+(?P<np>(?:the|a|an|his|"
    r"her|its|their|this|that|[\w.'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>" +
    "|".join(sorted(_MISHAPS, key=len, reverse=True)) + r"))(?P<tail>(?:\s+aged\s+\d+|\s+(?:at|of|on|off|near|aboard|in)"
    r"\s+(?:(?:the|an?)\s+)?(?:" + r"(?!(?:the|an?|and|or|but|that|which|who|whom|where|when|" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|"
    r"will|would|after|before|since|until|for|to|from|with|by|as|during|in|on|at|of)\b)[\w.'’-]+\s+){0,3}?(?:called|named|"
    r"known\s+as)?\s*(?!(?:the|an?|and|or|but|that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS) + r")\b)[\w.'’-]+){0,2})"
    r"\s+(?:in|on|of|during)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")


def earlier_happening(text: str, sentence_start: int, start: int, end: int) -> Happening | None:
    """The happening whose noun phrase the named date at ``text[start:end]`` closes after a preposition of cause or
    topic ("charged over the singer's death in June 2009"), as its own statement's span; None otherwise."""
    if not _NAMED_DATE.search(text, start, end):
        return None
    m = _ABOUT_HAPPENING.search(text, max(sentence_start, start - 160), start)
    if m is None or m.group("noun").lower() not in _MISHAPS:
        return None
    if m.group("aside") and len(text[sentence_start:m.start()].split()) < 3:
        return None  # "Similarly, the partial meltdown ... in 1979 was named": an opening word's comma, no appositive
    if not m.group("aside") and re.sub(r"^\s+aged\s+\d+", "", m.group("tail")):
        # "was fined for a leak of slurry at her farm in March": after a place the date may be the fine's as well
        return None
    if m.group("tail") and re.match(r"(?i)(?:his|her|their|its)\s", m.group("np")):
        # "the surgeon's negligence led to his death aged 61 in June": whose death the clause tells, which the
        # happening's own title would lose
        return None
    if re.match(r"[ \t]+(?!(?:and|or|but|to|in|on|at|for|with|by|as|of|after|before|when|that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD)
                + r"|said|says|from|until|into|than)\b)[a-z][a-z-]*(?<!ed)(?<!ly)\b",
                text[end:end + 40]):
        return None  # "over the merger in 2010 accounts": the date names the noun after it, not the happening
    relative = RELATIVE_ACT.match(text, end)  # "over the explosion on 20 April that killed 11 workers"
    return Happening(m.start("np"), relative.end() if relative else end, stem(m.group("noun").lower()), own=True)
