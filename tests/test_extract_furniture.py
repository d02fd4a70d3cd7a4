"""Chatters' and readers' signed posts are furniture, live-blog entries are not (issue 16).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document


def titles_and_dates(text: str) -> list[tuple[str, str]]:
    doc = Document(path="t.txt", text=text, published=dt.date(2026, 3, 4))
    return [(e.when.value(), e.title) for e in extract(doc)]


STORY = ("The harbour board of Portville approved a new ferry terminal on Tuesday after a two-year review, "
         "its chairwoman said.\n"
         "Residents had protested last month against the noise of the old pier near the fish market.\n")


def test_a_live_chat_transcript_signed_with_dated_stamps_makes_no_events() -> None:
    text = ("Ferry chat with our harbour reporter\n"
            "Hello everyone, we start a little late today because I was at the council at 9 a.m.\n"
            "Will the ferry run at night? -- March 04, 2026 2:03 PM The board said it would decide in May.\n"
            "I took the old ferry every day in 1999. -- March 04, 2026 2:05 PM Lucky you!\n"
            "What about the fish market? -- March 04, 2026 2:09 PM It stays, for now.\n"
            "Signing off, thanks all. -- March 04, 2026 2:15 PM\n")
    assert titles_and_dates(text) == []


def test_two_dashed_stamps_in_a_story_are_not_a_chat() -> None:
    text = STORY + ("The old timetable -- March 1, 2026 9:00 AM -- was replaced, and the new one -- March 8, 2026 "
                    "9:00 AM -- starts next week.\n")
    assert "2026-03-03" in {d for d, _ in titles_and_dates(text)}
    assert not [f for f in find_furniture(text) if f.kind == "comment"]


def test_a_live_blogs_timed_entries_stay_news() -> None:
    text = ("Portville ferry vote: live updates\n"
            "2:03 PM ET: The harbour board of Portville approved a new ferry terminal on Tuesday, its chairwoman said.\n"
            "2:15 PM ET: The mayor said construction would begin in June and cost $40 million.\n"
            "2:30 PM ET: Residents who protested last month against the pier noise welcomed the vote.\n")
    dates = {d for d, _ in titles_and_dates(text)}
    assert {"2026-03-03", "2026-06"} <= dates


def test_signed_comment_lines_and_the_thread_after_them_are_furniture() -> None:
    text = (STORY + "Construction is expected to begin in June, officials said on Wednesday.\n" +
            "Posted by harbourfan at 2:03 PM\n"
            "I remember when the old pier opened in 1998, it was great.\n"
            "Reply\n"
            "Submitted by Tom on March 3, 2026 - 4:15pm\n"
            "The council should have voted last year.\n"
            "Comment from Jill: they promised this in 2020 too.\n")
    dates = {d for d, _ in titles_and_dates(text)}
    assert "2026-03-03" in dates
    assert not dates & {"1998", "2025", "2020"}
    assert not any("Posted by" in t for _, t in titles_and_dates(text))


def test_a_blogs_own_posted_by_line_is_furniture_but_the_post_stays() -> None:
    text = ("Harbour notes\n" + STORY + "Posted by Jane Doe at 2:03 PM\n"
            "The ferry operator said on Monday it would hire 40 crew members for the new terminal.\n")
    dates = {d for d, _ in titles_and_dates(text)}
    assert {"2026-03-03", "2026-03-02"} <= dates
    assert not any("Posted by" in t for _, t in titles_and_dates(text))


def test_a_tally_over_years_is_background_but_a_span_of_months_stays() -> None:
    text = (STORY + "Port records show more than 300 ferry breakdowns between 1990 and 2020 on the old route.\n"
            "Fares rose 12 percent between January 2025 and March 2025, the operator said.\n")
    dates = {d for d, _ in titles_and_dates(text)}
    assert not any(d.startswith(("1990", "2020")) for d in dates)
    assert any(d.startswith("2025-01") for d in dates)


def test_a_supposition_with_a_contracted_or_inverted_if_is_no_event() -> None:
    text = (STORY + "\"If they'd opened the new pier today, we'd probably sell twice as many tickets,\" said a vendor.\n"
            "\"Had I known what I know today, I would have sold my boat,\" another vendor said.\n")
    assert {d for d, _ in titles_and_dates(text)} <= {"2026-03-03", "2026-02"}


def test_an_agency_summarys_header_day_is_not_the_storys_event() -> None:
    text = ("A summary of events on Wednesday, March 4, Day 12 of the Portville ferry strike that began with "
            "the February 21 walkout by crew members.\n"
            "The harbour board approved a new ferry terminal on Tuesday after a two-year review, its chairwoman said.\n")
    kinds = [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]
    # The header names the series the same way every day, its noun phrase and relative clause too: no lead of the
    # day ("Portville ferry strike that began ..." on March 4), no event.
    assert ("boilerplate", text.split("\n")[0]) in kinds
    found = titles_and_dates(text)
    assert "2026-03-03" in {d for d, _ in found}
    assert not any("strike" in t for _, t in found)


def test_a_line_announcing_a_timeline_is_not_an_event_but_its_entries_are() -> None:
    text = (STORY + "Below is a timeline of the ferry dispute and its impact: February 21, 2026 - Crew members walk out "
            "over pay.\nMarch 3, 2026 - The harbour board approves the new terminal.\n")
    titles = [t for _, t in titles_and_dates(text)]
    assert not any(t.startswith("Below is") for t in titles)
    assert "2026-02-21" in {d for d, _ in titles_and_dates(text)}


def test_a_press_releases_closing_boilerplate_is_furniture() -> None:
    text = ("Northwind Ferries adds night crossings\n" + STORY +
            "Northwind Ferries will add two night crossings from April, its chief executive said on Monday.\n"
            "About Northwind Ferries\n"
            "Northwind Ferries was founded in 1987 and was named best regional operator in the 2019 Coast Awards.\n"
            "Media contact: Jane Doe, press office\n")
    dates = {d for d, _ in titles_and_dates(text)}
    assert "2026-04" in dates or "2026-03-02" in dates
    assert not dates & {"1987", "2019"}


def test_a_stamp_line_in_any_sites_layout_is_furniture_but_a_chronology_entry_is_not() -> None:
    text = ("Portville council approves ferry terminal\n"
            "Updated on: March 3, 2026 / 4:15 PM EST / Coast News\n"
            "First published on March 3, 2026 / 10:00 AM EST\n"
            "3 March 2026 • 4:15pm\n" + STORY +
            "March 1, 2026 - Crew Members Walk Out\n")
    kinds = {text[f.start:f.end]: f.kind for f in find_furniture(text)}
    assert kinds.get("Updated on: March 3, 2026 / 4:15 PM EST / Coast News") == "stamp"
    assert kinds.get("3 March 2026 • 4:15pm") == "stamp"
    assert "March 1, 2026 - Crew Members Walk Out" not in kinds
    titles = [t for _, t in titles_and_dates(text)]
    assert not any("/" in t or "EST" in t or "4:15" in t for t in titles)


def test_captions_closed_by_a_credit_on_or_under_their_line_make_no_events() -> None:
    text = ("Portville council approves ferry terminal\n"
            "Protesters gather outside the harbour office in Portville last month.\n"
            "Jane Doe/Coast News\n" + STORY +
            "Crew members walk off a ferry in Portville on Feb. 21, 2026. Photo by John Roe/Getty Images\n"
            "The crew ended their walkout on Monday after a pay deal, the union said.\n")
    kinds = [f.kind for f in find_furniture(text)]
    assert kinds.count("caption") == 2
    dates = sorted(d for d, _ in titles_and_dates(text))
    assert dates == ["2026-02", "2026-03-02", "2026-03-03"]  # the protest once (the story's), no walk-off picture


def test_a_reported_line_above_a_lone_credit_stays_the_storys() -> None:
    text = (STORY + "The mayor said on Monday that construction would cost $40 million.\n"
            "Jane Doe/Coast News\n")
    assert "2026-03-02" in {d for d, _ in titles_and_dates(text)}


def test_one_post_signature_reads_alone_on_its_line_and_inside_a_line() -> None:
    """Issue 19: the signed-line finder and the in-line commenter's credit are one pattern."""
    import re

    from timeline.extract.furniture import POST_SIGNATURE, signed_lines
    from timeline.extract.page_blocks import picture_sentences

    signatures = ["Posted by Jo Lane and Sam Ortiz on March 12, 2031 4:21 PM",
                  "Posted by Jo Lane, on March 12, 2031 4:21 PM",
                  "Submitted by Tom on 3 March 2031 - 4:15pm",
                  "Posted by harbourfan at 2:03 PM"]
    for signature in signatures:
        text = "Ferry notes\n" + signature + "\n"
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        assert signed_lines(text, lines, None) == [lines[1]], signature
        run_in = "The ferry was late again. " + signature + " Another post."
        spans = picture_sentences(run_in, (0, len(run_in)))
        assert [run_in[a:b] for a, b in spans] == [signature], signature
    # A story's own "posted by" with a date is a sentence, not a signature.
    story = "The video was posted by the agency on March 12, 2031 at 4:21 PM, officials said."
    assert not re.search(POST_SIGNATURE, story)
    assert picture_sentences(story, (0, len(story))) == []


def test_a_programme_guide_is_a_listing_not_news() -> None:
    text = ("Harbour Radio this week\n"
            "Jane Doe sits in for John Roe this week and welcomes the Portville Choir, who released their album "
            "in May 2025.\n"
            "Presenter/Jane Doe, Producer/Tom Lane for Harbour Radio The ferry strike of 1998 is recalled by three "
            "crew members on Tuesday's show.\n"
            "Presenter/Sam Ortiz, Producer/Jill Lane for Harbour Radio 7.00-10.00 pm Sam Ortiz plays records "
            "from 1985.\n"
            "Presenter/Ann Berg, Producer/Jill Lane for Harbour Radio\n")
    assert titles_and_dates(text) == []
    # A story that credits one programme it quotes is still a story.
    text = (STORY + "The chairwoman spoke to Harbour Radio (Presenter/Jane Doe) on Wednesday about the plan.\n")
    assert "2026-03-03" in {d for d, _ in titles_and_dates(text)}


def test_each_post_of_a_page_spanning_days_counts_from_its_own_stamp() -> None:
    # A blog's page (saved on March 4) gathers posts from several days: each post's "today", weekday and "last
    # Friday" count from the date and time heading it, not from the day the page was saved.
    text = ("March 4, 2026 18:10 UTC The harbour board of Portville approved a new ferry terminal today after a "
            "two-year review.\n"
            "February 23, 2026 20:05 UTC The mayor of Portville told reporters today that construction would cost "
            "$40 million.\n"
            "Last Friday, residents of the old quarter held a protest march against the noise of the pier.\n")
    dates = sorted(d for d, _ in titles_and_dates(text))
    assert dates == ["2026-02-20", "2026-02-23", "2026-03-04"], dates


def test_stamps_of_one_day_head_one_story_and_do_not_re_anchor_it() -> None:
    text = ("March 4, 2026 09:10 UTC The harbour board of Portville approved a new ferry terminal today after a "
            "two-year review.\n"
            "March 4, 2026 11:40 UTC The mayor of Portville said on Monday that construction would cost $40 million.\n")
    assert sorted(d for d, _ in titles_and_dates(text)) == ["2026-03-02", "2026-03-04"]


def test_a_published_and_an_updated_stamp_over_one_story_do_not_re_anchor_it() -> None:
    text = ("March 4, 2026 09:10 UTC\n"
            "March 5, 2026 11:40 UTC\n"
            "The harbour board of Portville approved a new ferry terminal today after a two-year review of the "
            "plans, its chairwoman said at a meeting with the town's ferry operators and fishermen.\n")
    assert [d for d, _ in titles_and_dates(text)] == ["2026-03-04"]


def test_a_section_heading_in_capitals_run_into_its_paragraph_is_furniture() -> None:
    text = ("The harbour board of Portville approved a new ferry terminal on Tuesday after a two-year review.\n"
            "WHAT THE NEW PIER WILL COST The board said on Tuesday the pier would cost $40 million.\n"
            'Here are some facts about the U.S. ferry trade: THE BUSIEST ROUTES "Ferries carry more people '
            'than ever," port official Ana Ruiz said on Monday.\n')
    titles = [title for _, title in titles_and_dates(text)]
    assert not any("PIER" in t or "ROUTES" in t or t.startswith("S.") for t in titles), titles
    assert any("Ana Ruiz" in t and t.startswith(("Ana", "Port")) for t in titles), titles


def test_initialisms_a_company_in_capitals_and_a_dated_entry_keep_their_words() -> None:
    text = ("US EPA officials said on Tuesday the water was safe.\n"
            "A RAND Corp. study in January showed that few people had been vaccinated.\n"
            "2 MARCH: NEW FERRY LAUNCHED After a long delay, the harbour board launched the new ferry.\n")
    spans = [text[f.start:f.end] for f in find_furniture(text)]
    assert not any("EPA" in s or "RAND" in s or "FERRY" in s for s in spans), spans
