"""Which URLs a timeline publishes: one rule for the store, which reports a URL it refuses as
an error at the URL's line, and for the renderer, which never writes one into a page.

A person who typed a URL that will not be published learns it when the file is read,
rather than finding the link silently missing from the site.
"""

from __future__ import annotations

import re

#: Schemes a reader can follow from a link. Everything else (javascript:, data:,
#: vbscript:, file:, blob:...) is refused.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: Longer URLs are refused: no real source needs one, and each is copied into several pages.
MAX_URL = 4096

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
#: Browsers ignore these inside a scheme (``java\tscript:``): they are removed before it is read.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")
#: Characters no published URL holds as they are: whitespace and controls (C0, DEL, C1).
_BAD_CHARS = re.compile("[\x00-\x20\x7f-\x9f]")
#: An http(s) URL of printable ASCII without backslashes: published as it is, whatever
#: follows the scheme (the common case, answered in one C call).
_PLAIN_WEB_URL = re.compile(r"https?://[!-\[\]-~]*")


def url_refusal(url: str, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """Why ``url`` (surrounding whitespace aside) may not be published as a link, or None.

    Relative URLs pass: they stay on the site. ``schemes``: those allowed (base URLs
    allow http and https only).
    """
    url = url.strip()
    if schemes is LINK_SCHEMES and len(url) <= MAX_URL and _PLAIN_WEB_URL.fullmatch(url) is not None:
        return None
    return refusal(url, schemes)


def refusal(url: str, schemes: frozenset[str]) -> str | None:
    """:func:`url_refusal` in full, of a stripped ``url``."""
    scheme = _SCHEME_RE.match(_IGNORED_IN_SCHEME.sub("", url))
    if scheme is not None and scheme.group(1).lower() not in schemes:
        allowed = ", ".join(f"{s}:" for s in sorted(schemes, key=("http", "https", "mailto").index))
        return f"unsafe URL scheme {scheme.group(1).lower() + ':'!r}; only {allowed} and relative URLs are allowed"
    if len(url) > MAX_URL:
        return f"URL longer than {MAX_URL} characters"
    if _BAD_CHARS.search(url):
        return "URL holds a space, line break or control character; write a space as %20"
    if url.startswith("\\") or "\\" in url.split("?", 1)[0]:
        return "URL holds a backslash before its query, which browsers read as a slash; write / or %5C"
    if scheme is None and ":" in url.split("/", 1)[0]:
        return "a relative URL with a colon before its first slash reads as a scheme; write it as ./" + url
    return None


def has_scheme(url: str) -> bool:
    """Whether ``url`` starts with a scheme (``https:``, ``mailto:``...), as written."""
    return _SCHEME_RE.match(url) is not None
