"""A standfirst's bullets run into the picture's caption at the top of a page (issue 16: recall).

A saved newspaper page may open with its standfirst's bullets, each mark read as "cents" (the page's bullet
character saved in another encoding), with no stop after the last one and the caption of the page's picture run on
after it, then the picture's credit and the story:

    cents Ferry raised from the harbour floor cents Minister orders an inquiry Divers at the harbour mouth last week.
    Photograph: Jane Doe/Agency Salvage crews raised the sunken ferry on Tuesday ...

With the page's date stamp between the bullets and the caption, the stamp ends the bullets (:mod:`.cleanup`); with
none, nothing tells where the last bullet ends and the caption starts, and the line read as the story's first
sentence makes the lead of the bullets and takes the caption's date ("last week"). Both are the page's, not the
story's: the story starts after the credit, and its first sentence tells its news.
"""

from __future__ import annotations

import re

from timeline.extract.page_lines import filled_lines

#: The bullets' mark at a line's start, or between a headline and its first bullet.
_BULLET_MARK = re.compile(r"(?:^|\s)cents\s+(?=\S)")
#: More words than a headline, a few bullets and a caption hold: the line is a story's.
_MOST_WORDS = 90


def standfirst_bullets(text: str, lines: list[tuple[int, int]], found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The span of the page's first line when it holds a standfirst's bullets run into a caption, closed by a photo
    credit at most two lines below it with no date stamp on the line (``found``: the furniture found so far, as start,
    end and kind)."""
    filled = list(filled_lines(text, lines))
    if not filled:
        return []
    first = filled[0]
    start, end, line = first.start, first.end, first.text
    if not _BULLET_MARK.search(line[:200]) or len(line.split()) > _MOST_WORDS:
        return []
    if any(kind in ("stamp", "dateline") and start <= a < end for a, _, kind in found):
        return []  # the stamp ends the bullets: the page's own rules read them
    below = [row.start for row in filled[1:3]]
    if not any(kind == "credit" and a >= end and any(s <= a < s + len(text[s:].split("\n", 1)[0]) for s in below)
               for a, _, kind in found):
        return []
    return [(first.lead, end)]


__all__ = ["standfirst_bullets"]
