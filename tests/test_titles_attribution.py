"""Attributions in news prose (timeline.extract.attribution): the speaker is the title's subject and what was
said is the news, whichever shape the attribution takes. Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.attribution import ATTRIBUTED, inverted_after_quote, opening_attribution
from timeline.extract.title_gate import title_defect
from timeline.extract.titles import write_title


def test_an_opening_inverted_attribution_makes_its_speaker_the_subject() -> None:
    assert write_title("Said the panel in a note to the harbour master sent on Monday, “We doubt the seals held.”",
                       []) == "The panel says: “We doubt the seals held”"
    assert write_title("Said Okafor: “The pumps are running again.”", []) == "Okafor says: “The pumps are running again”"
    assert write_title("Said Dana Reyes, the ferry line's owner: “We lost a week of trade.”", []) \
        == "Dana Reyes says: “We lost a week of trade”"
    assert write_title("Said one baker: “Nobody came in all day.”", []) == "One baker says: “Nobody came in all day”"
    # Without quotation marks, what follows the colon is a reported clause.
    assert write_title("Said the mayor of Port Alder: the beaches will stay shut.", []) \
        == "The mayor of Port Alder says the beaches will stay shut"


def test_said_as_a_participle_opening_a_sentence_is_no_attribution() -> None:
    assert opening_attribution("Said to be the oldest mill in the county, the building will close.") is None
    assert write_title("Said to be the oldest mill in the county, the building closed.", []).startswith("Said to be")


def test_an_inverted_attribution_after_a_quote_names_the_speaker_with_or_without_a_venue() -> None:
    assert write_title("“The road will reopen soon,” said the council in a letter to residents.", []) \
        == "The council says: “The road will reopen soon”"
    found = inverted_after_quote("said Dana Reyes, the owner")
    assert found is not None and (found.speaker, found.verb) == ("Dana Reyes", "said")
    assert inverted_after_quote("said nothing more about it") is None


def test_an_opening_attribution_counts_as_attributed_for_the_gate() -> None:
    assert ATTRIBUTED.search("Said Okafor: “I think the pumps are fine.”")
    assert not ATTRIBUTED.search("Said to be the oldest mill, it closed.")
    assert title_defect("Okafor says: “The pumps are running again”") is None


def test_a_quotation_inside_the_opening_one_does_not_end_it() -> None:
    from timeline.extract.attribution import quote_first
    assert quote_first("“We fear this ‘job done’ moment,” said Dana Reyes.") == (
        "We fear this ‘job done’ moment", "said Dana Reyes.")
    assert quote_first("'We don't know yet,' the mayor said.") == ("We don't know yet", "the mayor said.")
    assert write_title("“We fear this ‘job done’ moment,” said Dana Reyes, the owner.", []) \
        == "Dana Reyes says: “We fear this ‘job done’ moment”"
    assert quote_first("The pumps are running again.") is None


def test_a_relative_clause_after_a_persons_apposition_leaves_the_person_as_speaker() -> None:
    for sentence, speaker in (
            ("Tove Marsh, chief executive of the Western Hockey Federation, which owns the arena, said on Monday that "
             "the roof would be replaced.", "Tove Marsh"),
            ("Pelle Ek, a director of the Baltic Sailing Union, which runs the regatta, said on Friday the race "
             "would go ahead.", "Pelle Ek")):
        date = "on Monday" if "Monday" in sentence else "on Friday"
        start = sentence.index(date)
        title = write_title(sentence, [(start, start + len(date))])
        assert title.startswith(speaker + " says"), title
    # A fronted place is no apposition: the relative clause after the subject simply goes.
    sentence = "In Houston, officials at the plant, which employs 300 people, said on Monday that the leak was small."
    start = sentence.index("on Monday")
    assert write_title(sentence, [(start, start + len("on Monday"))]).startswith("Officials at the plant say")


def test_a_comment_clause_between_a_subject_and_its_verb_goes_with_both_commas() -> None:
    for sentence in ("Several of the new figures, the panel believes, show the dam was at fault on 3 May.",
                     "Several of the new figures, the panel said, show the dam was at fault on 3 May."):
        start = sentence.index("on 3 May")
        assert write_title(sentence, [(start, start + len("on 3 May"))]) == \
            "Several of the new figures show the dam was at fault"
    # After a fronted phrase the comment's place keeps a comma, and the phrase is no subject.
    sentence = "So far, officials said, the water has not reached the village on Monday."
    start = sentence.index("on Monday")
    assert write_title(sentence, [(start, start + len("on Monday"))]).startswith("The water has not reached")


def test_a_comment_clause_after_a_whole_clause_leaves_the_dated_clause_alone() -> None:
    sentence = "The new pier should be finished by Saturday afternoon, Berg said, and a final check will open it."
    start = sentence.index("by Saturday afternoon")
    assert write_title(sentence, [(start, start + len("by Saturday afternoon"))]) == "The new pier should be finished"
