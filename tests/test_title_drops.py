"""A title is never left cut inside a phrase when a headline's drops make it whole (issue 16): a spare adverb, an
aside between commas and a fronted phrase go before the title is cut, and a cut that falls on an amount's opener,
inside a subordinate clause before its verb, on a participle after a noun or inside an aside ends at an earlier
phrase boundary instead. Every sentence here is invented for the test."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_drops import cut_open, dropped_whole, earlier_whole
from timeline.extract.title_whole import ends_open, whole_cut


def _split(title: str, sentence: str) -> tuple[list[str], list[str]]:
    return title.split(), sentence[len(title):].split()


def test_a_spare_adverb_goes_so_the_phrase_ends_whole() -> None:
    title = title_of("The health ministry is investigating whether hill villages may be particularly badly hit by "
                     "winter flu, officials say.")
    assert title == "The health ministry is investigating whether hill villages may be badly hit by winter flu"


def test_a_fronted_phrase_goes_before_the_main_clause_is_cut() -> None:
    title = title_of("But the protests of a dozen local farmers notwithstanding, Hale later built his own huge storage "
                     "reservoir: In 1961, it flooded the valley.", "1961")
    assert title.startswith("Hale ") and title.endswith("his own huge storage reservoir")


def test_a_subordinate_clause_is_not_cut_before_its_verb() -> None:
    title = title_of("Diaz said his office learned only on Friday what kind of fault the bridge was hiding after tests "
                     "by engineers in Leeds confirmed the crack as a type never seen before in steel.", "Friday")
    assert title == "Diaz says his office learned what kind of fault the bridge was hiding"


def test_a_participle_after_a_noun_is_not_the_last_word() -> None:
    title = title_of("County health officials said yesterday they had found measles in a young family living in the "
                     "northern part of the county after the father returned from abroad.", "yesterday")
    assert title == "County health officials say they have found measles in a young family"


def test_open_ends_the_older_checks_missed() -> None:
    sentence = "Lima asks Quito for an explanation after it held a group of at least 20 students at the border"
    assert cut_open(*_split("Lima asks Quito for an explanation after it held a group of at least", sentence))
    sentence = "Reed says the crew lacked the test results, when it ordered work crews to begin pumping cement"
    assert cut_open(*_split("Reed says the crew lacked the test results, when it ordered", sentence))
    sentence = "A new blight has ruined up to 40 farms in the valley and also appeared in the hill districts"
    assert cut_open(*_split("A new blight has ruined up to 40 farms in the valley and also appeared", sentence))
    sentence = "The club paid its players before the fund, set up after talks with the mayor, began operation"
    assert cut_open(*_split("The club paid its players before the fund, set up after talks", sentence))


def test_whole_ends_stay_whole() -> None:
    sentence = "A clause in the act may expose the port and others to fines that are not capped"
    assert not cut_open(*_split("A clause in the act may expose the port and others", sentence))
    sentence = "The festival tour will open with dates and venues to be confirmed"
    assert not cut_open(*_split("The festival tour will open with dates and venues", sentence))
    sentence = "The admiral says the crew is in the middle of its first major pipe cut in the latest bid to stop it"
    assert not cut_open(*_split("The admiral says the crew is in the middle of its first major pipe cut", sentence))
    sentence = "The race is as close as ever and one gets the feeling that nobody stays ahead for long"
    assert not cut_open(*_split("The race is as close as ever", sentence))
    sentence = "The mayor will address the council before meeting the union leaders for what aides said were talks"
    assert not cut_open(*_split("The mayor will address the council before meeting the union leaders", sentence))
    sentence = "She wants the vote to be seen as a moment in which the town takes charge of its port"
    assert not cut_open(*_split("She wants the vote to be seen as a moment", sentence))
    sentence = "The cost of the bonds had soared, with the city's ten-year bonds widening by 80 points"
    assert not cut_open(*_split("The cost of the bonds had soared, with the city's ten-year bonds widening", sentence))


def test_a_compound_noun_in_ing_is_no_participle_to_cut_before() -> None:
    sentence = "Shares in the airline rose 4 percent at one point in afternoon trading before closing up 2 percent"
    kept, rest = _split("Shares in the airline rose 4 percent at one point in afternoon trading", sentence)
    assert earlier_whole(kept, rest, 4, ends_open) != "Shares in the airline rose 4 percent at one point in afternoon"


def test_an_aside_between_commas_goes_when_the_cut_falls_inside_it() -> None:
    text = ("The board paid thousands of pounds to fishermen before the fund, set up after long meetings with Mayor "
            "Ruth Hale, began operation")
    title = dropped_whole(text, 10, whole_cut, ends_open)
    assert title == "The board paid thousands of pounds to fishermen before the fund began operation"


def test_a_list_between_commas_is_no_aside() -> None:
    text = ("Acme, the Northern Bank and the port authority each pointed the finger of blame at the others during "
            "two long days of hearings")
    assert dropped_whole(text, 51, whole_cut, ends_open) is None


def test_the_first_of_two_verbs_sharing_an_object_goes() -> None:
    text = "Inspectors say the cracked pipes under the old dam at Ashby could leak and pollute the water supply"
    assert cut_open(*_split("Inspectors say the cracked pipes under the old dam at Ashby could leak", text))
    title = dropped_whole(text, 11, whole_cut, ends_open)
    assert title == "Inspectors say the cracked pipes under the old dam at Ashby could pollute the water supply"


def test_a_frame_is_never_left_without_the_verb_of_what_was_said() -> None:
    text = ("Researchers warn long-lived underwater plumes of oil from the spill could poison and suffocate sea life "
            "across the food chain")
    title = whole_cut(text, 12)
    assert title != "Researchers warn long-lived underwater plumes of oil"


def test_an_aside_before_the_verb_goes_when_the_cut_would_leave_no_predicate() -> None:
    text = ("A third way of draining the quarry, one that will pump up to 20,000 litres an hour, will carry it through "
            "the old canal beside the mill that was built by the monks.")
    title = whole_cut(text, text.index("will carry"))
    assert title == "A third way of draining the quarry will carry it through the old canal beside the mill"
