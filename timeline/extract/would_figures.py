"""What a thing would be, mean or take is no happening: "That would equal $3.6 billion as of Wednesday", "The larger
figure would be nearly four times the size of the 1989 spill", "It would take about 260 days for the leak to match
the record", "Full employment would mean $520,000 a year".

In the writer's own voice, a main clause told with "would" and a verb of being, meaning or measure works out a
figure or likens one thing to another on a supposition: nothing happened at its date, which dates the figure's
reckoning or the thing it is measured against (the censuses' "not-event": a figure forecast, a comparison point).
What stays: a plan told in the reported future ("The vote would be held on Friday", "Crews would start pumping on
Monday": a passive or an act, told on from a speaker), a saying ("BP said the cost would be $3 billion"), a quotation,
and a happening a clause of its own tells after the figure ("..., in which a tanker ran aground in 1989").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_words import SAY_FORMS, alternation, spoken
from timeline.extract.stances import OPENING, OWN_CLAUSE

__all__ = ["in_would_figure"]

#: The subject: words with no verb of their own ("That", "The larger figure", "Full employment (5 days a week)").
_SUBJECT = (r"(?:(?!(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r"|if|when|as|after|"
            r"before|because|since|that\s+(?!would)|which|who)\b|" + FINITE_VERB.pattern + r")[\w$(][\w'’.%$)-]*,?\s+){1,10}?")
#: "would be" before no participle (a passive is a plan: "would be held"), "would mean", "would equal", "would
#: amount to", "would take" a span ("would take about 260 days"; "would take place" is a plan), "would cost".
_RECKONED = (r"would\s+(?:(?:also|only|still|then|normally|probably|likely|easily|roughly|already)\s+)?(?:be\s+(?!(?:[a-z]+ed|"
             r"[a-z]+en|held|made|done|built|set|put|paid|sold|shut|cut|hit|kept|left|sent|given|taken|brought|able|"
             r"allowed|required|forced|expected|due|ready|in|on|at|back|up|out|off)\b)|mean|equal|amount\s+to|"
             r"take\s+(?!(?:place|over|part|effect|control|charge|action|steps|office|power)\b)|cost|represent|"
             r"exceed|surpass|dwarf)\b")
_WOULD_FIGURE = re.compile(rf"(?i){OPENING}(?P<subject>{_SUBJECT}){_RECKONED}")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "add", "estimate", "predict", "warn"),
                                                 {"stated", "according", "calculated", "expects", "expected"}) + r")\b")


def in_would_figure(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in a main clause that works out, with "would" and a verb of being, meaning or
    measure, what a thing would come to, told by no one's saying and in no quotation, before any clause of its own
    after it."""
    sentence = text[sentence_start:sentence_end]
    figure = _WOULD_FIGURE.match(sentence)
    if figure is None or _SAYING.search(sentence) or re.search(r"[“”\"]", sentence):
        return False
    if re.search(r"(?i)\b(?:if|unless)\b", sentence[:figure.start("subject")]):
        return False  # (a condition opening the sentence is :mod:`.suppositions`')
    own = OWN_CLAUSE.search(sentence, figure.end())
    return own is None or pos - sentence_start < own.start()
