"""An undated lead and the sentence right after it that tells its act again with the day it happened.

News states the act in the lead and its time in the next sentence or two, which tells it again with more detail:
"Valtra Bank has ordered its traders to stop dealing with Norlin." / "The order was made on Monday, ..."; "Harbour
officials have warned that the timetable is too costly." / "The officials made their comments in a March 3
meeting"; "The port authority told a court it would drop the levy." / '"We will waive the levy," the authority said
in a court filing on Monday.' The lead has no date of its own, the publication day only stood in for one, so the
retelling's day is the act's (:func:`leads_retold`). The act named again by its verb's noun and the speaker's
statement told again are one happening with the lead; a sentence naming the lead's saying by a noun of saying tells
the occasion it was made at ("The comments came in a hearing in which lawmakers grilled ..."), news of its own
there, and only dates the lead.

The later sentence tells the lead's act again when

- its subject is the act's noun after a definite determiner ("The order", "Their decision"): the lead's own verb
  made a noun, or for a lead that reports a saying a noun of saying ("The comments", "The report");
- its subject does the lead's saying again as a noun ("The officials made their comments ...");
- or it is the lead's speaker's statement, dated as a saying, telling again the lead's verb or a word of it.

Its date is its main clause's, a day, on or before the publication: not after it (a plan told next), and not
long before it (a month back is another story's time). Another act of the kind ("another order", "a second
statement") is news of its own.

Further down the page, only the act's noun opening the sentence with its date by it ("The vote on Tuesday came
after ...", "The decision, taken at a meeting on Tuesday, ...") still names the lead's act, and only while no other
sentence has told an act of that verb since the lead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.extract.act_nouns import EMPTY
from timeline.extract.once import join_as_one
from timeline.extract.predicates import AGAIN, LEAD_LAG, verb_stem
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.subject_names import strip_opening
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["leads_retold", "undated_lead"]

#: How many sentences after the lead the retelling may stand: the next, or the one after a line of detail.
_NEXT = 2
#: How long before the publication an act the retelling names again by its noun may be dated.
_NOUN_LAG = dt.timedelta(days=45)
#: Nouns of what a statement is: "The comments came ...", "their remarks", "The report, released Wednesday, ...".
_SAYING_NOUN = (r"(?:comments?|remarks?|statements?|warnings?|testimony|assertions?|admission|apology|pledge|findings|"
                r"report|letter|filing|petition)")
#: A subject opening the sentence with a definite determiner: "The order", "Their new decision".
_DEFINITE_SUBJECT = re.compile(r"(?:The|This|That|Their|Its|His|Her)\s+(?:(?P<first>[a-z][a-z-]+)\s+)?(?P<noun>[a-z]{4,})\b")
#: The lead's saying done again as a noun: "made their comments in a meeting", "gave the warning at a hearing".
_SAYING_DONE = re.compile(r"\b(?:made|gave|delivered|issued|voiced)\s+(?:the|their|his|her|its|those|these)\s+(?:[a-z-]+\s+)?"
                          + _SAYING_NOUN + r"\b")
#: A lead whose verb reports what was found or said, whose vehicle is a report: "A panel has concluded that ...".
#: Words between the act's noun and its date that tie the date to something else: "The search is the second in a week,
#: following a similar raid on 22 July" dates the other raid.
_ANOTHER_TIE = re.compile(r"\b(?:follow(?:s|ed|ing)?|after|before|since|than|like|unlike|similar|previous|earlier|later|"
                          r"last|first)\b")
_FINDS = re.compile(r"\b(?:" + alternation(spoken("conclude", "find", "say", "tell", "warn", "state", "argue", "claim",
                                                  "admit")) + r")\b")


def undated_lead(m: Mention) -> bool:
    """Whether ``m`` is the lead dated only by the publication day (no date of its own, not told as done again): the
    lead whose day a later sentence may give, as its act told again here or as its source (:mod:`.lead_source`), and
    whose day :mod:`.lead_day_retold` reads (a lead a rule has given an hour is dated more finely than a page is)."""
    return m.lead and m.date[1] <= 0 and not m.predicate.again and m.when.precision.rank == Precision.DAY.rank


def _names_the_act(lead: Mention, other: Mention, lead_text: str, other_text: str, between: str) -> str:
    """How ``other`` tells the lead's act again: "act" when it opens with the act named by the lead's verb made a noun,
    "saying" when it names or does the lead's saying as a noun (nothing ``between`` its opening and its date ties the
    date to another thing), "" when it does not."""
    opening = strip_opening(other_text)
    subject = _DEFINITE_SUBJECT.match(opening)
    if _ANOTHER_TIE.search(between) or set(re.findall(r"[a-z]+", between)) & AGAIN:
        return ""
    if subject is not None:
        nouns = [w for w in (subject.group("first"), subject.group("noun")) if w]
        if any(_same_stem(verb_stem(n), v) for n in nouns for v in _lead_verbs(lead)):
            return "act"  # "has ordered its traders ..." ... "The order was made on Monday"
        if _FINDS.search(lead_text) and any(re.fullmatch(_SAYING_NOUN, n) for n in nouns):
            return "saying"  # "has concluded that ..." ... "The report, released Wednesday, ..."
    if _FINDS.search(lead_text) is not None and _SAYING_DONE.search(other_text) is not None \
            and lead.actor is not None and other.actor is not None and lead.actor.split()[-1] == other.actor.split()[-1]:
        return "saying"
    return ""


def _lead_verbs(lead: Mention) -> frozenset[str]:
    return frozenset(v for v in lead.predicate.verbs if v not in EMPTY and len(v) >= 3)


def _same_stem(noun: str, verb: str) -> bool:
    """Whether a noun's stem is a verb's: four letters alike ("order", "decision" and "decided"), or a short stem
    whole ("vote" and "voted": "vot"; "ruling" and "ruled": "rul")."""
    return noun[:4] == verb[:4] if min(len(noun), len(verb)) >= 4 else noun == verb


def _far_act(lead: Mention, other: Mention, found: list[Mention]) -> bool:
    """Whether ``other``, further down than the lead's next sentences, opens with the lead's act's noun dated beside
    it, no sentence between telling an act of the lead's verb (see the module's docstring)."""
    if other.date[0] - other.start > _FAR_DATE:
        return False
    verbs = _lead_verbs(lead)
    return not any(m.sentence > lead.sentence and m.sentence < other.sentence and m.predicate.verbs & verbs
                   for m in found)


#: How far into a sentence far down the page the date of the lead's act's noun may stand: "The decision, taken at a
#: meeting on Tuesday".
_FAR_DATE = 50


def _speaker_again(lead: Mention, other: Mention) -> bool:
    """Whether ``other`` is the lead speaker's statement of a day just before, telling the lead's verb or a word of it
    again: "BP told a court it would waive the cap" ... '"BP has chosen to waive the limit," BP said on Monday'."""
    if not (lead.is_statement and other.is_statement) or not lead.actor or not other.actor:
        return False
    if lead.actor.split()[-1] != other.actor.split()[-1]:
        return False
    if not lead.when.start - other.when.start <= LEAD_LAG:
        return False
    shared_verbs = (lead.predicate.verbs & other.predicate.verbs) - EMPTY
    return bool(shared_verbs or lead.words & other.words)


def _retells(lead: Mention, other: Mention, text: str, found: list[Mention]) -> str:
    """How ``other`` tells the lead's act again with its day: "act", "saying", "speaker" (:func:`_speaker_again`) or
    "" when it does not."""
    if other.lead or not other.main or other.predicate.again or other.sentence <= lead.sentence:
        return ""
    if other.when.precision.rank < Precision.DAY.rank or not dt.timedelta(0) < lead.when.start - other.when.start <= _NOUN_LAG:
        return ""
    lead_text, other_text = text[lead.start:lead.end], text[other.start:other.end]
    between = text[other.start:other.date[0]] if other.date[0] > other.start else other_text
    how = _names_the_act(lead, other, lead_text, other_text, between)
    if other.sentence - lead.sentence > _NEXT:
        return how if how == "act" and _far_act(lead, other, found) else ""
    return how or ("speaker" if _speaker_again(lead, other) else "")


def leads_retold(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on an undated lead and the sentence right after it telling its act again with
    its day (see the module's docstring), the lead dated by that day; mentions another reading already joined keep
    theirs."""
    for lead in found:
        if not undated_lead(lead):
            continue
        retold, how = next(((o, how) for o in found if (how := _retells(lead, o, text, found))), (None, ""))
        if retold is not None and not (lead.one_of and retold.one_of):
            if how != "saying":
                # (A sentence naming the lead's saying tells the occasion it was made at: "The comments came in a
                # hearing in which lawmakers grilled ...", news of its own at that day.)
                join_as_one(lead, retold, "retold")
            # The lead's day only stood in for a date: the retelling's day is the act's, a stated day, which the
            # rules for a lead dated by its page no longer read (a statement of a day before it is not the lead's).
            lead.when, lead.key, lead.lead = retold.when, retold.key, False
    return found
