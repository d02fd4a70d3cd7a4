"""Events files: one event mapping or a list of them, validated field by field.

The field order here is THE documented order: the writer emits keys in it and
the JSON Schema lists them in it.
"""

from __future__ import annotations

from yaml.nodes import Node, SequenceNode

from timeline.errors import TimelineError
from timeline.model import QUALIFIERS, Event, Location, Media, SourceRef, When
from timeline.store.fields import Checker
from timeline.store.ids import ID_RE, MAX_ID_LENGTH, WINDOWS_RESERVED, derive_id, id_problem
from timeline.store.yamlfile import YamlText, compose, gc_paused

EVENT_KEYS = ("id", "date", "end", "qualifier", "timezone", "title", "body", "tags",
              "sources", "media", "status", "confidence", "draft")
SOURCE_KEYS = ("title", "url", "publisher", "published", "quote")
MEDIA_KEYS = ("url", "alt", "credit")
STATUSES = ("extracted", "reviewed")


def parse_events(source: YamlText) -> tuple[list[Event], list[TimelineError]]:
    """All valid events of one file and every problem found in it.

    An empty file is an error (a person who empties a file by accident should
    hear about it); an explicit empty list ``[]`` is a file with no events.
    The whole file is read with the garbage collector paused (see
    :func:`gc_paused`): its node tree stays alive until the last event is read.
    """
    with gc_paused():
        return _parse_events(source)


def _parse_events(source: YamlText) -> tuple[list[Event], list[TimelineError]]:
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
