"""A cut title never ends on a name or a count that modifies the noun after it ("for the Lake Ontario |
disaster", "and internal Acme | memos", "9.5 million | cubic metres"), and "that" after a preposition points at a
noun, opening no clause that would wait for its verb ("a review of that ruling"). Every sentence here is invented
for the test (issue 16: titles that are cut or missing their complement)."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_ends import whole_phrase
from timeline.extract.title_noun_runs import noun_runs_on
from timeline.extract.title_phrases import clause_without_verb


def _words(text: str) -> list[str]:
    return text.split()


def test_a_place_name_before_its_noun_is_no_end() -> None:
    title = title_of("Last month, Harbour Lines raised by $3 million the reserves it was keeping for the Lake Ontario "
                     "disaster; the company's shares fell.", "Last month")
    assert title == "Harbour Lines raises by $3 million the reserves"


def test_a_company_name_before_its_noun_is_no_end() -> None:
    title = title_of("On March 3, a county review panel said the spill was actually up to 40,000 litres and internal Acme "
                     "memos released by a state senator last week showed Acme had itself estimated the leak could "
                     "reach twice that.", "On March 3")
    assert not title.endswith("internal Acme"), title
    assert title.endswith("up to 40,000 litres"), title


def test_a_count_without_its_unit_is_no_end() -> None:
    title = title_of("Over the past week, the Northfield platform had been pumping 2,300 barrels a day of crude oil and "
                     "9.5 million cubic metres a day of natural gas from the shallow southern field.", "Over the past week")
    assert not title.endswith("9.5 million"), title
    assert title.endswith("2,300 barrels a day of crude oil"), title


def test_that_after_a_preposition_is_no_clause() -> None:
    title = title_of("The city's lawyers filed a motion on Thursday seeking a review of that ruling, which had not "
                     "named the port authority.", "on Thursday")
    assert title == "The city's lawyers file a motion seeking a review of that ruling"
    assert not clause_without_verb(["seeking", "a", "review", "of", "that", "ruling"])
    assert clause_without_verb(["says", "that", "the", "ruling"])  # a reported clause still waits for its verb


def test_what_a_name_or_count_may_end_before() -> None:
    assert noun_runs_on(_words("the reserves kept for the Lake Ontario"), "ferry", ["disaster"])
    assert noun_runs_on(_words("pumping 9.5 million"), "cubic", ["metres"])
    # A verb, a word of time, a sum with its currency or a name that opens the title is no modifier.
    assert not noun_runs_on(_words("the panel said Acme"), "owes", ["the", "town"])
    assert not noun_runs_on(_words("the ferry sailed in May"), "last", ["year"])
    assert not noun_runs_on(_words("the town will get $3 million"), "compensation", ["next", "year"])
    assert not noun_runs_on(["Acme"], "shares", ["fell"])
    assert not whole_phrase(_words("the reserves it was keeping for the Lake Ontario"), "ferry", ["disaster"])
    assert whole_phrase(_words("the reserves it was keeping for the ferry disaster"), ";", [])
