"""A headline for a happening still told only as a noun phrase once its verb could not be found (issue 16).

:func:`.mention_title` turns a happening's noun phrase into a clause when the phrase names what the happening befell
("the singer's death": "The singer dies"), and :func:`.retelling` borrows the article's fuller telling. What is left
names a happening without telling it: "The Exxon Valdez spill", "The Deepwater Horizon disaster in the Gulf of
Mexico", "Tuesday's congressional hearing", "The SARS outbreak". A strict editor rejects such a title as cut: it
has no predicate. English tells such a happening with the verb its kind of noun takes: an accident occurs, a
disaster or a storm strikes, a spill or an outbreak begins, a fire breaks out, a hearing is held (or is due, when
its date is still to come), a trial begins. The phrase keeps its own words and order, the verb goes before the
place it happened ("Blowout occurs in the Gulf of Mexico"), and a date's possessive goes with the date ("Last
month's drilling rig disaster": "Drilling rig disaster strikes").

A phrase that names nothing beyond its noun ("The explosion", "A fatal blast", "Tuesday's accident") gets no
verb: "The explosion occurs" tells a reader nothing more, and the title is left for the article's fuller telling.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract.title_gate import title_defect
from timeline.model import When

__all__ = ["happening_headline"]

#: The verb each kind of happening's noun takes in a headline, for one happening and for several.
_VERBS: dict[str, tuple[str, str]] = {
    **{n: ("occurs", "occur") for n in ("explosion", "blast", "blowout", "accident", "crash", "collision",
                                        "meltdown", "shooting", "bombing", "massacre", "derailment")},
    **{n: ("strikes", "strike") for n in ("disaster", "catastrophe", "tragedy", "earthquake", "quake", "hurricane",
                                          "storm", "tsunami", "typhoon", "cyclone", "tornado")},
    **{n: ("begins", "begin") for n in ("spill", "leak", "outbreak", "epidemic", "pandemic", "flood", "strike",
                                        "protest", "uprising", "riot", "trial", "season")},
    **{n: ("breaks out", "break out") for n in ("fire", "blaze")},
    **{n: ("is held", "are held") for n in ("hearing", "summit", "meeting", "conference", "election", "vote",
                                            "referendum", "funeral", "ceremony", "inauguration", "debate")},
}
#: Nouns of happenings arranged beforehand, which a date still to come tells as due: "Tuesday's hearing is due".
_ARRANGED = frozenset(["hearing", "summit", "meeting", "conference", "election", "vote", "referendum", "funeral",
                       "ceremony", "inauguration", "debate", "trial"])
#: Nouns that judge a happening without telling what it was: "(a meeting on the) disaster at the White House".
_JUDGED = frozenset(["disaster", "catastrophe", "tragedy"])
_PLURALS = {f"{n}es" if n.endswith(("sh", "ch", "x", "s")) else f"{n}s": n for n in _VERBS}
_NOUN = "|".join(sorted([*_VERBS, *_PLURALS], key=len, reverse=True))
#: A date as the phrase's possessive, which goes with the date: "Tuesday's", "Last month's", "Today's".
_DATE_OWNER = (r"(?:(?:last|this|next)\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
               r"tonight|week|weekend|month|year|season)['’]s\s+")
#: Where the happening took place, named: "in the Gulf of Mexico", "off the Louisiana coastline", "at BP's Macondo
#: well" (a capitalised word in it; "in a relatively strong position" is no place, and the phrase no happening's).
_PLACE = (r"(?P<place>\s+(?i:in|on|at|off|aboard|near|over)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z][\w.'’-]*"
          r"(?:\s+(?:[A-Z][\w.'’-]*|of|the|[a-z][\w-]*))*)?")
_PHRASE = re.compile(r"(?P<date>(?i:" + _DATE_OWNER + r"))?(?P<head>(?:[\w.'’-]+\s+){0,6}?(?P<noun>(?i:" + _NOUN
                     + r"))(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)?)" + _PLACE)
#: Words that leave the noun naming nothing more: determiners, and words that only judge or measure it.
_EMPTY = frozenset(["the", "a", "an", "fatal", "deadly", "massive", "huge", "big", "major", "terrible", "tragic",
                    "early", "late", "recent", "most", "powerful", "catastrophic", "devastating", "disastrous",
                    "worst", "latest", "last", "first", "initial", "original"])
#: Words that make the phrase no single happening that took place, or one told by a clause the title lost.
_NOT_TOLD = re.compile(r"(?i)\b(?:and|or|but|that|which|who|whose|its|his|her|their|it|they|another|any|no|next|"
                       r"possible|potential|future|planned|proposed|alleged|attempted|threatened|feared|expected|"
                       r"similar|such|other|second|third)\b")
#: Words that open a phrase or clause around the happening's noun, which its own name never holds.
_OPENS_PHRASE = frozenset(["after", "before", "since", "following", "until", "during", "with", "from", "for", "to",
                           "by", "as", "of", "in", "on", "at", "about", "when", "while", "if", "because", "than"])
#: A date's possessive that names the present, not a start: "today's outbreak", "this year's season".
_NOW_OWNER = re.compile(r"(?i)(?:today|tonight|this\s+\w+)['’]s\s")
#: A date told after the noun with no preposition of its own: "the spill yesterday", "the leak next week" (the date of
#: what the clause says of it).
_TRAILING_DAY = re.compile(r"(?i)(?<!\bon)(?<!\bin)(?<!\bat)\s+(?:yesterday|today|tonight|(?:this|last|next)\s+\w+)\W*$")
#: What an arranged happening is about, told after its date: "(a hearing on 29 July) into the circumstances of the
#: release", up to the end of its phrase.
_TOPIC = re.compile(r"\s+(?P<topic>(?:into|on|about|over)\s+(?:[\w.'’-]+\s+){0,7}?[\w'’-]+)(?=[,;:.]|\s*$)")
#: Nouns that go on after the happening's noun in the text, making it a modifier: "the 2010 Atlantic hurricane
#: (season)", "the Deepwater Horizon disaster (response)".
_COMPOUND_HEADS = frozenset(["season", "victims", "survivors", "response", "cleanup", "clean-up", "damage", "zone",
                             "site", "anniversary", "investigation", "inquiry", "relief", "aid", "recovery",
                             "commission", "report", "area", "panel", "fund", "claims", "costs", "toll", "risk"])


def happening_headline(title: str, when: When, published: dt.date | dt.datetime | None, text: str = "",
                       length: int | None = None) -> str:
    """``title`` as a headline when it is a happening's noun phrase with no verb ("The Exxon Valdez spill": "The
    Exxon Valdez spill begins"); else ``title``. ``when`` is the happening's date and ``published`` the article's:
    an arranged happening still to come is due ("Tuesday's congressional hearing": "Congressional hearing is due").
    ``text`` is the phrase as the article tells it, its first ``length`` characters, with the words that follow:
    a noun or a colon there makes the phrase a modifier or a label ("the Atlantic hurricane season", "BP oil spill:
    clean-up efforts"), no happening."""
    title = title.strip()
    m = _PHRASE.fullmatch(title)
    if m is None or title_defect(title) != "stub" or _NOT_TOLD.search(m.group("head")):
        return title
    phrase, after = (text, "") if length is None else (text[:length], text[length:])
    following = re.match(r"\s*([a-z][\w-]*|:)", after)
    if following is not None and (following.group(1) in _COMPOUND_HEADS or following.group(1) == ":"):
        return title
    head, noun, place = m.group("head"), m.group("noun").lower(), m.group("place") or ""
    kind = _PLURALS.get(noun, noun)
    if kind in _ARRANGED and place.startswith(" on "):
        head, place = head + place, ""  # "a hearing on the spill" is about it, not held on it
    words = [w for w in title[m.start("head"):m.start("noun")].split() if not re.fullmatch(r"[\d,.]+", w)]
    if _OPENS_PHRASE & {w.lower() for w in words}:
        return title  # "After an oil spill at Prudhoe Bay": a phrase of a clause the title lost
    if not [w for w in words if w.lower() not in _EMPTY] and not m.group("of") and (
            not m.group("place") or kind in _JUDGED):
        topic = _TOPIC.match(after) if kind in _ARRANGED and not place else None
        if topic is None or title_defect(f"The hearing {topic.group('topic')}") != "stub":
            return title  # "The explosion", "A fatal blast": nothing named for a headline to tell
        head += f" {topic.group('topic')}"  # "a hearing on 29 July into the circumstances of the release"
    plural = noun != kind
    if plural and re.match(r"(?i)an?\s", head):
        return title  # "An Airbus A330-200 crashes": a verb, no noun
    if _VERBS[kind][0] == "begins" and (_NOW_OWNER.match(title) or _TRAILING_DAY.search(phrase)):
        return title  # "today's outbreak", "the spill yesterday": what the lasting happening is doing, not its start
    day = published.date() if isinstance(published, dt.datetime) else published
    future = day is not None and when.start.date() > day
    if future:
        if kind not in _ARRANGED:
            return title  # a spill still to come is a forecast, no happening to tell
        verb = "are due" if plural else "is due"
    else:
        verb = _VERBS[kind][1 if plural else 0]
    if m.group("date"):
        head = head[:1].upper() + head[1:]
    return f"{head} {verb}{place}"
