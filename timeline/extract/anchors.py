"""Anchors: the date expressions in a sentence that place what happened on the calendar.

Only DATE/TIME values that place an event count (durations, "now", PAST_REF and sets do not). A date used as a
noun's modifier ("Anthropic's Friday deadline") yields to another date in the same sentence, which is the clause's
own time; a point of comparison, a habit, a question or a general truth (:mod:`.comparisons`) is not an event; a
date in a relative or adverbial clause carries that clause's span (``_embedding``) so that it becomes its own
statement, unless it names the time of a noun there (:mod:`.object_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from timeline.extract.adverbial_openers import ADVERBIAL_CLAUSE, conceded, last_clause_opener, phrase_only
from timeline.extract.after_date import NOT_NOUNS as _NOT_NOUNS
from timeline.extract.clauses import Embedding, noun_phrase_start, whole_noun_phrase_start
from timeline.extract.commentary import in_commentary
from timeline.extract.comparisons import (
    BARE_SEASON,
    CLOCK_ZONE,
    COUNTED_IN,
    HOLIDAY,
    PERIOD_COVERED,
    SUPPOSED,
    compared_thing,
    generic_present,
    in_identifying_aside,
    in_question,
    is_comparison,
    is_earlier_reading,
    is_period_reported,
    is_reference_point,
    is_running_total,
    is_state_before,
    negated_infinitive,
    negated_main_clause,
    noun_content_clause,
)
from timeline.extract.date_lists import collective_list, listed_spans
from timeline.extract.earlier_happenings import earlier_happening
from timeline.extract.happenings import (
    EVENT_NOUNS,
    Happening,
    happening_of,
    named_before,
    reduced_relative,
    scheduled_for,
    stem,
)
from timeline.extract.idle_dates import idle
from timeline.extract.merge import contains
from timeline.extract.names import find_names
from timeline.extract.not_dates import not_a_date
from timeline.extract.object_dates import cited_record, happening_object
from timeline.extract.own_conjuncts import own_conjuncts
from timeline.extract.possible_outlooks import in_possible_outlook
from timeline.extract.relative_openings import DASH_OPEN, PARTITIVE, dash_closed, dashed_end
from timeline.extract.restrictive import FINITE_VERB as _FINITE_VERB
from timeline.extract.restrictive import clause_end, in_bracketed_aside, inner_restrictive, restrictive
from timeline.extract.sentences import Sentence
from timeline.extract.side_phrases import DATE_NEXT, measured_against, without_asides
from timeline.extract.stances import in_stance
from timeline.extract.suppositions import supposed
from timeline.extract.told import told_dates
from timeline.extract.unasserted import describes, elliptical, in_condition, in_counterfactual, in_courtesy
from timeline.extract.weather_outlooks import in_weather_outlook
from timeline.extract.writer_voice import in_writer_remark
from timeline.model import Precision, When


class TimexLike(Protocol):
    """The tagger's Timex contract, as far as extraction needs it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None

    @property
    def when(self) -> When | None: ...


#: "one Saturday afternoon", "one summer": an indefinite day or season, told of no day a reader can place.
_INDEFINITE = re.compile(r"(?i)\bone\s+$")
_UNNUMBERED = re.compile(r"(?i)^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
                         r"night|weekend|spring|summer|autumn|fall|winter)\b\s*)+$")
#: "the quarter million square miles": a count, not a quarter of the year.
_COUNTED = re.compile(r"(?i)\s*-?\s*(?:million|billion|trillion|thousand|hundred)\b")


_GENERIC_POSSESSIVE = re.compile(r"^(?:today|now)$", re.I)
#: "today's technology" is the present in general; "today's vote" is an event of the day.
_GENERIC_NOUNS = re.compile(
    r"['’]s\s+(?:technology|technologies|world|society|economy|standards|markets?|youth|generation|climate|"
    r"environment|age|era|politics|culture|kids|children|young|consumers?|workers?|workforce|media|"
    r"internet|families|businesses|companies|military|weapons|challenges|problems|reality|landscape)\b",
    re.I,
)
# "today's personal computers": a plural head noun means the present in general.
_PLURAL_HEAD = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?<!s)s\b")
#: A participle of schedule straight before its date: "scheduled for Thursday", "due next week", "expected on Monday".
_SCHEDULE_ASIDE = (r"(?:scheduled|planned|slated|set|due|expected)\s+(?:(?:for|on|in|by)\s+)?(?=$|(?:the\s+|this\s+|next\s+|"
                   r"early\s+|late\s+|mid-?)?(?:[A-Z]|\d|next\b|today\b|tomorrow\b|tonight\b|later\b))")
_SCHEDULE_AT = re.compile(r",\s+" + _SCHEDULE_ASIDE)
RELATIVE_CLAUSE = re.compile(r"(?:,|" + DASH_OPEN + r")\s+(?:" + PARTITIVE + r"\s+of\s+)?"
                              r"(?:who(?:['’](?:s|d|ve))?|whom|which|whose|where|when)\s|"
                              # "Public Citizen, founded in 1971 by Ralph Nader, recently launched ...": an appositive
                              # participle, the relative clause without its "which was"
                              r",\s+(?=(?:(?!(?:said|added|noted|told|asked|reported|stated)\b)[a-z]{3,}ed|born|built|"
                              r"founded|made|set up|known|held|run|owned|led|based|elected|appointed|begun|written|drawn|dug|sunk)\s+"
                              r"(?:(?:in|on|by|at|last|this|since|from|during)\b|" + DATE_NEXT + ")|"
                              # "Peter Voser, due to step up to the top job on July 1, did it on Wednesday": what is
                              # to come of the person named, not when the sentence's verb happened
                              r"(?:due|set|expected|poised|scheduled|slated|about)\s+to\s+[a-z]|"
                              # "postponed a hearing, scheduled for Thursday, until ...", "its final report, due next
                              # week,": a schedule set off by commas is the noun's, not the main verb's
                              + _SCHEDULE_ASIDE + ")")
#: A relative clause, restrictive or not, running on to the date: "the hurricane which devastated the region in".
_ANY_RELATIVE = re.compile(r"\b(?:which|who|whose)\s+[^,;:.!?]*$")


#: "the final quarter of last year": one period told in two expressions.
_PERIOD_JOIN = re.compile(r"\s*|\s+(?:of|in)\s+")
#: "it will be 2015 before ...", "it could be at least 2028 before ...": the date is the earliest time of what follows.
_IT_WILL_BE = re.compile(r"(?i)(?:\bit|\band)\s+(?:(?:will|would|could|may|might|is\s+likely\s+to)\s+(?:not\s+)?be|['’]ll\s+be|"
                         r"is|was)\s+(?:at\s+least\s+|not\s+until\s+|until\s+)?$|\band\s+(?:at\s+least\s+)?$")
_WAITED_FOR = re.compile(r"\s+(before)\s+(?=[a-z])")
#: "the 2003 SARS epidemic", "the May 3 Senate hearing": after an article, a date before a name and a noun
#: sorts that noun; it is not the time of the sentence's clause ("Asia can look to the 2003 SARS epidemic").
_NAMED_NOUN = re.compile(r"\s+(?:[A-Z][\w.&'’-]*\s+){1,3}([a-z][a-z-]{2,})\b")


#: Title-case words that are not a month, weekday or number, mid-sentence: a name ("ABC's 'This Week'"), not a date.
_NAMED = re.compile(r"(?:This|Next|Last|Today|Tonight|Tomorrow|Yesterday)\b(?:\s+[A-Z]\w*)*$")


@dataclass(slots=True)
class Anchor:
    timex: TimexLike
    when: When
    modifier: bool  # a noun's modifier ("Friday deadline"), not the clause's time
    embedded: Embedding | None  # the subordinate clause or happening holding it
    parts: list[tuple[int, int]] = field(default_factory=list)  # every expression folded into it
    comparison: bool = False  # a point of comparison ("from $4 million a year earlier")
    end: When | None = None  # the end of a range ("from April 30 to May 1")
    happening: str = ""  # the noun of the happening the date belongs to ("explosion", "death"), cut to a stem
    listed: tuple[int, int] | None = None  # the list of dates it is one of, said with one verb ("in 1957 and 1968")

    @property
    def day_or_finer(self) -> bool:
        return self.when.precision.rank >= Precision.DAY.rank


def _named_happening(text: str, sentence: Sentence, t: TimexLike, named: re.Match[str]) -> Happening | None:
    """"The 1989 Exxon Valdez oil-tanker spill": a happening named by a name and a noun after its year, the date's
    own statement (the noun may come a word after the name's first common word)."""
    if not _dated_kind(text, t.end, sentence.end):
        return None
    det = re.search(r"(?i)\b(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+$", text[max(sentence.start, t.start - 8):t.start])
    start = t.start - (len(det.group(0)) if det else 0)
    words = list(re.finditer(r"[a-z][\w'’-]*", text[named.start(1):min(sentence.end, named.start(1) + 40)]))[:3]
    # Only a noun of a happening: "a 2002 Coast Guard budget report said ..." is a source, the sentence its statement.
    kind = next((w for w in words if w.group(0).lower() in EVENT_NOUNS), None)
    if kind is None:
        return None
    return Happening(start, named.start(1) + kind.end(), stem(kind.group(0)), own=start > sentence.start + 2)


_WEEKEND = re.compile(r"(\d{4})-W(\d{2})-WE")


def _weekend(value: str) -> tuple[When, When] | None:
    """A TIMEX3 weekend ("2009-W18-WE", from "at the weekend", "over the weekend") as the span of its Saturday
    and Sunday: the date model has no weekend of its own, and a story told "at the weekend" is news of those
    two days, not of the whole week."""
    m = _WEEKEND.fullmatch(value or "")
    if m is None:
        return None
    try:
        saturday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6)
    except ValueError:
        return None
    return When.parse(saturday.isoformat()), When.parse((saturday + dt.timedelta(days=1)).isoformat())


def _anchors(text: str, sentence: Sentence, timexes: Sequence[TimexLike], timezone: str | None) -> list[Anchor]:
    found: list[Anchor] = []
    dropped: list[int] = []  # ends of the reference points left out
    reported_end = 0  # the end of the period a reported result covers, left out
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not (sentence.start <= t.start and t.end <= sentence.end):
            continue
        when = t.when
        weekend_end = None
        if when is None and (weekend := _weekend(t.value)) is not None:
            when, weekend_end = weekend  # "at the weekend": its Saturday and Sunday
        if when is None or when.precision.rank < Precision.YEAR.rank:
            continue  # "the 1990s", "the 20th century": too vague to place an event
        if t.start > sentence.start and _NAMED.match(t.text) and text[t.start - 1] in " “\"'‘":
            continue  # a programme or publication name, such as ABC's “This Week”
        after = text[t.end: t.end + 30]
        if (_INDEFINITE.search(text, max(sentence.start, t.start - 5), t.start) and _UNNUMBERED.match(t.text)) or (
                _COUNTED.match(after)):
            continue  # "one Saturday afternoon", "one summer": some day, not a known one; "the quarter million" counts
        possessive = re.match(r"['’]s\b", after) is not None
        if possessive and _GENERIC_POSSESSIVE.match(t.text.strip()) and (
                _GENERIC_NOUNS.match(after) or _PLURAL_HEAD.match(after)):
            continue  # "today's technology" is the present in general, not a day
        nxt = re.match(r"(?:['’]s)?\s+([a-z][a-z-]+)", after)
        before = text[max(sentence.start, t.start - 12): t.start].lower()
        governed = re.search(r"\b(?:on|in|at|by|since|until|till|before|after|during|from|through|"
                             r"as of|for|to)\s+(?:the\s+)?$", before) is not None
        # "the November 1995 assassination", "his Thursday statement": a noun's modifier.
        # "on Friday night", "in July alone": the clause's time (no article between). After "of" a date
        # before a noun is that noun's ("delay publication of third-quarter results"): "of" ties it to a noun.
        with_article = re.search(r"\b(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+$|['’]s?\s+$",
                                 before) is not None
        modifier = (
            nxt is not None
            and nxt.group(1) not in _NOT_NOUNS
            and not nxt.group(1).endswith(("ed", "ly"))
            and (not governed or possessive or with_article)
        )
        named_noun = _NAMED_NOUN.match(text, t.end, min(sentence.end, t.end + 80)) if with_article and not modifier else None
        if named_noun is not None and named_noun.group(1) not in _NOT_NOUNS:
            modifier = True
        else:
            named_noun = None
        if when.qualifier and _BEFORE_NOW.match(t.text):
            # "earlier this week" is before now within the week, not early in it.
            when = replace(when, qualifier=None)
        vague = _VAGUE_SIDE.search(text, max(sentence.start, t.start - 30), t.start)
        if vague and when.qualifier is None:
            # "sometime after Labor Day": after the date, not on it.
            when = replace(when, qualifier=vague.group(1).lower())
        when = when.in_zone(timezone)  # "10 a.m. BST" in a London paper keeps its zone's name
        comparison = is_comparison(t.text, text[max(sentence.start, t.start - 20):t.start])
        if is_state_before(text, sentence.start, t.start, t.end) or in_identifying_aside(
                text, sentence.start, t.start, t.end, sentence.end) or not_a_date(
                text, sentence.start, t.start, t.end, sentence.end):
            continue  # "Prior to Thursday, Colombia was the only ...", "Since then, oil ...", "Project 2025 would ..."
        if (is_reference_point(text, sentence.start, t.start, t.end)
                or is_earlier_reading(text, sentence.start, t.start, t.end)
                or measured_against(text, sentence.start, t.start, t.end, dropped)
                or (dropped and t.start - dropped[-1] <= 10 and _RANGE_JOIN.fullmatch(text[dropped[-1]:t.start]))):
            # "down from 50 percent (May 4-5)", "than the barrels spilled in 1989": a point of comparison
            # (with the end of its range); "A year ago, 60 percent approved": an earlier reading.
            dropped.append(t.end)
            continue
        if is_period_reported(text, sentence.start, t.start, t.end, any(
                o is not t and o.type in ("DATE", "TIME") and sentence.start <= o.start < sentence.end
                and not _PERIOD_JOIN.fullmatch(text[t.end:o.start] if o.start >= t.end else text[o.end:t.start])
                for o in timexes)) or (
                reported_end and _PERIOD_JOIN.fullmatch(text[reported_end:t.start])):
            # "will report a $5bn profit for the final quarter of last year": what the figure covers (with its year)
            reported_end = t.end
            continue
        if re.fullmatch(r"\d{4}", t.text) and CLOCK_ZONE.match(text, t.end):
            continue  # "at 1737GMT": a clock time written without a colon, not the year 1737
        if (BARE_SEASON.match(t.text) or HOLIDAY.match(t.text)) and (
                generic_present(sentence.text) or SUPPOSED.search(sentence.text)):
            # "outbreaks happen on farms in late autumn and winter": every year's season, not one; "if flu spreads,
            # particularly in the winter months, there will be ...": a season of what may be, which no year places.
            continue
        if _NOWADAYS.fullmatch(t.text) and describes(sentence.text) and not _CLAUSE_JOIN.search(text, sentence.start, t.start):
            continue  # "The world is a very different place today": what something is like now, no happening
        if PERIOD_COVERED.search(text[max(sentence.start, t.start - 40):t.start]) or COUNTED_IN.search(
                text[max(sentence.start, t.start - 40):t.start]):
            # "suspend dividends for the rest of this year": how long, not when; "scrapped the trip for the
            # second time this year": the period the count runs over, not when this one happened.
            modifier = True
        if negated_infinitive(text, sentence.start, t.start):
            # "they have agreed not to use BP fuel on their tours this year": the span of what will not be done; it
            # yields to the sentence's own day ("in a statement issued Friday"), and stands in when there is none.
            modifier = True
        if _COUNTED_ON.match(t.text) and re.search(r"(?i)\b(?:second|minute|hour)s?\b", t.text) and not any(
                sentence.start <= o.start < t.start and o.type in ("DATE", "TIME") for o in timexes):
            # "about two hours later": counted from a clock time the sentence does not tell, which a story
            # seldom gives before ("two days later" after a dated sentence counts from its date).
            continue
        if in_question(text, sentence, t.start) or in_writer_remark(text, sentence, t.start):
            continue  # "Which leaders messed up most this week?": a question asserts nothing; "Wow, ...": the blogger's
        embedded = _embedding(text, sentence, t.start, t.end)
        if embedded is not None and embedded.kind == "adverbial" and conceded(text, sentence.start, embedded.start):
            continue  # (a concession's date: see :func:`.adverbial_openers.conceded`)
        wait = _WAITED_FOR.match(text, t.end) if _IT_WILL_BE.search(text, max(sentence.start, t.start - 40), t.start) else None
        if embedded is None and wait is not None and sum(
                1 for o in timexes if sentence.start <= o.start < sentence.end and _WAITED_FOR.match(text, o.end)) >= 2:
            # "it will be 2015 before any trials begin and 2028 before appeals are resolved": two dates, two
            # predicates; each date is the earliest time of the clause after its "before", which is its title ("it
            # may be August before the leak is stopped", one date, keeps its whole clause and its hedge).
            stop = re.search(r"\s+and\s+(?:at\s+least\s+|not\s+until\s+)?(?=\d|[A-Z])|[,;:]", text[wait.end():sentence.end])
            embedded = Embedding(wait.start(1), wait.end() + stop.start() if stop else sentence.end, "adverbial")
        # "the 20 April" (tagged with its article): the happening's determiner, never one further back ("the sea").
        np_from = t.start + 4 if t.text[:4].lower() == "the " else t.start
        rel = _ANY_RELATIVE.search(text, sentence.start, t.start)
        if rel is not None and compared_thing(text, sentence.start, rel.start()):
            continue  # "worse than Katrina, the hurricane which devastated the region in 2005": the thing compared with
        if embedded is None and negated_main_clause(text, sentence, t.start):
            continue  # "officials had not yet announced whether ...", "the killing did not stop in 1989": nothing happened
        # A clause of its own ("since an April 20 blast triggered a spill") is the better statement; so is the happening
        # a relative clause's object names (:mod:`.object_dates`: "who oversaw the fund for victims of the 9/11 attacks"),
        # or schedules ("who was hired for a tour scheduled for July": the tour's date).
        if embedded is not None and embedded.kind == "relative":
            own = happening_of(text, sentence.start, np_from, t.end, modifier) if (
                (modifier and happening_object(text, sentence.start, t.start, t.end)) or ADVERBIAL_CLAUSE.search(
                    text[max(sentence.start, t.start - 14):t.start])) else scheduled_for(text, sentence.start, t.start, t.end)
            if own is not None and own.own:
                embedded = None  # "systems that have been developed since the April 20 blowout": the blowout's date
        happening = happening_of(text, sentence.start, np_from, t.end, modifier) if embedded is None else None
        if happening is None and embedded is None and named_noun is not None:
            happening = _named_happening(text, sentence, t, named_noun)
        if happening is None and embedded is None and not modifier:
            happening = reduced_relative(text, sentence.start, t.start, t.end) or earlier_happening(text, sentence.start, t.start, t.end)
        if happening is None and embedded is None:  # "a hearing, scheduled for Thursday,": the hearing's
            happening = scheduled_for(text, sentence.start, t.start, t.end)
        if happening is None and is_running_total(text, sentence.start, t.start) and not _dated_kind(text, t.end, sentence.end):
            continue  # "had paid $5.2m since January": when a count began ("since the April 20 fire" names the fire)
        if happening is None and (in_condition(text, sentence.start, t.start)
                                  or in_counterfactual(text, sentence.start, t.start, sentence.end)
                                  or supposed(text, sentence.start, t.start, sentence.end)
                                  or in_weather_outlook(text, sentence.start, t.start)
                                  or in_possible_outlook(text, sentence.start, t.start, t.end, when)
                                  or in_stance(text, sentence.start, t.start, sentence.end) or in_commentary(text, sentence, t.start)
                                  or in_courtesy(text, sentence.start, t.start) or elliptical(sentence.text)
                                  or in_bracketed_aside(text, sentence, t.start)
                                  or idle(text, sentence.start, t.start, t.end, sentence.end)):
            # "If this had happened six years ago, we would be in a fix": a supposition, not a happening ("if the
            # flow has been steady since the April 20 blowout" still names a blowout that happened).
            continue
        if modifier and happening is None and with_article and nxt is not None and when.precision == Precision.YEAR and (
                not _dated_kind(text, t.end, sentence.end) or cited_record(text, sentence.start, t.start, t.end)):
            # "the 2009 model", "a 2004 law requires", "cited a 2003 letter": the year sorts a thing of its kind
            continue
        if happening is not None and happening.own:
            # "the fatal April 20 explosion", "since the singer's death on Thursday": the date is the happening's,
            # not the clause's; it is its own statement, a span of the noun phrase.
            embedded = Embedding(happening.start, happening.end, "happening")
        # "the 20 April explosion" without its date keeps its article: "The explosion".
        cut_from = np_from if happening is not None and happening.start == t.start else t.start
        found.append(Anchor(t, when, modifier or happening is not None, embedded, [(cut_from, t.end)], comparison,
                             end=weekend_end, happening=happening.stem if happening is not None else ""))
    # A date and a time of the same day written together ("Friday at 5 p.m.") are one anchor.
    found.sort(key=lambda a: a.timex.start)
    merged: list[Anchor] = []
    for a in found:
        prev = merged[-1] if merged else None
        join = _RANGE_JOIN.fullmatch(text[prev.timex.end:a.timex.start]) if prev is not None else None
        if (join is not None and join.group(0).strip() == "and" and prev is not None
                and a.when.precision.rank <= _MONTH_RANK and a.when.start != prev.when.end and not re.search(
                    r"(?i)\bbetween\s+(?:the\s+)?$", text[max(sentence.start, prev.timex.start - 12):prev.timex.start])):
            # "the pandemics in 1957 and 1968" are two; "between 2000 and 2008", "on Monday and Tuesday" and
            # "at 3 p.m. and 7:30 p.m." are one span.
            join = None
        if join is None and prev is not None and _ALTERNATIVE.fullmatch(text[prev.timex.end:a.timex.start]):
            join = _ALTERNATIVE.fullmatch(text[prev.timex.end:a.timex.start])
        if (prev is not None and join is not None and a.when.start < prev.when.start and a.when.precision.rank >= Precision.DAY.rank
                and _WEEKDAY_ONLY.match(a.timex.text) and _WEEKDAY_ONLY.match(prev.timex.text)):
            # "by Monday or Tuesday", "Friday to Sunday": the second weekday follows the first, in the same week.
            a = replace(a, when=When.parse((a.when.start + dt.timedelta(days=7)).date().isoformat()))
        if (prev is not None and prev.end is None and join is not None
                and a.when.start >= prev.when.end and (prev.when.precision == a.when.precision or (
                    join.group(0).strip() in ("until", "till", "through", "to") and min(prev.when.precision.rank, a.when.precision.rank) >= Precision.DAY.rank))):
            # "April 30 to May 1", "from 2019 through 2021": one event spanning both; "on Tuesday or Wednesday",
            # "in 2025 or 2026": one event whose day is not known yet, placed on the span of its choices.
            merged[-1] = replace(prev, end=a.when, parts=prev.parts + a.parts)
            continue
        if prev is not None and a.timex.start - prev.timex.end <= 4 and _same_instant(prev.when, a.when):
            merged[-1] = replace(prev, parts=prev.parts + a.parts)  # "5:45 p.m. EDT (2145 GMT)": one moment, twice
            continue
        if (prev is not None and a.timex.start - max(e for _, e in prev.parts) <= 12  # (a range's: "Monday to Wednesday")
                and contains(prev.when, a.when) != contains(a.when, prev.when)):
            finer = a if contains(prev.when, a.when) else prev
            merged[-1] = replace(finer, modifier=prev.modifier and a.modifier, parts=prev.parts + a.parts)
            continue
        merged.append(a)
    # "more than 7,000 spills between 1970 and 2000": a tally over years is background no timeline can place; a span
    # of months ("between December 2002 and April 2003") stays, and so does a change without a count.
    merged = [a for a in merged if not _tally_over_years(text, sentence, a)]
    # "'... through the day today,' he said Thursday morning": the quoted "today" is the attribution's day told twice.
    outside = [a for a in merged if not a.modifier and not _quoted(text, sentence, a.timex.start)
               and a.when.precision.rank >= Precision.DAY.rank]
    if outside:
        merged = [a for a in merged if not (_DEICTIC.match(a.timex.text) and _quoted(text, sentence, a.timex.start))]
    # "The president phoned them Thursday night, ..., Gibbs announced in a statement just after midnight": the
    # clause's own date wins; "will likely recover in 2010, the minister said on Tuesday": the forecast is Tuesday's.
    merged = told_dates(text, sentence.start, merged)
    # Two dates for one clause: one that closes a happening's noun phrase ("... a repeat of the spill in the Gulf
    # last year") is that happening's; the other is the clause's.
    main = [i for i, a in enumerate(merged) if not a.modifier and not a.comparison and a.embedded is None]
    if len(main) >= 2:
        for i in main:
            named = named_before(text, sentence.start, merged[i].timex.start, merged[i].timex.end)
            if named is not None and named.own:
                merged[i] = replace(merged[i], modifier=True, embedded=Embedding(named.start, named.end, "happening"),
                                    happening=named.stem)
    # A modifier or a comparison point yields to the clause's time; one dating a happening is that happening's own.
    if any(not a.modifier and not a.comparison for a in merged):
        merged = [a for a in merged if (not a.modifier and not a.comparison) or (a.happening and a.embedded)]
    elif any(not a.modifier for a in merged):
        merged = [a for a in merged if not a.modifier]
    listed = []
    for a, span in zip(merged, listed_spans(text, merged), strict=True):
        if span is not None and collective_list(text, sentence.start, span):
            if a.timex.start == span[0]:  # "the pandemics of 1957 and 1968 killed ...": one event, the list in its title
                listed.append(replace(a, parts=[(span[1], span[1])]))
            continue
        listed.append(replace(a, listed=span) if span else a)
    return own_conjuncts(text, listed, sentence)


def _tally_over_years(text: str, sentence: Sentence, a: Anchor) -> bool:
    """Whether an anchor is a span of three years or more after "between" in a sentence that counts something
    (a figure other than a year): what it dates is a tally over those years."""
    if a.end is None or a.when.precision != Precision.YEAR or a.end.precision != Precision.YEAR:
        return False
    if a.end.year - a.when.year < _TALLY_YEARS:
        return False
    if re.search(r"(?i)\bbetween\s+(?:the\s+years\s+)?$", text[max(sentence.start, a.timex.start - 20):a.timex.start]) is None:
        return False
    return _FIGURE.search(sentence.text) is not None


#: A figure that is not a year: "7,000 spills", "2.4m barrels", "18 of 39 rig blowouts".
_FIGURE = re.compile(r"(?<![\w.,])(?!(?:1[0-9]|20)\d\d\b)\d[\d,.]*")
#: Years a span must cover before "between" it counts a tally, not one happening ("between 2009 and 2010").
_TALLY_YEARS = 3


#: A span counted on from a time told before: "two hours later", "21 years later", "a week afterwards".
COUNTED_ON = _COUNTED_ON = re.compile(r"(?i)^(?:(?:about|some|nearly|almost|around|only|just|roughly)\s+)?(?:an?|\w+|\d+)(?:\s+and\s+a\s+"
                         r"half)?\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|afterwards?)$")
#: Nouns that a year before them dates as a happening, a period or a statement made then, beyond EVENT_NOUNS:
#: "the 2008 financial crisis", "the 2010 season", "his 2008 presidential bid", "its 1947 report", "the 2006
#: release of oil", "his 1993 interview".
_PERIOD_NOUNS = frozenset([
    "crisis", "crises", "recession", "war", "wars", "season", "seasons", "campaign", "bid", "run", "race",
    "tournament", "championship", "championships", "games", "olympics", "final", "finals", "census", "conference",
    "cup", "tour", "year", "quarter", "half", "session", "term", "period", "slump", "boom", "pandemic", "epidemic",
    "recall", "scandal", "incident", "revolution", "conflict", "occupation", "blackout", "drought", "famine",
    "release", "discharge", "violation", "settlement", "agreement", "deal", "visit", "trip", "interview",
    "speech", "address", "statement", "report", "study", "survey", "memo", "letter", "testimony", "video",
    "album", "film", "book", "documentary", "concert", "performance", "show", "investigation", "inquiry", "probe",
    "review", "audit", "hearing",
])


def _dated_kind(text: str, end: int, limit: int) -> bool:
    """Whether a year's noun phrase (up to three words after it) names a happening or a period, not a thing."""
    # Past a name first: "the 1989 Exxon Valdez oil-tanker spill".
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[end:min(limit, end + 60)]) if not w[0].isupper()][:3]
    for w in words:
        low = w.lower()
        if low in EVENT_NOUNS or low in _PERIOD_NOUNS:
            return True
        if low in _NOT_NOUNS:
            break
    return False


_MONTH_RANK = When.parse("2000-01").precision.rank
#: Words that date by the moment of speaking: inside a quotation they mean the day the speaker spoke.
_DEICTIC = re.compile(r"(?i)^(?:(?:later|earlier)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$")


def _quoted(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies inside a direct quotation of its sentence (curly or straight double quotes)."""
    before = text[sentence.start:pos]
    if before.count("“") > before.count("”"):
        return True
    straight = before.count('"')
    if straight % 2 == 1:
        return True
    # A quotation opened on an earlier line and closed in this sentence: "... today -- that hasn't changed," he said.
    after = text[pos:sentence.end]
    return "“" not in before and '"' not in before and (after.count("”") > after.count("“") or after.count('"') % 2 == 1)


def _same_instant(a: When, b: When) -> bool:
    """Two clock times of one moment in two zones ("5:45 p.m. EDT (2145 GMT)")."""
    if a.offset is None or b.offset is None or a.precision != b.precision or a.hour is None or b.hour is None:
        return False
    return a.start - dt.timedelta(minutes=a.offset) == b.start - dt.timedelta(minutes=b.offset)


_VAGUE_SIDE = re.compile(r"(?i)\b(?:sometime|some\s+time|at\s+some\s+point|any\s*time|at\s+any\s+point)\s+"
                         r"(after|before)\s+(?:the\s+)?$")
_WEEKDAY_ONLY = re.compile(r"(?i)^(?:(?:late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_BEFORE_NOW = re.compile(r"(?i)(?:earlier|later)\s+(?:this|today|tonight)\b")
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|–|—)\s*")
#: Two dates offered as choices for one happening: "ready on Tuesday or Wednesday", "in late 2025 or early 2026".
_ALTERNATIVE = re.compile(r"\s*,?\s*(?:or|and/or)\s+(?:(?:on|in|at|by|perhaps|possibly|maybe)\s+)?")


#: The present as a time of its own, "today" meaning "nowadays": a description dated so says what things are like.
_NOWADAYS = re.compile(r"(?i)today|now|these\s+days|nowadays|at\s+present")
_CLAUSE_JOIN = re.compile(r"(?i),\s+(?:and|but|so|yet)\s|;")  # "..., and I wanted to share them today": another clause's



def _embedding(text: str, sentence: Sentence, pos: int, date_end: int) -> Embedding | None:
    """The subordinate clause holding ``pos``, when the date belongs to it.

    A relative clause's span starts at the name it describes, an adverbial one's at its conjunction
    (:class:`~timeline.extract.clauses.Embedding`). A conjunction followed by a
    noun phrase only ("after the meeting on Monday") is not a clause: the date
    then belongs to the main clause. The clause ends after its date ("took effect on July 1, 2024,").
    """
    region = text[sentence.start:pos]
    rel = None
    for m in RELATIVE_CLAUSE.finditer(region):
        if m.group(0).strip(", \t\n") or _appositive(text, sentence, sentence.start + m.start(), pos):
            rel = m  # the last one
    adv = last_clause_opener(text, sentence, region, date_end)
    if adv is not None and (rel is None or adv.start() > rel.start()) and not phrase_only(text, sentence, region, adv, date_end):
        clause_start = sentence.start + adv.start() + (1 if not region[adv.start()].isalpha() else 0)
        between = without_asides(text[clause_start:pos])
        if "," in between or len(between.split()) > 14:
            # Too far to be the adverbial clause's date; a restrictive relative clause after its start may hold it
            # ("after it took a hit from an explosion in 2005 which killed 15 workers and leaks in Alaska in 2006").
            inner = restrictive(text, sentence, pos, date_end) if rel is None else None
            return inner if inner is not None and inner.start > clause_start else None
        if clause_start - sentence.start < 3:
            # "When he took office in 2021, ..." opens the sentence: the clause runs to its comma.
            close = text.find(",", date_end, sentence.end)
            return Embedding(clause_start, close, "adverbial") if close != -1 else None
        return Embedding(clause_start, clause_end(text, date_end, sentence.end), "adverbial")
    if rel is None:
        content = noun_content_clause(text, sentence.start, pos, sentence.end)
        return restrictive(text, sentence, pos, date_end) or (Embedding(*content, "adverbial") if content else None)
    clause_start = sentence.start + rel.start()
    inner = inner_restrictive(text, sentence, pos, date_end, clause_start)  # "BP, which leased the rig that exploded ..."
    if "," in text[clause_start + 1: pos] or inner is not None or dash_closed(text, rel.group(0), clause_start, pos):
        return inner  # (None: the clause closed before the date; "Hayward - who is to leave in October - accepted")
    end = dashed_end(text, rel.group(0), date_end, clause_end(text, date_end, sentence.end))
    # Back up over the name the clause describes.
    # "Dr. Thomas Frieden, 48, who has been ...": the person before their age.
    age = re.search(r",\s*\d{1,3}\s*$", text[max(sentence.start, clause_start - 8):clause_start])
    named_end = clause_start - len(age.group(0)) if age else clause_start
    names = [n for n in find_names(text, max(sentence.start, named_end - 80), named_end)
             if n.end >= named_end - 1]
    scheduled = _SCHEDULE_AT.match(text, clause_start) is not None
    if names and not scheduled:
        start = names[-1].start
    else:
        # No name: the noun phrase before the comma ("the board, which approved ..."); a schedule is the whole
        # phrase's, a name in it included ("a hearing with Tony Hayward, scheduled for Thursday").
        head_start = max(text.rfind(",", sentence.start, clause_start), sentence.start - 1) + 1
        words = text[head_start:clause_start].split()
        start = clause_start - len(" ".join(words[-6:])) if words else clause_start + 2
        # "to show his disdain for the firm's head, who ...": the noun phrase itself, not the clause around it.
        # A schedule is the whole noun phrase's ("the matter of the well's cement, scheduled for a vote on Friday"
        # is the matter's), as a relative pronoun's is; a participle of what was done to it describes the nearest noun.
        phrase = whole_noun_phrase_start(text, head_start, clause_start) if scheduled else \
            noun_phrase_start(text, head_start, clause_start, bool(rel.group(0).strip(", \t\n")))
        second = re.search(r"\s(?:but|and)\s", text[pos:end]) if scheduled else None
        if second is not None:
            end = pos + second.start()  # "set for Wednesday release but leaked to a paper": the schedule alone
        start = phrase if phrase < clause_start else start
    return Embedding(start, end, "relative")


def _appositive(text: str, sentence: Sentence, comma: int, pos: int) -> bool:
    """Whether the participle after ``comma`` is an appositive ("Public Citizen, founded in 1971 by ..., launched"):
    right after a bare noun phrase (no verb, no clause before it), and closed by a comma before the main verb
    ("McGrath, who works on the staff, posted on X on Tuesday" is the main clause's verb)."""
    head = text[max(sentence.start, text.rfind(",", sentence.start, comma) + 1):comma]
    if _SCHEDULE_AT.match(text, comma):
        # "The judge postponed a hearing, scheduled for Thursday, until ...": a schedule can only be a thing's, so it
        # describes the noun phrase before it even after the main verb.
        # "seeking a stay at the hearing, slated for Thursday": what is done at or during the thing happens then.
        start = whole_noun_phrase_start(text, max(sentence.start, comma - 80), comma)
        return start < comma and not re.search(r"(?i)\b(?:at|during|in)\s+$", text[max(sentence.start, start - 8):start])
    # "Hayward did it in 2007 and Peter Voser, due to ...": a second clause's subject after "and" is bare too.
    head = re.split(r"\s(?:and|but)\s(?=[A-Z])", head)[-1]
    if re.search(r"\b(?:who|whom|which|whose|that|where|when)\b", head) or _FINITE_VERB.search(head):
        return False
    close = text.find(",", pos, sentence.end)
    # "another amendment, due to be taken up today, would require ...": a modal main clause states no happening of
    # its own; the aside's date is when the news happens.
    return close != -1 and not (re.match(r",\s+\w+\s+to\s", text[comma:]) and re.match(
        r",\s+(?:would|could|will|may|might|should|can|must)\b", text[close:]))
