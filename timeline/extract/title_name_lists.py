"""A title does not stop on the first of a list of names.

"Lawmakers summon top executives from Exxon Mobil | , Chevron, ConocoPhillips and BP", "the strain must be monitored in
parts of Asia | , Africa and South America", "could threaten the Mississippi | and Alabama coasts", "asked leaders of the
House Ways | and Means Committee": the cut keeps one member of a coordinated list of names (or the first half of a
name that holds "and"), and the title then says something the sentence does not (Exxon alone was summoned). A reader
takes the list as one phrase: the title keeps it whole or ends before it (:func:`.title_whole.whole_cut` looks for
such an end once :func:`.title_whole.ends_open` calls the cut open).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.title_open import STRICT_FINITE
from timeline.extract.title_words import verbish

__all__ = ["before_name_list", "name_list_cut"]

#: How many words a list may run before its "and" ("Exxon Mobil, Chevron, ConocoPhillips, Royal Dutch Shell and").
_LIST_REACH = 12

#: Words inside a name ("Centers for Disease Control", "Bank of America", "Gulf of Mexico").
_NAME_INNER = {"of", "for", "the", "de", "du", "von", "van", "&"}


def _name_word(word: str) -> bool:
    """Whether ``word`` may stand in a name: it opens with a capital or a digit ("3M"), its commas aside."""
    core = word.strip("“”\"‘’(),;")
    return bool(core) and (core[:1].isupper() or core[:1].isdigit()) and not core.isdigit()


def name_list_cut(kept: list[str], rest: list[str]) -> bool:
    """Whether the title ``kept`` ends on a name that the sentence (going on with ``rest``) joins to more names by
    commas and "and" or "or": "Exxon Mobil," before "Chevron, ConocoPhillips and BP", "Asia" before ", Africa and South
    America" (a comma may stand on the kept word or open the rest), "Mississippi" before "and Alabama coasts". Not when
    the name after the conjunction opens a clause of its own ("BP" before "and Transocean said ..."), nor after one
    name joined by a comma alone ("Louisiana," before "BP said": no list)."""
    if len(kept) < 3 or not rest or not _name_word(kept[-1]) or re.search(r"[.;:!?”\"’)]$", kept[-1]):
        return False
    words = list(rest)
    if words[0] == ",":  # (a comma split off as its own word)
        words = words[1:]
        comma = True
    else:
        comma = kept[-1].endswith(",")
    if not words:
        return False
    first = words[0].lower()
    if first in {"and", "or"} and not comma:
        return _member_ends(words, 1)
    if not comma:
        return False
    # A run of names, each closed by a comma, up to "and"/"or" and one more name.
    i = 0
    while i < min(len(words), _LIST_REACH):
        word = words[i]
        if word.lower() in {"and", "or"}:
            return i > 0 and _member_ends(words, i + 1)
        if not (_name_word(word) or (word.lower() in _NAME_INNER and i > 0)):
            return False
        i += 1
    return False


def _member_ends(words: list[str], at: int) -> bool:
    """Whether the name at ``words[at]`` is a list's member rather than the subject of a clause of its own: a verb
    right after its words ("and Transocean said", "and BP is") makes it a subject."""
    if at >= len(words) or not _name_word(words[at]):
        return False
    j = at
    while j < len(words) and (_name_word(words[j]) or (words[j].lower() in _NAME_INNER and j > at)):
        if words[j][-1:] in ",;:.":
            return True  # ("and BP, the operator" / "and BP." : the list closes on its last member)
        j += 1
    if j >= len(words):
        return True
    after = words[j].lower().strip("“”\"‘’(),;")
    return not (after in STRICT_FINITE or after.endswith(("n't", "n’t")) or (verbish(after, "") and not after.endswith("ing")))


#: Words that open the phrase a list of names stands in ("formed by Exxon", "executives from Exxon", "in parts of Asia").
_LIST_OPENERS = {"by", "from", "in", "of", "with", "to", "for", "at", "on", "including", "among", "between", "like",
                 "such", "as", "and"}


def before_name_list(kept: list[str], rest: list[str], verb_word: int,
                     ends_open: Callable[[list[str], list[str]], bool]) -> str | None:
    """The title ended before the phrase that holds a list of names the cut would break, when no whole list fits: "BP
    will join the response group [formed by Exxon Mobil, Shell and Chevron]", "the strain must be closely monitored [in
    parts of Asia, Africa and South America]"; an end at least two words past the main verb (word ``verb_word``) that
    ``ends_open`` passes; a participle that the list's "by" follows goes with it ("formed | by Exxon"). None when the
    cut keeps no list member or no such end exists."""
    if not name_list_cut(kept, rest):
        return None
    words = kept + rest
    for k in range(len(kept) - 1, verb_word + 1, -1):
        low = kept[k].lower().strip("“”\"‘’(),;")
        if low not in _LIST_OPENERS:
            continue
        end = k
        if low == "by" and re.fullmatch(r"[a-z]{3,}(?:ed|en)", kept[k - 1].lower()):
            end = k - 1  # ("the group formed | by Exxon ...": the participle is nothing without its agent)
        if end > verb_word + 1 and kept[end - 1][-1:].isalnum() and not ends_open(words[:end], words[end:]):
            return " ".join(words[:end])
    return None
