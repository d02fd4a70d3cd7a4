"""A quote that ends a title loses the full stop of its sentence, but not one that belongs to an abbreviation.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.titles import write_title


@pytest.mark.parametrize("sentence", [
    'Mayor Tilda Roos said: "We are bringing the whole crew down from Washington, D.C."',
    '"We are bringing the whole crew down from Washington, D.C.," Mayor Tilda Roos said.',
])
def test_a_quote_ending_in_an_abbreviation_keeps_its_full_stop(sentence: str) -> None:
    assert write_title(sentence, []).endswith("from Washington, D.C.”")


def test_a_quote_ending_in_a_word_loses_its_full_stop() -> None:
    assert write_title('"We are bringing the whole crew down to the harbour," Mayor Tilda Roos said.', []) \
        .endswith("to the harbour”")
