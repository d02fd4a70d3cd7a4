"""One plan or one figure told twice in one article, in words too different for the other merging tests.

A scheduled act is told once as news and again further down, often by a spokesman or with its details: "The
mayor will open the new bridge on Friday" ... "The mayor will be at the river for the day on Friday, cutting a
ribbon before lunch". One actor's plans of one day that share a word of what is planned beyond the actor's own
name are one plan (:func:`one_plan_retold`). Two actors' plans of one day are two ("Also on Tuesday, the
minister will meet ..."), and so is a plan done again ("another attempt") beside a first one.

A figure is the most exact word a report has: "Only 12% of the budget will be left, a report due today is
expected to say" ... "It is expected to announce on Wednesday that only 12% of the budget remains". Two
main clauses of one day (or the undated lead and a day just before its publication) giving one figure with its
unit, and sharing two more content words, tell one happening (:func:`one_figure_retold`); a figure of a
story's topic ("a $20bn fund") recurs in sentences about other happenings of other days, or with no other word
in common. A figure both headlines keep is the act's own, however differently the rest is worded: "The city has paid
the builder about $3.35 million so far, the council said on Monday" ... "The council told reporters on Monday the
bill is now up to about $3.35 million"; "Officials gave the test another 24 hours" ... "The government approved another
24-hour extension of the test"; "Divers found 130k-270k barrels on the surface" ... "a plane found 130,000 to 270,000
barrels on the surface". Its spelling may differ, and a two-digit count is exact enough there, with one more word of
the act shared besides what the figure counts (a fund's "20 million crowns" named again by marchers shares only the
unit); two actors named apart ("Shares in Alba fell 3%", "Shares in Brix fell 3%") tell two happenings.

Both readings mark the mentions they join with one ``Mention.one_of``, which the merger reads
(:func:`.predicates.one_of_agrees`); mentions another reading already joined keep theirs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.calendar_words import MONTH_PATTERN
from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.extract.act_nouns import EMPTY
from timeline.extract.once import join_as_one
from timeline.extract.predicates import AGAIN, LEAD_DATED, lead_stands_for, one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["figures", "one_figure_headlined", "one_figure_retold", "one_plan_retold", "plans_and_figures", "title_figures"]

#: Words that say an act is planned, scheduled or forecast rather than done: "will open", "is due to meet",
#: "plans to visit", "is expected to announce".
_PLANNED = re.compile(r"(?i)\b(?:will|would|shall|wo\s+n't|(?:" + auxiliaries(BE_FINITE) + r")\s+to|due\s+to|set\s+to|plans?\s+to|"
                      r"planned\s+to|planning\s+to|schedul\w*|slated|expected\s+to|expects\s+to|aims?\s+to)\b|'ll\b")
#: A figure with its unit, or a figure of three digits or more that is not a year: "12%", "$3.5bn", "70,000 barrels".
_FIGURE = re.compile(
    r"(?i)(?<![\w.,])(?P<cur>[$£€])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<unit>%|percent\b|per\s+cent\b|bn\b|billion\b|"
    r"m\b|million\b|pence\b|cents\b|barrels\b|gallons\b|tonnes\b|tons\b|people\b|cases\b|deaths\b|jobs\b|points\b))?")
_UNITS = {"percent": "%", "per cent": "%", "billion": "bn", "million": "m"}
#: How many content words besides the figure two tellings of one figure share.
_FIGURE_WORDS = 2


def figures(quote: str) -> frozenset[str]:
    """The figures a quote gives, each as one string whatever its spelling: "12 per cent" and "12%" are "12%",
    "$20 billion" and "$20bn" are "$20bn". A bare number of fewer than three digits, and a year, say too little."""
    found = set()
    for m in _FIGURE.finditer(quote):
        num, unit = m.group("num").rstrip(",."), re.sub(r"\s+", " ", (m.group("unit") or "").lower())
        unit = _UNITS.get(unit, unit)
        digits = num.replace(",", "").split(".")[0]
        if not m.group("cur") and not unit and (len(digits) < 3 or re.fullmatch(r"(?:1[6-9]|20)\d\d", num)):
            continue
        found.add((m.group("cur") or "") + num + unit)
    return frozenset(found)


#: Words that tell an act done again ("another attempt", "a second visit"); "more" and "further" are as often a
#: comparison or a degree ("more oil than the 5,000 barrels a day it estimated", "poses any further danger").
_AGAIN_WORDS = re.compile(r"(?i)\b(?:" + "|".join(sorted(AGAIN - {"more", "further"})) + r")\b")
#: "Also on Tuesday, the minister will ...": another happening beside the one told.
_ALSO = re.compile(r"(?i)\balso\b")


def _again_told(a: Mention, b: Mention, text: str) -> bool:
    """Whether one of two tellings says its act is done again ("another attempt") and the other does not."""
    return (_AGAIN_WORDS.search(text, a.start, a.end) is None) != (_AGAIN_WORDS.search(text, b.start, b.end) is None)


#: Words that only give a figure's size: two figures of one size share them whatever they count.
_MAGNITUDES = frozenset(["milli", "billi", "perce", "cent", "per"])


def _quote_words(m: Mention, text: str) -> frozenset[str]:
    """The content words of ``m``'s quote, names included (cut as ``content_words`` cuts them), less its actor's
    own name and a figure's size: what the act is, where and to whom."""
    from timeline.extract.merge import content_words  # merge calls this module: import when called
    actor = {w.lower()[:5] for w in (m.actor or "").split()}
    quote = re.sub(r"['’]s\b", "", text[m.start:m.end].lower())  # "the firm's services" and "the firm"
    return frozenset(w for w in content_words(quote) if w not in actor and w not in _MAGNITUDES)


def _planned(m: Mention) -> bool:
    """Whether ``m``'s main clause tells a plan: its verb's reading, or its title's words (which keep the main clause:
    "President Smith, seeking to calm the town, will head back to Holm" is titled "Smith will head back")."""
    return m.predicate.planned or _PLANNED.search(m.title) is not None


def _one_actor(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``a``'s actor is ``b``'s, or the one whose plan ``b``, a statement, reports: "The mayor will open the
    bridge on Friday" ... "Her spokesman said Lind would be at Holm on Friday"."""
    if not a.actor:
        return False
    name = a.actor.split()[-1]
    if b.actor and b.actor.split()[-1] == name:
        return True
    return b.is_statement and re.search(r"\b" + re.escape(name) + r"\b", text[b.start:b.end]) is not None


def one_plan_retold(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``a`` and ``b`` tell one actor's one plan of one day (see the module's docstring): both in their
    main clauses, both planned, dated by the act (not by a saying), one actor (or one the other, a statement,
    reports), and a word of the act or its object shared (two of the quotes' words when those share none)."""
    if a.sentence == b.sentence or not (a.main and b.main) or a.told or b.told or not one_day(a, b):
        return False
    if not (_one_actor(a, b, text) or _one_actor(b, a, text)):
        return False
    if "beside" in (a.continued, b.continued) or _again_told(a, b, text) or not (_planned(a) and _planned(b)):
        return False
    if _ALSO.search(text, a.start, a.end) or _ALSO.search(text, b.start, b.end):
        return False
    acts_a = {v for v in a.predicate.verbs if v not in EMPTY} | a.predicate.objects
    acts_b = {v for v in b.predicate.verbs if v not in EMPTY} | b.predicate.objects
    return bool(acts_a & acts_b) or len(_quote_words(a, text) & _quote_words(b, text)) >= 2


def one_figure_retold(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``a`` and ``b`` give one figure of one happening (see the module's docstring): both in their main
    clauses, of one day (or the lead and a day just before it), one figure and two more words shared."""
    if a.sentence == b.sentence or not (a.main and b.main):
        return False
    if not (one_day(a, b) or lead_stands_for(a, b) or lead_stands_for(b, a)) or "beside" in (a.continued, b.continued):
        return False
    if not figures(text[a.start:a.end]) & figures(text[b.start:b.end]) or _again_told(a, b, text):
        return False
    return len(_quote_words(a, text) & _quote_words(b, text)) >= _FIGURE_WORDS


#: A figure as a headline gives it: a number with its currency, its size ("130k", "$3.35 million") and its unit, a
#: duration's unit included ("24 hours", "24-hour"). (Not a year, a day of a month, a clock time, nor a bare number
#: under ten, nor an age or a span of years: those tell no act apart.)
_TITLE_FIGURE = re.compile(
    r"(?i)(?<![\w.,:/-])(?P<cur>[$£€#])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<k>k\b)?(?:[\s-]*(?P<unit>%|percent\b|per\s+cent\b|"
    r"bn\b|billion\b|m\b|million\b|hours?\b|days?\b))?(?![\d:.]\d)(?![\s-]*(?:years?|months?|weeks?)\b)")
_DATE_BESIDE = re.compile(r"(?i)(?:\b(?:" + MONTH_PATTERN + r")\.?\s*$|^\s*(?:st|nd|rd|th)?\s*(?:" + MONTH_PATTERN
                          + r")\b|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|[ecmp][sd]t\b))")
_TITLE_UNITS = {"percent": "%", "per cent": "%", "billion": "bn", "million": "m", "hours": "h", "hour": "h", "days": "d",
                "day": "d"}


def title_figures(title: str) -> frozenset[str]:
    """The figures a headline gives, each as one string whatever its spelling: "130k" and "130,000" are "130000",
    "24 hours" and "24-hour" are "24h", "$3.35 million" and "$3.35m" are "$3.35m"."""
    found = set()
    for m in _TITLE_FIGURE.finditer(title):
        if _DATE_BESIDE.search(title[max(0, m.start() - 12):m.start()]) or _DATE_BESIDE.search(title[m.end():m.end() + 8]):
            continue  # "May 17", "17 May", "5 p.m."
        num = m.group("num").rstrip(",.").replace(",", "")
        unit = _TITLE_UNITS.get(re.sub(r"\s+", " ", (m.group("unit") or "").lower()), (m.group("unit") or "").lower())
        value = float(num) * (1000 if m.group("k") else 1)
        if not m.group("cur") and not unit and (value < 10 or (re.fullmatch(r"(?:1[6-9]|20)\d\d", num))):
            continue
        found.add((m.group("cur") or "") + f"{value:g}" + unit)
    return frozenset(found)


def _named_apart(a: Mention, b: Mention) -> bool:
    """Whether two mentions' actors are two: "Shares in Alba fell 3%" and "Shares in Brix fell 3%"."""
    return bool(a.actor and b.actor) and a.actor.split()[-1] != b.actor.split()[-1]


def _units(m: Mention, text: str) -> frozenset[str]:
    """The words right after a figure of ``m``'s quote, its unit ("crowns" in "20 million crowns"), cut as the quote's
    words are: a unit tells what is counted, not which act counts it."""
    quote = text[m.start:m.end].lower()
    return frozenset(w.group(1)[:5] for w in re.finditer(r"\d[\d,.]*(?:\s*(?:k|m|bn|million|billion|%|percent))?[\s-]+"
                                                        r"(?:of\s+)?([a-z]{3,})", quote))


def one_figure_headlined(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``a`` and ``b`` are main clauses of one day in two sentences whose headlines keep one figure, their
    actors not named apart, neither telling the act done again beside the other (see the module's docstring)."""
    if a.sentence == b.sentence or not (a.main and b.main) or not one_day(a, b) or "beside" in (a.continued, b.continued):
        return False
    if _named_apart(a, b) or _again_told(a, b, text) or not title_figures(a.title) & title_figures(b.title):
        return False
    return bool((_quote_words(a, text) & _quote_words(b, text)) - _units(a, text) - _units(b, text))


def plans_and_figures(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions that tell one plan or one figure again. Only main clauses of
    one day, or a lead and the days just before it (which its publication day stands in for), in two sentences can
    tell one; only plans can tell one plan, and only tellings that share a figure one figure."""
    plans: dict[str, list[Mention]] = {}
    by_figure: dict[str, list[Mention]] = {}
    headlined: dict[str, list[Mention]] = {}
    for m in found:
        if not m.main:
            continue
        if _planned(m) and not m.told:
            plans.setdefault(m.key[:10], []).append(m)
        for figure in figures(text[m.start:m.end]):
            by_figure.setdefault(figure, []).append(m)
        for figure in title_figures(m.title):
            headlined.setdefault(figure, []).append(m)
    for told in plans.values():
        for i, a in enumerate(told):
            for b in told[i + 1:]:
                if not (a.one_of and b.one_of and a.one_of != b.one_of) and one_plan_retold(a, b, text):
                    join_as_one(a, b, "plan")
    for told in by_figure.values():
        for i, a in enumerate(told):
            for b in told[i + 1:]:
                if not (a.one_of and b.one_of and a.one_of != b.one_of) and one_figure_retold(a, b, text):
                    join_as_one(a, b, "figure" if one_day(a, b) else LEAD_DATED.rstrip(":"))
    for told in headlined.values():
        for i, a in enumerate(told):
            for b in told[i + 1:]:
                if not (a.one_of and b.one_of) and one_figure_headlined(a, b, text):
                    join_as_one(a, b, "figure")
    return found
