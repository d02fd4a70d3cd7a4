"""One act of one day told by its verb and named again by its noun.

News tells a scheduled or done act by a clause ("BP's board meets on Monday to decide on the dividend") and
names it again further down by its noun, most often in someone's words ("There's a board meeting on Monday,"
he said), or the other way round ("Obama was due to phone Cameron at 4pm" ... "the call at 4pm"). One day, the
act's verb in one mention and its noun, with a determiner, by the other's date, and something else the two
tell in common (a content word, or the names of both parties) make one happening. A second act of the kind
("another meeting", "a second call", "also") is news of its own, as is a noun far from the date ("said on
Monday ahead of a meeting"): the date must be the noun's.

A definite noun dated beside it ("The March 3 ruling", "the vote on Tuesday", "Tuesday's decision") names an act
the reader already knows: when the article tells one act of that verb at that day, it is that act, however far down
and whatever else either sentence tells ("A judge ruled on March 3 that the permit was unlawful" ... a hundred lines
down, "The March 3 ruling found that the agency had ignored the flood risk").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.once import join_as_one
from timeline.extract.predicates import AGAIN, DETERMINERS, one_day, verb_stem

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["acts_named_by_noun", "join_act"]

#: Verbs whose act is named by another word's noun: one phones, and the two hold a call.
_NOUN_OF = {"phon": "call", "teleph": "call"}
#: Verbs whose noun is spelt apart from the verb's own stem (:func:`.predicates.verb_stem`), as the stems of both:
#: "tar balls were found Monday" ... "Monday's discovery"; "sued on Wednesday" ... "the suit filed Wednesday".
_NOUNS_APART = {"find": "discov", "sued": "suit", "sue": "suit", "sell": "sal", "fly": "flight", "speak": "speech",
                "testif": "testim", "arriv": "arriva", "decid": "decisi", "collid": "collis", "elect": "electi",
                "agr": "agreem", "fail": "failur"}
#: Verbs too common to say which act a noun names ("has", "is", "made", "said": many things are), and verbs of an
#: act's course, whose "-ing" form is no noun ("will begin moving" ... "move out of harm's way beginning tonight").
EMPTY = frozenset(verb_stem(w) for w in ("be", "have", "do", "make", "take", "get", "go", "come", "say", "tell", "put",
                                           "set", "give", "keep", "let", "see", "begin", "start", "continue", "stop",
                                           "try", "plan", "expect", "hope", "want", "need", "seem", "appear"))
#: How many characters either side of a date its noun may stand: "a board meeting on Monday", "the call at 4pm".
_NEAR = 30
#: How many sentences apart the verb and the noun are told: the lead and a quote a few paragraphs down.
_SPAN = 8
#: How many names two mentions share to tell one act between the same parties, with no other word in common.
_PARTIES = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*(?:['’]s)?")
#: Determiners that pick up something already told: "the ruling", "that vote" (not "a meeting"; and "Byrne's call"
#: may be another call than the one told, with other people).
_DEFINITE = frozenset(["the", "this", "that"])


def _nouns_by_date(m: Mention, text: str, definite: bool = False) -> frozenset[str]:
    """The stems of the nouns standing by a mention's date with a determiner or possessive before them (at most
    one word between: "a board meeting", "Monday's call"; with ``definite``, only a determiner that picks up a thing
    told before, or the date's own possessive: "Tuesday's vote"); none after a word of another act ("another meeting"), and no participle ("the
    published logs" names no publishing)."""
    begin, end = m.date
    if end <= 0:
        return frozenset()
    words = _WORD.findall(text[max(m.start, begin - _NEAR):min(m.end, end + _NEAR)])
    found = set()
    for i, w in enumerate(words):
        before = [x.lower() for x in words[max(0, i - 2):i]]
        if not before or not (set(before) & DETERMINERS - {"of"} or any(x.endswith(("'s", "’s")) for x in before)):
            continue
        if set(before) & AGAIN or not w.islower() or w.endswith(("'s", "’s", "ed")) or len(w) < 4:
            continue
        found.add(verb_stem(w))
    return frozenset(found)


def _acts(m: Mention) -> frozenset[str]:
    """The stems of a main clause's verbs as their nouns give them (:func:`.predicates.verb_stem`: "meets" and
    "meeting" -> "meet"; "phone" -> "call"). The whole stem: "publishes" is not "the public"."""
    if "again" in m.words:  # "met again" (its object's "the latest tranche" does not make the meeting another)
        return frozenset()
    verbs = [v for v in m.predicate.verbs if v not in EMPTY and (len(v) >= 3 or v in _NOUNS_APART)]
    return frozenset(_NOUN_OF.get(v, v) for v in verbs) | frozenset(_NOUNS_APART[v] for v in verbs if v in _NOUNS_APART)


def _same_act(verb: Mention, noun: Mention, nouns: frozenset[str]) -> bool:
    acts = _acts(verb) & nouns
    if not acts or "also" in verb.stems | noun.stems:
        return False
    # Something besides the act in common: "board" in "the board meets" and "a board meeting", or both parties
    # (one name is not enough: "Obama met Hayward" and "Hayward's meeting with the families" are two meetings).
    words = {w for w in verb.words & noun.words if verb_stem(w) not in acts and w[:4] not in {a[:4] for a in acts}}
    return bool(words) or len(set(verb.tags) & set(noun.tags)) >= _PARTIES


#: "the March 3 ruling": a determiner right before the date, a noun right after it.
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|this)\s+$")
_NOUN_AFTER = re.compile(r"(?i)\s+(?P<noun>[a-z]{4,})\b")
#: "the vote on Tuesday": a determiner and a noun before the date.
_NOUN_BEFORE = re.compile(r"(?i)\b(?:the|this)\s+(?P<noun>[a-z]{4,})\s+(?:on|of|at)\s+$")
#: "Tuesday's decision".
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?P<noun>[a-z]{4,})\b")


def _dated_noun(m: Mention, text: str) -> frozenset[str]:
    """The stem of the noun a definite description dates by the mention's own date, right beside it: "The March 3
    ruling", "the vote on Tuesday", "Tuesday's decision" (not "the rig that sank on Thursday", nor "gained 3% on Monday
    after the reports": a noun near a date is not always the date's)."""
    begin, end = m.date
    if end <= 0:
        return frozenset()
    before, after = text[max(m.start, begin - _NEAR):begin], text[end:min(m.end, end + _NEAR)]
    found = [x.group("noun") for x in (
        _NOUN_AFTER.match(after) if _DETERMINER_BEFORE.search(before) else None,
        _NOUN_BEFORE.search(before) if not re.match(r"[\w-]", after) else None,
        _POSSESSIVE_NOUN.match(after)) if x is not None]
    return frozenset(verb_stem(w) for w in found if w.islower() and not w.endswith("ed") and w not in IRREGULAR_PAST_WORDS)


def _the_days_one_act(noun: Mention, found: list[Mention], nouns: frozenset[str]) -> Mention | None:
    """The one mention of another sentence telling, at ``noun``'s day, the act a definite noun by its date names (see
    the module's docstring), or None when the article tells none or several."""
    if not nouns or "also" in noun.stems:
        return None
    acts = [m for m in found if m.sentence != noun.sentence and one_day(m, noun) and _acts(m) & nouns]
    return acts[0] if len(acts) == 1 else None


def acts_named_by_noun(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions that tell one act of one day by its verb and by its noun (see the
    module's docstring); mentions another reading of the article already joined keep theirs."""
    nouns = [_nouns_by_date(m, text) for m in found]
    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            if a.sentence == b.sentence or abs(a.sentence - b.sentence) > _SPAN or not one_day(a, b):
                continue
            if not (_same_act(a, b, nouns[j]) or _same_act(b, a, nouns[i])):
                continue
            join_act(a, b)
    for noun in found:
        act = _the_days_one_act(noun, found, _dated_noun(noun, text))
        if act is not None:
            join_act(act, noun)
    return found


def join_act(a: Mention, b: Mention) -> None:
    """Join ``a`` and ``b`` as one act, unless either is joined already to another reading of the article."""
    if (a.one_of and b.one_of) or not {a.one_of[:4], b.one_of[:4]} <= {"", "act:"}:
        return  # one of them already joined to the story's explosion or a handover: that reading stands
    join_as_one(a, b, "act")
