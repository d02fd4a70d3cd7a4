"""Input handling for the ``timeline tag`` command, kept out of cli.py so that
it is a library function with its own tests (sqlite-utils style: thin CLI).

Every problem with user input becomes a :class:`~timeline.errors.TimelineError`
naming where it is (``<stdin>:3: ...``), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator

from timeline.errors import DateError, TimelineError
from timeline.model import zone

_DCT_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_dct(text: object, path: str | None = None, line: int | None = None) -> dt.date | dt.datetime:
    """A reference time written YYYY-MM-DD or YYYY-MM-DDTHH:MM (optional seconds and offset)."""
    if not isinstance(text, str) or not _DCT_RE.fullmatch(text.strip()):
        raise DateError(f"invalid reference time {text!r}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                        path, line)
    text = text.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise DateError(f"impossible reference time {text!r}: {exc}", path, line) from exc


def check_timezone(name: str | None) -> str | None:
    if name is not None:
        zone(name)  # raises DateError with a clear message
    return name


def tag_jsonl(lines: Iterable[str], timezone: str | None = None, path: str = "<stdin>") -> Iterator[str]:
    """Tag one JSON object ``{"id", "dct", "text"}`` per line; yield ``{"id", "timexes"}`` lines.

    Blank lines are skipped. A malformed line stops the batch with an error
    naming its line number (earlier results have already been yielded).
    """
    from timeline.tagger import tag

    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise TimelineError(f"malformed JSON: {exc.msg}", path, number, exc.colno) from exc
        if not isinstance(item, dict):
            raise TimelineError("expected a JSON object with id, dct and text", path, number)
        missing = [k for k in ("dct", "text") if k not in item]
        if missing:
            raise TimelineError(f"missing {' and '.join(missing)}", path, number)
        if not isinstance(item["text"], str):
            raise TimelineError("text must be a string", path, number)
        dct = parse_dct(item["dct"], path, number)
        timexes = [t.as_dict() for t in tag(item["text"], dct, timezone)]
        yield json.dumps({"id": item.get("id"), "timexes": timexes}, ensure_ascii=False)
