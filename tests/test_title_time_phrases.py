"""A title's cut never splits a time phrase: "later | today", "early | next week" are one phrase, and a quote cut
between them changes the time the speaker gave (issue 16: titles cut inside a phrase)."""

from timeline.extract.title_ends import whole_phrase
from timeline.extract.title_quotes import with_quote


def test_a_quote_is_not_cut_between_later_and_today():
    title = with_quote("Okafor says", "We don't expect to be able to report anything firm on that until later today.")
    assert not title.rstrip("”").endswith("later")
    assert "until later" not in title


def test_a_cut_before_a_weekday_after_early_is_no_whole_phrase():
    words = ["The", "port", "authority", "will", "reopen", "the", "northern", "channel", "early"]
    assert not whole_phrase(words, "Monday")
    assert not whole_phrase(words, "next")


def test_a_time_adverb_closing_its_clause_still_ends_a_phrase():
    words = ["The", "ferry", "from", "the", "island", "arrived", "two", "hours", "later"]
    assert whole_phrase(words, "than")
