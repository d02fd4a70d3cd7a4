"""A saying's title gives the quotation room by naming its speaker as a headline does (issue 16, "cut"): where the
speaker said it ("in a statement") is no part of the name, and a body's spokesman speaks for the body ("A BP
spokesman" -> "BP") when only then the quoted clause fits whole. Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_quotes import speaker_of


def test_where_it_was_said_is_no_part_of_the_speaker() -> None:
    assert speaker_of("North Sea Ferries chief executive Jan Morley in a statement") == "Jan Morley"
    assert speaker_of("Councillor Ruth Abney in an e-mail to residents") == "Ruth Abney"
    assert speaker_of("The company in a statement") == "The company"


def test_an_inverted_attribution_with_its_place_leaves_room_for_the_quoted_clause() -> None:
    title = title_of("\"The safety of the crews working on the platforms is our first concern and the calmer weather "
                     "has helped the response,\" said North Sea Ferries chief executive Jan Morley in a statement this "
                     "morning.", "this morning")
    assert title == "Jan Morley: “The safety of the crews working on the platforms is our first concern”"


def test_a_bodys_spokesman_gives_way_to_the_body_when_the_clause_would_be_cut() -> None:
    title = title_of("A Harbourlink spokesman said last night: \"The inquiries continue to demonstrate that a number "
                     "of things went wrong and that blame lies with several different firms.\"", "last night")
    assert title == "Harbourlink: “The inquiries continue to demonstrate that a number of things went wrong”"


def test_a_spokesman_whose_quote_fits_keeps_his_title() -> None:
    title = title_of("A Harbourlink spokesman said on Monday: \"The ferry will sail again within days.\"", "on Monday")
    assert title == "A Harbourlink spokesman says: “The ferry will sail again within days”"


def test_a_described_body_gives_way_to_its_name_when_only_then_the_clause_fits() -> None:
    title = title_of("Edinburgh-based stockbroker Hollins Wade said in a note to clients on Monday: \"We expect the "
                     "ferry operator to cut its fares across the North Sea and to close two of its smaller ports.\"",
                     "on Monday")
    assert title == "Hollins Wade: “We expect the ferry operator to cut its fares across the North Sea”"


def test_a_person_gives_way_to_the_surname_when_only_then_a_cut_clause_fits() -> None:
    title = title_of("\"The harbour board has every reason to reopen the eastern quay to the smaller boats before the "
                     "winter storms arrive,\" said harbour master Margaret Fitzwilliam-Haverstock on Monday.", "on Monday")
    assert title == "Fitzwilliam-Haverstock: “The harbour board has every reason to reopen the eastern quay”"


def test_a_name_joined_by_and_is_never_cut_to_its_last_part() -> None:
    title = title_of("The Lakes and Rivers Authority said on Monday: \"The towpath closure is important to keep all the walkers "
                     "safe, to protect the nesting swans on the banks, and to let the crews repairing the lock work "
                     "safely.\"", "on Monday")
    assert not title.startswith("Rivers Authority"), title
