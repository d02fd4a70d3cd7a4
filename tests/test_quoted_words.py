"""Words inside a title's quotation marks are the speaker's own: the time phrase a title left out for its date
comes back, or the gap is marked "…" where the whole passes the limit (timeline/extract/quoted_words.py)."""

import datetime as dt

from timeline.extract import extract
from timeline.extract.quoted_words import said_as_quoted
from timeline.model import Document

_SAID = ('"We thought what we were handling as of last night was a small sheen from the barge," '
         "harbour master Ines Varga said.")


def test_a_time_phrase_left_out_of_a_quotation_comes_back():
    assert said_as_quoted("Ines Varga: “We thought what we were handling was a small sheen”", [_SAID]) == \
        "Ines Varga: “We thought what we were handling as of last night was a small sheen”"


def test_a_gap_is_marked_when_the_whole_would_pass_the_limit():
    long_said = ('"The one thing the crews know is that on the evening of the ninth of March there was a sudden '
                 'failure of the seal," the inspector said.')
    assert said_as_quoted("Varga: “The one thing the crews know is that there was a sudden failure”", [long_said]) == \
        "Varga: “The one thing the crews know is that … there was a sudden failure”"


def test_an_editor_s_bracket_left_out_needs_no_mark():
    said = '"We had to pull the boom back to shore (Tuesday) to fix a tear in it," Varga said.'
    assert said_as_quoted("Varga: “We had to pull the boom back to shore to fix a tear”", [said]) == \
        "Varga: “We had to pull the boom back to shore to fix a tear”"


def test_the_start_that_leaves_fewest_words_out_is_the_quotation_s():
    said = '"In the storm of 1953, the first surge was mild and the second one was not," she said.'
    assert said_as_quoted("Varga: “the first surge was mild”", [said]) == "Varga: “the first surge was mild”"


def test_a_rewritten_word_is_the_speaker_s_again():
    assert said_as_quoted("Varga: “It has made the port much safer”", ['"It has made the harbour much safer," she said.']) == \
        "Varga: “It has made the harbour much safer”"


def test_a_name_put_for_the_speaker_s_noun_phrase_stands_in_brackets():
    said = '"This lasts until the operator finishes drilling a relief well in the autumn," Varga said.'
    assert said_as_quoted("Varga: “This lasts until Kessel Oil finishes drilling a relief well”", [said]) == \
        "Varga: “This lasts until Kessel Oil finishes drilling a relief well”"
    assert said_as_quoted("Varga: “This lasts until Kessel finishes drilling a relief well”", [said]) == \
        "Varga: “This lasts until [Kessel] finishes drilling a relief well”"


def test_a_bracketed_name_keeps_its_gaps_marked_when_the_whole_would_pass_the_limit():
    said = ('"It has made the company much safer, and over the last four stormy winters it could have been very '
            'different," Varga said.')
    assert said_as_quoted("Varga says: “It has made Kessel much safer it could have been very different”", [said]) == \
        "Varga says: “It has made [Kessel] much safer … it could have been very different”"


def test_terms_and_gaps_out_of_the_quotation_stay_as_they_are():
    # a scare-quoted term of two words
    assert said_as_quoted('The "silt curtain" is laid', ['The "silt curtain" was laid on Monday.']) == \
        'The "silt curtain" is laid'
    # the words left out run out of the quotation and into its credit
    said = '"The barge is safe," Varga said on Monday. "The crews go home tonight."'
    assert said_as_quoted("Varga: “The barge is safe The crews go home”", [said]) == "Varga: “The barge is safe The crews go home”"


def test_an_extracted_quotation_title_keeps_the_speaker_s_words():
    text = ("The harbour master said on Monday that the spill at the Kessel terminal was larger than first thought.\n\n"
            + _SAID + "\n")
    doc = Document(path="quoted.md", text=text, published=dt.date(2031, 3, 11), title="Spill at Kessel")
    titles = [e.title for e in extract(doc)]
    quoted = [t for t in titles if "“" in t or '"' in t]
    assert quoted, titles
    for title in quoted:
        inner = title.split("“", 1)[-1].rstrip("”") if "“" in title else title.split('"')[1]
        # the words in the marks are the sentence's own run of words, or marked where some were left out
        assert " ".join(inner.split()) in " ".join(_SAID.replace('"', "").split()) or "…" in inner, title
