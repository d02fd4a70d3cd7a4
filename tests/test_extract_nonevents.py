"""Events that are no dated happenings, and one sentence's clause titled at another clause's date (issue 16).

Every text here is written for these tests. A strict editor strikes from a timeline what tells nothing that
happened: a picture's caption run into the lead without its full stop, the page pointing at what follows
("Below are our first thoughts on ..."), a clause that "otherwise" opens in the conditional; and a sentence's
second date under the first clause's headline tells, under that headline, what did not happen at that date.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.page_blocks import run_in_top
from timeline.extract.unasserted import in_counterfactual, in_courtesy
from timeline.model import Document


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def test_each_date_of_one_sentence_is_titled_by_its_own_clause() -> None:
    text = ("Crews in Portville repaired the sea wall.\n"
            "The harbour board aims to have the new, stronger lock gate in place as early as Tuesday and said that, as "
            "of Friday night, the dredging was going according to plan.\n")
    events = events_of(text, dt.date(2031, 5, 10))
    titles = {e.when.value(): e.title for e in events if "dredging" in e.sources[0].quote}
    assert titles["2031-05-13"] == "The harbour board aims to have the new, stronger lock gate in place"
    assert titles["2031-05-09TNI"] == "The dredging is going according to plan"


def test_a_date_in_a_participle_clause_keeps_the_sentences_headline() -> None:
    # "enabling it to be sealed by mid-August" has no subject of its own: no headline of its own either.
    text = ("The ferry company is building a second pier which should reach the channel at the end of June, enabling "
            "it to be opened by mid-August.\n")
    events = events_of(text, dt.date(2031, 5, 10))
    assert sorted(e.when.value() for e in events) == ["2031-06", "2031-08"]


def test_an_article_after_a_common_noun_opens_the_lead() -> None:
    for line, lead in (
            ("Ferry crews have been wearing life jackets as a precaution A third of the island's ferries could be laid "
             "up by the strike, union figures suggest.", "A third of"),
            ("Lock gates can be fitted on a large scale A new kind of gate which can be used on any canal has been "
             "built by Portville engineers.", "A new kind of gate")):
        span = run_in_top(line, (0, len(line)))
        assert span is not None and line[span[1]:].strip().startswith(lead), line
    # A letter naming a kind stays in its clause: "influenza A".
    kept = "Doctors in Portville said on Monday that a new strain of influenza A virus had been found in three patients."
    assert run_in_top(kept, (0, len(kept))) is None


def test_a_caption_run_into_the_lead_is_no_part_of_its_event() -> None:
    text = ("Ferry crews have been wearing life jackets as a precaution A strike by Northwind Lines pilots has halted a "
            "third of the island's ferries, the union said.\n"
            "The strike began on Monday.\n")
    events = events_of(text, dt.date(2031, 5, 14))
    lead = next(e for e in events if e.when.value() == "2031-05-14")
    assert lead.title == "A strike by Northwind Lines pilots has halted a third of the island's ferries"


def test_the_pages_pointer_to_what_follows_is_no_event() -> None:
    text = ("Ferry strike talks in Portville Below are our first thoughts on what the mayor will say at the harbour "
            "tomorrow.\n"
            "The mayor met the pilots' union on Monday.\n")
    events = events_of(text, dt.date(2031, 5, 14))
    assert [e.when.value() for e in events] == ["2031-05-12"]
    sentence = "Here is one of the mayor's posts from today: the ferries will sail."
    assert in_courtesy(sentence, 0, sentence.index("today"))
    told = "The question here is whether the ferries sail today."
    assert not in_courtesy(told, 0, told.index("today"))


def test_a_clause_otherwise_opens_in_the_conditional_tells_nothing_that_happened() -> None:
    text = "The firm never knew the dam would fail, otherwise there would be forty homes still standing today."
    assert in_counterfactual(text, 0, text.index("today"), len(text))
    for kept in ("The pilots were otherwise rested and would sail on Friday.",
                 "To do otherwise would be reckless, the mayor said on Friday."):
        assert not in_counterfactual(kept, 0, kept.index("Friday"), len(kept)), kept


def test_a_correction_naming_the_story_by_its_subject_is_no_event() -> None:
    text = ("This article about the Portville ferry strike misstated the number of ferries halted since the May 2 "
            "walkout.\n"
            "Northwind Lines said on Monday that the pilots would return to work.\n")
    events = events_of(text, dt.date(2031, 5, 14))
    assert [e.title for e in events] == ["Northwind Lines says the pilots will return to work"]


def test_a_question_stays_a_question_past_an_initialisms_stops() -> None:
    text = ("Did the mayor catch the virus on her trips to Lisbon in late March and with U.S. President Ann Cole last "
            "month?\n")
    assert events_of(text, dt.date(2031, 5, 10)) == []


def test_a_restrictive_clause_names_a_long_or_quoted_antecedent() -> None:
    text = ("On Saturday, crews lifted away the \"top hat\" lock gate that had been parked on the sill since early "
            "last month.\n"
            "Engineers say water is leaking from a culvert more than 5,000 feet long that was damaged three weeks ago "
            "by a landslide.\n")
    titles = {e.when.value(): e.title for e in events_of(text, dt.date(2031, 5, 10))}
    assert titles["2031-04"] == 'The "top hat" lock gate has been parked on the sill'
    assert titles["2031-W16"] == "A culvert more than 5,000 feet long is damaged by a landslide"


def test_a_question_to_the_reader_without_its_opening_words_is_no_event() -> None:
    # "(Would you) like to ...?", "(Is there) any word ...?": the page asks its reader; the week is the question's.
    for prompt in ("Like to hear more about the talks this week before the pilots vote on the offer?",
                   "Any word from the harbour board on the ferries it cancelled on Monday?"):
        text = "Northwind Lines cancelled all ferries to the islands on Tuesday.\n" + prompt + "\n"
        titles = [e.title for e in events_of(text, dt.date(2031, 5, 14))]
        assert titles == ["Northwind Lines cancels all ferries to the islands"], prompt


def test_an_unsourced_absence_is_no_event() -> None:
    # The missing figures are no happening; the year is the traders' estimate's.
    text = ("Northwind Lines cancelled all ferries to the islands on Tuesday.\n"
            "Official passenger numbers were not available but two local harbour pilots estimated the value of such "
            "crossings to the islands in 2029 at around $4 million.\n")
    titles = [e.title for e in events_of(text, dt.date(2031, 5, 14))]
    assert not any("not available" in t for t in titles), titles


def test_an_absence_that_ends_at_a_date_is_kept() -> None:
    text = ("Northwind Lines cancelled all ferries to the islands on Tuesday.\n"
            "The results of the harbour survey were not available until the night of May 2.\n")
    titles = {e.when.value(): e.title for e in events_of(text, dt.date(2031, 5, 14))}
    assert "2031-05-02TNI" in titles, titles


def test_a_lower_case_pointer_after_an_opening_phrase_is_no_event() -> None:
    text = ("The pier reopened on Monday.\n"
            "To show how the harbour has changed, here are two pictures from today and yesterday.\n")
    assert [e.when.value() for e in events_of(text, dt.date(2031, 5, 14))] == ["2031-05-12"]
    sentence = "For those who missed it, here is the mayor's speech from Tuesday."
    assert in_courtesy(sentence, 0, sentence.index("Tuesday"))
    told = "As the mayor said, here is where the ferry sank on Tuesday."
    assert not in_courtesy(told, 0, told.index("Tuesday"))
