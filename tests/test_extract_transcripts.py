"""Broadcast transcripts and modern page chrome (issue 16): a speaker's label is not part of the statement,
cue lines and buttons make no events, and a call to comment inside a story does not cut off the story."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document

# Text written for these tests, laid out the way saved transcripts and news pages are.
TRANSCRIPT = """VAN HOLT: Tonight, the ferry company says it will pay the fines.
MAYOR GREENE: The company told us on Monday that it had fixed the engines.
(BEGIN VIDEO CLIP)
UNIDENTIFIED MALE: We were on deck for six hours before the boats came.
(END VIDEO CLIP)
(COMMERCIAL BREAK)
O'DWYER (voice-over): The harbour reopened on Friday after two weeks of repairs.
"""


def furniture(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]


def events(text: str) -> list:
    return extract(Document(path="p.txt", text=text, published=dt.date(2026, 3, 4)))


def test_speaker_labels_and_cues_are_furniture_and_stay_out_of_titles() -> None:
    found = furniture(TRANSCRIPT)
    for label in ("VAN HOLT:", "MAYOR GREENE:", "UNIDENTIFIED MALE:", "O'DWYER (voice-over):"):
        assert ("speaker", label) in found, label
    for cue in ("(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)", "(COMMERCIAL BREAK)"):
        assert ("cue", cue) in found, cue
    titles = [e.title for e in events(TRANSCRIPT)]
    assert any("harbour reopens" in t.lower() for t in titles), titles
    assert not any(":" in t or "O'DWYER" in t or "GREENE" in t for t in titles), titles
    # The quote keeps the words after the label: the source text is never changed.
    assert all(e.sources[0].quote in TRANSCRIPT and ":" not in e.sources[0].quote[:30] for e in events(TRANSCRIPT))


def test_a_label_broken_from_its_colon_is_one_label() -> None:
    text = ("HOST: The inquiry opened on Monday.\nSENATOR ANA RUIZ, D-MAINE\n: It is clear the company ignored "
            "the warnings in May.\nHOST: The company denied that on Tuesday.\n")
    assert ("speaker", "SENATOR ANA RUIZ, D-MAINE\n: ") in furniture(text)


def test_one_or_two_capitalised_headings_are_no_transcript() -> None:
    text = ("UPDATE: The council approved the ferry terminal on Monday after a long debate.\n"
            "PORTVILLE: The harbour board met on Tuesday to discuss the plans for the new terminal.\n")
    assert not [k for k, _ in furniture(text) if k in ("speaker", "cue")]


def test_modern_page_chrome_is_furniture() -> None:
    story = "Coast Ferries was fined two million pounds on Tuesday after an engine fire on a crowded ferry."
    chrome = ["Skip to main content", "Share", "Save", "Key event", "2h ago", "35 minutes ago", "1 of 12",
              "Accept all cookies", "We use cookies to improve your experience on our site.",
              "You have reached your limit of free articles.", "Listen to this article",
              "This copy may not be in its final form and may be updated.", "Reuse this content", "About the author",
              "Tags: Ferries, Strikes", "Share on Facebook", "Story continues below advertisement", "Sponsored content",
              "Please turn on JavaScript to see the latest updates", "Skip to comments", "Editor's picks",
              "Support our journalism", "This is a developing story and will be updated.",
              "This article is more than 2 years old", "Video: Passengers describe the fire", "Privacy policy",
              "Last updated: 2 hours ago", "Photo 3 of 12: Pickets outside the ferry terminal",
              "Correction, March 5, 2026: An earlier version of this story misstated the number of passengers.",
              "Clarification (March 5, 2026): The board met on Monday, not Tuesday.",
              "A version of this story appeared in print on March 5, 2026, Section A, Page 1.",
              "Jane Doe · March 4, 2026 · 5 min read", "Contributing: Jane Roe, Coast News"]
    text = "\n".join([chrome[0], story, *chrome[1:], "The judge said the crew had not been trained to fight a fire."]) + "\n"
    found = {span for _, span in furniture(text)}
    for line in chrome:
        assert line in found, line
    assert story not in found


COMMENTED = """The council voted on Tuesday to close the Portville ferry terminal after repairs failed.
The terminal handled two million passengers last year and employed 300 people.
Officials said the closure would begin in April and last at least two years.
Have your say
The ferry company said on Wednesday that it would appeal against the decision in the High Court.
Its chief executive said the firm had spent four million pounds on the terminal since 2020.
"""


def test_a_call_to_comment_inside_the_story_does_not_cut_off_what_follows() -> None:
    assert ("boilerplate", "Have your say") in furniture(COMMENTED)
    assert any("appeal" in e.title for e in events(COMMENTED))


def test_a_comment_header_over_a_thread_makes_the_rest_comments() -> None:
    thread = COMMENTED.replace("The ferry company said", "harbourfan\n5 hours ago\nReply\nThe ferry company said")
    kinds = furniture(thread)
    assert any(k == "comment" and span.startswith("Have your say") and span.rstrip().endswith("since 2020.")
               for k, span in kinds), kinds
    assert not any("appeal" in e.title for e in events(thread))
    counted = COMMENTED.replace("Have your say", "Comments (12)")
    assert any(k == "comment" and "appeal" in span for k, span in furniture(counted))


def test_correction_notes_after_a_credit_and_wire_version_notes_are_furniture() -> None:
    text = ("Illustration: Jane Roe/Coast News (This caption was amended on 6 March 2026.\n"
            "(This version CORRECTS the name of the ferry to Northern Star) The harbour board met on Monday.\n")
    found = furniture(text)
    assert ("boilerplate", "(This caption was amended on 6 March 2026.") in found
    assert ("boilerplate", "(This version CORRECTS the name of the ferry to Northern Star)") in found
    assert not any("amended" in e.title or "CORRECTS" in e.title for e in events(text))


def test_an_images_description_after_its_label_is_a_caption_not_a_credit_closing_the_line_above() -> None:
    report = "Crews at the harbour voted by 312 to 40 last week to reject the operator's offer."
    text = f"{report}\nImage: Pickets outside the ferry terminal in Portville on Monday.\n"
    found = furniture(text)
    assert ("caption", "Image: Pickets outside the ferry terminal in Portville on Monday.") in found
    assert not any(report in span for _, span in found)
    # A maker's credit stays one, and the story after it stays the story's.
    text = "Photograph: AP Crews at the harbour voted by 312 to 40 last week to reject the offer.\n"
    assert [k for k, _ in furniture(text)] == ["credit"]
    assert not any("voted by 312" in span for _, span in furniture(text))


def test_an_author_box_naming_the_bylined_writer_is_furniture_and_dates_nothing() -> None:
    story = "The harbour board approved the new ferry terminal on Monday after a two-year review of the plans."
    box = "Jane Doe joined Coast News in 2019 after ten years at the Harbour Times."
    text = f"By Jane Doe, Transport correspondent\n{story}\nAbout the author\n{box}\n"
    assert ("byline", box) in furniture(text)
    assert {e.when.value() for e in events(text)} == {"2026-03-02"}
    # Without a byline naming her, a sentence about someone joining a company is the story's.
    text = f"{story}\nJane Doe joined Coast Ferries in 2019 after ten years at the port.\n"
    assert not any(k == "byline" for k, _ in furniture(text))
