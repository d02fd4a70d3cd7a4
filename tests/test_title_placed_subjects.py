"""Titles a reader can place and that carry no page furniture (issue 16, "vague" and "clutter"): an "into" complement
says what an unnamed inquiry is about (placing_phrases.py), a live blog's "as it happened" headline is no part of the
sentence run into it (title_headings.py), a page's help link after its stamp is no word of the story
(cleanup.py), and a "he" whose sentence names one person, told a person by "who", is that person while a site's name
is no one (sole_antecedents.py, title_referents.py). Every text here is invented."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.placing_phrases import placing_phrase
from timeline.extract.title_headings import heading_gone
from timeline.extract.titles import write_title
from timeline.model import Document


def test_an_inquiry_keeps_what_it_looks_into() -> None:
    sentence = ("The county council said on Friday that the inquiry into the reservoir collapse was continuing and that "
                "more staff could be asked to give evidence to the panel.")
    at = sentence.index("on Friday")
    title = write_title(sentence, [(at, at + len("on Friday"))])
    assert title == "The county council says the inquiry into the reservoir collapse is continuing"


def test_into_places_only_an_unnamed_description() -> None:
    rest = "is continuing and that more staff could be asked"
    assert placing_phrase(["the", "inquiry", "into", "the", "collapse"], 2, rest, "The council says ")
    assert not placing_phrase(["Ardmore's", "inquiry", "into", "the", "collapse"], 2, rest, "The council says ")


def test_a_live_blog_headline_goes_before_its_summary() -> None:
    assert heading_gone("Harbour board hearing - as it happened Councillors questioned the harbour master") \
        == "Councillors questioned the harbour master"
    assert heading_gone("All Monday's live updates as they happened The ferry left port") == "The ferry left port"
    assert heading_gone("co. uk Engineers began testing the new gate") == "Engineers began testing the new gate"
    assert heading_gone("cents Northfield has struck back, accusing the council") == "Northfield has struck back, accusing the council"
    assert heading_gone("cents rose to 40") == "cents rose to 40"
    # ("as it happened" before a day tells when)
    assert heading_gone("The ferry sank as it happened Monday") == "The ferry sank as it happened Monday"


def test_a_help_link_after_the_page_stamp_is_no_word_of_the_story() -> None:
    text = ("Ferry sinks off Ardmore\n"
            "12 March 2011 Last updated at 09:43 GMT Help NRG has raised the sunken ferry off Ardmore harbour, the "
            "coastguard says.\n\nThe ferry sank on Tuesday with no one aboard.\n")
    doc = Document(path="t.txt", text=text, published=dt.date(2011, 3, 12))
    titles = [e.title for e in extract(doc)]
    assert any(t.startswith("NRG has raised the sunken ferry") for t in titles), titles
    assert not any(t.startswith("Help") for t in titles)


def test_a_name_a_who_follows_is_the_he_of_its_sentence() -> None:
    text = ("Ellis skips the parade\n\n"
            "President Ellis has cut short his tour, aides said.\n\n"
            "But some critics say Ellis's trip to Leeds over the holiday weekend is poorly timed.\n\n"
            "Ellis, who was flying to Leeds on Thursday night, will not be at Kestrel Memorial Park for the Founders Day "
            "parade -- which he attended last year.\n")
    doc = Document(path="t.txt", text=text, published=dt.date(2011, 5, 27))
    titles = [e.title for e in extract(doc)]
    assert "Ellis attends the Founders Day parade" in titles, titles


def test_a_site_is_no_he() -> None:
    from timeline.extract.title_referents import actor_kind

    assert actor_kind("Kestrel Memorial Park") == "place"
    assert actor_kind("Arden National Cemetery") == "place"
    assert actor_kind("Dara Quill") == "person"


def test_a_thing_named_in_quotation_marks_names_its_common_noun() -> None:
    from timeline.extract.definite_names import fuller_name
    from timeline.extract.quoted_names import quoted_form

    before = ('Engineers hope the "cold plug" procedure will seal the tunnel. ')
    assert fuller_name("The procedure begins", before) == 'The "cold plug" procedure begins'
    assert quoted_form("procedure", 'They tried a procedure known as "cold plug" first. ') == 'the "cold plug" procedure'
    # (a later procedure the story tells without the name may be another; one quoted word is no name)
    assert quoted_form("procedure", 'the "cold plug" procedure failed, so a procedure to drain it was tried. ') is None
    assert quoted_form("procedure", 'the "risky" procedure was approved. ') is None
