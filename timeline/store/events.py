"""Events files: one event mapping or a list of them, validated by one checker.

The field order here is THE documented order: the writer emits keys in it and
the JSON Schema lists them in it.

Two readers lead to the same values, and one checker, :func:`check_event`,
holds every rule an event obeys. The subset reader
(:mod:`timeline.store.yaml_subset`) reads the common file without libyaml;
any file it does not take is composed by libyaml and turned into the same
plain values (:func:`node_values`). The values are text (``str``), ``(text,
tag)`` for scalars of another YAML type, lists and dicts. The checker names
each problem by where it sits in the event (``("sources", 1, "url")``);
positions are looked up only when a problem is reported, in the composed node
tree (:class:`NodeLocator`). A file the subset reader read that has a problem
is composed for that, so every message and position comes from one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.collector import paused
from timeline.errors import DateError, TimelineError
from timeline.model import QUALIFIERS, Event, Location, Media, SourceRef, When
from timeline.store.fields import (
    HINTED_PROBLEMS,
    FieldProblem,
    describe_value,
    parse_when,
    text_value,
    timezone_value,
    unknown_key_message,
    url_problem,
    url_value,
    when_value,
)
from timeline.store.ids import derive_id, id_problem, is_valid_id
from timeline.store.yaml_subset import read_simple
from timeline.store.yamlfile import NULL, STR, YamlText, compose, error_at

EVENT_KEYS = ("id", "date", "end", "qualifier", "timezone", "title", "body", "tags",
              "sources", "media", "status", "confidence", "draft")
SOURCE_KEYS = ("title", "url", "publisher", "published", "quote")
MEDIA_KEYS = ("url", "alt", "credit")
STATUSES = ("extracted", "reviewed")

_ITEM_KEYS = {"sources": frozenset(SOURCE_KEYS), "media": frozenset(MEDIA_KEYS)}
_EVENT_KEY_SET = frozenset(EVENT_KEYS)
_BOOL, _INT, _FLOAT = (f"tag:yaml.org,2002:{t}" for t in ("bool", "int", "float"))

#: Where a problem is, from the event: keys and list indexes (``("sources", 1, "url")``).
Place = tuple[str | int, ...]


@dataclass(slots=True)  # (not frozen: a frozen dataclass's __init__ is slow, and a file can hold 80,000 of these)
class Problem:
    """One rule an event breaks; ``at_key``: the key itself is wrong, not its value."""

    message: str
    place: Place
    at_key: bool = False


def parse_events(source: YamlText, ordered: bool = True) -> tuple[list[Event], list[TimelineError]]:
    """All valid events of one file and every problem found in it.

    An empty file is an error (a person who empties a file by accident should
    hear about it); an explicit empty list ``[]`` is a file with no events.
    The whole file is read with the garbage collector paused (see
    :func:`timeline.collector.paused`): its node tree stays alive until the last event is read.
    ``ordered`` as for :func:`simple_events`.
    """
    with paused():
        fast = simple_events(source, ordered=ordered)
        if fast is not None:
            return fast, []
        return _composed_events(source)


def simple_events(source: YamlText, first_line: int = 0, ordered: bool = True) -> list[Event] | None:
    """The events of a file the subset reader takes and that has no problem, else ``None``.

    The caller then composes the file (:func:`parse_events`) to report where
    each problem is. ``first_line`` is the 0-based line of the file that
    ``source.text`` starts on, when it is a part of the file (see
    loader.PIECE_BYTES). ``ordered=False`` reads entry by entry only (see
    :func:`~timeline.store.yaml_subset.read_simple` and loader.ORDERED_BYTES);
    the events are the same either way.
    """
    found = read_simple(source.text, _EVENT_KEY_SET, _ITEM_KEYS, EVENT_KEYS if ordered else None)
    if found is None:
        return None
    problems: list[Problem] = []
    path = source.path
    events = []
    for line, column, fields in found:
        event = check_event(fields, problems, Location(path, first_line + line + 1, column + 1))
        if event is None:
            return None
        events.append(event)
    return events


def _composed_events(source: YamlText) -> tuple[list[Event], list[TimelineError]]:
    try:
        root = compose(source)
    except TimelineError as exc:
        return [], [exc]
    if root is None:
        return [], [TimelineError("empty file: expected an event (a mapping) or a list of events", source.path, 1, 1)]
    nodes = root.value if isinstance(root, SequenceNode) else [root]
    yaml_errors: list[TimelineError] = []  # keys that are no plain words, repeated keys
    problems: list[Problem] = []
    spans = []
    events = []
    for node in nodes:
        before, known = len(problems), len(yaml_errors)
        values = node_values(node, (), source.path, yaml_errors)
        if values == {} and len(yaml_errors) != known:
            continue  # no key is usable: its keys' errors say it all
        mark = node.start_mark
        event = check_event(values, problems, Location(source.path, mark.line + 1, mark.column + 1),
                            len(yaml_errors))
        if event is not None:
            events.append(event)
        spans.append((node, before, len(problems)))
    for node, start, end in spans:
        if start != end:
            locate = NodeLocator(node, source.path)
            yaml_errors.extend(locate(problem) for problem in problems[start:end])
    return events, yaml_errors


# ------------------------------------------------------------ the checker
def check_event(f: object, problems: list[Problem], location: Location, reported: int = 0) -> Event | None:
    """The :class:`Event` that a mapping's values describe, or ``None`` with its problems added.

    Every rule an event obeys is here, for both readers. The common case (a
    valid event of plain text) runs only type tests; messages are worded
    only for problems. ``reported`` counts problems found before this event
    (did-you-mean hints stop after :data:`HINTED_PROBLEMS`).
    """
    if type(f) is not dict:
        problems.append(Problem(f"event must be a mapping of keys to values, not {describe_value(f)}", ()))
        return None
    before = len(problems)
    if not _EVENT_KEY_SET.issuperset(f):
        _unknown_keys(f, "event", EVENT_KEYS, (), problems, reported)
    get = f.get
    # (Absent values and plain text are tested inline: a call per value was a tenth of the work.)
    tz = None if (tz := get("timezone")) is None else _timezone(tz, problems)
    qualifier = None if (qualifier := get("qualifier")) is None else \
        _choice(qualifier, "qualifier", QUALIFIERS, problems)
    date = get("date")
    when = None
    if type(date) is str:
        try:
            when = parse_when(date, tz, qualifier)
        except DateError as exc:
            problems.append(Problem(f"date: {exc.message}", ("date",)))
    elif _missing(date):
        problems.append(Problem("event is missing required key 'date'", () if date is None else ("date",)))
    else:
        when = _when(date, "date", ("date",), tz, qualifier, problems)
    end = get("end")
    if end is not None:
        end = _when(end, "end", ("end",), tz, None, problems)
        if when is not None and end is not None and end.start_utc(tz) < when.start_utc(tz):
            problems.append(Problem(f"end {end.value()} is before date {when.value()}", ("end",)))
    title = get("title")
    if type(title) is str and (stripped := title.strip()):
        pass
    elif _missing(title):
        problems.append(Problem("event is missing required key 'title'", () if title is None else ("title",)))
        title = None
    else:
        title = _text(title, "title", ("title",), problems, required=True)
        stripped = title.strip() if title is not None else ""
    event_id = get("id")
    if not is_valid_id(event_id):
        event_id = _event_id(event_id, when, title, problems)
    body = get("body")
    body = "" if body is None else body if type(body) is str else (_text(body, "body", ("body",), problems) or "")
    tags = get("tags")
    tags = () if tags is None else _tags(tags, problems)
    sources = get("sources")
    sources = () if sources is None else _sources(sources, problems, reported)
    media = get("media")
    media = () if media is None else _media(media, problems, reported)
    status = None if (status := get("status")) is None else _choice(status, "status", STATUSES, problems)
    confidence = get("confidence")
    confidence = None if confidence is None else _confidence(confidence, problems)
    draft = get("draft")
    draft = False if draft is None else _draft(draft, problems)
    if len(problems) != before or when is None or title is None or event_id is None:
        return None
    return Event(id=event_id, when=when, title=stripped, end=end, body=body, tags=tags, sources=sources,
                 media=media, status=status, confidence=confidence, draft=draft, location=location)


def what_at(place: Place) -> str:
    """How messages name a place: ``title``, ``sources[1].url``, ``tags[0]``."""
    out = ""
    for part in place:
        out += f"[{part}]" if type(part) is int else f".{part}" if out else part
    return out


def _missing(value: object) -> bool:
    return value is None or (type(value) is tuple and value[1] == NULL)


def _unknown_keys(f: dict, what: str, allowed: tuple[str, ...], place: Place, problems: list[Problem],
                  reported: int) -> None:
    for key in f:
        if key not in allowed:
            # Suggestions cost a difflib search each: past the first screenful
            # of problems nobody reads them, and a flood of keys must stay cheap.
            hinted = reported + len(problems) < HINTED_PROBLEMS
            problems.append(Problem(unknown_key_message(key, what, allowed) if hinted
                                    else f"unknown key {key!r} in {what}", (*place, key), at_key=True))


# Text, time-zone, URL and date fields obey the rules in fields.py, which site.yaml and front matter share.
def _field(rule: Callable[..., Any], place: Place, problems: list[Problem], value: object, *args: Any) -> Any:
    """``rule(value, *args)``, or ``None`` with its problem added at ``place``."""
    try:
        return rule(value, *args)
    except FieldProblem as exc:
        problems.append(Problem(exc.message, place))
        return None


def _text(value: object, what: str, place: Place, problems: list[Problem], required: bool = False) -> str | None:
    return _field(text_value, place, problems, value, what, required)


def _strip(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _choice(value: object, what: str, options: tuple[str, ...], problems: list[Problem]) -> str | None:
    if value is None:
        return None
    text = value if type(value) is str else _text(value, what, (what,), problems)
    if text is None or text in options:
        return text
    from timeline.store.fields import did_you_mean

    problems.append(Problem(f"{what} {text!r} is not one of {', '.join(options)}{did_you_mean(text, options)}",
                            (what,)))
    return None


def _timezone(value: object, problems: list[Problem]) -> str | None:
    return _field(timezone_value, ("timezone",), problems, value, "timezone")


def _when(value: object, what: str, place: Place, tz: str | None, qualifier: str | None,
          problems: list[Problem]) -> When | None:
    return _field(when_value, place, problems, value, what, tz, qualifier)


def _url(value: object, what: str, place: Place, problems: list[Problem], required: bool = False) -> str | None:
    return _field(url_value, place, problems, value, what, required)


def _event_id(value: object, when: When | None, title: str | None, problems: list[Problem]) -> str | None:
    """The explicit id if safe, else one derived from date and title."""
    explicit = None if value is None else _text(value, "id", ("id",), problems)
    if explicit is not None:
        if is_valid_id(explicit):
            return explicit
        problems.append(Problem(id_problem(explicit) or f"id {explicit!r} is not allowed", ("id",)))
        return None
    if value is not None and not _missing(value):
        return None  # not text: reported above
    if when is None or title is None:
        return None
    return derive_id(when, title)


def _tags(value: object, problems: list[Problem]) -> tuple[str, ...]:
    """A list of non-empty texts (a lone text is a mistake: say so)."""
    if type(value) is not list:
        if _missing(value):
            return ()
        shown = value if type(value) is str else value[0] if type(value) is tuple else "..."
        problems.append(Problem(f"tags must be a list of text, not {describe_value(value)}; write [{shown}]",
                                ("tags",)))
        return ()
    try:
        fast = tuple([item.strip() for item in value])  # all plain text: the common case
        if all(fast):
            return fast
    except AttributeError:
        pass
    tags = []
    for i, item in enumerate(value):
        text = item.strip() if type(item) is str else item[0].strip() if type(item) is tuple and item[1] != NULL \
            else ""
        if text:
            tags.append(text)
        else:
            _text(item, f"tags[{i}]", ("tags", i), problems, required=True)  # records why it is not usable text
    return tuple(tags)


def _items(value: object, key: str, problems: list[Problem]) -> list:
    """The items of a list that should hold mappings (each checked by the caller)."""
    if type(value) is list:
        return value
    if not _missing(value):
        problems.append(Problem(f"{key} must be a list, not {describe_value(value)}", (key,)))
    return []


def _mapping(item: object, key: str, i: int, allowed: tuple[str, ...], problems: list[Problem],
             reported: int) -> dict:
    if type(item) is not dict:
        problems.append(Problem(f"{key}[{i}] must be a mapping of keys to values, not {describe_value(item)}",
                                (key, i)))
        return {}
    if not _ITEM_KEYS[key].issuperset(item):
        _unknown_keys(item, f"{key}[{i}]", allowed, (key, i), problems, reported)
    return item


def _sources(value: object, problems: list[Problem], reported: int) -> tuple[SourceRef, ...]:
    refs = []
    for i, item in enumerate(value if type(value) is list else _items(value, "sources", problems)):
        if type(item) is not dict or not _ITEM_KEYS["sources"].issuperset(item):
            item = _mapping(item, "sources", i, SOURCE_KEYS, problems, reported)
        get = item.get
        title, url, publisher, published, quote = get("title"), get("url"), get("publisher"), get("published"), \
            get("quote")
        if published is not None:
            published = _when(published, f"sources[{i}].published", ("sources", i, "published"), None, None,
                              problems)
        refs.append(SourceRef(
            title=None if title is None else _strip(title if type(title) is str
                                                    else _source_text(title, i, "title", problems)),
            url=None if url is None else url.strip() if type(url) is str and not url_problem(url)
            else _url(url, f"sources[{i}].url", ("sources", i, "url"), problems),
            publisher=None if publisher is None else _strip(publisher if type(publisher) is str
                                                            else _source_text(publisher, i, "publisher", problems)),
            published=None if published is None else published.value(),
            quote=None if quote is None else quote if type(quote) is str
            else _source_text(quote, i, "quote", problems),
        ))
    return tuple(refs)


def _source_text(value: object, i: int, key: str, problems: list[Problem]) -> str | None:
    return _text(value, f"sources[{i}].{key}", ("sources", i, key), problems)


def _media(value: object, problems: list[Problem], reported: int) -> tuple[Media, ...]:
    items = []
    for i, item in enumerate(_items(value, "media", problems)):
        f = _mapping(item, "media", i, MEDIA_KEYS, problems, reported)
        if not f:
            continue
        place = ("media", i)
        url = f.get("url")
        if _missing(url):
            problems.append(Problem(f"media[{i}] is missing required key 'url'", place if url is None
                                    else (*place, "url")))
            continue
        url = _url(url, f"media[{i}].url", (*place, "url"), problems, required=True)
        if url is None:
            continue
        alt, credit = f.get("alt"), f.get("credit")
        alt = "" if alt is None else _text(alt, f"media[{i}].alt", (*place, "alt"), problems) or ""
        credit = None if credit is None else _strip(_text(credit, f"media[{i}].credit", (*place, "credit"), problems))
        items.append(Media(url=url, alt=alt.strip(), credit=credit))
    return tuple(items)


def _confidence(value: object, problems: list[Problem]) -> float | None:
    if _missing(value):
        return None
    if type(value) is not tuple or value[1] not in (_INT, _FLOAT):
        problems.append(Problem(f"confidence must be a number from 0 to 1, not {describe_value(value)}",
                                ("confidence",)))
        return None
    try:
        number = float(value[0].replace("_", ""))
    except ValueError:
        problems.append(Problem("confidence must be a number from 0 to 1", ("confidence",)))
        return None
    if not 0 <= number <= 1:
        problems.append(Problem(f"confidence must be from 0 to 1, not {value[0]}", ("confidence",)))
        return None
    return number


def _draft(value: object, problems: list[Problem]) -> bool:
    if _missing(value):
        return False
    if type(value) is not tuple or value[1] != _BOOL:
        problems.append(Problem(f"draft must be true or false, not {describe_value(value)}", ("draft",)))
        return False
    return value[0].lower() in ("true", "yes", "on", "y")


# --------------------------------------------------- composed YAML, located
def node_values(node: Node, place: Place, path: str, errors: list[TimelineError]) -> object:
    """A composed node as the values the subset reader gives (see the module's docstring).

    Keys that are no plain words, or that repeat, are YAML mistakes the
    subset reader never passes on: reported here, at the key (the first of
    repeated keys counts).
    """
    if isinstance(node, ScalarNode):
        return node.value if node.tag == STR else (node.value, node.tag)
    if isinstance(node, SequenceNode):
        return [(item.value if item.tag == STR else (item.value, item.tag)) if type(item) is ScalarNode
                else node_values(item, (*place, i), path, errors) for i, item in enumerate(node.value)]
    out: dict[str, object] = {}
    firsts: dict[str, Node] = {}
    what = what_at(place) or "event"
    # Mappings the checker reads key by key: the event and the items of its lists of mappings.
    checked = not place or (len(place) == 2 and place[0] in _ITEM_KEYS)
    for key_node, value_node in node.value:
        if not checked:
            if isinstance(key_node, ScalarNode):
                out.setdefault(key_node.value, node_values(value_node, (*place, key_node.value), path, errors))
            continue
        if not isinstance(key_node, ScalarNode) or key_node.tag == NULL:
            shown = describe_value(node_values(key_node, place, path, []))
            errors.append(error_at(f"{what}: keys must be plain words, not {shown}", path, key_node))
            continue
        key = key_node.value
        if key in firsts:
            first = firsts[key].start_mark
            errors.append(error_at(f"duplicate key {key!r} in {what} (first at line {first.line + 1}, "
                                   f"column {first.column + 1}); remove one", path, key_node))
            continue
        firsts[key] = key_node
        if type(value_node) is ScalarNode:  # most values: without a call
            out[key] = value_node.value if value_node.tag == STR else (value_node.value, value_node.tag)
        else:
            out[key] = node_values(value_node, (*place, key), path, errors)
    return out


class NodeLocator:
    """Turns a :class:`Problem` of one event into a located error, from the event's node tree."""

    __slots__ = ("indexes", "node", "path")

    def __init__(self, node: Node, path: str) -> None:
        self.node, self.path = node, path
        # Each mapping's keys, indexed when first needed: an event can have 80,000 keys, each wrong.
        self.indexes: dict[int, dict[str, tuple[Node, Node]]] = {}

    def __call__(self, problem: Problem) -> TimelineError:
        node = self.node
        for i, part in enumerate(problem.place):
            if type(part) is int and isinstance(node, SequenceNode) and part < len(node.value):
                node = node.value[part]
                continue
            if not isinstance(node, MappingNode):
                break
            pair = self._index(node).get(part)  # type: ignore[arg-type]
            if pair is None:
                break
            node = pair[0] if i == len(problem.place) - 1 and problem.at_key else pair[1]
        return error_at(problem.message, self.path, node)

    def _index(self, node: MappingNode) -> dict[str, tuple[Node, Node]]:
        index = self.indexes.get(id(node))
        if index is None:
            index = self.indexes[id(node)] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.tag != NULL:
                    index.setdefault(key_node.value, (key_node, value_node))  # the first of repeated keys
        return index
