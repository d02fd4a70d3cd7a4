"""The export formats spelled as data: the reference the exports' direct encoders are checked
against (tests/test_site_speedpaths.py). Test code, not shipped with the package."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from typing import Any

from timeline.model import When
from timeline.site.exports import _JSON, _link, timelinejs_text
from timeline.site.views import Prepared


def dumps(value: Any) -> bytes:
    return _JSON.encode(value).encode("utf-8") + b"\n"


def _when_json(w: When | None, span: tuple[dt.datetime, dt.datetime] | None = None) -> dict[str, Any] | None:
    if w is None:
        return None
    start, end = span or (w.start, w.end)
    return {"value": w.value(), "precision": str(w.precision), "qualifier": w.qualifier,
            "timezone": w.timezone, "start": start.isoformat(), "end": end.isoformat()}


def event_items(data: Prepared) -> Iterator[dict[str, Any]]:
    """The events.json format, spelled as data (what ``exports._event_json`` writes directly)."""
    for v in data.events:
        e = v.event
        yield {
            "id": v.id, "url": _link(data, v.url), "title": v.title,
            "date": _when_json(v.when, (v.local_start, v.sort_key.end) if v.local_start else None), "end": _when_json(v.end),
            "display": v.date, "end_display": v.end_date,
            "body": e.body, "body_html": str(v.body),
            "tags": [t.name for t in v.tags],
            "sources": [{"title": s.title, "url": s.url, "publisher": s.publisher,
                         "published": s.published, "quote": s.quote} for s in v.sources],
            "media": [{"url": m.url, "alt": m.alt, "credit": m.credit} for m in v.media],
            # How widely it was reported (timeline.salience): independent sources, first report.
            "salience": {"sources": v.source_count, "first_reported": v.first_reported_iso},
            "status": e.status, "confidence": e.confidence, "draft": e.draft,
        }


def _tl_date(w: When, display: str, start: dt.datetime | None = None) -> dict[str, Any]:
    s = start or w.start
    d: dict[str, Any] = {"year": s.year, "display_date": display}
    if w.precision.rank > 2:  # finer than a year: TimelineJS wants month/day where known
        d["month"] = s.month
    if w.day is not None or w.week is not None:
        d["day"] = s.day
    if w.has_time:
        d["hour"] = s.hour
        d["minute"] = s.minute
    return d


def timelinejs_items(data: Prepared) -> Iterator[dict[str, Any]]:
    """The TimelineJS format spelled as data (what ``exports._timelinejs_event`` writes directly)."""
    for v in data.events:
        text = timelinejs_text(v)
        item: dict[str, Any] = {
            "unique_id": v.id,
            "start_date": _tl_date(v.when, v.date, v.local_start),
            "text": {"headline": html.escape(v.title), "text": text},
        }
        if v.end is not None:
            item["end_date"] = _tl_date(v.end, v.end_date or "")
        if v.media:
            m = v.media[0]
            item["media"] = {"url": m.url, "caption": html.escape(m.alt), "credit": html.escape(m.credit or "")}
        if v.tags:
            item["group"] = html.escape(v.tags[0].name)
        yield item
