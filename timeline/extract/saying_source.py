"""Who said a statement, and whether its date is the saying's (moved out of :mod:`.merge`, which merges
one named speaker's statements of one day: ``named_source``, ``dates_the_saying``).

A saying verb stands next to its speaker's name ("Feinberg told", "said Feinberg"); a date beside the verb, or
inside the quoted words, tells when the statement was made, not when what it reports happened.
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import alternation, spoken
from timeline.extract.title_words import SPEECH_VERBS
from timeline.honorifics import HONORIFICS, honorific_pattern

__all__ = ["dates_the_saying", "named_source"]


#: A saying verb next to its speaker's name: "Feinberg told", "said Feinberg", "confirmed by Feinberg", "Feinberg, the fund's
#: administrator, said", "according to Feinberg", "Sen. Jane Roe (R-Ohio) said" (a politician's party and state).
#: ("Mexico reported on Monday that output fell 6.7 percent in March": a figure's release is a saying too.)
_SAYS = r"(?:" + alternation(SPEECH_VERBS - {"according"}) + r"|continued|went on|reported|reports|disclosed)"
_NAME_SAYS = re.compile(
    r"(?:\s*\([A-Z][\w.-]{0,11}\))?(?:,[^,;“”\"]{1,80},)?(?:\s+(?:government|officials?|spokes(?:wo)?man|spokesperson|administration|ministry|"
    r"council|board|company|firm|agency|office|group|army|military|"
    r"department|authorities|police)){0,2}\s+(?:also\s+|later\s+|then\s+)?" + _SAYS + r"\b|"
    r"(?:\s+of\s+[A-Z][\w&.-]*)?:\s*[“\"]")  # a caption's "Doug Suttles of BP: “We have ...”"
#: A name set off by commas before its saying verb: "the chief medical officer, Sir Liam Roe, said today" (only after
#: a comma: "aid will go to Haiti, said the minister" names a place, then the speaker).
_APPOSED = re.compile(r",\s+(?:(?:" + honorific_pattern(HONORIFICS) + r")\.?\s+)?$")
_APPOSED_SAYS = re.compile(r",\s+(?:also\s+|later\s+|then\s+)?" + _SAYS + r"\b")
#: After the verb only a speaker's name: "told Fox News" names who heard it.
_SAYS_NAME = re.compile(r"\b(?:" + alternation(spoken("say", "add", "write"), {"continued"}) + r"|according\s+to)\s+(?:[\w-]+\s+){0,3}$")
#: A saying in the passive, its speaker the agent: "The death was confirmed on Wednesday by Dr Ann Roe". (Not "a report
#: commissioned by the ministry": only verbs of telling; not "the rules announced by Ina Vos on Tuesday", a participle
#: naming what she said before: only a finite passive.)
_SAID_BY = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?(?:confirmed|announced|disclosed|revealed|stated|reported|"
                      r"denied)(?:\s+[\w'’-]+){0,4}?\s+by\s+"
                      r"(?:(?:" + honorific_pattern(HONORIFICS) + r")\.?\s+)?$")


def named_source(text: str, start: int, end: int, names: list[tuple[int, int, str]]) -> str:
    """Who says the statement ``text[start:end]``: the name a saying verb stands next to, or "".

    ``names`` are the (start, end, canonical name) of the names in the span, in order. A name inside
    a quotation is what the speaker talks about, not who speaks.
    """
    for n_start, n_end, name in names:
        if not start <= n_start < n_end <= end:
            continue
        if _inside_quotation(text[start:n_start]):
            continue
        if _RELATIVE_BEFORE.search(text, start, n_start):
            continue  # ", which BP said was fail-safe, Stupak said": the relative clause's saying is not the sentence's
        if _NAME_SAYS.match(text, n_end, end) or _SAYS_NAME.search(text, start, n_start) \
                or _SAID_BY.search(text, max(start, n_start - 80), n_start):
            return name
        if _APPOSED.search(text, max(start, n_start - 12), n_start) and _APPOSED_SAYS.match(text, n_end, end):
            return name
    return ""


_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that|who|whom|what)\s+(?:the\s+)?$")


_BY_DATE = r"[ \t,]+(?:on[ \t]+|at[ \t]+|this[ \t]+|late[ \t]+|early[ \t]+|earlier[ \t]+)?$"
#: What may stand between a saying and its date: the listener after "told" ("told the meeting on Saturday"),
#: the occasion after "speaking" ("Speaking on US television on Wednesday"); after other saying verbs at most
#: a word ("said Tuesday", "said on Tuesday"), so "said the procedure would begin on Wednesday" dates the procedure.
_SAYING_BEFORE = re.compile(
    r"(?i)(?:\b(?:told|tells)(?:[ \t]+(?!that\b)[\w'’.-]+){0,3}?|\b(?:speaking|spoke)(?:[ \t]+[\w'’.-]+){0,4}?|"
    r"\b(?:interview|statement|briefing|conference|meeting|speech|remarks)(?:[ \t]+(?!that\b)[\w'’.-]+){0,2}?|"
    r"\b(?:" + _SAYS[3:-1] + r")(?:[ \t]+(?!that\b|the\b|a\b|it\b)[\w'’.-]+)?)" + _BY_DATE)
_SAYING_AFTER = re.compile(r"(?:[ \t]+(?:also|again|then))?[ \t,]+" + _SAYS + r"\b")


def dates_the_saying(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` says when a statement was made, not when what it reports
    happened: it stands by the saying verb ("Wells said Tuesday", "told the meeting on Saturday", "on
    Wednesday said", "Speaking on US television on Wednesday") or in the quoted words ("I learned today").
    "... and by Tuesday morning was siphoning 12,000 barrels a day, Wells said" dates the siphoning."""
    before = text[sentence_start:start]
    if _inside_quotation(before) or (not re.search(r"[“”\"]", before) and _closes_quotation(text[end:end + 400])):
        return True
    return bool(_SAYING_BEFORE.search(text, max(sentence_start, start - 60), start)
                or _SAYING_AFTER.match(text, end, end + 30))


def _closes_quotation(after: str) -> bool:
    """Whether the first quotation mark after a date closes a quotation opened before its sentence
    (a quote that runs over several sentences: ‘I learned today the depth of anger," Vance said’)."""
    m = re.search(r"[“”\"]", after)
    if m is None:
        return False
    return m.group() == "”" or (m.group() == '"' and m.start() > 0 and not after[m.start() - 1].isspace())


def _inside_quotation(before: str) -> bool:
    """Whether the last quotation mark before a name opens a quotation (a straight mark opens one when a
    word follows it: ‘"I learned today ...," Feinberg said’ has the name after a closing mark)."""
    i = max(before.rfind("“"), before.rfind("”"), before.rfind('"'))
    if i < 0:
        return False
    mark = before[i]
    return mark == "“" or (mark == '"' and before[i + 1:i + 2].isalnum())
