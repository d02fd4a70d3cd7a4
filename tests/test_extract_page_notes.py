"""Notes a page addresses to its reader (corrections, appeals, comment prompts, clipped teasers) make no
events and no titles, while the story's sentences around them stay events (issue 16)."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document

# Text written for these tests, laid out the way saved news pages are.
STORY = "The harbour board approved the new ferry terminal on Monday after a two-year review of the plans."
LATER = "Construction of the terminal will start in June, the board's chairwoman Ines Moreau said."


def furniture(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]


def events(text: str) -> list:
    return extract(Document(path="p.txt", text=text, published=dt.date(2026, 3, 4)))


def test_correction_notes_are_furniture_and_make_no_event() -> None:
    for note in ("Correction: An earlier version of this story gave the wrong date of the vote, March 2.",
                 "An earlier version of this article misstated when the board met on March 2.",
                 "(This caption was amended on 6 March 2026.",
                 "This headline has been changed on March 5 to reflect the board's vote."):
        text = f"{STORY}\n{note}\n{LATER}\n"
        assert ("boilerplate", note) in furniture(text), note
        found = events(text)
        assert {e.sources[0].quote for e in found} == {STORY, LATER}, note


def test_an_editors_note_reporting_a_later_development_stays_news() -> None:
    note = "Editor's note: Late on March 3, the council approved the terminal's funding by seven votes to two."
    found = events(f"{STORY}\n{note}\n")
    assert any("council approved" in e.sources[0].quote for e in found)


def test_appeals_to_give_are_furniture() -> None:
    for appeal in ('Harbour Relief Fund: Give to the "Harbour Fund" online or by texting "PIER" to 90999 by July 1st.',
                   "Donate to the harbour appeal online until June 30.",
                   "To donate, visit the fund's website before July 1."):
        text = f"{STORY}\n{appeal}\n"
        assert ("boilerplate", appeal) in furniture(text), appeal
        assert {e.sources[0].quote for e in events(text)} == {STORY}


def test_a_prompt_for_comments_goes_and_the_entry_after_it_stays() -> None:
    prompt = "(Tell us what you think of the vote in the comments section below):"
    text = f"{prompt} Ines Moreau: She won the board's vote on Monday after a two-year review of the plans.\n"
    assert ("boilerplate", prompt) in furniture(text)
    titles = [e.title for e in events(text)]
    assert titles and not any("comments" in t or "think" in t for t in titles), titles


def test_a_clipped_teaser_is_furniture_but_a_trailing_quote_and_a_list_are_not() -> None:
    teaser = "PORTVILLE, Maine -- A strong storm ripped through the harbour on Monday, piling misery on a town sti..."
    text = f"{STORY}\n{LATER}\n{teaser}\n"
    assert ("teaser", teaser) in furniture(text)
    assert not any("storm" in e.sources[0].quote for e in events(text))
    for kept in ('"We waited all night on Monday and then...," the harbour master said.',
                 "On Monday the storm took the roofs, the boats, the nets etc..."):
        assert not any(k == "teaser" for k, _ in furniture(f"{STORY}\n{kept}\n")), kept


def test_only_the_clipped_sentence_of_a_line_goes() -> None:
    line = f"{STORY} Officials said the harbour would reopen in Ju..."
    text = f"{line}\n"
    assert ("teaser", "Officials said the harbour would reopen in Ju...") in furniture(text)
    assert {e.sources[0].quote for e in events(text)} == {STORY}


def test_a_live_blogs_entry_stamp_alone_on_its_line_is_no_event() -> None:
    text = f"10:42 a.m. ET\n{STORY}\n14.05 GMT\n{LATER}\n"
    assert ("stamp", "10:42 a.m. ET") in furniture(text) and ("stamp", "14.05 GMT") in furniture(text)
    assert {e.sources[0].quote for e in events(text)} == {STORY, LATER}


def test_an_authors_bio_is_furniture_but_news_about_a_journalist_is_not() -> None:
    bio = "Jane Doe is a senior reporter who has covered the harbour since 2019. She joined the Courier in 2018."
    assert ("boilerplate", bio) in furniture(f"{bio}\n{STORY}\n")
    assert {e.sources[0].quote for e in events(f"{bio}\n{STORY}\n")} == {STORY}
    news = "Jane Doe is a reporter for the Courier who was detained at the border on Sunday, her editor said."
    assert any("detained" in e.sources[0].quote for e in events(f"{STORY}\n{news}\n"))


def test_a_teaser_clipped_before_the_next_teasers_dateline_is_furniture() -> None:
    first = "PORTVILLE, Maine -- A storm ripped through the harbour on Monday, piling misery on a town sti..."
    text = f"{first} PORTVILLE, Maine -- Nearly a thousand homes lost power on Monday after the storm hit.\n"
    assert ("teaser", first) in furniture(text)
    assert not any("ripped" in e.sources[0].quote for e in events(text))
    spoken = "The mayor said she waited... PORTVILLE was quiet that night and the harbour was closed on Monday.\n"
    assert not any(k == "teaser" for k, _ in furniture(spoken))


def test_on_a_line_of_teasers_each_clipped_text_is_furniture() -> None:
    first = "The ferry company said its repairs could take far longer than planned, it acknowledged under..."
    second = "PORTVILLE, Maine -- A storm ripped through the harbour on Monday, piling misery on a town sti..."
    third = "The Coast Guard said on Friday that a small part of the spill had reached the bay near Portv..."
    text = f"{first} {second} {third}\n"
    found = furniture(text)
    assert ("teaser", first) in found and ("teaser", second) in found and ("teaser", third) in found
    assert events(text) == []


def test_calls_to_action_are_furniture_and_the_story_around_them_stays() -> None:
    for call in ("Send us your photos of the ferry on March 2 We want to hear from you",
                 "Ferry strike: Share your story with us before Friday",
                 "Have you been affected by the strike on Monday? Get in touch",
                 "Listen: The terminal vote of March 2 explained",
                 "Live updates",
                 "Follow us on X and Instagram for news from Tuesday's meeting",
                 "We want your views on the March 2 vote - email the newsdesk"):
        text = f"{STORY}\n{call}\n{LATER}\n"
        assert ("boilerplate", call) in furniture(text), call
        found = events(text)
        assert sorted(e.when.value() for e in found) == ["2026-03-02", "2026-06"], call
        assert all("hear from you" not in e.title and "Share" not in e.title for e in found)


def test_a_line_that_only_mentions_sharing_is_the_story() -> None:
    text = f"{STORY}\nResidents were told on Tuesday to share their concerns with the board.\n"
    assert furniture(text) == []
    assert len(events(text)) == 2


def test_salutations_of_a_speech_or_letter_are_furniture() -> None:
    text = ("March 3, 2026 \"Chairwoman Moreau, Ranking Member Lund, members of the Committee.\n"
            "Thank you, Madam Chairwoman.\n"
            "On Monday the board approved the new ferry terminal after a two-year review of the plans.\n")
    spans = furniture(text)
    assert ("boilerplate", "March 3, 2026 \"Chairwoman Moreau, Ranking Member Lund, members of the Committee.") in spans
    assert ("boilerplate", "Thank you, Madam Chairwoman.") in spans
    assert [e.when.value() for e in events(text)] == ["2026-03-02"]


def test_a_vocative_inside_a_quoted_sentence_is_the_story() -> None:
    text = "\"Thank you, Senator Lund, for raising the ferry terminal on Monday,\" the chairwoman said.\n"
    assert furniture(text) == []
    assert len(events(text)) == 1


def test_a_graphic_legend_run_into_the_text_is_a_caption() -> None:
    text = ("How the storm moved Approximate storm positions 2 March - 4 March The storm turned north on Tuesday, "
            "forecasters said.\n")
    assert ("caption", "How the storm moved Approximate storm positions 2 March - 4 March") in furniture(text)
    found = events(text)
    assert [e.when.value() for e in found] == ["2026-03-03"]
    assert all("Approximate" not in e.title for e in found)


def test_a_date_after_a_preposition_is_no_legend() -> None:
    text = "The vote held on 2 March The board said it would meet again.\n"
    assert not [k for k, _ in furniture(text) if k == "caption"]


def test_a_writers_biography_in_the_pages_closing_lines_is_furniture() -> None:
    bio = ("Jane Doe is based in Portville and in April was named editor of the harbour desk for the paper.\n"
           "She joined the paper in 2004 to cover shipping.\n")
    text = f"{STORY}\n{LATER}\n{bio}"
    assert any(k == "boilerplate" and s.startswith("Jane Doe is based") for k, s in furniture(text))
    assert sorted(e.when.value() for e in events(text)) == ["2026-03-02", "2026-06"]
    for line in ("Since joining Reuters in Portville in 2004, Jane has worked as a picture editor.",
                 "He joined the paper in 1998 to cover the harbour."):
        text = f"{STORY}\n{LATER}\n{line}\n"
        assert sorted(e.when.value() for e in events(text)) == ["2026-03-02", "2026-06"], line


def test_a_link_run_into_the_story_is_furniture_and_the_sentence_after_it_stays() -> None:
    text = (f"Follow live updates here {STORY} The board's vote was unanimous, its chairwoman said after the meeting, "
            "and the work will go ahead as planned next year.\n"
            f"Ferry terminal approved after review Article | PORTVILLE - {LATER}\n")
    spans = furniture(text)
    assert "Follow live updates here" in [s for _, s in spans]  # on the page's first line, run-in furniture too
    assert ("related", "Ferry terminal approved after review Article | ") in spans
    found = events(text)
    assert {"2026-03-02", "2026-06"} <= {e.when.value() for e in found}
    assert all("Follow" not in e.title and "Article" not in e.title for e in found)


def test_a_sign_up_prompt_run_into_a_headline_is_furniture_to_its_sentence_end() -> None:
    text = (f"Ferry Terminal Plans Approved Sign up for free e-mail news alerts from CoastNews.com and CoastBiz.com.\n"
            f"{STORY}\n{LATER}\n")
    assert ("boilerplate", "Sign up for free e-mail news alerts from CoastNews.com and CoastBiz.com.") in furniture(text)
    assert not any("Sign up" in e.title or "alerts" in e.title for e in events(text))
    # A sentence that tells of people signing up is the story's.
    told = "More than 2,000 residents signed up for the ferry alerts on Monday, the board said."
    assert not any(k == "boilerplate" for k, _ in furniture(f"{STORY}\n{told}\n"))
