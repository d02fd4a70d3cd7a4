"""A pull quote's closing marker and its credit, run into the paragraph after it (issue 16).

A page that sets a speaker's words apart as a pull quote ends the box with a marker ("End Quote") and the
speaker's credit, a name and a role ("End Quote Jane Doe Harbour board chair"). Saved as text, the box
loses its layout: the quoted words, the marker and the credit run into the next paragraph with no stop
("... worse than we feared" End Quote Jane Doe Harbour board chair The ferries stopped on Monday."). The
quoted words repeat the body's, and the credit is no sentence, so both are furniture; the paragraph after
the credit is the story's.

The credit has no stop of its own, so where it ends is read from how prose opens a sentence: an opening
quote mark, a word a sentence opens with ("The", "But", "He"), a capital after a role's lowercase noun
with a lowercase word after it ("... business editor Shares fell ..."), or a capital followed by a verb
("... Secretary Northwind said ..."). A credit long past a role's length with none of these is left as
it is, and only the marker and the quoted words before it go.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.count_words import numbers

#: The marker that closes a pull quote, with the words of the quote before it on its line.
_END_QUOTE = re.compile(r"\bEnd Quote\s+")
_WORD = re.compile(r"\S+")
#: Words a sentence opens with that no credit's name or role holds.
_OPENERS = frozenset([
    "the", "a", "an", "in", "on", "at", "as", "if", "but", "and", "or", "so", "he", "she", "it", "they", "we", "i",
    "you", "there", "this", "that", "these", "those", "its", "his", "her", "their", "our", "since", "during",
    "meanwhile", "however", "among", "apart", "after", "before", "when", "while", "although", "though", "despite",
    "many", "some", "most", *numbers(1), "last", "earlier", "later", "yet", "still"])
#: Words a role's lowercase words join a name with ("professor of Marine Biology", "analyst at Northwind").
_JOINING = frozenset(["of", "at", "for", "and", "the", "to", "from", "on", "in", "with"])
#: A finite verb straight after a capital: the capital is a sentence's subject ("Northwind said", "BP remained").
_VERB = re.compile(r"(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|said|says|will|would|could|can|may|might|did|does|[a-z]{3,}ed),?$")
#: The most words a credit runs to before the story's next sentence: a name and a role with an organisation.
_CREDIT_WORDS = 22
_CLOSING_QUOTES = ("\"", "”", "’", "'")


def _story_restarts(words: list[str]) -> int | None:
    """The index of the word in ``words`` (the credit's and then the story's) that opens the story again, or None."""
    for k in range(2, min(len(words), _CREDIT_WORDS)):
        word, prev = words[k], words[k - 1]
        after = words[k + 1] if k + 1 < len(words) else ""
        if word[:1] in "\"“":
            return k
        if not word[:1].isupper():
            continue
        bare = word.rstrip(",")
        if bare.lower() in _OPENERS and after and (len(bare) == 1 or not bare.isupper()):  # ("IT director": a role)
            return k
        if after[:1].islower() and not word.endswith(",") and _VERB.match(after):
            return _subject_start(words, k)
        if after[:1].islower() and _role_word(prev):
            return k
    return None


def _role_word(word: str) -> bool:
    """Whether ``word`` may close a credit's role: a lowercase noun ("editor", "fisherman"), not a joining word."""
    return word[:1].islower() and not word.endswith(",") and word not in _JOINING


def _subject_start(words: list[str], k: int) -> int:
    """Where the subject whose verb follows ``words[k]`` opens: a capitalised name after a role's lowercase noun
    is the subject's whole ("... business editor Jane Doe said"), while a name run on from the credit's own
    capitals stays the credit's ("... Harbour Secretary Northwind said")."""
    first = k
    while first > 2 and words[first - 1][:1].isupper() and not words[first - 1].endswith(","):
        first -= 1
    return first if first < k and _role_word(words[first - 1]) else k


def pull_quote_credit(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The span of ``text[line[0]:line[1]]`` from its start through a pull quote's "End Quote" marker and the
    credit after it, or None. The words before the marker must close a quote, or be none (the quote ran on
    the line before)."""
    start, end = line
    part = text[start:end]
    marker = _END_QUOTE.search(part) if "End Quote" in part else None
    if marker is None:
        return None
    before = part[:marker.start()].strip()
    if before and not before.endswith(_CLOSING_QUOTES):
        return None
    found = list(_WORD.finditer(part, marker.end()))
    restart = _story_restarts([m.group(0) for m in found])
    lead = start + len(part) - len(part.lstrip())
    stop = marker.end() if restart is None else found[restart].start()
    return lead, start + len(part[:stop].rstrip())
