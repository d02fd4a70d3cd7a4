"""Dates that say which thing a noun names, not when anything the sentence tells happened.

A date before a noun that names no happening sorts the thing. In an aside that describes someone or something by a
noun with a phrase hung on it ("Tom Hale, author of the 2029 book", ", an adviser to the governor's 2028
campaign") the date is the thing's, and the clause around it goes on at its own time ("The trade has deep pockets,
said Ann Lowe, an adviser to the governor's 2028 campaign": :func:`names_a_thing`). As the possessive of a subject
that only is something ("This year's dead zone is likely to be the biggest", "this year's crop will perish") a
period picks which zone or crop, and the clause tells a state or a forecast of the page's time, no happening of that
year (:func:`picks_which`).

An occasion or a record ("in a June 11 letter", "during the April 20 test", "according to a 2007 study") is the
clause's time and is left to the rules of occasions; so is a noun of a happening ("the 2005 explosion"). A figure's
period ("last year's profit was $5bn") is what the figure reports (:mod:`.scope_periods`).
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.happenings import EVENT_STEMS, stem

__all__ = ["names_a_thing", "picks_which"]

#: An aside that describes someone or something by a noun with a phrase hung on it: "Tom Hale, author of the 2029
#: book", ", a former strategist for the governor's 2028 campaign". The aside identifies; the date in it sorts the
#: thing it names, not the clause around it. (A verb's phrase, "contributed $2m to the 2028 campaign", and a phrase
#: placing the clause, "in his response to the February address", are the clause's own.)
_HUNG_ON = re.compile(r"(?i)[,–—-]\s*(?!(?:who|whose|which|that|when|where|while|as|and|but|or)\b)"
                      r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[a-z-]+(?<!ed)\s+){0,2}?[a-z-]+(?<!ed)\s+"
                      r"(?:of|for|with|about|to|at)\s+"
                      r"(?:(?:the|a|an|its|his|her|their|our|this|that)\s+|(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.-]*['’]s?\s+)"
                      r"(?:[A-Z][a-z-]+\s+|[a-z-]+\s+)?$")
#: Nouns of an occasion or a record, whose date is a happening's: "an April 29 event", "an April 18 report".
_OCCASIONS = re.compile(r"(?:events?|reports?|study|studies|letters?|memos?|e-?mails?|analys[ie]s|tests?|meetings?|"
                        r"hearings?|interviews?|speech(?:es)?|briefings?|conferences?|calls?|sessions?|visits?|trips?|"
                        r"votes?|elections?|deals?|agreements?|filings?|rulings?|orders?|statements?|announcements?|"
                        r"decisions?|launch(?:es)?|openings?|ceremon(?:y|ies)|concerts?|shows?|trials?|summits?|talks|address(?:es)?)$")
#: The noun after the date: a lowercase word or two (not a verb's ending, nor a preposition), "'s" allowed.
_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:(?!(?:and|or|but|to|of|in|on|at|by|for|from|with|when|as|that|which|who|"
                         r"" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r")\b)[a-z][a-z-]+[ \t]+){0,2}"
                         r"(?P<noun>(?!(?:and|or|but|to|of|in|on|at|by|for|from|with|when|as|that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD)
                         + r")\b)[a-z][a-z-]+)\b")
#: Nouns of a figure a period reports ("its 2009 profit", "last year's sales"): the period is the figure's own.
_FIGURES = re.compile(r"(?:profits?|loss(?:es)?|earnings|revenues?|sales|results|output|production|dividends?|budgets?|"
                      r"figures?|growth|income|deficit|surplus|rate|forecasts?|estimates?|totals?|spending|exports?|imports?)$")
#: A possessive period: "This year's", "last season's", "next summer's".
_PERIOD_POSSESSIVE = re.compile(r"(?i)(?:this|last|next)\s+(?:year|month|week|season|summer|spring|winter|autumn|fall)$")
#: A clause that only is something or may be: "is", "will be", "is likely to be", "remains", "will perish".
_STATE = re.compile(r"(?:\s+(?:in|on|of|at|off|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:(?:" + auxiliaries(BE_FINITE) + r"|remains?|seems?|looks?|appears?)\b|(?:will|would|could|may|might|"
                    r"should|is\s+(?:likely|expected|set|forecast)\s+to|are\s+(?:likely|expected|set|forecast)\s+to)\s+[a-z]+)")


def names_a_thing(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]``, before a noun that names no happening and no figure, sorts that noun's
    thing in an aside describing by a noun: "Tom Hale, author of the 2029 book"."""
    after = _NOUN_AFTER.match(text, end, sentence_end)
    if after is None or after.group("noun").endswith("ed") or _FIGURES.match(after.group("noun")) \
            or _OCCASIONS.match(after.group("noun")) or stem(after.group("noun")) in EVENT_STEMS:
        return False
    return _HUNG_ON.search(text, sentence_start, start) is not None


def picks_which(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a period's possessive on a sentence's subject that only is something
    or may be ("This year's dead zone is likely to be the biggest"): it says which zone, and the clause no happening
    of that year. A happening's noun ("Last week's blast was the worst") or a figure's keeps its date."""
    if not _PERIOD_POSSESSIVE.fullmatch(text[start:end].strip()) or not re.match(r"['’]s\b", text[end:end + 2]):
        return False
    after = _NOUN_AFTER.match(text, end, sentence_end)
    if after is None or _FIGURES.match(after.group("noun")):
        return False
    if stem(after.group("noun")) in EVENT_STEMS:
        return False
    # The subject opens the sentence or a clause joined to it ("..., but this year's crop will perish").
    opening = re.fullmatch(r"(?:.*[,;]\s*(?:but\s+|and\s+|while\s+|although\s+|though\s+|yet\s+)?)?[\s“\"‘]*"
                           r"(?:(?:The|A|An|the|a|an)\s+(?:[\w.-]+\s+){0,3}?(?:on|in|of)\s+)?", text[sentence_start:start],
                           re.S)
    return opening is not None and _STATE.match(text, after.end(), sentence_end) is not None
