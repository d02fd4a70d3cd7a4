"""Where a cut title may end (issue 16: titles cut, or missing their complement). Never on a name or a count that
modifies the noun after it ("for the Lake Ontario | disaster", "and internal Acme | memos", "9.5 million | cubic
metres"); "that" after a preposition points at a noun and opens no clause waiting for its verb ("a review of that
ruling"); a verb before "as" and a clause with its own subject and verb is whole ("to leave | as a gale nears"); a
participle phrase in a long subject goes before the object is cut ("divers [using remote cameras] guide a collar to fit
over the pipe"); a body named at the start loses its article before the predicate loses its complement ("[The]
Department of Harbour Safety declares the collapse an incident of ..."); a role before a name goes though an adjective
in "-ed" or "-ing" describes it ("[Acme's embattled finance director,] John Smith resigns"). Every sentence here is
invented for the test."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_clause_edges import as_clause
from timeline.extract.title_cuts import shorten_subject
from timeline.extract.title_ends import whole_phrase
from timeline.extract.title_noun_runs import noun_runs_on
from timeline.extract.title_phrases import clause_without_verb


def _words(text: str) -> list[str]:
    return text.split()


def test_a_place_name_before_its_noun_is_no_end() -> None:
    title = title_of("Last month, Harbour Lines raised by $3 million the reserves it was keeping for the Lake Ontario "
                     "disaster; the company's shares fell.", "Last month")
    assert title == "Harbour Lines raises by $3 million the reserves"


def test_a_company_name_before_its_noun_is_no_end() -> None:
    title = title_of("On March 3, a county review panel said the spill was actually up to 40,000 litres and internal Acme "
                     "memos released by a state senator last week showed Acme had itself estimated the leak could "
                     "reach twice that.", "On March 3")
    assert not title.endswith("internal Acme"), title
    assert title.endswith("up to 40,000 litres"), title


def test_a_count_without_its_unit_is_no_end() -> None:
    title = title_of("Over the past week, the Northfield platform had been pumping 2,300 barrels a day of crude oil and "
                     "9.5 million cubic metres a day of natural gas from the shallow southern field.", "Over the past week")
    assert not title.endswith("9.5 million"), title
    assert title.endswith("2,300 barrels a day of crude oil"), title


def test_that_after_a_preposition_is_no_clause() -> None:
    title = title_of("The city's lawyers filed a motion on Thursday seeking a review of that ruling, which had not "
                     "named the port authority.", "on Thursday")
    assert title == "The city's lawyers file a motion seeking a review of that ruling"
    assert not clause_without_verb(["seeking", "a", "review", "of", "that", "ruling"])
    assert clause_without_verb(["says", "that", "the", "ruling"])  # a reported clause still waits for its verb


def test_what_a_name_or_count_may_end_before() -> None:
    assert noun_runs_on(_words("the reserves kept for the Lake Ontario"), "ferry", ["disaster"])
    assert noun_runs_on(_words("pumping oil and 9.5 million"), "cubic", ["metres"])
    # Only inside a phrase the title can end before: a verb's object keeps its name ("brought Acme | crews").
    assert not noun_runs_on(_words("the storm has brought Acme"), "crews", ["to", "the", "coast"])
    # A verb, a word of time, a sum with its currency or a name that opens the title is no modifier.
    assert not noun_runs_on(_words("the panel said Acme"), "owes", ["the", "town"])
    assert not noun_runs_on(_words("the ferry sailed in May"), "last", ["year"])
    assert not noun_runs_on(_words("the town will get $3 million"), "compensation", ["next", "year"])
    assert not noun_runs_on(["Acme"], "shares", ["fell"])
    assert not whole_phrase(_words("the reserves it was keeping for the Lake Ontario"), "ferry", ["disaster"])
    assert whole_phrase(_words("the reserves it was keeping for the ferry disaster"), ";", [])


def test_a_verb_before_a_clause_of_time_after_as_is_whole() -> None:
    title = title_of("Dock workers at the Port Hadley container terminal on Friday were making final preparations to leave "
                     "as a gale nears.", "on Friday")
    assert title == "Dock workers at the Port Hadley container terminal are making final preparations to leave"
    assert as_clause(_words("a gale nears."))
    assert as_clause(_words("its fuel costs rose sharply"))
    # An "as" phrase that a verb takes is no clause: the verb waits for it.
    assert not as_clause(_words("the club's chairman in 2007"))
    assert not as_clause(_words("a precaution against the flu."))
    assert not whole_phrase(_words("the president will stay on"), "as", _words("chairman of the board"))


def test_a_participle_phrase_in_the_subject_goes_before_the_object_is_cut() -> None:
    title = title_of("Harbour Board divers using remote cameras guided a heavy steel collar to fit over the cracked intake "
                     "pipe at the bottom of the reservoir on Tuesday in their best hope yet to stop the leak.", "on Tuesday")
    assert title == "Harbour Board divers guide a heavy steel collar to fit over the cracked intake pipe"
    title = title_of("Acme Mining crews using heavy cranes hoisted a damaged ventilation fan out of the northern shaft on "
                     "Monday in a bid to restore fresh air to the lower tunnels.", "on Monday")
    assert title == "Acme Mining crews hoist a damaged ventilation fan out of the northern shaft"


def test_a_body_named_without_its_article_keeps_the_complement() -> None:
    title = title_of("The Department of Harbour Safety then declared the collapse an incident of \"regional "
                     "significance\" on Friday, freeing up funds to repair the pier.", "on Friday")
    assert title == "Department of Harbour Safety declares the collapse an incident of \"regional significance\""
    # A name whose article is its own keeps it; so does a title that loses nothing to the cut.
    title = title_of("The Times on Monday published a long letter from the harbour master in which he defended the "
                     "board's handling of the pier collapse.", "on Monday")
    assert title.startswith("The Times publishes a long letter")
    assert title_of("The Water Authority closed the reservoir on Monday.", "on Monday").startswith("The Water Authority")


def test_an_ing_word_before_its_head_noun_stays_in_a_short_subject() -> None:
    text = ("About a half-dozen fishing boats sail through the flooded reed beds of the lower Hadley estuary to look for "
            "stranded seals and injured birds")
    verb_at = text.index("sail")
    assert shorten_subject(text, verb_at) == (text, verb_at)
    text = "Rescue divers using remote cameras guide a heavy steel collar over the cracked intake pipe at the reservoir"
    assert shorten_subject(text, text.index("guide"))[0].startswith("Rescue divers guide a heavy steel collar")


def test_a_role_with_a_participle_adjective_before_the_name_goes() -> None:
    title = title_of("The harbour board's long-serving chief executive, Jane Doe, on Monday sharply revised upwards her "
                     "estimate of the damage to the northern pier.", "on Monday")
    assert title == "Jane Doe sharply revises upwards her estimate of the damage to the northern pier"
    assert title_of("Acme's embattled finance director, John Smith, on Monday resigned after the audit.",
                    "on Monday") == "John Smith resigns after the audit"
    # A verb before the appositive makes the name its object: the speaker stays the subject.
    assert title_of("The mayor told the embattled harbour chief, Jane Doe, on Monday that she must resign.",
                    "on Monday").startswith("The mayor tells")
