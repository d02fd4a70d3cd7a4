"""A pandemic feared ("a global flu pandemic") names no disease: the "It" that kills is the flu the sentence names."""

from timeline.extract.disease_referents import _phrases


def test_a_feared_pandemic_is_no_disease_named():
    assert _phrases("Fears of a global flu pandemic grew as cases of a new strain of swine flu turned up.") == ["swine flu"]


def test_a_pandemic_named_with_the_stays():
    assert _phrases("The 1957 flu pandemic killed two million people.") == ["The 1957 flu pandemic"]
