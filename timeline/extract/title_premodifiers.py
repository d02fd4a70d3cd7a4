"""A noun phrase too long for the title's end gives up its modifiers, not its noun.

"... rejects the government's effort to restore its initial offshore | deep-water drilling moratorium": the cut
leaves the phrase without the noun it names. An editor keeps the noun and drops the describing words before it
("... to restore its drilling moratorium"). :func:`lighter_noun_phrases` offers the text with the first one, two, ...
modifiers after the phrase's determiner gone, the least shortened first, the word before the noun kept; a modifier that
changes what the noun names ("former", "alleged", "non-toxic", a number, a name) stays, and so does everything before
it.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import AUX, BREAK_WORDS, DETERMINERS, verbish

__all__ = ["lighter_noun_phrases"]

#: Modifiers whose loss changes what the phrase names or how much of it: "its former chief", "the alleged plot",
#: "the first well", "a partial ban".
_KEEPS_MEANING = {"former", "ex", "alleged", "so-called", "false", "fake", "would-be", "proposed", "planned",
                  "possible", "potential", "suspected", "failed", "acting", "interim", "deputy", "vice", "assistant",
                  "mock", "no", "not", "only", "sole", "first", "last", "second", "third", "final", "next",
                  "previous", "late", "dead", "missing", "counterfeit", "illegal", "temporary", "partial", "minor",
                  "little", "few", "fewer", "less", "more", "most", "much", "many", "other", "same", "own", "single",
                  "double", "half", "full", "total", "new", "old", "maximum", "minimum", "top", "bottom", "joint"}
_PREPOSITIONS = {"of", "in", "on", "at", "for", "with", "from", "to", "by", "about", "over", "under", "into", "after",
                 "before", "since", "during", "against", "between", "among", "through", "across", "near"}
#: The most modifiers a phrase may lose.
_MOST_DROPPED = 4


def _droppable(word: str) -> bool:
    low = word.lower()
    return re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) is not None and low not in _KEEPS_MEANING \
        and not low.startswith(("non-", "anti-", "un", "in-", "pre-", "post-", "ex-")) and low not in DETERMINERS


def _modifier(word: str) -> bool:
    """Whether ``word`` may stand before a noun inside its phrase: no verb, auxiliary or break word ("payouts will be
    considered" is a clause)."""
    low = word.lower().strip("“”\"‘’")
    # ("Feldman's order of last month": a preposition ends the phrase before it; "month" is another phrase's head)
    return bool(re.fullmatch(r"[\w$£€%.,-]+", low)) and low not in AUX and low not in BREAK_WORDS \
        and low not in _PREPOSITIONS \
        and ("-" in low or low.endswith("ing") or not verbish(low, "")) and not word.endswith((",", ";", ":"))


def lighter_noun_phrases(words: list[str], head: int, after: int) -> list[str]:
    """``words`` (a title's text) without the first modifiers of the noun phrase whose head is ``words[head]``,
    the least shortened first; only a phrase that opens after word ``after`` (the main verb), with a determiner or a
    possessive, and whose modifiers are plain words."""
    start = next((i for i in range(head - 1, max(after, head - 8), -1)
                  if words[i].lower() in DETERMINERS or re.search(r"['’]s$", words[i])), None)
    if start is None or not all(_modifier(w) for w in words[start + 1:head]):
        return []  # ("if the payouts will be considered taxable | income": a verb stands between, no one phrase)
    lighter = []
    # (the word before the head stays: it may be the head itself before a verb, "how the oil industry | works")
    for j in range(start + 1, min(head - 1, start + 1 + _MOST_DROPPED)):
        if not _droppable(words[j]):
            break
        lighter.append(" ".join(words[:start + 1] + words[j + 1:]))
    return lighter
