"""A title's "the fund" as the story introduced it: "a planned $20 billion fund" -> "the $20 billion fund".

News introduces a thing with an indefinite description that says which one it is ("a containment dome", "a $20bn
compensation fund", "a six-month moratorium") and then calls it by its noun alone ("BP will pay into the fund"). In a
timeline the title is read apart from that introduction, and "the fund" or "the dome" names nothing. When the story's
first mention of the noun is that introduction, and it introduces no other thing of the noun, the title's "the
<noun>" takes the introduction's words that say what kind or how big it is: a measure ("$20bn", "six-month",
"98-ton") or a noun before the head ("containment", "compensation", "trust"). Describing adjectives ("a planned fund",
"the crucial test", "a serious accident") say nothing of which one and stay out; a story that spoke of "the well"
before it introduced "a relief well" leaves "the well" as it stands (the relief well is another thing).
"""

from __future__ import annotations

import re

from timeline.extract.adjective_words import ADJECTIVE_ENDS, ADJECTIVES, NOUNS_LIKE_ADJECTIVES
from timeline.extract.company_kinds import BUSINESS_NOUNS, SORTED_ONLY
from timeline.extract.count_words import COUNT_WORDS
from timeline.extract.sentences import quotation_open
from timeline.extract.thing_kinds import STATE_WORDS
from timeline.extract.title_referents import PERSON_NOUNS, ROLE_NOUNS
from timeline.extract.title_words import AUX, BREAK_WORDS, DETERMINERS, MAX_CHARS, finite_verb

__all__ = ["introduced_named"]

#: "the fund" in a title: the article and one lower-case noun (not "the fund's", not "the fund-raiser").
_BARE = re.compile(r"\b([Tt]he) ([a-z][a-z]{2,})\b(?![-’'])")
#: Words of quantity that follow a number: "$20 billion", "1.5 million".
_AMOUNTS = {"million", "billion", "trillion", "bn", "m", "thousand", "hundred"}
#: Words before a noun that pick out no kind: order, size, novelty, vagueness.
_NO_KIND = {"new", "second", "other", "another", "first", "third", "single", "few", "number", "lot", "possible", "similar",
            "major", "big", "large", "small", "key", "huge", "massive", "separate", "different", "same", "further", "fresh",
            "recent", "brief", "planned", "proposed", "so-called", "very", "much", "more", "most", "less", "such", "good",
            "bad", "great", "serious", "little", "full", "whole", "rare", "real", "potential", "special", "simple",
            "severe", "local", "global", "mild", "complex", "critical", "strong", "weak", "wide", "broad", "initial",
            "interim", "final", "public", "secret", "formal", "minor", "long", "short", "close", "clear"}
_PEOPLE = re.compile(r"(?:" + ROLE_NOUNS + "|" + PERSON_NOUNS + r"|man|woman|boy|girl|person|people)s?", re.I)
#: Nouns of an organisation: a story describes the one it is about with them ("For a London-based petroleum company
#: ..., Robert Dudley might be just the ticket") and then calls another one "the company" ("When BP bought the company
#: in 1998"); the company finders (:mod:`.thing_names`) name them.
_BODIES = {*BUSINESS_NOUNS, *SORTED_ONLY, "corporation", "business", "agency", "organisation", "organization",
           "government", "administration", "producer"}


def introduced_named(title: str, before: str) -> str:
    """``title`` with its first "the <noun>" put as ``before`` (the story up to the title's sentence) introduced the
    thing ("the $20bn compensation fund"), or ``title`` unchanged."""
    for m in _BARE.finditer(title):
        noun = m.group(2)
        if _PEOPLE.fullmatch(noun) or noun in _BODIES or not _phrase_ends(title[m.end():], noun):
            continue
        if quotation_open(title[:m.start()]):
            continue  # (a quotation's words are the speaker's, as said: “... its forecast for the season”)
        kind = _introduction(noun, before)
        if kind is None or re.search(r"\b" + re.escape(kind) + r"\s+" + noun + r"\b", title):
            continue
        named = f"{title[:m.end(1)]} {kind} {noun}{title[m.end():]}"
        return named if len(named) <= MAX_CHARS else title
    return title


def _phrase_ends(after: str, noun: str) -> bool:
    """Whether the noun is the head of its phrase: the title ends there, or a stop, a break word, an auxiliary or a
    finite verb follows ("the fund | of", "the dome | is", "the dome | sinks"; not "the oil | spill")."""
    nxt = re.match(r"\s*(\S*)", after).group(1)
    word = nxt.lower().strip("“”\"‘’(),.;:!?")
    if word == "of":  # ("the outbreak | of SARS": its "of" phrase says which already; "the fund | of $1.25bn" how much)
        return re.match(r"\s*of\s+(?:about\s+|some\s+|nearly\s+)?[$£€\d]", after) is not None
    return not nxt or nxt[:1] in ",.;:)”\"—–-?!" or word in BREAK_WORDS or word in AUX or finite_verb(word, noun)


def _introduction(noun: str, before: str) -> str | None:
    """The words of kind or measure with which ``before`` first mentioned ``noun``, when that mention was its one
    indefinite introduction ("a planned $20 billion fund" -> "$20 billion"); else None."""
    # (a verb of the same spelling is no mention: "assets to fund the payments")
    mentions = list(re.finditer(r"(?<!\bto\s)\b" + re.escape(noun) + r"\b(?!-)", before, re.I))
    intros = list(re.finditer(r"\b(?:a|an)\s+((?:(?!(?:the|a|an|of|from|to|in|on|at|and|or|for|with|by)\s)[^\s,;:.“”\"()]+\s+){1,3})"
                              + re.escape(noun) + r"\b(?![-’'])", before))
    if not mentions or not intros or len({i.group(1).lower() for i in intros}) != 1:
        return None
    first = intros[0]
    if mentions[0].start() != first.end() - len(noun):
        return None  # ("the well" before "a relief well": the story's thing was told before it introduced another)
    sentence = before[before.rfind(".", 0, first.start()) + 1:(before.find(".", first.end()) + 1 or len(before))]
    if len(re.findall(r"(?<!\bto\s)\b" + re.escape(noun) + r"\b", sentence, re.I)) > 1:
        return None  # ("a relief well alongside the failed well": it introduces one thing beside another)
    words = first.group(1).split()
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        if not _of_kind(words[i], words[i - 1] if i else ""):
            break
        kept.insert(0, words[i])
    if not kept or all(w.lower() in _AMOUNTS for w in kept):
        return None
    others = {m.group(1).lower() for m in re.finditer(r"\b([a-z][a-z-]+)\s+" + re.escape(noun) + r"\b", before)
              if _of_kind(m.group(1), "") and not re.search(r"\d", m.group(1))} - {kept[-1].lower()}
    return None if others else " ".join(kept)  # ("a relief well" and "the oil well": two kinds, two things)


def _of_kind(word: str, before: str) -> bool:
    """Whether ``word`` before a noun says what kind or how much: a measure ("$20bn", "98-ton", "six-month", "billion"
    after a number) or a noun ("containment", "trust"); not a describing adjective or participle."""
    low = word.lower()
    if re.search(r"\d", word) or (low in _AMOUNTS and re.search(r"\d", before)):
        return True  # ("$20bn", "98-ton", "$20 billion")
    if re.fullmatch(r"(?:[a-z]+)-(?:[a-z]+)", low) and low.split("-")[0] in COUNT_WORDS | {"half", "mile", "year"}:
        return True  # ("six-month", "mile-long", "half-mile")
    if not re.fullmatch(r"[a-z]{3,}", word) or low in _NO_KIND or low in ADJECTIVES or low in STATE_WORDS \
            or low in BREAK_WORDS or low in DETERMINERS or low in AUX:
        return False
    if low in NOUNS_LIKE_ADJECTIVES:
        return True
    return not low.endswith((*ADJECTIVE_ENDS, "ing", "ed", "ly", "est", "y", "er", "en"))
