"""Acts dated only by a happening the story dates: "two hours before the explosion", "on the morning of his death".

News places the moments around its anchor event by the event, not by the calendar:

    Two hours before the explosion, tests showed a build-up of pressure.
    On the morning of the singer's death, the doctor gave him a smaller dose.
    The day after the blast, crews found a second leak.

The reader knows the event's day from elsewhere in the story ("the April 20 explosion", "the rig exploded on
20 April") and dates the act by it. A distance in days is reckoned by :mod:`.offsets`; this module takes the
distances no duration date tells: a few hours or minutes from the event (its day), a part of its day ("the
morning of"), the day before or after it (:func:`anchor_at`). A distance of more than half a day may cross
midnight, and a vague one ("days after", "weeks before") gives no day: both date nothing. So does an event the
story does not date to one day, or dates to several ("the spill" of many reports). Only a told act is dated,
not a plan, a comparison ("worth less than on the day of the explosion") or a span ("for the first hours of").

A saying told at an occasion of one day ("Lee said at the hearing that ...", '"...," he told the news conference')
takes the day the story gives that occasion beside its noun ("a hearing on Tuesday", or the lead's own news), when it
gives one day only (:func:`occasion_at`). A trial, a summit or a series of hearings runs for days, and dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.extract.actors import short
from timeline.extract.continued import tells_a_plan
from timeline.extract.count_words import NUMBER_VALUES, numbers_pattern
from timeline.extract.happening_kinds import LASTING
from timeline.extract.happenings import EVENT_NOUNS, stem, stems
from timeline.extract.merge import Mention, content_words, past_verbs
from timeline.extract.names import NameIndex
from timeline.extract.offsets import same_happening
from timeline.extract.sentences import Sentence
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.titles import write_title
from timeline.model import Document, Precision, When

__all__ = ["Anchored", "anchor_at", "anchored_mentions", "occasion_at", "subordinate"]

_NUMBER = (r"(?:an?|" + numbers_pattern(1) + r"|\d{1,2}|a\s+few|several|"
           r"a\s+couple\s+of)")
_NUMBERS = {"a": 1, "an": 1, **NUMBER_VALUES}
#: The relation to the event: hours or minutes from it, a part of its day, the day before or after it.
_RELATION = re.compile(
    r"(?i)\b(?P<rel>(?:(?:just|only|about|nearly|some|roughly|around|barely)\s+)?"
    r"(?:(?P<count>" + _NUMBER + r")\s+)?(?P<unit>hours?|minutes?)\s+(?P<dir>before|after|of)|"
    r"within\s+(?P<within>" + _NUMBER + r")\s+(?P<wunit>hours?|minutes?)\s+of|"
    r"(?:on\s+)?the\s+(?P<part>day|morning|afternoon|evening|night)\s+(?P<side>before|after|of))\s+"
    r"(?P<np>(?:the|his|her|its|their|[A-Z][\w.'’-]*['’]s|the\s+[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>[a-z]+)\b(?!['’])")
#: Happenings of a moment, whose day an hour or a part of a day from them falls on. A spill, a leak, a storm or a
#: trial goes on for days, and "the day after the spill" may be any of them.
_MOMENTS = EVENT_NOUNS - {"spill", "spills", "leak", "disaster", "disasters", "outbreak", "storm", "hurricane", "flood",
                          "floods", "fire", "fires", "blaze", "strike", "strikes", "protest", "protests", "trial",
                          "uprising", "invasion", "closure", "shutdown", "riot", "riots", "ceasefire", "truce",
                          "meltdown", "eruption", "bankruptcy", "takeover", "merger", "acquisition", "tsunami",
                          "summit", "hearing", "elections", "killings", "shootings", "attacks", "bombings", "deaths",
                          "explosions", "blasts", "crashes", "accidents", "arrests", "raids", "murders"} - LASTING
#: Before the relation, what makes it a span or a comparison: "for the first hours of", "than on the day of",
#: "in the days and hours before", "within".
_NOT_A_MOMENT = re.compile(r"(?i)(?:\b(?:for|over|throughout|than|first|last|final|and|or|the|crucial|early|"
                           r"until|till|since|from|of)\s+|\bthe\s+[a-z]+\s+)$")
#: More than this many hours from the event may fall on the day before or after it, which the hour alone cannot tell.
_SAME_DAY_HOURS = 12


@dataclass(frozen=True, slots=True)
class Anchored:
    """An act's relation to a happening named by its noun: "two hours before the explosion"."""

    start: int  # the relation's start in the text
    end: int  # the end of the happening's noun
    noun: str  # a happening's stem ("explosion", "deat"), or an occasion's noun ("hearing", "news conference")
    days: int  # the act's day less the happening's: -1 for "the day before"


def anchor_at(text: str, start: int, end: int) -> Anchored | None:
    """The first relation in ``text[start:end]`` that dates an act by a happening's noun, and how many days from it."""
    for m in _RELATION.finditer(text, start, end):
        noun = m.group("noun")
        if noun not in _MOMENTS or _NOT_A_MOMENT.search(text, max(start, m.start() - 30), m.start()):
            continue
        count = m.group("count") or m.group("within")
        if count is not None:
            hours = _NUMBERS.get(count.lower(), int(count) if count.isdigit() else 0)
            unit = (m.group("unit") or m.group("wunit")).lower()
            if hours == 0 or (unit.startswith("hour") and hours > _SAME_DAY_HOURS):
                continue  # "a few hours", "20 hours before": maybe the day before
        elif m.group("unit") and m.group("dir") == "of":
            continue  # "hours of the spill": a span
        days = {"before": -1, "after": 1}.get((m.group("side") or "").lower(), 0) if m.group("part") else 0
        if m.group("part") and m.group("part").lower() == "night" and days == 1:
            continue  # "the night after" runs into the next day
        return Anchored(m.start(), m.end(), stem(noun), days)
    return None


#: Before the relation, what opens a clause of its own or reports one ("BP blamed the preventer and asked whether
#: crews ignored a test hours before the explosion": the asking is not of the explosion's day).
_CLAUSE_OPENING = re.compile(r"(?i)\b(?:that|whether|which|who|whom|whose|because|if|when|while|after|before|since|"
                             r"as|until|said|says|told|claimed|claims|according|reported|blamed|accused|than)\b|[;:“”\"(]")


def subordinate(before: str) -> bool:
    """Whether a relation after ``before`` (its sentence up to it) dates a clause below the main one, or a clause a
    speaker reports: a clause opens or a saying verb stands before it. A relation opening the sentence ("Two hours
    before the explosion, ...") is the main clause's."""
    words = set(re.findall(r"[a-z]+", before.lower()))
    return _CLAUSE_OPENING.search(before) is not None or bool(words & SPEECH_VERBS)


#: Before a happening's word in a lead, what makes it background to the lead's news: "since the explosion", "after
#: the blast", "the cause of the crash".
_BACKGROUND = re.compile(r"(?i)\b(?:since|after|before|following|of|from|until|by|in|over|about|at|to|than)\s+"
                         r"(?:(?:the|a|an|its|his|her|their|last|this)\s+)?(?:[\w'’-]+\s+){0,3}$")
#: How far into its lead the lead's own happening is told.
_LEAD_OPENING = 120


def _leads_own(noun: str, lead: str) -> bool:
    """Whether a lead dated by the story's day tells the happening ``noun`` as its own news ("A gas main exploded
    under Fenwick Street"), near its opening and not as background ("since the explosion ...")."""
    for w in re.finditer(r"[a-z]+", lead[:_LEAD_OPENING]):
        if same_happening(noun, stem(w.group(0))):
            return _BACKGROUND.search(lead, 0, w.start()) is None
    return False


def _event_day(noun: str, sentences: list[Sentence], found: list[Mention], index: int) -> dt.date | None:
    """The one day the story dates the happening ``noun`` names, by its noun ("the April 20 explosion") or by a
    verb of it ("the rig exploded on 20 April"), in another sentence; None when it dates none or several."""
    by_noun = [m for m in found if m.sentence != index and (m.happening == noun or same_happening(noun, m.happening))]
    # ("A gas main exploded on May 6": the verb beside the date; a saying's own day dates no explosion it reports)
    told = by_noun or [m for m in found if m.sentence != index and not m.lead and not m.told and noun in m.near]
    told = told or [m for m in found if m.lead and m.sentence != index and _leads_own(noun, sentences[m.sentence].text)]
    days = {m.when.start.date() for m in told if m.when.precision.rank >= Precision.DAY.rank}
    return next(iter(days)) if len(days) == 1 else None


#: An occasion of one day a sentence's act is told at: "said at the hearing", "told the meeting", "during the news
#: conference". A trial or a series of hearings runs for weeks; a summit or a conference may too.
_OCCASION = re.compile(r"(?i)\b(?P<rel>at|during|told)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,4}?"
                       r"(?P<noun>hearing|(?:news|press)\s+conference|briefing|funeral|memorial\s+service)\b(?!['’])")
#: A saying or an act told in the past, which the occasion dates.
_PAST_ACT = re.compile(r"(?i)\b(?:said|told|testified|asked|argued|added|admitted|acknowledged|conceded|insisted|"
                       r"denied|replied|answered|warned|urged|pressed|grilled|questioned|apologi[sz]ed|announced|"
                       r"promised|pledged|vowed|defended|accused|described|revealed|disclosed|confirmed)\b")


#: A plan before the occasion: "BP said it would send someone to testify at the hearing".
_PLAN = re.compile(r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to|"
                   r"plans?\s+to|wants?\s+to)\b")


def _said_at(before: str) -> bool:
    """Whether the occasion after ``before`` (its sentence up to it, a quotation closed before it left out) dates a
    saying or an act told in the past in the main clause: "Lee said at the hearing", '"...," he told the hearing'."""
    said = re.split(r"[”\"],?\s", before)[-1]  # (with the occasion's first word: "told the hearing")
    return (_PAST_ACT.search(said) is not None and _PLAN.search(said) is None
            and _CLAUSE_OPENING.search(re.sub(r"\b(?:said|told)\b", "", said)) is None)


def occasion_at(text: str, start: int, end: int) -> Anchored | None:
    """The occasion of one day ``text[start:end]`` tells its act at: "Lee said at the hearing ..."."""
    for m in _OCCASION.finditer(text, start, end):
        if m.group("rel").lower() == "told" and text[start:m.start()].strip() == "":
            continue
        return Anchored(m.start(), m.end(), re.sub(r"\s+", " ", m.group("noun").lower()), 0)
    return None


def _occasion_day(noun: str, text: str, sentences: list[Sentence], found: list[Mention], index: int) -> dt.date | None:
    """The one day the story dates its occasion ``noun`` ("a hearing on Tuesday", "Tuesday's hearing"): the day of
    a mention whose date stands beside the noun, in another sentence; None when it dates none or several."""
    pattern = re.compile(r"(?i)\b" + noun.replace(" ", r"\s+") + r"s?\b")
    days: set[dt.date] = set()
    for m in found:
        if m.sentence == index or m.when.precision.rank < Precision.DAY.rank or (m.date == (0, 0) and not m.lead):
            continue
        s = sentences[m.sentence]
        # beside the date, or anywhere in the lead, which tells the story's day ("BP's chief faced a hearing")
        near = (s.start, s.end) if m.lead else (max(s.start, m.date[0] - 40), min(s.end, m.date[1] + 40))
        if pattern.search(text, *near):
            if tells_a_plan(s.text):
                return None  # a hearing to come: not the one this act was told at
            days.add(m.when.start.date())
    return next(iter(days)) if len(days) == 1 else None


#: Confidence of a day reckoned from another happening's: as a measured distance's (:mod:`.implied`).
ANCHORED_CONFIDENCE = 0.55


def anchored_mentions(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                      actors: list[str | None]) -> list[Mention]:
    """``found`` with the undated sentences whose act a relation to a happening the story dates places."""
    text = doc.text
    today = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published or dt.date.max
    dated = {m.sentence for m in found}
    added: list[Mention] = []
    for index, s in enumerate(sentences):
        if index in dated or s.text.rstrip().endswith("?"):
            continue
        anchor, occasion = anchor_at(text, s.start, s.end), False
        if anchor is not None and past_verbs(s.text) and not tells_a_plan(s.text) \
                and not subordinate(text[s.start:anchor.start]):
            day = _event_day(anchor.noun, sentences, found, index)
        elif (anchor := occasion_at(text, s.start, s.end)) is not None and _said_at(text[s.start:anchor.start + 4]):
            day, occasion = _occasion_day(anchor.noun, text, sentences, found, index), True
        else:
            continue
        if day is None or day > today:
            continue
        actor = actors[index] if index < len(actors) else None
        # The relation and its happening leave the title, to the clause's end when they close it.
        tail = re.match(r"[^,;]*?(?=[,;]|[.!?\"”’']*\s*$)", text[anchor.end:s.end])
        cut_end = anchor.end if tail is None or len(tail.group(0).split()) > 8 else anchor.end + tail.end()
        cuts = [] if occasion else [(anchor.start - s.start, cut_end - s.start)]  # ("Rivas told the hearing ...")
        title = write_title(s.text, cuts, short(actor))
        added.append(Mention(
            when=When.parse((day + dt.timedelta(days=anchor.days)).isoformat()), start=s.start, end=s.end,
            sentence=index, actor=actor, title=title, tags=names.names_in(text, s.start, s.end)[:8],
            confidence=ANCHORED_CONFIDENCE, is_statement=False, sentences=[index], words=content_words(s.text),
            verbs=past_verbs(s.text), stems=stems(s.text),
            # a saying at an occasion told before, as "In a speech, ..." is: the occasion's own telling titles it
            continued="named" if occasion else ""))
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.sentence)
