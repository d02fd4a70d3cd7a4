"""A headline names an institution without its article when the room is short: "[The] Department of Homeland
Security declares the spill an incident of national significance", "[The] Gulf Coast Claims Facility is set up to
administer BP's $20 billion compensation fund".

A title cut to its length loses the end of its predicate, often the complement that carries the news ("declares the
spill | an incident of national significance"). The article before a named body says nothing a reader needs: an
editor short of room drops it before anything of the predicate. Only a subject that is the whole name of a body goes
so ("The Times", "The Hague" keep theirs: the article is part of the name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.title_rephrase import sure_end

__all__ = ["fuller_without_article"]

#: Words that make a name the name of a body: "Department", "Administration", "Facility", "Coast Guard".
_BODY_WORDS = {"Department", "Administration", "Agency", "Facility", "Commission", "Committee", "Council", "Institute",
               "Service", "Office", "Bureau", "Authority", "Board", "Center", "Centre", "Foundation", "Fund",
               "Organization", "Organisation", "Ministry", "Court", "Senate", "House", "Guard", "Association",
               "Corporation", "Company", "Group", "Panel", "Survey", "Society", "Union", "Federation", "Assembly",
               "Parliament", "Congress", "Pentagon", "Treasury", "Navy", "Army", "Inquiry", "Trust", "Bank",
               "Academy", "University", "College", "Laboratory", "Program", "Programme", "Project", "Network"}
#: "The" and a name of capitalised words, "of", "and", "for" or "on" between them, and an adverb of sequence before the
#: verb that goes with the article ("The Department of Homeland Security then declared"; "still", "also", "now" say
#: more and are not here).
_NAMED_SUBJECT = re.compile(r"The\s+((?:[A-Z][\w.&'’-]*\s+(?:(?:of|and|for|on|&)\s+)?){0,7}[A-Z][\w.&'’-]*)\s+"
                            r"(?:(?:then|later|meanwhile|subsequently)\s+)?")


def _bare(text: str, verb_at: int) -> tuple[str, int] | None:
    """``text`` without the article of the body's name that is its whole subject (and without an adverb of sequence
    after it), and the verb's new offset."""
    named = _NAMED_SUBJECT.fullmatch(text[:verb_at])
    if named is None or not any(word in _BODY_WORDS for word in named.group(1).split()):
        return None
    named_end = 4 + len(named.group(1)) + 1  # (where the adverb of sequence, if any, starts)
    return text[4:named_end] + text[verb_at:], named_end - 4


def fuller_without_article(text: str, verb_at: int, cut: str, cutter: Callable[[str, int], str],
                           ends_open: Callable[[list[str], list[str]], bool]) -> str:
    """``cut`` (``text`` cut by ``cutter``), or the cut of ``text`` without its subject's article when that keeps at
    least one word more of the predicate and ends whole, where a phrase surely ends
    (:func:`.title_rephrase.sure_end`)."""
    if cut == text or not text.startswith(cut) or len(cut) <= verb_at:
        return cut
    bare = _bare(text, verb_at)
    if bare is None:
        return cut
    again = cutter(*bare)
    if not bare[0].startswith(again) or len(again.split()) < len(cut.split()) + 1:
        return cut
    rest = bare[0][len(again):].split()
    # (only at a sure end: "puts out a snapshot pegging the Louisiana commercial | fishing industry" is no gain)
    return again if not rest or (not ends_open(again.split(), rest) and sure_end(again.split(), rest)) else cut
