"""A quotation of the story's day credited at its end to a speaker the story has not quoted yet (issue 16: recall).

News gives a party's answer to the day's happening as often in its own words, credited last, as in reported speech:

    “We share the president's goal of shutting off the well,” a BP spokeswoman said.
    “Everything is under control,” Prime Minister Jane Roe told reporters.
    “We know exactly where to put it,” said John Doe, the company's vice president for operations.

:mod:`.day_sayings` leaves a quotation's credit out (:func:`.day_sayings.trailing_speaker`): most quotations go on with
a statement the story told already. One whose speaker the story names here for the first time is the speaker's
saying of the day, which the gold dates by the day as it dates "BP said ...". The speaker must be a party of the story
whose words are news: an office held ("Prime Minister", "a BP spokeswoman", "the company's vice president") or a
body; a person with no office told is as often a bystander quoted for colour, and who comments on the news (an
analyst, a professor) makes none of it (:func:`.saying_news.comments_on_news`).

:func:`closing_credit` reads the credit; :mod:`.day_sayings` judges where the sentence stands and whether the speaker
spoke before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.saying_words import alternation, spoken

__all__ = ["QUOTED_AFTER_LEAD", "VOICE", "ClosingCredit", "closing_credit"]

#: The sentences right after the lead that tell its own news in more words: a quotation there backs the lead ("Obama is
#: losing patience ... “Obviously he's frustrated,” his adviser told Fox News") and is no saying of its own.
QUOTED_AFTER_LEAD = 2

#: Who speaks for a body in a credit: "a BP spokeswoman", "company officials".
VOICE = re.compile(r"\bspokes(?:man|woman|person)\b|\bofficials?\b")

#: The saying verbs a quotation's credit uses.
_VERB = alternation(spoken("say", "tell", "add", present=False))
#: Whom words were told to: "reporters", "The Associated Press", "CNN", "a news conference".
_HEARER = r"(?:reporters|journalists|(?:the\s+|a\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})"
#: Where the words were said: "in a statement", "at a news conference in Houston", "on Fox News Sunday".
_WHERE = r"(?:\s+(?:in|at|on|during)\s+[^,.;“”\"]{2,60})?"
#: What the credit may go on with: the question put, what the words were about ("when asked about the diagnosis",
#: "about the spill").
_TAIL = r"(?:,?\s+(?:when|about|after|as|before|while)\b[^“”\"]{0,100})?"
#: The speaker: capitalised words, perhaps after an article and a lower-case office ("a BP spokeswoman", "Prime
#: Minister Jane Roe", "BP spokesman John Doe"), then an apposition set off by a comma.
_WHO = (r"(?P<who>(?P<name>(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w.'’&-]*\s+){0,5}(?:[a-z][\w-]*\s+){0,2}"
        r"(?:[A-Z][\w.'’&-]*\s+){0,3}(?:[A-Z][\w.'’&-]*|spokes(?:man|woman|person)|officials?))"
        r"(?P<apposition>,\s+[^,;“”\"]{2,100}?,?)?)")
#: The credit after the quotation's closing mark: "..., a BP spokeswoman said.", "..., said John Doe, the firm's head.",
#: "..., Jane Roe told reporters in Manila."
_CREDIT = re.compile(r"[,!?]\s*[”\"]\s+(?:" + _WHO + r"\s+(?:also\s+)?(?:" + _VERB + r")(?:\s+" + _HEARER + r")?"
                     + _WHERE + _TAIL + r"|(?:said|added)\s+" + _WHO.replace("?P<", "?P<f") + r")\s*\.\s*$")


#: How a quotation opens when it tells no saying of the day's: on a condition or a frame ("If it gets landward, it could
#: be a disaster", "When a response of this size ...", "Generally speaking, ..."; a hypothetical, or words leaning on what
#: the story told around them), on the speaker's own state ("I'm worried about every part", "I am sure that ...").
_LEANING = re.compile(r"(?:If|When|While|Whereas|Although|Though|As|After|Before|Since|Until|Once|Because|Under|In|"
                      r"Generally|And|But|So|I['’]m|I\s+am)\b")
#: The opening quotation mark a quotation of its own starts the sentence with (not a sentence inside a longer quotation,
#: a speech's further sentence).
_OPENING_MARK = re.compile(r"\s*[“\"‘`]")


@dataclass(frozen=True, slots=True)
class ClosingCredit:
    """The speaker credited at the end of a quotation: the name and where it stands in the sentence, and the name with
    its apposition (for telling an office, a commentator or a bystander)."""

    name: str
    start: int
    end: int
    who: str


def closing_credit(sentence: str) -> ClosingCredit | None:
    """The speaker credited at the end of the quotation ``sentence`` ('“...,” a BP spokeswoman said.'), or None when
    the sentence does not end so, does not open the quotation, or opens it with words no headline can stand on."""
    m = _CREDIT.search(sentence)
    opening = _OPENING_MARK.match(sentence)
    if m is None or opening is None or _LEANING.match(sentence, opening.end()):
        return None  # no credit last; a further sentence of a longer quotation; words leaning on the story around them
    group = "name" if m.group("name") else "fname"
    who = m.group("who") if group == "name" else m.group("fwho")
    return ClosingCredit(m.group(group), m.start(group), m.end(group), who)
