"""The one inflector of an English verb (:func:`timeline.english_verbs.verb_forms`) and the readers built on it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.english_verbs import irregular_past, verb_forms
from timeline.extract.clauses import controlled
from timeline.extract.organisation_acts import BODY_ACT_IT
from timeline.extract.reported_acts import reported_act


@pytest.mark.parametrize(("verb", "present", "past", "participle", "ing"), [
    ("close", "closes", "closed", "closed", "closing"),  # a silent e
    ("supply", "supplies", "supplied", "supplied", "supplying"),  # a "y" after a consonant
    ("delay", "delays", "delayed", "delayed", "delaying"),  # a "y" after a vowel
    ("plan", "plans", "planned", "planned", "planning"),  # one syllable, one vowel, one consonant
    ("bar", "bars", "barred", "barred", "barring"),
    ("step up", "steps up", "stepped up", "stepped up", "stepping up"),  # with its particle
    ("commit", "commits", "committed", "committed", "committing"),  # a stressed last syllable
    ("expel", "expels", "expelled", "expelled", "expelling"),
    ("visit", "visits", "visited", "visited", "visiting"),  # an unstressed last syllable
    ("open", "opens", "opened", "opened", "opening"),
    ("fix", "fixes", "fixed", "fixed", "fixing"),  # never after "x", "w" or "y"
    ("shut down", "shuts down", "shut down", "shut down", "shutting down"),  # the past is the base
    ("split", "splits", "split", "split", "splitting"),
    ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"),  # from the irregular table
    ("break up", "breaks up", "broke up", "broken up", "breaking up"),
    ("lay off", "lays off", "laid off", "laid off", "laying off"),
    ("show", "shows", "showed", "shown", "showing"),  # a regular past, an irregular participle
    ("say", "says", "said", "said", "saying"),
    ("tie", "ties", "tied", "tied", "tying"),
    ("agree", "agrees", "agreed", "agreed", "agreeing"),
    ("panic", "panics", "panicked", "panicked", "panicking"),
])
def test_a_verbs_forms(verb: str, present: str, past: str, participle: str, ing: str) -> None:
    forms = verb_forms(verb)
    assert (forms.present, forms.past, forms.participle, forms.ing) == (present, past, participle, ing)


def test_british_spellings_are_variants() -> None:
    assert verb_forms("cancel").past == "canceled" and verb_forms("cancel").variants == ("cancelled",)
    assert verb_forms("learn").past == "learned" and "learnt" in verb_forms("learn").all
    assert verb_forms("commit").variants == ()


def test_irregular_past_only_where_no_spelling_rule_gives_it() -> None:
    assert [irregular_past(b) for b in ("take", "cut", "tell", "close", "learn")] == ["took", "cut", "told", None, None]


@pytest.mark.parametrize(("sentence", "phrase", "title"), [
    ("The Veldt Port Authority said it had split the ferry service into two companies.\n", "two companies",
     "The Veldt Port Authority has split the ferry service into two companies"),
    ("The Veldt Port Authority said it had submitted a salvage plan to the ministry.\n", "salvage plan",
     "The Veldt Port Authority has submitted a salvage plan to the ministry"),
    ("The Veldt Port Authority said it had stepped up patrols along the northern breakwater.\n", "northern breakwater",
     "The Veldt Port Authority has stepped up patrols along the northern breakwater"),
    ("The Veldt Port Authority said it had expelled two trawlers from the inner harbour.\n", "two trawlers",
     "The Veldt Port Authority has expelled two trawlers from the inner harbour"),
])
def test_a_reported_act_in_a_past_once_misspelt_is_read(sentence: str, phrase: str, title: str) -> None:
    assert reported_act(sentence.strip()) is not None
    events = events_of(LEAD + "The Veldt Port Authority said tankers would wait at anchor off Lind.\n" + sentence)
    assert dated(events, phrase) == ["2031-05-15"]
    assert [e.title for e in events if any(phrase in s.quote for s in e.sources)] == [title]


def test_an_organisations_acts_in_their_one_spelling() -> None:
    # (no change of behaviour: its own inflector spelt these right; the test keeps them so)
    assert BODY_ACT_IT.match("It planned a second berth at Lind")
    assert BODY_ACT_IT.match("It apologised to the ferry passengers")
    assert not BODY_ACT_IT.match("It planed a second berth at Lind")


def test_a_controlled_clause_of_a_verb_whose_past_is_its_base() -> None:
    assert controlled("cutting the ferry fares", "The operator").text == "The operator cut the ferry fares"
    assert controlled("telling the crews to wait", "The harbour master").text == "The harbour master told the crews to wait"


def test_a_listener_after_a_saying_in_its_british_or_present_form_makes_way_for_what_was_said() -> None:
    from timeline.extract.title_report_gaps import report_gaps_closed
    said = ("The harbour master testifies to the Veldt council transport committee that the breakwater "
            "will not survive another winter storm")
    assert report_gaps_closed(said) == ("The harbour master testifies that the breakwater will not survive another "
                                        "winter storm")
    signalled = ("The port authority signalled to the Veldt council transport committee that the breakwater "
                 "will not survive another winter storm")
    assert report_gaps_closed(signalled).startswith("The port authority signalled that the breakwater")


def test_the_titles_other_presents_are_the_inflectors() -> None:
    # title_verbs spells no present by hand where the one inflector gives it: each past it lists is a base's past
    # (or its "-ung"/"-unk" participle) and its present is that base's.
    from timeline.extract import title_verbs

    bases = (title_verbs._SAYING_AND_SAME_FORM_BASES + " " + title_verbs._OTHER_BASES).split()
    for base in bases:
        forms = verb_forms(base)
        assert title_verbs.OTHER_PRESENT[forms.past] == forms.present == title_verbs.PRESENT[forms.past]
    for base in title_verbs._PARTICIPLE_PASTS.split():
        assert title_verbs.OTHER_PRESENT[verb_forms(base).participle] == verb_forms(base).present
    written = set(title_verbs.OTHER_PRESENT) - {verb_forms(b).past for b in bases} \
        - {verb_forms(b).participle for b in title_verbs._PARTICIPLE_PASTS.split()}
    assert written == {"were", "agreed to", "reported that"}


def test_the_past_reader_and_the_inflector_agree_on_every_news_verb() -> None:
    # regular_present reads a past back to its present; verb_forms spells a base forward: on the news verbs the two
    # spelling rules must give the same pair.
    from timeline.extract.title_verbs import NEWS_REGULAR_WORDS, regular_present

    for past in NEWS_REGULAR_WORDS.split():
        present = regular_present(past)
        assert present is not None, past
        base = present[:-3] + "y" if present.endswith("ies") else present[:-2] if present.endswith(
            ("shes", "ches", "xes", "sses", "zzes")) else present[:-1]
        assert past in {verb_forms(base).past, *verb_forms(base).variants}, (past, present)
        assert verb_forms(base).present == present
