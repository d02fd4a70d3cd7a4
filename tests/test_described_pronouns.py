"""A "he" after "The Danish man arrived": the man the story describes, not the last person it named."""

import datetime as dt

from timeline.extract import extract
from timeline.extract.person_nouns import PERSON_NOUN_SUBJECT
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 5, 2)))]


def test_a_peoples_name_before_man_is_an_adjective():
    assert PERSON_NOUN_SUBJECT.match("The Canadian man arrived in Tarvik") is None
    assert PERSON_NOUN_SUBJECT.match("The Briton arrived in Tarvik") is not None


def test_he_after_a_described_man_is_that_man():
    text = ("Lena Okafor, a French tourist, checked into the hotel on Friday but did not stay the night.\n\n"
            "HOTEL GUESTS ASKED TO CALL The Danish man arrived in Tarvik from Oslo on Thursday after a stop in Bergen.\n\n"
            "He developed a fever after arriving and took a taxi to a clinic on Thursday evening.\n")
    titles = _titles(text)
    assert not any(t.startswith(("Okafor", "Lena Okafor")) and "taxi" in t for t in titles), titles
    assert any(t.startswith("The Danish man") and "taxi" in t for t in titles), titles


def test_he_after_the_woman_is_still_the_man_named():
    text = ("Norland has confirmed its first case of marsh fever in a nurse, the health office said on Wednesday.\n\n"
            "The woman arrived by ferry on Friday, Tomas Berglund told a radio station.\n\n"
            "\"She began to cough on Monday,\" he said.\n")
    titles = _titles(text)
    assert any(t.startswith(("Tomas Berglund says", "Berglund says")) for t in titles), titles


def test_she_after_the_woman_described_before_is_that_description():
    text = ("A 19-year-old Danish woman infected with marsh fever has died in Tarvik, officials said on Wednesday.\n\n"
            "The woman, who had asthma, died of a lung illness, the health office said.\n\n"
            "She was admitted to hospital on 15 June.\n")
    titles = [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 6, 25)))]
    assert "The 19-year-old Danish woman is admitted to hospital" in titles, titles
