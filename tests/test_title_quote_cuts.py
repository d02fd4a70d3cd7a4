"""A saying's title that cannot hold the whole quotation stops it where a phrase ends (issue 16, "cut"): never on a
subject waiting for its verb, a verb before its object, a modifier before its noun or a verb's missing particle; when
no such place leaves enough of it, a shorter whole clause or the speaker alone. Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.quote_cuts import quote_cut_open
from timeline.extract.title_quotes import with_quote


def _open(quote: str, kept: str) -> bool:
    words = quote.split()
    return quote_cut_open(words, len(kept.split()))


def test_a_subject_before_its_auxiliary_is_open() -> None:
    quote = "Several of the barges and tugs will be heading back to port before the gale arrives"
    assert _open(quote, "Several of the barges and tugs")
    assert not _open(quote, "Several of the barges and tugs will be heading back to port")


def test_a_verb_before_its_object_or_complement_is_open() -> None:
    assert _open("The new timetable still leaves ample room for delays on the northern line",
                 "The new timetable still leaves")
    assert _open("Falling stocks could further lift prices for winter fuel", "Falling stocks could further lift")
    assert _open("The flooding on the ring road is getting so much worse every hour", "The flooding on the ring road is getting")
    assert _open("The warning that we see in the figures now suggests that demand has peaked",
                 "The warning that we see in the figures now suggests")


def test_a_modifier_before_its_noun_is_open() -> None:
    assert _open("It is hard to imagine a more thoroughly botched launch of a ferry service",
                 "It is hard to imagine a more thoroughly")
    assert _open("We have tried to settle certain legal disputes with the port authority",
                 "We have tried to settle certain legal")
    assert _open("The harbour board reported a strong summer season for the marina", "The harbour board reported a strong")
    assert _open("Nothing about this will be as damaging as the Cornish floods of 1953",
                 "Nothing about this will be as damaging as the Cornish")


def test_a_phrasal_verb_without_its_particle_and_a_reported_clause_without_its_verb_are_open() -> None:
    assert _open("There is a lot of work going on at the depot this week", "There is a lot of work going")
    assert _open("Tests show that the first traces of salt in the reservoir could be seen on Friday",
                 "Tests show that the first traces of salt in the reservoir")


def test_a_cut_at_a_phrase_boundary_is_not_open() -> None:
    quote = "We closed the bridge to lorries and we will reopen it once the engineers are satisfied"
    assert not _open(quote, "We closed the bridge to lorries")
    assert not _open("The council is important to the town because it runs the buses", "The council is important to the town")
    assert not _open("It's better than we expected in the first week", "It's better than we expected")


def test_the_title_stops_the_quotation_at_a_whole_phrase() -> None:
    title = with_quote("Marsh says", "The engineers who inspected the viaduct over the weekend found that two of the "
                                     "main bearings had cracked and that repairs could take months")
    assert not title.endswith("weekend”")  # (a subject and its relative clause, without the sentence's verb)
    title = with_quote("Ferry operator Hal Pruett", "Both of the older vessels and the two chartered catamarans will be "
                                                    "withdrawn from the island route for the rest of the summer season")
    assert not title.endswith("chartered”")  # (a noun phrase without its noun, and a subject without its verb)
    title = with_quote("Pruett says", "Both of the older vessels and the two chartered catamarans will be withdrawn from "
                                      "the island route for the rest of the summer season")
    assert title == "Pruett: “Both of the older vessels and the two chartered catamarans will be withdrawn”"


def test_no_phrase_boundary_leaves_the_speaker_rather_than_a_broken_quote() -> None:
    title = with_quote("Harbour master Ivo Brandt says", "It is hard to recall a more spectacularly mismanaged rollout "
                                                         "of a ferry timetable than the one we have seen")
    assert title == "Harbour master Ivo Brandt: “It is hard to recall a more spectacularly mismanaged rollout”"
    title = with_quote("Harbour master Ivo Brandt says", "We remain confident that the new breakwater on the northern side of "
                                                         "the harbour has proved successful")
    assert title == "Harbour master Ivo Brandt: “We remain confident”"


def test_a_first_piece_split_at_and_or_so_is_no_clause_when_its_sentence_goes_on() -> None:
    title = with_quote("Okafor says", "Some of the same councillors who have been complaining and demanding action are "
                                      "the same councillors who voted down the flood budget last spring")
    assert not title.endswith("complaining”"), title  # (the subject's verb "are" comes after the "and")
    title = with_quote("Okafor told reporters", "The flooding in the lower town is getting so much worse than anyone "
                                                "on the council had ever expected")
    assert not title.endswith("getting”"), title


def test_a_three_word_first_clause_is_no_error() -> None:
    title = with_quote("Okafor says", "We were told, by the engineers who came to look at the cracked bearings on the "
                                      "viaduct last week, that nothing could be done before the spring")
    assert title.startswith("Okafor")


def test_a_short_cut_fits_and_says_something() -> None:
    attribution = "Only nine days before the collapse of the old Tay Road footbridge near the harbour, you say"
    title = with_quote(attribution, "It turns out, as it happens, that footbridges generally don't fall down.")
    assert title == attribution  # ("...: “It turns out”" is longer than a headline and says nothing)
    title = with_quote("Okafor says", "Storm-battered, wind-lashed fishing villages along the northern coast and the "
                                      "islands beyond the ferry route have been waiting weeks for the repair crews")
    assert title != "Okafor: “Storm-battered”"


def test_so_of_degree_stays_with_its_words_while_a_connective_so_goes() -> None:
    # "So far" and "So many" measure what follows; a sentence-opening "So we ..." only links to the talk before.
    assert "So far it is holding up well" in with_quote("The harbour engineer says", "So far it is holding up well")
    assert "So many boats were lost" in with_quote("The harbour master says", "So many boats were lost in the night")
    assert "“We will reopen the pier" in with_quote("The mayor says", "So we will reopen the pier on Monday morning")
