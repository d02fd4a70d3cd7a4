"""A "since" date that only measures a tally or a place held dates nothing: "Companies have drilled more than
42,000 wells since 1947", "Binge drinking has almost doubled since 1998", "A barge has been onsite since April 25".

What has added up since a date (a count, a sum, a share or a multiple) is a running total told as of the article's
day; the convention for events keeps none, and the gold reads "since 30 April" and "since the accident" in such
clauses as running totals. The date is the start the tally is measured from, and nothing the clause tells happened
on it. A place or a standing held since a date ("has been onsite since April 25", "has been in circulation since
2008") is a standing state as well: the title a timeline would give it states the state, not its start.

A "since" fronted before its clause ("Since Tuesday, the shares have gained nearly 4%") is left alone: it frames
the whole clause, and TimeBank, the statements benchmark, dates such a clause by it.

A post held since a date ("has been the city's health commissioner since 2002") is not: the gold reads it as the
post's taking. Nor is a denial ("has not leaked since July 15", "a name it has not used since 1998"): the date is
as often when the denied thing stopped or last happened (the leak's end, the renaming), which the gold keeps.

What stays: a happening told beside the date ("since July 15, when a crew fitted a new cap": the when-clause's);
an activity that began then with no count ("oil has leaked since April 20" dates the leak's start, as the gold
keeps it); a passive ("has been closed since Monday" tells the closing); and a date that "since" does not
take directly ("since it began operating on August 23": the beginning's own date).
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import HAVE_FORMS, auxiliaries
from timeline.extract.count_words import ROUND_NUMBERS

__all__ = ["measured_since"]

#: "since" right before the date, with an edge of a period between: "since early 2008", "since the start of 2009".
_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?$")
#: A happening told beside the date: "since 2003, when H5N1 reappeared", "since April 20 -- the day the rig exploded"
#: (a wire's underscore is its dash: "Since 1985 _ when the army created a buffer zone").
_TOLD_BESIDE = re.compile(r"(?i)\s*(?:,\s*|\s--?\s|\s*[—–]\s*|\s_\s)?(?:when|after|as|the\s+day|the\s+date|following)\b")
#: Where a clause begins or ends: a stop, a semicolon, a colon, a dash or a parenthesis (a comma may sit inside the
#: clause: "Since 1982, there had been ...").
_EDGE = re.compile(r"[;:()]|\s--?\s|[—–]|[.!?](?=\s|$)")
#: "been" before where a thing is or how it stands, not before a verb, a post nor a duty ("has been on patrol since
#: March", "on strike since Monday": an activity's start): "has been onsite", "has been in
#: circulation", "have been up since March", "has since 1995 been one of the top five". A post held ("has been the
#: city's health commissioner since 2002") stays: the gold reads it as taking the post then, and "in charge", "in
#: office" are posts too. A passive ("has been closed since Monday") tells the act that began it, and a progressive
#: ("has been pumping since May") an activity's start; both keep the date.
_BEEN_STATE = (r"\bbeen\s+(?:(?:in|up|down|out|off|under|aboard|ashore|afloat|onsite|there|here)\b"
               r"(?!\s+(?:charge|office|power|post|the\s+(?:job|post|role|helm)|command|control)\b)|"
               r"on-site\b|one\s+of\b|among\b)")
#: A held state: "has been onsite since April 25", "has since 1995 been one of the top five".
_HELD = re.compile(r"(?i)\b(?:" + auxiliaries(HAVE_FORMS) + r"|['’]s)\s+(?:(?:also|long|already|now)\s+)?" + _BEEN_STATE)
_HELD_AFTER = re.compile(r"(?i)\s*,?\s*" + _BEEN_STATE)
#: An aside set off by commas, which tells of something else: "The ports, which handle 80 percent of exports, have
#: been closed since Sunday", "Its port, not essential for shipments, has been closed since Sunday night".
_ASIDE = re.compile(r",[^,]*,")
#: A rate is how fast an activity goes, not a total: "60,000 barrels of oil a day have leaked since 22 April" dates
#: the leak's start, as "has leaked since April 20" does for the gold.
_RATE = re.compile(r"(?i)(?:\$\s?)?\b\d[\d,.]*\s+(?:[\w-]+\s+){0,4}?(?:a|an|per|each|every)\s+"
                   r"(?:second|minute|hour|day|week|month|year)\b")
#: Only the round counts ("twelve million computers", "dozens of wells", "hundreds of claims"): a small spelled
#: number counts the actors or a span as often as a tally ("the two firms have worked together since 2005", "for
#: three weeks since Monday"), and "many", "several" tell no total.
_COUNT_WORD = "|".join(sorted((*ROUND_NUMBERS, "dozens", "hundreds", "thousands"), key=len, reverse=True))
#: A tally: a figure ("42,000 wells", "$1.4 million", "a 50% increase", "at least 7 billion barrels") that is no
#: year, no clock, no place's depth or distance and no compound's ("a six-month ban"), a round count that counts no
#: "of" phrase ("the results of two probes" tells what was counted elsewhere), a change by a multiple ("almost
#: doubled") or a share ("wiped a quarter off its value").
_TALLY = re.compile(r"(?i)(?:\$\s?\d|\b\d[\d,.]*\s*(?:%|percent|per\s+cent)|"
                    r"\b(?!(?:1[6-9]|20)\d\d\b)\d(?:[\d,.]*\d)?(?![\d,.]?\d)(?!\s*(?:-|feet|foot|ft|miles?|metres?|meters?|km|kilometres?|"
                    r"kilometers?|yards?|degrees?|a\.m\.|p\.m\.|am\b|pm\b|GMT|EDT|CDT|BST|:\d))|"
                    r"(?<!\bof\s)\b(?:" + _COUNT_WORD + r")\b(?![-‐])|\b(?:doubled|tripled|trebled|quadrupled|halved|a\s+total|[a-z]+-?fold)\b|"
                    r"\b(?:a|one|two)\s+(?:quarter|third|half)\b)")

#: A tally named before "since" whose figure comes after the date: "This brings the official total since April to
#: 1,784", "the death toll since May stands at 40" ("the total since" holds no figure of its own, before the date).
_TALLY_NOUN = re.compile(r"(?i)\b(?:total|tally|toll|count)\s+$")
_FIGURE_AFTER = re.compile(r"(?i)\s*,?\s*(?:to|at|(?:now\s+)?(?:stands|stood|is|was)\s+at)\s+(?:(?:about|around|nearly|almost|"
                           r"some|roughly|more\s+than|over|at\s+least)\s+)?[$£€#]?\s?\d")


def measured_since(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is what "since" measures a tally or a place held from ("have drilled
    42,000 wells since 1947", "has been onsite since April 25"), with no happening told beside it."""
    if _SINCE.search(text, max(sentence_start, start - 40), start) is None:
        return False
    if _TOLD_BESIDE.match(text, end, sentence_end) or re.match(r"['’]s\b", text[end:end + 2]):
        return False  # "since Saturday's figures were collated": "since" opens a clause of its own
    edges = [m.end() for m in _EDGE.finditer(text, sentence_start, start)]
    left = edges[-1] if edges else sentence_start
    after = _EDGE.search(text, end, sentence_end)
    right = after.start() if after else sentence_end
    since = _SINCE.search(text, max(sentence_start, start - 40), start).start()
    clause = text[left:since]
    if re.fullmatch(r"[\s\"“‘*]*(?:(?:[\w'’,-]+\s+){0,12}?that\s+)?", clause, flags=re.I) and \
            not _HELD_AFTER.match(text, end, right):
        # "Since Tuesday, the shares have gained nearly 4%": a fronted "since" frames the whole clause, and TimeBank
        # (the statements benchmark) dates such a clause by it; only a "since" after what it measures is read here
        return False
    clause = _RATE.sub(" ", _ASIDE.sub(" ", clause.lstrip(" ,")))
    return bool(_TALLY.search(clause) or _HELD.search(clause)
                or _HELD_AFTER.match(text, end, right)
                or (_TALLY_NOUN.search(clause) and _FIGURE_AFTER.match(text, end, right)))
