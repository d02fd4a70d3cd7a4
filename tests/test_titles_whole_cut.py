"""A cut title that would still end inside a phrase gives way: first to what a neutral frame reports, standing
alone, then to an earlier phrase boundary after a complete predicate (issue: "never cut inside a phrase: shorten
by dropping subordinate clauses and attributions").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from title_support import title_of as _title

from timeline.extract.title_whole import ends_open, reported_alone


def _open(kept: str, rest: str) -> bool:
    return ends_open(kept.split(), rest.split())


def test_a_content_clause_after_a_copula_is_not_left_without_its_verb() -> None:
    title = _title("In court in Dunmore on Monday, the ferry firm's lawyer Peter Quill said the defence's position was "
                   "that Harland was exhausted by the night shifts and was sleeping at the helm when the boat struck "
                   "the pier in March.", "on Monday", "in March")
    assert title.startswith("The defence's position is that Harland was exhausted"), title


def test_a_finding_reported_by_a_speaker_stands_alone_when_only_it_fits() -> None:
    title = _title("The county audit office said figures it has gathered show that Northwind Rail has refunded $4 "
                   "million out of an estimated $90 million in delayed-ticket claims as of Monday.", "as of Monday")
    assert title.startswith("Northwind Rail has refunded $4 million"), title


def test_a_listener_goes_when_the_clause_told_opens_a_quotation() -> None:
    title = _title("Mayor Ann Lowry told the local radio station on Friday that the council \"is now handing over the "
                   "bridge works, the daily works to the regional board.\"", "on Friday")
    assert title.startswith("Ann Lowry says the council is now handing over the bridge works"), title


def test_a_cut_before_what_is_known_ends_at_the_clause_before() -> None:
    title = _title("Transport minister Paul Dorne told a committee Wednesday that the ban on night flights needs to "
                   "stay in place until it's known whether the new engines can be run quietly.", "Wednesday")
    assert title == "Paul Dorne says the ban on night flights needs to stay in place", title


def test_a_cut_inside_a_dashed_aside_ends_before_the_dash() -> None:
    title = _title("On the river bed, the new barrier at the old lock held for a third day Sunday -- sonar scans "
                   "showed only silt where the breach had been.", "Sunday")
    assert title == "The new barrier at the old lock held for a third day", title


def test_a_cut_inside_a_quotation_goes_on_to_its_close_when_that_fits() -> None:
    title = _title("A panel of state and independent engineers released its \"overall best estimate\" of the flood damage "
                   "on Thursday, putting it at $2 billion.", "on Thursday")
    assert title == "A panel of state and independent engineers releases its \"overall best estimate\"", title


def test_an_adverb_and_its_participle_stay_with_the_noun_they_describe() -> None:
    title = _title("The mayor announced on Monday that a newly built pumping station is capturing most of the run-off "
                   "from the hills above the town.", "on Monday")
    assert "a newly built pumping station is capturing" in title, title


def test_words_that_wait_for_what_follows_are_open_ends() -> None:
    assert _open("the group has allocated", "less than a million pounds")
    assert _open("the trust has paid", "$4 million to the families")
    assert _open("the council did not do", "an impact study")
    assert _open("criticised the mayor's", "costly trip to the coast")
    assert _open("called it a potentially", "ruinous decision")
    assert _open("the manager is now handing", "over the keys to the new owners")
    assert _open("the audit found that a number of things went", "wrong at the depot")
    assert _open("the board raised its estimate of the cost from $2 billion", "to $3 billion on Friday")


def test_whole_constituents_are_not_open_ends() -> None:
    assert not _open("the singer was delighted to be part of the concert", "which will take place in the old stadium")
    assert not _open("the pilot was exhausted by the night shifts", "and was sleeping at the helm")
    assert not _open("the fund lost money out of an estimated $90 million", "in claims")
    assert not _open("the firm agreed under pressure from officials", "to set up a fund")
    assert not _open("a second shaft reaches the old mine to pump in concrete", "and seal the tunnels for good")
    # A relative clause after a noun is optional, though the noun is also a verb ("the show | which ...").
    title = _title("The singer said she was \"delighted\" to be part of the show which will take place in the "
                   "city's old football stadium on Saturday 9 May.", "on Saturday 9 May")
    assert title == "The singer says she was \"delighted\" to be part of the show", title


def test_a_frame_inside_a_subordinate_clause_is_not_dropped_as_an_attribution() -> None:
    # The clause "After nurses report" frames is no main clause: it is not the title's news on its own.
    text = "After nurses report that 412 new cases in Hallam and Wexby have been confirmed, doubts grow about the tests."
    assert reported_alone(text, text.index("report")) is None


def test_a_clause_opened_by_a_contracted_pronoun_keeps_its_speaker() -> None:
    text = "Acme, Globex and Initech say they've agreed to pool $1 billion to form a new company to clean up spills."
    assert reported_alone(text, text.index("say ")) is None


def test_a_reported_clause_whose_subject_names_no_one_keeps_its_speaker() -> None:
    title = _title("Acme UK executive Peter Marsh said Monday the company has no intention of withdrawing its sponsorship "
                   "of the Northfield Games, a deal valued at about $58 million.", "Monday")
    assert title.startswith("Peter Marsh says"), title


def test_a_reported_clause_is_not_cut_before_its_alternative() -> None:
    title = _title("Two months ago, a Hollis Institute survey showed that only 22 percent of the public say they can trust "
                   "the council in Marlow always or most of the time, among the lowest readings in half a century.",
                   "Two months ago")
    assert not title.endswith("always"), title
