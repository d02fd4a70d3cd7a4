"""Which entries of a live page are its news, and which its chatter (issue 16: precision).

A live page (the BBC's and the Guardian's live coverage) is a run of entries, each opening with the clock time it
was posted (:mod:`timeline.live_stamps`), and every stamp dates its entry. A journalist's timeline keeps the
entries that report a happening by an actor of the story ("2056: Mr Gibbs says the government needs to end its
subsidies", "2132: The White House announces ...") and leaves out what the page sets around them, the convention
:mod:`.saying_news` states for a story's undated sayings: commentary, views and bystanders are no events. An entry
is chatter when its opening (after the stamp) gives the floor to

- a reader writing in: "Dan K from Leeds, UK, writes: I think ...";
- a tweeter who is no actor of the story: "Energy blogger Jo Bloggs tweets: ...", "Fishfan99 tweets: ..."
  (an official's, a government body's or the company's tweet is its announcement and stays);
- a columnist or blogger named with the outlet they write for and no verb: "Joe Doe, The Weekly Review Seizing
  the moment ...", "Ann Roe, Daily Pundit, NewsSite.com";
- the outlet's own correspondent giving analysis: "The BBC's Jim Poe in Washington When the president speaks ..."
  (a correspondent reporting what an actor says or does, "... The president says he will ...", stays);

or when it is the page's housekeeping: "Our live coverage ends here", "Thanks for joining us"; or the writer's own
description of how things are, in the present and with no act told: "2007: President Obama's tone is firm but calm",
"2016: Obama's rhetoric in this section is very reminiscent of his campaign speeches", "Markey is in top form" (an
entry that tells an act in the present, "Markey is hitting the executives", "Hayward is asked when ...", stays).

Every sentence of a chatter entry goes with it: the entry's later sentences carry the same voice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from timeline.english_auxiliaries import HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.live_captions import only_captions
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_news import OFFICE_WORDS, comments_on_news
from timeline.extract.saying_words import alternation, spoken
from timeline.live_stamps import live_stamps

__all__ = ["live_chatter", "live_news"]


class _Spanned(Protocol):
    start: int
    end: int


M = TypeVar("M", bound=_Spanned)

_CAP = r"[A-Z][\w'’.-]*"
#: Capitalised words that open an entry's own report, never a name's or a place's.
_OPENER = (r"(?!(?:The|A|An|When|While|It|Its|It['’]s|This|That|These|Those|In|On|At|As|If|But|And|So|He|She|They|"
           r"We|I|You|There|Here|What|How|Why|Who|Following|After|Before|Now|Meanwhile|Though|Although|Basically|"
           r"Turns|President|Mr|Mrs|Ms)\b)")
_NAME = rf"{_CAP}(?:\s+{_CAP}){{1,2}}"
#: A reader writing in: "Dan K from Leeds, UK, writes:", "Sue in Ohio emails:".
_READER = re.compile(rf"{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+(?:from|in)\s+[^:\n]{{1,60}}?)?,?\s+(?:writes|e-?mails)\s*:")
#: A tweet, and who tweets it: "Energy blogger Jo Bloggs tweets:".
_TWEET = re.compile(r"(?P<who>[^:\n]{1,80}?)\s+tweets\s*:")
#: Who speaks for a party of the story when they tweet: an office, or a body of government or the company.
_ACTOR = re.compile(
    r"\b(?:" + OFFICE_WORDS + r"|congress(?:man|woman)|admiral|chief|commander|sheriff|captain|harbou?r\s+master|"
    r"White\s+House|Coast\s+Guard|Department|Ministry|Agency|Government|Police|Army|Navy|BP)\b", re.IGNORECASE)
#: One unit of the outlet a columnist is named with: capitalised words ("The Atlantic", "National Review Online"),
#: or a site's name ("WashingtonPost.com", "firedoglake").
_OUTLET_UNIT = (rf"(?:{_CAP}(?:\s+{_OPENER}{_CAP}){{0,3}}"
                r"|(?!(?:a|an|the|who|which|whose|its|his|her|their|now|then|once)\b)[a-z]{4,}(?:\.com)?)")
#: A columnist or blogger named with an outlet, and then their own words, not a verb: "Joe Doe, The Weekly Review
#: Seizing ...". An apposition before a verb ("Tom Roe, Interior Secretary, says ...") is an actor's office.
_COLUMNIST = re.compile(rf"(?P<name>{_NAME}),\s+(?P<outlet>{_OUTLET_UNIT}(?:,\s+{_OUTLET_UNIT}){{0,2}})"
                        r"(?=\s*$|\s+[A-Z\"“‘'])")
#: The outlet's own correspondent filing: "The BBC's Jim Poe in Washington", "Our correspondent Ann Roe".
_CORRESPONDENT = re.compile(
    rf"(?:The\s+(?:BBC|Guardian)['’]s|Our)\s+(?:[a-z]+\s+){{0,3}}?(?:correspondent\s+)?{_OPENER}{_CAP}(?:\s+{_OPENER}{_CAP}){{0,2}}"
    rf"(?:\s+(?:in|at)\s+{_OPENER}{_CAP}(?:\s+{_OPENER}{_CAP}){{0,2}})?\s+")
#: A speaker named with an apposition and then a verb: an actor's office or party ("Tom Roe, Interior Secretary,
#: says ..."), whatever its capitals.
_APPOSITION_VERB = re.compile(rf"{_NAME},[^,\n]{{1,60}},\s+(?:[a-z]+s|said|told|asked)\b")
#: A correspondent's entry reporting an actor's act: a subject, then a verb of saying or deciding, perhaps after the
#: words quoted ("The president says ...", "A recovery czar is to be appointed", '"Unlike ...," the president says').
_REPORTS = re.compile(
    r"(?:[\"“][^\"”]{1,200}[\"”],?\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:" + alternation(spoken("say", "announce", "tell", "confirm")) + r"|will|is\s+to|are\s+to|" + auxiliaries(HAVE_FORMS) + r")\b")
#: A verb of saying anywhere in an entry's first sentence: what it describes is someone's words.
_SAYS = re.compile(r"(?i)\b(?:" + alternation(spoken("say", "announce", "tell", "confirm", "add", "report", "warn", "write"),
                                               {"tweets", "tweeted", "according"}) + r")\b")
#: The page's housekeeping: its welcome, its farewell, its calls for readers' messages.
_HOUSEKEEPING = re.compile(
    r"(?i)(?:that['’]s\s+(?:it|all)\b|that\s+is\s+all\b|our\s+(?:live\s+)?coverage\s+(?:ends|is\s+ending|will\s+end)|"
    r"thanks?\s+(?:you\s+)?(?:for|to\s+everyone)\s+(?:joining|reading|following|watching|your)|"
    r"welcome\s+to\s+(?:our|the|this)\s+live|we['’]ll\s+be\s+back\b|stay\s+with\s+us\b|"
    r"keep\s+(?:your\s+)?(?:comments|e-?mails|tweets)\s+coming|send\s+(?:us\s+)?your\s+(?:comments|views|thoughts))")

#: The writer's description of how things are: a subject with no verb of its own, then "is" or "are" and no act ("is
#: hitting", "is asked", "is to", "is expected", "is now", "is over") and no place someone has gone to ("is in Louisiana").
_DESCRIPTION = re.compile(
    r"(?:(?!" + FINITE_VERB.pattern + r"|\b(?:" + auxiliaries(HAVE_FORMS, WILL_WOULD) + r"|said|told|who|which|that|if|when|as|where|what|why|how)\b)[\w'’.,-]+\s+){1,8}?"
    r"(?:is|are)\s+(?!(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|again\s+)*(?:[a-z]+ing|[a-z]+ed|to|expected|due|set|"
    r"scheduled|about|going|now|over|being|been|asked|told|given|taken|shown|seen|known|said|sworn|held|made|put|"
    r"sent|led|met|hit|cut|built|brought|caught|found|thought)\b|(?:in|at|on|back)\s+[A-Z])[^\n]*$")


def live_chatter(entry: str) -> bool:
    """Whether a live entry whose words (after its stamp) are ``entry`` is chatter, not news: a reader's message,
    a tweet of no actor, a columnist's or the correspondent's own view, or the page's housekeeping."""
    entry = entry.lstrip()
    if _READER.match(entry) or _HOUSEKEEPING.match(entry):
        return True
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", entry, maxsplit=1)[0]
    if _DESCRIPTION.match(first) and not _SAYS.search(first) and not first.rstrip(' "”’').endswith("?"):
        return True
    if tweet := _TWEET.match(entry):
        return not _ACTOR.search(tweet["who"]) or comments_on_news(tweet["who"])
    columnist = _COLUMNIST.match(entry)
    if columnist and not _APPOSITION_VERB.match(entry) and not _ACTOR.search(columnist.group(0)):
        return True
    if correspondent := _CORRESPONDENT.match(entry):
        return not _REPORTS.match(entry, correspondent.end())
    return False


def live_news(text: str, found: Sequence[M]) -> list[M]:
    """``found`` without the mentions of a live page's chatter entries (:func:`live_chatter`) and without an entry
    that is only its contributors' captions (:func:`.live_captions.only_captions`)."""
    kept = [m for m in found if not only_captions(text[m.start:m.end])]
    stamps = live_stamps(text)
    if not stamps:
        return kept
    # (the last entry's words end with its paragraph: what follows may be the page's other text)
    ends = [s.start for s in stamps[1:]] + [_line_end(text, stamps[-1].end, len(text))]
    chatter = [(s.start, end) for s, end in zip(stamps, ends, strict=True)
               if live_chatter(text[s.end:_line_end(text, s.end, end)])]
    return [m for m in kept if not any(start <= m.start < end for start, end in chatter)]


def _line_end(text: str, start: int, stop: int) -> int:
    """Where the entry's opening line ends: an entry's words run to its next stamp, but a page's other text may
    follow it after a line break."""
    newline = text.find("\n", start, stop)
    return stop if newline < 0 else newline
