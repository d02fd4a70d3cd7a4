"""A hedge on the removed date goes with it ("could resume next week, perhaps | on Tuesday"); a hedge that ends the
sentence hedges the whole claim and stays (issue 16, "cut"). Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of


def test_a_hedge_before_the_removed_date_goes() -> None:
    assert title_of("The ferry service could resume next week, perhaps on Tuesday, the harbour master said.",
                    "on Tuesday") == "The ferry service could resume next week"
    assert title_of("The council hopes to reopen the bridge to cyclists, possibly this weekend.", "this weekend") \
        == "The council hopes to reopen the bridge to cyclists"


def test_a_hedge_that_ends_the_sentence_stays() -> None:
    assert title_of("The bridge will be fixed by the end of the month, perhaps.") \
        == "The bridge will be fixed by the end of the month, perhaps"
