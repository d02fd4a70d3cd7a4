"""A section heading in capitals run into the sentence after it is no part of its headline (issue 16, "grammar").

Long features put a heading in capitals above each section ("THE BIG EXPLOSION, MARCH 23, 2005", "PLANNED FOR
WEDNESDAY"); the page's text runs it into the section's first sentence. Cut there, the title is the heading alone or
the heading glued to a clause ("PLANNED FOR WEDNESDAY A report on the disaster will be sent"). A headline is the
sentence: the heading goes when a sentence starts after it.

A live blog's headline works the same way (issue 16, "clutter"): its page heads the summary with the headline and
"as it happened" ("Senate hearing on the spill - as it happened", "All Thursday's live updates as they happened") and
runs the summary's first sentence into it. What happened is the sentence after; the heading is the page's.

So with a bullet's mark, which a saved page reads as "cents" (:mod:`.standfirst_bullets`), before a summary's point
("cents Transocean has struck back this afternoon"), and with the rest of a web address a picture's credit broke at
its dot ("Photograph: guardian." then "co. uk Engineers will today begin ..."): the sentence starts after them.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN

__all__ = ["heading_gone"]

#: Three or more words in capitals, or two with a function word among them ("THE BIG EXPLOSION", "PLANNED FOR
#: WEDNESDAY"), before a sentence's capitalised first word; two acronyms ("BP CEO Tony Hayward") are no heading.
_HEADING = re.compile(r"^[“\"]?(?P<words>(?:[A-Z][A-Z'’-]+[”\"]?,?\s+){2,})(?=[A-Z][a-z]|A\s+[a-z]|I\s)")
#: A live blog's headline, up to its "as it happened", before the sentence that opens its summary (not before a day or
#: a month: "... as it happened Monday" tells when).
_LIVE_HEADING = re.compile(r"^[^.!?“”\"\n]{3,120}?\s+(?:[-–—]+\s+)?as\s+(?:it|they)\s+happened\s+"
                           r"(?!(?:" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + r")\b)(?=[A-Z])")
#: A bullet's mark before a point of a summary: "cents" (no sum of money: no number before it) before a capital.
_BULLET_MARK = re.compile(r"^cents\s+(?=[A-Z])")
#: The tail of a web address broken at its dot, before a sentence: "co. uk Engineers will ...", "com Giant box ...".
_ADDRESS_TAIL = re.compile(r"^(?:co\.\s?uk|com|org|net)\s+(?=[A-Z])")
_FUNCTION = {"THE", "OF", "FOR", "IN", "ON", "AT", "TO", "AND", "A", "AN", "WITH", "BY", "FROM"}


def heading_gone(text: str) -> str:
    """``text`` without a heading in capitals, a live blog's headline, a bullet's mark or a web address's tail that
    opens it before a sentence."""
    text = text[tail.end():] if (tail := _ADDRESS_TAIL.match(text) or _BULLET_MARK.match(text)) is not None else text
    live = _LIVE_HEADING.match(text)
    if live is not None:
        return text[live.end():]
    heading = _HEADING.match(text)
    if heading is None:
        return text
    words = [w.strip("“”\",") for w in heading.group("words").split()]
    if len(words) < 3 and not any(w in _FUNCTION for w in words):
        return text
    return text[heading.end():]
