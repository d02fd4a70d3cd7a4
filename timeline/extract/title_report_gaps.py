"""What stands between a reporting verb and what it reports: the first words a headline drops.

"BP's engineer learned the next afternoon that his engineers had decided ..." and "the report shows that 30 years
later, those areas have not recovered" put a time between the verb and its clause. The
timeline shows the date, and a cut that falls inside such a phrase leaves the verb without the news ("... learns
the next afternoon"). So the phrase goes before anything is cut: always when it sits between the verb and its
"that" or right after a "that" between commas, and when the title is too long when it opens the reported clause
("show that 30 years later, those areas have not recovered").
"""

from __future__ import annotations

import re

from timeline.english_verbs import verb_forms
from timeline.extract.count_words import numbers_pattern
from timeline.extract.title_complements import REPORTING_VERBS
from timeline.extract.title_open import FRAME_VERBS
from timeline.extract.title_words import MAX_CHARS

__all__ = ["report_gaps_closed"]

# "said that, weather permitting, the crew expects ...": an aside right after "that" (a condition with "if" or
# "unless" stays: without it the claim is absolute).
_AFTER_THAT_ASIDE = re.compile(r"\b(that),\s+(?!(?:if|unless|provided|barring|as long as|only if|even if)\b)"
                               r"[^,“”\"]{3,40},\s+(?=[a-zA-Z])")
#: A time told relative to the story's own, that no date tagger resolves: "the next afternoon", "later that day".
_RELATIVE_TIME = (r"(?:the\s+(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|"
                  r"year)|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week)|"
                  r"that\s+(?:morning|afternoon|evening|night))")
#: "learned the next afternoon that": the time between a reporting verb and its "that".
_TIME_BEFORE_THAT = re.compile(r"\b([a-z]{3,})\s+" + _RELATIVE_TIME + r"\s*,?\s+(?=that\s)")
_COUNT = r"(?:\d+|a|" + numbers_pattern(1) + r"|twenty|thirty|fifty|several|a\s+few|many)"
#: "that 30 years later, those areas ...", "that so far, the fund ...": a phrase of time fronted in the reported clause
#: and closed by its comma, before the clause's subject (a hedge, "in the worst case", stays: it is what was said).
_FRONTED_IN_REPORT = re.compile(
    r"\b(that)\s+(?:" + _RELATIVE_TIME + r"|" + _COUNT + r"\s+(?:hours|days|weeks|months|years|decades)\s+(?:later|earlier|"
    r"on)|so\s+far|for\s+now|for\s+the\s+time\s+being|at\s+the\s+moment|at\s+present|in\s+the\s+(?:long|short|medium)\s+"
    r"(?:term|run)|in\s+the\s+(?:next|coming|past|last)\s+"
    r"[a-z\d ]{1,25}?|over\s+the\s+(?:next|coming|past|last)\s+[a-z\d ]{1,25}?)\s*,\s+(?=[a-zA-Z])")

#: "complained to US President Jane Ortiz that ...", "explained to reporters on the bridge that ...": the listener of a
#: verb that says something to someone, between the verb and its "that"; "that" before a verb is a relative pronoun
#: ("agreed to a plan that would ...") and no reported clause.
#: What opens a listener after "to": not an infinitive ("wrote to document an agreement that").
_LISTENER_START = (r"(?=(?:the|a|an|his|her|their|its|our|him|them|us|me|reporters|journalists|lawmakers|investors|"
                  r"analysts|officials)\b|[A-Z])")
_LISTENER_BEFORE_THAT = re.compile(
    r"\b([a-z]{3,})\s+to\s+" + _LISTENER_START +
    r"(?:(?!(?:when|where|while|which|who|because|after|before|if|as|and)\b)[^,;:“”\"\s]+\s+){1,9}?"  # (no clause in it)
    r"(?=that\s+(?!(?:is|was|are|were|will|would|could|can|has|had|have|may|might|must|should|did|does|day|week|"
    r"month|year|time|morning|afternoon|evening|night)\b))")
#: The verbs of saying that name the listener with "to" ("agreed to", "proved to", "expected to" name no listener).
_SAID_TO = {form for forms in map(verb_forms, (
    "say", "complain", "explain", "admit", "confess", "confide", "insist", "suggest", "signal", "announce", "declare",
    "report", "write", "mention", "state", "boast", "reveal", "disclose", "indicate", "concede", "promise", "pledge",
    "vow", "stress", "emphasise", "emphasize", "acknowledge", "confirm", "note", "protest", "argue", "claim", "testify",
    "recall", "warn")) for form in (forms.base, forms.present, forms.past, *forms.variants)} & REPORTING_VERBS | {
    "complains", "complained"}


def report_gaps_closed(text: str) -> str:
    """``text`` without the asides and times between a reporting verb and the clause it reports."""
    text = _AFTER_THAT_ASIDE.sub(r"\1 ", text)
    text = _TIME_BEFORE_THAT.sub(lambda m: m.group(1) + " " if m.group(1) in FRAME_VERBS else m.group(0), text)
    if len(text) > MAX_CHARS:
        text = _FRONTED_IN_REPORT.sub(r"\1 ", text)
        # ("complained to US President Jane Ortiz | that ...": the listener goes before what was said)
        text = _LISTENER_BEFORE_THAT.sub(lambda m: m.group(1) + " " if m.group(1) in _SAID_TO else m.group(0), text)
    return text
