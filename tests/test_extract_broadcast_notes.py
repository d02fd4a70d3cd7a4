"""A newsroom's note of when to watch, listen or follow is page furniture, not an event (issue 16).

Every text here is written for these tests. "The Harbour Hour is on BBC Radio 4 on Thursday, 6 March at 2000 GMT."
tells the audience a slot; a live page's "Welcome to our live coverage" greets its readers. A broadcast the story
reports in the past, and a speaker quoted on a programme, stay news.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.broadcast_notes import broadcast_notes
from timeline.model import Document

PUBLISHED = dt.date(2031, 3, 5)  # a Wednesday

_STORY = "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said."


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))]


def _notes(line: str) -> list[str]:
    return [line[a:b] for a, b in broadcast_notes(line, (0, len(line)))]


def test_a_programme_slot_or_the_pages_own_coverage_is_no_event() -> None:
    for note in (
            "The Harbour Hour is on BBC Radio 4 on Thursday, 6 March at 2000 GMT.",
            "A Ports Special, Tilbury: The Long Strike, is broadcast on BBC Two on Friday, 7 March 2031, at 2100 GMT, "
            "or afterwards on BBC iPlayer.",
            "Ann Reyes will have the latest reaction in a special live programme on the BBC World Service from 1830 GMT.",
            "1905: Welcome to our live coverage of the minister's statement on the port strike.",
            "2200: Our live coverage ends now - but you can keep up with the latest developments here.",
            "The BBC News website will provide live coverage of the minister's statement between 2300 and 0100 GMT.",
            # a slot in any zone a page stamps, from calendar_words' one list of them
            "Hear the harbour master's full interview on BBC World Service, 1400 CEST, Saturday 8 March.",
    ):
        assert _titles(f"{_STORY}\n\n{note}\n") == _titles(f"{_STORY}\n"), note


def test_a_listing_run_into_the_story_takes_only_the_listing() -> None:
    line = ("Tilbury: The Long Strike, BBC One, Monday, 10 March at 2030 GMT Then available in the UK via the link "
            "below Maria Lenz, the union's regional secretary, has accused the port of breaking a written promise.")
    assert _notes(line) == ["Tilbury: The Long Strike, BBC One, Monday, 10 March at 2030 GMT Then available in the "
                            "UK via the link below"]


def test_a_reported_broadcast_or_a_quoted_speaker_stays() -> None:
    assert _notes("Each clip shows a bulletin which was broadcast on BBC World News at 0600 GMT on Tuesday.") == []
    assert _notes("The minister told BBC Radio 4 at 8am on Tuesday that the port would reopen.") == []
    assert _titles("The port bulletin was broadcast on BBC World Service at 0600 GMT on Tuesday.") != []


def test_any_channels_promotion_or_a_hosts_line_about_the_show_is_no_event() -> None:
    for note in (
            'Watch "The Harbour Hour" weeknights at 9 p.m. ET!',
            '-- Watch "The Harbour Hour" weeknights at 9 p.m. ET!',
            "Join us again tomorrow at 8 for the latest from the docks.",
            "Tune in at 11:00 pm for this and more!",
            "Listeners will hear why tonight, as the series continues.",
            'But tonight on "The Harbour Hour" three dockers are here to share their ideas on ending the strike.',
            "Look, the reason I'm pleased to have you on the program tonight is that nobody knows the port better.",
    ):
        assert _titles(f"{_STORY}\n\n{note}\n") == _titles(f"{_STORY}\n"), note


def test_a_viewing_the_story_reports_or_a_saying_on_the_programme_stays() -> None:
    assert _notes("The mayor will watch the final on Saturday with the dockers.") == []
    assert _notes("The minister watched the programme on Tuesday.") == []
    assert _notes("The minister said on the programme tonight that the port would reopen.") == []
