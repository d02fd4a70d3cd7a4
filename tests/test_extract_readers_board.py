"""A page of readers' submissions is not a news story (issue 16, precision).

Every text here is written for these tests: a family-history queries board, a letters page and a mailbag, whose
readers' messages are no events, and news stories quoting named people (vox pops, a colleague's dispatch in a live
blog, a feature with an invitation at its top) that keep theirs.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.readers_board import readers_board
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)

BOARD = ("Family history: your queries\n"
         "The county record office reopened on Monday after a two-year refurbishment.\n"
         "Are you tracing an ancestor from the valley? Post your query here or email us and we will add it to this page.\n"
         "Margaret Hollis has responded to a query by Alan Pryce:\n"
         "\"My grandmother Ellen Pryce was born in 1889 in Ludlow and married Thomas Webb in 1911.\n"
         "They moved to Corve Street in 1913 and she died there in 1950.\"\n"
         "Derek Farrow sent us this reply:\n"
         "\"The Farrow family emigrated to Canada in 1923 and my uncle returned in 1946.\"\n"
         "Joan Ashby would like information about her great-grandfather Samuel Ashby:\n"
         "\"Samuel ran a forge at Bromfield from 1871 and sold it in 1898.\"\n")

LETTERS = ("Letters: the harbour bridge\n"
           "Send us your letters by email; we will publish a selection each week.\n"
           "Tom Reed, of Ludlow, writes:\n"
           "I crossed the old bridge every day from 1962 until it closed in 1989.\n"
           "Ann Cole from Leeds writes:\n"
           "My father helped to build it in 1931 and retired in 1970.\n"
           "Peter Vane, Hereford:\n"
           "We opened our shop beside it in 1975 and closed it in 2004.\n")

VOX_POPS = ("Residents of the valley voted on Monday to keep the harbour bridge open.\n"
            "Tom Reed, 64, who has crossed it since 1962, said the vote was a relief.\n"
            "\"I was worried they would close it,\" said Ann Cole, a shopkeeper.\n"
            "Peter Vane told the council on Tuesday that repairs had started in March.\n"
            "The council said it would publish the engineers' report in June.\n")

LIVE_DISPATCHES = ("The council voted on Monday to close the harbour bridge for repairs.\n"
                   "1402: Andrew Clark writes: The engineers found cracks in the main span in March.\n"
                   "1410: Ann Cole writes: The bridge reopened to cyclists on Tuesday.\n"
                   "1415: Peter Vane writes: Repairs will start in June, the council says.\n"
                   "Send us your views on the closure.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))]


def test_a_queries_board_keeps_only_the_sites_news() -> None:
    titles = " | ".join(_titles(BOARD))
    assert "record office reopens" in titles.lower() or "record office" in titles, titles
    for word in ("Ellen", "Pryce", "Farrow", "Canada", "Samuel", "forge", "Corve"):
        assert word not in titles, titles


def test_the_board_span_starts_at_the_first_introduction() -> None:
    spans = readers_board(BOARD)
    assert len(spans) == 1
    assert BOARD[spans[0][0]:].startswith("Margaret Hollis has responded")


def test_a_letters_page_is_no_events() -> None:
    titles = " | ".join(_titles(LETTERS))
    for word in ("bridge", "father", "shop", "1962", "retire"):
        assert word not in titles.lower(), titles


def test_news_quoting_residents_keeps_its_events() -> None:
    assert readers_board(VOX_POPS) == []
    titles = " | ".join(_titles(VOX_POPS))
    assert "vote" in titles.lower(), titles


def test_a_live_page_with_dispatches_is_left_to_its_own_rules() -> None:
    assert readers_board(LIVE_DISPATCHES) == []


def test_introductions_without_an_invitation_are_not_a_board() -> None:
    page = LETTERS.replace("Send us your letters by email; we will publish a selection each week.\n", "")
    assert readers_board(page) == []


def test_a_news_source_that_would_like_information_is_no_reader() -> None:
    page = ("Email us if you saw the crash.\n"
            "Police would like information about a blue van seen on the bridge on Monday.\n"
            "Officers would like to hear from anyone who was there.\n"
            "The Harbour Trust would like to hear from witnesses too.\n")
    assert readers_board(page) == []


def test_introductions_run_into_the_line_and_capital_surnames() -> None:
    page = ("Can you help? Readers' queries are added to this page as they arrive.\n"
            "Margaret HOLLIS has responded to a query by Alan PRYCE: My grandmother was born in 1889. "
            "Derek McFARROW sent us this reply: My uncle returned in 1946. "
            "Joan and Peter ASHBY would like information about Samuel Ashby, who ran a forge from 1871.\n")
    spans = readers_board(page)
    assert len(spans) == 1 and page[spans[0][0]:].startswith("Margaret HOLLIS"), spans


def test_a_hearings_live_blog_and_a_questions_page_are_no_board() -> None:
    hearing = ("Email us your questions for the panel.\n"
               "Congressman Tom Reed wants to know when the bridge will reopen.\n"
               "Hale replies: \"We are working on it.\"\n"
               "Ann Cole asks: \"Who signed the contract?\"\n"
               "Hale adds: \"I was not involved.\"\n")
    assert readers_board(hearing) == []
    answers = ("We put your questions to engineer Ann Cole.\n"
               "Will the bridge reopen this year?\n"
               "Tom Reed, Ludlow Mrs Cole: We expect it to reopen in June.\n"
               "Is it safe to walk across?\n"
               "Peter Vane, Hereford Mrs Cole: Yes, the footpath was never closed.\n"
               "Why did it close?\n"
               "Joan Ashby, Leeds Mrs Cole: Cracks were found in March.\n")
    assert readers_board(answers) == []


ACCOUNTS = ("Readers near the flooded valley have been sending their accounts to us.\n"
            "My partner and I drove back from Ludlow yesterday morning at 8:20 am.\n"
            "On Sunday we had our first flooded cellar in the street.\n"
            "Tom Reed, Ludlow, on holiday in Wales I have been stuck in a hotel since Saturday.\n")


def test_a_page_opened_as_its_readers_accounts_is_no_events() -> None:
    assert _titles(ACCOUNTS) == []


def test_a_story_telling_residents_sending_accounts_to_others_is_news() -> None:
    story = ("Residents of the flooded valley have been sending their accounts to the police since Sunday.\n"
             "The council opened a relief centre in Ludlow on Monday.\n")
    assert any("relief centre" in t for t in _titles(story))
