"""One speaker's statement of a day told over consecutive paragraphs is one event (issue 16, duplicates).

Every text here is written for these tests. A paragraph that picks the speaker up by a pronoun and goes on
reporting the day's statement is not a second statement; another speaker's paragraph between them, a later moment
("She later said ...") or a statement of another day stays apart.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles_of(text: str, published: dt.date) -> list[str]:
    return [f"{e.when.value()} {e.title}" for e in extract(Document(path="t.txt", text=text, published=published))]


def test_a_statement_told_on_by_a_pronoun_is_one_event() -> None:
    text = ("Port plans split the council.\n"
            "Senator Vale on Tuesday praised the new harbour plan.\n"
            "\"It will bring work to the whole coast,\" Vale said in a written statement.\n"
            "She said she hoped to pass the harbour bill this year and urged her rivals to back it.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2031, 5, 7)))
    assert [e.when.value() for e in events] == ["2031-05-06"]
    assert len(events[0].sources) == 2  # both paragraphs are quoted


def test_a_description_of_the_speaker_is_left_to_the_other_readings() -> None:
    text = ("Mayor Dunn on Friday condemned the closure of the ferry line.\n"
            "The mayor said the town would lose hundreds of jobs and urged the company to think again.\n")
    assert titles_of(text, dt.date(2031, 5, 10)) == ["2031-05-09 Mayor Dunn condemns the closure of the ferry line"]


def test_another_speaker_between_keeps_them_apart() -> None:
    text = ("Senator Vale on Tuesday praised the new harbour plan.\n"
            "Mr Orr, the port chief, said on Tuesday the plan was too costly.\n"
            "He said he would fight it.\n")
    assert len(titles_of(text, dt.date(2031, 5, 7))) == 2


def test_a_later_moment_stays_apart() -> None:
    text = ("Senator Vale on Tuesday praised the new harbour plan.\n"
            "She later said on Tuesday that she would vote against the budget.\n")
    assert len(titles_of(text, dt.date(2031, 5, 7))) == 2


def test_an_act_that_is_no_statement_stays_apart() -> None:
    text = ("Mayor Dunn on Friday opened the new ferry terminal in Vorn.\n"
            "He said on Friday the town would hire forty more crew.\n")
    assert len(titles_of(text, dt.date(2031, 5, 10))) == 2


def test_a_further_statement_told_with_also_stays_apart() -> None:
    text = ("The ferry line's chairman apologised on Wednesday to passengers for the cancelled crossings.\n"
            "He also said on Wednesday the line would not pay a dividend this year.\n")
    assert len(titles_of(text, dt.date(2031, 5, 8))) == 2
