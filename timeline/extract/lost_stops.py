"""Sentences run together where the page lost its full stop (issue 16).

Scraped pages glue a headline, a caption or a quotation's last line to the next sentence with no stop between:
"... have been spewing out daily Speaking on Saturday, the president blamed ...", "... creeps closer It will be
placed over the leak". A word that opens English sentences ("The", "It", "He", "But", "Speaking", ...),
capitalised after a lower-case content word with no punctuation and followed by a lower-case word, starts a new
sentence: mid-sentence those words are never capitalised, unless they open a title or a quotation, which a verb of
saying or naming ("said", "called", "titled") or a function word ("that He will", "of The") before them shows.
"""

from __future__ import annotations

import re

__all__ = ["lost_stop_starts"]

_OPENERS = (r"It|He|She|They|We|But|There|The|This|In|At|After|Some|Many|Officials|His|Her|Their|Its|Speaking|"
            r"However|Meanwhile")
#: An opener after a lower-case word and a single space, then a lower-case word ("However," takes its comma).
_LOST_STOP = re.compile(r"(?<=[a-z]{3} )(?:(?:" + _OPENERS + r") (?=[a-z])|(?:However|Meanwhile),)")
#: Words after which a capitalised word opens a title, a name or a quotation rather than a sentence.
_BEFORE_QUOTED = {"that", "say", "says", "said", "saying", "tell", "tells", "told", "ask", "asks", "asked", "write",
                  "writes", "wrote", "reads", "read", "reading", "titled", "entitled", "called", "named", "dubbed",
                  "marked", "labelled", "labeled", "headlined", "meant", "means", "mean", "word", "words", "phrase",
                  "the", "and", "of", "for", "to", "in", "on", "at", "with", "from", "by", "as", "or", "but", "than",
                  "like", "about", "into", "what", "how", "why", "where", "when", "who", "which", "whether", "if",
                  "because", "so", "was", "is", "are", "were", "be", "been", "has", "have", "had", "will", "would",
                  "could", "should", "can", "may", "might", "must", "not", "yes", "film", "movie", "song", "album",
                  "book", "novel", "show", "programme", "program", "series", "play", "newspaper", "magazine", "paper",
                  "exclaimed", "shouted", "declared", "added", "replied", "answered", "insisted"}


def lost_stop_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts after a lost full stop."""
    starts = []
    for m in _LOST_STOP.finditer(text, start, end):
        previous = re.search(r"([A-Za-z’'-]+) $", text[max(start, m.start() - 40):m.start()])
        if previous and previous.group(1).islower() and previous.group(1) not in _BEFORE_QUOTED:
            starts.append(m.start())
    return starts


def headline_run_in(text: str, start: int, end: int, title_key: str) -> bool:
    """Whether the sentence ``text[start:end]`` is a page's headline cut by a lost stop from the standfirst it ran into
    (the page's title is both, run together): it stands for the title, which is no lead ("Iata members were in sombre
    mood at their meeting The global downturn ..." is a caption, then the news). What follows it is the body's, and may
    be the lead ("... drilling operations The companies involved in the spill made decisions ...")."""
    from timeline.extract.lead import normalized  # (the lead reads this module: no cycle at import)

    key = normalized(text[start:end])
    return bool(key) and title_key.startswith(key + " ") \
        and end + 1 in lost_stop_starts(text, start, min(len(text), end + 40))
