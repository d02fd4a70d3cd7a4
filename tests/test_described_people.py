"""'The woman' opening a title: the one description the story gave of her just before."""

from timeline.extract.definite_names import fuller_name
from timeline.extract.described_people import described_person

CASE = "Norland confirmed its first case of marsh fever in a 19-year-old Danish student, its health office said.\n"


def test_the_woman_takes_the_description_of_the_sentence_before():
    assert described_person("The woman arrives on a ferry from Oslo", CASE + "She was well.\n") \
        == "The 19-year-old Danish student arrives on a ferry from Oslo"


def test_a_people_name_describes_the_man():
    before = "A 21-year-old Canadian has tested positive for marsh fever in Tarvik, the health office said.\n"
    assert described_person("The man arrives in Tarvik by train", before) == "The 21-year-old Canadian arrives in Tarvik by train"


def test_where_from_goes_with_the_noun():
    before = "A 40-year-old man from Eastport was the second case, officials said.\n"
    assert fuller_name("The man dies in hospital", before) == "The 40-year-old man from Eastport dies in hospital"


def test_two_people_described_leave_the_title():
    before = "The cases are a 12-year-old girl from Eastport and a 41-year-old woman from Westby.\n"
    assert described_person("The woman returns from a trip", before) == "The woman returns from a trip"


def test_a_description_two_sentences_back_and_a_place_noun_are_not_people():
    far = CASE + "The office closed. Schools shut. Buses stopped.\n"
    assert described_person("The woman arrives on a ferry", far) == "The woman arrives on a ferry"
    clinic = "Police searched a Houston clinic on Monday.\n"
    assert described_person("The man is arrested", clinic) == "The man is arrested"


def test_a_bare_noun_adds_nothing():
    assert described_person("The woman is discharged", "Doctors treated a woman on Monday.\n") == "The woman is discharged"
