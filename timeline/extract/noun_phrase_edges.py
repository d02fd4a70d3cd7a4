"""Where a noun phrase ends: a relative clause that holds its own verb, the noun a relative pronoun describes,
and an article that opens a second noun phrase rather than one inside the first.

The subject shortener (:mod:`.title_compress`) asks these before it drops a modifier from a title's subject.
"""

from __future__ import annotations

from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.extract.title_words import (
    AUX,
    DETERMINERS,
    LINKING_PRESENT,
    PRESENT_FORMS,
    REPORTING_FORMS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    finite_verb,
    verbish,
)

__all__ = ["RELATIONAL_HEADS", "has_own_verb", "noun_before_relative", "second_noun_phrase"]


#: Words after which an article opens a noun phrase inside one modifier ("of the", "and the", "beside the").
_BEFORE_ARTICLE = {"of", "on", "in", "at", "for", "from", "with", "near", "off", "over", "about", "into", "behind",
                   "between", "among", "across", "under", "after", "before", "to", "by", "like", "than", "as",
                   "against", "along", "around", "through", "during", "within", "outside", "inside", "without",
                   "toward", "towards", "beyond", "above", "below", "beside", "past", "via", "per", "and", "or",
                   "but", "that", "which", "who", "whom", "whose", "including", "such", "all", "both", "half",
                   "what", "not", "only", "just", "even", "once", "twice"}


#: Nouns that name someone only by what they belong to: "the head | of the bus company" is nobody without it.
RELATIONAL_HEADS = {"head", "heads", "chief", "chiefs", "leader", "leaders", "member", "members", "boss", "bosses",
                     "founder", "founders", "rest", "remainder", "side", "edge", "top", "bottom"}


def has_own_verb(words: list[str]) -> bool:
    """Whether a relative clause, ``words`` after its pronoun, holds its finite verb within its first words ("who had
    been", "that BP has been drilling", "that began"); "that likely | won't" or "that a facility allowing ..." keep
    theirs past the cut, so the clause is no modifier that can go whole."""
    for k, word in enumerate(words[:4]):
        low = word.lower().strip(",;:“”\"")
        before = words[k - 1].lower() if k else ""
        if low in AUX or low in IRREGULAR_PAST_FORMS or (
                finite_verb(low, before) and not low.endswith("ing") and before not in {"to", "be", "been", "being"}):
            return True
    return False


def noun_before_relative(word: str) -> bool:
    """Whether ``word`` can be the noun a relative clause after it describes ("members | who", "well | that"), not a
    verb or a function word ("said | that", "so | that")."""
    low = word.lower()
    return word.isalpha() and low not in DETERMINERS | AUX | _BEFORE_ARTICLE and not verbish(low, "") \
        and low not in SPEECH_VERBS and low not in SPEECH_PRESENT and low not in PRESENT_FORMS \
        and low not in LINKING_PRESENT and low not in REPORTING_FORMS  # ("remains | that no decision is")


def second_noun_phrase(previous: str) -> bool:
    """Whether an article after ``previous`` opens a second noun phrase, not one inside the first: after a noun
    ("on Friday | the team"), not after a preposition, a conjunction or a verb ("bloggers in the capital")."""
    word = previous.lower().strip("“”\"‘’")
    return word.isalpha() and previous[-1:].isalpha() and word not in _BEFORE_ARTICLE and word not in DETERMINERS \
        and word not in AUX and not verbish(word, "")
