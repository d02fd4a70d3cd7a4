"""Acts of the story's news day told after its lead with no date and no opener (:mod:`.day_statements`).

Every text here is written for these tests: a lead dated to the news day, the sentence after it telling the
lead's own happening in more words, then the day's other happenings in the simple past; and the sentences that
must not take the day (sayings, pronoun subjects, backstory, a perfect, a refusal to comment, a state, anything
after a sentence dated to another day, or after a lead of another day).
"""

from __future__ import annotations

import pytest
from extract_support import dated, events_of

from timeline.extract.day_statements import DAY_CONFIDENCE, narrated_act, second_happening
from timeline.extract.implied import CONTINUED_CONFIDENCE
from timeline.extract.merge import Mention
from timeline.extract.title_choice import best_title
from timeline.model import When

LEAD = ("The harbour authority of Veldt closed the northern quay on Thursday after a grain tanker ran aground in "
        "the channel.\n"
        "Harbour master Ilse Brandt ordered the closure at dawn as the tide turned.\n"
        "Divers checked the hull for a leak.\n")


def test_an_act_of_a_named_doer_after_the_lead_takes_the_news_day() -> None:
    events = events_of(LEAD + "The Coast Guard towed the tanker to a repair dock in Ostmark.\n"
                              "Senator Alma Torve toured the closed quay with the mayor.\n")
    assert dated(events, "towed the tanker") == ["2031-05-15"]
    assert dated(events, "toured the closed quay") == ["2031-05-15"]
    towed = next(e for e in events if any("towed the tanker" in s.quote for s in e.sources))
    assert towed.confidence == DAY_CONFIDENCE < CONTINUED_CONFIDENCE  # a day read from its place, not stated


def test_the_day_is_the_leads_stated_day() -> None:
    lead = LEAD.replace("on Thursday", "on Tuesday")
    events = events_of(lead + "The Coast Guard towed the tanker to a repair dock in Ostmark.\n")
    assert dated(events, "towed the tanker") == ["2031-05-13"]


@pytest.mark.parametrize("sentence", [
    "Officials said the tanker was stable.",  # a saying (a named speaker's is :mod:`.day_sayings`')
    "Officials warned shipping lines to keep clear of the channel.",
    "The Coast Guard reiterated that the channel was closed.",
    "He towed the tanker to a repair dock in Ostmark.",  # a pronoun: a profile's or an account's
    "In Ostmark the Coast Guard towed the tanker to a repair dock.",  # a fronted phrase
    "The Coast Guard towed a tanker off the same sandbar years ago.",  # backstory
    "The Coast Guard already towed two barges off the sandbar.",
    "The Coast Guard has towed the tanker to a repair dock.",  # a perfect: a state now
    "The Coast Guard did not tow the tanker.",
    "The shipping line Corvex declined to comment.",
    "The Veldt Harbour Trust owned the repair dock.",  # a lasting state
    "The Coast Guard towed the tanker, the harbour master told reporters.",  # an act someone reports
    "Lindqvist Bank took a gloomier view, saying the port would lose a year of trade.",  # a saying
    "Reporter Ana Vos went to the quay to find out.",  # the page's own errand: a video's introduction
])
def test_what_is_no_act_of_the_day(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:25]) == []


def test_the_sentence_right_after_the_lead_is_the_leads_own_happening() -> None:
    text = ("The harbour authority of Veldt closed the northern quay on Thursday after a grain tanker ran aground.\n"
            "The Veldt Harbour Trust shut the gates at dawn as the tide turned.\n")
    assert dated(events_of(text), "shut the gates") == []


def test_nothing_after_a_sentence_dated_to_another_day() -> None:
    text = LEAD + ("The same tanker lost power in the channel on 3 March.\n"
                   "The Coast Guard towed the tanker to a repair dock in Ostmark.\n")
    assert dated(events_of(text), "towed the tanker") == []


def test_nothing_after_the_storys_footer() -> None:
    text = LEAD + ("We welcome comments that advance the story.\n"
                   "The port authority ignored the warnings for a decade, in my view.\n"
                   "The Coast Guard towed the tanker to a repair dock in Ostmark.\n"
                   + "The harbour should have been dredged years ago, if you ask the dockers.\n" * 6)
    assert dated(events_of(text), "towed the tanker") == []


def test_nothing_after_a_lead_dated_only_by_the_publication() -> None:
    lead = LEAD.replace(" on Thursday", "")
    assert dated(events_of(lead + "The Coast Guard towed the tanker to a repair dock in Ostmark.\n"),
                 "towed the tanker") == []


def test_nothing_after_a_lead_of_another_day() -> None:
    lead = LEAD.replace("on Thursday", "in March 2029")
    assert dated(events_of(lead + "The Coast Guard towed the tanker to a repair dock in Ostmark.\n"),
                 "towed the tanker") == []


def test_nothing_far_below_the_lead() -> None:
    filler = "".join(f"Divers checked section {n} of the hull for a leak.\n" for n in range(2, 10))
    events = events_of(LEAD + filler + "The Coast Guard towed the tanker to a repair dock in Ostmark.\n")
    assert dated(events, "towed the tanker") == []


@pytest.mark.parametrize("sentence, actor, act", [
    ("The Senate voted 71-22 to fund the dredging.", "Senate", True),
    ("Rear Adm Oda Lunde gave the shipping line two days to clear the wreck.", "Oda Lunde", True),
    ("But the Coast Guard then towed the tanker away.", "Coast Guard", True),
    ("The Coast Guard criticised the shipping line.", "Coast Guard", False),
    ("The Coast Guard said the tanker was stable.", "Coast Guard", False),  # a saying, not an act
    ("Oda Lunde headed the harbour agency under two governments.", "Oda Lunde", False),
    ("Oda Lunde had ordered a survey of the channel.", "Oda Lunde", False),
    ("“We towed it,” Oda Lunde said.", "Oda Lunde", False),
    ("A poor Photoshop job left a white patch beside the pilot.", "Photoshop", False),  # a thing, not its maker
])
def test_narrated_act(sentence: str, actor: str, act: bool) -> None:
    assert narrated_act(sentence, actor) is act


def test_a_day_mention_told_with_the_lead_does_not_title_its_event() -> None:
    lead_text = ("The shipping ministry lost a court fight on Thursday when a judge refused to put on hold her ruling "
                 "lifting a ban on night dredging.")
    day_text = "Judge Rosa Lind issued a brief order denying the stay request."
    text = lead_text + "\n" + day_text + "\n"
    when = When.parse("2031-05-15")
    lead = Mention(when=when, start=0, end=len(lead_text), sentence=0, actor="shipping ministry",
                   title="The shipping ministry loses a court fight when a judge refuses to put on hold her ruling",
                   tags=[], confidence=0.9, is_statement=False)
    day = Mention(when=when, start=len(lead_text) + 1, end=len(text) - 1, sentence=1, actor="Rosa Lind",
                  title="Rosa Lind issues a brief order denying the stay request", tags=[], confidence=DAY_CONFIDENCE,
                  is_statement=False, continued="day")
    assert best_title([lead, day], lead, text) is lead


def test_a_second_happening_in_the_lead_is_an_event_of_its_own() -> None:
    text = ("Harbour unions on Thursday pressed the port board for a ban on night dredging, as Mayor Lena Ortt warned "
            "that the channel could not take more traffic.\n"
            "The board meets again next month.\n")
    events = events_of(text)
    warned = [e for e in events if any(s.quote.startswith("Mayor Lena Ortt warned") for s in e.sources)]
    assert [e.when.value() for e in warned] == ["2031-05-15"]
    assert "Ortt" in warned[0].title


@pytest.mark.parametrize("sentence, second", [
    ("Harbour unions pressed the board for a ban on Thursday, while Mayor Lena Ortt toured the quay.",
     "Mayor Lena Ortt toured the quay."),
    ("The well showed no sign of a leak on Friday after the cap held, but President Ana Moll warned that more was needed.",
     "President Ana Moll warned that more was needed."),
    ("Dockers are angry at the board, but Senator Ivo Kask took that anger further on Thursday.", ""),  # a scene first
    ("The port board cut fees on Thursday, as the Port Board said it would.", ""),  # no subject of its own
    ("The port board cut fees on Thursday, as Corvex continued to unload grain.", ""),  # what goes on
    ("The port board cut fees on Thursday, and Corvex has said it will stay.", ""),  # a perfect
    ("The port board cut fees on Thursday, as Corvex had asked for years.", ""),
    ("The port board said on Thursday its fees rose, while Corvex cut its own.", ""),  # maybe what the board said
    ("The port board cut fees on Thursday, while Corvex kept its own.", ""),
])
def test_second_happening(sentence: str, second: str) -> None:
    cut = second_happening(sentence, "Port Board")
    assert (sentence[cut:] if cut > 0 else "") == second
