"""How a story described the body a title calls "the commission" when it gave it no name.

A story often introduces a public body by what it is rather than by a name ("an oil spill commission he tapped to
probe the spill", "the presidential commission investigating the disaster") and then calls it by its noun alone
("The commission is to produce its final report in January"). Read apart from the story, "The commission" names
nothing; the story's own description tells which one ("The presidential commission is to produce ..."). Only a
description that agrees with every other description of that noun in the story counts (the latest one that holds
the words of all the others): "a state commission" and "the presidential commission" are two bodies, and the title
stays. A story that names a body of that noun ("the Coastal Recovery Commission", "the White House commission") is
left to :func:`.institution_names.institution_forms`: the description might be the other body's.
"""

from __future__ import annotations

import re

from timeline.extract.count_words import VAGUE_COUNTS, numbers
from timeline.extract.title_words import AUX, finite_verb

__all__ = ["described_body", "without_owner"]

#: Words that say which of several or when, not what kind of body: "the first commission", "the same panel".
_NOT_KIND = {"first", "second", "third", "fourth", "last", "next", "same", "whole", "full", "entire", "such",
             "another", "any", "each", "every", *numbers(1), *VAGUE_COUNTS,
             "former", "current", "previous", "latest", "earlier", "later", "only", "main", "final", "very", "so",
             "more", "most", "less", "much", "no", "some", "all", "both", "either", "neither", "what", "whose"}
#: Function words, pronouns and verbs that end a description before the noun ("the report said the commission").
_FUNCTION = {"the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by", "with", "from",
             "as", "that", "which", "who", "said", "says", "told", "is", "was", "are", "were", "be", "been", "has",
             "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "its", "their", "his",
             "her", "it", "they", "this", "these", "new", "other", "own", "not"}
#: Words that open what follows a body's noun: its own clause ("the commission he tapped", "a panel that will",
#: "the commission to investigate"), a plural verb ("investigators with the commission say").
_CLAUSE_OPENERS = {"of", "that", "which", "who", "he", "she", "they", "it", "we", "to", "say", "said", "found"}
#: Up to three lowercase words that say what kind of body it is ("presidential", "oil spill", "state").
_KIND_WORD = r"[a-z][a-z-]*[a-z]"
#: Up to three such words after a name ("White House oil spill commission", "U.S. government-sponsored panel"); a
#: function word between ("Obama tapped a commission") makes the name no part of the body's.
_KIND_RUN = r"(?:(?!(?:" + "|".join(sorted(_FUNCTION)) + r")\b)" + _KIND_WORD + r"\s+){0,3}"


def _described_mentions(noun: str, text: str) -> list[tuple[str, ...]]:
    """The descriptions ``text`` gives ``noun`` with an article: "an oil spill commission" -> ("oil", "spill"), in text
    order, each ending on the noun as its phrase's head."""
    found = []
    for m in re.finditer(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?) ((?:" + _KIND_WORD + r" ){1,3})" + re.escape(noun) + r"\b(?![-’'](?!s\b))",
                         text):
        words = tuple(m.group(1).split())
        if any(w in _FUNCTION or w in _NOT_KIND or w.endswith("ed") or w.endswith("ly") for w in words):
            continue  # ("the report said the commission", "the newly formed commission": no kind of body)
        after = re.match(r"(['’]s\b)?\s*([^\s]*)", text[m.end():])
        word = after.group(2).lower().strip("“”\"‘’(),.;:!?")
        if after.group(1) or not after.group(2) or after.group(2)[:1] in ",.;:)”\"—–-?!" or word in AUX or word in _CLAUSE_OPENERS or finite_verb(word, noun) \
                or word.endswith(("ing", "ed")):
            # ("the presidential commission investigating the spill", "the commission's chair"; "a yellow panel with
            # dials" is no body's noun)
            found.append(words)
    return found


def described_body(noun: str, text: str) -> str | None:
    """ "the presidential oil spill commission": how ``text`` last described the body ``noun`` names, when every
    description it gives agrees and it names no body of that noun; else None."""
    # ("Commission identifies failures" opening a headline or a sentence is no name)
    if re.search(r"(?<![\n.!?:“\"‘(]\s)(?<![\n“\"‘(])(?<!^)\b" + re.escape(noun.capitalize()) + r"\b", text) or re.search(
            r"(?<![\w’'-])(?!(?:The|A|An)\b)[A-Z][\w’'&-]*\s+" + _KIND_RUN + re.escape(noun) + r"\b", text):
        return None  # ("the Coastal Recovery Commission", "the White House oil spill commission": a named one)
    mentions = _described_mentions(noun, text)
    if not mentions:
        return None
    every = {w for words in mentions for w in words}
    chosen = next((words for words in reversed(mentions) if set(words) >= every), None)
    return f"the {' '.join(chosen)} {noun}" if chosen else None


def without_owner(form: str, noun: str) -> str | None:
    """ "the White House oil spill commission" -> "the oil spill commission": a body's name without its owner's name,
    for a title the whole name makes too long; None when nothing but the owner tells what kind of body it is."""
    m = re.fullmatch(r"[Tt]he (?:[A-Z][\w’'&.-]* ){1,3}((?:" + _KIND_WORD + r" ){1,3})" + re.escape(noun), form)
    if m is None or any(w in _FUNCTION or w in _NOT_KIND for w in m.group(1).split()):
        return None
    return f"the {m.group(1)}{noun}"
