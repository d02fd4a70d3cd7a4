"""A count over a span of years dates nothing at the span's ends: "The drum had vented vapours eight times between
1994 and 2004", "Between 2005 and January 2009, there were 12 human cases", "Spills totalled 176,000 barrels from
1969 to 2007".

A tally of many happenings across years tells how often something happened, not that it happened at the span's
start (the census's "not-event": a count over 1994-2004 dated to 1994). The span must run across calendar years
("between 1994 and 2004", "from 2006 to early 2008"): a span within a year or a week ("between Monday and
Wednesday, crews laid 20 miles of boom") is the time of the day's work. What stays: a span with no count ("served on
the board from 2005 to 2008" is a tenure's start and end), and a happening a clause of its own tells beside it.
"""

from __future__ import annotations

import re

from timeline.extract.count_words import COUNT_WORDS

__all__ = ["counted_over_years"]

_YEAR = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:1[6-9]|20)\d\d\b"
#: The span's two ends, around one of its dates: "between 1994 and 2004", "from 2006 to early 2008".
_SPAN = re.compile(r"(?i)\b(?:between|from)\s+(?:the\s+years?\s+)?(?P<first>" + _YEAR + r")\s*(?:and|to|through|until|-|–)\s*"
                   r"(?P<last>" + _YEAR + r")")
#: A count of happenings: "eight times", "12 human cases", "30 incidents", "totalled 176,000 barrels".
_COUNT = re.compile(r"(?i)\b(?:(?:\d[\d,.]*|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r"|twice|"
                    r"dozens|hundreds|thousands)\s+(?:[a-z-]+\s+){0,2}?(?:times|incidents|cases|accidents|spills|"
                    r"blowouts|fires|explosions|leaks|deaths|visitors|violations|citations|complaints)\b|"
                    r"\b(?:totall?ed|amounted\s+to|added\s+up\s+to)\b)")
_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|when|after|which|who)\s")


def counted_over_years(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is an end of a span across years over which the clause counts."""
    for span in _SPAN.finditer(text, sentence_start, sentence_end):
        if not (span.start() <= start and end <= span.end()):
            continue
        years = re.findall(r"\d{4}", span.group(0))
        if len(set(years)) < 2:
            return False
        left = max((m.end() for m in _CLAUSE.finditer(text, sentence_start, span.start())), default=sentence_start)
        stop = _CLAUSE.search(text, span.end(), sentence_end)
        clause = text[left:stop.start() if stop else sentence_end]
        return _COUNT.search(clause) is not None
    return False
