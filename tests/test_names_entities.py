"""Names are whole and one per entity: initials, particles, institutions, credits (issue 16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from timeline.extract.names import NameIndex


def names(text: str) -> list[str]:
    index = NameIndex(text)
    return index.names_in(text, 0, len(text))


def test_a_surname_folds_into_a_full_name_with_particles_or_an_initial() -> None:
    text = ("Abdel Karim al Mansour opened the new market in Portville on Monday. Later Mansour toured the docks. "
            "Retired Coast Guard Adm. Lena W. Ostrom, the harbour's incident chief, spoke next. Ostrom left early.")
    found = names(text)
    assert "Abdel Karim al Mansour" in found and "Mansour" not in found
    assert "Lena W. Ostrom" in found and "Ostrom" not in found
    assert not any("Adm" in n for n in found)


def test_a_role_word_before_an_institution_word_is_part_of_its_name() -> None:
    found = names("The Justice Department opened an inquiry into the harbour board. The State Department declined.")
    assert "Justice Department" in found and "State Department" in found
    assert "Department" not in found


def test_credit_lines_name_no_actors() -> None:
    text = ("Portville Harbour closed the north pier on Monday.\n"
            "Reporting by Tomas Vell; Editing by Ruth Amsel\n"
            "Harbour Gazette writers Ivo Brandt and Nora Kjell contributed to this report.\n")
    found = names(text)
    assert "Portville Harbour" in found
    assert not set(found) & {"Tomas Vell", "Ruth Amsel", "Ivo Brandt", "Nora Kjell", "Harbour Gazette"}


def test_sentence_opening_function_words_and_contractions_are_not_names() -> None:
    found = names("Unless Northwind Energy pays, the pier stays shut. “We're ready,” a spokesman said.")
    assert "Northwind Energy" in found
    assert "Unless Northwind Energy" not in found and "We're" not in found


def test_postcodes_and_initialisms_do_not_yield_fragments() -> None:
    found = names("Protesters climbed the roof of Harbour House in Mill Square, NW3, and the PORT4Good index fell.")
    assert "NW" not in found and "PORT" not in found


def test_a_capitalised_common_word_inside_a_sentence_belongs_to_the_name() -> None:
    found = names("The survey was carried out for the council by Opinion Metrics Ltd. among 900 residents.")
    assert "Opinion Metrics Ltd" in found
    assert "Metrics Ltd" not in found


def test_names_trim_common_words_and_connectors_at_both_ends() -> None:
    found = names("Hundreds of Ostrom supporters gathered. They met in Portville for This Is Us, a concert.")
    assert "of Ostrom" not in found and "Portville for This Is Us" not in found
    assert "Portville" in found


def test_a_possessive_inside_a_place_name_stays() -> None:
    assert "St Olaf's Square" in names("Police were called to a building in St Olaf's Square in Portville.")


def test_a_two_word_demonym_before_a_common_noun_is_no_name() -> None:
    found = names("Relatives of Sri Lankan fishermen met South Africa's envoy in Portville.")
    assert "Sri Lankan" not in found
    assert "South Africa" in found


def test_a_month_after_a_preposition_is_a_date_and_a_surname_month_is_a_name() -> None:
    found = names("In April, Northwind Energy cut 200 jobs. Harbour spokeswoman Ida May said so in May.")
    assert "April" not in found and "In April" not in found
    assert "Ida May" in found and "May" not in found


def test_a_name_ending_in_a_roman_numeral_stays_whole() -> None:
    assert "Harbour Star I" in names("The ferry Harbour Star I sank off Portville. Rescuers reached the Harbour Star I.")


def test_a_capitalised_subordinator_inside_a_run_starts_a_new_sentence() -> None:
    found = names("Photograph: PA When Ida Berg was a child, the pier was busy.")
    assert "Ida Berg" in found and not any("When" in n for n in found)


def test_of_the_inside_an_institutions_name_keeps_it_whole() -> None:
    text = "The Department of the Harbour said on Monday that the Bank of the Islands would pay for the new pier."
    found = names(text)
    assert "Department of the Harbour" in found and "Department" not in found
    assert "Bank of the Islands" in found


def test_of_the_after_a_place_starts_another_name() -> None:
    found = names("The ferries will not sail off the East Coast of the Islands this winter, the board said.")
    assert "East Coast" in found and not any("of the" in n for n in found)


def test_a_capitalised_opening_verb_or_banner_is_no_name_but_a_capitalised_city_is() -> None:
    # Editorials set their first words in capitals ("AS IT RELEASED its report"); pages carry banners ("UPDATED").
    # An initialism never ends in a verb's ending, but a dateline's city may ("NANNING").
    found = names("Harbour review is a start, but wait for other probes AS IT RELEASED its report on the ferry sinking "
                  "this week, the Portville Harbour Board insisted it was blameless.")
    assert "RELEASED" not in found and "Portville Harbour Board" in found
    assert "UPDATED" not in names("The Portville Harbour Board met on Friday. UPDATED: Ferries resumed on the Vorn route.")
    assert "NANNING" in names("The Portville Harbour Board met a delegation from NANNING on Friday.")


def test_a_speaker_after_a_long_straight_quotation_is_a_name_not_a_quoted_title() -> None:
    # The closing quote of a quotation too long for a title must not pair with the next opening one.
    text = ('Mayor Jane Holloway spoke on Sunday.\n"I do not understand why nobody has asked the harbour board and the '
            'ferry operators whether the contracts they signed last winter were ever checked by anyone at all," '
            'Holloway, a Coast Radio Channel contributor, said on "Coast Morning Show."\n')
    index = NameIndex(text)
    second = text.index("Holloway,")
    assert any(n.start == second for n in index.between(second - 5, len(text)))


def test_after_a_persons_title_of_opens_where_they_come_from() -> None:
    found = names("Rep. Karl Ostrander of Maine opened the hearing. Chief Executive Ann Price of Northfield Ferries spoke.")
    assert "Karl Ostrander" in found and "Maine" in found, found
    assert "Ann Price" in found, found
    assert not any(" of " in n for n in found), found
    # Without a title before it, an institution's name keeps its "of".
    assert "Bank of Portville" in names("The Bank of Portville raised its rates.")
