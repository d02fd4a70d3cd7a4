"""A country's two-word name is no person, and an Arabic surname's hyphened article is part of the name."""

import datetime as dt

from timeline.extract import extract
from timeline.extract.names import NameIndex, looks_personal
from timeline.model import Document


def test_country_names_do_not_look_personal():
    assert not looks_personal("Saudi Arabia")
    assert not looks_personal("New Zealand")
    assert looks_personal("Sara Okafor")


def test_article_joined_by_hyphen_stays_in_the_name():
    names = NameIndex("The minister, Hamid al-Tarawneh, spoke to Nour el-Safadi on the phone.")
    assert "Hamid al-Tarawneh" in [m.text for m in names.mentions]
    assert "Nour el-Safadi" in [m.text for m in names.mentions]
    assert looks_personal("Hamid al-Tarawneh")


def test_he_after_a_country_subject_is_the_minister_named():
    text = ("Saudi Arabia has confirmed its second case of marsh fever in a nurse, the kingdom's health minister said "
            "on Wednesday.\n\nThe nurse arrived by ferry, Hamid al-Tarawneh told a television channel.\n\n"
            "\"She began to cough on Monday,\" he said.\n")
    titles = [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 6, 4)))]
    assert not any(t.startswith("Arabia") for t in titles), titles
    assert any(t.startswith("Hamid al-Tarawneh says") for t in titles), titles


def test_a_territory_named_as_a_country_is_no_person():
    assert not looks_personal("Puerto Rico")
    assert looks_personal("Sara Okafor")


def test_al_opening_a_name_is_a_first_name():
    assert looks_personal("Al Sunseri")
    assert not looks_personal("La Mirada")
