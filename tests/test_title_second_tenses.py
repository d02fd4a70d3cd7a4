"""A headline keeps one tense across its subject's verbs (issue 16, "grammar"): "is admitted ... and gave birth",
"remains at 6,700 psi and was rising", "come to Congress and declared" mix the present the first verb took with the
past the second kept. Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.title_tense import headline_verb


def test_a_finite_past_after_a_passive_goes_to_the_present() -> None:
    assert headline_verb("The climber was flown to hospital in Lerwick and gave an interview to reporters") \
        == "The climber is flown to hospital in Lerwick and gives an interview to reporters"
    assert headline_verb("The old ferry was hit by a wave and sank") == "The old ferry is hit by a wave and sinks"
    assert headline_verb("The driver was taken to hospital and died") == "The driver is taken to hospital and dies"


def test_a_participle_that_shares_the_passive_auxiliary_stays() -> None:
    assert headline_verb("The two guards were arrested and charged") == "The two guards are arrested and charged"


def test_was_after_an_active_verb_goes_to_the_present() -> None:
    assert headline_verb("The river level remained at about 4,200 mm and was falling slowly") \
        == "The river level remains at about 4,200 mm and is falling slowly"
    assert headline_verb("The builder hired the crane but was later cleared") \
        == "The builder hires the crane but is later cleared"


def test_a_name_or_an_infinitive_between_the_verbs_opens_no_clause() -> None:
    assert headline_verb("Bank chiefs came to Parliament and declared that they bore no blame") \
        == "Bank chiefs come to Parliament and declare that they bore no blame"
    assert headline_verb("The singer flew in from Oslo to perform and planned to stay a week") \
        == "The singer flies in from Oslo to perform and plans to stay a week"


def test_a_third_verb_of_the_subject_follows_the_second() -> None:
    assert headline_verb("The barge broke loose and drifted and struck the bridge") \
        == "The barge breaks loose and drifts and strikes the bridge"
