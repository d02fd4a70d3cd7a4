"""Page furniture is kept out of events, titles and tags; the text itself is never changed."""

from __future__ import annotations

import datetime as dt

from timeline.extract import assemble, extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document

# Text written for these tests, laid out the way saved news pages are.
WIRE = (
    "Harbour board approves new ferry terminal\n"
    "PORTVILLE | Tue Mar 3, 2026 9:41 am EST PORTVILLE (Reuters) - The harbour board approved a new ferry "
    "terminal on Monday after a two-year review, its chairwoman Ines Moreau said.\n"
    "Construction will start in June, the board said.\n"
    "Reporting by Sam Quill; Editing by Jo Reed\n"
)
GUARDIAN_STYLE = (
    "Tuesday 3 March 2026 17.33 GMT The old ferry terminal at dusk on February 12.\n"
    "Photograph: Lena Moor/Agence Press The harbour board voted on Monday to close the old terminal.\n"
    "A version appeared on p12 of the Main section on Wednesday 4 March 2026\n"
)
CAPTIONED = (
    "March 1: Workers repair the pier at Portville on Sunday (Reuters).\n"
    "• Board approves terminal on Monday\n"
    "• Work to start in June\n"
    "The harbour board approved the terminal on Monday, ending a two-year review of the plans for the pier.\n"
    "Sign up for our newsletter on Friday\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]


def test_wire_dateline_and_stamp_are_furniture_with_their_moment() -> None:
    found = find_furniture(WIRE)
    stamp = next(f for f in found if f.kind == "dateline")
    assert WIRE[stamp.start:stamp.end].startswith("PORTVILLE | Tue Mar 3, 2026 9:41 am EST")
    assert stamp.moment == dt.datetime(2026, 3, 3, 9, 41, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert any(k == "boilerplate" and t.startswith("Reporting by Sam Quill; Editing by Jo Reed") for k, t in kinds(WIRE))


def test_dateline_time_becomes_the_publication_moment_and_never_an_event() -> None:
    doc = Document(path="wire.txt", text=WIRE, published=dt.date(2026, 3, 3))
    events = extract(doc)
    dates = sorted(e.when.value() for e in events)
    assert dates == ["2026-03-02", "2026-06"], dates
    for e in events:
        assert "|" not in e.title and "Reuters" not in e.title and "EST" not in e.title
        assert all(q.quote in WIRE for q in e.sources)  # quotes stay verbatim
    monday = next(e for e in events if e.when.value() == "2026-03-02")
    assert monday.sources[0].quote.startswith("The harbour board approved")


def test_credit_and_caption_run_into_text_are_cut_out() -> None:
    found = kinds(GUARDIAN_STYLE)
    assert ("credit", "Photograph: Lena Moor/Agence Press") in found
    assert any(k == "caption" and "ferry terminal at dusk" in t for k, t in found)
    assert any(k == "stamp" and t.startswith("Tuesday 3 March 2026 17.33 GMT") for k, t in found)
    doc = Document(path="g.txt", text=GUARDIAN_STYLE, published=dt.date(2026, 3, 3))
    events = extract(doc)
    assert [e.when.value() for e in events] == ["2026-03-02"]
    assert events[0].sources[0].quote == "The harbour board voted on Monday to close the old terminal."
    assert "Lena Moor" not in events[0].tags


def test_captions_bullets_and_signup_lines_make_no_events() -> None:
    doc = Document(path="c.txt", text=CAPTIONED, published=dt.date(2026, 3, 3))
    events = extract(doc)
    assert [e.when.value() for e in events] == ["2026-03-02"]
    assert events[0].sources[0].quote.startswith("The harbour board approved")
    assert {k for k, _ in kinds(CAPTIONED)} >= {"caption", "bullet", "boilerplate"}


def test_plain_text_without_furniture_is_untouched() -> None:
    text = "The council voted on Tuesday to raise taxes.\nThe polls close at 8 p.m. on Friday.\n"
    assert find_furniture(text) == []
    doc = Document(path="p.txt", text=text, published=dt.date(2026, 3, 4))
    assert len(assemble(doc, [])) == 0


def test_saved_page_captions_and_bylines_are_not_read(tmp_path) -> None:
    from timeline.documents import read_document

    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2026-03-03T10:00:00-05:00"></head><body>'
        '<article><h1>Board approves terminal</h1><div class="byline">By Sam Quill, March 3, 2026</div>'
        "<figure><img src=x.jpg><figcaption class=media-caption>The pier on Sunday. Photo: Lena Moor/Agence Press</figcaption>"
        "</figure><p>The harbour board approved the terminal on Monday.</p>"
        '<p class="signup">Sign up for our Friday newsletter</p></article></body></html>', encoding="utf-8")
    doc = read_document(page)
    assert "pier on Sunday" not in doc.text and "Sam Quill" not in doc.text
    assert [e.when.value() for e in extract(doc)] == ["2026-03-02"]


def test_a_dated_photo_caption_before_the_story_and_the_page_after_its_footer_are_furniture() -> None:
    text = ("A ferry waits at the Portville pier at dawn, March 2, 2026.\n"
            "PORTVILLE (Reuters) - The harbour board approved a new ferry terminal on Monday after a long review.\n"
            "The terminal opens in 2028, the board said.\n"
            "We welcome comments on our articles.\n"
            "A former harbour pilot who joined the paper 12 years ago, she covers shipping.\n")
    events = extract(Document(path="w.txt", text=text, published=dt.date(2026, 3, 3)))
    assert sorted(e.when.value() for e in events) == ["2026-03-02", "2028"]
    quotes = [s.quote for e in events for s in e.sources]
    assert not any("dawn" in q or "12 years ago" in q for q in quotes)


def test_readers_comments_and_wire_extras_are_furniture() -> None:
    text = ("Harbour board approves terminal * Work to start in June PORTVILLE, March 3 (Reuters) - The harbour "
            "board approved a new ferry terminal on Monday.\n"
            "(For full coverage of the harbour, click (nHARB)) The terminal opens in 2028.\n"
            "This article was amended on 4 March 2026.\n"
            "Posted by: seagull42 | March 3, 2026 9:15 PM | Report abuse I sailed there in 1999.\n")
    events = extract(Document(path="w.txt", text=text, published=dt.date(2026, 3, 3)))
    assert sorted(e.when.value() for e in events) == ["2026-03-02", "2028"]
    assert all("Reuters" not in e.title and "click" not in e.title.lower() for e in events)


def test_agency_credit_crosshead_and_copyright_lines_are_furniture() -> None:
    text = ("AFP/Getty Images PORTVILLE -- The harbour board approved a new ferry terminal on Monday.\n"
            "TERMINAL TO OPEN LATE The terminal opens in 2028, the board said.\n"
            "Content and Programming Copyright 2026 Example News Network, Inc.\n")
    events = extract(Document(path="w.txt", text=text, published=dt.date(2026, 3, 3)))
    assert sorted(e.when.value() for e in events) == ["2026-03-02", "2028"]
    titles = " ".join(e.title for e in events)
    assert "Getty" not in titles and "PORTVILLE" not in titles and "TERMINAL" not in titles


def test_a_text_that_is_only_a_list_keeps_its_items() -> None:
    text = "- The council voted on Monday to close the depot.\n- The depot reopens in 2027.\n"
    events = extract(Document(path="notes.md", text=text, published=dt.date(2026, 3, 4)))
    assert sorted(e.when.value() for e in events) == ["2026-03-02", "2027"]


# A blog post and its readers' thread, written for these tests in the layouts of 2009-10 blogs and of
# 2024-26 comment widgets.
BLOG_WITH_THREAD = (
    "The harbour board approved a new ferry terminal on Monday after a two-year review of the plans.\n"
    "Construction will start in June, the board's chairwoman Ines Moreau said on Tuesday.\n"
    "At 15:31 on 12 Jun 2026, harbourwatcher wrote: The board met on 3 March and decided nothing at all.\n"
    "I sailed from the old terminal in 1998 and it was fine then.\n"
    "At 16:02 on 12 Jun 2026, Kite_99 wrote: Construction began in 2019 last time too.\n"
)
WIDGET_THREAD = (
    "The harbour board approved a new ferry terminal on Monday after a two-year review of the plans.\n"
    "Construction will start in June, the board's chairwoman Ines Moreau said on Tuesday, adding that the "
    "old terminal would close in September.\n"
    "Moreau said the work would cost 40 million euros and take about two years to finish in full.\n"
    "Comments (14)\n"
    "PierGazer\n"
    "The old terminal flooded on 4 January 2024 and nobody fixed it.\n"
    "Reply\n"
    "3 replies\n"
)


def test_a_readers_thread_from_its_first_comment_header_is_furniture() -> None:
    thread = BLOG_WITH_THREAD.index("At 15:31")
    found = find_furniture(BLOG_WITH_THREAD)
    assert any(f.kind == "comment" and f.start == thread and f.end == len(BLOG_WITH_THREAD) for f in found)
    events = extract(Document(path="b.txt", text=BLOG_WITH_THREAD, published=dt.date(2026, 6, 12)))
    quotes = " ".join(s.quote for e in events for s in e.sources)
    assert "approved a new ferry terminal" in quotes
    assert "3 March" not in quotes and "1998" not in quotes and "2019" not in quotes


def test_a_comment_section_header_late_on_the_page_and_widget_chrome_are_furniture() -> None:
    found = kinds(WIDGET_THREAD)
    tail = WIDGET_THREAD[WIDGET_THREAD.index("Comments (14)"):]
    assert ("comment", tail) in found
    # The thread's chrome is furniture wherever it stands; the story's lines are not.
    assert ("comment", "Log in to comment") in kinds("Log in to comment\n" + WIDGET_THREAD[:200])
    assert ("comment", "This discussion is now closed.") in kinds(WIDGET_THREAD[:200] + "\nThis discussion is now closed.\n")
    assert not any("Moreau said the work" in text for _, text in found)


def test_a_comments_word_early_or_inside_prose_is_not_a_thread() -> None:
    text = ("Comments\n" + WIDGET_THREAD.split("Comments (14)")[0]
            + "The board said comments on the plan would be heard in May.\n")
    assert not any(kind == "comment" for kind, _ in kinds(text))
    # "wrote:" before the story starts, or inside a quoted sentence, is not a reader's header.
    assert not any(kind == "comment" for kind, _ in kinds(
        "Moreau wrote: the terminal will open in 2028.\n" + WIDGET_THREAD.split("Comments (14)")[0]))


def test_an_authors_biography_closing_the_page_is_furniture() -> None:
    text = WIDGET_THREAD.split("Comments (14)")[0] * 2 + (
        "Sam Quill is a senior correspondent for the Portville Courier. Before joining in 2019, he covered "
        "shipping in Rotterdam.\n")
    assert any(kind in ("boilerplate", "comment") and t.startswith("Sam Quill is a senior correspondent")
               for kind, t in kinds(text))


# A blog post whose readers' comments each end with their marker, the layout lost as in a copied page.
STORY_THEN_TRAILING_THREAD = (
    "Portville harbour board approves new ferry terminal\n"
    "The harbour board approved a new ferry terminal on Monday after a two-year review, its chairwoman said.\n"
    "Construction will start in June and the first ferries will dock there in 2028, the board said.\n"
    "Photo credit: Reuters/Sam Quill (the old terminal) This is a waste of money, they did the same in 1998.\n"
    "My uncle worked there in 2003 and nobody listened to him then either.\n"
    "Posted by harbourfan | Report as abusive Last week I wrote to the board about the plan.\n"
    "They replied on Friday and said nothing at all.\n"
)
TRAILING_MARKERS = (
    "The harbour board approved a new ferry terminal on Monday after a two-year review, its chairwoman said.\n\n"
    "Construction will start in June and the first ferries will dock there in 2028, the board said.\n\n"
    "I sailed from the old terminal every day in 1998 and it was fine.\n\n"
    "Recommend (12)\n\n"
    "They promised us a new terminal in 2005 too.\n\n"
    "Recommend (3)\n"
)


def test_a_thread_whose_markers_follow_each_comment_is_furniture() -> None:
    found = find_furniture(STORY_THEN_TRAILING_THREAD)
    thread = STORY_THEN_TRAILING_THREAD.index("This is a waste")
    end = len(STORY_THEN_TRAILING_THREAD.rstrip())
    assert any(f.kind == "comment" and f.start <= thread and f.end == end for f in found)
    events = extract(Document(path="b.txt", text=STORY_THEN_TRAILING_THREAD, published=dt.date(2026, 6, 12)))
    quotes = " ".join(s.quote for e in events for s in e.sources)
    assert "approved a new ferry terminal" in quotes
    assert "1998" not in quotes and "2003" not in quotes and "wrote to the board" not in quotes

    found = find_furniture(TRAILING_MARKERS)
    first = TRAILING_MARKERS.index("I sailed")
    last = TRAILING_MARKERS.rindex("Recommend (3)") + len("Recommend (3)")
    assert any(f.kind == "comment" and f.start == first and f.end == last for f in found)
    # One marker with no end of story before it tells nothing: the story is kept.
    single = TRAILING_MARKERS.split("They promised")[0]
    assert not any(f.kind == "comment" and f.start < single.index("Recommend") for f in find_furniture(single))


def test_a_page_of_readers_contributions_is_furniture_after_its_note() -> None:
    text = ("Tell us about a piece of news that surprised you\n"
            "Send me a sentence about it and I'll put my favourites on this page.\n"
            "This topic has now closed.\n"
            "Last week my brother told me he was moving to Portville.\n"
            "Yesterday I won a prize in the harbour raffle.\n")
    found = find_furniture(text)
    assert any(f.kind == "comment" and f.start == text.index("Send me") and f.end == len(text.rstrip()) for f in found)
    assert extract(Document(path="r.txt", text=text, published=dt.date(2026, 5, 6))) == []
    # Story words that only look alike are not such a note.
    story = ("The debate is closed, the minister said on Monday after the harbour board voted for the terminal.\n"
             "Readers can send us a letter about the plan.\n")
    assert not any(f.kind == "comment" for f in find_furniture(story))


def test_signed_readers_contributions_are_furniture() -> None:
    story = "The harbour board approved a new ferry terminal on Monday after a two-year review, its chairwoman said.\n\n"
    readers = ("I queued for two hours at the old terminal on Saturday.\n\nAnna Lind, Portville\n\n"
               "We moved here in 2019 for the ferries.\n\nTom Reyes, Eastbay, Maine\n\n"
               "My ferry was cancelled yesterday.\n\nMia Chen, Northport\n")
    text = story + readers
    found = find_furniture(text)
    assert any(f.kind == "comment" and f.start == len(story) and f.end == len(text.rstrip()) for f in found)
    quotes = " ".join(s.quote for e in extract(Document(path="r.txt", text=text, published=dt.date(2026, 5, 6)))
                      for s in e.sources)
    assert "approved a new ferry terminal" in quotes and "2019" not in quotes and "queued" not in quotes
    # Two place lines are a dateline or an address, not signatures.
    two = story + "Anna Lind, Portville\n\nThe board will meet again in June.\n\nTom Reyes, Eastbay\n"
    assert not any(f.kind == "comment" for f in find_furniture(two))


def test_a_bare_agency_credit_opening_the_story_line_is_furniture() -> None:
    text = ("May 2: Crews lay boom along the beach at Portville.\n"
            "AP The harbour board said on Monday that the old pier would close for good next month.\n"
            "AP reported on Tuesday that the board had voted in secret.\n"
            "Reuters Breakingviews columnist Jane Doe wrote on Wednesday that the vote was rushed.\n")
    found = [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]
    assert ("credit", "AP ") in found
    assert not any(t.startswith(("AP reported", "Reuters")) for _, t in found)
    doc = Document(path="t.txt", text=text, published=dt.date(2026, 3, 4))
    titles = [e.title for e in extract(doc)]
    assert "The harbour board says the old pier will close for good next month" in titles
    assert not any(t.startswith("AP The") for t in titles)


def test_archive_picture_captions_of_the_wires_are_furniture() -> None:
    # AP-style captions of archive pictures open with their kind: "FILE - ...", "AP FILE: ...".
    for caption in ("AP FILE: The mayor talks with the harbour master aboard a launch on March 2 as they tour the bay.",
                    "FILE - In this March 2 photo, the mayor talks with the harbour master aboard a launch."):
        text = (caption + "\n"
                "The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n")
        kinds = [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]
        assert ("caption", caption) in kinds
        events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 3, 4)))
        assert [e.when.value() for e in events] == ["2026-03-03"]


def _kinds_of(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]


def test_a_byline_with_the_writers_role_is_furniture_to_its_role() -> None:
    text = ("By Jane Doe, Chief Political Correspondent\n"
            "By Sam Quill Coast News business reporter The harbour board approved the terminal on Monday.\n"
            "By Friday the reporters had left the harbour, and the board met again on Monday.\n")
    spans = _kinds_of(text)
    assert ("byline", "By Jane Doe, Chief Political Correspondent") in spans
    assert ("byline", "By Sam Quill Coast News business reporter") in spans
    assert not any("By Friday" in s for _, s in spans)


def test_a_blog_posts_signature_with_its_time_is_a_stamp() -> None:
    text = "Jane Doe | 09:53 AM, Tuesday, 3 March 2026 I've been covering the harbour since 2004 for this paper.\n"
    assert ("stamp", "Jane Doe | 09:53 AM, Tuesday, 3 March 2026") in _kinds_of(text)


def test_a_photo_label_with_its_subjects_words_is_a_caption_and_the_line_above_stays() -> None:
    text = ("The regional council will hold an emergency meeting on Thursday, a spokeswoman said.\n"
            "Photo: Tom Fisk says the crews worked through the night\n")
    assert _kinds_of(text) == [("caption", "Photo: Tom Fisk says the crews worked through the night")]
    events = extract(Document(path="c.txt", text=text, published=dt.date(2026, 3, 4)))
    assert [e.when.value() for e in events] == ["2026-03-05"]


def test_a_credit_without_a_slash_run_into_a_sentence_stays_a_credit() -> None:
    text = "Photograph: Coast LLC Dean says the company posted the picture on Monday after a complaint.\n"
    assert [k for k, _ in _kinds_of(text)] == ["credit"]


def test_a_crosshead_with_a_quoted_phrase_and_a_summary_header_without_on_are_furniture() -> None:
    text = ('NO SIGN OF "BLACK TIDE" In March, the divers found the reef clear of oil, the survey said.\n'
            "A summary of events Tuesday, March 3, Day 12 of the harbour strike that began on Feb. 20.\n")
    spans = _kinds_of(text)
    assert ("crosshead", 'NO SIGN OF "BLACK TIDE" ') in spans
    assert ("boilerplate", "A summary of events Tuesday, March 3, Day 12 of the harbour strike that began on Feb. 20.") in spans


def test_each_entry_of_a_fact_box_is_an_event_of_its_year() -> None:
    text = ("Previous spills in the bay\n"
            "1991: 52,000 gallons spilled when a barge sank 2009: 1,100 gallons leaked from a pipeline 2019: a ferry "
            "lost 300 gallons of fuel\n")
    events = extract(Document(path="c.txt", text=text, published=dt.date(2026, 3, 4)))
    assert sorted((e.when.value(), e.sources[0].quote) for e in events) == [
        ("1991", "1991: 52,000 gallons spilled when a barge sank"),
        ("2009", "2009: 1,100 gallons leaked from a pipeline"),
        ("2019", "2019: a ferry lost 300 gallons of fuel")]


def test_picture_credits_without_a_colon_or_slash_run_into_the_story_are_credits() -> None:
    for credit in ("AP Photo", "Photograph Reuters", "Jane Doe, Coast News via AP"):
        text = f"{credit} The harbour board approved the new ferry terminal on Monday after a long review.\n"
        assert _kinds_of(text)[0] == ("credit", credit + " "), credit
        events = extract(Document(path="c.txt", text=text, published=dt.date(2026, 3, 4)))
        assert [e.title for e in events] == ["The harbour board approves the new ferry terminal after a long review"], credit


def test_a_stamps_local_time_after_its_date_is_part_of_the_stamp() -> None:
    text = ("Page last updated at 11:24 GMT, Tuesday, 3 March 2026 12:24 UK The harbour board approved the new ferry "
            "terminal on Monday.\n")
    assert _kinds_of(text)[0] == ("stamp", "Page last updated at 11:24 GMT, Tuesday, 3 March 2026 12:24 UK")


def test_a_date_alone_above_the_story_is_the_pages_stamp_and_below_it_stays() -> None:
    text = ("Ferry strike ends after overnight talks\n4 March 2026\n"
            "Ferry crews ended a five-day strike on Wednesday after union leaders and the company reached a deal.\n"
            "Timeline\n2 March 2026\n")
    assert _kinds_of(text) == [("stamp", "4 March 2026")]
    events = extract(Document(path="c.txt", text=text, published=dt.date(2026, 3, 4)))
    assert sorted(e.when.value() for e in events) == ["2026-03-02", "2026-03-04"]


def test_an_updated_stamp_ending_in_its_date_is_a_stamp_with_its_moment() -> None:
    text = ("Updated 10:42 AM EST, Wed March 4, 2026\n"
            "Portville, Maine (CNN) — Ferry crews ended a five-day strike this morning after a deal was reached.\n")
    stamp = find_furniture(text)[0]
    assert (stamp.kind, text[stamp.start:stamp.end]) == ("stamp", "Updated 10:42 AM EST, Wed March 4, 2026")
    assert stamp.moment == dt.datetime(2026, 3, 4, 10, 42, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    events = extract(Document(path="c.txt", text=text, published=dt.date(2026, 3, 4)))
    assert [e.when.value() for e in events] == ["2026-03-04TMO"]


def test_an_agencys_handout_credit_is_a_credit() -> None:
    text = "NWL, via AP Ferry crews ended a five-day strike on Wednesday after a deal was reached overnight.\n"
    assert _kinds_of(text)[0] == ("credit", "NWL, via AP ")
