"""A title's "the fund" takes the words of kind or measure with which the story introduced it (introduced_things.py).
Texts written for these tests."""

from timeline.extract.introduced_things import introduced_named


def test_the_noun_takes_its_introductions_measure():
    before = "Harlow Mining will sell assets to fund a planned $4 billion fund for the flooded valley.\n\n"
    assert introduced_named("Harlow Mining will pay into the fund by June", before) == \
        "Harlow Mining will pay into the $4 billion fund by June"


def test_the_noun_takes_its_introductions_kind():
    before = "Engineers will lower what has been called a containment hood over the broken pipe.\n\n"
    assert introduced_named("The hood is lowered", before) == "The containment hood is lowered"


def test_describing_adjectives_are_no_kind():
    before = "The council ordered a planned review of the dam.\n\n"
    assert introduced_named("The review begins", before) == "The review begins"


def test_a_thing_told_before_its_introduction_is_another():
    before = ("Crews fought to close the pipe on Monday.\n\n"
              "Harlow Mining began laying a bypass pipe beside it.\n\n")
    assert introduced_named("Crews fail to close the pipe", before) == "Crews fail to close the pipe"


def test_two_kinds_of_the_noun_leave_the_title():
    before = "Harlow Mining set up a trust fund.\n\nIt also paid into a pension fund for its workers.\n\n"
    assert introduced_named("The fund pays out", before) == "The fund pays out"


def test_an_of_phrase_already_says_which():
    before = "Doctors feared a flu outbreak in the town.\n\n"
    assert introduced_named("The outbreak of measles spreads", before) == "The outbreak of measles spreads"


def test_a_title_over_the_limit_stays():
    before = "Engineers will lower what has been called a containment hood over the broken pipe.\n\n"
    title = "Refurbished over three weeks and equipped with heavy steel flaps, the hood is to be towed out"
    assert introduced_named(title, before) == title


def test_an_organisation_noun_is_left_to_the_company_finders():
    before = "For a Leeds-based shipping company that lives on North Sea routes, Dana Kell may be the right choice.\n\n"
    assert introduced_named("Norfleet buys the company", before) == "Norfleet buys the company"


def test_a_quotations_words_stay_as_said():
    before = "Forecasters expect a busy storm season.\n\n"
    title = "Anna Reyes: “The centre raised its forecast for the season”"
    assert introduced_named(title, before) == title
