"""The one table of honorifics: every reader knows each word of its part of the table.

Each check walks the table itself, so a word added to it (or a reader that spells a list of its own again) shows
here: the reader must read the new word as the honorific it is.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.honorifics import (
    FEMALE_TITLES,
    GENDER,
    HONORIFICS,
    MALE_TITLES,
    PROFESSOR_TITLES,
    SURNAME_TITLES,
    honorific_pattern,
)


def test_the_pattern_reads_the_longest_word_first() -> None:
    alternation = re.compile(honorific_pattern(HONORIFICS))
    for word in HONORIFICS:
        assert alternation.match(f"{word}. Roe")[0] == word  # "Mrs" is never "Mr" and an "s", "Professor" never "Prof"
    assert honorific_pattern(SURNAME_TITLES, SURNAME_TITLES).count("|") == len(SURNAME_TITLES) - 1


def test_the_gendered_titles_are_those_the_table_says() -> None:
    assert set(MALE_TITLES) | set(FEMALE_TITLES) == set(GENDER) <= set(HONORIFICS)
    assert "Dr" not in GENDER and not set(PROFESSOR_TITLES) & set(GENDER)


def test_every_honorific_reaches_the_name_and_speaker_readers() -> None:
    from timeline.extract import actors, one_voice, run_in, saying_source

    for word in HONORIFICS:
        assert run_in._HONORIFIC.fullmatch(word) and run_in._HONORIFIC.fullmatch(f"{word}.")
        assert word.lower() in one_voice._HONORIFICS
        assert saying_source._APPOSED.search(f"the chief officer, {word} ")
        assert saying_source._SAID_BY.search(f"The death was confirmed on Friday by {word} ")
        assert actors.TITLED.search(f"{word} Wellsby said")[1] == "Wellsby"


def test_a_gendered_honorific_tells_the_gender() -> None:
    from timeline.extract import actors

    for word in MALE_TITLES + FEMALE_TITLES:
        m = actors._HONORIFIC.search(f"Later {word} Wellsby arrived.")
        assert m is not None and m[3] == "Wellsby"
        assert (m[1] is not None) == (GENDER[word] == "m") and (m[2] is not None) == (GENDER[word] == "f")


def test_every_surname_title_reaches_the_readers_of_a_name_with_its_surname() -> None:
    from timeline.extract import readers_board, title_quotes, title_role_people, title_room, trial_owners

    for word in SURNAME_TITLES:
        assert re.fullmatch(readers_board._PERSON, f"{word} Hollis")
        assert re.fullmatch(trial_owners._NAME, f"{word} Ann Hollis")
        assert title_role_people._COURTESY_ONE.search(f"{word} Conrad had sought")[1] == word
        assert title_quotes.NAME_BEFORE_WHERE.match(f"{word} Ann Hollis of the agency")[1] == "Ann Hollis"
        assert title_room._DESCRIBED_NAME.search(f"the lead doctor {word} Hollis")["name"] == f"{word} Hollis"
    for word in SURNAME_TITLES + PROFESSOR_TITLES:
        assert re.fullmatch(readers_board._TITLE, word)


def test_a_stop_after_a_dotted_title_ends_no_sentence_for_any_reader() -> None:
    from timeline.extract import title_participles
    from timeline.honorifics import DOTTED_TITLES
    from timeline.tagger import tense_words
    from timeline.tagger.rules import sentence_window

    assert set(DOTTED_TITLES) <= set(HONORIFICS)
    for word in DOTTED_TITLES:
        assert sentence_window.same_sentence(f"said {word}. Hollis on")
        assert tense_words._ABBREV_DOT.search(f"said {word}. Hollis")
        assert title_participles._ABBREVIATION_STOP.search(f"by {word}. Hollis")


def test_an_honorific_after_the_future_is_a_title_not_a_time() -> None:
    from timeline.tagger import tag

    for word in HONORIFICS:
        text = f"She married the future {word} Hollis in a quiet ceremony."
        assert not [t for t in tag(text, dt.date(2010, 5, 1)) if t.text == "the future"], word


def test_every_office_abbreviation_reaches_every_reader_of_a_stop_or_a_name() -> None:
    from timeline.extract import (
        actors,
        quote_closers,
        readers_board,
        surname_openings,
        title_participles,
        title_quotes,
    )
    from timeline.honorifics import OFFICE_ABBREVIATIONS
    from timeline.tagger import tense_words
    from timeline.tagger.rules import sentence_window

    for word in OFFICE_ABBREVIATIONS:
        assert sentence_window.same_sentence(f"said {word}. Hollis on")
        assert tense_words._ABBREV_DOT.search(f"said {word}. Hollis")
        assert title_participles._ABBREVIATION_STOP.search(f"by {word}. Hollis")
        assert title_quotes.NAME_BEFORE_WHERE.match(f"{word}. Ann Hollis of the agency")[1] == "Ann Hollis"
        assert surname_openings._told_person("Ann Hollis", f"They met {word}. Ann Hollis there.", _NoNames(), {})
        assert readers_board._NOT_PERSON.match(word)  # (an office opening a board's line is no private reader)
    for word in (*HONORIFICS, *OFFICE_ABBREVIATIONS):
        assert quote_closers._HONORIFIC.sub("", f"{word}. Ann Hollis") == "Ann Hollis"  # (a credit's name, read bare)
        assert actors.TITLED.search(f"{word}. Wellsby said")[1] == "Wellsby"


class _NoNames:
    def resolve(self, name: str) -> str:
        return name
