"""The invariants the atheris harnesses (benchmarks/fuzz_*.py) check, shared with the replay tests.

Kept free of atheris so the normal test run can replay every saved finding
through exactly the same checks.
"""

from __future__ import annotations

import datetime as dt

from timeline.errors import TimelineError
from timeline.store.frontmatter import parse_front_matter
from timeline.store.yamlfile import decode
from timeline.tagger import tag

TYPES = {"DATE", "TIME", "DURATION", "SET"}
ZONES = [None, "America/New_York", "Europe/Paris", "UTC", "Asia/Kathmandu"]


def check_tagger(text: str, dct: dt.date, timezone: str | None) -> int:
    """Tag ``text`` and raise AssertionError on any broken promise; returns the number of timexes."""
    previous_end = 0
    found = tag(text, dct, timezone)
    for t in found:
        if not (0 <= t.start < t.end <= len(text)) or t.start < previous_end:
            raise AssertionError(f"bad span {t.start}:{t.end} after {previous_end} in {text!r}")
        if text[t.start:t.end] != t.text:
            raise AssertionError(f"span text {t.text!r} != {text[t.start:t.end]!r}")
        if t.type not in TYPES or not t.value:
            raise AssertionError(f"bad type/value {t.type} {t.value!r}")
        t.when  # noqa: B018 - computing the interval must never raise
        previous_end = t.end
    return len(found)


def tagger_input(data: bytes) -> tuple[str, dt.date, str | None]:
    """Split raw fuzz bytes the way the harness does (no atheris needed): date, zone, text."""
    ordinal = 1 + int.from_bytes(data[:4].ljust(4, b"\0"), "little") % dt.date(9999, 12, 31).toordinal()
    zone = ZONES[data[4] % len(ZONES)] if len(data) > 4 else None
    return data[5:].decode("utf-8", "replace"), dt.date.fromordinal(ordinal), zone


def check_front_matter(data: bytes) -> None:
    """Decode like a source file, parse its front matter; only results or TimelineErrors are allowed."""
    try:
        text = decode(data, "fuzz.md")
    except TimelineError:
        return
    meta = parse_front_matter(text, "fuzz.md")
    if not 0 <= meta.body_offset <= len(text):
        raise AssertionError(f"body offset {meta.body_offset} outside a text of {len(text)}")
    for err in meta.errors:
        if not isinstance(err, TimelineError) or err.path != "fuzz.md":
            raise AssertionError(f"unexpected error object {err!r}")
