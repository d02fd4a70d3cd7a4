"""Acts only an organisation or a person does, never a thing: what tells an "It" opening a title for an organisation.

"It" opens a title as often for a thing ("It sank", "It has started to touch the shores") as for an organisation, and
no counting of names tells the two apart. Its verb can: a rig or a slick never says, announces, reports or writes to
anyone, never raises its alert level, merges or hires. "It" is never a person, so an "It" doing such an act is an
organisation's (:mod:`.sole_antecedents` names it when the story leaves only one to take it for).
"""

from __future__ import annotations

import re

from timeline.english_verbs import verb_forms
from timeline.extract.saying_words import alternation, spoken

__all__ = ["BODY_ACT_IT", "body_act_in"]


#: Saying verbs a statement, a website or a report is told with as well ("it said on its website"), and acts of an
#: organisation's will: merging, hiring, suing, expecting, planning, agreeing, raising its own alert or forecast.
_ACTS = alternation(
    spoken("say", "tell", "announce", "report", "confirm", "warn", "write", "declare", "deny", "insist", "state",
           "estimate", "predict"),
    {form for forms in map(verb_forms, ("email", "urge", "apologise", "apologize", "expect", "plan", "agree", "hire",
                                        "sue", "merge", "acquire", "raise")) for form in (forms.present, forms.past)})
#: A title opened by "It" and such an act: "It says ...", "It: “...”" (its words), "It raises its pandemic alert" (an extraposed "It says a lot
#: that" is rare in a title; "It expects to build", "It is expected" differ by the passive).
BODY_ACT_IT = re.compile(r"It(?::\s*(?=[“\"])|\s+(?:also\s+|then\s+|now\s+)?(?:" + _ACTS + r")\b(?!\s+(?:that|to\s+be)\b))")


def body_act_in(quote: str) -> re.Match[str] | None:
    """The "it" of ``quote`` that does an organisation's act ("... on April 29 it raised its pandemic alert"), or None."""
    return re.search(r"\b(?i:it)\s+(?:also\s+|then\s+|now\s+|has\s+|had\s+|will\s+|would\s+)?(?:" + _ACTS + r")\b", quote)
