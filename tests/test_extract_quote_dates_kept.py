"""A quoted saying dated by its own day keeps the past its speaker names inside the quote (:mod:`.quote_dates_kept`):
cut out, "last year" leaves a comparison without its reference period. Text written for these tests."""

from __future__ import annotations

from pathlib import Path

from timeline.extract.run import extract_file

PAGE = ('---\ntitle: "Velm bakeries"\npublished: 2031-05-15\n---\n'
        "Bakeries in Velm are short of flour after the mill fire.\n"
        '"Our orders are down 40% from what they were at this point last year," says Ada Hale, of Hale Bakery, named '
        "after her mother in 1961.\n")


def test_a_comparisons_reference_period_stays_in_the_quote(tmp_path: Path) -> None:
    page = tmp_path / "velm.md"
    page.write_text(PAGE, encoding="utf-8")
    titles = [e.title for e in extract_file(page).events if any("Our orders are down" in s.quote for s in e.sources)]
    assert titles == ["Ada Hale says: “Our orders are down 40% from what they were at this point last year”"]
