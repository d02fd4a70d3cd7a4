"""Who a title's "the Wyoming Republican" is: the one lawmaker the story named just before by office and name.

American news names a lawmaker once by office and name ("Sen. Mike Enzi", "U.S. Senator Barbara Boxer", "Rep. Joseph
Cao") and then by state and party ("the Wyoming Republican complained", "The California Democrat denounced ...").
Read apart from the story, "The California Democrat denounces a cover-up" names nobody; the lawmaker does ("Barbara
Boxer denounces ..."). Only one lawmaker may be named in the two sentences before the title's (and the title's own
sentence before the description): with two, which one is meant is the reader's guess. A party written beside the
name ("D-Calif.", "Republican of Illinois") must be the description's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.sentences import Sentence

__all__ = ["politician_named"]

#: "the Wyoming Republican", "The Democratic congressman": a lawmaker by state or party, as a title's subject.
_DESCRIBED = re.compile(r"(?<![\w’'-])[Tt]he ((?:[A-Z][a-z]+ ){1,2}(?P<party>Republican|Democrat)|"
                        r"(?P<party2>Republican|Democrat|Democratic) (?:senator|congressman|congresswoman|lawmaker))"
                        r"(?=\s+(?:(?:also|then|later|now|has|had|is|was|will|would|could)\s+)?[a-z]+\b)(?!['’])")
#: An office before a name: "Sen. Mike Enzi", "U.S. Senator Barbara Boxer", "Rep. Joseph Cao".
_LAWMAKER = re.compile(r"\b(?:Sen|Rep|Senator|Representative|Congressman|Congresswoman)\.?\s+"
                       r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?){1,2})(?!\w)(?:['’]s)?"
                       r"(?P<tag>,?\s+\(?[DRI]-[A-Z][a-z]{1,5}\.?\)?|,\s+(?:a\s+)?(?:Republican|Democrat)\b)?")


def _party(tag: str | None) -> str | None:
    if not tag:
        return None
    letter = re.search(r"\b([DRI])-|(Republican|Democrat)", tag)
    if letter is None:
        return None
    return {"D": "Democrat", "R": "Republican", "I": "Independent"}.get(letter.group(1) or "", letter.group(2))


def politician_named(title: str, text: str, sentences: Sequence[Sentence], index: int, start: int) -> str:
    """``title`` with its "the Wyoming Republican" put as the one lawmaker named in the two sentences before the one
    at ``index`` (or in its own words before ``start``), or ``title`` unchanged."""
    m = _DESCRIBED.search(title)
    if m is None:
        return title
    party = (m.group("party") or m.group("party2") or "").replace("Democratic", "Democrat")
    own = sentences[index]
    said = text.find(m.group(0), own.start, own.end)  # ("Sen. Ann Pike said ..., the Oregon Democrat added": hers)
    stretch = text[sentences[max(0, index - 2)].start:said if said >= 0 else max(start, own.start)]
    found = {(f.group("name"), _party(f.group("tag"))) for f in _LAWMAKER.finditer(stretch)}
    names = {name for name, _ in found}
    if len(names) != 1:
        return title
    name = names.pop()
    if any(tagged and tagged != party for _, tagged in found):
        return title  # ("Rep. Ann Pike, D-Ore. ... the Oregon Republican"): another lawmaker than the one named
    return title[:m.start()] + name + title[m.end():]
