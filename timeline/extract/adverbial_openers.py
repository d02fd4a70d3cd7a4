"""Which subordinator opens the clause a date stands in (issue 16: dates right).

Clauses that state when something else happened ("after a company executive wrote an essay in October"), or set
another fact beside the main clause ("Although Long died in 1935, his family received royalties for decades", "the
leak was halted, though the well will not be sealed until August"): every subordinator whose clause a headline can
drop (:data:`.subordinators.DROPPABLE`). Such a clause has its own subject, verb and time; the main clause did not
happen at it. "as" is left out: "as early as Wednesday", "as of May 3" are phrases of the main clause's own time.
"""

from __future__ import annotations

import re

from timeline.extract.happenings import EVENT_NOUNS
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.sentences import Sentence
from timeline.extract.subject_clauses import verb_after_subject
from timeline.extract.subordinators import ALSO_PREPOSITIONS, CONTRASTING, DROPPABLE

__all__ = ["ADVERBIAL_CLAUSE", "conceded", "last_clause_opener", "phrase_only"]

#: What follows a contrasting word that heads no clause of its own: a participle, a preposition or an adverb
#: ("while working on", "while in Texas", "although still not expected").
_NO_SUBJECT = re.compile(r"(?:[a-z]+ing|[a-z]+ed|[a-z]+ly|in|on|at|for|from|with|without|under|during|still|not|also|only|"
                         r"never|already|yet)\b")
#: A subordinator opening a clause that may hold a date of its own (see the module's docstring).
ADVERBIAL_CLAUSE = re.compile(r"(?:^|[\s,])(?:" + "|".join(sorted(DROPPABLE - {"as"})) + r")\s", re.I)


def last_clause_opener(text: str, sentence: Sentence, region: str, date_end: int) -> re.Match[str] | None:
    """The last subordinator before the date in ``region``; one that is the date's own preposition, heading only a
    phrase ("until August", "since 2009"), yields to a subordinator before it that opens a clause holding both ("the
    leak was halted, though the well will not be sealed until August": the date is the sealing's, in the "though"
    clause, not the halting's; a temporal clause, which times the main one, keeps it). A preposition whose phrase names a happening ("after the Valdez disaster in 1989") or
    an act ("after pleading guilty over its 2006 spill") keeps the date. "while working on a relief well", "although
    still not expected": a contrasting word before no subject of its own heads a phrase of the main clause."""
    found = [m for m in ADVERBIAL_CLAUSE.finditer(region) if not (
        m.group(0).strip(" ,").lower() in CONTRASTING and _NO_SUBJECT.match(region, m.end()))]
    if not found:
        return None
    last = found[-1]
    phrase = region[last.end():]
    if last.group(0).strip(" ,").lower() not in ALSO_PREPOSITIONS or not phrase_only(text, sentence, region, last, date_end) \
            or re.search(r"[a-z]{3,}ing\b", phrase) or EVENT_NOUNS & set(phrase.lower().split()):
        return last
    for earlier in reversed(found[:-1]):
        # (only a contrasting clause: "Once the well is finished sometime after Labor Day, the firm will seal it" sets
        # the main clause's time by the clause's, and the date goes on dating both)
        if earlier.group(0).strip(" ,").lower() in CONTRASTING and not phrase_only(text, sentence, region, earlier, date_end):
            between = region[earlier.end():]
            return earlier if "," not in between and len(between.split()) <= 14 else last
    return last


def phrase_only(text: str, sentence: Sentence, region: str, adv: re.Match[str], date_end: int) -> bool:
    """Whether the conjunction ``adv`` heads only a phrase ("since last year", "after the meeting on Monday"), not
    a clause of its own: the date then belongs to the clause around it, main or relative ("a bill that's been on
    the back burner since last year", "the minister, who has held the post since 2022, resigned")."""
    clause_start = sentence.start + adv.start() + (1 if not region[adv.start()].isalpha() else 0)
    between = text[clause_start:sentence.start + len(region)]
    # "After failing earlier in the month to halt the leak, BP began ...": a gerund clause opening the sentence (at its
    # end, "died after suffering a cardiac arrest on Thursday", the main clause's date; "since announcing in July", never).
    gerund = re.match(r"\W?(after|before|since)\s+[a-z]{3,}ing\b", between, re.I)
    gerund = gerund is not None and (clause_start - sentence.start < 3 or gerund.group(1).lower() == "since")
    return "," not in between and len(between.split()) <= 14 and not (FINITE_VERB.search(between) or gerund or verb_after_subject(text, region[:adv.start()], date_end, sentence.end))


def conceded(text: str, sentence_start: int, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` is a concession or contrast told after the news ("..., though the well
    will not be sealed until August", "..., while Mr Graham served in the senate from 1987"): an afterthought set
    beside the news, known or expected, so its date is neither the main clause's nor an event's. One that opens the
    sentence ("Although BP announced three weeks ago that ...") sets up its contrast with an act of its own, and
    keeps its date as its own event."""
    if text[sentence_start:clause_start].strip(" \t\n\"“‘'(") == "":
        return False
    word = text[clause_start:clause_start + 9].split(maxsplit=1)
    return bool(word) and word[0].lower().strip(",") in CONTRASTING
