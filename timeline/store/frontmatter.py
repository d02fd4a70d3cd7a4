"""YAML front matter of source documents (``---`` fenced block on line 1).

Shared by the store (``content/sources/``) and any reader of documents: the
block is composed with the same safe, bounded, mark-keeping loader as events
files, so its errors carry the line in the whole file, not in the block.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import DateError, TimelineError
from timeline.model import Precision
from timeline.store.fields import Checker, did_you_mean, parse_when, zone_hint
from timeline.store.yamlfile import YamlText, compose, error_at, is_null

FRONT_MATTER_KEYS = ("title", "url", "publisher", "published", "timezone")
#: How close an unknown key must be to a known one to be reported as a likely
#: typo ("titel", "publshed"); other tools' own keys ("id", "author", "tags")
#: are kept as metadata without a word.
TYPO_CUTOFF = 0.75

#: A front-matter value as plain data: text for scalars, lists and mappings of them.
Metadata = str | None | list["Metadata"] | dict[str, "Metadata"]
_FENCE = re.compile(r"^---[ \t]*\r?$", re.M)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Validated front matter plus where the body starts.

    ``published`` is the ISO value (day or date-time precision), as written or
    as understood from what people write ("June 17, 2009", "Feb 27, 2026
    5:01 pm ET"); a zone named there is the document's ``timezone`` unless the
    front matter gives one. ``body_offset``/``body_line`` locate the body in
    the file so quotes can be pointed at. Keys this tool does not know (another
    tool's ``id``, ``author``, ``tags``) are kept in ``metadata`` in the order
    written; ``warnings`` holds located notes: did-you-mean for likely typos,
    and the ISO value a date not written in ISO was read as.
    """

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    timezone: str | None = None
    body_offset: int = 0
    body_line: int = 1
    errors: tuple[TimelineError, ...] = field(default_factory=tuple)
    metadata: tuple[tuple[str, Metadata], ...] = field(default_factory=tuple)
    warnings: tuple[TimelineError, ...] = field(default_factory=tuple)


def split(text: str, path: str) -> tuple[str | None, int, int]:
    """``(yaml_block, body_offset, body_line)``; ``None`` block when there is no front matter."""
    first = _FENCE.match(text)
    if first is None:
        return None, 0, 1
    closing = _FENCE.search(text, first.end())
    if closing is None:
        raise TimelineError("front matter opened with '---' on line 1 is never closed", path, 1, 1)
    body = closing.end()
    if text[body:body + 1] == "\n":
        body += 1
    return text[first.end():closing.start()], body, text.count("\n", 0, body) + 1


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Read and validate a document's front matter.

    Errors are collected in ``errors`` (not raised) so a caller validating many
    files can report them all; a fence that is never closed or a YAML syntax
    error yields just that error.
    """
    try:
        block, offset, line = split(text, path)
        # The block keeps the opening fence's line break, so its lines are the file's lines.
        root = compose(YamlText(path, block)) if block is not None else None
    except TimelineError as exc:
        return FrontMatter(errors=(exc,))
    if root is None:
        return FrontMatter(body_offset=offset, body_line=line)
    check = Checker(path)
    extra: dict[str, tuple[Node, Node]] = {}
    warnings: list[TimelineError] = []
    values = _fields(check, root, extra, warnings)
    for key, (key_node, _value) in extra.items():
        hint = did_you_mean(key, FRONT_MATTER_KEYS, TYPO_CUTOFF)
        if hint:
            warnings.append(error_at(f"unknown key {key!r} in front matter kept as metadata{hint}", path, key_node))
    metadata = tuple((key, _plain(value)) for key, (_key, value) in extra.items())
    return FrontMatter(**values, body_offset=offset, body_line=line, errors=tuple(check.errors),
                       metadata=metadata, warnings=tuple(warnings))


def _plain(node: Node) -> Metadata:
    """A node as plain data; scalars stay the text written (``2021`` is not a number here)."""
    if isinstance(node, ScalarNode):
        return None if is_null(node) else node.value
    if isinstance(node, SequenceNode):
        return [_plain(item) for item in node.value]
    if isinstance(node, MappingNode):
        return {str(_plain(k)): _plain(v) for k, v in node.value}
    return None


def _fields(check: Checker, root: Node, extra: dict[str, tuple[Node, Node]],
            warnings: list[TimelineError]) -> dict[str, str | None]:
    f = {k: pair[1] for k, pair in check.mapping(root, "front matter", FRONT_MATTER_KEYS, extra).items()}
    tz = check.timezone(f.get("timezone"), "timezone")
    published = None
    node = f.get("published")
    raw = check.text(node, "published")
    if raw is not None and raw.strip():
        try:
            understood = read_published(raw, tz)
        except DateError as exc:
            check.add(f"published: {exc.message}", node)
        else:
            published = understood.value
            tz = tz or understood.timezone
            if understood.rewritten:
                warnings.append(error_at(f"published: read {raw.strip()!r} as {understood.value}", check.path, node))

    def text(key: str) -> str | None:
        value = check.text(f.get(key), key)
        return value.strip() or None if value is not None else None

    return {"title": text("title"), "url": check.url(f.get("url"), "url"), "publisher": text("publisher"),
            "published": published, "timezone": tz}


# ------------------------------------------------------------- publication dates
@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A publication date as the ISO value the store keeps.

    ``value`` is ``2009-06-17``, ``2009-06-17T19:29`` or, when the text named
    a zone, the moment with its UTC offset (``2026-02-27T17:01-05:00``);
    ``timezone`` is the IANA zone the text named (ET -> America/New_York);
    ``rewritten`` says the text was not already that ISO value, so the reader
    should be shown what was understood.
    """

    value: str
    timezone: str | None = None
    rewritten: bool = False


#: A zone written after the date and time: an abbreviation ("ET", "(EST)") or an IANA name.
_TRAILING_ZONE = re.compile(r"[\s,]+\(?(?P<zone>[A-Za-z]{2,9}|[A-Za-z_]+(?:/[A-Za-z_+-]+)+)\)?\s*$")
_EXAMPLE = "such as 2026-02-27, 2026-02-27 17:01 or Feb 27, 2026 5:01 pm ET"
#: Longer than any date as written ("Wednesday, February 27th, 2026, 5:01 p.m. Eastern Time"):
#: a long value is something else, and dateparser's work grows with its length.
WRITTEN_DATE_MAX = 80


@functools.lru_cache(maxsize=4096)  # sources of one story share their dates; errors are not kept
def read_published(text: str, timezone: str | None = None) -> PublishedDate:
    """The publication date in ``text``: ISO 8601, or a date as people write it.

    ISO values (``2026-02-27``, ``2026-02-27 17:01``, with an offset) take the
    store's own fast path; anything else goes to dateparser, imported only
    then. Only absolute dates with a day, month and year are accepted: words
    whose meaning depends on when they are read ("yesterday", "Friday") are
    refused, never resolved against the clock. ``timezone`` (the document's)
    only validates ISO values, as :meth:`When.parse` does.
    """
    text = text.strip()
    try:
        when = parse_when(text, timezone, None)
    except DateError:
        day = re.match(r"\d{4}-\d\d-\d\d", text)
        if day is not None:
            parse_when(day.group(), None, None)  # an impossible ISO day says so in its own words
        return _read_written_date(text)
    value = when.value()
    if when.precision.rank < Precision.DAY.rank:
        raise DateError(f"{value!r} is not a day; give it as YYYY-MM-DD")
    return PublishedDate(value, rewritten=value != text)


def _read_written_date(text: str) -> PublishedDate:
    """A date as people write it, through dateparser (the slow path)."""
    if len(text) > WRITTEN_DATE_MAX:
        raise DateError(f"{text[:WRITTEN_DATE_MAX]!r}... is too long for a date; give it {_EXAMPLE}")
    rest, zone_name, offset = _split_zone(text)
    found = _date_data(_absolute_parser(), rest)
    moment = found.date_obj if found is not None else None
    if moment is None:
        relative = _date_data(_relative_parser(), rest)
        if relative is not None and relative.date_obj is not None:
            raise DateError(f"{text!r} depends on when it is read; give the date itself, {_EXAMPLE}")
        raise DateError(f"{text!r} is not a date with a day, month and year, {_EXAMPLE}")
    has_time = found.period == "time"
    if moment.tzinfo is not None and (zone_name or offset is not None):
        raise DateError(f"{text!r} gives two time zones; keep one")
    if not has_time:
        return PublishedDate(moment.date().isoformat(), zone_name, rewritten=True)
    if zone_name is not None:
        from timeline.model import zone

        moment = moment.replace(tzinfo=zone(zone_name))
    elif offset is not None:
        moment = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    spec = "minutes" if moment.second == 0 and moment.microsecond == 0 else "seconds"
    return PublishedDate(moment.isoformat(timespec=spec), zone_name, rewritten=True)


def _date_data(parser: Any, text: str) -> Any:
    """dateparser's reading of ``text``, or ``None`` where it fails: front matter is
    anyone's text, and a third-party parser's own exception on odd input must
    become "not a date", not a crash (the fuzz tests feed it anything)."""
    try:
        return parser.get_date_data(text)
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError, re.error):
        return None


def _split_zone(text: str) -> tuple[str, str | None, int | None]:
    """``(text without its zone, IANA name, fixed offset in minutes)`` for a trailing zone.

    Abbreviations come from the tagger's table, the one list of the zones news
    text names: ET is America/New_York, whose offset depends on the date
    (dateparser would read it as EST, -05:00, all year).
    """
    match = _TRAILING_ZONE.search(text)
    if match is None:
        return text, None, None
    name = match.group("zone")
    rest = text[:match.start()]
    if "/" in name:
        from timeline.model import zone

        try:
            zone(name)
        except DateError as exc:
            raise DateError(f"{text!r}: {exc.message}{zone_hint(name)}") from None
        return rest, name, None
    from timeline.tagger.lexicon import ZONES

    known = ZONES.get(name.lower())
    if known is None:
        return text, None, None  # not a zone we know (a month, "pm"): dateparser reads it
    return (rest, known, None) if isinstance(known, str) else (rest, None, known)


@functools.cache
def _absolute_parser() -> Any:
    from dateparser.date import DateDataParser

    # Only the absolute-date parser, and every part required: nothing is
    # filled in from the clock. RELATIVE_BASE pins what dateparser would
    # otherwise read from it for parts it fills in, so no value depends on today.
    return DateDataParser(settings={
        "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    })


@functools.cache
def _relative_parser() -> Any:
    """Only to recognise relative words ("yesterday", "2 days ago") and refuse them by name."""
    from dateparser.date import DateDataParser

    return DateDataParser(settings={"PARSERS": ["relative-time"], "RELATIVE_BASE": dt.datetime(2000, 1, 1)})
