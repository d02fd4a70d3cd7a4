"""One exception family for the whole tool.

Every stage raises :class:`TimelineError` (or a subclass) for problems caused by
input the user can fix. The CLI catches exactly this base class and prints
``path:line:col: message`` on one line with a non-zero exit code, so users never
see a traceback for their own mistakes, while real bugs still surface as tracebacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class TimelineError(Exception):
    """A user-facing error, optionally located in a file.

    ``line`` and ``column`` are 1-based, as editors show them.
    """

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    @property
    def location(self) -> str:
        """``path:line:col`` with whatever parts are known."""
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        loc = self.location
        return f"{loc}: {self.message}" if loc else self.message

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path or "", self.line or 0, self.column or 0, self.message)


class ValidationError(TimelineError):
    """Many located problems found in one pass, reported together.

    MkDocs-style: we read and validate everything before writing anything, and
    tell the user about every problem at once rather than one per run.
    """

    def __init__(self, errors: Iterable[TimelineError]) -> None:
        self.errors = sorted(errors, key=TimelineError.sort_key)
        n = len(self.errors)
        super().__init__(f"{n} problem{'s' if n != 1 else ''} found")

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class DateError(TimelineError, ValueError):
    """A date string that is malformed or impossible (such as 2026-02-30)."""
