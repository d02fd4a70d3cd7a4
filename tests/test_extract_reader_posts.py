"""A reader's post on a live page is the readers' voice, not news (issue 16, precision).

Every text here is written for these tests. "2155: Priya from Leeds, UK, writes: Make the ferry firm pay." is a
member of the public named by a place, giving a view; the entry stamped before and after it stays, and so does a
newsroom's own writer or an organisation ("from the Harbour Trust").
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.page_notes import reader_notes
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)

PAGE = ("The ferry company has cancelled all sailings to the islands after a strike by its crews.\n"
        "2155: Priya from Leeds, UK, writes: Make the ferry firm pay for this mess.\n"
        "2150: The transport minister says she will meet union leaders tomorrow.\n"
        "Read the union's statement 2140: Tom Hale from Dunmore in Kent, UK, writes: I think the strike is fair.\n"
        "2135: Anna from Oslo writes: Nobody here can get to work.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))]


def test_readers_posts_are_no_events() -> None:
    titles = " | ".join(_titles(PAGE))
    assert "ferry firm pay" not in titles and "strike is fair" not in titles and "get to work" not in titles, titles
    assert "meet union leaders" in titles, titles


def test_only_the_post_is_marked() -> None:
    line = "Read the union's statement 2140: Tom Hale from Dunmore in Kent, UK, writes: I think the strike is fair."
    spans = [line[s:e] for kind, s, e in reader_notes(line, (0, len(line))) if kind == "boilerplate"]
    assert spans == ["Tom Hale from Dunmore in Kent, UK, writes: I think the strike is fair."]


def test_an_organisation_or_a_writer_is_no_reader() -> None:
    for line in ("2130: Jane Roe from the Harbour Trust writes: The strike will cost the islands dearly.",
                 "2125: Health reporter Nick Hale writes: Judicial reviews are not uncommon."):
        assert not [k for k, _, _ in reader_notes(line, (0, len(line))) if k == "boilerplate"], line
