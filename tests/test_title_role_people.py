"""A title's "the singer's death" or "the trial of the doctor" takes the person the story named with that noun: read
apart from the story, the noun names nobody.

Every sentence here is written for these tests; the people, places and shows are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.title_role_people import role_people_named
from timeline.model import Document

#: A story about a singer and the doctor tried over her death, as a headline and lead tell it.
STORY = ("Dara Quill's doctor faces trial over overdose\n"
         "Dr Conrad Lane, who treated pop singer Dara Quill, will go on trial in Galway next month, a judge ruled.\n"
         "Quill died at her home in Galway in 2009 after a dose of a powerful sedative. "
         "Dr Lane denies the charge, and Quill's family say they want answers. ")


def named(title: str, before: str) -> str:
    return role_people_named(title, before, len(before))


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_the_singer_as_an_owner_or_an_object_is_the_story_s_performer() -> None:
    assert named("Drugs lead to the singer's death", STORY) == "Drugs lead to Dara Quill's death"
    assert named("The jury finds him guilty of giving the late singer a fatal dose", STORY) == \
        "The jury finds him guilty of giving Dara Quill a fatal dose"
    assert named("The film opens four months after the pop star's death", STORY) == \
        "The film opens four months after Dara Quill's death"


def test_the_doctor_is_the_one_doctor_the_lead_calls_so() -> None:
    assert named("The trial of the doctor is postponed", STORY) == "The trial of Conrad Lane is postponed"
    assert named("Quill hires the physician on a monthly salary", STORY) == \
        "Quill hires Conrad Lane on a monthly salary"


def test_an_article_runs_the_rule_on_its_titles() -> None:
    text = STORY + "\nThe trial of the doctor was postponed on Monday until June.\n"
    assert any(t.startswith("The trial of Conrad Lane is postponed") for t in titles(text)), titles(text)


def test_no_doctor_named_in_the_lead_or_two_of_them_leave_the_noun() -> None:
    flu = ("Flu cases rise in Corvin schools\nHealth officials in Corvin said cases of flu rose sharply last week. "
           "Dr Ann Pike, a virologist, said the rise was expected. ")
    assert named("A mother takes her son to the doctor", flu[:80]) == "A mother takes her son to the doctor"
    two = ("Doctors clash at Quill inquest\nDr Conrad Lane and Dr Ann Pike gave evidence at the inquest into the death "
           "of singer Dara Quill on Monday. ")
    assert named("The trial of the doctor is postponed", two) == "The trial of the doctor is postponed"


def test_a_description_that_goes_on_says_who_already() -> None:
    assert named("The doctor accused of giving Quill the drug is bailed", STORY) == \
        "The doctor accused of giving Quill the drug is bailed"


def test_a_title_that_names_the_person_or_holds_two_nouns_stays() -> None:
    assert named("Dara Quill meets Lane when the singer's son was ill", STORY) == \
        "Dara Quill meets Lane when the singer's son was ill"
    assert named("The singer demands the truth about the star's death", STORY) == \
        "The singer demands the truth about the star's death"


def test_two_of_one_family_in_the_lead_leave_the_singer() -> None:
    family = ("Rhona Quill to write Dara Quill memoir\nA memoir by Rhona Quill about her sister, Dara, will come out "
              "in the autumn, its publishers said. Rhona Quill said the book would tell the truth. ")
    assert named("Drugs lead to the singer's death", family) == "Drugs lead to the singer's death"


def test_a_page_button_run_into_the_name_is_no_part_of_it() -> None:
    story = ("Last updated at 21:40 GMT Help Dara Quill's former doctor has been found guilty by a jury in Galway.\n"
             "Dr Conrad Lane was charged with causing the pop star's death in 2009. Quill's fans cheered. ")
    assert named("Lane is charged with causing the pop star's death", story) == \
        "Lane is charged with causing Dara Quill's death"


def test_him_is_the_man_the_sentence_before_was_about() -> None:
    text = ("Harbour chief Tomas Brenner faced angry fishermen in Portville on Monday.\n"
            "Mr Brenner promised to stay in the town until the slick was cleared.\n"
            "Reporters met him on Wednesday evening at the end of a long day.\n")
    assert any(t.startswith("Reporters meet Tomas Brenner") for t in titles(text)), titles(text)


def test_him_stays_when_another_person_stands_nearer_or_the_title_is_a_clause() -> None:
    before = ("Harbour chief Tomas Brenner faced angry fishermen in Portville on Monday.\n"
              "Mr Brenner promised to stay in the town until the slick was cleared.\n")
    nearer = before + "Minister Anna Holt wrote to Ivo Marr on Tuesday to ask him to speed up the payments.\n"
    assert not any("Tomas Brenner" in t for t in titles(nearer) if "payments" in t), titles(nearer)
    inside = before + "He said the boat was still afloat when the coastguard found him on Tuesday.\n"
    assert not any("found Tomas Brenner" in t or "finds Tomas Brenner" in t for t in titles(inside)), titles(inside)
    quoted = before + "\"I got a call from him on Tuesday that I will never forget,\" the skipper said.\n"
    assert not any("Tomas Brenner" in t for t in titles(quoted) if "call" in t), titles(quoted)


def test_a_courtesy_title_before_a_first_name_takes_the_surname() -> None:
    assert named("Witnesses testify Dr Conrad had hidden the vials", STORY) == \
        "Witnesses testify Dr Lane had hidden the vials"
    # a first name that is also someone's surname ("Ms Conrad" after "Mia Conrad") is that person
    assert named("Dr Conrad says the dose was safe", STORY + "Dr Mia Conrad testified. ") == \
        "Dr Conrad says the dose was safe"


def test_the_president_is_the_one_the_story_called_president() -> None:
    story = ("Ostland leader visits flooded coast\nPresident Mara Velde toured the flooded coast of Ostland on Monday, "
             "her aides said. President Velde's visit came a week after the storm. ")
    assert named("Critics question the judgment of the president", story) == \
        "Critics question the judgment of Mara Velde"
    assert named("The president says aid will arrive within days", story) == \
        "Mara Velde says aid will arrive within days"
    # the office of a company names its holder already; two presidents named may be either
    assert named("The president of Harlow Shipping resigns", story) == \
        "The president of Harlow Shipping resigns"
    two = story + "Former President Ivo Marr criticised the response. President Anton Grell of Westmark called. "
    assert named("The president says aid will arrive within days", two) == \
        "The president says aid will arrive within days"


def test_a_speaker_s_words_keep_their_noun() -> None:
    story = "Ostland leader visits coast\nPresident Mara Velde toured the flooded coast of Ostland on Monday. "
    assert named("Ivo Marr: “The promise the president made will be kept”", story) == \
        "Ivo Marr: “The promise the president made will be kept”"


def test_a_description_set_off_after_a_name_is_that_person() -> None:
    text = ("Harbour board members questioned officials about the spill in Portville on Monday.\n"
            "Tomas Brenner, the harbour official who visited the quay on Tuesday, said little. Brenner later left.\n")
    found = titles(text)
    assert any(t.startswith("Tomas Brenner visits the quay") for t in found), found
    # a name that is no person's the story calls so ("Agent Blue", never "Blue said") leaves the description
    other = ("Funds were set up for victims of Agent Blue, the terrorist attacks and the floods.\n")
    start = other.index("the terrorist")
    assert role_people_named("The terrorist attacks", other, start) == "The terrorist attacks"
