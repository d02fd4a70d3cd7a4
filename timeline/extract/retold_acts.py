"""One act told twice in one article, where the other merging tests miss it: at its day and again at its hour; in
the lead and again further down by a definite description; announced at a vaguer date and told again at its day.

"A new cap was used on Thursday to stop the flow, as part of a test of the well's integrity" and, six paragraphs on,
"The flow of oil was shut off at 1425 local time on Thursday, as part of a test of the well's integrity" tell one
act: the second gives its hour. Two happenings of one day share a word or two (the story's), not most of their
words, so a day and an hour within it are one act when most of the shorter telling's words are the other's, or when
they share the main verb and two more words (:func:`told_at_its_hour`). A saying is never joined to what it
reports: a statement ("..., officials said on Thursday") is left to the statement rules.

"A recording of the singer has been played to the trial" (the lead, dated by its publication) and "The clip,
already aired last week, was played in full on Wednesday at the trial" tell one act: the lead's main verb is the
later sentence's, a word of what it was done to or where is shared, and the later sentence's subject is a definite
description ("The clip") picking up something already told (:func:`lead_retold_by_description`). A price that moves
("shares fell", "the index closed lower") is left to :func:`.predicates.one_share_move`: many things fall on one day.

"Obama will deliver a speech in Egypt next month" and "the speech would be delivered in Egypt on June 4" tell one
plan, the second at its day (:func:`plan_dated_closer`).

"the leak that has only worsened since it began two weeks ago" and "oil has been gushing since an offshore rig
exploded and sank last month" tell one happening: a well's leak begins with the blast that opens it, and at a week
or a month the two cannot be told apart (:func:`leak_began_with_explosion`). At a day they can: a gas leak found
on Tuesday may be what the plant's explosion on Tuesday followed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.happenings import EXPLOSION, SHARES_DOWN, SHARES_UP
from timeline.extract.predicates import contains, plan_beside_act, verb_stem
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["lead_retold_by_description", "leak_began_with_explosion", "one_act_retold", "plan_dated_closer",
           "told_at_its_hour"]

#: How many words the day's and the hour's tellings share, and what share of the shorter one's words.
_HOUR_WORDS = 4
_HOUR_SHARE = 0.6
#: With the same main verb, how many other words they share.
_HOUR_VERB_WORDS = 2
#: A title opening with a definite description: "The clip is played", "The new estimates show".
_DESCRIPTION = re.compile(r"(?:The|These|This)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, without={"had"}) + r")\b")
#: Verbs of a price or figure moving: told of many things on one day.
_MOVES = frozenset(verb_stem(w) for w in (
    "rise", "rose", "fall", "fell", "drop", "climb", "gain", "lose", "lost", "jump", "slide", "slid", "decline",
    "tumble", "plunge", "soar", "surge", "slip", "rally", "close", "end", "open", "trade"))

#: Stems too light to tell an act by (being, having, getting, making, taking), and "and", which a clause's reading
#: may take for the verb after "to" ("went to and from"). A determiner after "to" is a preposition's object, which
#: :func:`.predicates.predicate` already reads so ("has been played to the trial").
_NOT_ACTS = frozenset(["and", "be", "bee", "hav", "get", "got", "mak", "tak"])


def one_act_retold(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` tell one act by any reading of the module."""
    return (told_at_its_hour(a, b) or told_at_its_hour(b, a) or lead_retold_by_description(a, b)
            or lead_retold_by_description(b, a) or plan_dated_closer(a, b) or plan_dated_closer(b, a)
            or leak_began_with_explosion(a, b) or leak_began_with_explosion(b, a))


def _plain_act(m: Mention) -> bool:
    """A main clause telling an act, not a statement (what a saying reports is another happening than the saying),
    nor an act done again, nor a price moving."""
    return (m.main and not m.told and not m.is_statement and not m.lead and not m.predicate.again
            and not {SHARES_UP, SHARES_DOWN} & m.stems)


def told_at_its_hour(day: Mention, hour: Mention) -> bool:
    """Whether ``hour`` tells at a time of its day the act ``day`` tells at the day: most of the shorter telling's
    words shared (see the module's docstring)."""
    if day.when.precision.rank != Precision.DAY.rank or hour.when.precision.rank <= Precision.DAY.rank:
        return False
    if not contains(day.when, hour.when) or not (_plain_act(day) and _plain_act(hour)):
        return False
    if plan_beside_act(day, hour) or (day.actor and hour.actor and day.actor.split()[-1] != hour.actor.split()[-1]):
        return False
    shared = day.words & hour.words
    if len(shared) >= _HOUR_WORDS and len(shared) >= _HOUR_SHARE * min(len(day.words), len(hour.words)):
        return True
    # Fewer words, but the same main verb and two more words: "A charter plane brought 90 pupils home on Monday" ...
    # "The plane brought the pupils to the airport at about 1 p.m.".
    verbs = _acts(day) & _acts(hour)
    others = {w for w in shared - day.verbs - hour.verbs if not any(w.startswith(v[:4]) for v in verbs)}
    return bool(verbs) and len(others) >= _HOUR_VERB_WORDS


def lead_retold_by_description(lead: Mention, other: Mention) -> bool:
    """Whether ``other``, further down, tells the lead's act again on the lead's day with a definite description as
    its subject: the lead's main verb among its verbs and another word shared (see the module's docstring)."""
    if not lead.lead or other.lead or not other.main or other.is_statement or other.sentence <= lead.sentence:
        return False
    if lead.key[:10] != other.key[:10] or min(lead.when.precision.rank, other.when.precision.rank) < Precision.DAY.rank:
        return False
    if lead.predicate.again or other.predicate.again or _DESCRIPTION.match(other.title) is None:
        return False
    acts = _acts(lead)
    verbs = {w for w in other.words if any(w.startswith(act[:5]) for act in acts)}  # "played", "shown"
    return bool(verbs) and len((lead.words & other.words) - verbs) >= 1


def _acts(m: Mention, moves: bool = False) -> set[str]:
    """The stems of a mention's main verbs that name an act: not a verb of being or having, nor (unless ``moves``) one
    that tells a price's move ("opened", "closed", "fell")."""
    return {v for v in m.predicate.verbs if len(v) >= 3 and v not in _NOT_ACTS and (moves or v not in _MOVES)}


def plan_dated_closer(vaguer: Mention, precise: Mention) -> bool:
    """Whether ``precise`` gives the day (or a closer date) of the act ``vaguer`` announces at a vaguer date: "Obama
    will deliver a speech to the Muslim world in Egypt next month" ... "the speech would be delivered in Egypt on June
    4". Both in their main clauses tell a plan or forecast with the same main verb and a word of the same object (a
    passive's subject counted); an act planned again ("a second speech") is another."""
    if vaguer.sentence == precise.sentence or not contains(vaguer.when, precise.when):
        return False
    if not (vaguer.main and precise.main and vaguer.predicate.planned and precise.predicate.planned):
        return False
    if vaguer.predicate.again or precise.predicate.again:
        return False
    verbs = _acts(vaguer, moves=True) & _acts(precise, moves=True)  # a plan: "will open a terminal", not a price
    return bool(verbs) and bool(vaguer.predicate.objects & precise.predicate.objects)


#: A title telling a leak's beginning: "The leak begins", "The oil spill started", "BP's gusher begins"; not another
#: act the spill begins ("The spill starts washing ashore", "the slick began to reach the coast").
_LEAK_BEGINS = re.compile(r"(?:The|An?|Its|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:leak|spill|gusher|flow)\s+"
                          r"(?:begins|began|starts|started)\b(?!\s+(?:to|[a-z]+ing)\b)")


def leak_began_with_explosion(leak: Mention, blast: Mention) -> bool:
    """Whether ``leak`` tells the beginning of the leak that ``blast``'s explosion opened: "the leak began two weeks
    ago" and "a rig exploded last month", one date holding the other and both vaguer than a day (see the module's
    docstring); a second explosion ("another blast") is another happening."""
    if _LEAK_BEGINS.match(leak.title) is None or EXPLOSION not in blast.near or blast.predicate.again:
        return False
    if max(leak.when.precision.rank, blast.when.precision.rank) >= Precision.DAY.rank:
        return False
    return contains(leak.when, blast.when) or contains(blast.when, leak.when)
