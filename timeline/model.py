"""The data that flows between stages, as frozen dataclasses.

Events, the sources they cite, the site's settings, documents and the whole
timeline. Their dates are :class:`~timeline.when.When` values, the one date
model of the project (see :mod:`timeline.when`), whose names this module
offers too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from timeline.frozen import stored_by_slots
from timeline.when import (
    AP_MONTHS,
    AP_WEEKDAYS,
    MONTH_DISPLAY_NAMES,
    PARTS_OF_DAY,
    QUALIFIER_TO_TIMEX_MOD,
    QUALIFIERS,
    SEASONS,
    TIMEX_MOD_TO_QUALIFIER,
    ZONE_ABBREVIATIONS,
    Precision,
    When,
    ap_time,
    format_offset,
    zone,
)

#: The date model lives in :mod:`timeline.when`; these names are part of this module's interface too.
__all__ = [
    "AP_MONTHS", "AP_WEEKDAYS", "MONTH_DISPLAY_NAMES", "PARTS_OF_DAY", "QUALIFIERS", "QUALIFIER_TO_TIMEX_MOD", "SEASONS",
    "TIMEX_MOD_TO_QUALIFIER", "ZONE_ABBREVIATIONS", "Document", "Event", "Location", "Media", "Precision",
    "SiteConfig", "SourceRef", "Timeline", "When", "ap_time", "format_offset", "zone",
]


# ---------------------------------------------------------------------------
# Content objects
# ---------------------------------------------------------------------------


@stored_by_slots
@dataclass(frozen=True, slots=True)
class Location:
    """Where a value came from, so errors and editors can point at it."""

    path: str
    line: int | None = None
    column: int | None = None


@stored_by_slots
@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source document as cited by an event, with the verbatim quote."""

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    quote: str | None = None


@stored_by_slots
@dataclass(frozen=True, slots=True)
class Media:
    url: str
    alt: str = ""
    credit: str | None = None


@stored_by_slots
@dataclass(frozen=True, slots=True)
class Event:
    """One timeline entry, as a person would write it."""

    id: str
    when: When
    title: str
    end: When | None = None
    body: str = ""
    tags: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    media: tuple[Media, ...] = ()
    status: str | None = None
    confidence: float | None = None
    draft: bool = False
    location: Location | None = None


@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str = "Timeline"
    description: str = ""
    language: str = "en"
    base_url: str = ""
    timezone: str = "UTC"
    author: str = ""
    #: The site owner's own HTML, inserted unescaped before ``</head>`` and at the end of the footer.
    extra_head: str = ""
    extra_footer: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A source document read from disk, ready for tagging.

    ``text`` is the body without front matter; ``published`` carries the
    document's own time, the anchor for every relative date in it.
    """

    path: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.datetime | dt.date | None = None
    timezone: str | None = None
    published_inferred: bool = False
    body_offset: int = 0
    body_line: int = 1
    #: Front-matter keys of other tools (``id``, ``author``, ``tags``), kept as written.
    metadata: tuple[tuple[str, Any], ...] = ()
    #: Located notes from reading, such as a likely typo in a front-matter key.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    """Everything the site renderer needs: validated, sorted, immutable."""

    site: SiteConfig
    events: tuple[Event, ...]
    sources: tuple[Document, ...] = field(default_factory=tuple)
    #: One value per event, in ``events`` order, when the loader was given a
    #: ``derive`` function (the renderer's per-event work: digest, body HTML):
    #: big timelines compute them in the loader's two processes rather than
    #: after loading in one. ``None`` when not asked for; never part of equality.
    derived: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)
