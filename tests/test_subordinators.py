"""The one table of subordinators: every reader's view of them is a named part of the table.

Each check compares a reader's set with the part of the table its rule needs, so a word added to the table (or a
reader that spells a list of its own again) shows here.
"""

from __future__ import annotations

from timeline.extract import subordinators as table


def test_the_parts_of_the_table_nest() -> None:
    assert table.BACKGROUND < table.DROPPABLE < table.SUBORDINATORS
    assert table.SUBORDINATORS == table.DROPPABLE | table.CONDITIONS and not table.DROPPABLE & table.CONDITIONS
    assert table.ALSO_PREPOSITIONS <= table.DROPPABLE
    assert not table.RELATIVES & table.SUBORDINATORS - {"where"}


def test_every_reader_reads_its_part_of_the_table() -> None:
    from timeline.extract import (
        quoted_paragraphs,
        run_in,
        title_backshift,
        title_dependent_clauses,
        title_open,
        title_quotes,
        title_subordinate_subjects,
        title_verbless,
        unfinished_clauses,
    )

    assert title_open.SUBORDINATORS == table.DROPPABLE and title_open.ALSO_PREPOSITIONS == table.ALSO_PREPOSITIONS
    assert title_dependent_clauses._DROPPABLE == table.BACKGROUND
    assert title_subordinate_subjects._SUBORDINATORS == unfinished_clauses._SUBORDINATORS == table.SUBORDINATORS
    assert title_verbless._SUBORDINATORS == table.SUBORDINATORS | table.RELATIVES
    assert run_in._SUBORDINATORS >= table.SUBORDINATORS
    assert title_backshift._OPENERS >= table.SUBORDINATORS
    assert quoted_paragraphs._SUBORDINATORS >= table.SUBORDINATORS | table.RELATIVES  # (verbatim_words, both readers')
    expected = table.SUBORDINATORS - table.ALSO_PREPOSITIONS - {"once"} | {"whether"}
    assert set(title_quotes._SUBORDINATORS) == expected


def test_a_quotation_title_after_any_subordinator_is_no_headline_the_speaker_gave() -> None:
    from timeline.extract.quoted_paragraphs import verbatim_words

    sentence = "It was clear that {} the pumps were running, the well would hold."
    for word in table.SUBORDINATORS:
        assert verbatim_words("The pumps were running", sentence.format(word)) is None, word
    assert verbatim_words("The pumps were running", "Be sure the pumps were running today.") == "The pumps were running"
