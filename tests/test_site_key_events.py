"""Salience on the site: each event's independent sources and first report, and key.html."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.model import Event, SiteConfig, SourceRef, Timeline, When
from timeline.salience import salience
from timeline.site import fast_theme, key_events, views
from timeline.site import overview as overviews
from timeline.site.environment import default_theme_dir
from timeline.site.pages import Page
from timeline.site.render import pages
from timeline.site.views import prepare


def _bytes(page: Page) -> bytes:
    data = page.render()
    return data if isinstance(data, bytes) else b"".join(data)


def _site(tl: Timeline, mirror: bool = True) -> dict[str, str]:
    saved = dict(fast_theme.MIRRORED)
    if not mirror:
        fast_theme.MIRRORED.update(dict.fromkeys(saved, "off"))
    try:
        return {p.path: _bytes(p).decode() for p in pages(tl, [default_theme_dir()])}
    finally:
        fast_theme.MIRRORED.update(saved)


#: Three reports from two publishers: the wire story twice (different pages), and the Herald.
WIDELY = Event(id="deal", when=When.parse("2030-06-09"), title="Deal signed", sources=(
    SourceRef(title="Deal done", publisher="Wire", url="https://wire.example/1", published="2030-06-10"),
    SourceRef(title="Deal signed, updated", publisher="wire ", url="https://wire.example/2", published="2030-06-11"),
    SourceRef(title="A deal at last", publisher="Herald", published="2030-06-09T18:00:00-04:00"),
))
ONCE = Event(id="talks", when=When.parse("2030-03"), title="Talks begin", sources=(
    SourceRef(title="Talks", publisher="Herald", published="2030-03-02"),))
NONE = Event(id="rumour", when=When.parse("2031-01-05"), title="A rumour")


def test_three_reports_from_two_publishers_count_two_first_on_the_earliest_day() -> None:
    reach = salience(WIDELY)
    assert reach.sources == 2
    assert reach.first_reported == dt.date(2030, 6, 9)
    views = {v.id: v for v in prepare(Timeline(SiteConfig(title="T"), (WIDELY, ONCE, NONE))).events}
    assert (views["deal"].source_count, views["deal"].first_reported_iso) == (2, "2030-06-09")
    assert views["deal"].first_reported == "Sun., June 9, 2030"
    assert (views["talks"].source_count, views["rumour"].source_count) == (1, 0)
    assert views["rumour"].first_reported is None
    assert [v.id for v in key_events.key_events(list(views.values()))] == ["deal"]


@pytest.mark.parametrize("mirror", [True, False])
def test_event_page_says_how_widely_it_was_reported(mirror: bool) -> None:
    site = _site(Timeline(SiteConfig(title="T"), (WIDELY, ONCE, NONE)), mirror)
    deal = site["events/deal.html"]
    assert ('<p class="reach">Reported by 2 independent sources, first on '
            '<time datetime="2030-06-09">Sun., June 9, 2030</time>.</p>') in deal
    assert deal.index('class="reach"') < deal.index('<ul class="sources">')
    assert deal.count("<li><cite>") == 3  # every source is listed, the two from Wire too
    assert "Reported by 1 independent source, first on" in site["events/talks.html"]
    assert "Reported by" not in site["events/rumour.html"]


@pytest.mark.parametrize("mirror", [True, False])
def test_key_page_lists_events_with_two_sources_and_every_page_links_to_it(mirror: bool) -> None:
    site = _site(Timeline(SiteConfig(title="T"), (WIDELY, ONCE, NONE)), mirror)
    key = site["key.html"]
    listed = re.findall(r'<li class="event[^"]*" id="([^"]+)"', key)
    assert listed == ["deal"]
    assert "1 of 3 events is reported by 2 or more independent sources." in key
    assert '<span class="reach">2 sources</span>' in key
    assert '<span class="reach">2 sources</span>' in site["index.html"]  # the badge on every listing
    assert 'href="key.html" aria-current="page">Key events</a>' in key
    for path in ("index.html", "tag-x.html" if "tag-x.html" in site else "tags.html", "sources.html"):
        assert '<a href="key.html">Key events</a>' in site[path], path
    assert '<a href="../key.html">Key events</a>' in site["events/deal.html"]


def test_key_page_says_so_when_no_event_has_two_sources() -> None:
    site = _site(Timeline(SiteConfig(title="T"), (ONCE, NONE)))
    assert "No event is reported by 2 or more independent sources yet" in site["key.html"]
    assert '<li class="event' not in site["key.html"]
    assert site["key.html"] == _site(Timeline(SiteConfig(title="T"), (ONCE, NONE)), mirror=False)["key.html"]


def _reported(i: int, day: dt.date, publishers: int) -> Event:
    return Event(id=f"e{i}", when=When.parse(day.isoformat()), title=f"Event {i}", tags=("x",), sources=tuple(
        SourceRef(title=f"Report {j}", publisher=f"P{j}", published=day.isoformat()) for j in range(publishers)))


def test_overview_marks_the_periods_holding_key_events_and_long_lists_are_paged(
        monkeypatch: pytest.MonkeyPatch) -> None:
    start = dt.date(2030, 1, 1)
    # One event a week over two years; the key ones (two publishers) fall in March and October 2030
    # only, and October has the most of them.
    events = [_reported(i, start + dt.timedelta(weeks=i), 1) for i in range(104)]
    for i in (9, 40, 41, 42):
        events[i] = _reported(i, start + dt.timedelta(weeks=i), 2)
    # March is the busiest month of all, with one key event; October has three.
    events += [_reported(200 + i, dt.date(2030, 3, 10 + i), 1) for i in range(6)]
    events.sort(key=lambda e: e.when.start)
    monkeypatch.setattr(views, "PAGE_EVENTS", 3)
    tl = Timeline(SiteConfig(title="T"), tuple(events))
    both = {mirror: _site(tl, mirror) for mirror in (True, False)}
    assert both[True] == both[False]  # the mirror and Jinja, byte for byte, every page
    for site in both.values():
        first, second = site["key.html"], site["key.p2.html"]
        ids = re.findall(r'<li class="event[^"]*" id="([^"]+)"', first + second)
        assert ids == ["e9", "e40", "e41", "e42"]
        assert 'href="key.p2.html"' in first
        peaks = re.findall(r'<li class="ov-l\d+ ov-peak"><a href="[^"]+" title="([^":]+):', first)
        assert peaks == ["March 2030", "October 2030"]
        assert "Months with the most key events: " in first
        text = first[first.index("Months with the most key events"):]
        assert '>October 2030</a> (3 key events), <a href="index.html#_y2030-3">March 2030</a> (1 key event).' \
            in text  # most key events first, counted as such
        # The index keeps its own marks (the busiest months), not the key ones.
        assert "Months with the most key events" not in site["index.html"]
    assert overviews.PEAKS >= 2
