"""A place the sentence opens with stays before a title whose subject says nothing of where. Text written for these
tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.place_openings import place_kept

_STORY = ("The row over the Harbour Oil leak grew this week. "
          "In Norway, newspapers and politicians on Friday criticised the ministry's handling of the leak. "
          "In Oslo, shares of Harbour Oil closed down 3 percent on Tuesday. "
          "In Bergen, officials said on Wednesday they would close the beach. "
          "In April, officials closed the harbour at Tromsvik for a week.")


def _titles() -> list[str]:
    return [e.title for e in events_of(_STORY)]


def test_a_common_subject_keeps_the_place_it_was_told_in() -> None:
    titles = _titles()
    assert "In Norway, newspapers and politicians criticise the ministry's handling of the leak" in titles, titles
    assert "In Bergen, officials say they will close the beach" in titles, titles


def test_shares_keep_the_market_they_trade_in() -> None:
    assert "In Oslo, shares of Harbour Oil close down 3 percent" in _titles()


def test_a_month_is_no_place() -> None:
    assert any(t.startswith("Officials close the harbour") for t in _titles())


def test_a_named_subject_a_pronoun_or_a_title_naming_the_place_stays_as_it_is() -> None:
    assert place_kept("Anna Berg says the beach will close", "In Bergen, Anna Berg said the beach would close") \
        == "Anna Berg says the beach will close"
    assert place_kept("He says the beach will close", "In Bergen, he said the beach would close") \
        == "He says the beach will close"
    assert place_kept("Officials close Bergen's beach", "In Bergen, officials closed Bergen's beach") \
        == "Officials close Bergen's beach"


def test_a_title_not_told_from_the_clause_after_the_comma_stays_as_it_is() -> None:
    assert place_kept("The ministry closes the beach", "In Bergen, officials said the ministry closed the beach") \
        == "The ministry closes the beach"


def test_a_title_the_place_would_run_over_the_limit_stays_as_it_is() -> None:
    title = "Officials close the beach, the harbour, the ferry terminal and the two marinas for a week"
    assert place_kept(title, "In Bergen, officials closed the beach") == title


def test_a_named_body_after_its_article_stays_as_it_is() -> None:
    assert place_kept("The Harbour Authority closes the beach", "In Bergen, the Harbour Authority closed the beach") \
        == "The Harbour Authority closes the beach"
