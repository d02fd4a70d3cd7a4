"""Which sayings of the story's day are news, and which are its commentary or colour (issue 16: precision).

The gold's convention for a saying told with no date of its own, which :mod:`.day_sayings` dates by the story's
day: it is an event when it is news, that is when an actor of the story (a named official, government body, company
or agency, a party to the case, or the spokesman of one) announces, decides, orders, demands, confirms, denies,
warns, accuses or answers the day's happening. It is no event when it is what a report sets around its news:

- who speaks comments on the news, not makes it: an analyst, economist, fund manager, consultant, expert, a
  journalist or columnist (the outlet's own analysis), or a bystander whose words are the story's colour: a
  resident, a fisherman, a shop's owner or manager, a customer, a tourist ("Jim Bowman, a recreational fisherman
  in Venice, said there was a lot of work to be done") -- :func:`comments_on_news`;
- what is said is a view, a feeling or a non-answer, not an act: "said he understands the restrictions", "said she
  was alarmed", "said the company thinks the liquid was seawater", "said he's seen attitudes change", "said they
  had full confidence in the plans"; "said he did not know how the rules would affect ...", "said he had no
  immediate information", "said the governor had not seen the lawsuits" -- :func:`tells_no_news`.

A saying with a date of its own is not judged here: the day it names makes it the record of what was said then.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, auxiliaries

__all__ = ["OFFICE_WORDS", "comments_on_news", "is_bystander", "tells_no_news"]

#: Who comments on the news rather than makes it: the trade of market and expert commentary and the press. Read in
#: the speaker's name and apposition ("Ted Parrish, co-portfolio manager of the Henssler Equity Fund, said"; "Duncan
#: John, a partner at StrategicFit, a strategy consultancy, praised").
_COMMENTATOR = re.compile(
    r"\b(?:analysts?|economists?|strategists?|consultan(?:t|ts|cy)|portfolio|fund\s+managers?|investors?|traders?|"
    r"brokers?|experts?|professor|commentators?|columnists?|editor|correspondent|reporter|blogger|researchers?|"
    r"pundits?|editorials?|leader\s+writers?|op-ed|"
    r"asset\s+management|financial\s+(?:planning|advisory|services)|investment\s+(?:firm|bank|house|group)|brokerage|"
    r"hedge\s+fund|think\s+tank)\b", re.IGNORECASE)
#: The bystanders whose words a report quotes for its colour: a resident, a fisherman, a shop's owner or manager, a
#: tourist; a name given with an age alone ("Betsy Robins, 58, said") or an age before a trade ("a 23-year-old security
#: guard"), as the news gives no official one.
_BYSTANDER = re.compile(
    r"\b(?:residents?|fisherm[ae]n|shrimpers?|oyster(?:man|men)|crabbers?|owners?|co-owner|managers?|customers?|"
    r"shoppers?|tourists?|visitors?|holidaymakers?|motorists?|commuters?|homeowners?|volunteers?|retirees?|"
    r"fans?|neighbou?rs?|passengers?|bystanders?|onlookers?)\b|,\s*(?:aged\s+)?\d{1,3},|\ban?\s+\d{1,3}-year-old\b", re.IGNORECASE)
#: Offices held for a party of the story (a regex alternation), shared with a live page's tweets (live_chatter).
OFFICE_WORDS = (r"spokes(?:man|woman|person)|chief\s+executive|CEO|president|chairman|director|secretary|minister|"
                r"mayor|governor|senator|sen\.|rep\.|commissioner|administrator|official")
#: An office held for a party of the story, which makes a speaker its voice whatever else the apposition says ("John
#: Roe, a spokesman for Anadarko, a minority owner of the well"; "Mayor Ann Lee of Orange Beach, a tourist town").
_OFFICE = re.compile(r"\b(?:" + OFFICE_WORDS + r"|chairwoman|officer|head\s+of)\b", re.IGNORECASE)
#: A speaker's view or feeling, not an act, told first in what is said: a verb of the mind or a state of feeling after
#: its subject ("he understands", "the company thinks", "he believed", "she was alarmed", "he's seen attitudes change"), the
#: confidence a speaker has. A feeling aimed at a happening ("was shocked by the remarks", "alarmed at the ruling",
#: "frustrated and angry that BP missed deadline after deadline") is
#: a reaction, which the gold counts when what it answers is of the day; a concern or a hope "expressed" is a public
#: act of a story's party (a row's politicians): both stay.
_VIEW = re.compile(
    r"[\s,:]*(?:that\s+)?(?:[\w'’.-]+\s+){0,4}?(?:(?:understands?|thinks?|thought|believes?|believed|feels?|felt|"
    r"doubts?|knows?|hopes?|fears?|worries)\b|(?:he|she|they|we|I)(?:['’]s|['’]ve|\s+has|\s+had|\s+have)\s+seen\b|"
    r"(?:" + auxiliaries(BE_FINITE) + r"|(?:he|she|it|that|who)['’]s|(?:they|we|you)['’]re|felt|feels)\s+(?:\w+\s+)?[“\"‘]?"
    r"(?:alarmed|concerned|worried|shocked|saddened|pleased|happy|glad|disappointed|surprised|confident|optimistic|"
    r"hopeful|encouraged|frustrated|angry|upset|heartened|relieved|proud|sorry|amazed|stunned|dismayed|delighted|"
    r"thrilled|grateful|satisfied|unhappy|nervous|skeptical|sceptical)\b"
    r"(?![”\"’]?(?:\s+and\s+\w+)?[”\"’]?\s+(?:by|at|over|with|that)\b)|"
    r"(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:full\s+|every\s+|complete\s+|total\s+)?(?:confidence|faith)\b)",
    re.IGNORECASE)
#: A non-answer: the speaker did not know, had no information, had not seen what is asked about, would not say.
_NON_ANSWER = re.compile(
    r"\b(?:(?:" + auxiliaries(DO_FORMS) + r")\s+not|didn['’]t|doesn['’]t|don['’]t)\s+know\b|\bno\s+(?:immediate\s+|further\s+|new\s+)?"
    r"(?:information|details?|word|knowledge|update)\b|\b(?:" + auxiliaries(HAVE_FORMS) + r")\s+not\s+(?:yet\s+)?(?:seen|read|reviewed|"
    r"received|been\s+(?:briefed|told|informed))\b|\b(?:" + auxiliaries(BE_FINITE) + r")\s+not\s+aware\b|\bunaware\b|"
    r"\b(?:could|would|can|will)\s+not\s+(?:say|confirm|comment|speculate|discuss)\b|"
    r"\b(?:could|would|can|will)n['’]t\s+(?:say|confirm|comment|speculate|discuss)\b|\btoo\s+early\s+to\s+(?:say|tell)\b|"
    r"\b(?:could\s+not\s+be|couldn['’]t\s+be|(?:" + auxiliaries(BE_FINITE) + r")\s+not)\s+(?:sure|certain)\b",
    re.IGNORECASE)


def comments_on_news(speaker: str) -> bool:
    """Whether ``speaker`` (a name with its apposition) is a commentator or a bystander, not an actor of the story."""
    return _COMMENTATOR.search(speaker) is not None or is_bystander(speaker)


def is_bystander(speaker: str) -> bool:
    """Whether ``speaker`` (a name with its apposition) is a bystander quoted for colour, holding no office."""
    return _BYSTANDER.search(speaker) is not None and _OFFICE.search(speaker) is None


def tells_no_news(said: str) -> bool:
    """Whether the words ``said`` (what follows the saying verb, or the clause before a speaker named last) tell a
    view, a feeling or a non-answer rather than an act."""
    return _VIEW.match(said) is not None or _NON_ANSWER.search(said) is not None
