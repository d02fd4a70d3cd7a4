"""Titles of sayings: the speaker and what was said, as a headline holds them.

A saying's headline names the speaker and the content ("Graber: “The leak is spreading faster”", "Graber says
the leak is spreading"); the speaker alone, or a quotation cut inside a phrase, tells nothing. What the title
writer (:mod:`.titles`) reads as a quotation and its attribution comes here to be put together.
"""

from __future__ import annotations

import re

from timeline.extract.title_ends import _hangs, _whole_phrase
from timeline.extract.title_subjects import _drop_role
from timeline.extract.title_words import (
    _PRESENT_FORMS,
    _SPEECH_PRESENT,
    _WEAK_END,
    MAX_CHARS,
    SPEECH_VERBS,
    _finite,
    _verbish,
)

__all__ = ["speaker_of", "with_quote"]


def with_quote(attribution: str, quote: str) -> str:
    """ "Berg says: “...”" with as much of the quote as a headline holds: the whole quote, else its first
    main clause (a leading "As our review expands," is not one), else the speaker's name and that
    clause ("Holder: “We will be meticulous”"); the attribution alone says nothing."""
    attribution = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+(?=[A-Z][a-z]+\s+[a-z])", "", attribution.rstrip(" .,;:"))
    quote = quote.strip()
    if len(attribution) + len(quote) + 4 > MAX_CHARS:
        # "Apollo 13 (the third mission to the moon) did not stop ...": a bracket in a quote is the writer's
        # gloss, not the speaker's words; a headline without room drops it.
        quote = re.sub(r"\s*\([^()“”\"]{2,80}\)", "", quote).strip()
    adverb = re.match(r"^(?:[A-Z][a-z]+ly|Rather|However|Indeed|Instead|Still|Yet|Again|Thus|Also|So|But|And|Now|Then|"
                      r"Meanwhile|Overall),\s+(?=\w)|^(?:And|But|So)\s+(?=[a-z]|I\b)", quote)
    if adverb and len(quote) - adverb.end() > 10:  # "Rather, a chain of failures led ...": the sentence adverb goes
        quote = quote[adverb.end()].upper() + quote[adverb.end() + 1:]
    if re.match(r"(?i)(?:even\s+)?(?:if|unless)\b", quote):
        # "If the cap works and they shut the well in, part of it could rupture": no part of a conditional
        # quote stands alone without its condition, so the quote goes whole or not at all.
        for head in (attribution, speaker_of(attribution)):
            if len(quote.split()) <= 16 and len(head) + len(quote) + 4 <= MAX_CHARS:
                return f"{head}: “{_quoted(quote)}”"
        return attribution
    clauses = [c for c in re.split(r"\s*[,;:—–]\s+|\s+(?:and|but|because|so)\s+|(?<!\.\.)[.!?]\s|\s+yet\s+(?=(?:the|a|an|"
                                   r"this|that|it|he|she|they|we|I|there)\b)", quote) if c]
    # A clause that opens with a subordinating word or a participle, or has no verb at all ("the casing", "or
    # both"), is no main clause of its own.
    while len(clauses) > 1 and (re.match(r"(?i)(?:even\s+)?(?:as|when|if|while|although|though|because|since|after|"
                                         r"before|once|unless|until|in|on|at|for|with|by|whether|depending|given|"
                                         r"assuming|including|considering|provided|or|and|but)\b", clauses[0])
                                or (not _has_verb(clauses[0]) and re.search(re.escape(clauses[0]) + r"\s*[,;:—–]", quote))):
        clauses.pop(0)  # ("The spill and the spreading is getting": a subject joined by "and" stays)
    if clauses and re.match(r"[a-z]+ly\b|[a-z]+(?:ed|ing)\b", clauses[0]):
        return attribution  # "tragically passed away": what is left has no subject
    first = clauses[0] if clauses else quote
    speaker = speaker_of(attribution)
    for head, said in ((attribution, quote), (attribution, first), (speaker, first)):
        if len(said.split()) <= 14 and (said is quote or len(said.split()) >= 3) and len(head) + len(said) + 4 <= MAX_CHARS:
            return f"{head}: “{_quoted(said)}”"
    room = MAX_CHARS - len(speaker) - 4
    words = first.split()
    for k in range(min(len(words), 14), 3, -1):
        part = " ".join(words[:k])
        if len(part) <= room and _whole_phrase(words[:k], words[k] if k < len(words) else None) \
                and (k == len(words) or any(_verbish(w.lower(), words[j - 1].lower() if j else "")
                                            for j, w in enumerate(words[1:k], 1))):  # a cut quote keeps its verb
            return f"{speaker}: “{_quoted(part)}”"
    # No whole phrase fits: what was said still beats "X says" alone, cut where nothing hangs if it can be.
    k = min(len(words), 14)
    while k > 3 and (len(" ".join(words[:k])) > room or words[k - 1].lower().strip(",;:") in _WEAK_END):
        k -= 1
    whole = k
    while whole > 3 and whole < len(words) and _hangs(words[:whole], words[whole]):
        whole -= 1
    k = whole if whole > 3 else k
    if k > 3:
        return f"{speaker}: “{_quoted(' '.join(words[:k]))}”"
    return attribution

def _quoted(words: str) -> str:
    """What a headline puts between its quotation marks: the words without the punctuation that ended their
    clause, nor a lone mark left where a quotation inside them was cut ("this ‘mission accomplished’ | moment")."""
    return re.sub(r"\s+[‘’'`]+$", "", words.strip(" .,;:")).strip(" .,;:")


def _has_verb(clause: str) -> bool:
    """Whether a piece of a quote holds a verb: a finite form, a present form, or a pronoun subject ("I think",
    "it's possible", "we will")."""
    words = [w.lower().strip(".,;:!?“”\"") for w in clause.split()]
    return bool(words) and (words[0] in {"i", "we", "you", "they", "he", "she", "it", "there"}
                            or any(_CONTRACTED_SUBJECT.fullmatch(w) or _finite(w, "") or w in _PRESENT_FORMS
                                   for w in words))


_CONTRACTED_SUBJECT = re.compile(r"[a-z]+['’](?:s|re|ve|ll|m|d)")


def speaker_of(attribution: str) -> str:
    """ "Fred Hartley, the head of Union Oil Co., told a hearing" -> "Fred Hartley": who spoke, by name."""
    speaker = re.sub(r"\s+(?:" + "|".join(sorted(_SPEECH_PRESENT | SPEECH_VERBS)) + r")\b.*$", "", attribution)
    speaker = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+(?=[A-Z][a-z])", "", speaker)  # "an angry Markey" -> "Markey"
    speaker = re.sub(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s.*$", r"\1", speaker)
    return _drop_role(speaker + " says")[: -len(" says")].strip() or speaker
