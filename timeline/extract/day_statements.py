"""Happenings of the story's news day told with no date and no opener (issue 16: recall).

A report states its news day once, in the lead, and tells the day's other happenings after it in the simple
past without naming the day again:

    Congress on Thursday sent the president the war funding bill. The Senate voted 91-5, ...
    A tanker ran aground in the channel on Thursday. ... The Coast Guard towed it to a repair dock.

Such a sentence has no date expression and no opener tying it to the sentence before (:mod:`.continued`);
where it stands dates it: in the few sentences after a lead that states the news day as its own (news puts its
day's happenings first and its background further down; the sentence right after the lead tells the lead's own
happening in more words), with no sentence dated to another day between them, and before the story's footer ("We
welcome comments ...": readers' comments follow it). A wire story's round-up goes on with its day further down, dating
a sentence to it now and then ("... the Coast Guard said on Friday"): such a sentence renews the window for the few
sentences after it (:data:`RENEWED_SENTENCES`); a plan for a later time ("will report next month") does not end it.
Only an act told by its named doer, or by a body or a group named by its kind (:mod:`.day_doers`), counts ("The Senate
voted", "Rear Adm Watson gave the firm 48 hours", "Salvage crews pumped the fuel out", "Meanwhile, the port police
sealed off the road"):

- not a saying, a view or a lasting state ("BP said ...", "Moody's warned ...", "Reilly headed the agency"): a
  saying of the news day goes on with the statement the lead told, or is a statement of no day of its own (a new
  named speaker's saying is :mod:`.day_sayings`');
  "declined to comment" tells nothing that happened;
- not a pronoun or a fronted phrase for subject ("He named a commission ...", "In New York he led ..."): a
  profile's backstory and a retold account open so;
- not an act someone reports ("..., but told the officer he did not call") or told by its words ("took a different
  tack, saying ..."), nor one told with a word that reaches back ("already", "ago", "earlier", "for years"), a
  perfect, a plan or a negation;
- not the reporter's own errand ("Our correspondent went to the airport to find out"), a video's introduction.

A lead may tell two happenings of its day, the second in a main clause of its own with its own doer ("Democrats
pressed for new rules on Wednesday, as Republicans warned that ..."): that clause is an event of its own, of the
lead's day (:func:`second_happening`).

The day is the story's, read from where the sentence stands, not stated: such a mention's confidence is
:data:`DAY_CONFIDENCE`, below that of a sentence its opener ties to a dated one, and its ``continued`` is "day": told
with the lead's own happening, its title ranks behind the lead's (:mod:`.title_choice`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline.extract.actors import short
from timeline.extract.cleanup import FOOTER
from timeline.extract.continued import narrated_past
from timeline.extract.day_doers import doer_head, no_act, without_beside_opener
from timeline.extract.happenings import stems
from timeline.extract.mention_groups import mentions_by_sentence
from timeline.extract.merge import Mention, content_words, past_verbs
from timeline.extract.names import NameIndex
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation
from timeline.extract.sentences import Sentence
from timeline.extract.title_open import PREPOSITIONS, SUBORDINATORS
from timeline.extract.title_tense import STATES
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.titles import write_title
from timeline.model import Document, Precision, When
from timeline.tagger.tense_words import AUXILIARIES

#: A day read from where a sentence stands: below a day its opener ties it to (``implied.CONTINUED_CONFIDENCE``).
DAY_CONFIDENCE = 0.45
#: The sentences the lead may be among, as :mod:`.lead` looks for it; the first sentence after the lead that may tell
#: another happening (the one right after it tells the lead's own in more words: "A judge ordered the doctor to stand
#: trial ... Judge Pastor gave the ruling at a preliminary hearing"); and the last, before the background.
LEAD_SENTENCES = 4
FIRST_AFTER_LEAD = 2
NEWS_SENTENCES = 8
#: Further down, the sentences after one dated to the news day itself that may tell its other happenings: a round-up
#: names its day again now and then, and a stretch that names it no more is the background.
RENEWED_SENTENCES = 6

#: The subject of a narrated act: a name or a noun phrase ("Rear Adm James Watson", "The Senate", "The Greenpeace
#: campaigners", "Senior party official Hiroyuki Hosoda"), perhaps with "also" or "then" before the verb.
_SUBJECT = re.compile(r"(?:(?:But|And)\s+)?(?:(?:The|A|An|Its|His|Her|Their)\s+)?(?:[a-z-]+\s+){0,2}"
                      r"(?:[A-Z][\w.'’&-]*(?:\s+(?:of|and|for|the|de)\s+|\s+)){0,6}(?:[a-z-]+\s+){0,2}"
                      r"(?:also\s+|then\s+|quickly\s+)?")
#: Verbs that tell a saying or a view, not an act ("warned", "criticised", "predicted", "hoped"): the news sayings'
#: verbs but those that tell an act as often ("agreed to pay", "disclosed its losses", "unveiled a plan").
_VIEWS = SPEECH_VERBS | (NEWS_SAYING_PAST - {"agreed", "disclosed", "unveiled"}) | {
    "pressed", "concurred", "expressed", "predicted", "described", "estimated", "forecast", "suggested", "questioned",
    "recommended", "advised", "cautioned", "emphasised", "emphasized", "maintained", "believed", "thought", "hoped",
    "expected", "feared", "knew", "felt", "wanted", "needed", "seemed", "appeared", "included", "contained", "meant",
    "reiterated", "repeated", "reaffirmed", "restated", "apologised", "apologized"}
#: "declined to comment", "refused to say": a saying that did not happen.
_NO_COMMENT = re.compile(r"\b(?:declined|refused)\s+(?:to\s+)?(?:comment|say|answer|discuss|elaborate|respond)")
#: Words that reach back from the news day: backstory ("already", "years ago", "previously", "for months").
_REACHES_BACK = re.compile(r"\b(?:ago|earlier|previously|formerly|since|ever|recently|once|already)\b|\b(?:for|in|over|"
                           r"during|past|last|recent)\s+(?:the\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b")
#: A saying anywhere outside the quotations: the act is one someone reports, of the day of the report or any other;
#: or one told by what it said ("Barclays took a different tack, saying ...").
_SAYS = re.compile(r"\b(?:" + alternation(SPEECH_VERBS, {"saying", "adding"}) + r")\b")
#: A reporter's errand, the page's own ("Our correspondent went to the airport to find out"): a video's introduction,
#: not the news.
_ERRAND = re.compile(r"\b(?:went|travelled|traveled|headed|returned)\b[^.;]{0,60}?\bto\s+(?:see|find\s+out|meet|hear|"
                     r"look|ask|learn|investigate|explore|report)\b")


def narrated_act(sentence: str, actor: str | None) -> bool:
    """Whether ``sentence`` tells, in its main clause and in the simple past, an act its named doer ``actor`` did, or a
    body or a group named by its kind (:mod:`.day_doers`)."""
    past = narrated_past(sentence)
    if past is None or past.group() in _VIEWS or past.group() in STATES:
        return False
    subject = without_beside_opener(past.string[:past.start()])
    words = subject.split()
    if not words or not _SUBJECT.fullmatch(subject) or any(w.lower() in AUXILIARIES for w in words):
        return False
    opening = words[1] if words[0] in ("But", "And") and len(words) > 1 else words[0]
    head = next(w for w in reversed(words) if w not in ("also", "then", "quickly"))
    if not doer_head(subject, head, actor, past.group()) or opening.lower() in PREPOSITIONS | SUBORDINATORS:
        # a pronoun, a fronted phrase, a thing named after its maker: "He named ...", "In New York he led ...", "A poor
        # Photoshop job left ..."
        return False
    quoted = re.sub(r"[“\"][^”\"]*(?:[”\"]|$)", " ", sentence)
    return not (_SAYS.search(quoted) or _NO_COMMENT.search(sentence) or _REACHES_BACK.search(sentence)
                or _ERRAND.search(sentence) or no_act(sentence, past.start(), past.end()))


def day_mentions(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                 actors: list[str | None], story_day: dt.date) -> list[Mention]:
    """``found`` with the acts told right after a lead dated to the news day ``story_day``, and a second happening
    the lead tells, of that day.

    ``actors`` are the sentences' resolved actors."""
    by_sentence = mentions_by_sentence(found)
    lead = min((i for i, ms in by_sentence.items() if i < LEAD_SENTENCES and any(m.lead or m.main for m in ms)),
               default=None)
    if lead is None:
        return found
    told = max(by_sentence[lead], key=lambda m: m.when.precision.rank)
    if told.lead or told.when.precision.rank < Precision.DAY.rank or told.when.start.date() != story_day:
        # A lead dated only by the publication (a standfirst, a feature's or an analysis's opening) tells no day its
        # story keeps to: its undated sentences are as often the background ("The White House ordered BP to pay ...").
        return found
    added: list[Mention] = []
    s = sentences[lead]
    cut = second_happening(s.text, told.actor)
    if cut > 0:  # another happening told in the lead's own sentence: an event of its own, beside the lead's
        clause = s.text[cut:]
        added.append(Mention(
            when=When.parse(story_day.isoformat()), start=s.start + cut, end=s.end, sentence=lead, actor=None,
            title=write_title(clause, [], None), tags=names.names_in(doc.text, s.start + cut, s.end)[:8],
            confidence=DAY_CONFIDENCE, is_statement=False, sentences=[lead], words=content_words(clause),
            verbs=past_verbs(clause), stems=stems(clause), continued="beside"))
    doers = {told.actor.split()[-1]} if told.actor else set()  # who did the news day's acts told so far
    for after in news_sentences(doc, sentences, by_sentence, lead, story_day, len(sentences), later_holds_day=True):
        index, s = after.index, after.sentence
        actor = actors[index] if index < len(actors) else None
        doers |= day_doers(after.own, s.text, story_day)
        if index > lead + NEWS_SENTENCES and after.since_news > RENEWED_SENTENCES:
            continue
        if after.own or index < lead + FIRST_AFTER_LEAD or after.day != story_day:
            continue
        if not narrated_act(s.text, actor) or (actor and actor.split()[-1] in doers and not _NEXT.search(s.text)):
            # The doer of an act of the news day told just before, named again: its news told on ("President Obama
            # on Friday directed that no new leases be issued ... Obama reassured Gulf Coast communities that ..."),
            # not another happening; the lead's doer too. (An act told as the next one is another: "Palin used
            # Twitter shortly thereafter to respond".)
            continue
        added.append(Mention(
            when=When.parse(story_day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor,
            title=write_title(s.text, [], short(actor) if actor else None),
            tags=names.names_in(doc.text, s.start, s.end)[:8], confidence=DAY_CONFIDENCE, is_statement=False,
            sentences=[index], words=content_words(s.text), verbs=past_verbs(s.text), stems=stems(s.text),
            continued="day"))
    return sorted(found + added, key=lambda m: m.sentence) if added else found


#: Words that tell an act as the one after another: "later", "then", "shortly thereafter", "afterwards".
_NEXT = re.compile(r"\b(?:later|then|thereafter|afterwards?|subsequently|next)\b", re.I)
#: A name in a phrase that is not the clause's doer: "Shares in BP were steady", "a spokesman for BP said".
_NAMED_IN_PHRASE = re.compile(r"\b(?:in|of|for|at|from|with|by|on|to|about|against)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+)*$")


def day_doers(own: list[Mention], sentence: str, story_day: dt.date) -> set[str]:
    """The surnames of the named doers of a sentence's acts dated in its main clause to the news day itself (the
    subject's name, not one in a phrase: "Shares in BP were steady today" tells nothing BP did)."""
    found = set()
    for m in own:
        if not m.actor or not m.main or m.continued or m.when.precision.rank < Precision.DAY.rank \
                or m.when.start.date() != story_day:
            continue
        name = m.actor.split()[-1]
        at = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", sentence)
        if at is not None and not _NAMED_IN_PHRASE.search(sentence[:at.start()]):
            found.add(name)
    return found


@dataclass(frozen=True, slots=True)
class NewsSentence:
    """A sentence after a lead dated to the news day, with what it tells and the day the story has reached."""

    index: int
    sentence: Sentence
    own: list[Mention]  # the mentions the sentence dates itself
    day: dt.date | None  # the day of the last dated sentence up to this one (None: dated to less than a day)
    since_news: int = 0  # sentences since the last one dated to the news day itself (the lead or a later one)


def news_sentences(doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[Mention]], lead: int,
                   story_day: dt.date, limit: int = NEWS_SENTENCES,
                   vaguer_holds_day: bool = False, later_holds_day: bool = False,
                   keeps_day: Callable[[Mention, Sentence], bool] | None = None) -> Iterator[NewsSentence]:
    """The few sentences (``limit``) after the lead that the news day may date, up to the story's footer ("We welcome comments
    ...", "Reporting by ...": readers' comments follow), each with the day the story has reached there: the day of the
    last sentence dated to the news day or before it (a forecast or a plan for a later day tells what may come, and the
    story goes on at its news day). With ``vaguer_holds_day`` a vaguer date that holds the news day ("this week")
    keeps it going, as :mod:`.saying_sentences` reads sayings; otherwise any vaguer date ends it, but with
    ``later_holds_day`` not one that begins after the news day ("will release its full review next week": a plan, as a
    later day's forecast is). A dated mention ``keeps_day`` tells of is what a saying of the day reports
    (:mod:`.reported_dates`): an older one leaves the story at the day it has reached, a later one (a plan) brings it
    back to the news day, where the saying was made."""
    day: dt.date | None = story_day
    footer = footer_start(doc.text, sentences[lead].end)
    news = lead  # the last sentence dated to the news day
    for index in range(lead + 1, min(len(sentences), lead + 1 + limit)):
        if sentences[index].start > footer:
            return
        own = by_sentence.get(index, [])
        dated = [m for m in own if (m.main or m.continued) and not (
            keeps_day and m.when.end.date() <= story_day and keeps_day(m, sentences[index]))]
        if dated:
            best = max(dated, key=lambda m: m.when.precision.rank)
            if best.when.precision.rank < Precision.DAY.rank:
                if not (later_holds_day and best.when.start.date() > story_day):
                    holds = vaguer_holds_day and best.when.start.date() <= story_day < best.when.end.date()
                    day = story_day if holds else None
            elif best.when.start.date() <= story_day:  # ("could reach the shore by Friday": not the story's day)
                day = best.when.start.date()
            if keeps_day and best.when.start.date() > story_day and keeps_day(best, sentences[index]):
                day = story_day  # (a plan a saying of the day reports: "Allen said BP would run tests on Tuesday")
            if day == story_day:
                news = index
        yield NewsSentence(index, sentences[index], own, day, index - news)


def footer_start(text: str, after: int) -> int:
    """Where the story's footer ("We welcome comments ...", "Reporting by ...") begins after ``after`` in ``text``: its
    report ends there, and readers' comments follow."""
    return next((line.start() for line in re.finditer(r"(?m)^[ \t]*\S.*$", text)
                 if line.start() > after and FOOTER.match(line.group().strip())), len(text))


#: ", while Obama ...", ", as Republicans ...", ", but the mayor ...": a lead's second main clause with a subject of its own.
_SECOND = re.compile(r",\s+(?:while|as|and|but)\s+(?=(?:the\s+)?[A-Z])")
#: Verbs of a clause that tell how things stand or go on, not a second happening ("as BP continued to siphon ...").
_GOING_ON = STATES | {"seemed", "appeared", "included", "meant", "continued", "kept"}


def second_happening(sentence: str, lead_actor: str | None) -> int:
    """Where a lead's second happening begins in ``sentence`` (-1 for none): a main clause after ", while", ", as",
    ", and" or ", but" whose named doer, not the lead's ``lead_actor``, did or said something in the simple past
    ("Democrats pressed for new rules on Wednesday, as Republicans warned that ...") after a first clause that tells
    a happening too ("Lawmakers are fuming, but Rep. Cao took ...": the state only sets the scene for the news), not
    a saying whose words the clause may go on with."""
    for m in _SECOND.finditer(sentence):
        clause = sentence[m.end():]
        past = narrated_past(clause)
        first = sentence[:m.start()]
        if past is None or past.group() in _GOING_ON or narrated_past(first) is None or _SAYS.search(first):
            continue  # (after "X said its profit fell", ", while ..." may go on with what X said)
        words = past.string[:past.start()].split()
        if not words or len(words) > 6 or not _SUBJECT.fullmatch(past.string[:past.start()]) \
                or any(w.lower() in AUXILIARIES for w in words):
            continue
        head = next((w for w in reversed(words) if w not in ("also", "then", "quickly")), "")
        if head[:1].isupper() and head.lower() not in PREPOSITIONS | SUBORDINATORS | {"the"} \
                and not (lead_actor and head == lead_actor.split()[-1]) and not _REACHES_BACK.search(clause):
            return m.end()
    return -1
