"""A title never stops on the first of a list of names (issue 16, "cut"): "summons executives from Acme Foods" when the
sentence goes on ", Birch Mills and Cole Dairy" tells that Acme alone was summoned. The title keeps the list whole or
ends before the phrase that holds it. Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.title_name_lists import name_list_cut
from timeline.extract.title_whole import ends_open
from timeline.extract.titles import write_title


def _cut(kept: str, rest: str) -> bool:
    return name_list_cut(kept.split(), rest.split())


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_name_before_more_names_joined_by_and_is_a_cut_list() -> None:
    assert _cut("the panel questioned executives from Acme Foods,", "Birch Mills, Cole Dairy and Dane Farms on safety")
    assert _cut("the fever spread to parts of Peru", ", Chile and Bolivia where winter begins")
    assert _cut("floods could reach the Hollin", "and Marsh valleys this week")
    assert ends_open(["the", "panel", "questioned", "executives", "from", "Acme", "Foods,"], ["Birch", "Mills", "and", "Cole", "Dairy"])


def test_a_name_that_opens_a_clause_of_its_own_is_no_list_member() -> None:
    assert not _cut("the mayor thanked the firemen of Dunmore", "and Kessler said the work was over")
    assert not _cut("the mayor thanked the firemen in Dunmore,", "Kessler said on Monday")
    assert not _cut("the mayor thanked the firemen", "and the police for their work")


def test_a_title_ends_before_the_phrase_that_holds_a_list_it_cannot_keep() -> None:
    title = _title("The regional council said on Monday that it would join the flood relief alliance founded by Acme "
                   "Foods, Birch Mills, Cole Dairy, Dane Farms and Evans Bakeries.", "on Monday")
    assert title == "The regional council says it will join the flood relief alliance"
    title = _title("The new fever strain must be watched closely on Tuesday in the western parts of Peru, Chile, "
                   "Bolivia and Ecuador where the rainy season is beginning.", "on Tuesday")
    assert title == "The new fever strain must be watched closely"


def test_a_whole_list_that_fits_stays() -> None:
    title = _title("The council thanked Acme Foods, Birch Mills and Cole Dairy on Monday.", "on Monday")
    assert title == "The council thanks Acme Foods, Birch Mills and Cole Dairy"
