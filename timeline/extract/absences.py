"""A statement that something is not there: "Official figures are not available" (issue 16).

A clause whose whole news is that a thing is missing, with no one saying so ("Official figures were not
available", "The right equipment is not yet available"), tells no happening: nothing was done, found or
said at its date, which belongs to another clause of the sentence ("... but traders put imports in 2008 at
$11m"). A named source's saying so ("the ministry said figures were not available") keeps its source and
is left to the attribution rules; an absence that is itself a change ("Tickets are no longer available")
is a happening and stays.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, auxiliaries

#: The title's clause: a subject of a few words, a copula, "not" and "available", and nothing after but a purpose ("for
#: comment"). "Not available until the night of April 19" tells when it became available, a happening.
_ABSENT = re.compile(r"^(?:[\w'’,.$%-]+\s+){1,8}?(?:" + auxiliaries(BE_FINITE) + r")\s+(?:still\s+)?not\s+"
                     r"(?:(?:yet|immediately|readily|publicly|currently|widely)\s+)?available\b"
                     r"(?:\s+(?!(?:until|till|before|from|since)\b)[^,;:]{0,40})?$")


def absence(title: str) -> bool:
    """Whether ``title`` only says that something is not available (an unsourced absence, no happening)."""
    return "available" in title and _ABSENT.match(title.strip().rstrip(".")) is not None
