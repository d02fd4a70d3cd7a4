"""Machine-readable views of the same events: JSON, TimelineJS, Atom, iCalendar, sitemap.

Each function takes the :class:`~timeline.site.views.Prepared` data and returns
bytes. None of them reads the clock: where a format insists on a timestamp
(Atom ``updated``, iCalendar ``DTSTAMP``) we use ``SOURCE_DATE_EPOCH`` when set,
else the newest event's own time, so the same input gives the same bytes.
Text is escaped for its format here, never by string concatenation elsewhere.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
import uuid
from collections.abc import Callable, Iterator

# What json.dumps(..., ensure_ascii=False) uses for strings (the C version when available).
from json.encoder import encode_basestring as _json_string
from typing import TYPE_CHECKING, Any

from timeline.model import When
from timeline.provenance import code_fingerprint, library_versions
from timeline.site.environment import JSON
from timeline.site.pieces import PieceExport, context_of

if TYPE_CHECKING:
    from timeline.site.views import EventView, Prepared

# Characters XML 1.0 cannot carry even escaped (C0 controls but tab/CR/LF,
# lone surrogates, U+FFFE/U+FFFF).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """Escape text for XML element content or a double-quoted attribute."""
    text = _XML_INVALID.sub("", str(value))
    return html.escape(text, quote=True)


_JSON = JSON  # (the site's one encoder: timeline/site/environment.py)


def _link(data: Prepared, path: str) -> str:
    """Absolute when a base URL is known, else relative to the site root."""
    return data.base_url + path if data.base_url else path


# ---------------------------------------------------------------------- dates
# ``{d.month:02d}`` goes through the generic formatter for each number; these
# make the same text from table lookups (checked against the format specs in
# ``tests/test_export_speedpaths.py``).
_2D = tuple(f"{i:02d}" for i in range(100))


def _year(y: int) -> str:
    """The year padded to four digits, as ``{y:04d}`` writes it."""
    return str(y) if y >= 1000 else f"{y:04d}"


def _memo_iso() -> Callable[[dt.datetime], str]:
    """``d.isoformat()``, remembering each naive datetime's text: one isoformat
    costs as much as the rest of a date's JSON, and events share dates (one
    event's end is often another's start). One per export."""
    memo: dict[dt.datetime, str] = {}

    def iso(d: dt.datetime) -> str:
        if d.tzinfo is not None:  # aware datetimes equal across zones: never share their text
            return d.isoformat()
        text = memo.get(d)
        if text is None:
            text = memo[d] = d.isoformat()
        return text

    return iso


def _isoformat(d: dt.datetime) -> str:
    return d.isoformat()


# ----------------------------------------------------------------------- JSON
def _json_export(name: str, data: Prepared, make: Callable[[EventView], str], rest: dict[str, Any],
                 *context: object) -> PieceExport:
    """``{"events":[...], **rest}`` (keys sorted, "events" first), one piece per event:
    byte-identical to the whole document encoded at once (tests/export_reference.py), but never
    in memory as one object."""
    assert rest and all(k > "events" for k in rest)
    views = data.events
    return PieceExport('{"events":[', "]," + _JSON.encode(rest)[1:] + "\n", ",", _context(name, data, *context),
                       *data.piece_keys, lambda i: make(views[i]))


def _context(name: str, data: Prepared, *more: object) -> str:
    """What every piece of export ``name`` depends on besides its event (see timeline/site/pieces.py)."""
    versions = library_versions(("markdown", "markupsafe", "nh3"))
    return context_of(name, code_fingerprint(), versions, data.base_url, data.site.timezone, *more)


def events_json_export(data: Prepared) -> PieceExport:
    site = data.site
    q, iso = _memo_value(), _memo_iso()
    return _json_export("events.json", data, lambda v: _event_json(data, v, q, iso), {
        "site": {"title": site.title, "description": site.description, "language": site.language,
                 "timezone": site.timezone, "author": site.author, "base_url": data.base_url or None},
    })


def events_json(data: Prepared) -> Iterator[bytes]:
    """Everything, for other tools: raw Markdown and sanitized HTML side by side."""
    return events_json_export(data).chunks()


def _value(x: object) -> str:
    """One JSON value, as ``_JSON`` writes it (strings are the common case)."""
    if type(x) is str:
        return _json_string(x)
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if type(x) is float and math.isfinite(x):
        return float.__repr__(x)  # what the encoder writes for a finite float
    return _JSON.encode(x)


def _memo_value() -> Callable[[object], str]:
    """:func:`_value`, remembering the text of each string: for values that repeat
    across events (tag names, publishers, source titles, precisions), so each is
    encoded once per export. One per export, so nothing outlives it."""
    memo: dict[str, str] = {}

    def value(x: object) -> str:
        if type(x) is not str:
            return _value(x)
        text = memo.get(x)
        if text is None:
            text = memo[x] = _json_string(x)
        return text

    return value


def _when_text(w: When | None, span: tuple[dt.datetime, dt.datetime] | None = None,
               q: Callable[[object], str] = _value, iso: Callable[[dt.datetime], str] = _isoformat) -> str:
    """``_when_json`` as JSON text; ``q`` and ``iso`` may remember values across events."""
    if w is None:
        return "null"
    start, end = span or (w.start, w.end)
    # isoformat's text never needs JSON escaping: quotes alone make it a JSON string.
    # ``_value_`` is the member's plain string (``str()`` of a StrEnum is a Python call).
    return (f'{{"end":"{iso(end)}","precision":{q(w.precision._value_)},'
            f'"qualifier":{q(w.qualifier)},"start":"{iso(start)}",'
            f'"timezone":{q(w.timezone)},"value":{_value(w.value())}}}')


def _event_json(data: Prepared, v: EventView, q: Callable[[object], str] = _value,
                iso: Callable[[dt.datetime], str] = _isoformat) -> str:
    """``_JSON.encode`` of ``v``'s entry in the events.json format (spelled as data in
    ``tests/export_reference.py``), keys in sorted order,
    built from encoded values rather than a dict the encoder walks again for every event.
    ``tests/test_site_speedpaths.py`` checks the two agree. ``q`` encodes values
    that repeat across events (a :func:`_memo_value`)."""
    e = v.event
    r = _value  # values unique to the event
    media = ",".join([f'{{"alt":{r(m.alt)},"credit":{q(m.credit)},"url":{r(m.url)}}}' for m in v.media])
    sources = ",".join([f'{{"published":{q(s.published)},"publisher":{q(s.publisher)},"quote":{r(s.quote)},'
                        f'"title":{q(s.title)},"url":{r(s.url)}}}' for s in v.sources])
    tags = ",".join([q(t.name) for t in v.tags])
    body = r(e.body)
    span = (v.local_start, v.sort_key.end) if v.local_start else None  # the interval, as the listings place it
    return (f'{{"body":{body},"body_html":{body_json(v, body)},"confidence":{r(e.confidence)},'
            f'"date":{_when_text(v.when, span, q, iso)},"display":{r(v.date)},"draft":{r(e.draft)},'
            f'"end":{_when_text(v.end, None, q, iso)},"end_display":{r(v.end_date)},"id":{r(v.id)},"media":[{media}],'
            f'"salience":{{"first_reported":{q(v.first_reported_iso)},"sources":{v.source_count}}},'
            f'"sources":[{sources}],"status":{q(e.status)},"tags":[{tags}],"title":{r(v.title)},'
            f'"url":{r(_link(data, v.url))}}}')


def body_json(v: EventView, raw: str | None = None) -> str:
    """``_json_string(str(v.body))``, made once per view and process (events.json and
    timelinejs.json both carry it, so it is escaped once).

    ``raw``, the JSON of the Markdown source when the caller has it, gives it for
    nothing when the HTML is that source in one ``<p>`` (plain prose of one
    paragraph, the usual body): JSON escapes character by character, and
    ``<p>``, ``</p>`` need none.
    """
    text = v._body_json
    if text is None:
        html, source = str(v.body), v.event.body
        if (raw is not None and len(html) == len(source) + 7 and html.startswith("<p>")
                and html.endswith("</p>") and html.startswith(source, 3)):
            text = f'"<p>{raw[1:-1]}</p>"'
        else:
            text = _json_string(html)
        v._body_json = text
    return text


def timelinejs_export(data: Prepared) -> PieceExport:
    title = {"text": {"headline": html.escape(data.site.title), "text": html.escape(data.site.description)}}
    escaped: dict[str, str] = {}  # html.escape of tag names and source titles, which repeat
    return _json_export("timelinejs.json", data, lambda v: _timelinejs_event(v, escaped), {"title": title})


def timelinejs_json(data: Prepared) -> Iterator[bytes]:
    """Knight Lab TimelineJS3 data; headline and text are HTML there, so escaped/sanitized."""
    return timelinejs_export(data).chunks()


def _escaped(memo: dict[str, str], text: str) -> str:
    """``html.escape(text)``, looked up in ``memo`` first."""
    out = memo.get(text)
    if out is None:
        out = memo[text] = html.escape(text)
    return out


def timelinejs_text(v: EventView, escaped: dict[str, str] | None = None) -> str:
    return str(v.body) + _timelinejs_cites(v, escaped)


def _timelinejs_cites(v: EventView, escaped: dict[str, str] | None = None) -> str:
    """The paragraph of sources that follows the body in a TimelineJS slide's text."""
    if not v.sources:
        return ""
    memo = {} if escaped is None else escaped
    cites = ", ".join([
        f'<a href="{html.escape(s.url)}">{_escaped(memo, s.title)}</a>' if s.url else _escaped(memo, s.title)
        for s in v.sources
    ])
    return f"<p>Sources: {cites}</p>"


def _tl_date_text(w: When, display: str, start: dt.datetime | None = None) -> str:
    """A TimelineJS date (spelled as data in ``tests/export_reference.py``) as JSON, keys in sorted order."""
    s = start or w.start
    day = f'"day":{s.day},' if w.day is not None or w.week is not None else ""
    time = f',"hour":{s.hour},"minute":{s.minute}' if w.has_time else ""
    month = f',"month":{s.month}' if w.precision.rank > 2 else ""
    return f'{{{day}"display_date":{_value(display)}{time}{month},"year":{s.year}}}'


def _timelinejs_event(v: EventView, escaped: dict[str, str] | None = None) -> str:
    """``_JSON.encode`` of ``v``'s TimelineJS entry (spelled as data in ``tests/export_reference.py``), built directly
    like :func:`_event_json` (checked against it in ``tests/test_site_speedpaths.py``).
    ``escaped`` remembers escaped tag names and source titles across events."""
    q = _value
    memo = {} if escaped is None else escaped
    end = f'"end_date":{_tl_date_text(v.end, v.end_date or "")},' if v.end is not None else ""
    # The slide's text is the body and its sources: JSON of the two, joined inside one string.
    text = body_json(v)
    cites = _timelinejs_cites(v, memo)
    if cites:
        text = text[:-1] + _json_string(cites)[1:]
    group = f'"group":{q(_escaped(memo, v.tags[0].name))},' if v.tags else ""
    media = ""
    if v.media:
        m = v.media[0]
        media = (f'"media":{{"caption":{q(html.escape(m.alt))},"credit":{q(html.escape(m.credit or ""))},'
                 f'"url":{q(m.url)}}},')
    return (f'{{{end}{group}{media}"start_date":{_tl_date_text(v.when, v.date, v.local_start)},'
            f'"text":{{"headline":{q(html.escape(v.title))},"text":{text}}},'
            f'"unique_id":{q(v.id)}}}')


# ----------------------------------------------------------------------- Atom
def _instant(v: EventView, tz: str | None) -> dt.datetime:
    return v.sort_key.start_utc  # in the site's zone tz


def build_time(data: Prepared) -> dt.datetime:
    """The one timestamp formats require: SOURCE_DATE_EPOCH, else the newest event."""
    if data.epoch is not None:
        return dt.datetime.fromtimestamp(data.epoch, dt.UTC).replace(tzinfo=None)
    # The newest start is the last event's: events are in timeline order, by sort keys that begin with it.
    return _instant(data.events[-1], data.site.timezone or None) if data.events else dt.datetime(1970, 1, 1)


def _rfc3339(t: dt.datetime) -> str:
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}Z"


def _urn(*parts: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "timeline:" + ":".join(parts)))


def atom_feed(data: Prepared, size: int) -> bytes:
    """Atom 1.0 with the newest ``size`` events (by event date, newest first)."""
    site = data.site
    tz = site.timezone or None
    # The events are in timeline order, by sort_key then id (see views.prepare), so the
    # newest are the last ones, reversed.
    newest = data.events[-size:][::-1] if size > 0 else []
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


def ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma, newline.

    ``str.isprintable`` (C, no regex) rules out every control character at
    once, so most text takes the first branch and skips a regex scan that would
    cost as much as all the rest of its event's line.
    """
    if not value.isprintable():  # controls (or other non-printables): the careful path
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if not value.replace("\n", "").isprintable():
            value = _ICS_CONTROL.sub("", value)
        if "\n" in value:
            value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            return value.replace("\n", "\\n")
    return _ics_escape(value)


def _ics_escape(value: str) -> str:
    """Backslash, semicolon and comma escaped, for text with no line break or control."""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if ";" in value:
        value = value.replace(";", "\\;")
    if "," in value:
        value = value.replace(",", "\\,")
    return value


def _ics_description(summary: str, sources: list[Any]) -> str | None:
    """``ics_text`` of the summary and its sources, stripped: the DESCRIPTION value
    (None when there is no text: no DESCRIPTION line, while text that escapes
    to nothing still gets an empty one).

    Spelled out, that is ``ics_text((summary + "\\n\\nSources: " + cites).strip())``,
    whose own newlines send every description down ics_text's careful path
    (two scans of the whole text for control characters). ics_text works
    character by character once CR/LF pairs are settled, so a printable summary
    (no CR, no control, nothing ``strip`` removes but spaces) is escaped on its
    own and the short sources part on its own, with the same result.
    """
    if not sources:
        text = summary.strip()
        return ics_text(text) if text else None
    cites = "; ".join([f"{s.title} <{s.url}>" if s.url else s.title for s in sources])
    tail = cites.rstrip()
    if summary and tail and summary[0] != " " and summary.isprintable():
        return _ics_escape(summary) + "\\n\\nSources: " + ics_text(tail)
    text = (summary + "\n\nSources: " + cites).strip()
    return ics_text(text) if text else None


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    if len(line) <= 18:  # at most 4 bytes a character
        return line
    if line.isascii():  # one byte a character: cut the text itself
        if len(line) <= 75:
            return line
        return "\r\n ".join([line[:75], *[line[i:i + 74] for i in range(75, len(line), 74)]])
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
    return f"{_year(d.year)}{_2D[d.month]}{_2D[d.day]}"


def _ics_datetime(d: dt.datetime, utc: bool) -> str:
    t = _2D
    return f"{_year(d.year)}{t[d.month]}{t[d.day]}T{t[d.hour]}{t[d.minute]}{t[d.second]}{'Z' if utc else ''}"


def _ics_times(w: When, end: When | None, tz: str | None,
               span: tuple[dt.datetime, dt.datetime] | None = None) -> str:
    """DTSTART/DTEND lines (CRLF between): all-day spans (exclusive end) unless the value has a time.

    ``span`` is ``(w.start, w.end)`` when the caller has it already.
    """
    if not w.has_time:
        first, last = span or (w.start, w.end)
        if end is not None:
            last = end.end
            if end.has_time:
                last = end.start.replace(hour=0, minute=0, second=0) + dt.timedelta(days=1)
        return f"DTSTART;VALUE=DATE:{_ics_date(first)}\r\nDTEND;VALUE=DATE:{_ics_date(last)}"
    known = w.utc_offset is not None or bool(tz)
    start = w.start_utc(tz) if known else w.start
    text = f"DTSTART:{_ics_datetime(start, known)}"
    if end is not None and end.has_time:
        e_known = end.utc_offset is not None or bool(tz)
        stop = end.start_utc(tz) if e_known else end.start
        if stop > start:
            text += f"\r\nDTEND:{_ics_datetime(stop, e_known and known)}"
    return text


def icalendar(data: Prepared) -> bytes:
    """RFC 5545 calendar of every event, CRLF line ends, folded lines."""
    return b"".join(icalendar_chunks(data))


def icalendar_chunks(data: Prepared) -> Iterator[bytes]:
    """:func:`icalendar` in chunks (for 100k events, ~100 MB of small strings at once)."""
    return icalendar_export(data).chunks()


def icalendar_export(data: Prepared) -> PieceExport:
    """:func:`icalendar`, one piece per event (its CRLF and VEVENT): one f-string rather
    than a list of lines, and each tag's escaped name computed once."""
    site = data.site
    tz = site.timezone or None
    host = re.sub(r"^https?://", "", data.base_url).split("/", 1)[0] or "timeline.invalid"
    uid_host = ics_text(host)
    # Fixed-format lines (BEGIN, DTSTAMP, DTSTART/DTEND, STATUS, END) are short ASCII: never folded.
    stamp = f"\r\nDTSTAMP:{_ics_datetime(build_time(data), True)}\r\n"
    url = f"URL:{data.base_url}" if data.base_url else ""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_text(site.title)}"]
    tag_text: dict[str, str] = {}
    views = data.events

    def vevent(i: int) -> str:
        v = views[i]
        desc = _ics_description(v.summary, v.sources)
        span = (v.local_start, v.sort_key.end) if v.local_start else None
        ev = (f"\r\nBEGIN:VEVENT\r\n{fold(f'UID:{v.id}@{uid_host}')}{stamp}{_ics_times(v.when, v.end, tz, span)}"
              f"\r\n{fold('SUMMARY:' + ics_text(v.title))}")
        if desc is not None:
            ev += "\r\n" + fold("DESCRIPTION:" + desc)
        if url:
            ev += "\r\n" + fold(url + v.url)
        if v.tags:
            names = []
            for t in v.tags:
                name = tag_text.get(t.name)
                if name is None:
                    name = tag_text[t.name] = ics_text(t.name)
                names.append(name)
            ev += "\r\n" + fold("CATEGORIES:" + ",".join(names))
        if v.status == "extracted":
            ev += "\r\nSTATUS:TENTATIVE"
        return ev + "\r\nEND:VEVENT"

    return PieceExport("\r\n".join(fold(line) for line in lines), "\r\nEND:VCALENDAR\r\n", "",
                       _context("events.ics", data, uid_host, stamp, url), *data.piece_keys, vevent)


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
