"""A body's saying told by its spokesman, not by a name (issue 16: recall).

A report gives a body's answer to the day's news through whoever spoke for it, often unnamed:

    A spokeswoman for the Health Protection Agency said the school outbreaks had driven the rise.
    A BP spokesman said the company had no knowledge of the lawsuits.
    Transocean officials confirmed that the rig's crew had been evacuated.

A public body may also speak named only by its kind after the name of its country, its place or its head ("The
Estonian health ministry confirmed a second case", "The US coastguard warned ships to keep clear", "The Obama
administration said ..."): the name before the noun says which body it is as a capitalised name would, though the name
index may not hold a country's adjective (:data:`KIND_NOUNS`). A body called by its noun alone ("The company said ...")
is one the story named before, its saying told on.

The speaker is the body (:func:`described_speaker`): its name, a capitalised one, is what :mod:`.day_sayings` keeps
the saying by. That the body was named before does not make the saying one told already (a report names the company
it is about all down its length): only a saying of the body's told before does (:func:`spoke_before`).
"""

from __future__ import annotations

import re

from timeline.extract.institution_names import INSTITUTION_NOUNS
from timeline.extract.saying_words import SAID_SAYS, alternation, spoken

#: A public body named by its kind after the name of its country, place or head ("the Estonian health ministry",
#: "the US coastguard", "the Obama administration"): the name says which body, as a capitalised name does, and it speaks
#: for itself. (Not "the U.N. agency", "the U.S. regulator": wire copy calls an agency or a regulator it named before
#: so, by its place, an epithet for a speaker told already.)
KIND_NOUNS = INSTITUTION_NOUNS | {"government", "ministry", "department", "coastguard", "administration", "embassy",
                                  "navy", "army", "military", "police"}
#: Who speaks for a body: "spokesman", "spokeswoman", "officials", "a statement from".
_VOICE = r"(?:spokes(?:man|woman|person)|officials?|representatives?|executives?)"
_BODY = r"(?:the\s+)?(?P<body>[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|on|the)\s+[A-Z][\w.'’&-]*|\s+[A-Z][\w.'’&-]*){0,5})"
_VERB = r"(?:" + alternation(spoken("say", "tell", "confirm", "announce", "deny", "warn", "insist", "acknowledge", "admit",
                                  present=False)) + r")\b"
#: "A BP spokesman said", "The Interior Department spokeswoman said", "BP officials said"; "A spokesman for the Health
#: Protection Agency said", "A spokesman at BP's headquarters in London said" (the body, not where it sits).
_OPENER = r"(?:(?:But|And|However|Meanwhile),?\s+)?"
_DESCRIBED = (
    re.compile(_OPENER + r"(?:(?:An?|The)\s+)?" + _BODY + r"(?:['’]s)?\s+" + _VOICE
               + r"(?:\s+[A-Z][\w.'’-]*){0,3}(?:,[^,;“”\"]{2,80},)?\s+" + _VERB),
    re.compile(_OPENER + r"(?:An?|The)\s+" + _VOICE + r"\s+(?:for|at|from)\s+" + _BODY
               + r"(?:['’]s)?(?:\s+[a-z]+){0,2}(?:\s+in\s+[A-Z][\w'’-]*)?(?:,[^,;“”\"]{2,80},)?\s+" + _VERB),
    re.compile(_OPENER + r"(?:In\s+[A-Z][\w'’-]*,\s+)?(?:the|The)\s+(?P<body>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}"
               r"(?:\s+(?!(?:and|or|of|to|in|on|for|has|have|had|was|were|is|are)\b)[a-z-]+){0,2}\s+(?:"
               + "|".join(sorted(KIND_NOUNS)) + r"))(?:,[^,;“”\"]{2,80},)?\s+" + _VERB))


def described_speaker(sentence: str) -> str:
    """The body whose spokesman or officials open ``sentence`` with a saying ("A BP spokesman said ..." -> "BP"), or
    ""; not a quotation's introduction, nor a credit with no words of its own."""
    m = next((m for pattern in _DESCRIBED if (m := pattern.match(sentence.lstrip()))), None)
    if m is None:
        return ""
    said = sentence.lstrip()[m.end():]
    if re.match(r"\s*[:,]?\s*[“\"]", said) or len(said.split()) < 4:
        return ""
    return m.group("body")


def spoke_before(body: str, text: str) -> bool:
    """Whether ``body`` said something in ``text`` already: its name by a saying verb, or its spokesman's."""
    name = re.escape(body.split()[-1])
    said = alternation(SAID_SAYS, ("told", "confirmed", "announced", "denied", "added", "insisted"))
    return re.search(rf"\b{name}\b(?:['’]s)?(?:\s+[\w.'’-]+){{0,4}}?\s+(?:{said})\b"
                     rf"|\b(?:{alternation(SAID_SAYS, ('told',))}|according\s+to)\s+(?:a\s+|the\s+)?{name}\b", text) is not None
