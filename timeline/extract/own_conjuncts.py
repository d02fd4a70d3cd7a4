"""Coordinated predicates, each with its own date: each date titles its own verb.

"The ferry caught fire on March 3 and capsized two days later" tells two happenings: March 3's is "The ferry
catches fire", March 5's "The ferry capsizes". The title of each leaves out the other verb with its date, as a
date of its own leaves out the clause it does not belong to. So do two plans ("He will hand over as chief executive in
October but will remain on the board until 30 November") and two steps of one plan ("called for finishing the tunnel
by the end of July and sealing the well by early August"): each date is its own verb's, and a title holding both
verbs tells the other's under the wrong date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from timeline.english_auxiliaries import MODAL_VERBS, auxiliaries
from timeline.english_verbs import ING_NOT_VERBS, IRREGULAR_PAST_PATTERN
from timeline.extract.second_predicates import second_predicate_dates
from timeline.extract.sentences import Sentence
from timeline.extract.with_clauses import with_clause_dates

_PAST = r"(?:[a-z]{2,}ed|" + IRREGULAR_PAST_PATTERN + r")"
#: Between the first date and the second: "and" (or "but": "disappeared over the summer, but roared back in August")
#: and the second verb in the past, no comma or clause mark after it
#: ("... on March 3 and capsized two days later"); the second date then closes the second predicate.
_SECOND_PREDICATE = re.compile(r"(?P<and>\s*,?\s+(?:and|but)\s+)(?:then\s+|later\s+|finally\s+)?" + _PAST + r"\b[^,;:.!?“”\"()]*$")
#: The first predicate's verb: the last past verb before the first date, no comma or conjunction between.
#: ("hit", "cut", "set": a past the same as the present, which a date after it shows is past)
_FIRST_VERB = re.compile(r"\b(?:" + _PAST + r"|hit|cut|set|shut|put|spread|hurt|quit)\b(?:(?!\b(?:and|but|or|that|which|who)\b)[^,;:.!?“”\"()])*$")
_MODAL = r"(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")\s+(?:not\s+)?[a-z]+"
#: Words in "-ing" that are no verb of a step: "during", "morning", "including".
_NOT_STEPS = r"(?!(?:" + "|".join(sorted(ING_NOT_VERBS)) + r")\b)"
#: Two plans ("will hand over in October but will remain until 30 November") or two steps ("finishing the tunnel by
#: July and sealing the well by August"), as the second predicate and the first predicate's verb.
_PLANS = (re.compile(r"(?P<and>\s*,?\s+(?:and|but)\s+)(?:then\s+|later\s+)?" + _MODAL + r"\b[^,;:.!?“”\"()]*$"),
          re.compile(r"\b" + _MODAL + r"\b(?:(?!\b(?:and|but|or|that|which|who|will|would)\b)[^,;:.!?“”\"()])*$"))
_STEPS = (re.compile(r"(?P<and>\s*,?\s+and\s+)(?:then\s+)?" + _NOT_STEPS + r"[a-z]{3,}ing\b[^,;:.!?“”\"()]*$"),
          re.compile(r"\b" + _NOT_STEPS + r"[a-z]{3,}ing\b(?:(?!\b(?:and|but|or|that|which|who)\b)[^,;:.!?“”\"()])*$"))

#: The rest of a predicate after its date, up to a mark that closes the clause.
_PREDICATE_REST = re.compile(r"[^,;:!?“”\"()]*?(?=[,;:!?“”\"()]|\.(?:\s|$)|$)")

A = TypeVar("A")


def own_conjuncts(text: str, anchors: Sequence[A], sentence: Sentence | None = None) -> list[A]:
    """``anchors`` with each of two coordinated predicates' dates cutting the other predicate from its title (and,
    given the sentence, a lone date opening the second predicate cutting the first, :mod:`.second_predicates`, and a
    date inside a closing "with" clause dating that clause, :mod:`.with_clauses`)."""
    out: list[Any] = list(anchors)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        first_end = max(e for _, e in first.parts)
        second_start = min(b for b, _ in second.parts)
        if second_start <= first_end or (first.embedded is None and second.embedded is not None):
            continue
        verb = None
        for second_predicate, first_verb in ((_SECOND_PREDICATE, _FIRST_VERB), _PLANS, _STEPS):
            joint = second_predicate.match(text, first_end, second_start)
            if joint is not None and joint.end() == second_start:
                verb = first_verb.search(text, max(0, first.timex.start - 80), first.timex.start)
                break
        # A step's title keeps the first step: "calls for [finishing ... and] plugging" would lose its "for" with the
        # cut, which the title takes for the date's preposition.
        steps = second_predicate is _STEPS[0]
        if joint is None or joint.end() != second_start:
            continue
        if first.embedded is not None and second.embedded is None:
            if first.embedded.kind == "happening":
                continue
            # "since the rig exploded on 20 April and sank two days later": the second verb is the clause's too, however
            # far its date lies from the clause's conjunction
            second = replace(second, embedded=replace(first.embedded, end=max(first.embedded.end, max(e for _, e in second.parts))))
        if verb is None:
            continue  # "a fire on March 3 and the sinking two days later": no two predicates
        # The second predicate runs on to the clause's end: "and died in 1870 when he fell", "and sank, ..."
        rest = _PREDICATE_REST.match(text, max(e for _, e in second.parts))
        out[i] = replace(first, parts=[*first.parts, (joint.start("and"), rest.end() if rest else max(e for _, e in second.parts))])
        if not steps:
            out[i + 1] = replace(second, parts=[*second.parts, (verb.start(), joint.end("and"))])
    if sentence is None:
        return out
    return with_clause_dates(text, sentence, second_predicate_dates(text, sentence.start, out))
