"""Points of comparison, and other dates that are not when the reported thing happened.

"Profit rose to $715m from $806m a year earlier", "down from 60 percent two weeks
ago", "larger than the 258,000 barrels leaked in 1989", "compared with $5bn for the
same period in 2009": the date belongs to the figure compared with. Such a date
yields to the clause's own time, and when it is only a reference point it is not
an event at all. So is an earlier reading of a figure ("A year ago, 60 percent approved").

Other dates in a sentence say something else than when it happened: how long an action
lasts ("for the rest of this year"), the period a count runs over ("for the second time
this year"), a habit ("used to publish them in November"), a season in a general truth
("outbreaks happen in late autumn"), a clock time written as four digits ("1737GMT"), and
anything asked in a direct question ("Which leaders erred most this week?").
"""

from __future__ import annotations

import functools
import re

from timeline.calendar_words import FIXED_ZONES
from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.compared_times import than_a_time
from timeline.extract.count_words import numbers_pattern
from timeline.extract.happenings import EVENT_NOUNS, PARTICIPLE_WORDS, REPORTING_PERIOD
from timeline.extract.likeness import likened
from timeline.extract.saying_words import SAID_SAYS, SAY_FORMS, SAY_TELL, alternation
from timeline.extract.sentences import Sentence
from timeline.extract.title_words import PRESENT as _PRESENT_FORMS

__all__ = ["BARE_SEASON", "CLOCK_ZONE", "COMPARED_WITH", "COMPARING", "COMPARISON", "COUNTED_IN", "HOLIDAY", "PERIOD_COVERED", "SUPPOSED",
           "compared_thing", "generic_present", "in_identifying_aside", "in_question", "is_comparison",
           "is_earlier_reading", "is_period_reported", "is_reference_point", "is_running_total", "negated_main_clause", "noun_content_clause",
           "reports_past"]


# "up 15% from a year earlier", "compared with the year-ago quarter": a point of comparison,
# not when the reported thing happened.
COMPARISON = re.compile(
    r"(?i)\b(?:a|one|two|three|the) (?:year|quarter|month|week)s? (?:earlier|before)\b|year-(?:earlier|ago)|"
    r"\byear earlier\b")
# "A year ago" on its own dates a happening ("the page was created a week ago"); after "from",
# "than" or "on" it is the figure compared with ("up 15% from a year ago").
_AGO = re.compile(r"(?i)\b(?:a|one|two|three|the) (?:year|quarter|month|week)s? ago\b|\byear ago\b")
COMPARING = re.compile(r"(?i)\b(?:from|than|on|over|versus|vs\.?|compared (?:with|to)|similar to|same as|like)\s+$")


def is_comparison(expression: str, before: str) -> bool:
    """Whether a date expression names the point a figure is compared with ("a year earlier")."""
    return bool(COMPARISON.search(expression) or (_AGO.search(expression) and COMPARING.search(before))
                or COMPARED_WITH.search(before)
                or bool(_CHANGE_AGAINST.search(before) and _YEAR_OR_PERIOD.match(expression)))
#: "compared with 2009", "rather than October 26", "next week, instead of Sunday as hoped": the point measured against,
#: or the date given up, not the one the clause states.
COMPARED_WITH = re.compile(r"(?i)\b(?:compared (?:with|to)|than|versus|vs\.|instead\s+of)\s+(?:the\s+)?$")
# "a 5% rise on 2009", "an increase over 2007": a change named as a noun, measured against a year or period.
# The verb ("shares rise on Tuesday") and a span ("a rise over the weekend") date the change itself.
_CHANGE_AGAINST = re.compile(r"(?i)(?:\b(?:an?|the|its|their)|\d[\d.,]*\s*(?:%|percent|per cent|[mb]n|million|billion)?)\s+"
                             r"(?:increase|rise|gain|jump|drop|fall|decline|decrease)s?\s+(?:over|on)\s+(?:the\s+)?$")
_YEAR_OR_PERIOD = re.compile(r"(?i)^(?:\d{4}\b|(?:the\s+)?(?:same|previous|prior|year-earlier)\b|last\s+year\b|a\s+year\b)")
# A comparison's reference point, not an event of its own: "than the 258,000 barrels leaked in 1989",
# "unlike the 1969 Santa Barbara and 1989 Exxon Valdez spills",
# "down from 60 percent two weeks ago", "a high of 72 percent in 2009", "compared with $5bn in 2009".
_AMOUNT = r"[$£€#]?\s?\d[\d.,]*\s*(?:%|percent|per cent|[mb]n\b|million|billion|trillion|barrels|points?)?"
_ABOUT = r"(?:nearly|about|around|some|roughly|almost|just|only|over|under|more\s+than|less\s+than|fewer\s+than)"
#: "up from its estimate last week of 20,000", "a sharp increase on the estimate of a week ago", "down from an earlier
#: forecast in May": the figure is measured against an earlier estimate, whose date is that estimate's, not the news'.
_EARLIER_ESTIMATE = (r"\b(?:up|down|(?:increase|rise|jump|drop|fall|decrease|decline|revision|change)s?)\s+(?:from|on|over)\s+"
                     r"(?:the|its|their|an?)\s+(?:(?:previous|earlier|initial|original|prior|official|own)\s+)?"
                     r"(?:estimate|forecast|projection|figure|count|reading|guess|tally|total)s?\s+(?:of\s+)?(?=\S*$)")
_REFERENCE_POINT = re.compile(
    r"(?i)(?:\bthan\b|\bunlike\b|\b(?:surpass|exceed|eclips|dwarf|outstrip|overtak)(?:es|ed|ing|e|s)?\s+(?:even\s+)?(?:the\s+(?:size|scale|"
    r"level|record|total|amount|volume)\s+of\s+)?(?=(?:the|its|their|a|an)\s)|\bcompared (?:with|to)\b|\bversus\b|\bvs\.|\bfrom\s+(?:around\s+|about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+|only\s+|over\s+|under\s+|more\s+than\s+|less\s+than\s+)?"
    r"(?:[$£€#]\s?\d[\d.,]*\s*(?:[mb]n\b|million|billion|trillion)?|\d[\d.,]*\s*(?:%|percent|per cent|[mb]n\b|million|"
    r"billion|trillion)|\d[\d.,]*\s+(?:basis\s+points|points|barrels|cents|pence|dollars|euros|pounds|tonnes|tons|"
    r"gallons)\b)|\ba (?:high|low|peak|"
    r"record) of\s+" + _AMOUNT + r"|\b(?:up|down)\s+(?:by\s+)?(?:(?:" + _ABOUT + r"\s+)?" + _AMOUNT + r"\s+)?from\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:" + _ABOUT + r"\s+)?(?=\S*$|\d|(?:" + numbers_pattern(1) + r")\b)|" + _EARLIER_ESTIMATE + ")"
    # ("more oil than the Exxon Valdez (in Alaska in 1989)": a bracket may name the place before the year)
    r"(?:(?!--)[^,;:()—–]|(?<=\d),(?=\d)){0,90}?(?:\(\s*(?:in|off|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},?\s+|\(?\s*)"
    r"(?:in\s+|on\s+|at\s+|during\s+|the\s+)?$")
# Between the comparison word and the date, a finite verb makes the date its own clause's
# ("more than 20 people were killed on Monday"), and so does "from $5 to $6" (a change, dated).
_OWN_CLAUSE = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, WILL_WOULD) + r")\b|\bfrom\s+\S+\s+to\b|"
                         r"\bfrom\s+(?:\S+\s+){1,8}?to\s+[$£€#]?\d")  # "from 15,000 barrels a day now to 40,000 by July"
_QUANTIFIER = re.compile(r"(?i)\b(?:more|less|fewer|over|under|greater|higher|lower|rather)\s+than\s*$")


_MEASURED_AGAINST = re.compile(r"(?i)(?:\d[\d.,]*\s*(?:%|percent|per cent)|\b(?:twice|three times|times))\s+"
                               r"(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger)\s+$")


def _reference_point(before: str) -> bool:
    # Each comparison word in turn: "more than four times larger than the amount lost in 1989" is
    # measured against the second, though the first only counts.
    pos = 0
    while (m := _REFERENCE_POINT.search(before, pos)) is not None:
        if _compares_with(before, m):
            return True
        pos = m.start() + 1
    return False


#: "less lethal than Sars in 2003", "faster than did the 1968 pandemic in ...", "less alive than they are today",
#: "worse than it was 30 years ago" (the irregular comparatives too):
#: a comparative measured against a named thing, or against an elliptical clause ("than they are", "than did").
_COMPARATIVE_THAN = re.compile(r"(?i)\b(?!(?:other|rather|order|after|never|under|over)\b)(?:(?:less|more)\s+[a-z]+|"
                               r"[a-z]{3,}er|worse|better|farther|further)(?:\s+[a-z]+)?\s+than\s+$")
_ELLIPTICAL_THAN = re.compile(r"(?i)^than\s+(?:(?:did|does|do|was|were|had)\s+(?:the|a|an|its|their)\s|"
                              r"(?:I|we|you|they|he|she|it|there)\s+(?:am|" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS) + r")\b"
                              r"(?:\s+been)?\s+(?:\w+\s+){0,2}$)")
_NAMED_THING = re.compile(r"^than\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:in|on|during|of)\s+(?:the\s+)?$")


def _compares_with(before: str, m: re.Match[str]) -> bool:
    if re.match(r"(?i)than\b", m.group(0)) and _COMPARATIVE_THAN.search(before[:m.start() + 5]) and (
            _ELLIPTICAL_THAN.match(m.group(0)) or _NAMED_THING.match(m.group(0))):
        return True
    if _OWN_CLAUSE.search(m.group(0)):
        return False
    if re.match(r"(?i)than\b", m.group(0)):
        # "than the 258,000 barrels leaked in 1989" compares amounts; "more than 20 people died on
        # Monday" counts, and "little better than break even in the fourth quarter" is not an amount;
        # "25 percent more than the volume it sold in the year ended in March" measures against it.
        if _MEASURED_AGAINST.search(before[:m.start()]):
            return True
        thing = _THAN_A_THING.match(m.group(0))
        if thing and not _TIME_BETWEEN.search(m.group(0)) and (
                thing.end() == len(m.group(0)) or _DATED_BY.search(m.group(0)[thing.end():])):
            # "greater than the 1979 Ixtoc I leak", "higher than its previous estimate released this
            # summer": measured against a thing that is dated, not a count of things on that date.
            return True
        return _QUANTIFIER.search(before[:m.start() + 4]) is None and re.match(
            r"(?i)than\s+(?:the\s+|a\s+|its\s+|their\s+)?[$£€#]?\s?\d", m.group(0)) is not None
    return True


_THAN_A_THING = re.compile(r"(?i)than\s+(?:the|its|their|his|her|our|that|those|a|an)\s")
# The thing's date modifies it ("the 1979 leak") or a phrase after it dates it ("the estimate released
# this summer", "the hearings on Tuesday"); "closer to us than the moon tonight" is the clause's time.
_DATED_BY = re.compile(r"(?i)\b(?:[a-z]+ed|" + PARTICIPLE_WORDS + r")\b|\b(?:in|on|at|during|of|from)\s+(?:the\s+)?$")
_TIME_BETWEEN = re.compile(r"(?i)\b(?:after|before|since|until|ago|later|earlier|each|every|per|a\s+(?:day|week|month|year))\b")
# "compared with, for instance, the lineup ...": an aside inside the comparison does not end it.
_ASIDE = re.compile(r"(?i),\s*(?:for (?:instance|example)|say|e\.g\.|notably|in particular)\s*,")


# "the president compared the BP oil spill to 9/11", "likened the crash to the 1987 one": the verb's second object.
_COMPARED_X_TO = re.compile(r"(?i)\b(?:compar|liken)(?:e|es|ed|ing)\s+(?:[^,;:.!?]{1,60}?\s)?(?:to|with)\s+(?:the\s+)?$")


_SAME_PERIOD = re.compile(r"(?i).*\b(?:the\s+|a\s+)?(?:same|similar|comparable)\s+(?:period|quarter|month|week|time|day|half)\s+(?:in|of|last)\s+\S+$")


# "the largest single rig loss since the 1988 Piper Alpha disaster", "its lowest level since 2003":
# a record is measured against the date, which is not when anything in the sentence happened.
_RECORD_SINCE = re.compile(r"(?i)\b(?:[a-z]{2,}est|most(?:\s+\w+)?|worst|best|first|only|highest|lowest)\b"
                           r"(?:[^,;:.]|(?<=\b[A-Z])\.){0,60}?"  # "its strongest level against the U.S. dollar since"
                           r"\bsince\s+(?:the\s+|a\s+|an\s+)?$")


#: "the nation's biggest oil spill since the Exxon Valdez disaster in Alaska in 1989", "the worst flooding since
#: Hurricane Katrina in 2005": a record measured against a past happening named with its year after it; the year is
#: the yardstick's, as in "since the 1989 disaster".
_RECORD_SINCE_NAMED = re.compile(r"(?i)\b(?:[a-z]{2,}est|most(?:\s+\w+)?|worst|best|first|only|highest|lowest)\b"
                                 r"(?:[^,;:.]|(?<=\b[A-Z])\.){0,60}?\bsince\s+(?:(?:the|a|an)\s+[^,;:.!?]{1,80}?|"
                                 r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}))\s(?:in|of)\s+$")


# "the first attempt since the April 20 blowout that killed 11 workers": the record's point is a happening the
# sentence tells in a past clause of its own, so the date is that happening's ("its lowest level since 2003",
# "the largest loss since the 1988 disaster" tell nothing happening then and stay reference points).
_TOLD_HAPPENING = re.compile(r"(?i)((?:\s+(?:and\s+)?[\w-]+){1,4}?)\s+(?:that|which)\s+(?:also\s+)?([a-z]+)\b")


def _told_happening(text: str, end: int, limit: int) -> bool:
    found = _TOLD_HAPPENING.match(text, end, limit)
    if found is None or not EVENT_NOUNS & set(found.group(1).lower().split()):
        return False
    verb = found.group(2).lower()
    return verb.endswith("ed") or verb in IRREGULAR_PAST_WORDS


# "five to six times the amount spilled in 1989": a multiple of something dated.
_TIMES = re.compile(r"(?i)\btimes\s+(?:the|as much as|more than|what)\b(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,90}?\s(?:in|on|during|since)"
                    r"\s+(?:the\s+)?$")
# "normally reported on the last Tuesday of the month", "used to publish them in November", "flu tends to spread
# fastest when schools reopen in September", "the resort typically earns most of its income between June and
# August": a habit, not a happening. The adverb and the date share one clause (no comma or clause mark between);
# a period ("between June and August", "from May to July") recurs as the habit does.
_HABIT = re.compile(r"(?i)\b(?<!as\s)(?<!than\s)(?:normally|usually|typically|generally|traditionally|customarily|"
                    r"routinely|habitually|invariably|always|often|used\s+to|tends?\s+to)\s+"
                    r"(?:(?!(?:but|and\s+then)\b)[\w'’-]+\s+){0,12}"
                    r"(?:on|in|at|by|during|every|each|of|between|from|through|throughout)\s+(?:the\s+)?$")


# "a week later than previously indicated", "two days earlier than planned": the date is measured from
# another one, and resolving it from the article's day would be wrong.
_THAN_AFTER = re.compile(r"(?i)\s+than\b")
_RELATIVE_SHIFT = re.compile(r"(?i)\b(?:later|earlier|sooner)\s*$")

# An earlier reading of a figure, told as the trend of a poll or a statistic: "A year ago, 60 percent
# approved", "Earlier this month 48 percent approved". The reading is the comparison point of the
# current one, not an event of its own.
_EARLIER = re.compile(r"(?i)\b(?:ago|earlier|before|previously|last|previous|prior)\b")
_OPENING = re.compile(r"(?i)^[\W]*(?:(?:and|but|by contrast|in comparison|then)\b[\s,]*)?(?:(?:in|on|at|as\s+of)\s+)?$")
_FIGURE_SUBJECT = re.compile(r"(?i)^,?\s+(?:only\s+|just\s+|some\s+|about\s+|nearly\s+|almost\s+|roughly\s+|"
                             r"fully\s+|as\s+many\s+as\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+)?"
                             r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)")
#: "In early April, before the rig exploded, 70 percent favoured ...": the reading is dated as the time before a
#: happening, which the story tells as the turn the figure moved after.
_BEFORE_HAPPENING = re.compile(r"(?i)^,\s+(?:before|prior\s+to)\s[^,;:.!?]{3,90}(?=,)")


#: "Prior to Thursday, Colombia was the only country to confirm a case", "Until last year, the firm had never made
#: a loss": a state that held up to a date, told to mark what changed then, not a happening of that date.
#: ("The Coast Guard said that before 2001, the agency was organized differently": the same after a saying's frame)
_UP_TO = re.compile(r"(?i)^\W*(?:[^,;:.!?“”\"]{0,60}?\b(?:" + alternation(SAY_TELL) + r")\s+(?:that\s+)?)?"
                    r"(?:prior\s+to|before|until|till|up\s+(?:to|until))\s+(?:the\s+)?$")
#: The comma is often left out after a short opening ("Until Saturday none of the sludge had reached shore").
_STATE_AFTER = re.compile(r"(?i)^,?\s+[^,;:.!?]{0,80}?\b(?:was|were|had)\b")
#: "Since then, oil has been pouring into the Gulf": "then" is a day told before, and what runs on from it is no
#: happening of that day.
_SINCE_THEN = re.compile(r"(?i)(?:^|\b)(?:ever\s+)?since\s+$")


_STEP_LATER = re.compile(r"(?i)(?:[\w-]+\s)?(?:days?|weeks?|months?|years?|decades?)\slater")
_NOW_WORDS = frozenset(["is", "are", "am", "remain", "remains", "still", "isn't", "aren't", "hasn't", "haven't"])


def _told_now(after: str) -> bool:
    """Whether the clause after a date first says "is", "still", "haven't" (a state now), before any past form
    ("wrote", "sealed") or a present perfect act ("BP has settled on ...")."""
    for word in re.findall(r"[A-Za-z'’]+", re.split(r"[.!?;]", after, maxsplit=1)[0].lower().replace("’", "'")):
        if word in _NOW_WORDS:
            return True
        if word in IRREGULAR_PAST_WORDS or word in ("was", "were", "had", "has", "have") or (len(word) > 4 and word.endswith("ed")):
            return False
    return False


def is_state_before(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` only bounds a state told before it changed, or runs on from a day
    told before ("since then")."""
    if text[start:end].lower() in ("then", "that time") and _SINCE_THEN.search(text[max(sentence_start, start - 12):start]):
        return True
    if _STEP_LATER.fullmatch(text[start:end]) and _told_now(text[end:end + 120]):
        return True  # "Three months later, we still have more questions": now, a state, not a dated happening
    return _UP_TO.match(text[sentence_start:start]) is not None and _STATE_AFTER.match(text[end:end + 120]) is not None


def is_earlier_reading(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` opens a sentence that gives an earlier reading of a figure."""
    if _OPENING.match(text[sentence_start:start]) is None:
        return False
    after = text[end:end + 140]
    before_happening = _BEFORE_HAPPENING.match(after)
    if before_happening is not None:
        return _FIGURE_SUBJECT.match(after[before_happening.end():]) is not None
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", text[start:end]) is None and _EARLIER.search(text[start:end]) is None:
        return False
    if _FIGURE_SUBJECT.match(after[:40]) is not None:
        return True
    # "Last year, one billion pounds of fish was harvested; now only a fraction is caught", "In 1965 there were 53m
    # hogs; today 65m are ...": a figure then, set against the one now in the same sentence.
    clause = re.match(r"[^.!?;]{0,160}", after)
    return (_A_FIGURE.search(clause.group(0)) is not None if clause else False) and _NOW_AFTER.match(
        after, clause.end() if clause else 0) is not None


_A_FIGURE = re.compile(r"(?i)\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b")
#: The present reading after an earlier one in the same sentence: "; now", "; today", ", but now".
_NOW_AFTER = re.compile(r"(?i)\s*[;,:—–-]+\s*(?:but\s+|and\s+|while\s+)?(?:now|today|these\s+days)\b")


# "440,000 jobs annually through 2020", "save 2 million barrels a day by 2030", "funding of $5m through 2030": the
# year a rate or a figure is projected to, not a happening ("to trap 8m litres daily by the end of June" is a plan).
_PROJECTED = re.compile(
    r"(?i)(?:(?:\b(?:a|an|per|each|every)\s+(?:day|week|month|year)|\bannually|\byearly|\bdaily)\s+"
    r"(?:by|through|into)|\d[\d.,]*(?:\s*(?:%|percent|per cent|[mb]n\b|million|billion))?\s+"
    r"(?:[a-z-]+\s+){0,3}through)\s+(?:the\s+)?(?:end\s+of\s+)?$")


#: "had paid more than $5.2 million since January", "has killed 257 people since 2003", "up 1,604 since Friday": a
#: running total counts from the date, which is when the count began, not when anything counted happened.
_RUNNING_TOTAL = re.compile(
    r"(?i)(?<![\w.,])\d+(?:[.,]\d+)*\s*(?:%|percent\b|per\s+cent\b|[mb]n\b|million\b|billion\b|trillion\b|points?\b)?"
    r"(?:\s+[\w'’$-]+){0,6}?\s+since\s+(?:the\s+(?:start|beginning|end)\s+of\s+|"
    # "have gained 60 percent since falling below 300 pence in June": the level the change counts from ("has hired 40
    # since opening its office in June" names an opening, a happening)
    r"(?:fall|hitt|reach|touch|peak|dropp|sink|plung|slump|bottom|ris|climb|jump|soar|tumbl|slid|dipp|trad|clos)ing\s(?:[^,;:.!?]|(?<=\d),(?=\d)){0,80}?\b(?:in|on|at|during)\s+)?(?:the\s+)?$")


#: "More than 1,300 people have been admitted to hospital with suspected symptoms since 13 April": a count whose
#: verb is in the present perfect runs from the date to now, however many words its clause holds.
_PERFECT_TOTAL = re.compile(r"(?i)(?<![\w.,])\d+(?:[.,]\d+)*(?:\s+[\w'’$-]+){0,3}?\s+(?:have|has)\s+(?:now\s+)?"
                            r"(?:been\s+)?[a-z]+(?:\s+[\w'’$-]+){0,10}?\s+since\s+(?:the\s+)?$")


#: "Waxman's committee alone has held seven hearings on the spill since May 12", "have made more than 40 arrests since
#: Friday": a present perfect whose object is counted runs from the date to now, and the number may follow the verb.
_COUNTED_SINCE = re.compile(
    r"(?i)\b(?:have|has)\s+(?:now\s+|already\s+|so\s+far\s+|also\s+)?(?:been\s+)?[a-z]{3,}\s+(?:(?:out|up|off|down|in|on)\s+)?(?:more\s+than\s+|at\s+least\s+|"
    r"about\s+|some\s+|nearly\s+|almost\s+|over\s+|a\s+total\s+of\s+)?(?:\$?\d[\d.,]*|" + numbers_pattern(2) + r"|dozens|scores|hundreds|thousands|millions|billions)\s+(?:[\w'’$-]+\s+){1,8}?since\s+(?:the\s+)?$")


def is_running_total(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``start`` is where a count or an amount told before it began ("$5.2m since January")."""
    before = text[max(sentence_start, start - 90):start]
    found = _RUNNING_TOTAL.search(before) or _PERFECT_TOTAL.search(text[max(sentence_start, start - 150):start]) \
        or _COUNTED_SINCE.search(text[max(sentence_start, start - 150):start])
    # "opened in 1990, and has since 1995 been ...": a year is no count.
    return found is not None and not re.fullmatch(r"(?:1[5-9]|20)\d\d\W*", found.group(0).split()[0])


#: "The weather service predicted winds, high tides and waves through Sunday": the span a forecast covers, which is
#: not when anyone forecast it, nor a happening of its own. (A forecast clause with a verb tells a happening to come,
#: which its span dates: "Forecasters predict the storm will move into the Gulf over the weekend".)
_FORECAST_SPAN = re.compile(r"(?i)\b(?:predict(?:s|ed)?|forecast(?:s|ed)?)\s+(?:show(?:s|ed)?\s+|suggest(?:s|ed)?\s+)?"
                            r"(?:(?!(?:will|would|could|may|might|to|" + auxiliaries(BE_FINITE) + r"|wasn['’]t|won['’]t|said|says|told)\b)"
                            r"[^\s;:.!?]+\s+){1,12}?(?:through|until|till|into|over)\s+(?:the\s+)?$")


def is_reference_point(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is only the reference point of a comparison (or a habit)."""
    before = _ASIDE.sub(" ", text[max(sentence_start, start - 130):start])
    if _RELATIVE_SHIFT.search(text[start:end]) and _THAN_AFTER.match(text, end):
        return True
    record = (_RECORD_SINCE.search(before) is not None or (
        _RECORD_SINCE_NAMED.search(before) is not None and re.fullmatch(r"\d{4}", text[start:end]) is not None)) \
        and not _told_happening(text, end, min(len(text), end + 80))
    return (_reference_point(before) or record or _TIMES.search(before) is not None
            or _HABIT.search(before) is not None
            or (_PROJECTED.search(before) is not None and re.fullmatch(r"\d{4}", text[start:end]) is not None)
            or _SAME_PERIOD.match(text[max(sentence_start, start - 40):end]) is not None
            or _COMPARED_X_TO.search(before) is not None or _simile(before) or likened(before, text[end:end + 90])
            or _FORECAST_SPAN.search(before) is not None or _extreme_compared(text, sentence_start, start, end)
            or than_a_time(before, text[start:end]))


#: "will report a $5bn profit for the final quarter of last year", "to unveil results for the first half on Tuesday":
#: a company's results are reported after the period they cover, so a quarter or half named after a verb of reporting
#: and its result noun is what the figure covers, not when the reporting happens (its own day, when the sentence
#: gives one, dates the event). "Exxon earned $9bn in the third quarter" has no reporting verb: the earning is the
#: quarter's. Only when the sentence dates the reporting: without a day of its own, "announced a loss for the third
#: quarter" keeps the quarter, which our gold and TimeBank's both accept as the date of a result.
_REPORTING_RESULT = re.compile(
    r"(?i)\b(?:report|post|announc|unveil|publish|releas|declar|deliver|forecast|predict|expect)(?:s|es|e|ed|ing)?\b"
    r"[^,;:.!?]{0,60}?\b(?:profits?|loss(?:es)?|earnings|results|revenues?|sales|income|figures|turnover)\b"
    r"(?:\s+(?:of\s+)?[$£€#]?\s?\d[\d.,]*\s*(?:[mb]n|million|billion)?)?\s+(?:for|in|over)\s+(?:the\s+)?$")


def is_period_reported(text: str, sentence_start: int, start: int, end: int, other_date: bool) -> bool:
    """Whether the date at ``text[start:end]`` is the period a reported result covers (see ``_REPORTING_RESULT``)."""
    if not other_date or not _REPORTING_RESULT.search(text[max(sentence_start, start - 110):start]):
        return False
    return REPORTING_PERIOD.search(text[start:end]) is not None


#: "rebounded 65 percent from their June low", "20 percent above its March peak", "up from a year low on June 9",
#: "down 27 percent from its close of $60.48 on April 20":
#: a low, high or level a figure is measured from is the point of comparison, and its date is that point's.
_FROM_EXTREME = r"\b(?:from|above|below|off|than|under|beneath|versus)\s+(?:its|their|the|a|an|his|her|our)\s+"
_EXTREME = r"(?:lows?|highs?|peaks?|troughs?|levels?|close|record)\b"
_EXTREME_BEFORE_DATE = re.compile(r"(?i)" + _FROM_EXTREME + r"$")
_EXTREME_AFTER_DATE = re.compile(r"(?i)\s+(?:closing\s+|intraday\s+|all-time\s+|record\s+|pre-\w+\s+)?" + _EXTREME)
_EXTREME_THEN_DATE = re.compile(r"(?i)" + _FROM_EXTREME + r"(?:[\w-]+\s+){0,3}?" + _EXTREME + r"(?:\s+of\s+" + _AMOUNT +
                                r")?\s+(?:on|in)\s+(?:the\s+)?$")


def _extreme_compared(text: str, sentence_start: int, start: int, end: int) -> bool:
    before = text[max(sentence_start, start - 60):start]
    return bool((_EXTREME_BEFORE_DATE.search(before) and _EXTREME_AFTER_DATE.match(text, end))
                or _EXTREME_THEN_DATE.search(before))


#: "it would be like having a foot of snow in Biloxi tomorrow", "it looks like the Spanish armada when they come in
#: in the evening": a simile's picture, which happens at no date.
#: "It now looks like the spill will continue until August", "it looks like the family moved there in 1861" are no
#: similes but guesses told as "it seems that": a finite verb in the picture, before any "when" clause of its own,
#: makes it a clause of fact; so does "what recovery looks like in the long term", where no picture follows "like".
_SIMILE = re.compile(r"(?i)\b(?:looks?|looked|feels?|felt|seems?|seemed|sounds?|sounded|would\s+be|would\s+have\s+been)\s+"
                     r"(?:just\s+|a\s+bit\s+|rather\s+|more\s+)?(?:like\s+(?=(?:a|an|the|us|them|it|this|that|some|"
                     r"[a-z]+ing)\b|(?-i:[A-Z]))|as\s+if\b|as\s+though\b)([^.;!?”\"]{0,120})$")
_FINITE = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS) + r")\b|"
                     r"n['’]t\b|['’](?:re|ll|ve|d)\b")
#: "looks like a finger reaching out from the patch, an imaging expert said on Friday": the picture ends at the comma.
_SAID_AFTER = re.compile(r"(?i),\s+(?:[\w.'’-]+\s+){0,6}?(?:" + alternation(SAID_SAYS, {"told", "added", "according"}) + r")\b")


def _simile(before: str) -> bool:
    m = _SIMILE.search(before)
    if m is None or _SAID_AFTER.search(m.group(1)):
        return False
    picture = re.split(r"(?i)\b(?:when|while|as|after|before|until)\b", m.group(1), maxsplit=1)[0]
    return _FINITE.search(picture) is None and _past_or_future().search(picture) is None


# Dates in a sentence that do not date a happening of its own, used by the extractor's anchors.

#: "suspend dividends for the rest of this year": how long, not when.
PERIOD_COVERED = re.compile(r"(?i)\b(?:for|through|throughout|over|during|in)\s+the\s+(?:rest|remainder|balance)"
                            r"\s+of\s+(?:the\s+)?$|"
                            # "will report falls in output for several more months this year": how long, within it
                            r"\bfor\s+(?:several|a\s+few|some|many|" + numbers_pattern(2) + r"|\d+)\s+(?:more\s+)?"
                            r"(?:days|weeks|months|years)\s+(?:of\s+)?$")
#: "at 1737GMT": four digits before a zone are a clock time, not a year.
CLOCK_ZONE = re.compile(r"\s?(?:" + "|".join(FIXED_ZONES) + r"|hrs|hours\b)")
#: "scrapped the trip for the second time this year": the period a count runs over.
COUNTED_IN = re.compile(r"(?i)\bfor\s+the\s+(?:first|second|third|fourth|fifth|sixth|\w+th|last|\d+(?:st|nd|rd|th))\s+"
                        r"time\s+(?:in\s+|since\s+)?$")
#: A clause that opens a direct question: a capitalised question word or inverted auxiliary.
_QUESTION_OPENING = re.compile(r"(?:^|(?<=[\s“\"‘(]))(?:What|Which|Who|Whom|Whose|Why|How|When|Where|Is|Are|Was|Were|Do|Does|"
                               r"Did|Can|Could|Will|Would|Should|Has|Have|Had)\b|"
                               # "Like to hear more about the talks this week?", "Any word on the ferries yet?": a
                               # question to the reader with its "Would you" or "Is there" left out
                               r"(?:(?:Like|Want|Care)\s+to|Any|Got)\b|"
                               # "But what's going to happen next year, if ...?": a question word after a conjunction
                               r"(?:(?<=\bBut\s)|(?<=\bAnd\s)|(?<=\bSo\s)|(?<=\bYet\s)|(?<=\bOr\s))"
                               r"(?:what|which|who|why|how|when|where)\b|"
                               # "But as you look around the Gulf, should we be worried tonight?": inverted after a comma
                               # or a colon ("No one expected him: does that mean the speech went badly tonight?")
                               r"(?<=[,:]\s)(?:should|would|could|can|will|is|are|was|were|do|does|did|has|have|had)\s+"
                               r"(?:we|you|they|he|she|it|i|there|this|that)\b|"
                               # "If the plan works so well, why was oil still washing ashore this week?"
                               r"(?<=,\s)(?:why|how)\s+(?:is|are|was|were|do|does|did|has|have|had|should|"
                               r"would|could|can|will)\b")


def in_question(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies in a direct question: a clause from a question opening to a final "?"."""
    tail = text[pos:sentence.end]
    # '"How many shares will be around in 1995?" he asked': a quoted question ends at its closing mark.
    quoted = re.search(r"\?[”\"’']", tail)
    tail = tail[:quoted.start() + 1] if quoted else tail.rstrip("”\"’' ")
    # ("... during her trips with U.S. President Obama last month?": an initialism's stops end no sentence)
    if not tail.endswith("?") or re.search(r"[!;:]|(?<!\b[A-Za-z])\.", tail[:-1].rstrip("?")):
        return False
    openings = list(_QUESTION_OPENING.finditer(text, sentence.start, pos))
    return bool(openings) and re.search(r"[!?;:]|(?<!\b[A-Za-z])\.", text[openings[-1].start():pos]) is None


#: A holiday named without a year: in a present-tense sentence it recurs ("The period between Thanksgiving and
#: Christmas is traditionally their busiest season").
HOLIDAY = re.compile(r"(?i)^(?:the\s+)?(?:Thanksgiving|Christmas(?:\s+(?:Day|Eve))?|Easter|Halloween|New\s+Year['’]?s?"
                     r"(?:\s+(?:Day|Eve))?|Hanukkah|Ramadan|Eid|Diwali|Independence\s+Day|Labor\s+Day|Memorial\s+Day|"
                     r"Boxing\s+Day|Valentine['’]s\s+Day)$")
#: A supposition: "if", "unless" ("could" and "would" also tell plans: "the first doses could be given in the autumn").
SUPPOSED = re.compile(r"(?i)\b(?:if|unless)\b")
#: A season named without a year or "this"/"last"/"next": in a present-tense sentence it recurs.
BARE_SEASON = re.compile(r"(?i)^(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)s?$")


@functools.cache
def _past_or_future() -> re.Pattern[str]:
    # The tagger's past-tense cues (irregular verbs included) and the title writer's past forms; built
    # on first use, so that importing the extractor does not import the tagger.
    from timeline.tagger.context import PAST

    return re.compile(r"(?i)['’]ll\b|\b(?:will|would|shall|[a-z]{3,}ed|"
                      + "|".join(sorted(PAST | {w for w in _PRESENT_FORMS if " " not in w})) + r")\b")


def generic_present(sentence: str) -> bool:
    """A sentence with no past or future verb: a general truth or a habit ("Ferries run ...")."""
    return _past_or_future().search(sentence) is None


#: "more serious than Katrina, the hurricane which devastated the region in 2005": the clause describes
#: the thing compared with ("than", "unlike", "compared with", "as bad as"), so its date is a reference point.
_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:than|unlike|compared\s+(?:with|to)|versus|as\s+[a-z]+\s+as)\s+"
    r"(?:(?!\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|said|says|told)\b)[^,;:.!?]){1,60},?\s*(?:(?:the|a|an)\s+[^,;:.!?]{0,40})?$")


def compared_thing(text: str, sentence_start: int, clause_start: int) -> bool:
    """Whether a relative clause starting at ``clause_start`` describes the thing a comparison measures against."""
    return _COMPARED_BEFORE.search(text[max(sentence_start, clause_start - 120):clause_start]) is not None


#: A negated finite verb: "did not stop", "had not yet announced", "hasn't", "never".
_NEGATED = re.compile(r"(?i)\b(?:(?:did|does|do|had|has|have|was|were|is|are|could|would|will|can)(?:\s+not|n['’]t)|"
                      r"never|cannot|can['’]t|won['’]t)\b")
_SPEECH = re.compile(r"(?i)\b(?:" + alternation(SAY_TELL, {"added", "according to", "announced", "stated", "warned",
                                                              "insisted"}) + r")\b")
#: Where a main clause hands over to a reported or subordinate one.
_CLAUSE_HANDOVER = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, {"told", "tells", "announced"}) + r"|that|whether|if|because|but|while|although|"
                              r"know|knew|think|thought|believe|believed|hope|expect|fear|feel|felt|agree|argue|claim|"
                              r"insist|warn|suggest|show|find|found|realize|learn|"
                              r"though|which|who|when|after|before|since|until)\b|[;:“\"]")


#: "agreed not to pay dividends this year", "vowed never to sell the site in 2026": the date is the span of what will
#: not be done; the agreement is the news, dated by its own statement, and nothing happens at that date.
_NOT_TO = re.compile(r"(?i)\b(?:not|never)\s+to\s+[a-z]+\b(?:[^\W\d_]*[\s'’-]+){0,12}?(?:(?:on|in|at|by|during|for|this|next)\s+)?(?:the\s+)?$")


def negated_infinitive(text: str, sentence_start: int, pos: int) -> bool:
    """Whether the date at ``pos`` lies in the clause of a negated infinitive ("not to use BP fuel this year")."""
    found = _NOT_TO.search(text, max(sentence_start, pos - 120), pos)
    # "asked residents not to return until Friday": they return on Friday, a happening of that date.
    return found is not None and re.search(r"(?i)\b(?:until|till|before)\b", found.group(0)) is None

_CONCEDED = re.compile(r"(?i)\b(?:though|although)\s+(?:\w+\s+){0,3}$")


def negated_main_clause(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether the main clause holding the date at ``pos`` is negated: then nothing happened at that date.

    Only the main clause counts: "the ministry said it will not build ..." reports a decision, and a
    negation after "said", "that", "whether" or a conjunction belongs to another clause.
    """
    head = text[sentence.start:sentence.end]
    opening = sentence.start + _opening_end(head)
    handover = _CLAUSE_HANDOVER.search(text, opening, sentence.end)
    main_end = handover.start() if handover else sentence.end
    if pos >= main_end:
        return False
    if pos < opening:  # "Late in the evening, officials had not yet announced ...": the main clause to its comma
        begin = opening
        comma = text.find(",", opening, main_end)
        end = comma if comma >= 0 else main_end
    else:  # "I saw him last Thursday, he wasn't ill then": the date's own stretch between commas
        begin = max(opening, text.rfind(",", opening, pos) + 1)
        comma = text.find(",", pos, main_end)
        end = comma if comma >= 0 else main_end
    negation = _NEGATED.search(text, begin, end)
    if negation is None:
        return False
    # "“... are not going to be left on their own this summer,” said Gerard Rice": a report of what was said. A
    # saying in a concession after it is another clause's ("He wasn't even on the ballots this year -- though he
    # said he wasn't interested").
    speech = next((m for m in _SPEECH.finditer(head) if not _CONCEDED.search(head, 0, m.start())), None)
    return speech is None or sentence.start + speech.start() < negation.end() + 12


def _opening_end(head: str) -> int:
    """Past an opening adverbial phrase ("Late in the evening, ", "In Alaska, "), where the main clause begins."""
    m = re.match(r"[“\"‘]?(?:In|On|At|Late|Early|Earlier|Later|During|By|For|Last|This|Next|Yesterday|Today|Tonight|"
                 r"Overnight|Meanwhile|Also|Now|Then|Since|Until)\b[^,;:]{0,40},\s+", head)
    return m.end() if m is not None and not re.search(r"(?i)\b(?:" + alternation(SAID_SAYS, {"told"}) + r")\b", m.group(0)) else 0


def reports_past(sentence: str) -> bool:
    """Whether a sentence tells something in the past or future, irregular verbs included ("spent", "sank")."""
    return _past_or_future().search(sentence) is not None


#: An aside between commas that names what its noun phrase is ("the Saints, winners of the Super Bowl in February,
#: held a rally") or was not ("YouTube, not around in 1989, is brimming with ..."): no verb of its own, right after
#: the subject, before the main verb. Its date identifies the thing; nothing in the sentence happened then.
_ASIDE_OPENING = re.compile(r"(?i),\s*(?:not\s|(?:the\s+|a\s+|an\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+of\s)")
_ASIDE_VERB = re.compile(r"\b(?:[a-z]+ed|" + "|".join(w for w in _PRESENT_FORMS if " " not in w) + r"|who|which|that|"
                         r"when|where|whose|said|says|told|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r")\b")
_MAIN_VERB_AFTER = re.compile(r",\s+(?:also\s+|now\s+|then\s+)?([a-z]+)\b")


def in_identifying_aside(text: str, sentence_start: int, start: int, end: int, limit: int) -> bool:
    """Whether the date at ``text[start:end]`` lies in a verbless aside after the subject that says what it is."""
    open_at = text.rfind(",", sentence_start, start)
    close_at = text.find(",", end, limit)
    if open_at < 0 or close_at < 0 or _ASIDE_OPENING.match(text, open_at, start) is None:
        return False
    head = text[max(sentence_start, text.rfind(",", sentence_start, open_at) + 1):open_at]
    if not head.strip() or _ASIDE_VERB.search(head) or _ASIDE_VERB.search(text, open_at, close_at):
        return False
    verb = _MAIN_VERB_AFTER.match(text, close_at, limit)
    if verb is None:
        return False
    word = verb.group(1)
    return (word.endswith("ed") or word in IRREGULAR_PAST_WORDS or word in _PRESENT_FORMS
            or word in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may"))


#: A noun that takes a "that" clause telling its content: "Tuesday's announcement that he will head back to the Gulf
#: next week", "the news that the singer died on Thursday". The date in the clause is the content's, not the
#: sentence's ("The disaster remains at the top of the agenda, a point underscored by ...").
_CONTENT_NOUN_THAT = re.compile(
    r"(?i)\b(?:the|an?|this|his|her|its|their|[\w.-]+['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?:announcement|news|word|report|claim|promise|pledge|warning|decision|plan|hope|fear|expectation|"
    r"confirmation|assurance|suggestion|speculation|rumou?r|indication|sign|evidence|belief|notion|prospect)s?\s+"
    r"(that)\s+(?=(?:he|she|it|they|we|the|a|an|his|her|its|their|(?-i:I|[A-Z][\w'’.-]*))\s)")


def noun_content_clause(text: str, sentence_start: int, pos: int, limit: int) -> tuple[int, int] | None:
    """The "that" clause of a noun telling its content, when it holds the date at ``pos``: (start at "that", end)."""
    found = None
    for found in _CONTENT_NOUN_THAT.finditer(text, sentence_start, pos):  # noqa: B007 - the last one
        pass
    if found is None or re.search(r"[,;:“”\"]", text[found.end():pos]) or len(text[found.end():pos].split()) > 20:
        return None
    close = re.search(r"[,;]|[.!?][\s”\"]*$", text[pos:limit])
    return found.start(1), pos + close.start() if close else limit

