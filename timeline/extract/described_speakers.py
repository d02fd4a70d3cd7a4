"""A body's saying told by its spokesman, not by a name (issue 16: recall).

A report gives a body's answer to the day's news through whoever spoke for it, often unnamed:

    A spokeswoman for the Health Protection Agency said the school outbreaks had driven the rise.
    A BP spokesman said the company had no knowledge of the lawsuits.
    Transocean officials confirmed that the rig's crew had been evacuated.

The speaker is the body (:func:`described_speaker`): its name, a capitalised one, is what :mod:`.day_sayings` keeps
the saying by. That the body was named before does not make the saying one told already (a report names the company
it is about all down its length): only a saying of the body's told before does (:func:`spoke_before`).
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import SAID_SAYS, alternation, spoken

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
               + r"(?:['’]s)?(?:\s+[a-z]+){0,2}(?:\s+in\s+[A-Z][\w'’-]*)?(?:,[^,;“”\"]{2,80},)?\s+" + _VERB))


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
