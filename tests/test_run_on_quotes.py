"""The last sentence of a quoted paragraph, its opening mark in the sentence before: the credit names the speaker."""

from timeline.extract.run_on_quotes import closed_quote
from timeline.extract.saying_words import alternation
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.titles import write_title

SPEECH = alternation(SPEECH_VERBS)


def test_office_in_lower_case_before_the_name_credits_the_quote():
    assert write_title("We won't call it marsh fever,\" deputy health minister Ana Vell told a news conference.", []) \
        == "Ana Vell tells a news conference: “We won't call it marsh fever”"
    assert write_title("We won't call it marsh fever,\" deputy health minister Ana Vell, a former nurse, told a news "
                       "conference.", []) == "Ana Vell tells a news conference: “We won't call it marsh fever”"


def test_trade_and_apposition_around_the_name():
    title = write_title("I was going to sea but the harbour was shut,\" fisherman Tom Rees, one of many hired for the "
                        "clean-up, told reporters.", [])
    assert title.startswith("Fisherman Tom Rees tells reporters: “I was going to sea")


def test_a_word_joining_clauses_is_no_office():
    assert closed_quote("The water came over the wall on Saturday,\" and Vell said the town would rebuild.", SPEECH) is None


def test_name_alone_still_credits():
    quote = closed_quote("The pumps are running again,\" Okafor said.", SPEECH)
    assert quote is not None and quote.said == "The pumps are running again" and quote.credit == "Okafor said."


def test_no_name_after_the_office():
    assert closed_quote("The pumps are running again,\" the ferry owner told reporters.", SPEECH) is None
