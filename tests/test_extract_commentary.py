"""A bystander's feeling, the press's commentary and a speaker's "I think" are no events, dated or not (issue 16,
precision).

Every text here is written for these tests. "Now residents worry that a storm will flood the marsh this summer": the
summer is what the residents fear, no happening. "Daily Star columnist Ann Lee wrote on Thursday that ...": the press
reading the news, which it does not make. A happening told in a clause of its own, a date in the sentence's opening,
an official's saying and a witness's account keep their dates, and so does a lead.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)
#: A headline and a lead, so that the sentence tested stands in the report's body.
HEAD = "Ferry strike halts island crossings\n\nThe ferry company cancelled two sailings on Monday after crews walked out.\n\n"


def _dates(body: str, head: str = HEAD) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=head + body, published=PUBLISHED))}


def test_a_bystanders_feeling_dates_nothing() -> None:
    for text, date in (
            ("Now residents worry that a storm will flood the marsh this summer.", "2031-SU"),
            ("Many locals were upset that the forms asked for their income in 2030.", "2030"),
            ("Some island shop owners fear the harbour will stay shut until August.", "2031-08"),
            ("The strike has left the quay deserted: some fishermen think it pays to stay ashore next year.", "2032"),
            ("Islanders say the mood is grim, and locals are losing sleep over what the winter of 2031 will bring.",
             "2031-WI"),
    ):
        assert date not in _dates(text), text


def test_a_bystanders_view_said_dates_nothing() -> None:
    assert "2031" not in _dates("In the harbour town of Skelby, oysterman Al Roe said he had had high hopes for 2031.")
    assert "2030" not in _dates("Jo Lin, 58, a shop owner in Skelby, said she thinks the season of 2030 was the last "
                                "good one.")


def test_the_press_commentary_dates_nothing() -> None:
    for text, date in (
            ("Daily Star columnist Ann Lee wrote on Thursday that the mayor had lost his nerve.", "2031-05-08"),
            ("The Courier was critical of the governor in an editorial on Sunday.", "2031-05-11"),
            ("A former aide argues in the Harbour Gazette that the minister waited too long this spring.", "2031-SP"),
            ("Writing for the Island Review, Tom Pike observes that the union has been silent all spring.", "2031-SP"),
    ):
        assert date not in _dates(text), text


def test_a_speakers_first_person_view_dates_nothing() -> None:
    assert "2001" not in _dates("“I think the island is tougher than people say, or at least it was 30 years ago.")
    assert "2032" not in _dates("“We believe the crossings will be back to normal next year,” said Ben Ives, a "
                                "ferry fan.")


def test_happenings_and_news_keep_their_dates() -> None:
    # A happening told in a clause of its own, or in the opening before the bystanders come in.
    assert "2031-05-02" in _dates("Residents feared on Tuesday that the oil, which washed ashore on May 2, would return.")
    assert "2031-05-09" in _dates("After the dam burst on May 9, residents feared the worst.")
    # An official's saying, a witness's account, a speaker's saying dated on its verb.
    assert "2031-05-13" in _dates("Harbour master Tom Ray said on Tuesday that the crossings would resume next week.")
    assert "2031-05-13" in _dates("Jim Ash, a fisherman in Skelby, said he saw the tanker hit the pier on Tuesday.")
    assert "2031-W19" in _dates("“I think we have done everything we could,” the harbour master said last week.")
    # People described by a feeling, whose verb is a happening.
    assert "2031-W20" in _dates("On the mainland, thousands of people worried about the strike queued for buses this "
                                "week.")
    # A pull quote run into the report: the saying after it is news.
    assert "2031-05-11" in _dates("I think we ought to be careful about what we call a slick Divers said on Sunday they "
                                  "had found oil under the pier.")
    # Commentators as what the news is about, not as its speaker.
    assert "2031-W20" in _dates("This week the strike has seen commentators from the bishop to the football club "
                                "weigh in.")
    # A study written up in a journal reports its findings.
    assert "2031-05-13" in _dates("Marine biologists wrote in the Journal of Island Ecology on Tuesday that the "
                                  "seabirds had returned.")


def test_a_leads_feeling_is_the_news() -> None:
    head = "Islanders fear for their ferries\n\n"
    assert "2031-SU" in _dates("Residents worry that the ferry service will end this summer, as the strike enters its "
                               "second week.", head)


def test_a_pundits_undated_saying_is_no_news_of_the_day() -> None:
    head = ("Ferry strike halts island crossings\n\nThe ferry company cancelled two sailings on Tuesday after crews "
            "walked out, its chief executive said.\n\nThe union said the walkout would last two days.\n\n")
    titles = {e.title for e in extract(Document(path="t.txt", published=PUBLISHED, text=head + (
        "Tom Pike, a pundit for the Island Review, said the union had misjudged the mood of the islanders.")))}
    assert not any("Pike" in title for title in titles), titles


def test_a_bystander_named_with_an_age_is_colour() -> None:
    head = ("Ferry strike halts island crossings\n\nThe ferry company cancelled two sailings on Tuesday after crews "
            "walked out, its chief executive said.\n\nThe union said the walkout would last two days.\n\n")
    titles = {e.title for e in extract(Document(path="t.txt", published=PUBLISHED, text=head + (
        "In Skelby, Ned Cole, a 34-year-old barman, said what matters is getting the ferries running again.")))}
    assert not any("Cole" in title for title in titles), titles
