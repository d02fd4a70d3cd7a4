"""A long title keeps its statement whole (issue 16: titles cut short or ungrammatical): a scene or a concession that
opens a quoted or quote-holding reported clause gives way to the clause, and a counted noun after an abbreviation
("all 50 U.S. states") is no verb of saying to cut before.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from title_support import title_of as _title

from timeline.extract.title_ends import whole_phrase


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    # A scene opening the quotation: the quotation opens at its clause.
    ('Senator Ann Reilly of the harbour committee said on Monday that "under even the most hopeful forecast, our '
     'ferries will need diesel for many years to come."', ("on Monday",),
     'Senator Ann Reilly says "our ferries will need diesel for many years to come"'),
    # A concession holding a quotation of its own.
    ('Mayor Tom Dunne told the Portville Gazette on Friday that while the port would pay "fair" claims from the '
     'fishermen, the council needed "clarity" over the full size of its debts.', ("on Friday",),
     'Tom Dunne says the council needed "clarity" over the full size of its debts'),
])
def test_a_scene_before_what_was_said_gives_way_to_it(sentence: str, dates: tuple[str, ...], title: str) -> None:
    assert _title(sentence, *dates) == title


@pytest.mark.parametrize("sentence", [
    # A quoted condition is the speaker's limit on the claim: it stays as said.
    'Senator Ann Reilly of the harbour committee said on Monday that "if the dam fails in the spring floods, our '
    'ferries will need to stop every crossing for many weeks to come."',
])
def test_a_quoted_condition_stays(sentence: str) -> None:
    assert "if the dam fails" in _title(sentence, "on Monday")


def test_a_counted_noun_after_an_abbreviation_ends_the_phrase() -> None:
    words = ["Dr", "Ann", "Reilly", "says", "the", "new", "strain", "has", "reached", "nearly", "all", "50", "U.S.", "states"]
    assert whole_phrase(words, "and", ["was", "likely", "to", "spread"])
    assert _title("Dr Ann Reilly, head of the regional health service, told a meeting on Tuesday that the new strain "
                  "has reached nearly all 50 U.S. states and was likely to spread to every province in the coming months.",
                  "on Tuesday") == "Dr Ann Reilly says the new strain has reached nearly all 50 U.S. states"


def test_a_bare_abbreviation_keeps_its_verb() -> None:
    # "the U.S. states" with no count before it may be the country stating something.
    words = ["Officials", "say", "the", "U.S.", "states"]
    assert not whole_phrase(words, "that", ["it", "will", "act"])


def test_a_share_move_is_the_verb_before_a_later_saying() -> None:
    # "rise" is the verb; "says" belongs to the clause after "after", and the subject keeps its words.
    sentence = ("March 3 - Shares in Acme rise after a state review board says it found no sign that Acme knowingly "
                "chose to skip its safety checks to save money.")
    assert _title(sentence, "March 3") == "Shares in Acme rise after a state review board says it found no sign"


def test_a_passive_verb_of_saying_opens_no_reported_clause() -> None:
    # "confirmed as the cause": no clause is reported, so no subject of one is shortened into the next clause.
    sentence = ("Cholera has been confirmed as the cause of 14 deaths in the northern province and 390 people have been "
                "treated, the regional health minister Ann Reilly said on Friday.")
    assert _title(sentence, "on Friday") == "Cholera has been confirmed as the cause of 14 deaths"


def test_a_date_joined_to_another_occasion_takes_its_and() -> None:
    sentence = ("Port officials have admitted this week and in earlier inquiries that dredging is a business, and costs "
                "must be weighed.")
    assert _title(sentence, "this week") == "Port officials have admitted in earlier inquiries that dredging is a business"


def test_a_date_before_another_day_and_its_clause_keeps_the_and() -> None:
    # "and during the night": another time of its own, which stays with its "and".
    sentence = "The crews worked on Monday and during the night the water kept rising."
    assert "and during the night" in _title(sentence, "on Monday")


def test_a_description_before_a_name_gives_the_predicate_room() -> None:
    sentence = ("In other news, Norwegian firm Kellmar said on Tuesday that one of its units, Kellmar Subsea, had been "
                "billed $2.4 bn by the city to cover the costs of the harbour clean-up.")
    assert _title(sentence, "on Tuesday") == "Kellmar says one of its units, Kellmar Subsea, had been billed $2.4 bn by the city"


@pytest.mark.parametrize("sentence", [
    # A name of capitalised words only has no description to lose.
    "The Harbour Board said on Tuesday that the dredgers had cleared the thickest banks of silt from the main channel "
    "inside the new floating barriers.",
    # Nor does a possessive ("Norway's biggest bank Nordbank"): it tells whose the name is.
    "Norway's biggest bank Nordbank said on Tuesday that one of its units, Nordbank Marine, had been billed $2.4 bn by "
    "the port authority to cover the costs of the harbour clean-up.",
])
def test_a_name_without_a_common_description_stays_whole(sentence: str) -> None:
    title = _title(sentence, "on Tuesday")
    assert title.startswith(("The Harbour Board ", "Norway's biggest bank Nordbank "))


def test_an_amount_after_a_removed_lead_is_the_subject() -> None:
    # The date's lead goes; "between 2m and 5m litres ... had leaked" is the subject and its verb, no lead.
    sentence = ("As of Friday, the 40th day of the flood, between 2m and 5m litres of diesel had leaked into the "
                "estuary, according to council estimates.")
    assert _title(sentence, "Friday, the 40th day") == \
        "Between 2m and 5m litres have leaked into the estuary, according to council estimates"


def test_a_gerund_subject_ends_the_lead_before_it() -> None:
    sentence = ("According to a 2019 review by two harbour board engineers, dredging was a factor in 12 of 30 "
                "channel collapses in the estuary over a decade, making it the largest single factor, the Gazette "
                "reported.")
    assert _title(sentence) == "Dredging is a factor in 12 of 30 channel collapses in the estuary over a decade"


def test_the_year_after_a_removed_day_goes_with_it() -> None:
    assert _title("On May 3 of last year, the old ferry sank near the pier.", "May 3") == "The old ferry sinks near the pier"


def test_a_participle_aside_with_its_adverb_goes_between_subject_and_verb() -> None:
    sentence = ("The council said its monthly accounts, usually published on the first Monday of the month after the "
                "close of each quarter, would now be published on 9 May.")
    assert _title(sentence, "on 9 May") == "The council says its monthly accounts will now be published"


def test_a_count_and_its_verb_before_the_attribution_is_no_lead() -> None:
    assert _title("320 pumps were at work as of Sunday, according to a notice from the flood wardens.", "as of Sunday") == \
        "320 pumps are at work"


def test_a_removed_date_leaves_the_comma_that_closes_an_appositive() -> None:
    sentence = ("Ann Reilly, a director who has been running the council's flood office in Portville, Maine, since "
                "March, will take over the inquiry.")
    assert _title(sentence, "since March") == "Ann Reilly will take over the inquiry"


def test_in_line_waits_for_what_it_is_in_line_with() -> None:
    assert not whole_phrase(["Shares", "rise", "2.4", "percent,", "broadly", "in", "line"], "with", ["the", "sector"])
    sentence = ("By noon, shares in the ferry company had risen 2.4 percent to 310 pence, broadly in line with the wider "
                "transport sector.")
    assert _title(sentence, "By noon") == "Shares in the ferry company have risen 2.4 percent to 310 pence"


def test_a_naming_aside_with_its_adverb_and_quoted_names_goes() -> None:
    sentence = ('The harbour master Tom Dunne, variously dubbed "Tide Tom" and "Dunne Deal", is likely to face calls for '
                'his departure from councillors angered by the dredging delays.')
    assert _title(sentence) == "The harbour master Tom Dunne is likely to face calls for his departure"


def test_a_year_before_the_comma_opens_a_lead_still() -> None:
    # ("2019 photo, ...": a caption's year and word, a lead; a count with its verb is none)
    title = _title("2019 photo, ferries are seen leaving the harbour as the storm reaches the coast of the island.")
    assert not title.startswith("2019")


def test_called_on_is_no_naming_aside() -> None:
    sentence = ("Sen. Ann Reilly, D-Maine, called on Salazar to speed up distribution of harbour permits, saying a new "
                "study by the port board shows that the delay in new permits has put 4,000 jobs at risk.")
    assert _title(sentence) == "Ann Reilly calls on Salazar to speed up distribution of harbour permits"
