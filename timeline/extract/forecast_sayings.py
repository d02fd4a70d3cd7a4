"""A statement dated only by the year or season its forecast looks to, dated by its saying instead.

"Reid said he looks forward to passing an energy bill this year", '"It is likely that we will start 2032 in a clear
recovery," Ortiz said', "Professor Lowe says pupils going back after the summer break would spread the virus": the
year or the season is what the speaker looks ahead to, inside what was said; the news is the saying, of the day it
was made. A timeline that places it at the year states a plan or a hope as the year's happening.

The saying's day is the one its speaker's statement or act was told at a few sentences before ('Ortiz said on Monday ...'
... '"...," Ortiz said': one occasion told on); with none, a season's forecast told in the present ("says", "has
said") is the page's news of its publication day. A year's with no day told stays as it was: "has said it hopes to
hold 5% of the market by 2033" is as often the standing plan the year dates as a saying of the page's day
(:func:`forecast_sayings`).
Only a year or a season counts: a day, a week or a month a speaker names is the happening's own ("will testify on
Aug. 4"), and a quarter or a half is a figure's reporting period.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.extract.saying_words import SAY_FORMS, alternation, spoken
from timeline.model import Precision, When

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["date_as_said", "days_told", "forecast_sayings", "saying_day", "speaker_day"]

#: The precisions of a year or season a forecast looks to.
_LOOKED_TO = frozenset([Precision.YEAR, Precision.SEASON])
#: A verb of saying after its speaker: "said", "says", "told the BBC", "has said".
_SAID = re.compile(r"\b(?:" + alternation(SAY_FORMS, spoken("tell", "add", "predict", "warn", "declare")) + r")\b")
#: A saying told in the present or perfect: the page's news of its own day.
_SAYS_NOW = re.compile(r"\b(?:says|say|tells|adds|predicts|warns|declares|(?:has|have)\s+(?:said|told|predicted|warned))\b")
#: What a forecast or a plan is told with, between the saying and its date: "will", "is likely", "looks forward to".
_AHEAD = re.compile(r"\b(?:will|would|could|may|might|should|likely|unlikely|expects?|expected|plans?|planned|hopes?|"
                    r"hoped|intends?|aims?|looks?\s+forward|looking\s+forward)\b|['’]ll\b")
#: A saying told as made before the story's occasion: "has already said", "had said", "previously said".
_SAID_BEFORE = re.compile(r"\b(?:already|previously|earlier|had)\s+(?:said|told|announced|stated|warned)\b")
#: A forecast denied up to the year ("did not expect the company to resume paying dividends until 2033", "won't
#: recover before 2033"): nothing is told to happen in the year, only not before it; with no day of its speaker's
#: told, the warning is the page's news of its day, as an undated saying of the story is.
_DENIED_UNTIL = re.compile(r"(?:\b(?:not|never)\b|n['’]t\b)[^.;:“”\"]{0,80}?\b(?:until|before)\s+(?:at\s+least\s+)?"
                           r"(?:(?:early|late|mid-?)\s*)?$")
#: How many sentences back the speaker's dated statement may be told.
_BACK = 8


def _looks_ahead(m: Mention, text: str) -> bool:
    """Whether ``m``'s date sits in what its speaker said, a forecast or a plan: after the saying verb ("said he looks
    forward to passing a bill this year", "says pupils going back after the summer break would spread it") or inside
    a quotation its saying closes."""
    quote = text[m.start:m.end]
    at = m.date[0] - m.start
    said = _SAID.search(quote)
    if said is None:
        return False
    if said.start() < at:
        return _AHEAD.search(quote, said.end()) is not None
    opened = max(quote.rfind("“", 0, at), quote.rfind('"', 0, at))
    closed = max(quote.find("”", at), quote.find('"', at))
    return opened >= 0 and at < closed < said.start() and _AHEAD.search(quote, opened, closed) is not None


def days_told(found: list[Mention]) -> list[Mention]:
    """The mentions ``found`` dated to a day or finer, taken before a rule dates a saying: the speakers' days told
    (:func:`speaker_day`), which a day a rule gives must not join."""
    return [o for o in found if o.when.precision.rank >= Precision.DAY.rank]


def speaker_day(m: Mention, found: list[Mention], text: str, published: dt.date) -> When | None:
    """The day ``m``'s speaker was told saying or doing something a few sentences before it ("Reid praised the
    speech on Tuesday"), at or before the publication."""
    if not m.actor:
        return None
    name = re.compile(r"\b" + re.escape(m.actor.split()[-1]) + r"\b")
    # (The speaker's name in a statement's words is its speaker when its subject was read as another: "Mexico's economy
    # will recover, Finance Minister Ana Ruiz said on Tuesday".)
    told = [o for o in found if (o.is_statement or o.main) and (
                (o.actor and o.actor.split()[-1] == m.actor.split()[-1])
                or (o.is_statement and name.search(text, o.start, o.end) is not None))
            and 0 <= m.sentence - o.sentence <= _BACK and o is not m and o.when.precision.rank >= Precision.DAY.rank
            and o.when.start.date() <= published and not o.lead]
    return max(told, key=lambda o: o.sentence).when if told else None


def saying_day(m: Mention, found: list[Mention], text: str, published: dt.date) -> When:
    """The day ``m``'s saying is dated by: its speaker's day told before it (:func:`speaker_day`), else the page's."""
    return speaker_day(m, found, text, published) or When.parse(published.isoformat())


def date_as_said(m: Mention, day: When) -> None:
    """Date ``m`` by its saying's ``day``, a day with no span: what it looked to or back to is no longer its date."""
    m.when, m.key, m.end_when = day, day.value(), None


def forecast_sayings(found: list[Mention], text: str, published: dt.date) -> list[Mention]:
    """``found`` with each statement dated only by the year or season its forecast looks to dated by its saying (see
    the module's docstring)."""
    sentences_with_days = {o.sentence for o in found if o.when.precision.rank >= Precision.DAY.rank}
    stated = days_told(found)
    for m in found:
        if m.lead or not m.is_statement or not m.main or m.when.precision not in _LOOKED_TO or m.date[1] <= 0:
            continue
        if _SAID_BEFORE.search(text, m.start, m.end):
            continue  # "BP has already said it will pay no dividend this year": an earlier saying, of no day told
        denied = _SAID.search(text, m.start, m.date[0]) is not None and _DENIED_UNTIL.search(text, m.start, m.date[0])
        if m.sentence in sentences_with_days or not (_looks_ahead(m, text) or denied):
            continue  # (a day of the same sentence dates it already)
        if m.when.end.date() <= published:
            continue  # "expects to pay $4bn in 2029 taxes" in 2030: a past period's figure, no forecast's

        day = speaker_day(m, stated, text, published)
        if day is None and denied:
            day = When.parse(published.isoformat())  # ("did not expect it to resume dividends until 2033": see below)
        if day is None and m.when.precision == Precision.SEASON and _SAYS_NOW.search(text, m.start, m.end):
            day = When.parse(published.isoformat())
        if day is not None:
            date_as_said(m, day)
    return found
