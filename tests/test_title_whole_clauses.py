"""A title is never cut inside a dependent clause, a reported clause's opening phrase or a list of job titles
(issue 16: "never cut, never missing the complement"). A dependent clause that cannot fit goes whole; the phrase
that opens a reported clause goes, or a condition moves after the clause it limits; a subject listing people
with their roles keeps the people.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from title_support import title_of as _title

from timeline.extract.title_dependent_clauses import cut_dependent_gone, fronted_report_phrase_gone
from timeline.extract.title_role_lists import roles_gone_from_list


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    # The clause's verb is its last word and what it needs ("with ...") is cut: the clause goes.
    ("In 1987, 40m litres of diesel seeped into the estuary over several weeks after a barge collided with a "
     "concrete pier.", ("In 1987",), "40m litres of diesel seep into the estuary over several weeks"),
    # An amount without its number ("at least | 30").
    ("Norway asked Chile for an explanation on Monday after it also detained a group of at least 30 Norwegian "
     "sailors, none of whom had broken any port rule, in the southern harbour of Punta Arenas.", ("on Monday",),
     "Norway asks Chile for an explanation"),
    # The clause's subject without its verb ("as shopkeepers").
    ("Heavy rain closed the coastal road and the old ferry terminal at Portville on Tuesday as shopkeepers and "
     "fishermen from the villages along the seafront waited for the tide to turn.", ("on Tuesday",),
     "Heavy rain closes the coastal road and the old ferry terminal at Portville"),
])
def test_a_dependent_clause_cut_short_goes_whole(sentence: str, dates: tuple[str, ...], title: str) -> None:
    assert _title(sentence, *dates) == title


@pytest.mark.parametrize(("full", "cut"), [
    # "as much as": a comparison, no clause.
    ("The council will be most of the way toward its goal of raising as much as $40 million in bonds by the end of "
     "the year to pay for the flood walls", "The council will be most of the way toward its goal of raising as much"),
    # "starts as": a role, no clause.
    ("The minister has confirmed that Ann Reilly will start as harbour commissioner for five years from June",
     "The minister has confirmed that Ann Reilly will start as harbour"),
    # A negation in the main clause limits the clause after it: both stay.
    ("The mill will not reopen before the inspectors finish their survey of the damaged turbines",
     "The mill will not reopen before the inspectors finish"),
    # The main clause tells nothing past its verb without the clause.
    ("The new offer comes as union leaders from both plants meet the owners in the capital",
     "The new offer comes as union leaders"),
])
def test_a_clause_bound_to_its_main_clause_stays(full: str, cut: str) -> None:
    from timeline.extract.title_words import main_verb_start

    assert cut_dependent_gone(full, main_verb_start(full), cut) == cut


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    # A phrase of circumstance opens the reported clause: it goes, and what was said is the headline.
    ("Court reporters said on Tuesday that with most witnesses already heard, the trial could go to the jury as "
     "early as the end of the month.", ("on Tuesday",),
     "Court reporters say the trial could go to the jury as early as the end of the month"),
    # A place before a quotation: the quotation's first word loses the capital it had as the quote's start.
    ("The Portville Gazette reported on Friday that on Gull Point, Maine, \"Dozens of tarred gulls lay on the shingle.\"",
     ("on Friday",),
     'The Portville Gazette reports that "dozens of tarred gulls lay on the shingle"'),
    # A limit ("until") goes after the clause it limits.
    ("Councillor Ray Byrne said on Monday that until the audit of the harbour accounts is finished, the board "
     "should not approve any new contracts.", ("on Monday",),
     "Ray Byrne says the board should not approve any new contracts"),
])
def test_a_phrase_opening_a_reported_clause_gives_way_to_it(sentence: str, dates: tuple[str, ...], title: str) -> None:
    assert _title(sentence, *dates) == title


def test_a_condition_moves_after_its_clause_when_both_fit() -> None:
    text = "Ann Reilly said if the dam failed, the town must close."
    assert fronted_report_phrase_gone(text, lambda t: t[:t.index(",")]) == \
        "Ann Reilly said the town must close if the dam failed"


def test_a_condition_that_cannot_follow_its_clause_stays() -> None:
    text = ("Ann Reilly said if the dam failed before the engineers from the regional water authority arrived, the "
            "town and all of its outlying farms and villages must close every road at once.")
    assert fronted_report_phrase_gone(text, lambda t: t[:t.index(",")]) == text


def test_a_phrase_the_title_goes_past_stays() -> None:
    text = "Officials said that in June, sales rose."
    assert fronted_report_phrase_gone(text, lambda t: t) == text


def test_an_amount_is_no_opening_phrase() -> None:
    text = ("The board and the union said that about 3.4 million litres of an oil-water mix had been pumped out, "
            "about 12% of which was oil.")
    assert fronted_report_phrase_gone(text, lambda t: t[:t.index(",")]) == text


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    ("Transport Secretary Jane Doe, Health Secretary Tom Ray, Coast Guard Commander Ann Lee and Fire Service Deputy "
     "Chief Bob Hart will travel to the region on Tuesday to meet local officials.", ("on Tuesday",),
     "Jane Doe, Tom Ray, Ann Lee and Bob Hart will travel to the region to meet local officials"),
    # A participle phrase with "being" describes the subject's head, which keeps the predicate.
    ("A giant steel barrier being built in a bid to hold back the rising floodwater from the Severn estuary will be "
     "lowered into the channel on Thursday, the agency says.", ("on Thursday",),
     "A giant steel barrier will be lowered into the channel"),
])
def test_a_long_subject_leaves_room_for_its_predicate(sentence: str, dates: tuple[str, ...], title: str) -> None:
    assert _title(sentence, *dates) == title


def test_a_list_with_someone_unnamed_keeps_its_roles() -> None:
    text = "Energy Secretary Ed Bain, Mayor Tim Oaks and the head of the port authority visited the town."
    assert roles_gone_from_list(text) == text


@pytest.mark.parametrize(("full", "cut"), [
    # A noun phrase after "as", "since", "before": a whole phrase, not a clause's subject.
    ("The port orders the culling of all the gulls on the breakwater as a precaution against bird flu, a step the "
     "council called a mistake", "The port orders the culling of all the gulls on the breakwater as a precaution"),
    ("The firm has lost 30% of its market value since the collapse at the quarry near Hartwell, which killed two",
     "The firm has lost 30% of its market value since the collapse"),
    ("Efforts by the council to repair the dam return to normal after a storm and the engineers said the walls held",
     "Efforts by the council to repair the dam return to normal after a storm"),
    # A participle's clause is whole without its adjuncts.
    ("The storm is on track to stay well away from the harbour before making landfall near the border",
     "The storm is on track to stay well away from the harbour before making landfall"),
    # A verb that needs nothing more: "died | in Leeds".
    ("The county suffers its first death after a patient with a weak heart died in Leeds",
     "The county suffers its first death after a patient with a weak heart died"),
    # "two Senate committees": a number's noun phrase, no clause's subject and its verb.
    ("The mayor and other officials will testify before two Senate committees about the county's response to the "
     "floods", "The mayor and other officials will testify before two Senate committees"),
    # "as far up the valley as Thorne": a comparison.
    ("The flood officer estimates the water will reach the danger mark as far up the valley as Thorne by Sunday",
     "The flood officer estimates the water will reach the danger mark as far up the valley"),
])
def test_a_whole_phrase_after_a_conjunction_stays(full: str, cut: str) -> None:
    from timeline.extract.title_words import main_verb_start

    assert cut_dependent_gone(full, main_verb_start(full), cut) == cut


@pytest.mark.parametrize("text", [
    # A passive is no frame: "will be announced in Oslo".
    "The winner of this year's award will be announced in Oslo from among 90 entrants, with those who fought floods "
    "among those tipped to win.",
    # "in a briefing that ...": where it was said, then the reported clause.
    "Ann Reilly told reporters in a briefing that work on the first of two new wells, seen as the lasting fix, "
    "could resume soon.",
    # A finite verb inside the phrase belongs to the reported clause.
    "The council said on its website that Leeds was leading the tally with 50, while York reported 26.",
    # "states" as a noun is no frame.
    "On a visit to Kent, one of four coastal states at risk, the minister stressed the council was responsible.",
    # A first-person quotation keeps its frame.
    "The mayor said in a radio interview, \"I don't sit around talking to experts because this is a seminar.\"",
])
def test_no_opening_phrase_where_none_stands(text: str) -> None:
    assert fronted_report_phrase_gone(text, lambda t: t[:t.index(",")]) == text


def test_a_long_subject_gives_up_its_relative_clause_for_the_verbs_object() -> None:
    from timeline.extract.title_subject_room import subject_gives_room
    from timeline.extract.title_whole import whole_cut

    full = "Members of the committees that oversee the fishing industry held more than 11 million pounds in shares"
    cut = "Members of the committees that oversee the fishing industry held"
    assert subject_gives_room(full, full.index("held"), cut, whole_cut) == \
        "Members of the committees held more than 11 million pounds in shares"


def test_a_shorter_subject_that_still_leaves_the_predicate_open_is_no_gain() -> None:
    from timeline.extract.title_subject_room import subject_gives_room
    from timeline.extract.title_whole import whole_cut

    full = ("The report on the flood due to be sent to Mr Reilly may influence whether or not the Environment "
            "Department starts to issue any new permits again")
    cut = "The report on the flood due to be sent to Mr Reilly may influence"
    assert subject_gives_room(full, full.index("may"), cut, whole_cut) == cut


def test_a_subject_holding_a_frame_is_no_noun_phrase_to_shorten() -> None:
    from timeline.extract.title_subject_room import subject_gives_room
    from timeline.extract.title_whole import whole_cut

    full = "My colleague Ann Reilly points out that The county council does not own a single dredger on the river"
    cut = "My colleague Ann Reilly points out that The county council does not own"
    assert subject_gives_room(full, full.index("does"), cut, whole_cut) == cut


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    # "and" before a verb or after a whole phrase starts a second predicate, not the rest of a clause's subject.
    ("Ardent reported a 9bn loss on Tuesday after the chemical spill in the Bay of Thorne and confirmed chief "
     "executive Tom Ray is to step down.", ("on Tuesday",),
     "Ardent reports a 9bn loss after the chemical spill in the Bay of Thorne"),
    ("The 30-year-old woman had arrived in the county on Thursday afternoon after a stopover in Leeds and was said "
     "to be in a stable condition.", ("on Thursday afternoon",),
     "The 30-year-old woman arrives in the county after a stopover in Leeds"),
    # A clause opened by "as" after the phrase ends the phrase's subject.
    ("Ardent share price rose in London trading on Tuesday after an earlier slump as news of the rescue deal "
     "emerged, but dipped as the day wore on.", ("on Tuesday",), "Ardent share price rises in London trading after an earlier slump"),
])
def test_a_phrase_before_another_clause_stays_whole(sentence: str, dates: tuple[str, ...], title: str) -> None:
    assert _title(sentence, *dates) == title


def test_a_clause_for_a_subject_is_no_noun_phrase_to_shorten() -> None:
    from timeline.extract.title_subject_room import subject_gives_room
    from timeline.extract.title_whole import whole_cut

    full = "Being present during a March audit that found that the ferry's lifeboats were well past their test date"
    cut = "Being present during a March audit that found that the ferry's lifeboats were well"
    assert subject_gives_room(full, full.index("were"), cut, whole_cut) == cut
