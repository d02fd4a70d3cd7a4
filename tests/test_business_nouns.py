"""The one table of the nouns a story calls a named business by: every reader knows each of them.

Each check walks the table itself, so a noun added to it (or a reader that spells a list of its own again) shows here.
"""

from __future__ import annotations

from timeline.extract.company_kinds import BUSINESS_NOUNS, SORTED_ONLY, business_nouns


def test_the_alternation_holds_each_noun_once() -> None:
    assert business_nouns("company", "agency").split("|") == [*BUSINESS_NOUNS, "agency"]


def test_every_business_noun_reaches_every_reader() -> None:
    from timeline.extract import (
        actors,
        body_chain,
        introduced_things,
        possessive_owners,
        run_in,
        sole_antecedents,
        sole_company,
        title_room,
    )

    for noun in BUSINESS_NOUNS:
        assert body_chain._BODY_NOUN.match(f"The {noun} said on Monday"), noun
        assert actors.BODY_SUBJECT.match(f"The {noun} said on Monday"), noun
        assert noun in body_chain.NO_THING and noun in possessive_owners._BARRIERS and noun in run_in._CLASS_NOUNS
        assert sole_antecedents._UNNAMED_BODY.search(f"a letter from the {noun} on Monday"), noun
        assert sole_company._UNNAMED.search(f"a letter from another {noun} on Monday"), noun
        assert f"the new {noun}".endswith(title_room._FIRM_NOUNS) and noun in introduced_things._BODIES
    for noun in SORTED_ONLY:
        assert body_chain._BODY_NOUN.match(f"The energy {noun} said on Monday")
        assert not body_chain._BODY_NOUN.match(f"The {noun} said on Monday")  # ("the giant" alone may be a slick)
        assert noun in body_chain.NO_THING and noun in possessive_owners._BARRIERS

