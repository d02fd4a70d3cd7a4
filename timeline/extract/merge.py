"""Mentions of one event within an article, and how they are told apart or merged.

A happening is often told several times in one article: the headline, the lead and the body (the page's top:
:mod:`.page_top`); "the April explosion" and later "the 20 April explosion"; a statement quoted and then paraphrased. Mentions merge into one event when they share a
quote (or one quote dated twice within a day, or one title printed twice at one date), when an explosion is told next
to one day's date in both, when one actor's statements share a date, when one named speaker's statements share the
day they were made (:mod:`.saying_source`), or when their dates agree (or one lies within the other) and their quotes share
content words that are neither names (one actor takes part in many happenings), saying verbs, nor the story's own
topic words. A statement told again further down (the lead restated with its day, an act told again in the passive) keeps its actor,
main verb and object, and a happening told at its month and then at its day keeps them too; so are a headline
told at an hour of its day, one document's release and one avowal quoted twice (:mod:`.predicates`); one sentence dated twice within one day is one event, and so is one clause
titled twice at dates one within the other (:mod:`.one_clause`). The story's one explosion told at its month and at
its day (:mod:`.one_explosion`), one handover of a post told from either side (:mod:`.succession`) and one act told by its verb and by its noun (:mod:`.act_nouns`) are one event, and so is one happening
told at alternative dates or as a change between two (:mod:`.alternatives`). The top told again at an hour of its day by
the person it names, and a death told at its day and at its hour in the next sentence, are one (:mod:`.day_and_hour`), and so is an
unnamed person's death told by one description at dates one within the other (:mod:`.described_deaths`), and so is
one actor's statement recalled at its month and told again at its day (:mod:`.statement_months`), and so is what
befalls one thing once (a sinking, a rupture) recalled at a vaguer date and at a date within it
(:func:`.predicates.once_dated_closer`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.extract.act_nouns import acts_named_by_noun
from timeline.extract.alternatives import alternative_dates, told_as_one
from timeline.extract.attribution import speaker_phrase
from timeline.extract.count_words import numbers
from timeline.extract.day_and_hour import told_at_its_hour
from timeline.extract.described_deaths import described_deaths
from timeline.extract.figures_recalled import FIGURE_RECALLED
from timeline.extract.happenings import EVENT_STEMS, EXPLOSION, SHARES_DOWN, SHARES_UP, one_disaster
from timeline.extract.headline_twice import one_headline_twice
from timeline.extract.occasions import one_meeting
from timeline.extract.once import one_death
from timeline.extract.one_clause import bounds, one_clause_dated_twice, own_clauses
from timeline.extract.one_explosion import sole_explosion_day
from timeline.extract.one_headline import one_headline_per_clause
from timeline.extract.page_top import one_top_story
from timeline.extract.picked_up import gathers, refers_back
from timeline.extract.post_leavings import one_departure
from timeline.extract.predicates import LEAD_LAG as _LEAD_LAG
from timeline.extract.predicates import (
    Predicate,
    act_named_again,
    another_day_told_beside,
    contains,
    dated_closer,
    lead_act_told_again,
    lead_at_its_hour,
    once_dated_closer,
    one_avowal,
    one_day,
    one_end_told_twice,
    one_of_agrees,
    one_release,
    one_share_move,
    one_trip,
    publishes,
    recalled_again,
    told_again,
    told_on_to_the_hour,
    verb_told_in_other,
)
from timeline.extract.retellings import retellings
from timeline.extract.retold_acts import one_act_retold
from timeline.extract.role_speakers import one_saying_by_role
from timeline.extract.saying_source import dates_the_saying, named_source  # noqa: F401 (merge's rules: re-exported)
from timeline.extract.speakers_apart import bodies_differ, sources_differ
from timeline.extract.statement_months import statement_told_at_its_day
from timeline.extract.succession import successions
from timeline.extract.title_words import PRESENT as _PAST_FORMS
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.vague_mentions import vague_disaster
from timeline.model import Precision, When

__all__ = ["REPORTING_PERIODS", "RESULTS", "Mention", "contains", "content_words", "dated_verb", "merge_mentions",
           "named_source", "past_verbs", "refers_back", "reports_results", "speaker_words"]

#: A pseudo-word the extractor adds to the words of a mention that reports a period's financial
#: results: all of them in one article are one event (the results), whatever figure each gives.
RESULTS = "#results"
_SHARE_MOVES = frozenset([SHARES_UP, SHARES_DOWN])
#: How far apart (in sentences) one source's statements of one day are one statement told twice:
#: "The administration said Wednesday it will not ..." then "A senior administration official told
#: the AP on Wednesday that ...".
SAME_SOURCE_SPAN = 3


@dataclass(slots=True)
class Mention:
    """One dated statement in the text, before mentions are merged."""

    when: When
    start: int  # quote span in the document text
    end: int
    sentence: int  # index of its sentence
    actor: str | None
    title: str
    tags: list[str]
    confidence: float
    is_statement: bool
    sentences: list[int] = field(default_factory=list)
    end_when: When | None = None
    key: str = ""  # the date value, the first half of the merge key
    main: bool = True  # dated in the sentence's main clause, not a modifier or subordinate clause
    words: frozenset[str] = frozenset()  # content words of the quote, to recognise one happening told twice
    lead: bool = False  # the article's lead, dated by its publication
    verbs: frozenset[str] = frozenset()  # its past-tense verbs ("died", "retired"), cut like ``words``
    dated_verb: str = ""  # the past verb its date attaches to ("announced" in "announced in March")
    speaker: frozenset[str] = frozenset()  # common words naming who speaks ("senior administration official")
    bodies: frozenset[str] = frozenset()  # the bodies its speaker is named by ("a spokesman for Transocean")
    refers_back: bool = False  # opens with a definite description of the sentence before's happening ("The cuts")
    happening: str = ""  # the stem of the noun its date belongs to ("explosion" in "the April 20 blast")
    stems: frozenset[str] = frozenset()  # the stems of all its words, for a happening named again
    near: frozenset[str] = frozenset()  # the stems of the words around its date ("blew up at 10pm")
    source: str = ""  # the named speaker of a statement ("Kenneth Feinberg" in "..., Feinberg told the meeting")
    told: bool = False  # its date is when a statement was made ("..., the office said on Tuesday")
    figure: bool = False  # its quote reports a figure ("rose 3.2%", "$70.7 million")
    definite_subject: bool = False  # its subject picks up someone named before ("the rock singer says", "He said")
    #: dated by a sentence before it (:mod:`.continued`): "occasion" ("At the hearing, ..."), "later" ("He
    #: later said ..."), another moment of the day and so another statement than the speaker's first, or "beside"
    #: ("Meanwhile, ...", "And ..."), another happening than the one told, or "named" ("In a speech, ...": an
    #: occasion the sentence names itself)
    continued: str = ""
    predicate: Predicate = field(default_factory=Predicate)  # its main verb and object words (:mod:`.predicates`)
    date: tuple[int, int] = (0, 0)  # its date expression's span in the text (none for a lead or a day told before)
    bound: bool = False  # its date closes a span ("until the end of the year"), set by :func:`.one_clause.bounds`
    #: the one happening a reading of the whole article finds it tells (:mod:`.one_explosion`, :mod:`.succession`, :mod:`.once`,
    #: :mod:`.act_nouns`, :mod:`.page_top`); mentions sharing it at dates that agree are one
    one_of: str = ""

    def __post_init__(self) -> None:
        self.key = self.when.value()


#: Words that say nothing about what happened, dates included (the date is compared on its own).
_STOP = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
    "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "could", "should", "can", "may", "might", "it", "its", "he", "she", "they", "his", "her", "their",
    "said", "says", "say", "told", "also", "not", "no", "than", "more", "most", "after", "before", "over",
    "into", "about", "which", "who", "whom", "whose", "what", "when", "where", "while", "there", "here",
    "then", "so", "up", "out", "off", "new", *numbers(1), "last", "next", "first",
    *WEEKDAY_NAMES, *MONTH_NAMES, "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
    "night", "week", "month", "year", "quarter", "earlier", "later",
])


def content_words(text: str) -> frozenset[str]:
    """The quote's content words, cut to their first five letters (a crude stem: "announced" ~ "announce").

    Names are left out: one person or company takes part in many happenings.
    """
    return frozenset(w[:5] for w in re.findall(r"(?<![\w'’-])[a-z][a-z'-]+", text)
                     if w not in _STOP and w not in _SAYING and len(w) > 2)


# How something was said is not what happened.
_SAYING = SPEECH_VERBS | {"statement", "post", "posts", "interview", "tweet", "report", "reports", "reported",
                          "under", "during", "against", "without", "because", "though", "although", "rather"}


def merge_mentions(found: list[Mention], text: str = "") -> list[list[Mention]]:
    """Group mentions of one event.

    Same date and actor, both statements; or one quote; or one happening told
    twice (headline, lead and body; "the April explosion" and "the 20 April
    explosion"): dates equal or one within the other, and the quotes share
    their content words. Only groups that could match are looked at (same
    date, a shared word, the lead of the same sentence), so an article of
    thousands of dates stays linear. With the ``text``, a mention titled by another date's clause of its sentence
    takes its own clause's title first (:func:`~timeline.extract.one_clause.own_clauses`).
    """
    if text:
        found = successions(sole_explosion_day(one_headline_per_clause(bounds(own_clauses(found, text), text), text), text), text)
        found = one_departure(acts_named_by_noun(alternative_dates(found, text), text), text)
        found = retellings(one_top_story(described_deaths(one_death(found)), text), text)
    groups: list[list[Mention]] = []
    by_quote: dict[tuple[int, int, str], int] = {}  # one quote, one date
    by_statement: dict[tuple[str, str], int] = {}  # one actor's statements of one date
    by_word: dict[str, list[int]] = {}
    lead_of: dict[int, int] = {}  # sentence -> the group holding that sentence's lead
    by_verb: dict[tuple[str, str], int] = {}  # (date, verb before it) -> the group of its first mention
    by_sentence: dict[int, list[int]] = {}  # sentence -> the groups of its mentions
    by_key: dict[str, list[int]] = {}  # date (to the day) -> its groups, for a happening named again
    happening_at: dict[str, list[int]] = {}  # date (to the day) -> the groups holding a happening's noun
    by_source: dict[tuple[str, str], int] = {}  # (day, named speaker) -> the group of that day's statement
    by_vaguer: dict[str, list[int]] = {}  # month or year -> the groups of more precise dates within it
    by_title: dict[tuple[str, str], int] = {}  # one title, one date
    by_quote_day: dict[tuple[int, int, str], int] = {}  # one quote, one day: "said on Sunday ... to midnight Saturday"
    by_predicate: dict[tuple[str, str], list[int]] = {}  # (day, main verb) -> its groups, for a statement told again
    published: list[int] = []  # the groups telling something made public, at dates a week need not hold
    one_of: dict[str, list[int]] = {}  # one happening the whole article's reading found -> the groups telling it
    for m in found:
        target = by_quote.get((m.start, m.end, m.key))
        if target is None and len(m.title.split()) >= _SAME_TITLE_WORDS:
            # A sentence the page prints twice (a teaser and the story, a comment posted twice): one event.
            target = by_title.get((m.title.lower(), m.key))
        if target is None and m.when.precision.rank >= Precision.DAY.rank:
            # One quote dated twice within one day ("by Thursday night" and "Thursday"; "said Friday evening" and
            # "earlier in the day") is one event: its title would be the same twice.
            target = by_quote_day.get((m.start, m.end, m.key[:10]))
        if target is None and m.is_statement and m.actor is not None and m.continued != "later":
            target = by_statement.get((m.key, m.actor))
        if target is None and _one_day_statement(m):
            target = by_source.get((m.key[:10], _source_key(m.source)))
        if target is None:
            shared: dict[int, int] = {}
            for w in m.words:
                for gi in by_word.get(w, ()):
                    shared[gi] = shared.get(gi, 0) + 1
            candidates = set(shared)
            if m.sentence in lead_of:
                candidates.add(lead_of[m.sentence])
            candidates.update(by_sentence.get(m.sentence, ()))
            for verb in m.predicate.verbs:
                for prefix in (m.key[:10], *_within(m.key)):
                    candidates.update(by_predicate.get((prefix, verb), ()))
            candidates.update(lead_of[m.sentence - back] for back in range(1, _TOLD_ON + 1)  # the lead told on with its day
                              if m.sentence - back in lead_of)
            candidates.update(gi for gi, g in enumerate(groups[-8:], start=max(0, len(groups) - 8))
                              if m.speaker and any(o.speaker & m.speaker for o in g))
            if m.refers_back:
                candidates.update(by_sentence.get(m.sentence - 1, ()))
            candidates.update(gi for gi in by_sentence.get(m.sentence - 1, ())  # one journey, week then day
                              if any(one_trip(o, m) or one_trip(m, o) for o in groups[gi]))
            if (m.key, m.dated_verb) in by_verb:
                candidates.add(by_verb[(m.key, m.dated_verb)])
            if m.happening or m.actor or m.stems & _SHARE_MOVES:  # a happening named again; one actor's act of one
                candidates.update(by_key.get(m.key[:10], ()))   # day told again; a share move read at an hour
            candidates.update(happening_at.get(m.key[:10], ()))
            candidates.update(published if publishes(m) else ())
            candidates.update(one_of.get(m.one_of, ()) if m.one_of else ())
            # "an explosion on a rig last month" and "since 20 April, when an explosion killed 11": a happening
            # at a vaguer date that holds the other's.
            for prefix in _within(m.key):
                candidates.update(happening_at.get(prefix, ()))
            if m.happening:
                candidates.update(by_vaguer.get(m.key, ()))
            target = next((gi for gi in sorted(candidates) if any(_same_happening(o, m) for o in groups[gi])
                           and not any(another_day_told_beside(o, m) for o in groups[gi])), None)
        if target is None:
            groups.append([])
            target = len(groups) - 1
            if m.is_statement and m.actor is not None and not m.lead:  # (a lead's day is the page's, no saying's)
                by_statement.setdefault((m.key, m.actor), target)
        elif m.is_statement and m.actor is not None and not m.lead and m.one_of.startswith(FIGURE_RECALLED):
            # A statement joined to one figure told at a vaguer date before it (:mod:`.figures_recalled`) would have
            # headed the event of its day: it still names the event the actor's next statements of that date join.
            # (A statement joined to the top story or to an act told in other words is one saying among the day's.)
            by_statement.setdefault((m.key, m.actor), target)
        groups[target].append(m)
        by_quote.setdefault((m.start, m.end, m.key), target)
        if m.when.precision.rank >= Precision.DAY.rank:
            by_quote_day.setdefault((m.start, m.end, m.key[:10]), target)
        if len(m.title.split()) >= _SAME_TITLE_WORDS:
            by_title.setdefault((m.title.lower(), m.key), target)
        for w in m.words:
            indexes = by_word.setdefault(w, [])
            if not indexes or indexes[-1] != target:
                indexes.append(target)
        if m.lead:
            lead_of[m.sentence] = target
        if m.dated_verb:
            by_verb.setdefault((m.key, m.dated_verb), target)
        if _one_day_statement(m):
            by_source.setdefault((m.key[:10], _source_key(m.source)), target)
        keyed = by_key.setdefault(m.key[:10], [])
        if target not in keyed:
            keyed.append(target)
        if m.happening and target not in happening_at.setdefault(m.key[:10], []):
            happening_at[m.key[:10]].append(target)
        for prefix in _within(m.key):
            vaguer = by_vaguer.setdefault(prefix, [])
            if target not in vaguer:
                vaguer.append(target)
        for verb in m.predicate.verbs:
            for prefix in (m.key[:10], *_within(m.key)):
                told = by_predicate.setdefault((prefix, verb), [])
                if target not in told:
                    told.append(target)
        if publishes(m) and target not in published:
            published.append(target)
        if m.one_of and target not in one_of.setdefault(m.one_of, []):
            one_of[m.one_of].append(target)
        in_sentence = by_sentence.setdefault(m.sentence, [])
        if target not in in_sentence:
            in_sentence.append(target)
    return groups


#: How many words a title needs before the same title at the same date is the same event ("The explosion" of one
#: day may still be two things said of it; "I am considering buying Transocean" twice is one sentence printed twice).
_SAME_TITLE_WORDS = 4
#: The last sentence index of a page's top: headline, standfirst and lead.
TOP = 2


def _within(key: str) -> tuple[str, ...]:
    """The calendar month and year a date value lies in, when it is more precise than they are."""
    if re.match(r"\d{4}-\d{2}-\d{2}", key):
        return key[:7], key[:4]
    if re.match(r"\d{4}-\d{2}$", key):
        return (key[:4],)
    return ()


def _source_key(source: str) -> str:
    """A speaker as the article goes on naming them: "Doug Suttles of BP" and "Mr Suttles" are "Suttles"."""
    return re.split(r"\s+of\s+", source)[0].split()[-1]


def _one_day_statement(m: Mention) -> bool:
    """A named speaker's statement dated to its day in the main clause: what one source said on one day is
    one statement, however many of its sentences the article quotes ("..., Feinberg said on Saturday." ...
    "“I learned today ...,” Feinberg told the meeting.")."""
    return bool(m.source) and m.main and m.when.precision.rank >= Precision.DAY.rank


#: How long after a reporting period ends its results are still the news: a quarter's results come
#: out within weeks ("quarterly profits drop", in a lead, means the period just ended).
_REPORTING_LAG = dt.timedelta(days=100)


def _latest_period(lead: Mention, figure: Mention) -> bool:
    """Whether ``figure``'s period is the one a lead about "quarterly profits" reports: the last one ended."""
    return lead.lead and not figure.lead and dt.timedelta(0) <= lead.when.start - figure.when.end <= _REPORTING_LAG


def _same_source_same_day(a: Mention, b: Mention) -> bool:
    """One source's statements of one day, close together: the same statement told again."""
    return (bool(a.speaker & b.speaker) and a.is_statement and b.is_statement and a.main and b.main
            and a.when.precision.rank >= Precision.DAY.rank and a.key[:10] == b.key[:10]
            and abs(a.sentence - b.sentence) <= SAME_SOURCE_SPAN and not sources_differ(a, b)
            and not bodies_differ(a.bodies, b.bodies))


_PAST = frozenset(w for w in _PAST_FORMS if " " not in w and w not in SPEECH_VERBS)
_MONTH_RANK = When.parse("2000-01").precision.rank
#: Verbs that say nothing of which happening a date belongs to.
_EMPTY_VERBS = frozenset(["said", "told", "was", "were", "had", "did", "been", "became", "got", "made"])
_DATED_VERB = re.compile(r"(?<![\w'’-])([a-z]{3,})\s+(?:(?:in|on|at|during|by|late|early)\s+)?(?:the\s+)?$")


def dated_verb(before_date: str) -> str:
    """The past verb a date directly follows ("was announced in March" -> "announced"), or ""."""
    m = _DATED_VERB.search(before_date)
    if m is None:
        return ""
    w = m.group(1)
    return w if w not in _EMPTY_VERBS and (w in _PAST_FORMS or (w.endswith("ed") and len(w) > 4)) else ""


#: Words of a speaker's noun phrase that do not tell one source from another.
_VAGUE_SPEAKERS = frozenset(["people", "person", "someone", "report", "study", "statement", "source", "sources"])


def speaker_words(quote: str) -> frozenset[str]:
    """Common words of the noun phrase before the first saying verb ("A senior administration official told")."""
    return frozenset(w for w in content_words(speaker_phrase(quote)) if w not in _VAGUE_SPEAKERS)


def past_verbs(text: str) -> frozenset[str]:
    """Past-tense verbs of a quote (known irregular forms and "-ed" words), cut to five letters."""
    return frozenset(w[:5] for w in re.findall(r"(?<![\w'’-])[a-z]+", text)
                     if (w in _PAST or (w.endswith("ed") and len(w) > 4)) and w not in SPEECH_VERBS)
_YEAR_RANK = When.parse("2000").precision.rank


def _same_happening(a: Mention, b: Mention) -> bool:
    if "beside" in (a.continued, b.continued):
        return False  # "Meanwhile, ...", "And ...": another happening beside the one told (:mod:`.continued`)
    if a.sentence == b.sentence and a.key == b.key and (a.lead or b.lead) and a.start == b.start:
        return True  # the lead and its own day, judged a clause's ("A virologist who ... warned on Monday of ...")
    if (a.sentence == b.sentence and one_day(a, b) and (a.lead != b.lead or not (a.main and b.main))):
        # One sentence, one day told twice: the lead and its own time ("caught fire Thursday morning"), or a clause's
        # date that is the main one's day ("was wiped off ... when trading began in London today"). (A lead of two
        # reports is two events: :func:`.happenings.coordinated_news`.)
        return True
    if one_clause_dated_twice(a, b) or told_as_one(a, b) or one_headline_twice(a, b):  # "could reach ... tonight or early tomorrow"
        return True  # one clause, one headline: "Turtles were released this week, the agency said Thursday"
    if a.sentence == b.sentence:
        # One sentence, two dates: one event only when the vaguer date merely names something
        # ("its third-quarter results") and the other is the sentence's own day.
        vaguer = a if contains(a.when, b.when) else b if contains(b.when, a.when) else None
        # A dated happening named in the lead's sentence ("..., a 1997 attack") is its own event.
        if vaguer is not None and not vaguer.main and not vaguer.happening and (b if vaguer is a else a).lead:
            return True
        if vaguer is not None and not vaguer.main and vague_disaster(vaguer, b if vaguer is a else a):
            return True  # "causes of last month's spill -- started when a rig exploded April 20": told, then dated
        return _figure_released(a, b) or _figure_released(b, a)
    if RESULTS in a.words and RESULTS in b.words and (a.key == b.key or _latest_period(a, b) or _latest_period(b, a)):
        return True  # one period's results, figure by figure (a year-earlier period is only compared with)
    if _lead_told_on(a, b) or _lead_told_on(b, a) or lead_act_told_again(a, b) or lead_act_told_again(b, a):
        return True  # "Dana Cole is urging fans to ..." "In a statement issued Friday, the singer says she has ..."
    if _restates_lead(a, b) or _restates_lead(b, a):
        return True  # "Jindal has warned that the slick threatens ..." ... "Jindal told a news conference on Saturday"
    if told_again(a, b) or told_again(b, a):
        return True  # "Lund is facing a vote on the budget" ... "Lund is facing a crucial vote on the budget today"
    if dated_closer(a, b) or dated_closer(b, a) or once_dated_closer(a, b):
        return True  # "In March the ferry Alda sank off Vorn" ... "The Alda sank on 14 March, with 30 aboard"
    if _named_again(a, b) or _named_again(b, a):
        return True  # "Tonight the department announced ..." ... "Tonight's announcement brought ..."
    if (a.actor and b.actor and a.actor.split()[-1] == b.actor.split()[-1] and a.key[:10] == b.key[:10] and a.main
            and b.main and min(a.when.precision.rank, b.when.precision.rank) >= Precision.DAY.rank and verb_told_in_other(a, b)):
        return True  # "Obama called the two leaders on Thursday" ... "informed them in phone calls Thursday night"
    later, earlier = (a, b) if a.sentence > b.sentence else (b, a)
    if later.refers_back and later.sentence - earlier.sentence == 1 and earlier.main and (
            a.key[:10] == b.key[:10] or (contains(later.when, earlier.when) and gathers(later.title))):
        # "... said on Tuesday it would cut 300 jobs." "The cuts, announced on Tuesday, ..."; "... make for an
        # unpleasant mix." "These themes were occupying the minds of airline chiefs this week": the week holds the day
        return True  # ("The relief well could reach its target by the end of this month" is a forecast of its own)
    if _same_source_same_day(a, b):
        return True  # "the administration said Wednesday" ... "an administration official told the AP on Wednesday"
    if a.key == b.key and a.dated_verb and a.dated_verb == b.dated_verb and _YEAR_RANK < a.when.precision.rank <= _MONTH_RANK:
        # "plan -- announced in March" ... "before the expansion was announced in March": background told
        # again. (Many things are "said on Thursday"; a month is named for a happening recalled.)
        return True
    if one_trip(a, b) or one_trip(b, a) or lead_at_its_hour(a, b) or lead_at_its_hour(b, a) or act_named_again(a, b) \
            or act_named_again(b, a) or recalled_again(a, b) or one_end_told_twice(a, b) or one_avowal(a, b) \
            or one_release(a, b) or one_release(b, a):  # "The report, to be published next week" ... "released on Tuesday"
        return True  # "head back to the coast next week" ... "a trip beginning on Monday"; the lead at its hour
    if _one_explosion(a, b) or one_of_agrees(a, b) or one_share_move(a, b) or one_meeting(a, b) or one_act_retold(a, b):
        return True  # "Since the 20 April rig explosion, BP has tried ..." ... "The rig blew up at 10pm, killing 11"
    if one_saying_by_role(a, b):
        return True  # "And a paramedic said Dr Roe did not mention ..." ... "Paramedic Ian Holt said Dr Roe did not mention"
    if (a.predicate.again or b.predicate.again) and a.predicate.verbs & b.predicate.verbs:
        return False  # "detained two sailors" ... "detained two more sailors": the act done again, however alike
    shared = len(a.words & b.words)
    if shared < 1:
        return False
    if a.key != b.key and not (contains(a.when, b.when) or contains(b.when, a.when)):
        return False
    if told_on_to_the_hour(a, b):
        return True  # "BP stopped work Wednesday ..." "work ... was stopped in the morning": told on, to the hour
    if sources_differ(a, b) or bodies_differ(a.bodies, b.bodies):
        return False  # words two sources' statements share ("Watson said ..." "Tillerson said ...", "a spokesman for Holm
        # Oil said ..." "a spokesman for Nordvatten said ...") are the topic's
    if told_at_its_hour(a, b):
        return True  # "..., Adm Allen has said." ... "On Monday evening, Adm Allen hailed ..."
    if a.key != b.key:
        if statement_told_at_its_day(a, b):
            return True  # "BP had said this month that ..." ... "The company said in a June 4 news release that ..."
        # "the April explosion" and "the 20 April explosion": a vaguer date that only names the
        # happening (a noun's modifier) joins the precise one when the words say it is the same.
        vaguer = a if contains(a.when, b.when) else b
        precise = b if vaguer is a else a
        if (vaguer.main and vaguer.sentence <= TOP and vaguer.sentence < precise.sentence and not precise.lead
                and vaguer.when.precision.rank < Precision.DAY.rank):
            # A standfirst tells the body's happening at a vaguer date ("... clears the way for construction to
            # begin next spring" ... "Construction will begin in April 2027"): most of the shorter one's words.
            # (A lead's day only stands in for a date, so a week holding it says nothing; a day told again at an
            # hour is as often another happening of that day.)
            return shared >= 2 and shared >= 0.6 * min(len(a.words), len(b.words))
        return not vaguer.main and shared >= 3 and shared >= 0.5 * min(len(a.words), len(b.words))
    if a.key == b.key and shared >= 2 and abs(a.sentence - b.sentence) <= 2:
        return True  # the next sentence going on about it
    if (a.key == b.key and a.actor and b.actor and a.actor.split()[-1] == b.actor.split()[-1]
            and a.when.precision.rank > _YEAR_RANK and a.verbs & b.verbs):
        return True  # "Jackson died in June 2009 ..." told again: one actor, one date, one verb
    if (a.lead or b.lead) and abs(a.sentence - b.sentence) > _FAR_FROM_LEAD:
        # Far down the page, a sentence of the publication day shares a few words with the lead only by being
        # about the same story ("a worker who survived the explosion" ... "BP can survive the oil spill"); the lead
        # told again keeps its actor, verb or speaker (above).
        return shared >= 4
    return shared >= 4 or (shared >= 3 and shared >= 0.5 * min(len(a.words), len(b.words)))


#: Sentences after the lead beyond which only many shared words make a sentence of its day the lead told again.
_FAR_FROM_LEAD = 6


def _one_explosion(a: Mention, b: Mention) -> bool:
    """Whether both mentions tell of an explosion ("explosion", "blast", "exploded", "blew up") next to their date,
    of one day: an explosion is a moment, and one article's explosions of one day are one. (A spill or a fire
    of one day may be told by many sentences about other things; "Salazar flew to the coast on Friday to see
    the damage of last week's explosion" names an explosion, but not next to its date.)"""
    return (a.key[:10] == b.key[:10] and min(a.when.precision.rank, b.when.precision.rank) >= Precision.DAY.rank
            and EXPLOSION in a.near and EXPLOSION in b.near)


def _figure_released(period: Mention, told: Mention) -> bool:
    """Whether one sentence gives a figure for a period just ended and the day it was told: "Consumer prices rose
    3.2% in February, the statistics office said on Tuesday" is one happening, the release of February's figure,
    whose day is the most precise date ("the company lost $5bn in 2008, its chief said on Tuesday" is history
    recalled, two events)."""
    if not (told.told and told.main and period.main and not period.told and period.figure):
        return False
    if told.when.precision.rank < Precision.DAY.rank or period.when.precision.rank >= Precision.DAY.rank:
        return False
    return dt.timedelta(0) <= told.when.start - period.when.end <= _REPORTING_LAG


def _restates_lead(lead: Mention, other: Mention) -> bool:
    """Whether ``other`` tells again, with its own day, the statement an undated lead reports.

    The lead says who said what ("Jindal has warned that the slick threatens his state's way of life");
    the body gives the day and the words ("Mr Jindal told a news conference on Saturday: ...").
    One speaker, both statements, a day shortly before publication, and words of the lead again.
    """
    if not lead.lead or other.lead or not other.main or not (lead.is_statement and other.is_statement):
        return False
    if not lead.actor or not other.actor or lead.actor.split()[-1] != other.actor.split()[-1]:
        return False
    if other.when.precision.rank < Precision.DAY.rank or not dt.timedelta(0) <= lead.when.start - other.when.start <= _LEAD_LAG:
        return False
    return len(lead.words & other.words) >= 2


#: How many sentences after the lead its day may be told: the next, or the one after a sentence of detail
#: or a caption run into the text ("BP is to delay its results." ... "The oil firm said today ...").
_TOLD_ON = 2


def _lead_told_on(lead: Mention, other: Mention) -> bool:
    """Whether ``other``, a sentence just after an undated lead, tells the lead again with its day: dated to the
    very day the lead stands in for, in its main clause, its subject the lead's actor or a pronoun or
    definite description picking it up ("the rock singer says", "The company said on Friday")."""
    if not lead.lead or other.lead or not other.main or not 0 < other.sentence - lead.sentence <= _TOLD_ON \
            or other.key != lead.key:
        return False
    return other.definite_subject or (lead.actor is not None and other.actor == lead.actor)


def _named_again(noun: Mention, other: Mention) -> bool:
    """Whether ``noun`` names by a noun the happening ``other`` tells, at the same date or a vaguer one:
    "the superstar's death on Thursday" and "the star died ... on Thursday"; "last year's accident" and
    "the Deepwater Horizon accident ... last year"."""
    if not noun.happening or (noun.happening not in other.stems and not one_disaster(noun.happening, other.happening)
                              and not vague_disaster(noun, other)):
        return False
    # At a vaguer date, only a noun that names a happening ("the explosion last month"), not any head noun a
    # relative clause hangs on ("the well is now expected to be completed later this month").
    return noun.key == other.key or (noun.key[:10] == other.key[:10] and len(noun.key) > 10) or (
        noun.happening in EVENT_STEMS and contains(noun.when, other.when))


# An earnings story reports one set of results: "quarterly profits drop" (the lead), "second-quarter
# net profit fell to $715m", "Transocean earned $535m in the quarter" are one event.
#: The periods companies and agencies report figures for.
REPORTING_PERIODS = (Precision.QUARTER, Precision.HALF)
_RESULTS_WORDS = re.compile(r"(?i)\b(?:profits?|earnings|earned|earns|revenues?|sales|income|loss(?:es)?|results)\b")
_PERIOD_WORDS = re.compile(r"(?i)\b(?:quarterly|quarter|half-year|half-yearly|interim|full-year|annual)\b")


def reports_results(m: Mention, text: str) -> bool:
    """A figure of a reporting period (dated by a quarter or a half), or a lead about one."""
    quote = text[m.start:m.end]
    if not _RESULTS_WORDS.search(quote):
        return False
    return m.when.precision in REPORTING_PERIODS or (m.lead and _PERIOD_WORDS.search(quote) is not None)
