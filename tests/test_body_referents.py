"""What "it", "its", "the company" and "the firm" stand for: the organisation a reader is following (issue 16).

Every sentence here is written for these tests; the companies are invented.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract import extract
from timeline.extract.names import NameIndex
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_it_continues_the_organisation_the_sentence_before_was_about() -> None:
    text = ("NVX is in talks to sell its northern terminals to Corvane Shipping, a rival, people close to the talks said.\n"
            "Corvane Shipping, worth $3 billion, is one of the region's largest ferry groups.\n"
            "It has a long history of smaller deals with NVX.\n"
            "In 2003 it paid $1.1 billion for the old Harwick shipyard.\n"
            "Three years later it struck a deal for 12 NVX berths in the bay.\n")
    found = titles(text)
    assert any(t.startswith("Corvane Shipping pays $1.1 billion") for t in found), found
    assert any(t.startswith("Corvane Shipping strikes a deal") or t.startswith("Corvane Shipping strikes deal")
               for t in found), found


def test_the_company_after_another_organisation_is_the_story_s_main_one() -> None:
    text = ("NVX is in talks to sell its northern terminals to Corvane Shipping, people close to the talks said.\n"
            "Corvane Shipping approached NVX with the plan a few weeks ago.\n"
            "Talks are under way over what else could be included.\n"
            "The Danish ferry giant has been selling assets to meet the cost of the harbour collapse at NVX's main port.\n"
            "This weekend the company is trying to shore up the collapsed quay with steel piles.\n"
            "NVX shares rose after the news, and NVX said more sales would follow.\n")
    found = titles(text)
    assert any(t.startswith("NVX is trying to shore up the collapsed quay") for t in found), found
    assert not any(t.startswith("Corvane Shipping is trying") for t in found), found


def test_a_possessive_and_a_lead_clause_s_subject() -> None:
    text = ("Corvane Shipping reported a loss on Monday.\n"
            "The firm's shares fell by 9% on Tuesday, wiping $300m off its value.\n"
            "When Tallis Ferries completes the purchase in 2027, its fleet will total 40 ships, a spokesman said.\n")
    found = titles(text)
    assert any(t.startswith(("Corvane Shipping's shares fall", "Corvane Shipping’s shares fall"))
               for t in found), found
    assert any(t.startswith("Tallis Ferries’s fleet") or t.startswith("Tallis Ferries’ fleet") for t in found), found


def test_it_for_a_thing_far_from_the_organisation_stays_unresolved() -> None:
    text = ("NVX said on Monday that it would close two terminals.\n"
            "A storm hit the coast overnight, flooding the harbour road.\n"
            "Forecasters expect more rain.\n"
            "It will be followed by a second storm on Friday, forecasters said.\n"
            "The government said on Wednesday it would pay for the repairs.\n")
    found = titles(text)
    assert not any(t.startswith("NVX will be followed") for t in found), found
    assert not any(t.startswith("NVX says it would pay") or t.startswith("NVX says it will pay") for t in found), found


def test_an_initialism_inside_a_name_is_not_short_for_another_name() -> None:
    text = "BGC Partners said NVX fell. NVX said it would recover. Analysts at BGC Partners disagreed."
    assert NameIndex(text).resolve("NVX") == "NVX"


def test_a_party_or_a_possessive_owner_is_no_organisation_to_follow() -> None:
    text = ("NVX gave $30,000 to members of the harbour committee in 2024, filings show.\n"
            "NVX has also shifted its giving over the past decade towards Democrats.\n"
            "But by 2025, Democrats had nearly pulled even with Republicans on NVX donations.\n"
            "Moreover, the company has tripled what it spent on lobbying in 2025, the filings show.\n"
            "NVX's old pier spent three months sinking into the mud in 2023.\n"
            "Then, it spent the next two months drifting in 2024.\n"
            "Its full cost on the coast is not likely to be known until 2027.\n")
    found = titles(text)
    assert any(t.startswith("NVX has tripled") for t in found), found
    assert not any(t.startswith("Democrats has tripled") for t in found), found
    assert not any(t.startswith("NVX spends the next two months") for t in found), found
    assert not any(t.startswith("NVX’s full cost") or t.startswith("NVX's full cost") for t in found), found


def test_he_is_the_lead_clause_s_subject_or_the_person_a_role_names() -> None:
    text = ("Professor Ana Ruiz, a virologist at the city university, has come up with a figure.\n"
            "Speaking on Morning Radio Live on Monday, she estimated that 9,000 people had the virus.\n"
            "NVX's chief executive, Tomas Brandt, said on Tuesday that the industry may have to change.\n"
            "He conceded on Wednesday that NVX had not been ready for the storm.\n")
    found = titles(text)
    assert any(t.startswith("Ruiz estimates") for t in found), found
    assert any(t.startswith("Brandt conce") for t in found), found


def test_a_lead_clause_s_subject_and_a_name_inside_a_phrase() -> None:
    text = ("Under the harbour rules, if NVX used the old mud in the well, it could then dump it at sea on Friday.\n"
            "Corvane Group signed a deal with Sony on Monday.\n"
            "The contract with Sony could be worth up to $250m, a paper reported on Tuesday.\n"
            "It reflects sales of ferry tickets in 2025, the paper said.\n")
    found = titles(text)
    assert any(t.startswith("NVX could then dump") for t in found), found
    assert not any(t.startswith("Sony reflects") for t in found), found


def test_the_company_after_a_time_lead_and_a_passive_it_with_its_agent() -> None:
    text = ("NVX was fined a record $8m on Monday after inspectors cited 27 violations at the depot.\n"
            "It was also fined $5m by the Department of Transport in 2024 to settle charges.\n"
            "NVX, the region's largest ferry firm, has lost half its value since the storm.\n"
            "Just this week, the company announced that it was cancelling its dividend.\n"
            "On Wednesday the company said it had begun operating a second pier.\n"
            "In a sign the company feels the pressure, Corvane Group said on Thursday that it would cut fares.\n")
    found = titles(text)
    assert any(t.startswith("NVX is also fined $5m") for t in found), found
    assert any(t.startswith("NVX announces") for t in found), found
    assert any(t.startswith("NVX says it had begun") or t.startswith("NVX says it has begun") for t in found), found
    assert not any(t.startswith("NVX feels the pressure") for t in found), found


def test_the_company_is_the_company_the_story_is_about_not_the_analysts_firm() -> None:
    # "Northfield Ferries" looks like a person's name; its legal form in the lead says it is a company. The analysts'
    # firm, named later, is a source's affiliation, not the story's company.
    text = ("Northfield Ferries Inc filed for bankruptcy protection on Monday.\n"
            "Northfield Ferries owes its lenders $2 billion and lost money in each of the past four years.\n"
            "Its boats will keep sailing while the court hears the case, Northfield Ferries said.\n"
            "\u201cThe lenders will own the business,\u201d said Brandt Capital Group analyst Karl Ostrander.\n"
            "The filing followed a failed attempt to sell the harbour terminals.\n"
            "On Saturday, the company said its restructuring plan had been approved by the lenders.\n")
    found = titles(text)
    assert any(t.startswith("Northfield Ferries says its restructuring plan") for t in found), found
    assert not any(t.startswith("Brandt") for t in found), found


def test_the_company_next_to_a_newly_named_company_or_its_rival_stays_unresolved() -> None:
    # Brought in by the sentence before, Harwick Cement may be the company meant; a wrong name is worse than none.
    text = ("Northfield Ferries Inc filed for bankruptcy protection on Monday.\n"
            "Northfield Ferries owes its lenders $2 billion and lost money in each of the past four years.\n"
            "Northfield Ferries said its boats will keep sailing.\n"
            "The lenders' statements contradict those made by Harwick Cement Co., which built the terminals.\n"
            "The company, which has blamed Northfield Ferries for the delays, said on Tuesday it never tested the "
            "concrete.\n")
    found = titles(text)
    assert not any(t.startswith("Northfield Ferries never tested") or t.startswith("Northfield Ferries says it never")
                   for t in found), found


def test_it_continues_the_thing_the_sentence_before_was_about() -> None:
    text = ("The ferry's old hulk burned for nearly two days until it sank on Thursday morning.\n"
            "Tropical Storm Della churned up rough seas as it crossed the bay, slowing the repairs.\n"
            "It made landfall near the old harbour late on Wednesday, flooding two villages.\n")
    found = titles(text)
    assert "The ferry's old hulk sinks" in found, found
    assert any(t.startswith("Tropical Storm Della makes landfall") for t in found), found


def test_it_stays_when_another_subject_could_be_meant_or_it_holds_a_clause_s_place() -> None:
    text = ("The strike began on Monday when the harbour crane broke down.\n"
            "It ended on Wednesday, after the repairs.\n"
            "The union's statement was short.\n"
            "It helps that the owners agreed on Friday to pay the crews.\n"
            "After it hit the seabed on Tuesday, the barge's winch eased off.\n")
    found = titles(text)
    assert not any(t.startswith(("The strike ends", "The harbour crane ends")) for t in found), found
    assert not any(t.startswith("The union's statement helps") for t in found), found
    assert not any("winch hits" in t for t in found), found


def test_an_institution_s_name_of_capitalised_words_is_an_it_not_a_he() -> None:
    text = ("The Harbour Claims Facility run by Ann Price has paid $4 million to ferry owners since it took over the "
            "claims on August 3.\n")
    found = titles(text)
    assert any(t.startswith("Harbour Claims Facility takes over the claims") for t in found), found


def test_the_company_after_a_sentence_naming_another_stays_unresolved_and_so_does_the_next() -> None:
    # Northfield Ferries is the story's most named company, but the sentences before name Harwick Marine.
    text = ("Northfield Ferries Inc lost a ferry on Monday.\n"
            "Northfield Ferries said its crew was safe, and Northfield Ferries shares fell.\n"
            "A fire broke out on a Harwick Marine Co. barge near the port on Tuesday.\n"
            "A group of banks bought Harwick in 2004 and took it public later.\n"
            "The company has been building barges in the bay since 1996.\n"
            "The company has taken part in more than 35 harbour projects since 2001.\n"
            "It did not appear on Tuesday that the fire had spread.\n")
    found = titles(text)
    assert not any(t.startswith("Northfield Ferries has") for t in found), found
    assert not any("appear that" in t and not t.startswith("It") for t in found), found


def test_the_main_company_named_in_a_later_clause_does_not_block_the_subject() -> None:
    text = ("Northfield Ferries Inc lost a ferry on Monday.\n"
            "Northfield Ferries said its crew was safe, and Northfield Ferries shares fell.\n"
            "Northfield Ferries engineers worked through the night.\n"
            "A week ago, the company tried to raise the hull, but the cables snapped and Northfield Ferries dropped "
            "that plan.\n")
    found = titles(text)
    assert any(t.startswith("Northfield Ferries tries to raise the hull") for t in found), found


def test_a_word_after_and_that_only_starts_like_a_determiner_is_no_other_subject() -> None:
    # "and approved" is a second verb of the same subject, not "and a ..." opening a clause of its own.
    from timeline.extract.body_chain import thing_subject

    assert thing_subject("The new valve was tested and approved by the regulator last week.") == "The new valve"
    assert thing_subject("The new valve was tested when a diver approved it.") is None


def test_it_after_the_kind_of_giant_a_firm_is_goes_on_with_the_firm() -> None:
    # "the Danish ferry giant": what kind of giant it is makes it a firm, the one the story follows
    text = ("NVX said on Monday it had sold two ferries to cut debt after the harbour collapse.\n"
            "NVX shares rose 3 percent, and NVX said more sales would follow.\n"
            "The Danish ferry giant, which is also rebuilding its main quay, hopes to reopen the port in June.\n"
            "It expects the first new berth to open by the end of April.\n")
    found = titles(text)
    assert any(t.startswith("NVX expects the first new berth") for t in found), found


def test_a_bare_giant_or_major_is_no_firm() -> None:
    from timeline.extract.body_chain import BODY_OPENING
    assert BODY_OPENING.match("The British energy giant said")
    assert not BODY_OPENING.match("The major problem is the quay")
    assert not BODY_OPENING.match("The giant squid was seen")


def test_it_doing_what_only_an_organisation_does_is_the_story_s_organisation_the_sentence_before_named() -> None:
    text = ("NVX shares fell 4% on Thursday as the cost of the harbour collapse mounted.\n"
            "NVX said the quay would stay shut until June, and NVX shares have lost a third of their value since.\n"
            "Investors are worried about how much NVX will have to pay for the repairs.\n"
            "Under heavy political pressure, it agreed last week to set up a $2 billion fund for harbour workers.\n")
    found = titles(text)
    assert any(t.startswith("NVX agrees to set up a $2 billion fund") for t in found), found


def test_it_after_a_passive_is_the_organisation_that_did_it() -> None:
    text = ("NVX shares fell 4% on Thursday as the cost of the harbour collapse mounted.\n"
            "NVX said the quay would stay shut until June.\n"
            "The size of the legal claims facing NVX was set out by Pellow & Associates, a law firm in Harwick.\n"
            "On Friday it filed a lawsuit on behalf of a crane driver hurt in the collapse.\n")
    found = titles(text)
    assert any(t.startswith("Pellow & Associates files") for t in found), found


def test_it_that_a_modal_passive_follows_is_the_thing_before() -> None:
    # "It will be placed over the breach": no expletive "it" will be placed; the thing the sentence before was about will.
    text = ("Engineers at the harbour finished a new steel caisson last week.\n"
            "The caisson is a tall steel box, weighing 90 tonnes.\n"
            "It will be placed over the breach in the sea wall on Friday.\n")
    found = titles(text)
    assert any(re.match(r"The (?:steel )?caisson will be placed over the breach", t) for t in found), found
