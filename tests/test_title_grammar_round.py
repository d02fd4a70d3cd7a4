"""Grammatical titles (issue 16, session 23, round "grammar").

Every sentence here is written for these tests. A participle inside the subject is no main verb to put in the
present ("No flooded homes are", "A poll released Monday of 900 voters showed"); a bare day word read as a noun's
modifier leaves the title with it ("issued a statement Monday backing the plan", "not to sail yesterday"); a
quotation that held only the date goes with its marks; and a sentence run into the next one where the page lost
its full stop is two sentences.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.lost_stops import lost_stop_starts
from timeline.extract.sentences import split_sentences
from timeline.extract.title_participles import participle_in_subject
from timeline.extract.title_tense import headline_verb
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


#: A lead of its own, so that the sentence under test is read as the body's (a lead is also the story day's event).
LEAD = "The harbour board approved a new ferry terminal for Portville on Thursday.\n\n"


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=LEAD + text + "\n", published=FRIDAY))
            if not e.sources[0].quote.startswith("The harbour board")]


def _skipped(text: str, word: str) -> bool:
    at = text.index(word)
    return participle_in_subject(text, at, at + len(word))


def test_an_ed_word_after_no_is_an_adjective() -> None:
    assert headline_verb("No flooded homes were expected to be rebuilt by the spring") == \
        "No flooded homes are expected to be rebuilt by the spring"
    assert headline_verb("The firm said no damaged tankers remained in the harbour") == \
        "The firm says no damaged tankers remained in the harbour"
    assert _skipped("Many displaced families have returned to the valley", "displaced")
    assert not _skipped("Many feared the worst for the valley", "feared")  # "Many" is the subject, "feared" its verb


def test_a_reduced_relative_reaches_the_later_verb() -> None:
    assert headline_verb("A poll released of 900 voters showed that support for the mayor fell") == \
        "A poll released of 900 voters shows that support for the mayor fell"
    assert _skipped("A strong gale expected to reach the northern U.S. shore could delay the ferries", "expected")
    assert _skipped("A report published on Monday of 40 ports found the cranes were unsafe", "published")


def test_an_active_verb_before_its_clause_or_object_stays_the_verb() -> None:
    assert not _skipped("Local farmers complained on Tuesday the river was dirty", "complained")
    assert not _skipped("The council published on Monday its plan for the port", "published")
    assert not _skipped("The council met on Monday and approved the plan", "met")
    assert not _skipped("Based on a timeline Hale released, the crane could begin lifting", "released")
    # (a past that is also a participle, a count's noun in "-s" or an intransitive past is no later verb of the clause)
    assert not _skipped("Copies of the draft report brought into the open rifts among the firms caught up in it",
                        "brought")
    assert not _skipped("The pier's collapse set off a wave of silt about 19 times more than the last storm", "set")
    assert not _skipped("The flood began when a surge of water erupted from a drain being dug by the council",
                        "erupted")
    assert headline_verb("Portville voted in May to close the pier") == "Portville votes in May to close the pier"


def test_the_poll_title_keeps_its_main_verb() -> None:
    events = events_of("A Harbour Institute poll released Tuesday of 900 voters showed that support for the mayor "
                       "had fallen by a third.")
    assert [title for _, title in events] == ["A Harbour Institute poll shows that support for the mayor had fallen "
                                              "by a third"]


def test_a_bare_day_word_that_only_dates_the_act_leaves_the_title() -> None:
    assert events_of("The port authority issued a statement Monday backing the new ferry plan.") == [
        ("2026-03-16", "The port authority issues a statement backing the new ferry plan")]
    assert events_of("Sailors in Portville were told not to leave the harbour yesterday.") == [
        ("2026-03-19", "Sailors in Portville are told not to leave the harbour")]


def test_a_day_that_modifies_a_noun_stays() -> None:
    assert [title for _, title in events_of("The council faces a Tuesday deadline to submit its budget.")] == [
        "The council faces a Tuesday deadline to submit its budget"]


def test_a_quotation_that_held_only_the_date_goes_with_its_marks() -> None:
    assert events_of("The ferry will resume its crossings “early next week,” the operator said.") == [
        ("2026-W13", "The ferry will resume its crossings")]
    assert events_of('The crew hopes to finish "by the end of the week" and leave the dock.')[0][1] == \
        "The crew hopes to finish and leave the dock"


def test_a_sentence_run_into_the_next_is_split_where_the_stop_was_lost() -> None:
    text = ("Hundreds of tonnes of grain have been spilling out daily Speaking on Saturday, Mayor Ann Reyes blamed "
            "the shipping firm.")
    assert [s.text for s in split_sentences(text)] == [
        "Hundreds of tonnes of grain have been spilling out daily",
        "Speaking on Saturday, Mayor Ann Reyes blamed the shipping firm."]
    text = "Crews lowered a steel dome over the breach It will be fixed in place by divers."
    assert len(split_sentences(text)) == 2


def test_a_capital_after_a_word_of_saying_or_naming_is_no_new_sentence() -> None:
    for text in ("The pastor said that He will provide for the town.", "Her aide was saying We have no plan.",
                 "Critics of the film The descendants were quiet.", "The paper called The plan a folly."):
        assert lost_stop_starts(text, 0, len(text)) == [], text
    text = "Divers reached the wreck of the Sea Harbour The hull was intact."
    assert lost_stop_starts(text, 0, len(text)) == []  # (after a name: a title or a heading may go on)


def test_a_day_between_a_participle_or_a_verb_of_saying_and_what_follows_leaves_the_title() -> None:
    assert [title for _, title in events_of("A survey released Friday found that ferry fares were high.")] \
        == ["A survey finds that ferry fares were high"]
    assert [title for _, title in events_of("The mayor in charge of the clean-up acknowledged Monday everyone is "
                                            "tired of the delays.")] == [
        "The mayor in charge of the clean-up acknowledged everyone is tired of the delays"]
    assert [title for _, title in events_of("The council published the revised Monday timetable for the ferries.")] \
        == ["The council publishes the revised Monday timetable for the ferries"]


def test_a_verb_inside_a_fronted_participle_phrase_keeps_its_tense() -> None:
    assert headline_verb("Based on a timeline the mayor released, the crane could begin lifting") == \
        "Based on a timeline the mayor released, the crane could begin lifting"

