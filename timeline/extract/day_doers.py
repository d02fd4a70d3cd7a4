"""Who may do an act of the story's day told with no date (:mod:`.day_statements`): a named doer or a body named by
its kind (issue 16: recall).

A report of a day's happenings names their doers once and then calls them by what they are, or names them by their
kind only:

    The Mexican government increased its count of deaths from the flu to 12.
    Texas health authorities confirmed a third case at a school near the border.
    The health ministers agreed to work with drug makers on a vaccine.
    BP employed robot submarines to free the saw.   (the story's doer, resolved as "BP Plc")

Such a subject's head is a body or a group of people that acts (a government, a court, officials, crews, boats), not a
thing ("the slick stretched farther", "Flu fears hit airline stocks": a state of the day or a cause, not an act) and
not a pronoun. A round-up opens a beside happening with "Meanwhile," or "Separately," before its doer ("Meanwhile, the
administration suspended lease sales"): the opener says another happening of the same day follows.
"""

from __future__ import annotations

import re

from timeline.extract.generic_heads import GROUP_HEADS
from timeline.tagger.lexicon import NUMBER_WORDS

#: Bodies and groups that act, by the noun a report calls them by: a kind of people (:data:`.GROUP_HEADS`), the ones
#: who act for a state or a firm, and the craft that do a response's work ("Boats patrolled the marshes").
DOER_HEADS = (GROUP_HEADS - {"people", "men", "women", "children", "families", "victims", "patients", "communities"}) | {
    "ministers", "police", "troops", "soldiers", "crews", "officers", "firefighters", "rescuers", "engineers",
    "investigators", "prosecutors", "protesters", "demonstrators", "boats", "vessels", "ships", "planes",
    "government", "ministry", "department", "agency", "court", "judge", "jury", "coastguard", "council", "committee",
    "panel", "commission", "senate", "congress", "parliament", "company", "administration", "regulator", "army",
    "navy", "senators", "congressmen", "delegates", "mps", "judges", "airlines", "banks", "hospitals", "schools",
    "shareholders", "directors", "board"}

#: "Meanwhile, ...", "Separately, ...": a beside happening of the same day, its doer after the opener.
_BESIDE_OPENER = re.compile(r"(?:Meanwhile|Separately|Elsewhere),\s+(?=\w)")


def without_beside_opener(subject: str) -> str:
    """``subject`` (the words before a sentence's verb) without a "Meanwhile," or "Separately," that opens it, read as
    a sentence's own opening ("Meanwhile, the administration" as "The administration")."""
    m = _BESIDE_OPENER.match(subject)
    return subject[m.end()].upper() + subject[m.end() + 1:] if m else subject


#: What befalls people, not what they do ("Eleven workers died in the disaster": the story's backdrop told again); a
#: price or a count that "fell" or "lost" is a market move of the day, which stays.
_BEFALLS = frozenset({"died", "drowned", "perished", "suffered", "survived"})


def doer_head(subject: str, head: str, actor: str | None, verb: str) -> bool:
    """Whether ``head``, the last word of ``subject`` (the words before the sentence's past ``verb``), names a doer of
    an act: the sentence's resolved ``actor`` (by any of its words: "BP" for "BP Plc") or a body or a group of people
    named by its kind; not one counted ("Two companies spent only modest amounts": a tally of a report's findings or of
    the story's backdrop) nor one something befell ("workers died")."""
    if verb in _BEFALLS:
        return False
    if actor and head in actor.split():
        return True
    words = subject.lower().split()
    counted = any(w in NUMBER_WORDS or w[:1].isdigit() for w in words[:2] if w not in ("a", "an"))
    return head.lower() in DOER_HEADS and not counted


#: An act told as not done ("made no immediate comment", "gave no prediction"), a saying told as an act ("echoed that
#: worry", "continued: ..."), a plan ("planned to place the cap").
_NOTHING_DONE = re.compile(r"\s+(?:[\w-]+\s+)?no\b")
_NOT_ACTS = frozenset({"echoed", "continued", "planned", "intended"})
#: An act dated by the story's backdrop: "banned such drilling after the BP oil spill", "took a blow in the aftermath
#: of Hurricane Katrina", "began ... just days after the oil spill": the backstory told again, not the day's news.
_AFTER_BACKDROP = re.compile(r"\b(?:after|since|following|in\s+the\s+(?:aftermath|wake)\s+of)\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:spill|disaster|explosion|blast|accident|blowout|hurricane|Hurricane|outbreak|crash)\b")


#: A habit, not one act of the day ("Doctors checked them twice a day", "every morning").
_HABIT = re.compile(r"\b(?:(?:twice|three\s+times|several\s+times)\s+a\s+(?:day|week)|(?:every|each)\s+(?:day|morning|"
                    r"evening|night|week)|daily|routinely|usually|regularly)\b")
#: An act another report tells ("..., the Veldt Daily Post reported", "according to ..."): of that report's day.
_REPORTED = re.compile(r"\b(?:reported|according\s+to)\b")


def no_act(sentence: str, verb_start: int, verb_end: int) -> bool:
    """Whether the past verb at ``verb_start:verb_end`` of ``sentence`` tells no act of the news day: nothing done,
    a saying or a plan, an act another report tells, a habit, or an act of the story's backdrop."""
    return (sentence[verb_start:verb_end] in _NOT_ACTS or _NOTHING_DONE.match(sentence, verb_end) is not None
            or _AFTER_BACKDROP.search(sentence) is not None or _REPORTED.search(sentence, verb_end) is not None
            or _HABIT.search(sentence) is not None)

