"""Words that read as adjectives before a noun: "the new | sealing cap", "free | screening". A word after them
ending in "-ing" or "-ed" is the noun phrase's head or a modifier of it, not a participle opening a phrase of its
own; a cut there leaves the adjective without its noun."""

from __future__ import annotations

import re

__all__ = ["ADJECTIVES", "ADJECTIVE_ENDS", "NOUNS_LIKE_ADJECTIVES", "adjective_before", "adjective_cut", "noun_after_adjective"]


ADJECTIVES = {"new", "old", "big", "small", "large", "main", "key", "top", "latest", "other", "same", "own", "next",
               "last", "first", "second", "third", "final", "whole", "entire", "full", "high", "low", "long", "short",
               "deep", "huge", "vast", "giant", "major", "minor", "former", "early", "late", "hot", "cold", "wet", "dry",
               "offshore", "onshore", "underwater", "deepwater", "nearby", "private", "joint", "open", "free", "single",
               "chief", "senior", "junior", "total", "further", "extra", "wide", "narrow", "heavy", "light",
               # (adjectives in "-ile", whose ending nouns share: "missile", "profile")
               "hostile", "fragile", "volatile", "futile", "fertile", "agile", "juvenile", "versatile", "sterile"}
ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern", "ish", "ese", "ian")
#: Nouns with an adjective's ending: a participle after them describes them ("the official | overseeing rail").
NOUNS_LIKE_ADJECTIVES = {"official", "officials", "individual", "individuals", "professional", "professionals",
                          "criminal", "criminals", "rival", "rivals", "chemical", "chemicals", "hospital", "terminal",
                          "principal", "general", "critic", "critics", "executive", "executives", "representative",
                          "representatives", "relative", "relatives", "detective", "detectives", "animal", "animals",
                          "signal", "capital", "local", "locals", "mechanic", "physician", "technician", "politician",
                          "politicians", "civilian", "civilians", "secretary", "subsidiary", "beneficiary", "arrival",
                          "approval", "proposal", "disposal", "removal", "survival", "trial", "material", "materials",
                          "clinic", "public", "topic", "traffic", "guardian", "historian", "veteran", "veterans"}


def adjective_before(word: str) -> bool:
    """Whether ``word`` (any case) is an adjective that wants the noun after it: a known one or one by its ending,
    not a noun that has an adjective's ending ("the official | overseeing rail")."""
    word = word.lower()
    return (word in ADJECTIVES and word not in _NOUNS_TOO) or (word.endswith(ADJECTIVE_ENDS)
                                                                and word not in NOUNS_LIKE_ADJECTIVES)


#: Adjectives that are nouns as often ("an investigator and office chief | enforcing safety", "a running total").
_NOUNS_TOO = {"chief", "total", "major", "minor", "senior", "junior", "key", "top", "light", "open"}


def adjective_cut(words: list[str], clean: list[str], nxt: str) -> bool:
    """Whether a title of ``words`` (``clean``: lowercase, without marks) ends on an article and an adjective whose
    noun comes after the cut: "issued a new, | more limited ban", "cases of the new | measles strain".
    Before a preposition or a conjunction the adjective stands for its noun ("the first | to ...", "the latest | in
    a series") and may end the title."""
    if len(clean) < 3 or not words[-1][:1].islower() or not adjective_before(clean[-1]):
        return False
    if clean[-2] not in {"a", "an", "the"}:
        # (after a possessive a cut before the head may be the only one left: "China's first | case")
        return _object_adjective(clean, words[-1], nxt)
    return words[-1][-1:] == "," or (bool(nxt) and nxt.isalnum() and nxt not in _PHRASE_OPENERS)


#: Verbs an adjective may follow as the state it tells, no noun after it: a copula's, a change's or a staying's
#: complement ("is hostile", "turned hostile", "held firm", "broke free", "kept quiet").
_STATE_VERBS = {"is", "are", "was", "were", "be", "been", "being", "am", "seem", "seems", "seemed", "look", "looks",
                "looked", "appear", "appears", "appeared", "sound", "sounds", "sounded", "become", "becomes", "became",
                "remain", "remains", "remained", "prove", "proves", "proved", "proven", "feel", "feels", "felt", "get",
                "gets", "got", "gotten", "go", "goes", "went", "gone", "turn", "turns", "turned", "grow", "grows", "grew",
                "grown", "fall", "falls", "fell", "fallen", "run", "runs", "ran", "come", "comes", "came", "stay",
                "stays", "stayed", "keep", "keeps", "kept", "hold", "holds", "held", "break", "breaks", "broke",
                "stand", "stands", "stood", "sit", "sits", "sat", "lie", "lies", "lay", "rest", "rests", "rested",
                "make", "makes", "made", "render", "renders", "rendered", "leave", "leaves", "left", "deem", "deemed",
                "consider", "considered", "declare", "declared", "call", "called", "find", "finds", "found"}


def noun_after_adjective(before: str, word: str) -> bool:
    """Whether an "-ing" word after ``word`` (lowercase, ``before`` the word ahead of it) is the noun an adjective
    qualifies, not a participle opening a phrase: "will face hostile | questioning", "a sharp | rising" (an article
    or an object's verb before the adjective)."""
    return adjective_before(word) and (before in {"a", "an", "the"} or _object_verb(before))


def _object_verb(before: str) -> bool:
    """Whether ``before`` is a verb that takes an object, no copula, change or keeping verb (:data:`_STATE_VERBS`): a
    known one, or a past in "-ed" (a plural in "-es", "50 miles | offshore", is no verb)."""
    if before in _STATE_VERBS:
        return False
    return before in _OBJECT_VERBS or (re.fullmatch(r"[a-z]{3,}ed", before) is not None and before not in _NOT_VERBS)


def _object_adjective(clean: list[str], last_word: str, nxt: str) -> bool:
    """Whether the title ends on an adjective right after a verb that takes an object, before a plain lowercase word:
    the object's noun is cut ("will face hostile | questioning", "reported strong | earnings"); an adjective after a
    copula, a change or a keeping is the state told ("turned hostile", "held firm") and may end the title."""
    if last_word[-1:] in ",;:" or not re.fullmatch(r"[a-z]{3,}", nxt or "") or nxt in _PHRASE_OPENERS \
            or nxt.endswith("ly") or nxt in _AFTER_STATE:
        return False
    return _object_verb(clean[-2])


#: Words that close a clause after an adjective that tells a state: "came out unscathed | yesterday".
_AFTER_STATE = {"today", "tonight", "yesterday", "tomorrow", "now", "again", "too", "also", "enough", "either",
                "though", "yet", "still", "already", "overnight", "anyway", "instead", "here", "there", "this", "last",
                "next", "so", "than", "the", "a", "an", "not", "nor", "its", "his", "her", "their", "our"}
#: Verbs whose object an adjective may open, with no "-ed" ending to tell them: "will face | hostile questioning".
_OBJECT_VERBS = {"face", "faces", "facing", "bring", "brings", "brought", "take", "takes", "took", "give", "gives", "gave",
                 "show", "shows", "showed", "shown", "see", "sees", "saw", "seen", "meet", "meets", "met", "draw",
                 "draws", "drew", "win", "wins", "won", "set", "sets", "send", "sends", "sent", "seek", "seeks", "sought",
                 "cause", "causes", "pose", "poses", "post", "posts", "report", "reports", "raise", "raises", "suffer",
                 "suffers", "spark", "sparks", "trigger", "triggers", "fuel", "fuels", "offer", "offers", "expect",
                 "expects", "predict", "predicts", "need", "needs", "want", "wants", "use", "uses", "have", "has", "had"}
#: Words in "-ed" that are no verb before an adjective: "the red | hot", "a limited | supply".
_NOT_VERBS = {"red", "bed", "shed", "need", "speed", "seed", "feed", "deed", "indeed", "wed",
              "led", "fled", "bred", "sped", "united", "limited", "advanced", "detailed", "sophisticated", "armed"}


#: Words after which an article and an adjective may end a phrase: a preposition, a conjunction, a clause word.
_PHRASE_OPENERS = {"to", "in", "on", "at", "for", "of", "with", "by", "from", "and", "or", "but", "than", "as",
                   "that", "which", "who", "since", "after", "before", "because", "while", "when", "if", "into",
                   "over", "under", "about", "against", "during", "until", "amid", "among", "across", "through"}
