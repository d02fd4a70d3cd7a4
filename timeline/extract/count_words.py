"""Words that count: the numbers news prose writes as words, round numbers and counts told without a number.

The one table of them for ``extract/``: a rule that reads "two men", "the five victims", "dozens of homes" or
"several officials" takes its words from here, and a rule that knows fewer of them takes a named part
(:func:`numbers` for a run of the spelled numbers), never a list of its own. The spelled numbers are the tagger's
(``lexicon.SMALL``, which reads them as values).
"""

from __future__ import annotations

from timeline.tagger.lexicon import SMALL

__all__ = ["COUNT_WORDS", "NUMBER_VALUES", "ROUND_NUMBERS", "SPELLED_NUMBERS", "VAGUE_COUNTS", "numbers",
           "numbers_pattern"]

#: The numbers that news style spells out, "one" to "twelve", in order: ``SPELLED_NUMBERS[n - 1]`` is n.
NUMBER_VALUES = {word: value for word, value in SMALL.items() if word not in ("a", "an") and value <= 12}
SPELLED_NUMBERS = tuple(NUMBER_VALUES)
#: Round numbers that count as a noun does: "a dozen", "a hundred", "two million".
ROUND_NUMBERS = ("dozen", "hundred", "thousand", "million", "billion")
#: Counts told without a number: "several officials", "many homes", "few survivors".
VAGUE_COUNTS = ("several", "many", "few")
#: Every word that counts the noun after it ("two", "dozens", "several"), but "one": a count of many.
COUNT_WORDS = frozenset({*SPELLED_NUMBERS[1:], *ROUND_NUMBERS, "dozens", "hundreds", "thousands", *VAGUE_COUNTS})


def numbers(first: int, last: int = 12) -> tuple[str, ...]:
    """The spelled numbers from ``first`` to ``last``: ``numbers(2, 5)`` is "two" to "five"."""
    return SPELLED_NUMBERS[first - 1:last]


def numbers_pattern(first: int, last: int = 12) -> str:
    """:func:`numbers` as a regex alternation (no group): "two|three|four"."""
    return "|".join(numbers(first, last))
