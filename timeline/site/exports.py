"""Machine-readable views of the same events: JSON, TimelineJS, Atom, iCalendar, sitemap.

Each function takes the :class:`~timeline.site.render.Prepared` data and returns
bytes. None of them reads the clock: where a format insists on a timestamp
(Atom ``updated``, iCalendar ``DTSTAMP``) we use ``SOURCE_DATE_EPOCH`` when set,
else the newest event's own time, so the same input gives the same bytes.
Text is escaped for its format here, never by string concatenation elsewhere.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import uuid
from collections.abc import Iterator

# What json.dumps(..., ensure_ascii=False) uses for strings (the C version when available).
from json.encoder import encode_basestring as _json_string
from typing import TYPE_CHECKING, Any

from timeline.model import When

if TYPE_CHECKING:
    from timeline.site.render import EventView, Prepared

# Characters XML 1.0 cannot carry even escaped (C0 controls but tab/CR/LF,
# lone surrogates, U+FFFE/U+FFFF).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """Escape text for XML element content or a double-quoted attribute."""
    text = _XML_INVALID.sub("", str(value))
    return html.escape(text, quote=True)


#: One encoder for every export (``json.dumps`` with options builds a new one per call).
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _dumps(value: Any) -> bytes:
    return _JSON.encode(value).encode("utf-8") + b"\n"


def _link(data: Prepared, path: str) -> str:
    """Absolute when a base URL is known, else relative to the site root."""
    return data.base_url + path if data.base_url else path


# ----------------------------------------------------------------------- JSON
def _when_json(w: When | None, span: tuple[dt.datetime, dt.datetime] | None = None) -> dict[str, Any] | None:
    if w is None:
        return None
    start, end = span or (w.start, w.end)
    return {"value": w.value(), "precision": str(w.precision), "qualifier": w.qualifier,
            "timezone": w.timezone, "start": start.isoformat(), "end": end.isoformat()}


def _stream(events: Iterator[dict[str, Any] | str], rest: dict[str, Any]) -> Iterator[bytes]:
    """``{"events":[...], **rest}`` as JSON chunks, a few hundred events at a time.

    Byte-identical to ``_dumps`` of the whole document (keys sorted, "events"
    first), but a 100k-event export never sits in memory as one object. Items
    are dicts, or their JSON text already.
    """
    assert all(k > "events" for k in rest)
    yield b'{"events":['
    encode = _JSON.encode
    batch: list[str] = []
    sep = ""
    for item in events:
        batch.append(item if isinstance(item, str) else encode(item))
        if len(batch) == 500:  # a few hundred KB per chunk: fewer, bigger writes
            yield (sep + ",".join(batch)).encode("utf-8")
            batch, sep = [], ","
    if batch:
        yield (sep + ",".join(batch)).encode("utf-8")
    tail = encode(rest)
    yield ("]," + tail[1:] + "\n").encode("utf-8") if rest else b"]}\n"


def events_json(data: Prepared) -> Iterator[bytes]:
    """Everything, for other tools: raw Markdown and sanitized HTML side by side."""
    site = data.site
    return _stream((_event_json(data, v) for v in data.events), {
        "site": {"title": site.title, "description": site.description, "language": site.language,
                 "timezone": site.timezone, "author": site.author, "base_url": data.base_url or None},
    })


def _event_items(data: Prepared) -> Iterator[dict[str, Any]]:
    """The events.json format, spelled as data (what :func:`_event_json` writes directly)."""
    for v in data.events:
        e = v.event
        yield {
            "id": v.id, "url": _link(data, v.url), "title": v.title,
            "date": _when_json(v.when, v.span), "end": _when_json(v.end),
            "display": v.date, "end_display": v.end_date,
            "body": e.body, "body_html": str(v.body),
            "tags": [t.name for t in v.tags],
            "sources": [{"title": s.title, "url": s.url, "publisher": s.publisher,
                         "published": s.published, "quote": s.quote} for s in v.sources],
            "media": [{"url": m.url, "alt": m.alt, "credit": m.credit} for m in v.media],
            "status": e.status, "confidence": e.confidence, "draft": e.draft,
        }


def _value(x: object) -> str:
    """One JSON value, as ``_JSON`` writes it (strings are the common case)."""
    if type(x) is str:
        return _json_string(x)
    if x is None:
        return "null"
    return _JSON.encode(x)


def _when_text(w: When | None, span: tuple[dt.datetime, dt.datetime] | None = None) -> str:
    if w is None:
        return "null"
    start, end = span or (w.start, w.end)
    return (f'{{"end":{_json_string(end.isoformat())},"precision":{_value(str(w.precision))},'
            f'"qualifier":{_value(w.qualifier)},"start":{_json_string(start.isoformat())},'
            f'"timezone":{_value(w.timezone)},"value":{_value(w.value())}}}')


def _event_json(data: Prepared, v: EventView) -> str:
    """``_JSON.encode`` of the :func:`_event_items` entry for ``v``, keys in sorted order,
    built from encoded values: a third of the cost of building the dict and encoding it.
    ``tests/test_site_speedpaths.py`` checks the two agree."""
    e = v.event
    q = _value
    media = ",".join(f'{{"alt":{q(m.alt)},"credit":{q(m.credit)},"url":{q(m.url)}}}' for m in v.media)
    sources = ",".join(f'{{"published":{q(s.published)},"publisher":{q(s.publisher)},"quote":{q(s.quote)},'
                       f'"title":{q(s.title)},"url":{q(s.url)}}}' for s in v.sources)
    tags = ",".join([q(t.name) for t in v.tags])
    return (f'{{"body":{q(e.body)},"body_html":{q(str(v.body))},"confidence":{q(e.confidence)},'
            f'"date":{_when_text(v.when, v.span)},"display":{q(v.date)},"draft":{q(e.draft)},'
            f'"end":{_when_text(v.end)},"end_display":{q(v.end_date)},"id":{q(v.id)},"media":[{media}],'
            f'"sources":[{sources}],"status":{q(e.status)},"tags":[{tags}],"title":{q(v.title)},'
            f'"url":{q(_link(data, v.url))}}}')


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


def timelinejs_json(data: Prepared) -> Iterator[bytes]:
    """Knight Lab TimelineJS3 data; headline and text are HTML there, so escaped/sanitized."""
    title = {"text": {"headline": html.escape(data.site.title), "text": html.escape(data.site.description)}}
    return _stream((_timelinejs_event(v) for v in data.events), {"title": title})


def _timelinejs_text(v: EventView) -> str:
    text = str(v.body)
    if v.sources:
        cites = ", ".join(
            f'<a href="{html.escape(s.url)}">{html.escape(s.title)}</a>' if s.url else html.escape(s.title)
            for s in v.sources
        )
        text += f"<p>Sources: {cites}</p>"
    return text


def _tl_date_text(w: When, display: str, start: dt.datetime | None = None) -> str:
    """``_JSON.encode(_tl_date(w, display, start))``, keys in sorted order."""
    s = start or w.start
    day = f'"day":{s.day},' if w.day is not None or w.week is not None else ""
    time = f',"hour":{s.hour},"minute":{s.minute}' if w.has_time else ""
    month = f',"month":{s.month}' if w.precision.rank > 2 else ""
    return f'{{{day}"display_date":{_value(display)}{time}{month},"year":{s.year}}}'


def _timelinejs_event(v: EventView) -> str:
    """``_JSON.encode`` of the :func:`_timelinejs_items` entry for ``v``, built directly
    like :func:`_event_json` (checked against it in ``tests/test_site_speedpaths.py``)."""
    q = _value
    out = []
    if v.end is not None:
        out.append(f'"end_date":{_tl_date_text(v.end, v.end_date or "")}')
    if v.tags:
        out.append(f'"group":{q(html.escape(v.tags[0].name))}')
    if v.media:
        m = v.media[0]
        out.append(f'"media":{{"caption":{q(html.escape(m.alt))},"credit":{q(html.escape(m.credit or ""))},'
                   f'"url":{q(m.url)}}}')
    out.append(f'"start_date":{_tl_date_text(v.when, v.date, v.span[0] if v.span else None)}')
    out.append(f'"text":{{"headline":{q(html.escape(v.title))},"text":{q(_timelinejs_text(v))}}}')
    out.append(f'"unique_id":{q(v.id)}')
    return "{" + ",".join(out) + "}"


def _timelinejs_items(data: Prepared) -> Iterator[dict[str, Any]]:
    """The TimelineJS format spelled as data (what :func:`_timelinejs_event` writes directly)."""
    for v in data.events:
        text = _timelinejs_text(v)
        item: dict[str, Any] = {
            "unique_id": v.id,
            "start_date": _tl_date(v.when, v.date, v.span[0] if v.span else None),
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


# ----------------------------------------------------------------------- Atom
def _instant(v: EventView, tz: str | None) -> dt.datetime:
    # The sort key starts with when.sort_key(tz), whose first item is start_utc(tz).
    return v.sort_key[0][0]


def build_time(data: Prepared) -> dt.datetime:
    """The one timestamp formats require: SOURCE_DATE_EPOCH, else the newest event."""
    if data.epoch is not None:
        return dt.datetime.fromtimestamp(data.epoch, dt.UTC).replace(tzinfo=None)
    tz = data.site.timezone or None
    return max((_instant(v, tz) for v in data.events), default=dt.datetime(1970, 1, 1))


def _rfc3339(t: dt.datetime) -> str:
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}Z"


def _urn(*parts: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "timeline:" + ":".join(parts)))


def atom_feed(data: Prepared, size: int) -> bytes:
    """Atom 1.0 with the newest ``size`` events (by event date, newest first)."""
    site = data.site
    tz = site.timezone or None
    newest = sorted(data.events, key=lambda v: v.sort_key, reverse=True)[:size]
    feed_id = data.base_url or _urn(site.title)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{xml_text(site.language or "en")}">',
        f"  <title>{xml_text(site.title)}</title>",
    ]
    if site.description:
        lines.append(f"  <subtitle>{xml_text(site.description)}</subtitle>")
    lines += [
        f"  <id>{xml_text(feed_id)}</id>",
        f"  <updated>{_rfc3339(build_time(data))}</updated>",
        f"  <author><name>{xml_text(site.author or site.title)}</name></author>",
        f'  <link rel="alternate" type="text/html" href="{xml_text(_link(data, "index.html"))}"/>',
        f'  <link rel="self" type="application/atom+xml" href="{xml_text(_link(data, "feed.xml"))}"/>',
        "  <generator>timeline</generator>",
    ]
    for v in newest:
        content = str(v.body)
        lines += [
            "  <entry>",
            f"    <title>{xml_text(v.title)}</title>",
            f"    <id>{xml_text(_link(data, v.url) if data.base_url else _urn(site.title, v.id))}</id>",
            f"    <updated>{_rfc3339(_instant(v, tz))}</updated>",
            f'    <link rel="alternate" type="text/html" href="{xml_text(_link(data, v.url))}"/>',
            f"    <summary>{xml_text(v.date)}</summary>",
        ]
        lines += [f'    <category term="{xml_text(t.name)}"/>' for t in v.tags]
        if content:
            lines.append(f'    <content type="html">{xml_text(content)}</content>')
        lines.append("  </entry>")
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


# ----------------------------------------------------------------- iCalendar
_ICS_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
#: Anything ics_text would change (controls incl. CR/LF, backslash, semicolon, comma).
_ICS_SPECIAL = re.compile("[\x00-\x1f\x7f\\\\;,]")


def ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma, newline."""
    if _ICS_SPECIAL.search(value) is None:
        return value
    value = _ICS_CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    if len(line) <= 18 or (len(line) <= 75 and line.isascii()):  # at most 4 bytes a character
        return line
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[bytes] = []
    start, limit = 0, 75
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:  # never cut inside a multi-byte character
            cut -= 1
        parts.append(raw[start:cut])
        start, limit = cut, 74  # continuation lines begin with one space
    parts.append(raw[start:])
    return b"\r\n ".join(parts).decode("utf-8")


def _ics_date(d: dt.datetime) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _ics_datetime(d: dt.datetime, utc: bool) -> str:
    return f"{_ics_date(d)}T{d.hour:02d}{d.minute:02d}{d.second:02d}" + ("Z" if utc else "")


def _ics_times(w: When, end: When | None, tz: str | None,
               span: tuple[dt.datetime, dt.datetime] | None = None) -> list[str]:
    """DTSTART/DTEND: all-day spans (exclusive end) unless the value has a time.

    ``span`` is ``(w.start, w.end)`` when the caller has it already.
    """
    if not w.has_time:
        first, last = span or (w.start, w.end)
        if end is not None:
            last = end.end
        if end is not None and end.has_time:
            last = end.start.replace(hour=0, minute=0, second=0) + dt.timedelta(days=1)
        return [f"DTSTART;VALUE=DATE:{_ics_date(first)}", f"DTEND;VALUE=DATE:{_ics_date(last)}"]
    known = w.utc_offset is not None or bool(tz)
    start = w.start_utc(tz) if known else w.start
    lines = [f"DTSTART:{_ics_datetime(start, known)}"]
    if end is not None and end.has_time:
        e_known = end.utc_offset is not None or bool(tz)
        stop = end.start_utc(tz) if e_known else end.start
        if stop > start:
            lines.append(f"DTEND:{_ics_datetime(stop, e_known and known)}")
    return lines


def icalendar(data: Prepared) -> bytes:
    """RFC 5545 calendar of every event, CRLF line ends, folded lines."""
    return b"".join(icalendar_chunks(data))


def icalendar_chunks(data: Prepared) -> Iterator[bytes]:
    """:func:`icalendar` a few hundred events at a time, as the site build writes it:
    for 100k events the whole text would be ~100 MB of small strings at once."""
    site = data.site
    tz = site.timezone or None
    host = re.sub(r"^https?://", "", data.base_url).split("/", 1)[0] or "timeline.invalid"
    stamp = _ics_datetime(build_time(data), True)
    uid_host = ics_text(host)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_text(site.title)}"]
    out = ["\r\n".join(fold(line) for line in lines)]
    for v in data.events:
        desc = v.summary
        if v.sources:
            desc += "\n\nSources: " + "; ".join(s.title + (f" <{s.url}>" if s.url else "") for s in v.sources)
        # Fixed-format lines (BEGIN, DTSTAMP, DTSTART/DTEND, STATUS, END) are short ASCII: never folded.
        ev = ["BEGIN:VEVENT", fold(f"UID:{v.id}@{uid_host}"), f"DTSTAMP:{stamp}",
              *_ics_times(v.when, v.end, tz, v.span), fold(f"SUMMARY:{ics_text(v.title)}")]
        if desc.strip():
            ev.append(fold(f"DESCRIPTION:{ics_text(desc.strip())}"))
        if data.base_url:
            ev.append(fold(f"URL:{data.base_url}{v.url}"))
        if v.tags:
            ev.append(fold("CATEGORIES:" + ",".join([ics_text(t.name) for t in v.tags])))
        if v.status == "extracted":
            ev.append("STATUS:TENTATIVE")
        ev.append("END:VEVENT")
        out.append("\r\n".join(ev))
        if len(out) >= 500:
            yield ("\r\n".join(out) + "\r\n").encode("utf-8")
            out = []
    out.append("END:VCALENDAR\r\n")
    yield "\r\n".join(out).encode("utf-8")


# ------------------------------------------------------------ sitemap, robots
def sitemap(data: Prepared, paths: list[str]) -> bytes:
    """Sitemaps need absolute URLs, so without a base URL the list stays empty."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    if data.base_url:
        for p in paths:
            if p.endswith(".html") and p != "404.html":
                loc = data.base_url + ("" if p == "index.html" else p)
                lines.append(f"  <url><loc>{xml_text(loc)}</loc></url>")
    else:
        lines.append("  <!-- set base_url in site.yaml or pass a base URL to the build to list pages -->")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(data: Prepared) -> bytes:
    text = "User-agent: *\nAllow: /\n"
    if data.base_url:
        text += f"Sitemap: {data.base_url}sitemap.xml\n"
    return text.encode("utf-8")


def event_jsonld(v: EventView, canonical: str | None) -> dict[str, Any]:
    """schema.org Event for one permalink page (escaped by the ``jsonld`` filter)."""
    doc: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "Event", "name": v.title,
        "startDate": v.datetime, "description": v.summary or v.title,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }
    if v.end_datetime:
        doc["endDate"] = v.end_datetime
    if canonical:
        doc["url"] = canonical
    if v.tags:
        doc["keywords"] = ", ".join(t.name for t in v.tags)
    cites = [{"@type": "CreativeWork", "name": s.title, **({"url": s.url} if s.url else {}),
              **({"publisher": {"@type": "Organization", "name": s.publisher}} if s.publisher else {})}
             for s in v.sources]
    if cites:
        doc["subjectOf"] = cites
    return doc
