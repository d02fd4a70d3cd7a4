"""A thing named with only the clause that dates what was done to it: "The cap, installed on Monday", "the valve,
which was shut on Tuesday", "oil, which had been capped last Thursday".

News names a thing by the act done to it, in a participle or a relative clause hung on the noun, and tells that act
again in a main clause elsewhere: "The cap, installed on Monday, is holding" ... "The cap was lowered on to the well on
Monday". Such a mention's quote is the noun phrase and its clause, nothing more; its one word of what was acted on is
the thing's head noun, which a story about that thing repeats so often that the merger's likeness tests drop it as the
story's own topic. When the two tellings' verbs are of one act family (:mod:`.act_families`) at one day, the head
noun named again in the other's headline is what both acts were done to (:func:`thing_named`).

Only a bare noun phrase and its clause count: a noun phrase the sentence goes on to say more of ("The cap, installed
on Monday, failed a test on Tuesday") has another date or another act, and a clause of its own, told apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.english_auxiliaries import HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline.extract.merge import Mention

__all__ = ["thing_named", "thing_of", "told_in_full"]

#: A noun phrase (a determiner, up to three modifiers and its head) and the participle or relative clause after it,
#: then its verb: "The cap, installed", "the valve, which was shut", "oil, which had been capped", "the leak that began".
_THING_CLAUSE = re.compile(
    r"[“\"‘']?(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"(?P<head>[a-z][a-z-]{2,})(?:,\s+(?:(?:which|that)\s+)?|\s+(?:which|that)\s+)"
    r"(?:(?:" + auxiliaries(HAVE_FORMS) + r")\s+been\s+|(?:was|were)\s+)?(?:(?:first|also|just|finally)\s+)?(?P<verb>[a-z]+)\b")
#: Heads that are no thing acted on: pronouns, times, amounts.
_NOT_THINGS = frozenset(["one", "ones", "day", "days", "week", "weeks", "month", "year", "time", "morning", "afternoon",
                         "evening", "night", "total", "figure", "number", "amount", "price", "level"])
#: How many words a quote of only a noun phrase and its dating clause holds at most: "the drilling platform's blowout
#: preventer, which was shut at 5 p.m. on Tuesday".
_MOST_WORDS = 12


def thing_of(m: Mention, text: str) -> str:
    """The head noun of the thing a mention's quote only names with the clause that dates the act done to it ("cap" in
    "The cap, installed on Monday"), or "" when the quote says more (see the module's docstring)."""
    if m.main or m.lead or m.date[1] <= 0:
        return ""
    quote = text[m.start:m.end]
    found = _THING_CLAUSE.match(quote)
    if found is None or found.group("head") in _NOT_THINGS or m.start + found.end() > m.date[0]:
        return ""
    verb = found.group("verb")
    if not ((verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PAST_WORDS or verb in IRREGULAR_PARTICIPLES):
        return ""  # a past act done to the thing: "installed", "began", "shut"
    if len(quote.split()) > _MOST_WORDS or text[m.date[1]:m.end].strip(" .,;:”\"’'"):
        return ""  # the sentence goes on past the date: more than the thing's own clause
    return found.group("head")


def thing_named(a: Mention, b: Mention, text: str) -> bool:
    """Whether one of two mentions only names a thing by its dating clause and the other's headline names that thing
    (its head noun as a whole word): what both acts were done to."""
    for thing, other in ((thing_of(a, text), b), (thing_of(b, text), a)):
        if thing and re.search(r"(?i)(?<![\w'’-])" + re.escape(thing) + r"(?![\w'’-])", other.title):
            return True
    return False


def told_in_full(group: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions of one event that may title it: a mention only naming a thing by its dating clause gives way to a
    clause of another sentence ("The cap, installed on Monday" to "The cap was lowered on to the well on Monday"), which
    tells the act in full; within one sentence the clause is the date's own ("The rules, set out on Wednesday, are
    harsher than expected": the setting out is what happened that day)."""
    things = [m for m in group if thing_of(m, text)]
    told = [m for m in group if m not in things]
    # (a bare noun phrase, "the April 20 blowout of the well", tells no act: "The blowout that sank the rig" titles)
    if not things or not any(o.sentence != m.sentence and o.predicate.verbs for m in things for o in told):
        return list(group)
    return told
