"""A page's top tells its one piece of news two or three times: the headline, the standfirst under it and the lead.

"School board votes to close three schools" / "The board voted 5-2 on Thursday night after months of debate" /
"The Brookfield school district board voted 5-2 on Thursday night to close three schools at the end of the year":
one vote. Furniture between them (a byline, a stamp, a video's caption) does not part them. Two mentions among the
first sentences of the page that hold a dated mention are one happening when they are of one day, both told in their
main clause, and share their main verb (not one of saying, being or having: many things are said on one day) and
something more: an object word or another content word ("board"). A standfirst about another happening ("The
board voted 5-2 ..." and "Parents protested outside ...") shares no verb; one told as a further act ("also", "another
vote", "voted again") is news of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.extract.act_nouns import EMPTY
from timeline.extract.once import join_as_one
from timeline.extract.predicates import AGAIN, one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_top_story"]

#: How many of the page's first sentences holding a dated mention are its top: headline, standfirst and lead.
_TOP_SENTENCES = 3
#: How far down the page the top may reach, counting the furniture between its blocks (byline, stamps, a caption).
_TOP_REACH = 8


def _top(found: list[Mention]) -> set[int]:
    """The sentences of the page's top: the first few that hold a dated mention, none far down the page."""
    return {s for s in sorted({m.sentence for m in found})[:_TOP_SENTENCES] if s <= _TOP_REACH}


def _verbs(m: Mention) -> frozenset[str]:
    return frozenset(v for v in m.predicate.verbs if v not in EMPTY and len(v) >= 3)


def _same_story(a: Mention, b: Mention, text: str) -> bool:
    if not (a.main and b.main and one_day(a, b)) or a.predicate.again or b.predicate.again:
        return False
    if (a.stems | b.stems | a.words | b.words) & (AGAIN | {"also"}):
        return False
    verbs = _verbs(a) & _verbs(b)
    if not verbs:
        return False
    from timeline.extract.merge import content_words  # merge calls this module: import when called
    # The story's topic words count here ("board" in the headline, the standfirst and the lead): ``words`` leaves
    # them out, as they tell nothing of which of the story's happenings a sentence far down the page tells.
    shared = content_words(text[a.start:a.end]) & content_words(text[b.start:b.end])
    return bool(a.predicate.objects & b.predicate.objects or {w for w in shared if w[:3] not in {v[:3] for v in verbs}})


def one_top_story(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the page top's mentions that tell one happening (see the module's docstring);
    mentions another reading of the article already joined keep theirs."""
    top = _top(found)
    at_top = [m for m in found if m.sentence in top]
    for i, a in enumerate(at_top):
        for b in at_top[i + 1:]:
            if a.sentence == b.sentence or (a.one_of and b.one_of) or not _same_story(a, b, text):
                continue
            join_as_one(a, b, "top")
    return found
