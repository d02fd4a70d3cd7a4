"""The title benchmark's tense detector (benchmarks/title_quality.py): it flags a present put on a verb that is no
main verb, and leaves real headline presents alone. Every sentence here is invented for the test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from title_quality import defects


def test_a_present_on_a_participle_or_a_past_state_is_flagged() -> None:
    quote = "a nurse who had recently returned from the coast and was treated for the fever"
    assert "tense" in defects("A nurse who had recently returns from the coast", quote, quote)
    quote = "The Oxford team study published Tuesday also indicates that the glue holds."
    assert "tense" in defects("The Oxford team study publishes also indicates", quote, quote)
    quote = "Between 2004 and March 2008, there were 14 recorded cases of the fever in Canada."
    assert "tense" in defects("There are 14 recorded cases of the fever in Canada", quote, quote)


def test_headline_presents_of_main_verbs_are_not_flagged() -> None:
    for title, quote in (("The ferry sinks off the cape", "The ferry sank off the cape on Monday."),
                         ("Acme hires a new chief", "Acme, which hired a new chief on Monday"),
                         ("The mill seems badly damaged", "The mill, which seemed badly damaged in 2000")):
        assert "tense" not in defects(title, quote, quote)
