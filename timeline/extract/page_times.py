"""The times a page's relative dates count from: its publication, each dated post's time, and its update.

A page is tagged against its publication moment. A page of posts from several days counts each entry's dates
from the time heading it (:func:`.furniture.dated_posts`). And a page whose stamp says it was updated a day or
more after it was published holds text written by then: a past weekday of the days between ("Superintendent Dana
Whitfield said on Friday morning ..." on a page published late on a Thursday and "Updated: 7:10 AM CST January
23") is the day just past the publication, when that lies nearer to it than the same weekday a week before: news
names a weekday for the days around the report, and the update's reporter wrote this one.

A page without such a stamp can show the same by its own words: wire copy filed under the evening before it ran
("Crews started pumping cement Friday ..." under a Thursday date, "BP expects the well to be sealed on Saturday").
When the only weekdays it tells as past are the day after its date, named twice or more, its text was written on
that day: read that way, each of them is the day just told, not the same weekday six days before, which no other
weekday of the page reaches back to (:func:`told_day`). A live page can say the same of an earlier day: "All
Thursday's live updates as they happened" filed on Friday is Thursday's text (:mod:`.stated_days`). That day is then the page's own day, not its date's: its
lead and its undated sayings are news of it ("Speaking on the same program, Thad Allen said ..." after "Hayward said
in an interview Friday morning"), and "later today" and "a day earlier" count from it (:func:`written_page`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.extract.cleanup import Furniture, masked, publication_moment
from timeline.extract.furniture import dated_posts
from timeline.extract.stated_days import stated_day
from timeline.model import Document, Event, When, zone
from timeline.page_stamps import stamps
from timeline.tagger import Timex, tag

__all__ = ["WrittenPage", "published_value", "reference_time", "written_page"]

#: A stamp that says the page changed after it was published: "Updated: 7:10 AM CST January 23, 2026".
_UPDATE_STAMP = re.compile(r"(?i)\s*(?:last\s+)?(?:updated|modified|edited)\b")
_UPDATE_BEFORE = re.compile(r"(?i)\b(?:updated|modified|edited)\s*:?\s*(?:on\s+)?$")
#: A weekday alone, with its part of the day: "Friday", "on Friday morning", "late Friday night".
_BARE_WEEKDAY = re.compile(rf"(?i)^(?:(?:on|early|late|early\s+on|late\s+on)\s+)?(?:{WEEKDAY_NAME_PATTERN})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def reference_time(doc: Document) -> dt.date | dt.datetime:
    """The anchor for relative dates, in the document's own zone and naive.

    A page that gives its publication moment in UTC ("2026-02-27T03:00Z") was,
    for a reader in New York, published on Feb. 26: "yesterday" means Feb. 25.
    """
    return _local(doc.published, doc.timezone)


def _local(moment: dt.date | dt.datetime | None, timezone: str | None) -> dt.date | dt.datetime:
    assert moment is not None
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        return (moment.astimezone(zone(timezone)) if timezone else moment).replace(tzinfo=None)
    return moment


@dataclass(frozen=True, slots=True)
class WrittenPage:
    """A page as of the time its text was written (its ``published``), and its temporal expressions."""

    doc: Document
    timexes: list[Timex]
    #: the page as its front matter and dateline date it, when ``doc`` counts from the later day it was told on
    dated: Document | None = None

    def sourced(self, events: list[Event]) -> list[Event]:
        """``events``, their sources naming the page's own publication, not the later day its text counts from."""
        if self.dated is None:
            return events
        published = published_value(self.dated)
        return [replace(e, sources=tuple(replace(s, published=published) for s in e.sources)) for e in events]


def published_value(doc: Document) -> str | None:
    """``doc``'s publication as its events' sources name it; a time (front matter, --published or the dateline) is
    kept with its zone."""
    if isinstance(doc.published, dt.datetime):
        return When.from_datetime(doc.published, doc.timezone).value()
    return doc.published.isoformat() if doc.published else None


def written_page(doc: Document, furniture: list[Furniture]) -> WrittenPage:
    """``doc`` as of when it was written: at its dateline's clock time on its date, or on the day after its date
    when its own words were told from that day (:func:`told_day`); with its times counted from then."""
    moment = publication_moment(furniture, doc.published)
    if moment is not None:  # the dateline's clock time: "today" and "this morning" resolve against it
        doc = replace(doc, published=moment)
    timexes = _tagged(doc, furniture)
    updated = _update_day(doc, furniture)
    day = told_day(timexes, _day(reference_time(doc))) if updated is None else None
    # a live page re-filed the next morning as the record of the day its heading names (:mod:`.stated_days`)
    day = stated_day(doc.title, doc.text, _day(reference_time(doc))) or day
    dated = None
    if day is not None:  # wire copy filed the evening before it ran, a live day filed after it: the page is of the day its text tells
        dated, doc = doc, replace(doc, published=day)
        timexes = _tagged(doc, furniture)
    elif updated is not None:
        timexes = _updated_weekdays(timexes, _day(reference_time(doc)), updated)
    return WrittenPage(doc, sorted(timexes, key=lambda t: (t.start, t.end)), dated)


def _tagged(doc: Document, furniture: list[Furniture]) -> list[Timex]:
    """The temporal expressions of ``doc``'s text outside its furniture, each resolved from the publication or from
    the time heading its dated post."""
    text = masked(doc.text, furniture)
    timexes = tag(text, reference_time(doc), doc.timezone)
    for post in dated_posts(doc.text, furniture):
        # A page of posts from several days: each entry's relative dates count from the time heading it.
        inner = tag(text[post.start:post.end], reference_time(replace(doc, published=post.moment)), doc.timezone)
        timexes = [t for t in timexes if not post.start <= t.start < post.end] + [
            replace(t, start=t.start + post.start, end=t.end + post.start) for t in inner]
    return timexes


def _day(moment: dt.date | dt.datetime) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _update_day(doc: Document, furniture: Sequence[Furniture]) -> dt.date | None:
    """The day of the page's update stamp, when it is a later day than the publication."""
    published = _day(reference_time(doc))
    # (the stamp's day where the page was published: in the document's zone, else in the publication's offset)
    zone_of = zone(doc.timezone) if doc.timezone else (
        doc.published.tzinfo if isinstance(doc.published, dt.datetime) else None)
    moments = [f.moment for f in furniture if f.kind == "stamp" and f.moment is not None and _UPDATE_STAMP.match(doc.text, f.start)]
    # a stamp line giving both ("Published Feb. 4, 2026 Updated Feb. 5, 2026, 9:12 a.m. ET"): its update's part
    moments += [s.moment for f in furniture if f.kind == "listing" for s in stamps(doc.text[f.start:f.end])
                if not s.published and _UPDATE_BEFORE.search(doc.text, f.start, f.start + s.start)]
    days = [_day(m.astimezone(zone_of) if zone_of and m.tzinfo else m) for m in moments]
    later = [d for d in days if d > published]
    return max(later) if later else None


def told_day(timexes: Sequence[Timex], published: dt.date) -> dt.date | None:
    """The day after ``published``, when the page's past weekdays are that weekday alone (twice or more)."""
    back = []  # how many days before the publication each past weekday was resolved to
    for t in timexes:
        day = _DAY_VALUE.match(t.value)
        if day and _BARE_WEEKDAY.match(t.text):
            lag = (published - dt.date.fromisoformat(day.group())).days
            if lag > 0:
                back.append(lag)
    return published + dt.timedelta(days=1) if len(back) >= 2 and set(back) == {6} else None


def _updated_weekdays(timexes: list[Timex], published: dt.date, updated: dt.date) -> list[Timex]:
    """``timexes`` with each past weekday moved to the same weekday after the publication, by the update, when that
    day is the nearer of the two to the publication."""
    out = []
    for t in timexes:
        day = _DAY_VALUE.match(t.value)
        if day and _BARE_WEEKDAY.match(t.text):
            told = dt.date.fromisoformat(day.group())
            later = told + dt.timedelta(days=7)
            if told < published < later <= updated and (later - published) < (published - told):
                t = replace(t, value=later.isoformat() + t.value[10:])
        out.append(t)
    return out
