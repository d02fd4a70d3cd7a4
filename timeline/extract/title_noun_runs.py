"""A noun phrase that runs on past a name or a count: "the Gulf of Mexico | oil spill", "internal BP | documents",
"9.2 million | cubic feet".

A name or a number word is often not the head of its noun phrase but a modifier of the noun that follows it. A
title cut after it names the wrong thing ("provisions for the Gulf of Mexico" are for its spill; "the flow rate and
internal BP" is no phrase at all). :func:`.title_ends.whole_phrase` asks this module whether the word after the cut
still belongs to the phrase: a plain lowercase noun, neither a verb, a function word, a word of time nor an adverb.
Only a name inside an adjunct or a second conjunct counts ("for the Gulf of Mexico", "and internal BP"): an earlier
end there loses only that phrase, while a name in the verb's object ("has brought Japanese | TV crews") has no earlier
end but the bare verb, which says less than a name without its noun.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAMES
from timeline.extract.title_words import AUX, BREAK_WORDS, DETERMINERS, PRONOUN_WORDS, WEAK_END, WH, verbish

__all__ = ["noun_runs_on"]

#: Number words that close an amount and are no noun's head: "9.2 million | cubic feet".
_AMOUNT_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "bn", "m"}
#: Words that may follow a name or a count and close the clause or open another phrase: "in May | last year",
#: "Obama | himself", "BP | alone".
_CLOSERS = {"today", "tonight", "tomorrow", "yesterday", "now", "later", "earlier", "ago", "again", "before", "after",
            "afterwards", "overnight", "instead", "too", "also", "either", "though", "anyway", "soon", "alone", "only",
            "last", "next", "this", "each", "apiece", "himself", "herself", "itself", "themselves", "then", "there",
            "here", "not", "never", "all", "both", "away", "back", "up", "down", "out", "off", "so", "yet",
            "still", "already", "ever", "even", "just", "less", "more", "least", "most", "than", "per", "nor", "said",
            "says", "told", "tells", "reported", "reports", "according", "plc", "inc", "ltd", "co", "corp",
            "morning", "afternoon", "evening", "night", "year", "years", "month", "months", "week", "weeks", "day",
            "days", "hours", "minutes"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


def _modifier_end(words: list[str]) -> bool:
    """Whether the last of ``words`` may modify a noun after it: a name inside the title (not its first word, not
    "I", not a month or a weekday) or a count without its unit ("9.2 million")."""
    last = words[-1].strip("“‘(")
    if not re.fullmatch(r"[$£€]?[\w.,-]*\w", last):
        return False  # (a comma, a stop, a quotation mark or a bracket ends the phrase)
    low = last.lower()
    if low in _AMOUNT_WORDS and len(words) > 1 and re.fullmatch(r"\d[\d.,]*", words[-2]):
        return True  # ("9.2 million" before "cubic feet" lacks its unit; "$20 billion" is a sum, whole without "fund")
    return len(words) > 1 and last[:1].isupper() and last[1:2].isalpha() and last not in {"I", "The", "A", "An"} \
        and last not in _MONTHS and low not in WEEKDAY_NAMES and not re.search(r"['’]s$", last)


#: Words that open a phrase the title can end before as a whole: a preposition of an adjunct, a conjunction, "as".
#: ("of" is left out: "alleged infringements | of EHS rules" is a noun's own phrase, and ending before it cuts its noun;
#: so is "than": "suggesting the possibility of more than 100 million | deaths" has no earlier end but its verb.)
_ADJUNCT_OPENERS = {"for", "in", "at", "on", "from", "to", "into", "with", "by", "near", "off", "across", "over",
                    "against", "and", "or", "as", "after", "before", "during"}
#: The most lowercase words (articles, modifiers) between the opener and the name.
_MODIFIER_WORDS = 2


def _in_adjunct(words: list[str]) -> bool:
    """Whether the name or count that ends ``words`` stands in a phrase a title may end before as a whole ("for the
    Gulf of Mexico", "and internal BP", "and 9.2 million"): then an earlier end loses only that phrase, never the
    verb's object ("has denied he caused Michael Jackson's death Los Angeles" has none to fall back to)."""
    i = len(words) - 1
    while i > 0 and (words[i][:1].isupper() or re.match(r"[$£€]?\d", words[i]) or words[i] in _AMOUNT_WORDS
                     or (words[i] in {"of", "and", "&"} and words[i - 1][:1].isupper())):
        i -= 1
    lowered = 0
    while i > 0 and lowered < _MODIFIER_WORDS and words[i].isalpha() and words[i].islower() \
            and words[i] not in _ADJUNCT_OPENERS:
        i, lowered = i - 1, lowered + 1
    return words[i].lower() in _ADJUNCT_OPENERS


def noun_runs_on(words: list[str], nxt: str, rest: list[str] | None = None) -> bool:
    """Whether a title of ``words`` ends on a name or a count that modifies the noun ``nxt`` after it: "for the Gulf
    of Mexico | oil spill", "and internal BP | documents", "and 9.2 million | cubic feet of gas"."""
    if not words or not _modifier_end(words):
        return False
    low = nxt.lower()
    if not re.fullmatch(r"[a-z][a-z-]{2,}", nxt) or low in BREAK_WORDS | WEAK_END | AUX | DETERMINERS | PRONOUN_WORDS | WH \
            or low in _CLOSERS or low.endswith(("ly", "ing", "ed")) or verbish(low, words[-1].lower()):
        return False
    if not _in_adjunct(words):
        return False
    # ("the Mexico | officials said": a noun that ends the sentence's subject before its verb is the phrase's head too,
    # but a word followed by an object is the verb of a clause: "said BP | owes the town $5m")
    after = (rest or [""])[0].lower().strip("“”\"‘’,;:()")
    return not (after in DETERMINERS - {"that"} and low.endswith("s") and not low.endswith("ss"))
