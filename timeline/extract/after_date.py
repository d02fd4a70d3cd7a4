"""The words after a date that are no noun for it to modify.

"his Thursday statement", "the June 23 summit": a date before a noun is that noun's modifier, and yields to the
clause's own time (:mod:`.anchors`). A date before a function word, a part of the day or an adverb is the clause's
own time: "said on Friday that", "Friday night", "Friday alone". So is a bare date before a preposition, which opens
the verb's next phrase: "sued the board Tuesday over the collapse", "came ashore Monday near Portville", "warned
landlords Monday against raising rents" (news writes a weekday without "on").
"""

from __future__ import annotations

__all__ = ["NOT_NOUNS"]

_PREPOSITIONS = {
    "against", "over", "under", "near", "across", "outside", "inside", "toward", "towards", "around", "behind",
    "along", "alongside", "within", "without", "among", "amongst", "between", "beyond", "despite", "via", "aboard",
    "upon", "onto", "past", "throughout", "amidst",
}

NOT_NOUNS = frozenset({
    "that", "when", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "as", "of", "the", "a", "an",
    "after", "before", "is", "was", "were", "are", "will", "would", "could", "should", "can", "may", "might",
    "has", "have", "had", "said", "says", "than", "if", "because", "while", "since", "until", "from",
    "into", "about", "during", "ahead", "amid", "through", "morning", "afternoon", "evening", "night",
    "it", "he", "she", "they", "we", "i", "you", "this", "there", "his", "her", "its", "their", "so",
    "alone", "too", "also", "already", "again", "only", "just", "even", "still", "yet", "not", "ago",
    "later", "earlier", "onward", "onwards", "forward", "last", "next", "compared", "versus", "vs",
    "local", "time", "et", "gmt", "utc", "s", "did", "do", "does", "be", "been", "being", "following",
} | _PREPOSITIONS)
