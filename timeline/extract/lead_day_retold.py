"""An undated lead whose act the article tells again further down with the day it was done.

A news lead states the act and leaves its day to the body, which may tell the same act again many paragraphs on:
"Ana Ruiz of Plainblog.com pointed out the changes." ... "Ruiz pointed out the changes Monday evening on her blog";
"Dock workers have filed a lawsuit against the port." / "The lawsuit was filed late on Wednesday in federal court";
"Ana Ruiz has sued the port for damages." ... "In a complaint filed late Friday, Ruiz's lawyer said ...". The lead
had no date of its own (the publication day only stood in for one), so the retelling's day, at its precision, is the
act's, and the two are one happening (:func:`leads_dated_further_down`). :mod:`.lead_retold` reads the sentences
right after the lead and the act's noun opening a sentence; this reads the rest:

- the same verb done again by the same actor (the last word of its name) to the same object: "pointed out the
  changes"; or the same verb told in the passive of the lead's object: "The lawsuit was filed ...";
- a suit told again as the paper it was filed as, the lead's actor named in that sentence: "has sued" ... "In a
  complaint filed late Friday, Ruiz's lawyer said".

The retelling's day must be on or before the publication and within the week before it (a weekday's reach): a day
after it is a plan, and an older day is another step of the story. A later step ("the complaint was dismissed") has
another verb and is not read; an act done again ("filed a second suit") is news of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.extract.act_nouns import EMPTY
from timeline.extract.lead_retold import undated_lead
from timeline.extract.once import join_as_one
from timeline.extract.predicates import verb_stem
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["leads_dated_further_down"]

#: How long before the publication the retelling's day may be: a weekday named reaches back a week.
_REACH = dt.timedelta(days=7)
#: A lead that tells a suit brought: "has sued", "are suing".
_SUED = re.compile(r"\b(?:sued|sues|suing)\b")
#: The suit told again as the paper filed, its date right by it: "In a complaint filed late Friday in ...".
_SUIT_FILED = re.compile(r"\b(?:complaint|lawsuit|suit|petition)s?\s+(?:was\s+)?filed\s+(?:late\s+|early\s+)?(?:on\s+)?$")


def _last(name: str | None) -> str:
    """The last word of a person's or body's name, before what it is "of": "Ana Ruiz of Plainblog" -> "Ruiz"."""
    return name.split(" of ")[0].split()[-1] if name else ""


def _same_act(lead: Mention, other: Mention, text: str) -> bool:
    """Whether ``other`` does the lead's verb again to the lead's object, by its actor or in the passive."""
    verbs = {v for v in lead.predicate.verbs if v not in EMPTY and len(v) >= 3} & other.predicate.verbs
    if not verbs or other.predicate.planned or not other.predicate.past:
        return False
    objects = lead.predicate.objects & other.predicate.objects
    if other.predicate.passive:  # its subject, however long, is the lead's object: "The lawsuit against ... was filed"
        said = {verb_stem(w) for w in re.findall(r"[a-z]+", text[other.start:other.end].lower())}
        return bool(objects or lead.predicate.objects & said)
    return bool(objects) and bool(_last(lead.actor)) and _last(lead.actor) == _last(other.actor)


def _suit_filed(lead: Mention, other: Mention, text: str) -> bool:
    """Whether the lead tells a suit brought and ``other`` is dated as the suit's paper filed, naming its actor."""
    if not _SUED.search(text[lead.start:lead.end]) or not other.date[0] or not _last(lead.actor):
        return False
    before = text[max(other.start, other.date[0] - 40):other.date[0]]
    return bool(_SUIT_FILED.search(before)) and _last(lead.actor) in text[other.start:other.end]


def _retells(lead: Mention, other: Mention, text: str) -> bool:
    if other.lead or other.sentence <= lead.sentence or other.predicate.again:
        return False
    if other.when.precision.rank < Precision.DAY.rank:
        return False
    if not dt.timedelta(0) < lead.when.start - other.when.start <= _REACH:
        return False
    return _same_act(lead, other, text) or _suit_filed(lead, other, text)


def leads_dated_further_down(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with an undated lead dated by a later sentence telling its act again with its day, and joined to it
    (see the module's docstring)."""
    for lead in found:
        if not undated_lead(lead):
            continue
        retold = next((o for o in found if _retells(lead, o, text)), None)
        if retold is not None and not (lead.one_of and retold.one_of):
            join_as_one(lead, retold, "retold")
            lead.when, lead.key, lead.lead = retold.when, retold.key, False
    return found
