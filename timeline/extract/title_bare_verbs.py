"""A verb left bare after a modal or "to" before the words that are its object or the act it begins.

"Officials could begin | preparing for the oil's impact", "the doctor sought to clear | medical paraphernalia from the
bedroom": a title that ends on the bare verb says only that something was to be done, not what; a reader judges it cut.
:func:`.title_complements.complement_missing` already knows an object that opens with an article or a name; here are
the objects that open with a plain word (an adjective or a bare noun: "to find | alternative energy sources", "to
suspend | drilling") and the "-ing" form after a verb of beginning or stopping ("will start | making payments").
A word that may follow a verb with no object (a word of time, place or degree: "will move | further east", "will
close | early", "to work | overtime") is no object, nor is anything after a verb that takes none ("will happen",
"could arrive").
"""

from __future__ import annotations

import re

from timeline.extract.title_open import SUBORDINATORS
from timeline.extract.title_words import AUX, BREAK_WORDS, ING_PREPOSITIONS, WEAK_END

__all__ = ["bare_end_mended", "object_after_bare_verb"]

#: The words before a bare verb: a modal, "to", or "did"/"does" of a negated or emphatic verb.
_BEFORE_BARE = {"will", "would", "could", "should", "can", "may", "might", "must", "to", "won't", "won’t", "can't", "can’t",
                "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t"}
#: Verbs whose "-ing" complement is the act they begin, go on with or stop: "begin | preparing", "stop | drilling".
_TAKES_ING = {"begin", "start", "stop", "continue", "keep", "finish", "resume", "avoid", "consider", "risk", "delay",
              "quit", "end", "halt", "cease", "recommend", "suggest", "try"}
#: Verbs that take no object: a plain word after them is an adverb or a complement of state ("will go | ahead").
_NO_OBJECT = {"go", "come", "happen", "occur", "arrive", "stay", "remain", "live", "die", "wait", "rise", "fall",
              "grow", "work", "sleep", "seem", "appear", "become", "get", "look", "sound", "feel", "prove", "turn",
              "last", "return", "retire", "resign", "testify", "speak", "talk", "vote", "land", "sit", "stand", "lie",
              "fail", "succeed", "matter", "exist", "emerge", "expire", "recover", "survive", "agree", "begin", "start",
              "stop", "continue", "close", "open", "end", "move", "travel", "head", "report", "run"}
#: Words that follow a verb without being its object: of time, place, degree and manner.
_NOT_OBJECT = {"further", "farther", "again", "back", "home", "ahead", "away", "together", "apart", "there", "here",
               "soon", "now", "then", "later", "earlier", "early", "late", "today", "tonight", "tomorrow",
               "yesterday", "overnight", "instead", "once", "twice", "too", "also", "either", "anyway", "first",
               "next", "last", "hard", "well", "fast", "long", "much", "more", "less", "most", "least", "still",
               "yet", "already", "ever", "never", "even", "just", "only", "so", "up", "down", "off", "out", "over",
               "forward", "around", "aside", "abroad", "alone", "directly", "immediately", "quickly", "elsewhere",
               "offshore", "onshore", "overseas", "upstream", "downstream", "nearby", "east", "west", "north", "south",
               "not", "per", "a", "an", "the", "what", "how", "why", "when", "where", "whether", "which", "who",
               "week", "weeks", "month", "months", "year", "years", "day", "days", "morning", "afternoon",
               "evening", "night", "weekend", "hour", "hours", "minutes", "tuesday"}


#: Words before a "to" that is a preposition of place: "went back to | work", "returned to | normal".
_TO_PLACE = {"back", "return", "returned", "returns", "returning", "went", "go", "goes", "going", "gone", "came", "come",
             "due", "next", "close", "up", "down", "according", "prior", "owing", "thanks", "compared", "related"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def object_after_bare_verb(words: list[str], nxt: str, rest: list[str] | None = None) -> bool:
    """Whether the title ``words`` ends on a bare verb after a modal or "to" (the sentence going on with ``nxt`` and
    ``rest``) before a plain word that opens the verb's object, or before the "-ing" form a verb of beginning or
    stopping takes."""
    if len(words) < 3 or not words[-1][-1:].isalpha() or not nxt[:1].isalpha() or not nxt.islower():
        return False
    last, before, low = _clean(words[-1]), _clean(words[-2]), _clean(nxt)
    if before not in _BEFORE_BARE or not last.isalpha() or not low.isalpha() or last in AUX or last in WEAK_END \
            or last.endswith(("ing", "ly", "ed")) or low in BREAK_WORDS or low in WEAK_END or low in _NOT_OBJECT \
            or low.endswith("ly"):
        return False
    if not words[-1].islower() or (before == "to" and _clean(words[-3]) in _TO_PLACE):
        return False  # ("went back to | work", "a trip to Rome"): "to" is a preposition, its noun no bare verb
    if low.endswith("ing") and len(low) > 5 and low not in ING_PREPOSITIONS:
        return last in _TAKES_ING  # "could begin | preparing"; "will meet | during" is no complement
    if last in _NO_OBJECT:
        return False
    return re.fullmatch(r"[a-z][a-z-]+", low) is not None  # ("to clear | medical paraphernalia", "to suspend | drilling")


#: Words that open a clause after a whole main clause: "declares a state of emergency | so officials could begin".
_CLAUSE_OPENERS = SUBORDINATORS | {"so", "and", "but"}
#: Words after "so" that make it an adverb of degree or time ("so far", "so much"), no "so" of purpose.
_SO_ADVERB = {"far", "much", "many", "long", "few", "little", "as", "too", "very"}
#: The fewest words the earlier end keeps past the main verb: the verb and what it did to what.
_PAST_VERB = 3


def bare_end_mended(cut: str, text: str, verb_at: int) -> str:
    """The title ``cut`` of ``text`` (main verb at ``verb_at``), ended instead before the clause it reached into when
    it ends on a bare verb before its object (:func:`object_after_bare_verb`) and a whole main clause ends earlier:
    "Bobby Jindal declares a state of emergency | so officials could begin" -> "Bobby Jindal declares a state of
    emergency". A cut with no such earlier end stands: the main clause is more than any fragment of it."""
    # (imported here: title_whole builds on the title modules this one serves)
    from timeline.extract.title_whole import ends_open

    if not verb_at or not text.startswith(cut):
        return cut
    kept, rest = cut.split(), text[len(cut):].split()
    if not rest or not object_after_bare_verb(kept, rest[0], rest[1:]):
        return cut
    verb_word = len(text[:verb_at].split())
    for k in range(len(kept) - 2, verb_word + _PAST_VERB - 1, -1):
        word = _clean(kept[k])
        opens = (word in _CLAUSE_OPENERS and not (word == "so" and _clean(kept[k + 1]) in _SO_ADVERB)) \
            or kept[k - 1][-1:] == ","
        if opens and re.search(r"[“”\"]", " ".join(kept[:k])) is None and not ends_open(kept[:k], kept[k:]):
            return " ".join(kept[:k]).rstrip(",;:")
    return cut
