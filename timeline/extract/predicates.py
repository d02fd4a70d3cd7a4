"""What a clause says happened: its main verb and the words of its object, to tell a happening told again
from another happening of the same day.

News tells its lead again further down, often with its day: "Mayor Lund is facing a vote on the budget"
(the lead) ... "Lund is facing a crucial vote on the city's budget today" (the eighth paragraph). A
restatement keeps the actor, the verb and the object and adds detail; a second happening of the day
changes the verb or the object ("Lund is facing a vote" and "Lund lost a vote"; "Lund is facing a vote"
and "Lund is facing protests"). :func:`predicate` reads the main verb (past over a saying verb: "said it
would cut jobs" is about cutting) and the object words up to the first clause break or preposition other
than "of", each cut to a stem that its other forms share ("faces", "facing", "faced" -> "fac").

The merger's tests built on them live here too (:func:`told_again`, :func:`dated_closer`, :func:`one_day`,
:func:`another_day_told_beside`), so that merge.py keeps to how mentions are indexed and grouped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.english_auxiliaries import BE_NONFINITE, MODAL_VERBS, auxiliary_words
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_PAIRS, PARTICIPLE_BASE_PAIRS
from timeline.extract.alternatives import told_as_one
from timeline.extract.happenings import SHARES_DOWN, SHARES_UP, stem
from timeline.extract.title_verbs import HEADLINE_PRESENT_FORMS, IRREGULAR_PAST_FORMS
from timeline.extract.title_words import SPEECH_VERBS
from timeline.model import Precision, When

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["LEAD_LAG", "Predicate", "act_named_again", "another_day_told_beside", "contains", "dated_closer",
           "lead_act_told_again", "lead_at_its_hour", "once_dated_closer", "one_avowal", "one_day", "one_end_told_twice",
           "one_of_agrees", "one_release", "one_share_move", "one_trip", "plan_beside_act", "predicate", "publishes",
           "recalled_again",
           "told_again", "told_on_to_the_hour", "verb_stem", "verb_told_in_other"]

_BASE = dict(pair.split(":") for pair in (IRREGULAR_PAST_PAIRS + " " + PARTICIPLE_BASE_PAIRS).split())
_AUX = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                  "should", "must", "be", "been", "being", "am", "shall"])
#: Words between an auxiliary and its verb ("has also begun", "is now facing", "was not given").
_BETWEEN = frozenset(["not", "also", "now", "still", "already", "just", "been", "being", "be", "never", "again",
                      "finally", "expected", "set", "due", "likely", "going", "about", "to", "n't"])
_NOT_VERBS = frozenset(["said", "says", "told", "tells", "added", "adds", "wrote", "writes", "according", "stated",
                        "states", "noted", "explained", "replied", "responded", "tweeted", "posted"]) | SPEECH_VERBS
#: Words that close the object: a preposition other than "of", a conjunction, a relative or a saying.
_OBJECT_ENDS = frozenset(["in", "on", "at", "by", "for", "with", "from", "to", "into", "over", "after", "before",
                          "since", "until", "as", "and", "or", "but", "that", "which", "who", "when", "while",
                          "because", "if", "than", "amid", "despite", "during", "following", "under", "against",
                          "across", "around", "near", "off", "onto", "through", "toward", "towards", "along", "via",
                          "about", "without", "within", "beyond", "behind", "below", "above", "outside", "inside",
                          "per", "where", "whose", "so", "then", "today", "yesterday", "tonight"]) | _NOT_VERBS
DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                          "of", "some", "any", "all", "more", "most", "other", "another", "such", "no", "every"])
#: Pronouns that follow only a preposition "to", never the infinitive's: "handed to them", "read to me".
_OBJECT_PRONOUNS = frozenset(["me", "him", "them", "us"])
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*(?=['’]s\b)|[A-Za-z][A-Za-z'’-]*|[,;:.!?()“”\"—–]")
#: A date between the verb and its object ("voted on Tuesday to extend", "cut today 300 jobs").
_DATE_WORDS = frozenset(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES)) | {
    "on", "this", "last", "late", "early", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
    "week", "weekend", "month", "year"}
#: An opening phrase before the clause's subject: a dateline, "On Tuesday,", "In a statement,", "Meanwhile,".
_OPENING = re.compile(r"^\s*(?:[A-Z][A-Z .,'-]+\s*(?:\([^)]{1,30}\))?\s*[-—–]+\s*)?"
                      r"(?:(?:[A-Z][a-z]+(?:ly)?|(?:On|In|At|By|Late|Early|Earlier|Later|After|Before|During)"
                      r"\b[^,]{0,50}),\s+)?")


#: Words that tell the act was done again, a second happening of its kind: "arrested two more men",
#: "lowered another cap", "a second vote", "struck again".
AGAIN = frozenset(["more", "another", "further", "additional", "second", "third", "fourth", "again", "fresh",
                    "renewed", "latest"])


@dataclass(frozen=True, slots=True)
class Predicate:
    """A clause's main verb (with the verb of its infinitive: "decided to slaughter") and its object words,
    as stems."""

    verbs: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    again: bool = False  # it says the act was done again ("two more men", "another cap", "arrested again")
    passive: bool = False  # its verb is passive ("was released"): its subject is among the object words
    planned: bool = False  # its verb is hoped, planned or forecast ("hopes to get", "will begin", "is due to meet")
    past: bool = False  # its verb tells an act done ("ran into trouble", "has begun", "was removed")


def verb_stem(word: str) -> str:
    """The stem a verb's forms share: "faces", "facing", "faced", "face" -> "fac"; "began", "begun" -> "begin"."""
    w = word.lower().replace("’", "'")
    w = _BASE.get(w, w)
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    w = w.rstrip("e") if len(w) > 3 else w
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopped" -> "stopp" -> "stop"
        w = w[:-1]
    return w[:6]


#: Pasts the same as their base ("shut", "cut", "set"), and the other irregular pasts the titles know.
_SAME_PASTS = IRREGULAR_PAST_FORMS - {"was", "were", "had", "did"}


def _is_verb(word: str, before: str) -> bool:
    if before == "being":  # "footage shows the cap being placed": what is seen done, not the clause's act
        return False
    if word in _BASE or word in IRREGULAR_PARTICIPLES or word in _SAME_PASTS:
        return before not in DETERMINERS
    if word.endswith("ed") and len(word) > 4:
        return before not in DETERMINERS  # "the alleged plot" is an adjective
    return word in HEADLINE_PRESENT_FORMS and before not in DETERMINERS


def _plain(word: str) -> str:
    """The word with its hyphens closed up when it is made of letters ("anti-viral" and "antiviral" are one word
    spelt two ways), or "" when it is not a word."""
    plain = word.replace("-", "")
    return plain if plain.isalpha() else ""


def predicate(clause: str) -> Predicate:
    """The main verb and object of ``clause`` (see the module's docstring); empty when it has none."""
    clause = clause[_OPENING.match(clause).end():]
    words = _WORD.findall(clause)
    tokens = [t.lower() for t in words]
    i = 0
    while i < len(tokens):
        word = tokens[i]
        before = tokens[i - 1] if i else ""
        verb_at = None
        if word in _AUX and word not in BE_NONFINITE:
            j = i + 1
            while j < len(tokens) and (tokens[j] in _BETWEEN or (tokens[j].endswith("ly") and len(tokens[j]) > 4)):
                j += 1
            if j < len(tokens) and tokens[j].isalpha() and tokens[j] not in _AUX and tokens[j] not in DETERMINERS and (
                    tokens[j].endswith(("ing", "ed")) or tokens[j] in _BASE or tokens[j] in IRREGULAR_PARTICIPLES
                    or tokens[j] in _SAME_PASTS
                    or tokens[i] in MODAL_VERBS
                    or tokens[j - 1] == "to"):  # "is due to phone", "was set to announce": the act planned
                verb_at = j
            else:
                i = j
                continue
        elif _is_verb(word, before):
            verb_at = i
        if verb_at is None or tokens[verb_at] in _NOT_VERBS:
            i = (verb_at or i) + 1
            continue
        verbs = {verb_stem(tokens[verb_at])}
        # A passive's subject is what was done to: "the cap was removed" tells "removed the cap" again.
        passive = any(t in ("is", "are", "was", "were", "been", "be") for t in tokens[max(0, verb_at - 3):verb_at]) \
            and (tokens[verb_at].endswith("ed") or tokens[verb_at] in IRREGULAR_PARTICIPLES or tokens[verb_at] in _BASE)
        subject = {verb_stem(_plain(w)) for w in tokens[max(0, i - 5):i]
                   if _plain(w) and w not in DETERMINERS and w not in _OBJECT_ENDS and w not in _AUX
                   and w not in _BETWEEN and w not in _DATE_WORDS and len(w) > 2} if passive else set()
        k = verb_at + 1
        while k < len(tokens) and tokens[k] in _DATE_WORDS:
            k += 1
        # "decided to slaughter"; but "played to the jury", "sent to him": a "to" before a noun phrase is a preposition.
        if k + 1 < len(tokens) and tokens[k] == "to" and tokens[k + 1].isalpha() \
                and tokens[k + 1] not in DETERMINERS and tokens[k + 1] not in _OBJECT_PRONOUNS:
            verbs.add(verb_stem(tokens[k + 1]))
            k += 2
        objects = set()
        while k < len(tokens) and len(objects) < 5:
            w = tokens[k]
            if not _plain(w) or w in _OBJECT_ENDS or w in _DATE_WORDS:
                break
            if w not in DETERMINERS and len(w) > 2:
                objects.add(verb_stem(_plain(w)))
            k += 1
        again = any(w in AGAIN for w in words[max(0, i - 3):k + 1])  # lowercase: "Second Avenue" is a name
        planned = _planned(tokens, i, verb_at)
        past = not planned and _past_form(tokens[verb_at]) and (verb_at == i or tokens[i] in _PAST_AUX)
        return Predicate(frozenset(verbs), frozenset(objects | subject), again, passive, planned, past)
    return Predicate()


#: Modals: what they put the verb in may come, or may not ("will begin", "would cut", "could reach").
_MODALS = auxiliary_words(MODAL_VERBS)
#: Words that, followed by "to", put the next verb in a hope, a plan or a forecast: "hopes to get", "plans to cut",
#: "is due to meet", "is expected to begin", "is set to announce".
_PLAN_WORDS = frozenset(["hope", "hopes", "hoped", "hoping", "plan", "plans", "planned", "planning", "expect", "expects",
                         "expected", "expecting", "intend", "intends", "intended", "intending", "aim", "aims", "aimed",
                         "aiming", "want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "due", "set",
                         "scheduled", "going", "likely", "poised", "ready", "preparing", "prepares", "vowed", "vows",
                         "pledged", "pledges", "promised", "promises", "try", "tries", "trying"])
#: Auxiliaries before a past participle that tell an act done: "was removed", "has begun".
_PAST_AUX = frozenset(["was", "were", "has", "have", "had"])
#: What closes the clause a plan word governs: "BP, which hopes to sell ..., stopped" is no hope of stopping.
_CLAUSE_BREAKS = frozenset([",", ";", ":", "(", ")", "—", "–", "which", "who", "that", "and", "but", "when", "while"])


def _planned(tokens: list[str], at: int, verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` (its auxiliary at ``at``) is hoped, planned or forecast: after a modal, or in
    the same clause after a plan word and its "to" ("BP hopes to get the tube inserted"), or itself a plan word
    with its "to" ("BP hoped to finish")."""
    if tokens[at] in _MODALS:
        return True
    if tokens[verb_at] in _PLAN_WORDS and verb_at + 1 < len(tokens) and tokens[verb_at + 1] == "to":
        return True
    for j in range(verb_at - 1, -1, -1):
        if tokens[j] in _CLAUSE_BREAKS or tokens[j] in _NOT_VERBS:
            return False
        if tokens[j] in _PLAN_WORDS and j + 1 < len(tokens) and tokens[j + 1] == "to":
            return True
    return False


def _past_form(word: str) -> bool:
    """Whether ``word`` is a past form: "-ed", or an irregular past or participle ("ran", "begun", "cut")."""
    return (word.endswith("ed") and len(word) > 4) or word in _BASE or word in IRREGULAR_PARTICIPLES \
        or word in _SAME_PASTS


# ------------------------------------------------------------- the merger's tests of one happening told again
def contains(outer: When, inner: When) -> bool:
    """Whether ``outer`` is a vaguer date holding ``inner`` ("April" holds "20 April")."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.precision.rank < inner.precision.rank


#: How long before the publication day a lead's statement may have been made and told again with its day.
LEAD_LAG = dt.timedelta(days=3)


def another_day_told_beside(a: Mention, b: Mention) -> bool:
    """Whether one sentence's main clauses give two days: "began drilling the first well on 2 May and the second
    on 16 May" tells two happenings, though "began drilling two wells in May" holds both."""
    return (a.sentence == b.sentence and a.main and b.main and a.key[:10] != b.key[:10]
            and min(a.when.precision.rank, b.when.precision.rank) >= Precision.DAY.rank
            and not told_as_one(a, b))  # "could reach the coast Sunday night or early Monday": one landfall


def one_day(a: Mention, b: Mention) -> bool:
    """Whether two mentions are dated to one day, and to one moment of it when both give one: "the job was
    completed by 1 a.m." and "'We have completed the job,' he wrote at 5:44 a.m." are two happenings, as are a
    briefing in the morning and one in the afternoon."""
    if a.key[:10] != b.key[:10] or min(a.when.precision.rank, b.when.precision.rank) < Precision.DAY.rank:
        return False
    return a.key == b.key or len(a.key) == 10 or len(b.key) == 10


#: The ``Mention.one_of`` prefix of a reading that finds an undated lead told again with its day: the lead's date only
#: stands in for that day (:mod:`.told_twice`).
LEAD_DATED = "lead-dated:"
#: The ``Mention.one_of`` prefix of a tally's lead and its running count over the days just gone, whose reading has
#: checked their dates (:mod:`.running_counts`).
RUNNING_COUNT = "running-count:"


def one_of_agrees(a: Mention, b: Mention) -> bool:
    """Whether two mentions tell the one happening the whole article's reading found (``Mention.one_of``: the story's
    one explosion, a handover of a post), at one date (a week told twice), one day or a date holding the other's;
    or, for a lead told again with its day, that day and the lead's publication just after it; or a tally's lead and
    its running count, whatever their dates."""
    return bool(a.one_of) and a.one_of == b.one_of and (
        a.key == b.key or one_day(a, b) or contains(a.when, b.when) or contains(b.when, a.when)
        or (a.one_of.startswith(LEAD_DATED) and (lead_stands_for(a, b) or lead_stands_for(b, a)))
        or a.one_of.startswith(RUNNING_COUNT))


def lead_stands_for(lead: Mention, other: Mention) -> bool:
    """Whether ``other`` is dated a day the undated ``lead`` (dated by its publication) may stand in for: that day or
    one just before it, as precise."""
    return lead.lead and not other.lead and other.when.precision.rank >= lead.when.precision.rank and \
        dt.timedelta(0) <= lead.when.start - other.when.start <= LEAD_LAG


def one_share_move(a: Mention, b: Mention) -> bool:
    """Whether two nearby sentences of one day tell one share price moving the same way: the day's move and a
    reading of it at a clock time ("Shares in BP rose on Thursday" ... "BP's shares were up 1 percent at 1449
    GMT"). One company named in both (or in one only, the other's shares being its); a rival's shares moving
    another way are news of their own. The headline's or lead's move is told again anywhere down the page when
    the company is named in both ("BP's stock plummeted Tuesday" ... "BP's stock nose-dived on Tuesday")."""
    if not one_day(a, b) or (a.tags and b.tags and not set(a.tags) & set(b.tags)):
        return False
    if abs(a.sentence - b.sentence) > _SHARE_SPAN and not (
            min(a.sentence, b.sentence) <= _SHARE_TOP and set(a.tags) & set(b.tags)):
        return False
    return bool({SHARES_UP, SHARES_DOWN} & a.stems & b.stems)


#: How many sentences apart a move and its reading are told; the last sentence of the page's top (headline, lead).
_SHARE_SPAN = 2
_SHARE_TOP = 1


def told_again(top: Mention, other: Mention) -> bool:
    """Whether ``other`` tells again, further down, what ``top`` reported (the lead, or any statement of one
    day): one day (a lead's publication day stands in for one a few days before it), the same actor (or
    one ``top`` names), the same main verb and a word of the same object (with no actor named, the same
    object, more or less detailed); or the lead's object done as the other's verb ("has begun a mass
    slaughter of pigs" ... "it is decided to slaughter all swine herds") with another word shared. A
    second happening of the day changes the verb or the object (:mod:`.predicates`)."""
    if other.lead or other.sentence <= top.sentence:
        return False
    if not (top.main and other.main) or min(top.when.precision.rank, other.when.precision.rank) < Precision.DAY.rank:
        return False
    if not one_day(top, other) and not (
            top.lead and dt.timedelta(0) <= top.when.start - other.when.start <= LEAD_LAG):
        return False
    named = bool(top.actor and other.actor)
    if named and top.actor.split()[-1] != other.actor.split()[-1] and other.actor not in top.tags \
            and top.actor not in other.tags:
        return False
    a, b = top.predicate, other.predicate
    if a.again or b.again:
        return False  # "police arrested two men on Tuesday" ... "arrested two more men on Tuesday evening"
    if not named:
        # No actor to compare: the same verb and one object, named with fewer or more words but no other
        # ("removed a temporary cap" ... "the cap was removed at 4:25 p.m."; "his songs topped the iTunes
        # download charts" is no "Jackson topped the UK album chart" told again).
        return bool(a.verbs & b.verbs and a.objects and b.objects and (a.objects <= b.objects or b.objects <= a.objects))
    if a.verbs & b.verbs and a.objects & b.objects:
        return True
    return bool((a.objects & b.verbs or b.objects & a.verbs) and len(top.words & other.words) >= 2)


#: Verbs of what happens to one thing once: a ship sinks once, a well ruptures once.
_THING_ONCE = frozenset(verb_stem(w) for w in (
    "sink", "capsize", "explode", "collapse", "crash", "erupt", "rupture"))
#: Verbs of what happens to one subject once: a ship sinks once, a man dies once, a minister resigns once.
_ONCE = _THING_ONCE | frozenset(verb_stem(w) for w in (
    "die", "resign", "retire", "drown", "abdicate", "assassinate", "behead", "execute", "bury"))


def dated_closer(vaguer: Mention, precise: Mention) -> bool:
    """Whether ``precise`` tells the happening ``vaguer`` tells, at a date within the vaguer one: "In March the
    ferry Alda sank" and "The Alda sank on 14 March". The same actor and the same main verb, and the same object
    (or, with none, a verb of what happens to one subject once: a ship sinks once, a month's "index rose" and a
    day's are two figures)."""
    if not contains(vaguer.when, precise.when) or not (vaguer.main and precise.main):
        return False
    if not vaguer.actor or not precise.actor or (vaguer.actor.split()[-1] != precise.actor.split()[-1]
                                                 and precise.actor not in vaguer.tags and vaguer.actor not in precise.tags):
        return False
    a, b = vaguer.predicate, precise.predicate
    if a.again or b.again:
        return False
    shared = a.verbs & b.verbs
    if not shared:
        return False
    if a.objects & b.objects:
        return True
    if a.objects or b.objects:
        # A passive's subject is read as its object: "He was released on compassionate grounds last August" and
        # "Megrahi was released by the government last year on compassionate grounds" name what was done to the
        # actor by a pronoun or by name. Then the words the verb carries say whether it is one happening: a word of
        # one's object in the other, and two shared besides the verb ("was fined for a leak last year" and "was
        # fined for a spill in March" share none, and are two fines).
        if not (a.passive or b.passive):
            return False
        words = vaguer.words & precise.words
        return bool(words & {o[:5] for o in a.objects | b.objects}) and len(words - {v[:5] for v in shared}) >= 2
    return bool(shared & _ONCE)


#: Title subjects that name no one by themselves: the mention's actor says who they are.
_PRONOUN_SUBJECTS = frozenset(["he", "she", "it", "they", "who", "which", "that"])


def once_dated_closer(a: Mention, b: Mention) -> bool:
    """Whether two mentions recall one thing's fate at a vaguer date and at a date within it, in whatever clause: "its
    well in the Gulf that ruptured in April" ... "after the well ruptured on April 20". What befalls a thing once
    (:data:`_THING_ONCE`: sinking, exploding, rupturing) is one happening when one verb carries both dates and one
    subject undergoes it: the same actor, or titles whose subjects' words are one within the other's ("two more
    ships sank in May" and "a ferry sank on 2 May" are two sinkings). A person's death is told by name, surname and
    description, and whose it is the article's reading decides (:mod:`.once`, :mod:`.described_deaths`): a brother
    who died in March of the year his brother died is another death."""
    if a.key == b.key or not (contains(a.when, b.when) or contains(b.when, a.when)):
        return False
    verb = verb_stem(a.dated_verb) if a.dated_verb else ""
    if verb not in _THING_ONCE or not b.dated_verb or verb_stem(b.dated_verb) != verb or a.predicate.again or b.predicate.again:
        return False
    if a.actor and b.actor:
        return a.actor.split()[-1] == b.actor.split()[-1]
    once = frozenset([verb])
    subject_a, subject_b = (frozenset(title_subject(m.title, once)) - DETERMINERS for m in (a, b))
    # One subject's words within the other's: "The well" and "BP's deep-sea well"; "A farmer hurt in the flood" and
    # "A nurse hurt in the flood" are two people.
    return bool(subject_a and subject_b) and not (subject_a | subject_b) & _PRONOUN_SUBJECTS and (
        subject_a <= subject_b or subject_b <= subject_a)


#: Verbs and nouns of a journey: a trip announced for a week and told at its first day is one trip.
_TRIP = frozenset(verb_stem(w) for w in (
    "travel", "visit", "fly", "go", "head", "return", "tour", "trip", "journey", "arrive"))


def one_trip(vaguer: Mention, precise: Mention) -> bool:
    """Whether two adjacent sentences tell one journey, at a vaguer date and at a day within it: "He will head
    back to the coast next week." "He will visit three states during a two-day trip beginning on Monday." One
    traveller (or a pronoun for the one named), a verb or noun of travel in both. (Two sentences apart, or
    at two days, they may be two trips.)"""
    if abs(vaguer.sentence - precise.sentence) != 1 or not contains(vaguer.when, precise.when):
        return False
    if vaguer.actor and precise.actor and vaguer.actor.split()[-1] != precise.actor.split()[-1]:
        return False
    def travels(m: Mention) -> bool:
        return bool(m.predicate.verbs & _TRIP or {verb_stem(w) for w in m.words} & _TRIP)
    return travels(vaguer) and travels(precise) and bool(vaguer.predicate.verbs & _TRIP or precise.predicate.verbs & _TRIP)


def act_named_again(act: Mention, noun: Mention) -> bool:
    """Whether ``noun`` names by a noun, next to its date, the act ``act`` tells by a verb on the same day: "the
    well was finally capped and sealed July 15" ... "readings before and after the sealing of the well July 15".
    The act's stem and another word stand by both dates, not as a verb of ``noun``, and ``noun`` has no actor
    and is no statement (a statement that names the act, "the report released today, we are reviewing it", is
    news of its own)."""
    if act.key[:10] != noun.key[:10] or min(act.when.precision.rank, noun.when.precision.rank) < Precision.DAY.rank:
        return False
    if noun.is_statement or noun.actor:
        return False
    shared = act.near & noun.near
    return len(shared) >= 2 and bool(shared & {v[:4] for v in act.verbs} - {v[:4] for v in noun.verbs})


#: How many object words a body sentence shares with the lead to tell its act at an hour of its day.
_SAME_OBJECT = 2


def lead_at_its_hour(lead: Mention, other: Mention) -> bool:
    """Whether ``other`` tells the lead's act again at a part of the lead's day: "Pupils have been given
    antiviral drugs" (the lead, dated by its publication) ... "Antiviral drugs were issued to pupils this
    afternoon". Its main clause, a time within the lead's day, and the same thing acted on (two words of the
    object, a passive's subject counted), whatever the verb ("given", "issued")."""
    if not lead.lead or other.lead or not other.main or other.sentence <= lead.sentence:
        return False
    if not contains(lead.when, other.when) or lead.when.precision.rank != Precision.DAY.rank:
        return False
    if len(lead.predicate.objects & other.predicate.objects) >= _SAME_OBJECT:
        return True
    # A headline sums up the lead: "President to reassure US in televised address" ... "The US president is to
    # give a televised address to the country tonight, ... to reassure Americans". Just below it, a sentence holding
    # nearly all of its words at a time of its day tells it (another happening of the day shares a word or two).
    shared = len(lead.words & other.words)
    return (lead.sentence == 0 and other.sentence - lead.sentence <= _HEADLINE_TOLD_WITHIN
            and shared >= _HEADLINE_WORDS and shared >= _HEADLINE_SHARE * len(lead.words))


#: How far below a headline its lead may stand (a standfirst between), how many of the headline's words it keeps
#: and what share of them.
_HEADLINE_TOLD_WITHIN = 2
_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.75


def lead_act_told_again(lead: Mention, other: Mention) -> bool:
    """Whether ``other``, anywhere down the page, tells the lead's act on the lead's day: "Greenpeace campaigners
    unfurl protest banner" (a headline) ... "Greenpeace campaigners scaled the London headquarters of BP on Thursday
    and unfurled a flag". The lead's main verb among the other's verbs, and two more words of the lead (what it is
    done by or to); an act done again ("unfurled another banner") is another."""
    if not lead.lead or other.lead or not other.main or not one_day(lead, other):
        return False
    if lead.predicate.again or other.predicate.again:
        return False
    verbs = {v for v in other.verbs if any(_form_of(v, s) for s in lead.predicate.verbs)}
    return bool(verbs) and len((lead.words & other.words) - verbs) >= _LEAD_ACT_WORDS


def _form_of(past: str, verb: str) -> bool:
    """Whether ``past``, a past verb cut to five letters, is a form of the verb whose stem is ``verb``: it opens with
    the stem, which may be shorter than five letters ("playe" of "play", "stopp" of "stop"), or an irregular past
    shares the verb's stem ("sank" of "sink"). (Four letters alike are no one verb: "clear" and "cleaned".)"""
    return past.startswith(verb[:5]) or (stem(past) != past[:4] and stem(past) == stem(verb))


#: How many words besides its verb a sentence shares with the lead to tell its act again.
_LEAD_ACT_WORDS = 2


def told_on_to_the_hour(a: Mention, b: Mention) -> bool:
    """Whether the next sentence tells one act of the day again, at its hour: "BP stopped work on Wednesday ..."
    "Work on the well was stopped in the morning". Both main clauses, two words shared and a past verb of one among
    the other's words; a hope or plan beside a past act is another happening (:func:`plan_beside_act`)."""
    return (a.key[:10] == b.key[:10] and abs(a.sentence - b.sentence) == 1 and len(a.words & b.words) >= 2
            and a.main and b.main and verb_told_in_other(a, b) and not plan_beside_act(a, b))


def verb_told_in_other(a: Mention, b: Mention) -> bool:
    """Whether a past verb of one mention is among the other's words: "BP stopped work" ... "work was stopped"."""
    return bool({v[:4] for v in a.verbs} & b.stems or {v[:4] for v in b.verbs} & a.stems)


def plan_beside_act(a: Mention, b: Mention) -> bool:
    """Whether one mention's clause tells a hope, plan or forecast and the other's a past act: "BP's first attempt to
    insert the tube ran into trouble, Suttles said on Saturday" and "Suttles said BP hopes to get the tube inserted
    late on Saturday night" are two happenings, the failure and the hope, though one source told both on one day."""
    return (a.predicate.planned and b.predicate.past) or (a.predicate.past and b.predicate.planned)


def recalled_again(a: Mention, b: Mention) -> bool:
    """Whether two subordinate clauses recall one past act of one day: "... when he collapsed last Thursday" ...
    "... after he collapsed last Thursday". The same verb carries the same day in both, and neither tells
    anything the other does not (all the words of one are in the other): "a woman who died on Friday" and "a
    man who died on Friday" are two deaths. (Sayings are left out: many things are "said on Thursday".)"""
    if a.key != b.key or min(a.when.precision.rank, b.when.precision.rank) < Precision.DAY.rank or a.main or b.main:
        return False
    if not a.dated_verb or a.dated_verb != b.dated_verb or a.dated_verb in SPEECH_VERBS:
        return False
    if a.predicate.again or b.predicate.again:
        return False
    return bool(a.words) and bool(b.words) and (a.words <= b.words or b.words <= a.words)


def one_end_told_twice(a: Mention, b: Mention) -> bool:
    """Whether two adjacent sentences give one end of one state, vaguer then precise: "Schoolchildren will be off
    school until the middle of next week." "... the government ordered classes cancelled until May 6." Both
    dates follow "until", one holds the other, and the same thing is acted on (a word of both objects); a
    second thing shut until another day ("offices until Friday") is news of its own."""
    if abs(a.sentence - b.sentence) != 1 or not (contains(a.when, b.when) or contains(b.when, a.when)):
        return False
    return "unti" in a.near and "unti" in b.near and bool(a.predicate.objects & b.predicate.objects)


#: Verbs of making a document public: a report, a study or a plan is published once, however the article words it
#: ("to be published next week" ... "to be released on Tuesday").
_RELEASE = frozenset(verb_stem(w) for w in ("publish", "release", "issue", "unveil", "present", "deliver", "launch"))


def publishes(m: Mention) -> bool:
    """Whether a mention's main verb makes something public ("to be published", "released")."""
    return bool(m.predicate.verbs & _RELEASE)


def one_release(vaguer: Mention, precise: Mention) -> bool:
    """Whether two mentions tell the release of one document, at a vaguer date and one within it: "The report, to
    be published next week, could ..." ... "The full report, to be released on Tuesday, is likely to ...". A verb
    of publishing in both, the same thing published (a word of both objects) by the same body when both name one,
    neither an act done again ("a second report")."""
    if vaguer.key == precise.key or not contains(vaguer.when, precise.when) or not (vaguer.main and precise.main):
        return False
    if vaguer.actor and precise.actor and vaguer.actor.split()[-1] != precise.actor.split()[-1]:
        return False  # "the ministry will publish its report next week" ... "the union's report, released on Tuesday"
    a, b = vaguer.predicate, precise.predicate
    if a.again or b.again or not (a.verbs & _RELEASE and b.verbs & _RELEASE):
        return False
    return bool(a.objects & b.objects)


#: Verbs of owning up or committing oneself: a speaker admits, concedes or pledges once on one occasion, and what
#: the article quotes of it, sentence by sentence, is that one avowal.
_AVOWALS = frozenset(verb_stem(w) for w in (
    "admit", "admitted", "concede", "conceded", "confess", "confessed", "apologise", "apologised", "apologize",
    "apologized", "pledge", "pledged", "vow", "vowed", "promise", "promised"))
_TITLE_WORD = re.compile(r"[\w'’.-]+")


def one_avowal(a: Mention, b: Mention) -> bool:
    """Whether two main clauses tell one avowal of one occasion: "BP admitted defeat last night" ... "Last night BP
    admitted the best hope of stemming the flow could take two months". The same verb of owning up, the same
    date to the day or finer, and the same subject opening both titles ("BP admits ...") when no actor is known."""
    if a.key != b.key or min(a.when.precision.rank, b.when.precision.rank) < Precision.DAY.rank or not (a.main and b.main):
        return False
    shared = a.predicate.verbs & b.predicate.verbs & _AVOWALS
    if not shared or a.predicate.again or b.predicate.again:
        return False
    if a.actor and b.actor:
        return a.actor.split()[-1] == b.actor.split()[-1]
    return bool(title_subject(a.title, shared)) and title_subject(a.title, shared) == title_subject(b.title, shared)


def title_subject(title: str, verbs: frozenset[str]) -> tuple[str, ...]:
    """The words of a title before its verb ("BP" in "BP admits defeat"), or () when the verb is not there."""
    words = _TITLE_WORD.findall(title)
    for i, w in enumerate(words):
        if verb_stem(w) in verbs:
            return tuple(x.lower() for x in words[:i])
    return ()
