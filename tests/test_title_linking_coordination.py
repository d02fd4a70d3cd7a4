"""A second verb after a linking verb's complement shares the headline present ("gets stuck and lets").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.titles import write_title


@pytest.mark.parametrize(("sentence", "title"), [
    ("A cleaning pig got stuck and spilled gas into a station.", "A cleaning pig gets stuck and spills gas into a station"),
    ("A survey drone got jammed and let water into the hull.", "A survey drone gets jammed and lets water into the hull"),
])
def test_a_linking_verb_and_a_second_verb_both_take_the_present(sentence: str, title: str) -> None:
    assert write_title(sentence, []) == title
