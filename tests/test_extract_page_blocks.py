"""Page furniture that spans kinds of line: run-in headlines and captions, fact boxes, author notes (issue 16).

Every text here is written for these tests, laid out as saved pages lose their layout.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.extract.page_blocks import fact_boxes, run_in_top
from timeline.extract.page_lines import line_spans
from timeline.model import Document

WEDNESDAY = dt.date(2026, 3, 4)


def events_of(text: str, published: dt.date = WEDNESDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def top(text: str) -> str | None:
    span = run_in_top(text, line_spans(text)[0])
    return text[span[0]:span[1]] if span else None


def test_a_caption_run_into_the_first_sentence_does_not_date_the_lead() -> None:
    text = ("Ferry passengers queued at Portville harbour in 2019 Northwind Lines has cancelled all ferries to the "
            "islands because of the pilots' strike, the company said.\n"
            "The strike began on Monday.\n")
    assert top(text) == "Ferry passengers queued at Portville harbour in 2019"
    events = events_of(text)
    assert "2019" not in [e.when.value() for e in events]
    lead = next(e for e in events if "cancelled" in e.sources[0].quote)
    assert lead.when.value() == "2026-03-04" and lead.sources[0].quote.startswith("Northwind Lines has cancelled")


def test_no_cut_inside_a_sentence_that_has_begun() -> None:
    # After a wire dateline, after a determiner, before a month, after a role word: one sentence.
    for text in (
        "PORTVILLE (Reuters) - The company's stricken Portville ferry was towed into port after it ran aground.\n",
        "Northwind Lines said the repairs to its damaged Harbour Queen ferry were finished after two weeks.\n",
        "The mayor will open the new terminal for Portville on 8 October A judge has ruled it can open early.\n",
        "Shares rose sharply on the news as ferry operator Northwind Lines said bookings were up by a third.\n",
    ):
        assert top(text) is None, text


def test_a_fact_box_run_into_a_paragraph_is_furniture() -> None:
    text = ("The mayor spoke to reporters at the harbour.\n"
            "Born: 12 May 1961, Portville Known for: The Harbour Queen, Northwind Lines The mayor said on Tuesday "
            "that the ferry would sail again next month.\n")
    box = next(f for f in find_furniture(text) if f.kind == "factbox")
    assert text[box.start:box.end] == "Born: 12 May 1961, Portville Known for: The Harbour Queen, Northwind Lines"
    dates = [e.when.value() for e in events_of(text)]
    assert "1961-05-12" not in dates and "2026-03-03" in dates


def test_a_figures_box_with_hyphened_and_dated_labels_is_furniture() -> None:
    text = ("The ferry line said on Tuesday it would cut its fares.\n"
            "Repair costs so far: $90m (# 62m) Estimated cost of new pontoon $36m (# 25m) Dividend payment 2025: "
            "$1.5 bn (# 1bn) The line scheduled to pay shareholders on 21 March.\n")
    box = next(f for f in find_furniture(text) if f.kind == "factbox")
    assert text[box.start:box.end].startswith("Repair costs so far: $90m")
    assert text[box.start:box.end].endswith("Dividend payment 2025: $1.5 bn (# 1bn)")
    dates = [e.when.value() for e in events_of(text)]
    assert "2025" not in dates and "2026-03-03" in dates
    titles = [e.title for e in events_of(text)]
    assert not any("$1.5" in t or "so far" in t for t in titles), titles


def test_a_sentence_with_colons_is_not_a_fact_box() -> None:
    line = "The board held a hearing on Tuesday titled: Ferries and the Future: Who Pays?"
    assert fact_boxes(line, (0, len(line))) is None
    line = "The mayor said: the pilots have asked for too much, and the board agreed: no deal."
    assert fact_boxes(line, (0, len(line))) is None


def test_an_authors_note_at_the_top_of_an_opinion_piece_is_furniture() -> None:
    text = ("-- Jane Rook has written three books on ferries, including the recently released Tides of 2019.\n"
            "Any views expressed here are her own.\n"
            "The ferry strike that the pilots began on Monday will hurt the islands most.\n")
    found = [text[f.start:f.end] for f in find_furniture(text)]
    assert any(f.startswith("-- Jane Rook") for f in found) and "Any views expressed here are her own." in found
    assert "2019" not in [e.when.value() for e in events_of(text)]


def test_a_readers_thread_closed_by_the_comment_policy_is_furniture() -> None:
    text = ("The Portville ferry pilots began a strike on Monday over pay, their union said.\n"
            "The harbour board said it would meet the union on Thursday to discuss the dispute.\n"
            "Northwind Lines said the strike had already cost it $2 million in lost fares.\n"
            "The islands' shops said deliveries had stopped since the weekend.\n"
            "Pilots picket the harbour gates in Portville, March 2, 2026.\n"
            "Photo: Lena Moor/Agence Press\n"
            "I remember the last strike in 2011 and it was worse!\n"
            "They should all be sacked on Friday, every one of them.\n"
            "We welcome comments that advance the story through relevant opinion.\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2011" not in dates and "2026-03-06" not in dates  # the readers' words
    assert "2026-03-02" in dates and "2026-03-05" in dates  # the story's


def test_a_negated_main_clause_is_not_a_happening() -> None:
    text = ("Late in the evening, the harbour board had not yet announced whether the terminal would open.\n"
            "In Portville, the ferries did not sail in 2019.\n")
    assert events_of(text) == []
    # A negation in a reported clause is the report's content; a comma splice keeps the date's own clause.
    assert [e.when.value() for e in events_of(
        "The ministry said on Tuesday it will not build a second terminal.\n")] == ["2026-03-03"]
    assert "2026-02-26" in [e.when.value() for e in events_of(
        "\"I saw the pilots last Thursday, they weren't worried then,\" Ines Moreau said.\n")]


def test_a_saying_in_a_later_clause_leaves_the_main_clause_negated() -> None:
    text = ("The harbour board approved the new terminal on Tuesday.\n"
            "The mayor wasn't even a choice on the party's shortlists this year -- though he said he wasn't "
            "interested anyway.\n")
    assert "2026" not in [e.when.value() for e in events_of(text)]
    # a saying in a clause of its own after a contrast makes the sentence a report, as before
    assert any("wouldn't budge" in (e.sources[0].quote or "") for e in events_of(
        "The harbour master wouldn't budge on Friday from his forecast, but he said the dredging is ahead of "
        "schedule.\n"))
    # the saying that reports the negation stays a report of what was said
    assert [e.when.value() for e in events_of(
        "The pilots will not return to work this week, the union said on Tuesday.\n")] == ["2026-03-03"]


def test_a_numbered_source_note_is_furniture_but_a_numbered_sentence_is_not() -> None:
    text = ("The ferry pilots struck in 2019 and again this week.\n"
            "(1) Unfortunately, the board ignored the pilots' letters in 2018.\n"
            "(2) Portville Harbour Fact Sheet, 2017; Letter to the Pilots' Union, 12 May 2017.\n")
    notes = [text[f.start:f.end] for f in find_furniture(text) if f.kind == "note"]
    assert notes == ["(2) Portville Harbour Fact Sheet, 2017; Letter to the Pilots' Union, 12 May 2017."]
    dates = [e.when.value() for e in events_of(text)]
    assert "2018" in dates and "2017" not in dates and "2017-05-12" not in dates


def test_a_negation_inside_a_quoted_statement_is_still_a_statement() -> None:
    text = "\"The islands are not going to be left on their own this summer,\" the minister said.\n"
    assert [e.when.value() for e in events_of(text)] == ["2026-SU"]


def test_a_line_sending_the_reader_elsewhere_is_furniture() -> None:
    text = ("Watch the ferry strike's effect on the islands since February 20 and see how trade is at risk.\n"
            "The pilots began their strike on Monday, their union said.\n"
            "\"See how empty the harbour is?\" the mayor asked reporters on Tuesday.\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2026-02-20" not in dates and "2026-03-02" in dates
    assert "2026-03-03" in dates  # a quotation addressed to its listener is the story's


def test_the_second_object_of_compared_is_a_reference_point() -> None:
    text = "In the interview on Monday, the mayor compared the ferry strike to the 1987 dock strike.\n"
    assert [e.when.value() for e in events_of(text)] == ["2026-03-02"]


def test_a_social_feeds_post_beside_the_story_is_furniture() -> None:
    text = ("The ferry pilots began their strike on Monday, their union said.\n"
            "RT @harbourwatch: Within the port, fuel prices rose most in December.\n")
    assert [e.when.value() for e in events_of(text)] == ["2026-03-02"]


def test_a_print_edition_note_is_furniture() -> None:
    text = ("The pilots began their strike on Monday, their union said.\n"
            "This article appeared on p22 of the Main section of the Courier on Friday 6 March 2026.\n")
    assert [e.when.value() for e in events_of(text)] == ["2026-03-02"]


def test_lines_above_the_storys_dateline_are_its_headline_and_caption() -> None:
    text = ("Strike Empties Portville Harbour Ferries have stood idle at the harbour, which closed on February 20 "
            "and reopened two days later.\n"
            "PORTVILLE -- Out-of-work ferry pilot Sam Quill spent his first strike payment quickly, paying off bills.\n"
            "The union said on Monday it would pay strikers again.\n")
    events = events_of(text)
    assert not any(e.when.value().startswith("2026-02") for e in events)
    lead = next(e for e in events if "Quill" in e.sources[0].quote)  # an irregular past reports the news
    assert lead.when.value() == "2026-03-04"


def test_a_related_link_with_its_date_and_section_in_capitals_is_furniture() -> None:
    text = ("The pilots began their strike on Monday, their union said.\n"
            "Strike timeline 30 NOVEMBER 2025, BUSINESS & TRADE The pilots' last strike ended in a pay deal.\n")
    assert "2025-11-30" not in [e.when.value() for e in events_of(text)]


def test_no_cut_before_a_name_followed_by_a_comma_or_after_an_agency_dateline() -> None:
    for text in (
        "PORTVILLE (AP)_ Harbour officials sent strong new signals Sunday that the port wants to reopen southern "
        "Quay, where a costly strike has been steadily claiming jobs.\n",
        "Harbour officials sent strong new signals on Sunday about reopening the southern Quay, where a costly "
        "strike has been claiming jobs for weeks.\n",
    ):
        assert top(text) is None, text


def test_a_call_for_comments_opening_a_line_hands_the_page_to_its_readers() -> None:
    text = ("The harbour board approved the new terminal on Tuesday after a long debate.\n"
            "(Your thoughts on the terminal are welcomed in the comments section below): the vote was close.\n"
            "Leave your thoughts in the comments section below Harbour News: the ferry fare rose on Monday.\n"
            "I remember when the old terminal opened in 1987!\n")
    dates = [e.when.value() for e in events_of(text)]
    assert dates == ["2026-03-03"]


_STORY = ("The Portville ferry pilots began a strike on Monday over pay, their union said.\n"
          "The harbour board said it would meet the union on Thursday to discuss the dispute.\n"
          "Northwind Lines said the strike had already cost it $2 million in lost fares.\n"
          "The islands' shops said deliveries had stopped since the weekend.\n"
          "Ms Lund, the union's leader, told reporters the pilots had voted in January to strike.\n")


def test_readers_posts_above_the_only_surviving_marker_are_furniture() -> None:
    # One sentence a line, and only the last post kept its "Posted by" line: the posts above it
    # are recognised by their voice (shouting, exclamations, "I"/"you"), the story by its attributions.
    text = (_STORY +
            "The board's chairman said on Tuesday that the ferries would run again by April.\n"
            "The pilots are GREEDY and everyone knows it!\n"
            "I took the ferry in 2009 and it was late every day.\n"
            "Do you really think they care about the islands?\n"
            "The board sold the old pier in 2015 for nothing.\n"
            "NOT AGAIN!!\n"
            "Sack them all on Friday... Posted by: harbourwatcher | March 4, 2026 9:12 PM | Report abuse\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2009" not in dates and "2015" not in dates  # the readers' words
    assert "2026-03-02" in dates and "2026-03-03" in dates and "2026-01" in dates  # the story's, to its last line


def test_a_first_person_column_above_a_marker_keeps_its_lines() -> None:
    # A columnist writes as "I" too; a few personal lines in reported copy do not start a thread.
    text = (_STORY +
            "I asked the board's chairman on Tuesday whether the ferries would run by April.\n"
            "He said the company had offered the pilots a new contract in 2024.\n"
            "The offer was rejected, the union said.\n"
            "The islands' council said it would hire private boats from Friday.\n"
            "Nonsense! Posted by: harbourwatcher | March 4, 2026 9:12 PM | Report abuse\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2024" in dates and "2026-03-06" in dates


def test_a_posts_signature_with_its_time_ends_the_post() -> None:
    text = (_STORY +
            "By Ana Reyes | March 4, 2026; 10:05 AM ET The harbour board sold the old pier in 2015 for a song.\n"
            "Posted by: harbourwatcher | March 4, 2026 9:12 PM | Report abuse\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2015" not in dates and "2026-01" in dates


def test_posts_each_under_a_username_and_time_line_are_furniture() -> None:
    # A modern page: after the story, posts each under "handle · 3 hours ago" or a handle above its time.
    text = (_STORY +
            "The board's chairman said on Tuesday that the ferries would run again by April.\n"
            "harbourwatcher · 3 hours ago\n"
            "The board sold the old pier in 2015 for nothing.\n"
            "lena_m\n"
            "March 4, 2026 at 9:12 pm\n"
            "My grandfather crossed on the first ferry in 1962.\n"
            "Reply\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2015" not in dates and "1962" not in dates
    assert "2026-03-03" in dates and "2026-01" in dates


def test_a_story_with_one_timed_line_keeps_what_follows() -> None:
    # One "name, time" line is a byline or a dateline, not a thread.
    text = (_STORY +
            "Ana Reyes, March 4, 2026 10:05 am\n"
            "The board sold the old pier in 2015 to a developer, the council said.\n")
    assert "2015" in [e.when.value() for e in events_of(text)]


def test_a_wire_pictures_caption_after_its_credit_is_furniture() -> None:
    # A saved gallery: each picture's caption follows the credit of the one before, on the same line.
    text = (_STORY +
            "Pilots picket the harbour gates in Portville, Monday, March 2, 2026.\n"
            "(AP Photo/Lena Moor) (Lena Moor - AP) Islanders queue for a private boat in Portville harbour, "
            "Tuesday, March 3, 2026.\n"
            "The strike has stopped all ferries to the islands.\n"
            "Shops on the islands have run short of bread.\n"
            "(AP Photo/Lena Moor) (Lena Moor - AP)\n"
            "Northwind Lines said on Wednesday that it would refund every ticket sold for March.\n")
    events = events_of(text)
    assert not any("queue" in s.quote for e in events for s in e.sources)
    assert "2026-03-04" in [e.when.value() for e in events]


def test_a_caption_ending_in_a_name_run_into_a_sentence_opening_with_the() -> None:
    text = ("The ferry was due to start a summer service from Portville's Harbour Quay The launch of the new "
            "island ferry has been delayed until next month, the harbour board has said.\n"
            "The board gave no reason.\n")
    assert top(text) == "The ferry was due to start a summer service from Portville's Harbour Quay"
    lead = next(e for e in events_of(text) if "delayed" in e.sources[0].quote)
    assert lead.sources[0].quote.startswith("The launch of the new island ferry")


def test_a_title_in_capitals_or_a_name_before_the_stays_in_its_sentence() -> None:
    for text in (
        "Readers loved the novel Beyond The Harbour Wall and its sequel was published in Portville last spring.\n",
        "The harbour board met the ferry operator Northwind and the company has not said when the ferry returns.\n",
        "Tickets for the Portville Arts Festival The Sea Wall Sessions went on sale on Monday morning for all.\n",
    ):
        assert top(text) is None, text


def test_a_gallerys_second_caption_line_above_the_next_credit_is_furniture() -> None:
    text = ("(Courier Photo/Jane Doe) (Jane Doe - Courier) Volunteers fill sandbags on the quay at Portville harbour "
            "as the river rises behind them, in Portville, Tuesday, March 3, 2026, while the harbour board meets "
            "in the town hall to decide whether the ferry service should stop for the rest of the week.\n"
            "Volunteers counted about 400 sandbags filled by hand at the quay on Monday before the rain began "
            "again in the late evening.\n"
            "(Courier Photo/Jane Doe) (Jane Doe - Courier) A ferry waits at the quay, Tuesday, March 3, 2026.\n"
            "The harbour board closed the ferry service on Tuesday because of the flooding.\n")
    kinds = {text[f.start:f.end].split()[0]: f.kind for f in find_furniture(text)}
    assert kinds.get("Volunteers") == "caption"
    assert [e.when.value() for e in events_of(text)] == ["2026-03-03"]


def test_a_caption_run_into_a_lead_whose_subject_has_an_apposition() -> None:
    text = ("Harbour pilot gives TV interview Captain Ruth Vance was speaking to a local radio station, which aired "
            "the programme on Thursday night Captain Ruth Vance, who was blamed for the ferry's grounding, has "
            "defended her actions in a television interview.\n"
            "She said the charts were wrong.\n")
    assert top(text) == ("Harbour pilot gives TV interview Captain Ruth Vance was speaking to a local radio station, "
                         "which aired the programme on Thursday night")
    events = events_of(text, dt.date(2026, 3, 6))
    assert len(events) == 1 and events[0].sources[0].quote.startswith("Captain Ruth Vance, who was blamed")


def test_a_headline_run_into_an_opening_participle_keeps_the_leads_date() -> None:
    text = ("Flood damage could last decades, say scientists Wading along the river bank near Millbrook, Devon, "
            "in 2019, county biologist Ann Lowe found a wall of silt where the reeds had been.\n"
            "She took samples.\n")
    assert top(text) == "Flood damage could last decades, say scientists"
    assert [e.when.value() for e in events_of(text)] == ["2019"]


def test_a_dated_file_photo_caption_is_furniture_from_its_file_mark() -> None:
    text = ("Ferry safety questioned again FILE - In this Jan. 12, 2026 file photo, a Northwind ferry is seen at "
            "Portville harbour.\n"
            "Inspectors found on Tuesday that the Northwind ferry sailed with outdated charts, the harbour board said.\n"
            "Crew members worked near the ramp, in this Portville Feb. 2, 2026, handout file photo.\n")
    captions = [text[f.start:f.end] for f in find_furniture(text) if f.kind == "caption"]
    assert any(c.startswith("FILE - In this Jan. 12, 2026 file photo") for c in captions)
    assert any(c.startswith("Crew members worked") for c in captions)
    dates = {e.when.value() for e in events_of(text)}
    assert "2026-03-03" in dates
    assert not {"2026-01-12", "2026-02-02"} & dates


def test_a_resume_run_into_one_line_is_furniture_but_a_chronology_is_news() -> None:
    text = (STORY_LEAD := "The harbour board named Jane Doe its new chair on Tuesday, its spokesman said.\n") + (
        "1998-2001: Clerk, Portville port office 2001-05: Deputy harbour master, Northwind Lines 2005: Director, "
        "Harbour Users' Association March 3, 2009 -- May 1, 2014: Member, regional transport council\n")
    kinds = {text[f.start:f.end][:9]: f.kind for f in find_furniture(text)}
    assert kinds.get("1998-2001") == "factbox"
    dates = {e.when.value() for e in events_of(text)}
    assert dates == {"2026-03-03"}
    chronology = STORY_LEAD + ("1998: The old pier was closed after a storm 2001: A ferry ran aground and was "
                               "towed off 2005: The board was merged with the council\n")
    assert {"1998", "2001", "2005"} <= {e.when.value() for e in events_of(chronology)}


def test_a_caption_ending_in_a_place_phrase_run_into_the_lead_is_cut() -> None:
    assert top("Jane Doe looks at the damage at a fish market Portville has closed its harbour to all ferries "
               "after the storm, the mayor said.\n") == "Jane Doe looks at the damage at a fish market"
    assert top("Old boats lay idle in his rented shed Northwind Lines has cancelled every ferry to the islands "
               "for the winter.\n") == "Old boats lay idle in his rented shed"
    # A determiner right before a name's modifier still runs on: "its huge Gulf of Mexico spill".
    assert top("Crews fought its huge Gulf of Mexico oil spill for weeks before the leak was finally capped by "
               "engineers.\n") is None


def test_a_caption_ending_in_a_name_runs_into_a_sentence_opening_with_a_capital_a() -> None:
    # Mid-sentence, a capitalised "A" before a lowercase word opens a new sentence: the caption ends before it.
    text = ("The harbour master is accused of negligence over the sinking of the Alda A recording of the ferry's "
            "last radio call has been played to the inquiry into the sinking.\n"
            "The inquiry heard the recording on Wednesday.\n")
    assert top(text) == "The harbour master is accused of negligence over the sinking of the Alda"
    # A letter naming a kind is no sentence start: "Plan A" goes on.
    text = ("The harbour board said its Plan A for the strike will keep the ferries sailing to the islands, its "
            "chairwoman said.\n")
    assert top(text) is None


def test_a_headline_closing_on_a_quote_runs_into_the_lead_and_is_cut() -> None:
    # A headline's quote is closed and unpunctuated before the lead's capital; the quote stays out of the title.
    lead = "The harbour board has approved the new ferry terminal after a two-year review, its chairwoman said."
    assert top(f"Ferry terminal ` a new start ' for Portville {lead}\n") == "Ferry terminal ` a new start ' for Portville"
    assert top(f'New ferry terminal "a good day for Portville" {lead}\n') == 'New ferry terminal "a good day for Portville"'
    assert top(f"Ferry terminal approved ` after long review ' {lead}\n") == "Ferry terminal approved ` after long review '"


def test_a_punctuated_or_lowercase_close_of_a_quote_is_one_sentence() -> None:
    # A speaker's caption ('Name: "..."') is left whole too: the merge reads the lead's speaker there.
    for text in (
        'Mayor Ines Moreau: "This is a good day" The harbour board has approved the new ferry terminal, it said.\n',
        'The board called the terminal "a new start for the harbour," Ines Moreau said at the meeting on Monday.\n',
        'The board said the "static test" of the new terminal had worked after the repairs were finished.\n',
        'The mayor called it "a good day" Monday and said the terminal would open to ferries in the autumn.\n',
    ):
        assert top(text) is None, text


def test_a_still_from_a_video_is_a_caption_but_a_still_standing_is_not() -> None:
    body = "The board said the repairs to the pier would end in June after a long delay at the yard."
    for caption in ("A frame grab, taken from a harbour webcam, shows work on the pier on Tuesday.",
                    "A video still from the harbour webcam shows the crane on the pier on Tuesday."):
        text = f"{body}\n{caption}\n"
        found = [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]
        assert ("caption", caption) in found, caption
        assert [e.sources[0].quote for e in events_of(text)] == [body]
    assert not find_furniture("The old crane stood still on the pier on Tuesday as the board met.\n")


def test_a_caption_ending_in_a_two_noun_phrase_before_the_lead_is_furniture() -> None:
    from timeline.extract.page_blocks import run_in_top

    line = ("Portville lifts ferry curbs Crews in Portville have been hit hard by the ferry strike Portville has lifted "
            "all restrictions imposed last month, following the end of the strike.")
    span = run_in_top(line, (0, len(line)))
    assert span is not None and line[span[1]:].strip().startswith("Portville has lifted")
    # A kind's noun before a name keeps the name in its phrase, and so do a modifier and a preposition.
    for kept in ("Shares rose sharply on the news that the oil giant Northwind has agreed to pay the fund in full today.",
                 "The story of the last cataclysmic American oil spill has evolved over time into a simple tale.",
                 "Booms were laid against the oil off Portville as officials said the slick had reached the coast."):
        assert run_in_top(kept, (0, len(kept))) is None, kept


def test_a_lead_opening_with_a_after_a_caption_is_cut_from_the_caption() -> None:
    from timeline.extract.page_blocks import run_in_top

    line = ("The ferry is carrying some 300 passengers A ferry carrying 300 passengers has been ordered to stay at sea "
            "off Portville after two crew fell ill.")
    span = run_in_top(line, (0, len(line)))
    assert span is not None and line[span[1]:].strip().startswith("A ferry carrying")
    kept = "The council adopted Plan A after a vote that was held on Monday in the town hall of Portville."
    assert run_in_top(kept, (0, len(kept))) is None


def test_an_acronym_before_its_verb_opens_the_lead_after_a_headline() -> None:
    from timeline.extract.page_blocks import run_in_top

    line = "NWL attacked over ferry video NWL has come under fire over a video showing crews asleep on the bridge."
    span = run_in_top(line, (0, len(line)))
    assert span is not None and line[span[1]:].strip().startswith("NWL has come")
    line = ("WHO declares flu pandemic The Director General of the World Health Organization, Jane Roe, has formally "
            "declared that the outbreak is now a pandemic.")
    span = run_in_top(line, (0, len(line)))
    assert span is not None and line[span[1]:].strip().startswith("The Director General")
    for kept in ("Shares fell as the ferry giant NWL has come under fire over a video showing crews asleep on the bridge.",
                 "The union disputes the fines NWL will have to pay under the new law, its leader told the meeting today.",
                 "Analysts believe NWL has come under fire over a video showing crews asleep on the bridge in March."):
        assert run_in_top(kept, (0, len(kept))) is None, kept


def test_a_caption_runs_into_a_lead_opening_on_a_common_word() -> None:
    # The page writes "people" and "advice" lowercase elsewhere and never capitalises them inside a sentence.
    text = ("Queues at the harbour gate in the rain People who travel on the ferry every day have been told to expect "
            "delays until Friday.\nThe operator said people should check its website.\n")
    assert run_in_top(text, line_spans(text)[0]) == (0, len("Queues at the harbour gate in the rain"))
    text = ("Ferry strike ends after long talks Advice for passengers who booked tickets for the weekend was changed on "
            "Tuesday, the operator said.\nIts advice is to check the website.\n")
    assert run_in_top(text, line_spans(text)[0]) == (0, len("Ferry strike ends after long talks"))


def test_a_capitalised_word_of_a_name_does_not_open_a_lead() -> None:
    # "Gulf of Mexico", a title before "of": a name's first word; "Harbour" capitalised inside another sentence.
    for text in ("Crews searching the vast Gulf of Mexico oil spill have found more birds, officials said on Friday."
                 "\nThe gulf is calm.\n",
                 "John Roe, a reporter and founding Editor of The Harbour Review, has answered questions on Monday "
                 "about the strike.\nThe editor said so.\n",
                 "Crews searching the old Harbour for divers have found more birds on Friday, officials said today.\n"
                 "They met at the Harbour office; the harbour was calm.\n"):
        assert run_in_top(text, line_spans(text)[0]) is None, text


def test_a_caption_written_as_a_clause_ending_on_its_place_runs_into_a_lead_on_a_common_word() -> None:
    # The caption is a whole clause ending on a one-word place the page names alone later; the lead opens on a common
    # word the page never writes lowercase, so only the capital after the place tells the two apart.
    text = ("The ferry company said repairs would be finished near Portville Plans to close the old pier at the end of "
            "the summer were dropped on Monday by the harbour board.\nThe board will meet again in Portville in June.\n")
    assert top(text) == "The ferry company said repairs would be finished near Portville"
    # A place named in two words ("in Port Ellis") is one name: the page never names its first word alone.
    text = ("A crew of divers said to be ready is waiting in Port Ellis to inspect the hull of the ferry that ran "
            "aground on Monday, officials said.\nThe ferry was towed to Port Ellis on Tuesday.\n")
    assert top(text) is None


def test_a_headline_whose_subject_the_lead_names_again_is_furniture() -> None:
    # A headline names its subject first; the lead names it again with no stop between: a new sentence.
    assert top("Northwind ties crew pay to punctuality Northwind Lines is trying to win back its passengers after "
               "the strike Northwind's new chief Ann Ro has told the firm's 900 staff that lateness will cost them "
               "their bonus this winter.\n") == ("Northwind ties crew pay to punctuality Northwind Lines is trying to "
                                                 "win back its passengers after the strike")
    assert top("Coast Council needs a reality check Coast Council's leader was not about to take any blame for "
               "the closures.\n") == "Coast Council needs a reality check"
    # A standfirst under the headline closes on a place: the name after it opens the lead all the same.
    assert top("Rivergas agrees $2bn sale to pay for repairs Rivergas is likely to overshadow the minister's trip "
               "to the Netherlands Rivergas is to sell fields in Norway and Chile to pay for the repairs.\n") == (
        "Rivergas agrees $2bn sale to pay for repairs Rivergas is likely to overshadow the minister's trip to the "
        "Netherlands")


def test_a_name_said_twice_inside_one_sentence_is_no_run_in() -> None:
    # A relative clause on a noun, a verb's object, a conjunction's clause, a date opening the clause.
    for text in ("Rivergas was downgraded on Tuesday over the costs Rivergas may face for the leak at all of "
                 "its plant.\n",
                 "Rivergas asked the court to halt Rivergas shares trading until the board has met on Friday.\n",
                 "Rivergas shares fell sharply as Rivergas said the leak would take weeks to repair.\n",
                 "Rivergas began drilling the relief well in May Rivergas said in its report on the leak.\n"):
        assert top(text) is None, text
    # A pronoun opening the line is no name: "I thought I would ...".
    assert top("I thought I would ask the council again about the closure of the harbour road.\n") is None


def test_a_crosshead_run_into_its_paragraph_is_furniture() -> None:
    text = ("Ferries to the islands are cancelled until Friday, Northwind Lines said on Monday.\n"
            "Harbour Board advice The Harbour Board (HB) changed its advice at 9pm on 2 March, warning against "
            "all but essential crossings.\n")
    found = [text[f.start:f.end] for f in find_furniture(text) if f.kind == "crosshead"]
    assert found == ["Harbour Board advice"]
    lead = text.index("The Harbour Board")
    assert not any(f.start <= lead < f.end for f in find_furniture(text))


def test_a_pull_quote_run_into_its_speakers_sentence_is_furniture() -> None:
    text = ("Ferries to the islands are cancelled until Friday, Northwind Lines said on Monday.\n"
            "For a crossing this busy, it's good to know two crews are on call Dr Ann Ro, head of the harbour "
            "board, said her staff had worked through the night since the strike began on Monday.\n"
            "Passengers were told not to travel Mr Ben Holt from the Harbour Board said the road would reopen.\n")
    found = [text[f.start:f.end] for f in find_furniture(text) if f.kind == "crosshead"]
    assert found == ["For a crossing this busy, it's good to know two crews are on call",
                     "Passengers were told not to travel"]


def test_a_titled_name_inside_a_clause_is_no_pull_quote() -> None:
    for line in ("When he was appointed chairman Mr Holt said the crossings would resume within a week.\n",
                 "Mr Holt told the hearing Dr Ro said the ferry had been late twice that week.\n",
                 "The board praised the work Dr Ro had done over the winter but said little else.\n",
                 "Referring to the strike Dr Ro said the crews had been patient all along.\n"):
        text = "Ferries to the islands are cancelled until Friday, Northwind Lines said on Monday.\n" + line
        assert not [f for f in find_furniture(text) if f.kind == "crosshead"], line


def test_a_headline_after_its_kicker_names_the_subject_the_lead_names_again() -> None:
    # The kicker ("Harbour strike:") names the story; the headline after it names the subject. The line has no stop.
    text = ("Harbour strike: Northwind's big ferry sale Northwind has agreed to sell four ferries to a rival to pay "
            "for the strike Letters for publication should be sent to the editor\n")
    assert top(text) == "Harbour strike: Northwind's big ferry sale"


def test_a_sentence_fronted_by_a_capitalised_preposition_ends_the_headline() -> None:
    # In sentence case a preposition is capitalised only where a sentence opens; its phrase closes with a comma.
    assert top("The long decline of Northwind In its 80-year history, Northwind has lost four ferries and two "
               "captains at sea.\n") == "The long decline of Northwind"
    # A headline and its standfirst both go.
    assert top("Ferry strike ends after nine days Crews vote to accept the new rota For the first time since March, "
               "all ferries to the islands will sail on Monday.\n") == (
        "Ferry strike ends after nine days Crews vote to accept the new rota")
    # Title case goes on with a capital; a stamp before it stays a stamp.
    assert top("Northwind In Talks With Rivals Over Routes as the strike drags on into its second week.\n") is None
    assert top("Friday 6 March 2026 21.08 GMT In a vote on Friday, crews accepted the new rota by a wide margin.\n") is None


def test_a_gallery_caption_after_the_credit_that_closed_the_one_before_is_furniture() -> None:
    # A photo gallery above the story: each picture's date and caption, then its credit, which the saved page runs
    # into the next caption's line.
    text = ("March 2: A tug tows the damaged ferry Harbour Star into Portville dock.\n"
            "AP March 2: Divers inspect the hull of the ferry beside the quay.\n"
            "March 1: Sandbags, left, are stacked along the harbour wall in Portville.\n"
            "AP March 1: Crews lay booms across the mouth of the harbour in Portville.\n"
            "AFP/Getty Images PORTVILLE -- The harbour board has closed the ferry terminal for repairs after a tug "
            "struck the quay on Monday.\n")
    events = events_of(text)
    assert all("Divers" not in s.quote for e in events for s in e.sources)
    assert [e.when.value() for e in events] == ["2026-03-02"]
