"""A title's vague subject is named before the title is fitted to its limit (:mod:`timeline.extract.named_titles`)."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


_VEXO = ("Vexo said on Monday it would sell its refinery in Ohio. Vexo has been under pressure from investors for "
         "months, and Vexo shares fell again. ")


def test_the_company_named_before_the_cut_keeps_the_whole_clause() -> None:
    # With "the company" the clause runs three characters over the limit and loses "and stop the leak"; with "Vexo"
    # it fits whole.
    titles = _titles(_VEXO + "Jane Roe, a Vexo spokeswoman, said on Tuesday that the company was spending $6m a day "
                     "trying to clean up the spill and stop the leak.")
    assert "Jane Roe says Vexo is spending $6m a day trying to clean up the spill and stop the leak" in titles, titles


def test_a_disease_too_long_to_name_in_the_fitted_title_is_named_before_fitting() -> None:
    # "Duck flu" for "It" runs the fitted title one character over: the named clause is fitted instead.
    titles = _titles("Duck flu is the latest threat to the region's farms. It first surfaced in 2004 in a poultry shed "
                     "near the village of Little Snoring in north Norfolk, where hundreds of birds fell ill.")
    assert any(t.startswith("Duck flu first surfaces in a poultry shed") for t in titles), titles
    assert not any(t.startswith("It ") for t in titles), titles


def test_a_rewritten_title_that_says_less_is_not_kept() -> None:
    # Named before the fitting, the clause could lose its speaker to make room; the title named after the cut keeps it.
    titles = _titles("Harlow Oil said on Monday it would sell its refinery in Ohio. Harlow Oil has been under pressure "
                     "from investors for months. The regulator said on Tuesday that the company would have to pay for "
                     "the clean-up of the whole estuary and its marshes.")
    assert any(t.startswith("The regulator says Harlow Oil would have to pay") for t in titles), titles


def test_a_short_title_is_named_as_before() -> None:
    titles = _titles(_VEXO + "Jane Roe, a Vexo spokeswoman, said on Tuesday that the company had hired more divers.")
    assert "Jane Roe says Vexo has hired more divers" in titles, titles



def test_a_title_without_its_draft_is_fitted_with_the_name_it_could_not_take() -> None:
    from timeline.extract.named_titles import story_named
    from timeline.extract.titles import write_title

    def namer(title: str) -> str:  # a finder that leaves a title its name would run over the limit
        named = title.replace("The pipeline ", "The Northern Cross pipeline ", 1)
        return named if len(named) <= 90 else title

    title = "The pipeline carries about 12% of the country's crude oil and gas output, and the shutdown"
    assert story_named(title, namer, write_title) == \
        "The Northern Cross pipeline carries about 12% of the country's crude oil and gas output"
