"""The one table of count words: the readers of spelled numbers take them from it.

Each check walks the table, so a reader that spells its own list again, shorter than its part of the table, shows
here.
"""

from __future__ import annotations

import re

from timeline.extract.count_words import (
    COUNT_WORDS,
    NUMBER_VALUES,
    ROUND_NUMBERS,
    SPELLED_NUMBERS,
    VAGUE_COUNTS,
    numbers,
    numbers_pattern,
)
from timeline.tagger.lexicon import SMALL


def test_the_spelled_numbers_run_in_order_with_the_taggers_values() -> None:
    assert SPELLED_NUMBERS[0] == "one" and SPELLED_NUMBERS[-1] == "twelve"
    assert all(NUMBER_VALUES[word] == SMALL[word] == n for n, word in enumerate(SPELLED_NUMBERS, start=1))
    assert numbers(2, 5) == ("two", "three", "four", "five") and numbers(11) == ("eleven", "twelve")
    assert re.fullmatch(numbers_pattern(2, 5), "four") and not re.fullmatch(numbers_pattern(2, 5), "six")


def test_a_count_word_is_any_number_above_one_a_round_number_or_a_vague_count() -> None:
    assert set(numbers(2)) | set(ROUND_NUMBERS) | set(VAGUE_COUNTS) <= COUNT_WORDS
    assert "one" not in COUNT_WORDS and {"dozens", "hundreds", "thousands"} <= COUNT_WORDS


def test_the_readers_of_count_words_read_the_table() -> None:
    from timeline.extract import (
        anchored_acts,
        contrasted_referents,
        date_lists,
        described_bodies,
        merge,
        names,
        quote_cuts,
        title_cuts,
        title_ends,
        title_subject_relatives,
    )

    for n, word in enumerate(SPELLED_NUMBERS, start=1):
        assert anchored_acts._NUMBERS[word] == n
        assert re.fullmatch(anchored_acts._NUMBER, word)
        assert title_subject_relatives._COUNT.fullmatch(word)
        assert date_lists._FIGURE.search(f"some {word} of them")
        assert word in described_bodies._NOT_KIND and word in names._COMMON and word in merge._STOP
        assert title_cuts.quantity_head([word])
    for word in numbers(2):
        assert word in title_ends.COUNTS and word in contrasted_referents._COUNTS and word in quote_cuts._NUMBERS
        assert date_lists._PLURAL_BEFORE.search(f"spread by {word} viruses in ")
    for word in ROUND_NUMBERS:
        assert title_cuts.quantity_head([word]) and word in quote_cuts._NUMBERS
        assert date_lists._FIGURE.search(f"{word}s of homes")


def test_the_patterns_with_spelled_numbers_read_the_table() -> None:
    from timeline.extract import saying_times, title_gate

    for word in SPELLED_NUMBERS:
        assert re.fullmatch(title_gate._TIME_WORD, word)
    for word in numbers(2):
        assert saying_times.CLAUSE_OPENING.match(f" {word} crews")
