"""The verbs of saying, written once.

News reports what was said with a few verbs ("said", "told", "added", "wrote") and, in headlines and the
narrative present, their present forms ("says", "tells"). Many finders need some of them as a regular expression:
where an attribution starts, where a reported clause ends, whether a clause only tells that someone spoke. Each
took the words it needs from here instead of spelling them out again, so a verb that reports speech is added once.

A finder names the verbs it needs (:func:`spoken`) or a named set below, and renders them with
:func:`alternation`; words a finder alone wants go beside them as extras, so the shared part stays visible.
Lists whose rule is another keep their own words: a finite verb ("is|was|has|will|said|says": the auxiliaries and
the commonest finite verbs of news), the verbs that take an indirect question, an organisation's acts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.english_verbs import verb_forms

__all__ = ["NEWS_SAYING_PAST", "SAID_SAYS", "SAYING_VERBS", "SAY_FORMS", "SAY_TELL", "SAY_TELL_ADD", "SAY_THAT", "SPEECH_VERBS",
           "VERB_NOT_NOUN", "SayingVerb", "alternation", "spoken"]


@dataclass(frozen=True)
class SayingVerb:
    """One verb of saying in the forms a report uses: "tell", "tells", "told", "telling"."""

    base: str
    present: str
    past: str
    ing: str


def _verb(base: str) -> SayingVerb:
    forms = verb_forms(base)  # (the one inflector: "add", "adds", "added", "adding"; "admit", "admitted")
    return SayingVerb(base, forms.present, forms.past, forms.ing)


#: The verbs a report tells a saying with, by their base form.
SAYING_VERBS = {v.base: v for v in (
    _verb("say"), _verb("tell"), _verb("add"), _verb("write"), _verb("state"), _verb("warn"), _verb("announce"),
    _verb("report"), _verb("confirm"), _verb("insist"), _verb("claim"), _verb("argue"), _verb("admit"),
    _verb("explain"), _verb("note"), _verb("predict"), _verb("declare"), _verb("ask"), _verb("reveal"),
    _verb("concede"), _verb("acknowledge"), _verb("allege"), _verb("accuse"), _verb("believe"), _verb("estimate"),
    _verb("conclude"), _verb("find"), _verb("think"), _verb("reckon"), _verb("suggest"), _verb("show"),
    _verb("testify"), _verb("deny"),
    # (that someone spoke, without the words: "Jane Doe speaks to reporters", a caption's subject)
    _verb("speak"), _verb("talk"), _verb("address"),
)}


def spoken(*bases: str, past: bool = True, present: bool = True, base: bool = False, ing: bool = False) -> frozenset[str]:
    """The past and present forms of the verbs ``bases`` ("said", "says" for "say"), or only those asked for, with
    the base form and the "-ing" form when asked."""
    words = set()
    for name in bases:
        verb = SAYING_VERBS[name]
        words |= {form for form, wanted in ((verb.past, past), (verb.present, present), (verb.base, base),
                                            (verb.ing, ing)) if wanted}
    return frozenset(words)


def alternation(*word_sets: Iterable[str]) -> str:
    """The words of ``word_sets`` as the alternatives of a regular expression, escaped, the longest first (so that
    "says" is tried before a "say" it starts with)."""
    words = set().union(*word_sets)
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: "said", "says": the saying a news report is told with.
SAID_SAYS = spoken("say")
#: "say", "says", "said".
SAY_FORMS = spoken("say", base=True)
#: "said", "says", "told", "tells".
SAY_TELL = spoken("say", "tell")
#: "said", "says", "told", "tells", "added", "adds".
SAY_TELL_ADD = spoken("say", "tell", "add")
#: Verbs of saying that take a clause with "that": "said that", "warned that", "testified that".
SAY_THAT = spoken("say", "reveal", "write", "report", "admit", "claim", "state", "argue", "concede", "insist",
                  "acknowledge", "announce", "confirm", "warn", "add", "note", "explain", "predict", "declare", "testify",
                  "deny", "estimate", "conclude", "believe", "think", "allege", "suggest")
#: The past of the verbs a speaker tells the day's news with ("said", "warned", "denied", "urged", "welcomed"): a
#: saying of the news day is told in the past (the present "says" as often tells a standing position in a feature:
#: "The company says it is spending $6 million a day"). Besides the verbs of saying, the acts of a party answering
#: the news: it urges, criticises, praises, rejects, pledges what it said.
NEWS_SAYING_PAST = spoken("say", "tell", "announce", "report", "confirm", "warn", "deny", "admit", "insist", "acknowledge",
                          "concede", "accuse", "argue", present=False) | frozenset({
    "disclosed", "unveiled", "urged", "criticised", "criticized", "defended", "rejected", "praised", "welcomed",
    "agreed", "blamed", "dismissed", "pledged", "vowed", "promised", "disputed", "stressed", "called"})
#: Not after a determiner or a possessive, where a form of a verb of saying is a noun: "the government's estimates
#: that", "its reports that" (put before the verbs' alternation).
VERB_NOT_NOUN = r"(?<!['’]s\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bnew\s)"
#: The words that tell a sentence reports what someone said (its past forms, a few present ones, "according"): a
#: title's verb of saying, a statement's mark.
SPEECH_VERBS = {
    "said", "says", "wrote", "writes", "told", "tells", "added", "adds", "stated", "states", "announced",
    "announces", "tweeted", "posted", "noted", "argued", "claimed", "insisted", "warned", "explained",
    "testified", "declared", "responded", "replied", "asked", "acknowledged", "confirmed", "according",
}
