"""The one runner of the tagger round and gold-class tables (tests/test_tagger_round*.py, tests/test_tagger_dev*_gold.py, tests/test_tagger_fresh_gold.py).

Each row is a DCT, a sentence written for the table (no article text), and the (text, type,
value) of every expression the tagger must find in it, in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from timeline.tagger import tag

Row = tuple[dt.date, str, list[tuple[str, str, str]]]


def tagged(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression the tagger finds in ``text``, in order."""
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def round_test(table: list[Row]) -> Callable[..., None]:
    """A test parametrised over ``table``'s rows; bind it to a ``test_`` name in the round's module."""

    @pytest.mark.parametrize(("dct", "text", "expected"), table, ids=[row[1][:50] for row in table])
    def test(dct: dt.date, text: str, expected: list[tuple[str, str, str]]) -> None:
        assert tagged(text, dct) == expected

    return test
