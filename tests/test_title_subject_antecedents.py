"""Who a title's "he", "she", "it" or "they" is, when the sentence or the one before named them: a person named after a
title in a lead clause ("When President Ann Pike ..., she promised"), the organisation that "began life as" or "merged
with", a group whose verb follows an adverb ("Officials at the authority simply had no choice. ... they announced").

Every sentence here is written for these tests; the people, firms and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_a_titled_name_in_the_lead_clause() -> None:
    text = ("Flood defences along the Tarn will be rebuilt, officials said.\n"
            "When President Ann Pike visited Castora, she promised on Tuesday to involve every river town.\n")
    found = titles(text)
    assert any(t.startswith("Pike promises to involve every river town") for t in found), found


def test_a_governor_in_the_lead_clause() -> None:
    text = ("The levee breach flooded two villages.\n"
            "After Gov. Tom Reyes toured the villages on Monday, he ordered a review of every levee in the county.\n")
    found = titles(text)
    assert any(t.startswith(("Reyes orders a review of every levee", "Reyes ordered a review of every levee")) for t in found), found


def test_it_that_merged_is_the_story_s_company() -> None:
    text = ("Harlow Energy reported a loss on Tuesday, its first in a decade.\n"
            "Harlow Energy shares fell 6 percent.\n"
            "The fact that it reports in euros is no surprise, for despite its name, Harlow Energy is a European firm.\n"
            "It began life as the Tarn Valley Oil Company in 1911.\n"
            "In 1998 it merged with Kestrel Oil.\n")
    found = titles(text)
    assert any(t.startswith("Harlow Energy begins life as the Tarn Valley Oil Company") for t in found), found


def test_they_after_a_group_with_an_adverb_before_its_verb() -> None:
    text = ("Flood warnings were issued for the whole valley.\n"
            "Officials at the Tarn River Authority simply had no choice.\n"
            "On Thursday, they announced that the Castora bridge would close.\n")
    found = titles(text)
    assert any(t.startswith("Officials at the Tarn River Authority announce") for t in found), found
