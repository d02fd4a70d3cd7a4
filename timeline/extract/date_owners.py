"""A title that keeps its date when the date is another happening's than the title's verb (issue 16).

"Harbor Oil expects the well to be sealed on Saturday": Saturday is the sealing's, not the expecting's, which is
now. Without its date the title "Harbor Oil expects the well to be sealed" sits at Saturday as if the expecting
were Saturday's news; a headline writer keeps the day with what it dates ("BP expects well sealed Saturday"). So
does a forecast the speaker only hopes for ("hopes to begin the test on Tuesday"). A plan ("plans to visit the
plant on Friday") is the planner's own act at that day, as "X to visit the plant" would say, and loses its date
as any title does; so does a forecast told in the passive ("the well is expected to be sealed"), whose subject is
the dated thing.

"Ray Dorn is maneuvering for a possible run against Ann Pike in 2028": a date that closes a happening's noun
phrase after "for" or "toward" is that happening's (the run), while the verb before it goes on now; the title
keeps the date beside its noun.
"""

from __future__ import annotations

import re
from collections import Counter

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, auxiliaries
from timeline.extract.framed_when import framed_title
from timeline.extract.happenings import EVENT_NOUNS
from timeline.extract.live_captions import without_entry_head
from timeline.extract.named_titles import drafts_paused
from timeline.extract.saying_words import SAY_TELL, alternation, spoken
from timeline.extract.titles import write_title
from timeline.live_stamps import blank_opening_stamp

__all__ = ["owner_title"]

#: An active verb of expecting or hoping with its forecast: "expects the well to be", "said it hopes to begin",
#: "hopes the strike will end", "expected Moscow to be told". A past "expected" needs its object ("cash flow
#: expected to exceed" is passive).
_TO_OR_WILL = r"(?:to|will|would|could|should|can|may|might)"  # an infinitive, or a clause's future modal
_FORECAST = re.compile(
    r"(?i)(?<!\bthan\s)(?<!\bas\s)(?<!\bto\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)\b(?:"
    r"(?:expects|expect|anticipates|anticipate|hopes|hope|predicts|predict)\s+(?:[\w'’.-]+\s+){0,6}?" + _TO_OR_WILL +
    r"|\b(?:we|they|i|he|she|it)\s+(?:expect|expected|anticipate|anticipated|hope|hoped)\s+(?:[\w'’.-]+\s+){0,6}?"
    + _TO_OR_WILL + r"|(?:expected|anticipated)\s+(?!to\b)(?:[\w'’.-]+\s+){1,6}?to)\s+(?:be\s+)?[a-z]+")
#: A saying that reports what is to come: "said the dome would be deployed", "told MPs that the plant will reopen",
#: "announced the committee could vote". Its clause's future happens at the date, not the saying.
_SAID_AHEAD = re.compile(
    r"(?i)\b(?:" + alternation(SAY_TELL, spoken("announce", "confirm", "warn", "predict", "estimate", "add")) +
    r")\s+(?:[\w'’.-]+\s+){0,8}?(?:will|would|could|should|['’]ll)\s+(?:be\s+)?[a-z]+")
#: A form of "be" before the verb of expecting: a passive forecast whose subject is the dated thing.
_PASSIVE = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE) + r"|'s|’s)\s+(?:\w+ly\s+)?$")
#: A date told from the page's own moment ("early next week", "tomorrow"): out of the article, beside its event's
#: date on a timeline, it reads wrong; only a date that names its day or period stays in a title.
_DEICTIC = re.compile(r"(?i)\b(?:next|last|this|coming|tomorrow|today|tonight|yesterday|ago|later|earlier|soon)\b")
#: Words that open a clause of their own, after which the forecast no longer governs the date.
_BREAK = re.compile(r"(?i)[;:]|,\s+(?:and|but|while|as)\b|\b(?:when|which|who|after|before|because|while|said|says|"
                    r"told|although|though)\b")
#: Happenings one readies for that a date closes: a contest, a trip, a sale, as well as the event nouns.
_PROSPECTS = (r"runs?|bids?|races?|campaigns?|visits?|tours?|trips?|sales?|listings?|offerings?|primary|primaries|"
              r"contests?|games|talks|negotiations|meetings?|showdown|debut|return|comeback|"
              + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)))
#: An ongoing verb, "for" or "toward", and a happening's noun phrase that the date closes.
_READYING = re.compile(r"(?i)\b[a-z]+ing\s+(?:up\s+)?(?:for|toward|towards)\s+(?:a|an|the|its|his|her|their)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?(?:" + _PROSPECTS + r")\b(?:\s+(?:against|with|for|in|of|to|at)\s+"
                       r"(?:[A-Z][\w'’.-]*\s+|the\s+|a\s+|an\s+|[a-z]+\s+){1,5}?)?\s*(?:in|on|at|next|this)?\s*$")


def owner_title(said: str, removal: list[tuple[int, int]], actor: str | None) -> str:
    """The headline of ``said`` with the date at ``removal`` taken out, unless the date belongs to a forecast inside
    an expectation or to a happening's noun phrase a verb readies for: then the title keeps it beside its owner."""
    head = without_entry_head(said)  # a live page's "2200: " opening the entry (and who filed it): when, not what
    if head != blank_opening_stamp(said):
        actor = None  # (the captions named who filed: "The president says ..." is not the correspondent's saying)
    said = head
    framed = framed_title(said, removal, actor)
    if framed:
        return framed
    title = write_title(said, removal, actor)
    if len(removal) == 1 and _owned_elsewhere(said, *removal[0]):
        with drafts_paused():  # (a trial: only the title kept files its draft)
            kept = write_title(said, [], actor)
        start, end = removal[0]
        # Only the date and its preposition may be what the kept title adds: a title written anew around the date
        # ("the tube insert late on Saturday") is another reading of the sentence, not the same headline.
        added = Counter(kept.split()) - Counter(title.split())
        if said[start:end].strip() in kept and Counter(title.split()) <= Counter(kept.split()) \
                and set(added) <= set(said[max(0, start - 12):end].split()) and not _DEICTIC.search(" ".join([said[start:end], *added])):
            return write_title(said, [], actor)
    return title


def _owned_elsewhere(said: str, start: int, end: int) -> bool:
    """Whether the date at ``said[start:end]`` is a forecast's inside an expectation, or a readied happening's."""
    before = said[:start]
    if re.search(r"[“”\"]", before):
        return False  # a date inside the speaker's words stays with them, as the quotation tells it
    if _READYING.search(before):
        return True
    forecasts = list(_FORECAST.finditer(before)) or list(_SAID_AHEAD.finditer(before))
    forecast = forecasts[-1] if forecasts else None
    if forecast is None or forecast.start() == 0 or _PASSIVE.search(before, 0, forecast.start()) \
            or _BREAK.search(before, forecast.end()):
        return False
    return not re.search(r"\b(?:not|never)\b|n['’]t\b", before[forecast.start():])
