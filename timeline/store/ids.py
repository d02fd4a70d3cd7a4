"""Event ids: stable, and safe to use as folder and file names.

The site renderer writes one page per event under a folder named by its id,
so an id must never be able to name a path outside that folder (``..``, ``/``),
a Windows device (``con``, ``lpt1``) or collide with another id on a
case-insensitive file system. Derived ids come from the date and title so they
stay the same from build to build (permalinks that do not move).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

from timeline.model import When

MAX_ID_LENGTH = 80
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
#: Device names Windows refuses as file or folder names, whatever the extension (COM0 and
#: LPT0 too): the one list for event ids, tag slugs and events file names.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(10)] + [f"lpt{i}" for i in range(10)]
)


def not_reserved(slug: str, suffix: str) -> str:
    """``slug``, or ``slug-suffix`` when it is a Windows device name (``con`` -> ``con-tag``)."""
    return f"{slug}-{suffix}" if slug in WINDOWS_RESERVED else slug


def first_free(name: str, taken: Callable[[str], bool], max_length: int = MAX_ID_LENGTH) -> str:
    """``name``, or the first of ``name-2``, ``name-3``... that is not ``taken``, cut before its
    number so that it stays within ``max_length``: how two things wanting one id or slug
    are told apart everywhere (events of one file, a story's days, tags)."""
    number, candidate = 1, name
    while taken(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = name[:max_length - len(suffix)].rstrip("-") + suffix
    return candidate


def slugify(text: str, max_length: int = MAX_ID_LENGTH) -> str:
    """Lowercase ASCII words joined by ``-``, cut at a word boundary.

    Accents are folded ("Zürich" -> "zurich"); other scripts drop out, which
    is why :func:`derive_id` adds a hash when nothing of a title survives.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def derive_id(when: When, title: str) -> str:
    """A stable id from an event's date (day part only) and title.

    ``2025-07`` + "Anthropic signs contract" -> ``2025-07-anthropic-signs-contract``.
    A title with no ASCII letters gets a short hash so two such events on
    the same day do not collide.
    """
    date = when.value().split("T")[0].lower()
    words = slugify(title, MAX_ID_LENGTH - len(date) - 1)
    if not words:
        words = hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]
    return not_reserved(slugify(f"{date}-{words}"), "event")


def is_valid_id(value: object) -> bool:
    """Whether ``value`` is an id an event may have (:func:`id_problem` says why not)."""
    return type(value) is str and len(value) <= MAX_ID_LENGTH and ID_RE.fullmatch(value) is not None \
        and value not in WINDOWS_RESERVED


def id_problem(value: str) -> str | None:
    """Why an explicit id is unsafe, or ``None`` if it is fine."""
    if is_valid_id(value):
        return None
    suggestion = not_reserved(slugify(value) or "event-1", "event")
    if not ID_RE.fullmatch(value) or len(value) > MAX_ID_LENGTH:
        return (f"id {value!r} must be lowercase ASCII letters, digits and hyphens, starting with a letter "
                f"or digit, at most {MAX_ID_LENGTH} characters (for example {suggestion!r})")
    if value in WINDOWS_RESERVED:
        return f"id {value!r} is a reserved device name on Windows; use for example {suggestion!r}"
    return None
