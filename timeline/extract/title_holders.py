"""A title keeps what makes it true: the holder of a forecast or opinion, and the limit of a time-bound statement.

Two shortenings turn a true sentence into a false headline:

- "The amount could nearly double by next week, said Adm. Thad Allen." loses its trailing attribution and the
  title states an official's forecast as fact ("The amount could nearly double"). A factual report keeps no
  attribution ("Turkey identifies its first case of swine flu, the ministry said" is the news); a forecast, an
  estimate or a quoted verdict is only true as someone's: the title names its holder ("Thad Allen: The amount
  could nearly double").
- "The bank will pay no dividends for the rest of the year." loses its date phrase like any other and the title
  reads as permanent ("The bank will pay no dividends"). A phrase that bounds the statement ("for the rest of
  the year", "until the end of the month") is part of what is said, so it stays in the title.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, MONTH_NAMES, WEEKDAY_NAME_PATTERN, WEEKDAY_NAMES
from timeline.extract.saying_words import SAID_SAYS, alternation, spoken
from timeline.extract.title_words import MAX_CHARS

__all__ = ["holder_kept", "limits_kept"]

#: A forecast, estimate or guess ("could", "is likely to", "probably"), or words the speaker is quoted as using.
_CLAIM = re.compile(r"\b(?:could|might|may|would|should|likely|unlikely|probably|possibly|perhaps)\b|[“”\"]")

#: The title already says who holds it.
_HELD = re.compile(r"\b(?:" + alternation(spoken("say"), spoken("estimate", "predict", "warn", "believe", "claim", "think",
                                                               "argue", base=True, past=False),
                                         {"according", "expect", "expects", "forecast", "forecasts", "fear", "fears"})
                   + r")\b|:")

#: A named speaker: up to five capitalised words ("Coast Guard Adm. Thad Allen", "the World Health Organization").
_NAME = r"(?:the\s+)?(?:(?:[A-Z][\w.'’&-]*|of|de|van|von)\s+){0,4}[A-Z][\w'’&-]*"

#: "..., said Jindal, a conservative." / "..., says Professor Ferguson.": the attribution inverted at the end.
_INVERTED = re.compile(r"(?P<mark>[,.]?[”\"]|,)\s+(?:" + alternation(SAID_SAYS, spoken("add", "argue", "write", "predict",
                                                                                   "warn", present=False))
                       + r")\s+(?P<speaker>" + _NAME + r")\.?(?:,\s[^“”\"]*)?\s*[.]?$")
#: "..., Feinberg says." / "..., NOAA said on Monday.": the speaker before the verb at the end.
_TRAILING = re.compile(r"(?P<mark>[,.]?[”\"]|,)\s+(?P<speaker>" + _NAME + r")\s+(?:"
                       + alternation(SAID_SAYS, spoken("add", "argue", "predict", "warn", "estimate", present=False))
                       + r"|told\s+[A-Z]\w*)"
                       r"(?:\s+(?:on|in|at|during|late|early|last)\s[^,“”\"]{1,40})?\s*[.]?$")

#: Words that open a capitalised phrase without naming anyone ("said Thursday", "He said").
_NOT_SPEAKERS = frozenset(["He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "There",
                           "Today", "Yesterday", "Officials", "Experts", "Analysts", "Sources", "Police", "Witnesses",
                           *(name.capitalize() for name in WEEKDAY_NAMES + MONTH_NAMES)])

#: Words that end the name of a body, not a person: a body has no surname to shorten to.
_BODY_WORDS = re.compile(r"\b(?:Organi[sz]ation|Service|Agency|Office|Ministry|Department|Company|Inc|Corp|Group|Bank|"
                         r"Association|Council|Commission|Institute|University|Administration|Guard|Centers?|Party|"
                         r"Fund|Board|Committee|Authority|Survey|Network|News|Times|Post|Journal)\b")


def holder_kept(title: str, sentence: str) -> str:
    """``title`` led by the speaker its sentence names at its end ("Thad Allen: BP might not ...") when the title
    is a forecast, estimate or quoted verdict that names no speaker; ``title`` unchanged otherwise or when the
    speaker does not fit the length limit."""
    if _HELD.search(title) or not _CLAIM.search(title):
        return title
    attribution = _INVERTED.search(sentence.strip()) or _TRAILING.search(sentence.strip())
    if attribution is None:
        return title
    speaker = re.sub(r"^the\s+(?=[A-Z])", "", attribution.group("speaker").rstrip("."))
    if speaker.split()[0] in _NOT_SPEAKERS or speaker.split()[-1] in title:
        return title
    held = f"{speaker}: {title}"
    if len(held) > MAX_CHARS and len(speaker.split()) > 1 and not _BODY_WORDS.search(speaker):
        held = f"{speaker.split()[-1]}: {title}"  # ("Coast Guard Adm. Thad Allen" -> "Allen", as a second mention)
    return held if len(held) <= MAX_CHARS else title


#: Words before a date that make it the statement's limit: "for the rest of [the year]", "until the end of [July]".
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:for|until|till|through|to)\s+the\s+(?:rest|remainder|end)\s+of\s+(?:the\s+)?$")
#: A date that is the limit itself: "[the rest of the year]", "[the remainder of 2010]".
_LIMIT_SPAN = re.compile(r"(?i)(?:(?:for|until|till|through)\s+)?the\s+(?:rest|remainder)\s+of\b|(?:until|till|through)\s+the\s+end\s+of\b")
#: "until [the end of the year]": the end of a period after "until" is the limit.
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|through)\s+$")
_END_SPAN = re.compile(r"(?i)the\s+end\s+of\b")

#: "will pay no more dividends [this year]": a negated act is bounded by the period it names.
_BOUNDED_NEGATION = re.compile(r"(?i)\b(?:no\s+more|no\s+further|not|n't|never)\s"
                               r"[^,;.]{0,80}$")
_THIS_PERIOD = re.compile(r"(?i)(?:this|the\s+current)\s+(?:year|season|quarter)")
#: Another day in the sentence ("He said on Wednesday ... this year"): its statement is that day's, and "this year"
#: a second event's date that merges with it by title; the limit is kept only where no day is told.
_DAY_TOLD = re.compile(r"\b(?:" + WEEKDAY_NAME_PATTERN + r"|today|yesterday|tonight|(?:last|this|next)\s+(?:week|month)|"
                       r"(?:" + MONTH_NAME_PATTERN + r")\s+\d)")


def _negation_bounded(sentence: str, start: int, end: int) -> bool:
    """ "will pay no more dividends [this year]" in a sentence that tells no day."""
    return bool(_THIS_PERIOD.fullmatch(sentence[start:end].strip())
                and _BOUNDED_NEGATION.search(sentence[max(0, start - 120):start])
                and not _DAY_TOLD.search(sentence))


def limits_kept(sentence: str, remove: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``remove`` without the dates that bound what the sentence says ("suspend dividends for the rest of the
    year", "until the end of the month", "will pay no more dividends this year"): the title keeps those words."""
    return [(start, end) for start, end in remove
            if not (_LIMIT_BEFORE.search(sentence[max(0, start - 40):start])
                    or _LIMIT_SPAN.match(sentence, start, end)
                    or (_END_SPAN.match(sentence, start, end) and _UNTIL_BEFORE.search(sentence[max(0, start - 20):start]))
                    or _negation_bounded(sentence, start, end))]
