"""Mentions whose date the sentence implies rather than states (issue 16, round 6: recall).

Two kinds, each with its rule in its own module: a sentence dated by the occasion the text just told
("At the hearing, ...", "Meanwhile, ...", "He later said ...": :mod:`.continued`), and a date told as a
distance from a dated happening ("two days after a huge explosion": :mod:`.offsets`). Both are reckoned,
not read, and carry a confidence below a stated date's so reviewers check them first.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.actors import short
from timeline.extract.anchored_acts import subordinate
from timeline.extract.anchors import TimexLike
from timeline.extract.clauses import noun_phrase_start
from timeline.extract.continued import (
    ANOTHER,
    AS,
    NAMED,
    NEXT,
    REPLY,
    REPLY_WINDOW,
    SOON,
    TOLD,
    WINDOW,
    after_opener,
    as_clause,
    beside,
    named_occasions,
    news_day,
    occasion_tie,
    other_occasion,
    tells_a_plan,
)
from timeline.extract.day_sayings import day_sayings
from timeline.extract.day_statements import day_mentions
from timeline.extract.happenings import stems
from timeline.extract.market_moves import market_move, move_of, told_moves, trading_day
from timeline.extract.mention_groups import mentions_by_sentence
from timeline.extract.merge import Mention, content_words, named_source, past_verbs, speaker_words
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.object_happenings import object_happening
from timeline.extract.offsets import apposed, offset_at, opens_sentence, same_happening, shifted, told_by_verb
from timeline.extract.perfect_news import tells_a_plan_only
from timeline.extract.reported_acts import reported_acts
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.sentences import Sentence, quotation_open
from timeline.extract.speakers_apart import speaker_bodies
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.titles import write_title
from timeline.model import Document, Precision, When

#: "he said", "she added": a pronoun speaker, the sentence's resolved actor.
_PRONOUN_SAYS = re.compile(r"(?:^|[,“”\"]\s*)(?:he|she)\s+(?:" + alternation(spoken("say", "add"), {"told", "continued"}) + r"|went\s+on)\b")


def speaker_source(text: str, s: Sentence, names: NameIndex, speaker: str | None, actor: str | None) -> str:
    """The named speaker of the sentence ``s``: the name by its saying verb, the quotation's speaker named
    after it closes, or the person "he said" stands for."""
    spans = [(n.start, n.end, names.resolve(n.text)) for n in names.between(s.start, s.end)]
    found = named_source(text, s.start, s.end, spans)
    if found:
        return found
    if speaker:
        return names.resolve(speaker)
    if actor and looks_personal(actor) and _PRONOUN_SAYS.search(s.text):
        return names.resolve(actor)
    return ""


def continued_mentions(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
               actors: list[str | None], today: dt.date) -> list[Mention]:
    """``found`` with the sentences dated by one before them (:mod:`.continued`): "At the hearing, ...", and by
    where they stand (:mod:`.day_statements`, :mod:`.day_sayings`).

    ``actors`` are the sentences' resolved actors, ``today`` the publication day."""
    by_sentence = mentions_by_sentence(found)
    out: list[Mention] = []
    taken: dict[int, Mention] = {}
    # The price moves the story dates in its news week, by mover and way: one told again (in New York, in early
    # trading, at an hour) is the same move.
    moves = told_moves(found, sentences, today)
    story_day = _story_day(found, sentences, today)
    for index, s in enumerate(sentences):
        own = by_sentence.get(index, [])
        out.extend(own)
        tie = "" if own else occasion_tie(s.text)
        if not own and not tie and market_move(s.text, index) and (trading := trading_day(story_day, today)):
            # the day's trading (:mod:`.market_moves`)
            move = _day_mention(doc, names, s, index, trading, actors[index] if index < len(actors) else None)
            new = move_of(s.text, move.actor)
            if new is None or not any(told.same(new) for told in moves):
                out.append(move)
                moves += [new] if new else []
        if not tie:
            continue
        day = None
        actor = actors[index] if index < len(actors) else None
        for back in range(index - 1, max(-1, index - WINDOW - 1), -1):
            told = [m for m in by_sentence.get(back, []) if m.main] or ([taken[back]] if back in taken else [])
            if told:  # the nearest dated sentence is the occasion: a vaguer date there gives no day
                best = max(told, key=lambda m: m.when.precision.rank)
                if best.when.precision.rank >= Precision.DAY.rank and (tie in (TOLD, AS) or _ties(
                        best, sentences[back].text, s.text, names.names_in(doc.text, s.start, s.end), actor,
                        distance=index - back, tie=tie, quoted_day=best.date[1] > 0 and _quoted_words(
                            doc.text[sentences[back].start:best.date[0]]))):
                    day = best.when.start.date()
                break
        if day is None or not news_day(day, today):
            continue
        if tie == AS:  # only the happening after "The comments came as": its own sentence, with its own words
            cut = as_clause(s.text)
            s, actor = Sentence(s.start + cut, s.end, s.text[cut:], s.paragraph), None
        words = set(re.findall(r"[a-z]+", s.text.lower()))
        statement = bool(words & SPEECH_VERBS)
        later = re.search(r"(?i)\b(?:later|afterwards?|thereafter|soon\s+after)\b", s.text[:80]) is not None
        taken[index] = Mention(
            when=When.parse(day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor,
            title=write_title(s.text, [], short(actor)), tags=names.names_in(doc.text, s.start, s.end)[:8],
            confidence=CONTINUED_CONFIDENCE, is_statement=statement, sentences=[index],
            words=content_words(after_opener(s.text)), verbs=past_verbs(s.text), stems=stems(s.text),
            speaker=speaker_words(s.text) if statement else frozenset(),
            bodies=speaker_bodies(s.text) if statement else frozenset(),
            # "He later said ...": another moment of the day, its own statement (as "Later, Allen also said").
            source="" if later else speaker_source(doc.text, s, names, None, actor), continued=(
                "later" if later else "beside" if beside(s.text) or tie in (AS, REPLY) else "named" if tie in (NAMED, ANOTHER)
                else "occasion"),
        )
        out.append(taken[index])
    # The day's other acts, told after its lead with no date and no opener (:mod:`.day_statements`).
    # And the acts named speakers report on that day, each speaker's once (:mod:`.reported_acts`).
    sayings = day_sayings(doc, names, sentences, day_mentions(doc, names, sentences, out, actors, story_day), actors,
                          story_day)
    return reported_acts(doc, names, sentences, sayings, actors, story_day)


def _story_day(found: list[Mention], sentences: list[Sentence], today: dt.date) -> dt.date:
    """The story's news day: the latest day in its news week on which it tells something happened (a story
    published after midnight reports the day before: "Hayward met investors on Wednesday ... BP's shares closed
    up 4 percent"), or else the publication day. A plan's day is none: nothing has happened on it yet; a present
    perfect's is (:mod:`.perfect_news`)."""
    days = [m.when.start.date() for m in found
            if m.main and not m.lead and m.when.precision.rank >= Precision.DAY.rank and news_day(m.when.start.date(), today)
            and not tells_a_plan_only(sentences[m.sentence].text)]
    return max(days, default=today)


def _day_mention(doc: Document, names: NameIndex, s: Sentence, index: int, day: dt.date, actor: str | None) -> Mention:
    """A mention of the sentence ``s`` at the story's ``day``, which it tells without naming: dated as an undated
    lead is, by the story's news, and so as sure as one."""
    from timeline.extract.lead import LEAD_CONFIDENCE  # (lead.py reads this module's speaker_source)

    return Mention(
        when=When.parse(day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor,
        title=write_title(s.text, [], short(actor)), tags=names.names_in(doc.text, s.start, s.end)[:8],
        confidence=LEAD_CONFIDENCE, is_statement=False, sentences=[index], words=content_words(s.text),
        verbs=past_verbs(s.text), stems=stems(s.text), continued="beside")  # another happening than the news told


def _quoted_words(before: str) -> bool:
    """Whether a date after ``before`` (its sentence up to the date) is in a speaker's quoted words: a quotation
    open there, opened more than a title's few words before it ("what happened yesterday" is, the programme
    "Fox News Sunday" is not)."""
    if not quotation_open(before):
        return False
    opened = max(before.rfind("“"), before.rfind('"'))
    return len(before[opened + 1:].split()) > 3


def _ties(told: Mention, told_text: str, text: str, names: list[str], actor: str | None, distance: int,
          tie: str, quoted_day: bool = False) -> bool:
    """Whether the dated mention ``told`` is the occasion of a sentence tied to it only weakly (:mod:`.continued`):
    an act or a saying dated by its own day, not a lead dated by its publication nor a plan; for an occasion the
    sentence names itself (:data:`.NAMED`), done or said that day by someone it names too, and of no other kind
    than one the dated sentence names; for "And ..." (:data:`.NEXT`), in the sentence right before it; for
    "told another committee" (:data:`.ANOTHER`), after a dated occasion of that kind; for a moment soon after
    (:data:`.SOON`), after any such act or saying; for a reply (:data:`.REPLY`), after one told a few sentences
    before it (``distance``: how many); for either, by a day not in its quoted words (``quoted_day``)."""
    # A saying dated as said ("Palin said on Sunday ...") happened that day whatever tense its words are in: a reply or
    # a moment soon after follows the saying; a day named inside its quoted words ("what happened yesterday," Barton
    # said) is what the words tell of, which nothing after it followed.
    if tie in (REPLY, SOON) and quoted_day:
        return False
    plan = tells_a_plan(told_text) and not (tie in (REPLY, SOON) and told.is_statement and told.told)
    if told.lead or told.continued or plan or (told.is_statement and not told.told):
        return False  # ("oil leaked late Sunday, Allen said": the day is the leak's, not Allen's saying)
    if tie == NEXT:
        return distance == 1
    if tie == SOON:  # (not after "I'm ashamed of what happened yesterday," Barton said: the day a saying reports)
        return True
    if tie == REPLY:  # ("Palin said on Sunday ... Gibbs fired back that ...": the answer to a dated act or saying)
        return distance <= REPLY_WINDOW
    if tie == ANOTHER:  # ("Salazar told a Senate panel on Tuesday ... Allen told another committee")
        return bool(named_occasions(text) & named_occasions(told_text))
    assert tie == NAMED
    if other_occasion(text, told_text):
        return False
    # The one whose act or saying the day dates, not anyone its sentence names ("Republicans criticised him on
    # Wednesday for the speech" dates no speech of his).
    theirs = {n.split()[-1] for n in [told.actor or "", told.source] if n}
    ours = {n.split()[-1] for n in [*names, actor or ""] if n}
    return bool(theirs & ours)


def measured_mentions(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
              timexes: Sequence[TimexLike], actors: list[str | None]) -> list[Mention]:
    """``found`` with the dates told as a distance from a dated happening (:mod:`.offsets`)."""
    text = doc.text
    today = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published or dt.date.max
    starts = [s.start for s in sentences]
    timex_starts = [u.start for u in timexes]  # sorted, as ``timexes`` are
    by_sentence = mentions_by_sentence(found)
    tellings: dict[str, list[Mention]] = {}  # a happening's noun -> the mentions dating it, best first
    added: list[Mention] = []
    for t in timexes:
        if t.type != "DURATION":
            continue
        index = bisect.bisect_right(starts, t.start) - 1
        if index < 0 or t.end > sentences[index].end:
            continue
        s = sentences[index]
        off = offset_at(text, t.start, t.end, t.value, s.end)
        if off is None:
            continue
        local = timexes[bisect.bisect_left(timex_starts, s.start):bisect.bisect_left(timex_starts, s.end)]
        beside = next((u for u in local if u.type in ("DATE", "TIME") and u.end <= t.start
                       and u.when is not None and apposed(text, u.end, off)), None)
        if beside is not None:  # "sank on 22 April, two days after a huge explosion ...": the explosion's day
            assert beside.when is not None
            when = shifted(beside.when, off.sign * off.amount, off.unit)
            clause_end = text.find(",", off.end, s.end)
            start, end = off.np_start, (clause_end if clause_end > 0 else s.end)
            title = write_title(text[start:end].rstrip(" .;"), [])
            actor, main = None, False
        else:  # "three months before the disaster he had been warned ...": the clause, by the disaster's day
            own = [u for u in local if u.type in ("DATE", "TIME") and off.np_start <= u.start < off.end + 40]
            for m in by_sentence.get(index, ()):
                if own and m.date == (own[0].start, own[0].end) and text[t.start:off.np_start].strip() in m.title:
                    # "interviewed him two days after Jackson's death on 25 June 2009", titled with its distance:
                    # the clause's day is the distance from the death's, not the death's own
                    m.when = shifted(m.when, -off.sign * off.amount, off.unit) or m.when
                    m.key = m.when.value()
            # ("Four weeks after the disaster, the administration saw no need ...": a lead the page's day dated only
            # because it leads; the fronted distance is its own date, reckoned below)
            leads = [m for m in by_sentence.get(index, ()) if m.lead and m.date == (0, 0) and not own] \
                if opens_sentence(text, s.start, off) else []
            # (set off by a comma it dates the whole; right after a saying verb, the saying: "said seven days after")
            below = subordinate(text[s.start:off.start]) and not re.search(
                r",\s*$|\b(?:" + alternation(SPEECH_VERBS) + r")\s+$", text[s.start:off.start])
            relative = next(reversed(list(_RELATIVE_OPENING.finditer(text, s.start, off.start + 1))), None) if below else None
            if relative is not None and not text[relative.end():off.start].strip():
                below, relative = False, None  # ("told the inquiry that three months before the collapse the owners had
                # been warned": the distance opens the reported clause, which the sentence's title tells)
            if below and (relative is None or subordinate(text[relative.end():off.start])):
                # ("BBC airs a film Monday night of a worker who said he saw a leak two weeks before the explosion":
                # the distance dates the clause below, which the sentence's title does not tell; set off by a comma,
                # "Scientists say the oil has cleared, 100 days after the disaster began", it dates the whole)
                continue
            # (a relative or reported clause is a statement of its own beside the main clause's, dated or not)
            if any(((m.main and m not in leads) if relative is None else relative.end() <= m.date[0] < off.start)
                   or off.np_start <= m.start < off.end + 40 for m in by_sentence.get(index, ())) or any(
                    u.type in ("DATE", "TIME") and off.np_start <= u.start < off.end for u in local):
                continue  # the clause states its own date, or the happening its own ("57 days after the April 20 blast")
            if re.fullmatch(r"(?i)\s*(?:the|this|that|its)\s+\w+\s+(?:comes?|came|follows?|followed)\s+", text[s.start:off.start]):
                continue  # "The order comes five months after an explosion ...": a frame that only places the news
                # (not "The capping of the well came nearly three months after ...", a happening its subject names)
            if off.noun not in tellings:
                tellings[off.noun] = _tellings(off.noun, found, text)
            told = next((m for m in tellings[off.noun] if m.sentence != index), None)
            if told is None:
                continue
            ref = told.when
            when = shifted(ref, -off.sign * off.amount, off.unit)
            if when is not None and when.start.date() > today and past_verbs(text[s.start:off.start]):
                continue  # ("the herring collapsed four years after the spill": told as past, so not of this spill)
            if leads and when is not None:
                for m in leads:
                    m.when, m.key, m.confidence = when, when.value(), MEASURED_CONFIDENCE
                continue
            start, end = s.start, s.end
            actor = actors[index] if index < len(actors) else None
            # The distance and its happening leave the title, to the clause's end when they close it.
            tail = re.match(r"[^,;]*?(?=[,;]|[.!?\"”’']*\s*$)", text[off.end:s.end])
            cut_end = off.end if tail is None or len(tail.group(0).split()) > 8 or _CLAUSE_OPENS.match(tail.group(0)) \
                else off.end + tail.end()  # (not "... before the disaster | he had been warned": the clause it dates)
            title = write_title(s.text, [(off.start - s.start, cut_end - s.start)], short(actor))
            if relative is not None:  # ("a similar incident on one of its rigs that almost led to an accident in the
                # North Sea four months before the Macondo accident": the relative clause, told of its antecedent)
                head = noun_phrase_start(text, s.start, relative.start())
                noun = re.split(r"\s+(?:on|in|at|aboard|off|near|from|with|for)\s+", text[head:relative.start()], maxsplit=1)[0]
                title = write_title(noun + " " + text[relative.end():off.start].rstrip(" ,"), [], None)  # (its head noun)
                start, actor = head, None
            main = True
        if when is None:
            continue
        added.append(Mention(
            when=when, start=start, end=end, sentence=index, actor=actor, title=title,
            tags=names.names_in(text, start, end)[:8], confidence=MEASURED_CONFIDENCE, is_statement=False,
            sentences=[index], main=main, words=content_words(text[start:end]), verbs=past_verbs(text[start:end]),
            stems=stems(text[start:end]), happening=off.noun if not main else "",
        ))
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.sentence)


def _tellings(noun: str, found: list[Mention], text: str) -> list[Mention]:
    """The mentions that date the happening ``noun`` names, best first: by its noun ("the April 20 explosion"),
    by a noun of the same disaster, or else by a verb that tells it ("the rig exploded on 20 April", not "crews
    collected oil on Monday"); of each kind the most precise, then the day the story gives it most often (a slip,
    "the 11 April explosion" once against "20 April" twice, is the writer's, not the story's), then the earliest
    ("the spill" goes on for months after it began)."""
    by_noun = [m for m in found if m.happening == noun]
    by_disaster = [m for m in found if same_happening(noun, m.happening)]
    by_verb = [m for m in found if m.main and any(told_by_verb(noun, v) for v in m.verbs)]
    # ("survived the explosion on 20 April": a verb's object dated, :mod:`.object_happenings`)
    by_object = [m for m in found if m.main and same_happening(noun, object_happening(text, m.date))]
    told = by_noun or by_disaster or by_verb or by_object
    times = Counter(m.when.value() for m in {id(m): m for m in by_noun + by_disaster + by_verb + by_object}.values())
    return sorted(told, key=lambda m: (-m.when.precision.rank, -times[m.when.value()], m.when.start))


#: A restrictive relative pronoun with no comma before it: the clause it opens tells its antecedent ("a similar
#: incident on one of its rigs that almost led to an accident ..."); or "that" opening what a verb reports ("said he
#: discovered that the alarm had been disabled a year before the disaster"), a clause with its own subject.
_RELATIVE_OPENING = re.compile(r"(?<=[a-z])\s+(?:that|which|who)\s+(?=[a-z])")


#: A clause of its own after the happening measured from: "(three months before the disaster) he had been warned".
_CLAUSE_OPENS = re.compile(r"\s+(?:he|she|they|it|we|I|[A-Z][\w'’-]+)\s+(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|[a-z]{3,}ed)\b")


#: A date told as a distance from another happening is reckoned, not read: reviewers check it first.
MEASURED_CONFIDENCE = 0.55


#: The confidence of a sentence dated by the one before it: its day is the occasion's, told once.
CONTINUED_CONFIDENCE = 0.5
