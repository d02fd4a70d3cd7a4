"""Whose thing a title's "its" names, when its own sentence named the owner just before it.

"... civil action against BP after the 2005 explosion at its Texas City refinery" dates the explosion; read apart
from the sentence, "The explosion at its Texas City refinery kills 15 workers" names nobody's refinery. A reader
takes "its" for the organisation named right before it in the same clause: "against BP after the explosion at its
refinery", "BP received exemptions for its well that exploded", "by the time BP releases its second quarter results".
Only in the title's subject (after the verb, "its" is the subject's own: "The panel reports its findings"), only for
an organisation's name (a place, "Chile reported cases, adding to its first", or a person owns no "its" as surely),
and only when nothing between the name and "its" could own it as well: a clause boundary (a comma, "said", "and",
"which"), another's possessive ("the government's effort to restore its ban") or a body's common noun ("the
agency"), nor another organisation reports what the named one did ("Harlow said Kestrel had inspected its
pipeline": either's). Otherwise the title keeps "its": a vague title is better than a wrong one.
"""

from __future__ import annotations

import re

from timeline.extract.company_kinds import BUSINESS_NOUNS, SORTED_ONLY
from timeline.extract.names import looks_personal
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_words import MAX_CHARS, main_verb_start

__all__ = ["IT_IS_NEXT", "owner_named"]

#: Words that follow "it's", never "its": "Its on Youtube", "Its a shame", "Its not over".
IT_IS_NEXT = (r"(?:on|in|at|a|an|the|not|been|just|all|so|very|about|going|over|up|out|here|there|time|now|only|"
              r"clear|true|likely|possible|hard|easy|too|what|how|why|when|my|your|our|their|his|her|this|that)")

#: "its" before the thing it owns (not "Its on Youtube", "Its a shame": an "it's" without its apostrophe).
_ITS = re.compile(r"(?<![\w’'-])([Ii]ts)\s+(?!" + IT_IS_NEXT + r"\b)(?=[A-Za-z\d$])")
#: A name: capitalised words, with "of", "the", "&" or "and" inside ("Council on Environmental Quality" stops at "on").
_NAME = re.compile(r"(?<![\w’'&.-])([A-Z][\w&.-]*(?:\s+(?:(?:of|for|&)\s+(?:the\s+)?)?[A-Z][\w&.-]*)*)(?:['’]s)?(?![\w’'-])")
#: Words between the name and "its" that open another clause or name another owner.
_BARRIERS = {"said", "says", "say", "told", "tells", "that", "which", "who", "whose", "whom", "where", "and", "or", "but",
             "while", "whereas", "although", "though", "because", "if", "unless", "it", "he", "she", "they", "its", "his",
             "her", "their", *BUSINESS_NOUNS, *SORTED_ONLY, "government", "administration", "agency", "department",
             "commission", "committee", "panel", "council", "court", "board", "ministry", "state", "city", "county",
             "country", "team", "union", "party", "industry", "regulator", "partner", "rival", "authority",
             "authorities", "office", "service", "university", "school"}
#: A verb that reports what another said or found: the organisation after it may own "its", or the one before.
_REPORTING = re.compile(r"\b(?:" + alternation(spoken("say", "tell", "find", "report", "claim", "allege", "argue", "believe",
                                                      "think", "accuse")) + r")\b")
#: At most this many words between the owner's name and "its".
_NEAR = 12
#: How far back the title's sentence may start.
_SENTENCE = 400


def owner_named(title: str, text: str, start: int) -> str:
    """``title`` with the "its" in its subject put as the organisation its sentence named right before it ("BP’s
    Texas City refinery"), or ``title`` as it is; ``text`` is the article and ``start`` where the title's quote
    starts in it."""
    subject_end = main_verb_start(title)
    own = _ITS.search(title, 0, subject_end if subject_end > 0 else len(title))
    if own is None:
        return title
    source = _ITS.search(text, start, start + _SENTENCE)
    if source is None:
        return title
    lead = text[max(0, source.start() - _SENTENCE):source.start()]
    # The sentence's own text before "its": from the last full stop that ends a sentence, or the line's start.
    stops = [m.end() for m in re.finditer(r"(?:[.!?][”\"]?\s+(?=[A-Z“\"])|\n)", lead)]
    before = lead[stops[-1]:] if stops else lead
    names = list(_NAME.finditer(before))
    if not names:
        return title
    name = names[-1]
    owner = re.sub(r"^(?:AP|AFP|PA|Reuters|Getty|EPA)\s+", "", name.group(1))  # ("Photograph: AP BP admitted": a credit)
    owner = re.sub(r",?\s+(?:Plc|PLC|plc|Inc|Corp|Co|Ltd|LLC)\.?$", "", owner)  # ("BP Plc": "BP’s")
    between = before[name.end():]
    words = re.findall(r"[\w’'-]+", between.lower())
    if len(words) > _NEAR or re.search(r"[,;:()“”\"—–]|\s-\s|['’]s\b", between) or any(w in _BARRIERS for w in words):
        return title
    if actor_kind(owner) != "body" or looks_personal(owner) or owner.split()[0] in ("The", "A", "An") \
            or re.search(r"\b" + re.escape(owner) + r"\b", title):
        return title
    if any(actor_kind(n.group(1)) == "body" and _REPORTING.search(before, n.end(), name.start()) for n in names[:-1]):
        return title  # ("Harlow said Kestrel had inspected its pipeline": the speaker's pipeline, or Kestrel's)
    named = f"{title[:own.start()]}{owner}’s {title[own.end():]}"
    return named if len(named) <= MAX_CHARS else title
