"""The lead is the story's first sentence, not the headline, caption or credit run into it (issue 16).

Every text here is written for these tests, laid out as saved pages lose their layout.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.extract.credit_openings import credit_opening
from timeline.extract.page_blocks import run_in_top
from timeline.extract.page_lines import line_spans
from timeline.model import Document

WEDNESDAY = dt.date(2026, 3, 4)


def events_of(text: str, title: str | None = None) -> list:
    return extract(Document(path="t.txt", text=text, published=WEDNESDAY, title=title))


def top(text: str) -> str | None:
    span = run_in_top(text, line_spans(text)[0])
    return text[span[0]:span[1]] if span else None


def test_a_caption_after_the_headline_runs_up_to_the_body_named_again() -> None:
    # Headline, then a caption of its own, then the lead naming the ferry company again with its verb.
    caption = ("NWL halts all ferries to the islands of the bay in a row over pay The harbour at Portville has been "
               "empty of boats for just over two weeks")
    text = (f"{caption} NWL has cancelled every crossing until the pilots' strike ends, the company said.\n"
            "The strike began in February.\n")
    assert top(text) == caption
    lead = next(e for e in events_of(text) if e.when.value() == "2026-03-04")
    assert lead.sources[0].quote.startswith("NWL has cancelled every crossing")


def test_the_body_named_again_with_its_subjects_noun_or_doubled() -> None:
    for line, kept in (
        ("NWL under pressure as the strike drags on NWL is losing money on every idle boat in the harbour NWL "
         "shares are expected to fall further after the pilots rejected the latest offer.",
         "NWL shares are expected"),
        ("NWL bosses meet pilots in Portville The talks were the first between the union and NWL NWL executives "
         "have met union leaders at the harbour office after a week of strikes.", "NWL executives have met"),
    ):
        span = run_in_top(line, (0, len(line)))
        assert span is not None and line[span[1]:].strip().startswith(kept), line


def test_a_body_named_in_a_relative_clause_or_as_an_object_stays_in_its_sentence() -> None:
    for kept in ("NWL said on Tuesday that the fines NWL will pay to the harbour board are far higher than expected.",
                 "NWL warned the pilots again and the harbour board agreed that NWL has the right to hire new crews.",
                 "NWL has asked the court to rule that the union owes NWL damages for the cost of the strike."):
        assert run_in_top(kept, (0, len(kept))) is None, kept


def test_a_credit_run_into_the_first_paragraph_is_furniture() -> None:
    for credit, story in (("AP", "The chief executive of Northwind told reporters the strike would end within days."),
                          ("Portville Coast Guard", "Some Portville fishermen are reporting damaged nets after the "
                                                    "storm swept through the harbour."),
                          ("Northwind", "In its efforts to end the strike, Northwind is offering the pilots a new "
                                        "contract with higher pay.")):
        line = f"{credit} {story}"
        assert credit_opening(line, (0, len(line))) == (0, len(credit)), line
        text = f"March 3: Ferries wait at the quay in Portville.\n{line}\n"
        assert credit in [text[f.start:f.end].strip() for f in find_furniture(text)], credit
    # Names, titles and title-case headlines go on with capitals; a letter names a kind.
    for kept in ("Britain's The Times newspaper reported the government was drafting plans for the strike.",
                 "Oil Spill In The Gulf Grows as the storm pushes the slick towards the coast of Portville.",
                 "Hepatitis A cases rose sharply in Portville after the storm flooded the water works.",
                 "Then The Pilots Union called off the strike after the board offered a new contract to all crews."):
        assert credit_opening(kept, (0, len(kept))) is None, kept


def test_a_credit_run_into_the_lead_leaves_the_lead_its_own_words() -> None:
    text = ("March 3: Ferries wait at the quay in Portville.\n"
            "Harbour Police As the strike entered its third week, the pilots' union Pilots United has asked the "
            "harbour board for new talks.\n")
    titles = [e.title for e in events_of(text)]
    assert any("Pilots United has asked the harbour board" in t for t in titles), titles
    assert not any("Harbour Police" in t for t in titles)


def test_a_caption_given_as_the_title_is_no_lead_when_it_only_describes() -> None:
    caption = ("The Portville Ferry Terminal is a large hall that can hold three thousand passengers waiting for "
               "the boats operated by Northwind Lines.")
    text = (f"{caption}\n"
            "Northwind In its efforts to end the strike, Northwind is offering the pilots a new contract with higher "
            "pay.\n"
            "Here is how the terminal works.\n")
    events = events_of(text, title=caption)
    assert [e.sources[0].quote[:42] for e in events] == ["In its efforts to end the strike, Northwin"]
    assert events[0].title.startswith("Northwind is offering the pilots a new contract")


def test_a_sentence_going_on_about_the_captions_thing_is_no_lead() -> None:
    caption = ("Harbourmap is a free online map that Northwind Lines launched to plot reports sent in by sailors by "
               "text message and e-mail.")
    text = (f"{caption}\n"
            "It was used by the Portville Coast Guard after the great storm to direct the rescue boats.\n"
            "The map aims to track the strike's effect on the fishing fleet.\n")
    assert events_of(text, title=caption) == []


def test_a_review_opening_in_the_writers_voice_is_no_caption_to_skip() -> None:
    opening = ("\"Harbour Nights\" by the Portville writers Ann Holt and Ben Roe is, so far, a bit of a slog -- it "
               "retells a lot of what I know in a dry way.")
    text = (f"{opening}\n"
            "People forget that Northwind Lines was warning the town about its ferries long before the council "
            "hauled out its report.\n")
    assert events_of(text, title=opening) == []


def test_a_lead_is_not_one_statement_with_the_same_bodys_other_saying_that_day() -> None:
    text = ("Northwind Lines says it has stopped all ferries to the islands because of the pilots' strike.\n"
            "The pilots walked out over pay and rest hours.\n"
            "Talks between the two sides broke down last month.\n"
            "Freight is still moving on the night boats, which have their own crews.\n"
            "In a statement on Wednesday, Northwind Lines admitted it had written to the council about the state of "
            "the old quay at Portville.\n")
    titles = [e.title for e in events_of(text)]
    assert any("stopped all ferries" in t for t in titles) and any("written to the council" in t for t in titles), titles


def test_a_columns_opening_given_as_the_title_is_no_caption() -> None:
    opening = ("A curious side of the Northwind Lines strike is that, before the walkout, the night crossings seemed to be a "
               "great success.")
    text = (f"{opening}\n"
            "About 80 percent of Northwind Lines' recent income has come from the night crossings to the Portville "
            "islands.\n")
    assert events_of(text, title=opening) == []
