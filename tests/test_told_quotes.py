"""Whom a saying was told, and where, stand between the verb and the quotation; the title is what was said
(titles.write_title's colon reading), and a word said twice ("very, very") is one stress, no clause mark
(title_quotes._clauses)."""

from timeline.extract.title_quotes import with_quote
from timeline.extract.titles import write_title


def _title(sentence: str, date: str | None = None) -> str:
    spans = [(sentence.index(date), sentence.index(date) + len(date))] if date else []
    return write_title(sentence, spans)


def test_told_with_where_it_was_told_before_the_colon():
    assert _title("The mayor told the BBC, in an interview to be aired later: “We will rebuild the pier.”") == \
        "The mayor tells the BBC: “We will rebuild the pier”"


def test_told_a_name_then_a_comma_and_the_quotation():
    assert _title("The mayor told Radio Kent on Monday, “We will rebuild the pier.”", "on Monday") == \
        "The mayor tells Radio Kent: “We will rebuild the pier”"


def test_a_word_said_twice_is_no_clause_break():
    title = with_quote("Ann Lee said", "The cost of the repairs to the old pier is likely to be very, very small.")
    assert title == "Ann Lee: “The cost of the repairs to the old pier is likely to be very, very small”"


def test_a_quote_cut_after_likely_gives_way_to_its_attribution():
    # With no whole phrase within the limit, "is likely" before "to have been" would turn the claim around.
    quote = "I think the lasting effect of this whole storm on the old pier is likely to have been very, very small."
    assert not with_quote("Councillor Ann Lee told the Evening Echo", quote).endswith("likely”")
