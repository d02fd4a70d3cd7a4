"""A "today" that means nowadays, not the report's day.

Features set the present against the past with "Today, the bay's oyster industry relies on
imported oysters" or "Today he has a new assignment": a standing state told in the present,
which TimeML values PRESENT_REF. News of the day is told in the past or the future ("Today, BP
said", "Today the committee will hear"), as a present progressive ("Today she is crying") or a
present perfect ("Today one man has stepped forward"), or names the day itself ("Today is Day 36",
"Today there are 3,000 cases"); those keep the report's day.
"""

from __future__ import annotations

import re

# Present forms of being, having and holding: a state, not an act of the day.
_STATE_VERBS = frozenset(["is", "are", "has", "have", "can", "remains", "remain", "relies", "rely", "lives", "live",
                          "knows", "know", "owns", "own", "depends", "depend", "means", "mean", "stands", "stand",
                          "exists", "exist", "looks", "look", "seems", "seem", "belongs", "belong", "lies", "lie",
                          "sells", "sell", "costs", "cost", "employs", "employ", "encompasses", "encompass"])
# Words that tell the clause is the day's own news, or no present state at all.
_NEWS_WORDS = frozenset(["said", "says", "was", "were", "had", "did", "will", "would", "'ll", "shall", "announced",
                         "morning", "afternoon", "evening", "tonight", "yesterday", "tomorrow", "there", "this"])
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)$")
_WORD = re.compile(r"[A-Za-z']+|[,;:.!?\"“”()]")


def nowadays_today(text: str, start: int, end: int) -> bool:
    """Is the "Today" at ``start:end`` the opening of a present state ("Today, the industry relies
    on ...") rather than the report's day?"""
    if not _OPENING.search(text, max(0, start - 4), start) or text[end:end + 1] not in (",", " "):
        return False
    clause = re.split(r"[.!?;:\n\"“”]", text[end:end + 200])[0]
    words = [w.lower() for w in _WORD.findall(clause)]
    if not words or words[0] in ("is", "was", "s", "'s") or (words[0] == "," and words[1:2] in (["is"], ["was"])):
        return False  # "Today is Day 36", "Today was a good start": the day itself
    if _NEWS_WORDS & set(words):
        return False
    for i, w in enumerate(words[:12]):
        if w.endswith("ed") and len(w) > 4:
            return False  # "Today I started to feel better": a past verb, the day's
        if w in _STATE_VERBS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w in ("has", "have"):
                return nxt in _OWNED  # "he has a new assignment"; "has given", "have been drilled" may be the day's
            # ("is crying", "are in the lab" may be the day's: only a complement is a state)
            return not (nxt.endswith("ing") or (w in ("is", "are") and nxt in ("in", "at", "on")))
    return False


# Words that open the object of a possessive "has" ("Today he has a new assignment").
_OWNED = frozenset(["a", "an", "the", "no", "its", "his", "her", "their", "our", "my", "some", "many", "more", "little",
                    "few", "enough", "two", "three", "four", "five", "ten", "hundreds", "thousands", "millions"])


# "today's" before the people or things of an age ("today's teenagers", "today's world", "in
# today's dollars"): the present, as TimeML values a generic "today" (PRESENT_REF); "today's
# hearing", "today's losses" stay the day's. Also written "todays" and, with a lost apostrophe,
# "today s".
_GENERIC_AFTER = re.compile(
    r"(?:['’]s|s|\ss)\s(?:world|technology|technologies|society|economy|economies|children|kids|teenagers|"
    r"teens|youth|young|generation|generations|people|pensioners|parents|adults|standards|culture|"
    r"politics|media|workforce|workers|students|families|consumers|military|weapons|dollars|money|"
    r"prices|terms|AI|America|Europe|China|global|globalised|globalized|modern)\b")
# "most of today's Afghanistan", "parts of today s Pakistan": the land as it is now (one name, not
# a paper's or a show's: "most of today's Guardian", "all of today's Talk Back")
_LAND_OF = re.compile(r"(?i:\b(?:most|much|part|parts)\sof\s)$")
_LAND_AFTER = re.compile(r"(?:['’]s|\ss)\s(?!(?:Guardian|Times|Telegraph|Independent|Post|Mail|Sun|Mirror|Observer|Herald|"
                         r"Express|Journal|Standard|Today|News|Newsnight)\b)[A-Z][a-z]+\b(?!\s[A-Z])")
# "the world today", "consumer society today": an age, not a day (in lower case: "the BBC's World
# Today programme" is a show; "told the world today that" the day's news)
_AGE_BEFORE = re.compile(r"(?<!\btold the )(?<!\btell the )(?<!\btells the )\b(?:world|society|civilization|civilisation)\s$")
# a comparison with the present, "than we do today", "than it is today", "than they were then
# and are today": the present state, not the day's news
_THAN_BEFORE = re.compile(r"(?i:\bthan\s(?:[\w'’]+\s){1,3}(?:do|does|is|are|have|has|can)\s)$")


def generic_today(text: str, start: int, end: int) -> bool:
    """Does the "today" at ``start:end`` name the present age ("today's teenagers", "the world
    today", "than we do today") rather than the report's day?"""
    if _GENERIC_AFTER.match(text, end):
        return True
    if _LAND_AFTER.match(text, end) and _LAND_OF.search(text, max(0, start - 12), start):
        return True
    before = text[max(0, start - 40):start]
    return bool((text.startswith("today", start) and _AGE_BEFORE.search(before)) or _THAN_BEFORE.search(before))
