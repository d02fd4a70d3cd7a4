"""Typed field readers over YAML nodes that collect located errors.

Each reader takes a node, returns a Python value or ``None``, and records a
problem instead of raising, so one pass over all files can report every
mistake at once (MkDocs style). :class:`Checker` reads site.yaml and front matter;
events have their own checker (:func:`timeline.store.events.check_event`). Both
apply the one set of field rules here (text, time zones, URLs, dates and their
messages); only where a problem is reported differs.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import DateError, TimelineError
from timeline.model import Precision, When, zone
from timeline.store.yamlfile import CORE, NULL, STR, error_at
from timeline.urls import url_refusal

_DATE_SPACE_TIME_RE = re.compile(r"^(\d{4}-\d\d-\d\d)(?:[ \t]+|t)(?=\d)")
_KIND_NAMES = {"str": "text", "int": "a number", "float": "a number", "bool": "true/false",
               "null": "empty", "timestamp": "a date", "list": "a list", "mapping": "a mapping"}


#: Problems per file that get a did-you-mean suggestion.
HINTED_PROBLEMS = 100


class Checker:
    """Collects :class:`TimelineError` objects for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[TimelineError] = []

    def add(self, message: str, node: Node | None) -> None:
        self.errors.append(error_at(message, self.path, node))

    # ------------------------------------------------------------ mappings
    def mapping(self, node: Node, what: str, allowed: tuple[str, ...],
                extra: dict[str, tuple[Node, Node]] | None = None) -> dict[str, tuple[Node, Node]]:
        """Keys to ``(key_node, value_node)``; reports non-mappings, duplicate and unknown keys.

        With ``extra``, unknown keys are not errors: they are collected there
        (front matter written by other tools carries keys of their own).
        """
        if not isinstance(node, MappingNode):
            self.add(f"{what} must be a mapping of keys to values, not {describe(node)}", node)
            return {}
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == NULL:
                self.add(f"{what}: keys must be plain words, not {describe(key_node)}", key_node)
                continue
            key = key_node.value
            if key in out:
                first = out[key][0].start_mark
                self.add(f"duplicate key {key!r} in {what} (first at line {first.line + 1}, "
                         f"column {first.column + 1}); remove one", key_node)
                continue
            if key not in allowed and extra is not None:
                if key in extra:
                    self.add(f"duplicate key {key!r} in {what}; remove one", key_node)
                extra[key] = (key_node, value_node)
                continue
            out[key] = (key_node, value_node)
            if key not in allowed:
                # Suggestions cost a difflib search each: past the first screenful
                # of problems nobody reads them, and a flood of keys must stay fast.
                hinted = len(self.errors) < HINTED_PROBLEMS
                self.add(unknown_key_message(key, what, allowed) if hinted else f"unknown key {key!r} in {what}",
                         key_node)
        return out

    # -------------------------------------------------------------- values
    # Each reads the node's value by the field rules below, which the events checker shares.
    def text(self, node: Node | None, what: str, required: bool = False) -> str | None:
        """Any scalar as the exact text written (``2021`` and ``yes`` stay text)."""
        return self._read(text_value, node, what, required)

    def timezone(self, node: Node | None, what: str) -> str | None:
        return self._read(timezone_value, node, what)

    def url(self, node: Node | None, what: str, required: bool = False) -> str | None:
        return self._read(url_value, node, what, required)

    def _read(self, rule: Callable[..., Any], node: Node | None, *args: Any) -> Any:
        if node is None:
            return None
        try:
            return rule(node_value(node), *args)
        except FieldProblem as exc:
            self.add(exc.message, node)
            return None


# ------------------------------------------------------------ field rules
# The rules of text, time-zone, URL and date fields, for every reader: they take a value as
# the events checker sees it (text, ``(text, tag)`` for a scalar of another YAML type, a list
# or a dict; :func:`node_value` gives it for a node) and raise :class:`FieldProblem`.


class FieldProblem(ValueError):
    """A value breaks its field's rule; ``message`` names the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def node_value(node: Node) -> object:
    """A node as a field rule reads it: a scalar's text (with its tag unless it is text); a list
    or a mapping only says what it is (its items are no field's value)."""
    if isinstance(node, ScalarNode):
        return node.value if node.tag == STR else (node.value, node.tag)
    return [] if isinstance(node, SequenceNode) else {}


def text_value(value: object, what: str, required: bool = False) -> str | None:
    """Any scalar as the exact text written (``2021`` and ``yes`` stay text); ``None`` for a null."""
    if type(value) is str:
        if required and not value.strip():
            raise FieldProblem(f"{what} must not be empty")
        return value
    if type(value) is not tuple:
        raise FieldProblem(f"{what} must be text, not {describe_value(value)}")
    if value[1] == NULL:
        if required:
            raise FieldProblem(f"{what} must not be empty")
        return None
    if required and not value[0].strip():
        raise FieldProblem(f"{what} must not be empty")
    return value[0]


def timezone_value(value: object, what: str) -> str | None:
    """An IANA time zone's name (``America/New_York``), or ``None`` for a null."""
    text = text_value(value, what)
    if text is None:
        return None
    problem = timezone_problem(text)
    if problem is not None:
        raise FieldProblem(f"{what}: {problem}")
    return text


def url_value(value: object, what: str, required: bool = False) -> str | None:
    """A URL the site may publish, stripped, or ``None`` for a null."""
    text = text_value(value, what, required)
    if text is None:
        return None
    problem = url_problem(text)
    if problem:
        raise FieldProblem(f"{what}: {problem}")
    return text.strip()


def when_value(value: object, what: str, timezone: str | None, qualifier: str | None) -> When | None:
    """A :class:`When` from ``2021``, ``2025-07``, a YAML date or a timestamp; ``None`` for a null."""
    if type(value) is not str:
        if type(value) is not tuple:
            raise FieldProblem(f"{what} must be a date such as 2025-07 or 2026-02-27, not {describe_value(value)}")
        if value[1] == NULL:
            return None
        value = value[0]
    try:
        return parse_when(value, timezone, qualifier)
    except DateError as exc:
        raise FieldProblem(f"{what}: {exc.message}") from None


@functools.lru_cache(maxsize=4096)
def parse_when(raw: str, timezone: str | None, qualifier: str | None) -> When:
    """:meth:`When.parse` of a date as written in YAML, remembered.

    Timelines repeat dates (many events in one month or on one day, and every
    event of a file in the same time zone), and a :class:`When` is an
    immutable value, so events written with the same date may share one.
    Errors are not remembered: :class:`DateError` propagates every time.
    """
    text = date_text(raw)
    if timezone is None and qualifier is None:
        when = calendar_date(text)
        if when is not None:
            return when
    return When.parse(text, timezone=timezone, qualifier=qualifier)


#: Days per month outside February (``calendar.monthrange`` computes a weekday too, which nobody needs here).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def calendar_date(text: str) -> When | None:
    """``2021``, ``2025-07`` or ``2026-02-27`` as :meth:`When.parse` reads it, else ``None``.

    Most events are dated to a day, month or year; :meth:`When.parse` tries
    every ISO form by regex and computes the interval to check its range,
    a large share of loading (each date is new to the cache above). A possible calendar date from year 1 to 9998 needs neither
    (its interval always fits); anything else, impossible dates included, is
    left to :meth:`When.parse` and its messages.
    """
    size = len(text)
    if size not in (4, 7, 10) or not text.isascii() or not text[:4].isdigit():
        return None
    year = int(text[:4])
    if not 1 <= year <= 9998:
        return None
    if size == 4:
        return When(Precision.YEAR, year)
    if text[4] != "-" or not text[5:7].isdigit():
        return None
    month = int(text[5:7])
    if not 1 <= month <= 12:
        return None
    if size == 7:
        return When(Precision.MONTH, year, month)
    if text[7] != "-" or not text[8:].isdigit():
        return None
    day = int(text[8:])
    if not 1 <= day <= (_MONTH_DAYS[month] if month != 2 else 28 + calendar.isleap(year)):
        return None
    return When(Precision.DAY, year, month, day)


def date_text(raw: str) -> str:
    """YAML's ``2026-02-27 17:01`` spelling as ISO ``2026-02-27T17:01``."""
    raw = raw.strip()
    return _DATE_SPACE_TIME_RE.sub(r"\1T", raw) if len(raw) > 11 else raw


def url_problem(value: str) -> str | None:
    """Why a URL may not be published, or ``None`` (the renderer's rule:
    :func:`timeline.urls.url_refusal`): reported as an error rather than the link
    silently left out of the site."""
    return url_refusal(value)


def describe(node: Node) -> str:
    """How the user's value reads in a message: "a list", "the number 3"."""
    return describe_value(node_value(node))


def describe_value(value: object) -> str:
    """:func:`describe` for a value as the events checker sees it (text, ``(text, tag)``, list, dict)."""
    if type(value) is str:
        return f"the text {value[:40]!r}"
    if type(value) is list:
        return "a list"
    if type(value) is dict:
        return "a mapping"
    text, tag = value  # type: ignore[misc]
    kind = tag[len(CORE):] if tag.startswith(CORE) else "str"
    if kind in ("int", "float"):
        return f"the number {text}"
    if kind == "str":
        return f"the text {text[:40]!r}"
    return _KIND_NAMES.get(kind, kind)


def did_you_mean(word: str, options: tuple[str, ...] | list[str], cutoff: float = 0.6) -> str:
    import difflib  # only when a key is wrong: every command that reads content imports this module

    close = difflib.get_close_matches(word.lower(), list(options), n=1, cutoff=cutoff)
    return f"; did you mean {close[0]!r}?" if close else ""


def timezone_problem(name: str) -> str | None:
    """Why ``name`` is not a time zone, with a did-you-mean when one is close, or None: one
    message wherever a zone is written (site.yaml, front matter, an event, an option)."""
    try:
        zone(name)
    except DateError as exc:
        return exc.message + zone_hint(name)
    return None


@functools.cache
def _zone_names() -> dict[str, str]:
    """Every IANA zone name by its lower case (the system's list does not change while this runs)."""
    import zoneinfo

    return {n.lower(): n for n in zoneinfo.available_timezones()}


def zone_hint(name: str) -> str:
    """``; did you mean 'Europe/London'?`` for a misspelt IANA zone name ("Europe/Londn"), or ``""``.

    Compared case-insensitively ("europe/london" is still a typo on Linux, where
    zone names are file names), within the region when one is given.
    """
    import difflib

    names = _zone_names()
    wanted = name.strip().lower()
    if wanted in names:
        return f"; did you mean {names[wanted]!r}?"
    region = wanted.partition("/")[0] + "/" if "/" in wanted else ""
    pool = [n for n in names if n.startswith(region)] or list(names)
    close = difflib.get_close_matches(wanted, pool, n=1, cutoff=0.75)
    return f"; did you mean {names[close[0]]!r}?" if close else ""


def unknown_key_message(key: str, what: str, allowed: tuple[str, ...]) -> str:
    """``unknown key 'titel' in event; did you mean 'title'?`` (or the allowed keys)."""
    hint = did_you_mean(key, allowed)
    return f"unknown key {key!r} in {what}" + (hint or f" (allowed: {', '.join(allowed)})")
