"""Events files: one event mapping or a list of them, validated field by field.

The field order here is THE documented order: the writer emits keys in it and
the JSON Schema lists them in it.

Two ways lead to the same events. :func:`simple_events` (no libyaml, only
the checks a valid event needs) reads the common file about twice as fast;
any file it does not fully accept, because of its layout or because something
in it is wrong or unusual, is composed by libyaml and checked field by field
in :func:`parse_event`, which words every error. Measured on 10,000 benchmark
events (benchmarks/build.py): loading took ~40% less CPU time than with
libyaml and the checks alone.
"""

from __future__ import annotations

from yaml.nodes import Node, SequenceNode

from timeline.errors import DateError, TimelineError
from timeline.model import QUALIFIERS, Event, Location, Media, SourceRef, When, zone
from timeline.store.fields import Checker, parse_when, url_problem
from timeline.store.ids import ID_RE, MAX_ID_LENGTH, WINDOWS_RESERVED, derive_id, id_problem
from timeline.store.yamlfile import _NULL, YamlText, compose, gc_paused, read_simple

EVENT_KEYS = ("id", "date", "end", "qualifier", "timezone", "title", "body", "tags",
              "sources", "media", "status", "confidence", "draft")
SOURCE_KEYS = ("title", "url", "publisher", "published", "quote")
MEDIA_KEYS = ("url", "alt", "credit")
STATUSES = ("extracted", "reviewed")


def parse_events(source: YamlText, ordered: bool = True) -> tuple[list[Event], list[TimelineError]]:
    """All valid events of one file and every problem found in it.

    An empty file is an error (a person who empties a file by accident should
    hear about it); an explicit empty list ``[]`` is a file with no events.
    The whole file is read with the garbage collector paused (see
    :func:`gc_paused`): its node tree stays alive until the last event is read.
    ``ordered`` as for :func:`simple_events`.
    """
    with gc_paused():
        return _parse_events(source, ordered)


def _parse_events(source: YamlText, ordered: bool = True) -> tuple[list[Event], list[TimelineError]]:
    fast = simple_events(source, ordered=ordered)
    if fast is not None:
        return fast, []
    try:
        root = compose(source)
    except TimelineError as exc:
        return [], [exc]
    check = Checker(source.path)
    if root is None:
        check.errors.append(TimelineError("empty file: expected an event (a mapping) or a list of events",
                                          source.path, 1, 1))
        return [], check.errors
    items = root.value if isinstance(root, SequenceNode) else [root]
    events = [e for e in (parse_event(node, check) for node in items) if e is not None]
    return events, check.errors


def parse_event(node: Node, check: Checker) -> Event | None:
    """One event mapping to an :class:`Event` (``None`` when it has errors)."""
    before = len(check.errors)
    f = check.mapping(node, "event", EVENT_KEYS)
    if not f and before != len(check.errors):
        return None
    value = {key: pair[1] for key, pair in f.items()}
    tz = check.timezone(value.get("timezone"), "timezone")
    qualifier = check.choice(value.get("qualifier"), "qualifier", QUALIFIERS)
    date_node = check.require(f, "date", "event", node)
    when = check.when(date_node, "date", tz, qualifier)
    end = check.when(value.get("end"), "end", tz)
    if when is not None and end is not None and end.start_utc(tz) < when.start_utc(tz):
        check.add(f"end {end.value()} is before date {when.value()}", value["end"])
    title_node = check.require(f, "title", "event", node)
    title = check.text(title_node, "title", required=True)
    event_id = _event_id(check, value.get("id"), when, title)
    fields = {
        "body": check.text(value.get("body"), "body") or "",
        "tags": check.text_list(value.get("tags"), "tags"),
        "sources": _sources(check, value.get("sources")),
        "media": _media(check, value.get("media")),
        "status": check.choice(value.get("status"), "status", STATUSES),
        "confidence": check.number(value.get("confidence"), "confidence", 0, 1),
        "draft": bool(check.boolean(value.get("draft"), "draft")),
    }
    if len(check.errors) != before or when is None or title is None or event_id is None:
        return None
    mark = node.start_mark
    return Event(id=event_id, when=when, title=title.strip(), end=end,
                 location=Location(check.path, mark.line + 1, mark.column + 1), **fields)


def _event_id(check: Checker, node: Node | None, when: When | None, title: str | None) -> str | None:
    """The explicit id if safe, else one derived from date and title."""
    explicit = check.text(node, "id")
    if explicit is not None:
        # id_problem also slugifies a suggestion; a well-formed id needs none.
        well_formed = len(explicit) <= MAX_ID_LENGTH and ID_RE.fullmatch(explicit) and explicit not in WINDOWS_RESERVED
        problem = None if well_formed else id_problem(explicit)
        if problem:
            check.add(problem, node)
            return None
        return explicit
    if when is None or title is None:
        return None
    return derive_id(when, title)


def _sources(check: Checker, node: Node | None) -> tuple[SourceRef, ...]:
    refs = []
    for i, item in check.mappings(node, "sources"):
        what = f"sources[{i}]"
        f = {k: pair[1] for k, pair in check.mapping(item, what, SOURCE_KEYS).items()}
        published = f.get("published")
        when = check.when(published, f"{what}.published")
        refs.append(SourceRef(
            title=_strip(check.text(f.get("title"), f"{what}.title")),
            url=check.url(f.get("url"), f"{what}.url"),
            publisher=_strip(check.text(f.get("publisher"), f"{what}.publisher")),
            published=when.value() if when is not None else None,
            quote=check.text(f.get("quote"), f"{what}.quote"),
        ))
    return tuple(refs)


def _media(check: Checker, node: Node | None) -> tuple[Media, ...]:
    items = []
    for i, item in check.mappings(node, "media"):
        what = f"media[{i}]"
        pairs = check.mapping(item, what, MEDIA_KEYS)
        f = {k: pair[1] for k, pair in pairs.items()}
        url_node = check.require(pairs, "url", what, item) if pairs else None
        url = check.url(url_node, f"{what}.url", required=True)
        if url is not None:
            items.append(Media(url=url, alt=(check.text(f.get("alt"), f"{what}.alt") or "").strip(),
                               credit=_strip(check.text(f.get("credit"), f"{what}.credit"))))
    return tuple(items)


def _strip(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


# ------------------------------------------------------------- fast path
_ITEM_KEYS = {"sources": frozenset(SOURCE_KEYS), "media": frozenset(MEDIA_KEYS)}
_EVENT_KEY_SET = frozenset(EVENT_KEYS)
_BOOL, _INT, _FLOAT = (f"tag:yaml.org,2002:{t}" for t in ("bool", "int", "float"))


class _Unusual(Exception):
    """A value the fast path does not decide; :func:`parse_event` will (and word any problem)."""


def simple_events(source: YamlText, first_line: int = 0, ordered: bool = True) -> list[Event] | None:
    """The events of a file in plain block YAML without a single problem, else ``None``.

    The common case, read about three times faster than :func:`compose` +
    :func:`parse_event`: :func:`read_simple` reads the lines without libyaml
    and :func:`_simple_event` builds each event with only the checks a valid
    one needs. Whenever either meets anything else (a problem, a null, an
    unusual type or layout) the whole file goes the checked way, so every
    error, with its position, is worded by the same code as before. For the
    files it accepts the events are equal to :func:`parse_event`'s
    (tests/test_store_simple.py compares both paths). ``first_line`` is the
    0-based line of the file that ``source.text`` starts on, when it is a
    part of the file (see loader.PIECE_BYTES). ``ordered=False`` reads entry
    by entry only: files in the usual key order are otherwise read with one
    pattern per event (:func:`~timeline.store.yamlfile.read_ordered`), whose
    compiling costs more than it saves on a small timeline (see
    loader.ORDERED_BYTES). The events are the same either way.
    """
    found = read_simple(source.text, _EVENT_KEY_SET, _ITEM_KEYS, EVENT_KEYS if ordered else None)
    if found is None:
        return None
    try:
        return [_simple_event(fields, source.path, first_line + line, column) for line, column, fields in found]
    except (_Unusual, DateError):
        return None


def _text(value: object) -> str:
    """A non-null scalar's text (``check.text``), else :class:`_Unusual`."""
    if type(value) is str:
        return value
    if type(value) is not tuple or value[1] == _NULL:
        raise _Unusual
    return value[0]


def _simple_event(f: dict, path: str, line: int, column: int) -> Event:
    """:func:`parse_event` for a mapping from :func:`read_simple` that has no problem.

    Most values are plain text (``str``), checked inline before calling
    :func:`_text` for the rest: a function call per value was a tenth of
    building the events.
    """
    get = f.get
    tz = get("timezone")
    if tz is not None:
        tz = _text(tz)
        zone(tz)
    qualifier = get("qualifier")
    if qualifier is not None and (qualifier := _text(qualifier)) not in QUALIFIERS:
        raise _Unusual
    date = get("date")
    if date is None:
        raise _Unusual
    when = parse_when(date if type(date) is str else _text(date), tz, qualifier)
    end = get("end")
    if end is not None:
        end = parse_when(_text(end), tz, None)
        if end.start_utc(tz) < when.start_utc(tz):
            raise _Unusual
    title = get("title")
    if title is None:
        raise _Unusual
    if type(title) is not str:
        title = _text(title)
    stripped = title.strip()
    if not stripped:
        raise _Unusual
    event_id = get("id")
    if event_id is None:
        event_id = derive_id(when, title)
    else:
        if type(event_id) is not str:
            event_id = _text(event_id)
        if len(event_id) > MAX_ID_LENGTH or not ID_RE.fullmatch(event_id) or event_id in WINDOWS_RESERVED:
            raise _Unusual
    status = get("status")
    if status is not None and (status := _text(status)) not in STATUSES:
        raise _Unusual
    body = get("body")
    return Event(id=event_id, when=when, title=stripped, end=end,
                 body="" if body is None else body if type(body) is str else _text(body),
                 tags=() if (tags := get("tags")) is None else _simple_tags(tags),
                 sources=() if (sources := get("sources")) is None else _simple_sources(sources),
                 media=() if (media := get("media")) is None else _simple_media(media),
                 status=status,
                 confidence=None if (confidence := get("confidence")) is None else _simple_confidence(confidence),
                 draft=False if (draft := get("draft")) is None else _simple_draft(draft),
                 location=Location(path, line + 1, column + 1))


def _simple_tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        raise _Unusual
    tags = tuple([(item if type(item) is str else _text(item)).strip() for item in value])
    if not all(tags):
        raise _Unusual
    return tags


def _simple_sources(value: object) -> tuple[SourceRef, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        raise _Unusual
    refs = []
    for item in value:
        if type(item) is not dict:
            raise _Unusual
        get = item.get
        title, url, publisher, published, quote = get("title"), get("url"), get("publisher"), get("published"), \
            get("quote")
        refs.append(SourceRef(
            title=None if title is None else _strip(title if type(title) is str else _text(title)),
            url=None if url is None else _simple_url(url),
            publisher=None if publisher is None else _strip(publisher if type(publisher) is str else _text(publisher)),
            published=None if published is None else parse_when(_text(published), None, None).value(),
            quote=None if quote is None else quote if type(quote) is str else _text(quote),
        ))
    return tuple(refs)


def _simple_media(value: object) -> tuple[Media, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        raise _Unusual
    items = []
    for item in value:
        if type(item) is not dict or "url" not in item:
            raise _Unusual
        url = _text(item["url"])
        if not url.strip():
            raise _Unusual
        items.append(Media(url=_simple_url(item["url"]),
                           alt=_text(item["alt"]).strip() if "alt" in item else "",
                           credit=_strip(_text(item["credit"])) if "credit" in item else None))
    return tuple(items)


def _simple_url(value: object) -> str:
    url = _text(value)
    if url_problem(url):
        raise _Unusual
    return url.strip()


def _simple_confidence(value: object) -> float | None:
    if value is None:
        return None
    if type(value) is not tuple or value[1] not in (_INT, _FLOAT):
        raise _Unusual
    try:
        number = float(value[0].replace("_", ""))
    except ValueError:
        raise _Unusual from None
    if not 0 <= number <= 1:
        raise _Unusual
    return number


def _simple_draft(value: object) -> bool:
    if value is None:
        return False
    if type(value) is not tuple or value[1] != _BOOL:
        raise _Unusual
    return value[0].lower() in ("true", "yes", "on", "y")
