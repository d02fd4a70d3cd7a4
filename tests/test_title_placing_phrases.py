"""An unnamed subject keeps the "of" phrase that says what it is when the title still holds its verb
(placing_phrases.py); the shares of a lead's one company are its shares (share_owners.py). Texts written for these
tests."""

import datetime as dt

from timeline.extract import extract
from timeline.extract.placing_phrases import placing_phrase
from timeline.extract.share_owners import shares_owned
from timeline.extract.titles import write_title
from timeline.model import Document


def test_reported_subject_keeps_its_of_phrase():
    title = write_title("One analyst said on Monday that the volume of gas escaping from the damaged pipeline could be "
                        "far larger than the operator has admitted so far.", [])
    assert title == "One analyst says the volume of gas escaping could be far larger"


def test_of_phrase_stays_only_after_an_unnamed_description():
    rest = "could be far larger"
    assert placing_phrase(["the", "volume", "of", "gas"], 2, rest, "One analyst says ")
    assert not placing_phrase(["the", "Gulf", "of", "Mexico"], 2, rest)  # a name's own words
    assert not placing_phrase(["the", "volume", "from", "the", "pipe"], 2, rest)  # not an "of" phrase
    assert not placing_phrase(["Northfield's", "report", "of", "the", "fire"], 2, rest)  # an owner says whose


def test_of_phrase_goes_when_keeping_it_would_cut_the_predicate():
    subject = ["A", "survey", "of", "the", "effects", "of", "the", "long", "drought", "in", "the", "southern", "valleys"]
    rest = "has confirmed the presence of a rare fungus in the roots of several ancient oak trees near the river"
    assert not placing_phrase(subject, 5, rest)


def test_the_shares_of_a_lead_naming_its_company_once_before():
    before = "Shares in Northfield Energy rose on talk of a bid.\n\n"
    story = before + ("The shares closed up 3% after reports that Northfield Energy was in talks with a fund.\n\n"
                      "Northfield Energy declined to comment.\n")
    assert shares_owned("The shares close up 3%", before, story) == "Northfield Energy shares close up 3%"
    # (a company the whole story names once is still no company it is about)
    assert shares_owned("The shares close up 3%", before, before) == "The shares close up 3%"


def test_an_indefinite_happening_keeps_its_named_site():
    text = ("Harwell Bay has a long record of accidents.\nHARWELL BAY VAPOR CLOUD, AUGUST 10, 2005 A gas-oil leak at the "
            "Harwell Bay refinery produced a vapor cloud that prompted a \"shelter-in-place\" order to be issued for the "
            "Harwell Bay area, meaning residents are supposed to hunker down and take steps to avoid breathing outside air.\n")
    doc = Document(path="t.txt", text=text, published=dt.date(2010, 8, 23))
    titles = [e.title for e in extract(doc)]
    assert "A gas-oil leak at the Harwell Bay refinery produces a vapor cloud" in titles


def test_only_a_named_site_after_an_indefinite_head_places_it():
    rest = "produces a toxic cloud"
    assert placing_phrase(["A", "gas", "leak", "at", "the", "Harwell", "Bay", "refinery"], 3, rest)
    assert not placing_phrase(["A", "gas", "leak", "at", "the", "old", "refinery"], 3, rest)  # no name: no place told
    assert not placing_phrase(["The", "gas", "leak", "at", "the", "Harwell", "refinery"], 3, rest)  # definite: told before


def test_a_copula_and_its_adjective_are_a_whole_predicate():
    text = ("The repair of the Aven dam failed on Friday, engineers said.\n"
            "U.S. Navy Admiral Jane Holt, flanking Doyle at a daily briefing, said the news of the dam repair failure was "
            "disappointing and that the best option for ending the flooding was an evacuation which engineers estimate "
            "will take two months.\n")
    titles = [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2010, 5, 29)))]
    assert "Jane Holt says the news of the dam repair failure is disappointing" in titles
