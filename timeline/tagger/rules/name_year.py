"""A year inside a name ("London 2012 organisers", "Euro 2012", "Expo 2010", "Vision 2030",
"MOEX Offshore 2007 LLC"): the name of an event, a plan or a company, not a date of the
sentence's act, which TimeML leaves untagged as it leaves "the Fox 2000 studio". The news gold
does so for a company's name; a law's "Act of 1990" keeps its year (the "of" says it dates it),
as do "the 2012 Olympics" and "in 2012" (the year written as a year, not as a word of a name).
"""

from __future__ import annotations

import re

# A capitalised word right before the year that is no word of a date: "In 2010", "Christmas 2009",
# "Spring 2010", "Copyright 2010" (a notice's year is its date), "AD 2010", "Q3 2010".
_NOT_A_NAME = frozenset([
    "in", "on", "at", "by", "for", "from", "since", "until", "till", "through", "throughout", "during", "before",
    "after", "of", "and", "or", "but", "the", "a", "an", "between", "around", "about", "circa", "early", "late",
    "mid", "end", "start", "beginning", "this", "last", "next", "to", "as", "that", "these", "those", "its",
    "his", "her", "their", "our", "your", "my", "with", "over", "under", "beyond", "toward", "towards", "per",
    "than", "like", "unlike", "against", "following", "including", "except", "when", "while", "if", "because",
    "so", "then", "yet", "not", "only", "even", "just", "spring", "summer", "autumn", "fall", "winter",
    "christmas", "easter", "copyright", "ad", "bc", "ce", "bce", "year", "years", "fiscal", "fy", "class",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
])
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<w>[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,5})\s$")
# Names whose year is their own: "Euro 2012", "Expo 2010", "Vision 2030", "Agenda 2030" (a cup's
# "World Cup 2010 Group 6 match" is left a date of the match, as the extractor's tests have it)
_NAME_HEADS = frozenset(["euro", "expo", "vision", "agenda", "olympics", "games", "paralympics"])
# What a name with a year goes on to say it is: a company ("MOEX Offshore 2007 LLC"), an event's
# body or parts ("London 2012 organisers", "the London 2012 Cultural Weekend")
_NAME_AFTER = re.compile(r"\s(?:LLC|Inc|Ltd|Plc|PLC|Corp|LP|GmbH|Holdings|Team|Games|Cultural|Festival|"
                         r"organi[sz](?:ers?|ing)|sponsors?|sponsorship|bid|committee|chairman|venues?|tickets|mascot|logo)\b")


def year_in_name(text: str, start: int, end: int) -> bool:
    """Is the year at ``start:end`` a word of a name: right after a capitalised word that no date
    begins with, and either a name that holds a year ("Euro 2012") or followed by what the name
    names ("London 2012 organisers", "Offshore 2007 LLC")? A place before a year alone ("born
    Rhayader 1819") is the place and the date of an event."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None or before["w"].lower() in _NOT_A_NAME or re.fullmatch(r"Q[1-4]|H[12]", before["w"]):
        return False
    return before["w"].lower() in _NAME_HEADS or _NAME_AFTER.match(text, end) is not None
