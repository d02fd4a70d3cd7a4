"""Lines in another language whose accents the page lost are no events (issue 16, precision).

Every text here is written for these tests: made-up lines in the shape an accent-stripped page takes (lone letters
and short fragments around a year and a place name), and English lines that are clipped, initialled or contracted
and must stay English.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.foreign_lines import foreign_lines
from timeline.extract.page_lines import line_spans
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)

#: Made-up fragments in the shape of a stripped page: a year and a name among lone letters.
FOREIGN = ("Ng i d n c m t h i ngh v o nm 2029 t i Corvale, k t qu c a h # p l n u ti n.\n"
           "T ch c Y t c ng b th ng tin m i v o ng y 12 th ng 5 nm 2031 t i th nh ph Corvale.\n")

ENGLISH = ("The harbour authority reopened the north quay on Monday after repairs that began in 2029.\n"
           "Sen. Ann B. Cole (D-N.Y.) and Rep. Tom J. Reed (R-S.C.) said on Tuesday the U.S. would pay.\n"
           "\"I don't think there's any doubt,\" said Peter O. Vane, whose firm built it in 2004.\n")


def _quotes(text: str) -> str:
    events = extract(Document(path="t.txt", text=text, published=PUBLISHED))
    return " | ".join(s.quote or "" for e in events for s in e.sources)


def test_foreign_lines_are_found() -> None:
    page = ENGLISH + FOREIGN
    spans = foreign_lines(page, line_spans(page))
    assert [page[a:b] for a, b in spans] == FOREIGN.splitlines()


def test_foreign_lines_give_no_events_and_the_english_story_stays() -> None:
    quotes = _quotes(ENGLISH + FOREIGN)
    assert "Corvale" not in quotes, quotes
    assert "nm 2029" not in quotes, quotes
    assert "reopened the north quay" in quotes, quotes


def test_initials_contractions_and_codes_are_english() -> None:
    assert foreign_lines(ENGLISH, line_spans(ENGLISH)) == []
    coded = "The H1N1 strain reached A and B wards, then C ward, by 2031, the U.S. agency said in its 12-page note.\n"
    assert foreign_lines(coded, line_spans(coded)) == []


def test_a_short_line_is_not_judged() -> None:
    short = "C m heo t i Corvale nm 2031\n"
    assert foreign_lines(short, line_spans(short)) == []
