"""A paragraph that is only a quotation is spoken by the speaker the paragraph before credited at its end; a
paragraph with a credit of its own, a term in quotation marks, or a pronoun credit before leaves the title
(quoted_paragraphs.py). Texts written for these tests."""

from __future__ import annotations

from timeline.extract.quoted_paragraphs import paragraph_speaker

_BEFORE = ('"Usually you do not see the first storm until August," said Anna Reyes, a spokeswoman for the weather '
           'centre.\n\n')


def _titled(paragraph: str, title: str, before: str = _BEFORE) -> str:
    text = before + paragraph + "\n\nThe season ends in November.\n"
    return paragraph_speaker(title, text, len(before))


def test_a_quoted_paragraph_takes_the_speaker_credited_before():
    assert _titled('"The season is running just ahead of a typical pace."',
                   "The season is running just ahead of a typical pace") == \
        "Anna Reyes: “The season is running just ahead of a typical pace”"


def test_a_name_before_said_is_the_speaker_too():
    before = '"We landed the new valve this morning," Wells said.\n\n'
    assert _titled('"So the decision was made overnight to start the test."', '"So the decision was made to start the test"',
                   before) == "Wells: “So the decision was made overnight to start the test”"


def test_a_paragraph_with_its_own_credit_stays():
    title = "The season is running just ahead of a typical pace"
    assert _titled('"The season is running just ahead of a typical pace," Tom Hale added.', title) == title


def test_a_term_in_quotation_marks_stays():
    title = "“Cap and trade” is a phrase used mostly by its critics"
    assert _titled('"Cap and trade" is a phrase used mostly by its critics.', title) == title


def test_a_pronoun_credit_names_nobody():
    before = '"We are starting to see it a little more," she said.\n\n'
    title = "Some shelters have actually closed"
    assert _titled('"Some shelters have actually closed."', title, before) == title


def test_the_event_of_a_quoted_paragraph_is_titled_with_its_speaker():
    import datetime as dt

    from timeline.extract import extract
    from timeline.model import Document

    text = ('Forecasters expect a busy storm season, the weather centre said on Friday.\n\n' + _BEFORE
            + '"The centre raised its forecast for the season last Tuesday."\n\nThe season ends in November.\n')
    events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 6, 12)))
    assert [e.title for e in events if e.when.value() == "2026-06-09"] == \
        ["Anna Reyes: “The centre raised its forecast for the season”"]


def test_both_quotation_readers_put_only_the_speakers_own_words_in_marks():
    # One check serves the quoted paragraph and the quotation closed later: the headline present goes back to the
    # quoted past, and a title rewritten in more than one word is no quotation to credit.
    from timeline.extract import quote_closers, quoted_paragraphs

    assert quote_closers.verbatim_words is quoted_paragraphs.verbatim_words
    assert _titled('"The crews ran the pumps all night and the well held."', "The crews run the pumps all night") == \
        "Anna Reyes: “The crews ran the pumps all night”"
    assert _titled('"The crews ran the pumps all night and the well held."', "The crews run pumps overnight") == \
        "The crews run pumps overnight"


def test_the_verbatim_words_of_a_title():
    from timeline.extract.quoted_paragraphs import verbatim_words

    sentence = "Since then the crews ran the pumps on Monday morning and the well held."
    assert verbatim_words("The crews run the pumps and the well held", sentence) == \
        "The crews ran the pumps on Monday morning and the well held"
    assert verbatim_words("The crews run the pumps", sentence, opening=True) is None  # (not where it opens)
    assert verbatim_words("The crews run new pumps", sentence) is None
    assert verbatim_words("The well held", "It failed when the well held.") is None  # (a clause under another)
