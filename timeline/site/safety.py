"""Everything that stands between untrusted content and the reader's browser or disk.

Content is written by people and machines we do not control, so the renderer
never trusts a string: URLs are checked against a scheme allow-list (browsers
ignore tabs and newlines inside ``javascript:``, so any control or space
character rejects the URL outright; :mod:`timeline.site.markdown` gives these
checks to nh3, the maintained sanitizer its HTML goes through), and file names are derived only from values that match a
strict pattern, with a final check that every written path stays inside the
output folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import TimelineError
from timeline.store.ids import WINDOWS_RESERVED, first_free, not_reserved, slugify
from timeline.urls import LINK_SCHEMES, has_scheme, url_refusal


def safe_url(url: object, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """``url`` without surrounding whitespace if a browser may follow it (see
    :func:`timeline.urls.url_refusal`, the rule the store reports by), else ``None``."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if url and url_refusal(url, schemes) is None else None


def local_url(url: object) -> str | None:
    """A site-relative file path (for images): no scheme, no leading slash, no ``..``.

    A path climbing above the site would make ``file://`` readers load a file
    from their own disk, and a leading slash means the disk's root there.
    """
    safe = safe_url(url)
    if safe is None or is_remote(safe) or safe.startswith(("/", "#", "?")):
        return None
    path = urllib.parse.unquote(safe.split("?", 1)[0].split("#", 1)[0])
    if any(part in ("..", ".") for part in path.replace("\\", "/").split("/")):
        return None
    return safe


def is_remote(url: str) -> bool:
    """True for URLs that load from another host (a request the theme must not make)."""
    return has_scheme(url) or url.startswith("//")


# ------------------------------------------------------------------ file names
_SEGMENT_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,119}")


def check_segment(name: str, what: str = "id") -> str:
    """Return ``name`` if it is safe as one file name on every OS, else raise.

    Lower-case ASCII only, so two names can never collide on a case-insensitive
    disk, no dots at the end (Windows drops them), no reserved device names.
    """
    if (
        not isinstance(name, str)
        or _SEGMENT_RE.fullmatch(name) is None
        or name.endswith(".")
        or ".." in name
        or name.split(".", 1)[0] in WINDOWS_RESERVED
    ):
        raise TimelineError(
            f"{what} {name!r} cannot be used as a file name: use lower-case letters, digits and "
            "hyphens (at most 120 characters)"
        )
    return name


#: Names joined by line breaks, each led by one more, hold only these characters ...
_SEGMENT_CHARS = re.compile(r"[a-z0-9._\n-]*")
#: ... and no line starting with anything but a letter or digit (or empty) ...
_SEGMENT_BAD_START = re.compile(r"\n[._\n-]")
#: ... or with a reserved name before a dot or its end. Each pattern starts with
#: a literal, which the regex engine finds with a fast scan (``(?:^|\n)...`` tried
#: every alternative at every character). Made from the one list of reserved names.
_RESERVED_LINE = re.compile(r"\n(?:" + "|".join(sorted(WINDOWS_RESERVED)) + r")[.\n]")


def check_segments(names: list[str], what: str = "id") -> None:
    """:func:`check_segment` of every name, raising for the first bad one.

    All names are checked at once by C-speed scans of them joined by
    newlines (a line per name: as many lines as names, only allowed characters,
    each line led by a letter or digit, none longer than 120, no ``..``, no dot before a
    line end, no reserved name before a dot or line end); only when one of
    those finds something are the names checked one by one, which raises the
    usual message.
    """
    try:
        lines = "\n" + "\n".join(names) + "\n"
    except TypeError:
        lines = ""  # not all strings: the one-by-one check says which
    if (names and lines.count("\n") == len(names) + 1  # (a name with a line break of its own is no name)
            and _SEGMENT_CHARS.fullmatch(lines) is not None and _SEGMENT_BAD_START.search(lines) is None
            and max(map(len, names)) <= 120 and ".." not in lines and ".\n" not in lines
            and _RESERVED_LINE.search(lines) is None):
        return
    for name in names:
        check_segment(name, what)


#: The longest tag slug (cut at a word boundary, as ids are).
TAG_SLUG_LENGTH = 60


def unique_slugs(names: Iterable[str], fallback: str = "tag") -> dict[str, str]:
    """Map each distinct name to a distinct file-safe slug, deterministically.

    Names are visited in sorted order, so "C" and "c" and "C++" get "c", "c-2"
    and "c-3" on every build. Names with no ASCII letters ("日本") get a short
    hash, which stays stable when other names come and go.
    """
    result: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(set(names)):
        base = not_reserved(slugify(name, TAG_SLUG_LENGTH), "tag") \
            or f"{fallback}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"
        slug = first_free(base, used.__contains__)
        used.add(slug)
        result[name] = check_segment(slug, "tag slug")
    return result


def inside(root: Path | str, relpath: str) -> str:
    """Join ``relpath`` to ``root`` and prove the result stays inside ``root``.

    The check is lexical (no ``..``, no absolute part, no backslash) because the
    folder is a fresh staging folder we created, holding no symlinks; that keeps
    it cheap enough to run for each of 100k files. It returns a ``str``, not a
    ``Path``: making a ``Path`` object per file was a large cost on big sites.
    """
    if (
        not relpath
        or relpath.startswith("/")
        or "\\" in relpath
        or "\0" in relpath
        or ":" in relpath
        or not _BAD_PARTS.isdisjoint(relpath.split("/"))
    ):
        raise TimelineError(f"refusing to write {relpath!r} outside the output folder")
    base = os.fspath(root)
    target = os.path.normpath(os.path.join(base, relpath))
    if not target.startswith(base + os.sep):
        raise TimelineError(f"refusing to write {relpath!r} outside the output folder")
    return target


_BAD_PARTS = frozenset({"", ".", ".."})
#: A relative path whose every part starts with a letter, digit, ``_`` or ``-``
#: (so none is empty, ``.`` or ``..``): joining it changes nothing else.
_PLAIN_RELPATH = re.compile(r"(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*")


def inside_all(root: Path | str, relpaths: Iterable[str]) -> list[str]:
    """:func:`inside` of each path, as one build needs it for every file it writes.

    The root is normalized once; a path of plain parts joined to it is already
    normal, so only other paths pay for :func:`inside`'s full check (a
    ``normpath`` call per file).
    """
    base = os.fspath(root)
    if os.sep != "/" or os.path.normpath(base) != base or not os.path.isabs(base) or base.endswith(os.sep):
        return [inside(base, rel) for rel in relpaths]  # (inside refuses every path under "/")
    prefix = base + os.sep
    plain = _PLAIN_RELPATH.fullmatch
    return [prefix + rel if plain(rel) is not None else inside(base, rel) for rel in relpaths]
