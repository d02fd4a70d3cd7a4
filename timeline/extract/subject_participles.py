"""A participle phrase after the subject's head, the last room a long subject gives its predicate.

"Many of the boats and rigs responding to the spill are preparing to move | to safety", "Bob Papp, leading the
effort to clean up the spill, is preparing | for two challenges", "The first of a pair of relief wells meant to stop
the flow is within 200 feet | of the well": the phrase after the head tells which ones or what they do, and the
predicate is the news. :mod:`.title_cuts` drops such a phrase only right after a short head; here it goes wherever it
starts in the subject, when the title is too long, the phrase is plain (no comma, quotation, clause word or verb of
saying in it) and the main verb after it is sure (an auxiliary or a verb in the present). :func:`.title_room.room_made`
keeps the shorter subject only when the clause then ends whole, and the head never goes: "The number of people seeking
treatment" keeps its phrase, since without it the number is another's.
"""

from __future__ import annotations

import re

from timeline.english_verbs import ING_NOT_VERBS
from timeline.extract.saying_words import SAY_FORMS
from timeline.extract.title_words import AUX, DETERMINERS

__all__ = ["subject_participle_phrase"]

#: Participles that tell what a thing is for or where it stands, beside "-ing" and "-ed" forms: "meant to", "set up".
_IRREGULAR = {"meant", "built", "held", "run", "made", "set", "sent", "known", "chosen", "given", "taken", "brought",
              "caught", "left", "kept", "found", "paid", "put", "sold", "spent", "hit", "struck", "shown", "seen"}
#: "-ing" words that are nouns, adjectives or prepositions, no participle: english_verbs.ING_NOT_VERBS (but
#: "earning", which this rule never held) and the nouns and adjectives in "-ing" that stand after a subject's head.
_NOT_PARTICIPLES = (ING_NOT_VERBS - {"earning"}) | {
    "briefing", "earnings", "regarding", "concerning", "following", "pending", "string", "sing", "sling",
    "sting", "swing", "beijing", "feeling", "offering", "ruling", "drilling", "spending", "training",
    "warning", "bombing", "shooting", "killing", "landing", "opening", "setting", "timing", "understanding",
    "wedding", "clothing", "housing", "shipping", "fishing", "lending", "trading", "bleeding", "cleaning",
    "testing", "planning", "booking", "spelling", "rating", "ranking", "boring", "interesting", "amazing",
    "leading", "growing", "increasing", "existing", "remaining", "ongoing", "outstanding", "missing",
    "rising", "falling", "continuing", "emerging", "developing", "coming", "upcoming", "damning", "sweeping"}
#: Heads whose phrase says which part or how many: without the phrase they name something else.
_MEASURE_HEADS = {"number", "numbers", "share", "proportion", "percentage", "percent", "rate", "total", "amount",
                  "majority", "minority", "half", "third", "quarter", "fraction", "part", "rest", "none", "all", "most",
                  "any", "each", "every", "those", "anyone", "everyone", "someone", "people", "many", "some", "few",
                  "others", "one", "companies", "firms", "countries", "states", "nations", "residents", "workers"}
#: Where a subject's phrase must not reach: a clause's own words, a quotation, a comma (an aside is another rule's).
_NOT_PLAIN = re.compile(r"[“”\"(),;:]|\s[-—–]+\s|\b(?:that|which|who|whom|whose|where|when|and|or|but|not|no|never|"
                        + "|".join(sorted(SAY_FORMS)) + r")\b")
#: A sure finite verb after the subject: an auxiliary, or a verb in the headline present ("is", "prepares").
_SURE_VERB = re.compile(r"(?:" + "|".join(sorted(AUX)) + r")\b|[a-z]{3,}s\b")


def subject_participle_phrase(text: str, verb_at: int) -> tuple[int, int] | None:
    """Where the participle phrase after the head of ``text``'s subject (which ends at ``verb_at``) starts and ends,
    when it may go; None else."""
    if verb_at <= 0 or not _SURE_VERB.match(text, verb_at):
        return None
    subject = text[:verb_at]
    words = list(re.finditer(r"\S+", subject))
    for k in range(2, len(words) - 1):
        word, before = words[k].group(0), words[k - 1].group(0)
        low, prev = word.lower(), before.lower()
        participle = (re.fullmatch(r"[a-z]{3,}ing", word) is not None and low not in _NOT_PARTICIPLES) or (
            (re.fullmatch(r"[a-z]{3,}ed", word) is not None or low in _IRREGULAR)
            and words[k + 1].group(0).lower() in {"by", "to", "in", "at", "for", "from", "with", "on", "into", "under"})
        if not participle:
            continue
        # The head before it is a noun: a plural, or a name; not an article, auxiliary, adverb or a measure.
        head = (re.fullmatch(r"[a-z]{3,}s", before) is not None and not before.endswith("ss")) \
            or re.fullmatch(r"[A-Z][a-z]+", before) is not None
        if not head or prev in DETERMINERS | AUX | _MEASURE_HEADS or prev.endswith("ly"):
            return None
        phrase = subject[words[k].start():]
        if _NOT_PLAIN.search(phrase) or len(phrase.split()) < 3:
            return None
        if any(w.group(0).lower() in _MEASURE_HEADS for w in words[:k]) and k < 4:
            return None  # ("Most people living near the coast": a part whose phrase says of what)
        return words[k].start(), verb_at
    return None
