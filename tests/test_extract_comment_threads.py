"""Readers' comments and a blog's link notes are page furniture, not events (issue 16).

Every text here is written for these tests. A blog's note that "Jane Doe has a great story about ..." points to
another outlet's piece; a reader's comment ("Re: Posted by harbourfan - March 7th, 2031 -- 4:59 pm GMT ...") is
not the story, and its "today" is not the article's day.
"""

from __future__ import annotations

from story_support import DOCKERS_STORY as _STORY
from story_support import story_titles as _titles
from story_support import titled_dates as _events

from timeline.extract.link_notes import link_notes


def _notes(line: str) -> list[str]:
    return [line[a:b] for a, b in link_notes(line, (0, len(line)))]


def test_a_note_pointing_to_another_outlets_piece_is_no_event() -> None:
    for note in (
            "Mara Quist has a great story about how nobody at the port authority wants to count the idle cranes.",
            "Tomas Ferreira has an excellent and very sobering report on the gap between the ferry company's "
            "figures and the harbour master's.",
            "The Coast Ledger has an interesting take on the strike ballot published on Monday.",
            "Lena Park has a good round-up of the finger-pointing between the three shipping lines.",
            "Harbour Weekly has a story on it here.",
    ):
        assert _titles(f"{_STORY}\n\n{note}\n") == _titles(f"{_STORY}\n"), note


def test_a_link_note_is_found_within_its_line() -> None:
    line = ("The dispute has dragged on for weeks. Mara Quist has a fine piece on what the dockers want. "
            "The union meets again on Friday.")
    assert _notes(line) == ["Mara Quist has a fine piece on what the dockers want."]


def test_a_happening_that_only_looks_like_a_link_note_stays() -> None:
    # In the past, a look at something is a happening; a pronoun is no writer's or outlet's name.
    assert _notes("The mayor had an early look at the plans on Monday.") == []
    assert _notes("We have a piece of equipment which we developed on Monday.") == []
    assert _notes("The port authority has a plan to reopen the terminal on Friday.") == []


_LONG_STORY = (
    "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said.\n"
    "The port authority said talks would resume on Friday, and the ferry company warned of delays to freight.\n"
    "Ann Reyes, the union's regional secretary, said the offer fell short of inflation for the third year running.\n"
)


def test_a_modern_thread_under_its_count_is_no_event_even_after_a_short_story() -> None:
    thread = ("\n123 comments\nSign in to comment\nharbourfan42\n6 Mar 2031 9:14\n"
              "Today the union finally caved in and the whole thing is over, no surprise there.\nReply\nReport\n"
              "Recommend\nquaysidemo\n6 Mar 2031 10:02\n"
              "The strike ended on Thursday and nobody asked the crane drivers what they wanted.\nReply\nReport\n")
    assert _events(_LONG_STORY + thread) == _events(_LONG_STORY)


def test_a_comment_header_run_into_its_text_starts_the_readers_part() -> None:
    thread = ("It's all noise to keep our eyes off what the council is doing.\n"
              "Re: Posted by Jason-March 7th, 2031 -- 4:59 pm GMT I agree with you: we all need to watch the council.\n"
              "So today the port reports that the worst of the dispute is over, and it was never much of a strike.\n"
              "Hey Raul from March 9th, 2031 -- Re: I have a theory about the cranes.\n"
              "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.\n")
    events = _events(_LONG_STORY + thread)
    assert not any(title == "Re" or "worst of the dispute" in title or "theory" in title for title, _ in events)
    # (the title keeps "on Friday": the day is the talks', not the saying's; :mod:`timeline.extract.date_owners`)
    assert ("The port authority says talks will resume on Friday", "2031-03-07") in events


def test_a_reader_answering_another_by_handle_shows_a_flattened_thread() -> None:
    thread = ("Why is nobody counting the idle cranes?\n"
              "quay_rat: all fine, except that the terminal was built in 1987, not 1997.\n"
              "@milesk, the old ferry berth was closed on 4 June 2030 and never reopened.\n"
              "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.\n"
              "Views expressed in the comments do not represent those of Coast News.\n")
    events = _events(_LONG_STORY + thread)
    assert not any(when in ("1987", "1997", "2030-06-04") for _, when in events), events


def test_a_copyright_notice_run_into_the_comment_policy_is_no_event() -> None:
    closing = ("(c) Coast News Company, LLC 2031 We welcome comments that advance the story through relevant opinion, "
               "anecdotes, links and data.\n")
    assert _events(_LONG_STORY + closing) == _events(_LONG_STORY)


def test_a_blog_comments_moment_and_handle_run_into_a_line_start_the_readers_part() -> None:
    thread = ("Harbour Notes 2030; 12:603-616 At 08:55 am on 5 Mar 2031, sensiblegran wrote: The cranes were idle.\n"
              "Last night I watched a film about the docks and came to a conclusion about all of us.\n"
              "At 10:02 am on 5 Mar 2031, quaysidemo wrote: On Monday I walked past the terminal.\n")
    events = _events(_LONG_STORY + thread)
    assert not any("film" in title or "walk" in title or "cranes" in title for title, _ in events), events
    # (the title keeps "on Friday": the day is the talks', not the saying's; :mod:`timeline.extract.date_owners`)
    assert ("The port authority says talks will resume on Friday", "2031-03-07") in events


def test_a_reader_thanking_the_writer_opens_a_flattened_thread() -> None:
    for opening in ("Thank you Jo for putting some sense into this.",
                    "Great article, and about time someone said it.",
                    "This article misses the point entirely.",
                    "I agree with the last poster about the cranes."):
        thread = (f"{opening}\n"
                  "The old ferry berth was closed on 4 June 2030 and the council never reopened it.\n"
                  "In 1987 the union struck for six weeks and won nothing.\n"
                  "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.\n")
        events = _events(_LONG_STORY + thread)
        assert not any(when in ("1987", "2030-06-04") for _, when in events), (opening, events)
        assert ("The port authority says talks will resume on Friday", "2031-03-07") in events


def test_a_speaker_closing_a_quote_or_news_about_a_report_keeps_its_lines() -> None:
    for line in ('I agree the port is under siege, but the cranes were sabotaged on 4 June 2030."',
                 "The report found that the cranes were sabotaged on 4 June 2030."):
        text = (_LONG_STORY + f"{line}\n"
                "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.\n")
        assert any(when == "2030-06-04" for _, when in _events(text)), (line, _events(text))
