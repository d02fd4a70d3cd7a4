"""What "Those wells" or "That task" opening a title points back to: the fuller noun phrase of the sentence before.

News goes on from a noun phrase with a demonstrative and the same noun: "Both BP and the government are placing their
hopes on two relief wells ... Those wells are expected to be finished in August." In the story "those" points back;
in a timeline, read alone, "Those wells are expected to be finished" names nothing. The sentence before gave the
noun the words that say which ("two relief wells"), and the headline takes them: "The two relief wells are expected
to be finished". Only the same noun counts, in the same number ("That figure" is no "sales figures"), and only with
words the title's phrase lacks; a noun the sentence before does not have leaves the title as it is.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import MAX_CHARS

__all__ = ["demonstrative_named"]

#: "That task will be", "Those wells are": a demonstrative and one noun as the title's subject, a verb after it.
_OPENING = re.compile(r"(That|This|Those|These) ([a-z][a-z-]{2,}) (?=[a-z])")
#: A word that says which: an adjective, a noun before the head, a number ("two relief", "tricky"), never one of
#: grammar or another determiner.
_WORD = (r"(?!(?i:the|a|an|this|that|these|those|its|their|his|her|our|of|to|in|on|at|for|with|and|or|but|by|as|is|was|"
         r"are|were|be|been|has|had|have|will|would|could|can|may|might|must|should|not|no|which|who|whose|than|"
         r"more|most|some|any|other|such)\b)[a-zA-Z0-9][\w-]*")
#: A name or a model may say which as well: "the Q4000 surface vessel", "the Deepwater Horizon rig".
#: A count that opens a phrase of its own: "two relief wells".
_NUMBER = r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)"


def demonstrative_named(title: str, before: str) -> str:
    """``title`` with its "Those <noun>" subject put as the sentence before (the last of ``before``, the story's text
    before the title's sentence) named the noun, or ``title`` unchanged."""
    m = _OPENING.match(title)
    if m is None:
        return title
    plural = m.group(1) in ("Those", "These")
    noun = m.group(2)
    if plural != (noun.endswith("s") and not noun.endswith("ss")):
        return title  # ("These data", "This news"): the noun's number is not the word's
    sentence = re.split(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])|\n+", before.strip())[-1]
    # ("the damaged riser", "BP's two relief wells", "on two relief wells": a determiner or a number opens the phrase)
    found = list(re.finditer(r"\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|(?P<owner>(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s))\s+(?P<words>(?:" + _WORD
                             + r"\s+){1,3})|(?P<count>" + _NUMBER + r"\s+(?:" + _WORD + r"\s+){0,2}))" + re.escape(noun)
                             + r"\b(?![-’'])", sentence))
    if not found:
        return _of_named(title, m, noun, sentence)
    last = found[-1]
    words = (last.group("words") or last.group("count")).strip()
    if len(words.split()) < 2 and not last.group("owner") and not last.group("count"):
        return title  # ("a tricky task": one adjective tells no more which task than "that" did)
    named = f"{last.group('owner') or 'The'} {words} {noun} {title[m.end():]}"
    return named if len(named) <= MAX_CHARS else title


#: "a strain of H1N1 flu virus which could ...": the noun with an "of" phrase of its own, to a comma, a full stop or a
#: relative pronoun.
_OF_PHRASE = r"\s+of\s+((?:" + _WORD + r"\s+){0,3}" + _WORD + r")(?=\s*(?:[,.;:)]|\s(?:which|that|who|whose)\b|$))"


def _of_named(title: str, opening: re.Match[str], noun: str, sentence: str) -> str:
    """``title`` with its "That <noun>" put as the noun the sentence before told with an "of" phrase ("That strain"
    after "a strain of H1N1 flu virus": "The strain of H1N1 flu virus"), or ``title``."""
    found = list(re.finditer(r"\b(?:[Tt]he|[Aa]n?)\s+" + re.escape(noun) + _OF_PHRASE, sentence))
    if len(found) != 1:
        return title
    named = f"The {noun} of {found[0].group(1)} {title[opening.end():]}"
    return named if len(named) <= MAX_CHARS else title
