"""One act told twice on one day in other words: verbs of one family done to one thing (issue 16).

News tells an act in its lead and again further down with its hour or its manner, often with another verb of the
same act: "The Coast Guard and BP set fire to a portion of the crude oil on Wednesday" ... "the company corralled the
thickest areas of the oil slick inside booms, lighted it late in the afternoon and burned it"; "The attorney general is
suing the company" ... "Attorney General Kim filed two lawsuits in federal court late Thursday afternoon"; "The valves
on the cap were shut late yesterday" ... "It took about two hours yesterday to close off all the valves". The words
of the two tellings share little beyond the thing acted on, and their verbs differ, so the likeness tests of
:mod:`.merge` miss them. :data:`ACT_FAMILIES` is the one table of verbs (and their nouns) that tell one kind of act.

Two mentions tell one act (:func:`one_act_in_other_words`) when

- both are dated to one day (and to one moment of it when both give one: :func:`.predicates.one_day`), in two
  sentences, and neither date is a saying's ("..., officials said on Thursday" dates the saying, not the act);
- both titles (which state the act their date dates) tell an act of one family;
- neither tells the act done again ("a second lawsuit", "another burn") or beside another ("Also on Tuesday",
  "Meanwhile"), nor one a plan and the other a past act (a hope and its failure are two);
- their actors are not named apart (two companies suing are two suits);
- and they share what the act is done to: two content words besides the family's own and the actors' names, or,
  when one of them only names a thing by the clause dating the act ("The cap, installed on Monday"), that thing's
  noun in the other's headline (:mod:`.thing_clauses`). One actor is no evidence: an agency that sues, shuts or
  launches on one day often does it to two things.

One actor's two acts of one family on one day ("The police arrested two men on Monday" ... "The police arrested a
woman on Monday") share the actor and the family but not what is acted on, and stay two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.extract.once import join_as_one
from timeline.extract.predicates import one_day, plan_beside_act
from timeline.extract.thing_clauses import thing_named
from timeline.extract.told_twice import _again_told, _named_apart
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["ACT_FAMILIES", "acts_in_other_words", "one_act_in_other_words"]

#: Verbs that tell one kind of act, each family one pattern of whole words. Only acts done to a thing and told in
#: several words by news: not sayings (:mod:`.saying_words`), nor a price's moves (:mod:`.market_moves`). Nouns are
#: left out ("named in the lawsuit", "a capping stack" tell no suing or capping), and so is a verb of beginning before
#: the act it begins ("starts shutting the valves" tells the shutting).
ACT_FAMILIES: dict[str, str] = {
    "burn": r"set(?:s|ting)?\s+(?:\w+\s+){0,3}?(?:on\s+)?fire|set(?:s|ting)?\s+(?:\w+\s+){0,3}?ablaze|"
            r"ignit(?:e|ed|es|ing)|lit|light(?:s|ed|ing)?|burn(?:ed|t|ing|s)?",
    "sue": r"sue[ds]?|suing|(?:filed?|files|filing)\s+(?:a\s+|the\s+|two\s+|three\s+)?(?:civil\s+)?(?:law)?suits?",
    "shut": r"shut(?:s|ting)?(?:\s+(?:off|in|down))?|clos(?:e|ed|es|ing)\s+(?:off|down|in)|seal(?:ed|s|ing)|"
            r"plug(?:ged|s|ging)?|capped|choke[ds]?|cut\s+off|(?:stopp?|halt)(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?"
            r"(?:the\s+)?(?:flow|leak|oil|gush\w*)",
    "start": r"(?:launch(?:ed|es|ing)?|start(?:ed|s|ing)?|beg(?:an|un|in|ins|inning)|kick(?:ed|s|ing)?\s+off|"
             r"commenc(?:e|ed|es|ing))(?!\s+(?:to\b|[a-z]+ing\b))",
    "post": r"post(?:ed|s|ing)|publish(?:ed|es|ing)?|unveil(?:ed|s|ing)?|put\s+out|releas(?:e|ed|es|ing)",
    "install": r"install(?:ed|s|ing)?|reinstall(?:ed|s|ing)?|lower(?:ed|s|ing)|plac(?:e|ed|es|ing)\s+(?:\w+\s+){0,4}?"
               r"(?:over|on|atop)|position(?:ed|s|ing)|seat(?:ed|s|ing)|refit(?:s|ted|ting)?",
    "evacuate": r"evacuat(?:e|ed|es|ing|ion)|mov(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}?out|pull(?:ed|s|ing)?\s+out|"
                r"withdr(?:ew|aw|awn|awing|aws)",
    "resign": r"resign(?:ed|s|ing|ation)?|quit(?:s|ting)?|st(?:ep|eps|epped|epping)\s+down|retir(?:e|ed|es|ing|ement)",
    "arrest": r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|into\s+custody",
}
_FAMILIES = {name: re.compile(r"(?i)(?<![\w'’-])(?:" + pattern + r")(?![\w'’-])") for name, pattern in ACT_FAMILIES.items()}
#: The content words of a family's own verbs, cut as ``Mention.words`` are: not what the act is done to.
_OWN_WORDS = re.compile(r"[a-z][a-z'-]+")
#: "Also on Tuesday, ...", "Meanwhile, ...": another happening beside the one told.
_BESIDE = re.compile(r"(?i)\b(?:also|meanwhile|separately|in\s+addition)\b")
#: Where a title's main clause ends: a comma, or a subordinating word ("as footage showed ...", "after ...").
_CLAUSE_END = re.compile(r",|\s(?:as|after|before|when|while|because|since|which|who|that|but|where|until)\s")
#: How many words of what is acted on two tellings share.
_OBJECT_WORDS = 2


@dataclass(frozen=True, slots=True)
class _ActsTold:
    """The families of the acts a text tells, and the words (cut to five letters) those acts are told by."""

    families: set[str]
    words: frozenset[str]


def _families(told: str) -> _ActsTold:
    """The families of the acts ``told`` tells, and the words (cut to five letters) those acts are told by."""
    names, own = set(), set()
    for name, pattern in _FAMILIES.items():
        for found in pattern.finditer(told):
            names.add(name)
            own.update(w[:5] for w in _OWN_WORDS.findall(found.group(0).lower()))
    return _ActsTold(names, frozenset(own))


def _main_clause(title: str) -> str:
    return _CLAUSE_END.split(title, maxsplit=1)[0]


def _actor_words(m: Mention) -> frozenset[str]:
    return frozenset(w.lower()[:5] for w in (m.actor or "").split())


def one_act_in_other_words(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``a`` and ``b`` tell one act in two verbs of one family (see the module's docstring)."""
    if a.sentence == b.sentence or not one_day(a, b) or a.told or b.told:
        return False
    if "beside" in (a.continued, b.continued) or a.predicate.again or b.predicate.again or _again_told(a, b, text):
        return False
    if _BESIDE.search(text, a.start, a.end) or _BESIDE.search(text, b.start, b.end):
        return False
    if plan_beside_act(a, b) or _named_apart(a, b):
        return False
    # The act the date dates is the one the title's main clause states: a family's verb elsewhere in the sentence may
    # be another act's ("Allen hailed progress on Monday evening as footage showed the cap being placed").
    if not _families(_main_clause(a.title)).families & _families(_main_clause(b.title)).families:
        return False
    own_a, own_b = _families(text[a.start:a.end]).words, _families(text[b.start:b.end]).words
    objects = (a.words & b.words) - own_a - own_b - _actor_words(a) - _actor_words(b)
    # (a thing named only by the clause dating the act done to it shares its head noun alone: :mod:`.thing_clauses`)
    return len(objects) >= _OBJECT_WORDS or thing_named(a, b, text)


def acts_in_other_words(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions that tell one act of one day in verbs of one family. Only
    mentions of one day whose titles tell an act of one family are compared, so a page of many dates stays fast."""
    by_family: dict[tuple[str, str], list[Mention]] = {}
    for m in found:
        if m.when.precision.rank < Precision.DAY.rank or m.told or m.predicate.again or m.continued == "beside":
            continue
        for family in _families(_main_clause(m.title)).families:
            by_family.setdefault((m.key[:10], family), []).append(m)
    for told in by_family.values():
        for i, a in enumerate(told):
            for b in told[i + 1:]:
                if not (a.one_of and b.one_of and a.one_of != b.one_of) and one_act_in_other_words(a, b, text):
                    join_as_one(a, b, "act")
    return found
