"""Turn a document and its temporal expressions into timeline events.

The stages, each a small function so they can be tested and improved alone:

0. ``find_furniture`` (:mod:`.cleanup`, :mod:`.page_blocks`): captions, credits, bylines, datelines, fact
   boxes, author notes, readers' threads and boilerplate, as spans of the unchanged text; sentences are cut
   out of them and the tagger never sees them. A dateline's clock time dates the publication.
1. ``split_sentences``: sentences with offsets into the document text.
2. ``_anchors`` (:mod:`.anchors`): for each sentence, the date expressions that anchor what happened.
   Only DATE/TIME values that place the event on the calendar count (durations, "now", PAST_REF and sets
   do not). A date used as a noun's modifier ("Anthropic's Friday deadline", "his Thursday statement")
   yields to another date in the same sentence, which is the clause's own time; a point of comparison, a
   habit, a question or a general truth (:mod:`.comparisons`) is not an event; a date in a relative clause
   ("Amodei, who co-founded the company in 2021, wrote ... on Thursday") is its own statement with its own
   quote, and so is a happening named by a noun (:mod:`.happenings`: "since the fatal April 20
   explosion", "a document prepared in 2001"). Generic "today's technology", suppositions and negated
   main clauses are not events.
3. ``_mention``: one mention per anchor, with the verbatim quote, the actor
   (grammatical subject, a pronoun resolved to the last named person), title,
   body, tags and confidence. A clause's or a segment's title is a sentence of its own
   (:mod:`.clauses`): its own subject (a relative pronoun's antecedent put in its place), its
   own verb, nothing of the clause around it.
   The lead (the first reporting sentence, :mod:`.lead`) is an event even without a date of
   its own: it then takes the publication day, with ``LEAD_CONFIDENCE``.
   A sentence dated by the occasion just told ("At the hearing, ...", "Meanwhile,
   ...", "He later said ...": :mod:`.continued`) takes that day, and a distance from
   a dated happening ("two days after a huge explosion": :mod:`.offsets`) is reckoned.
4. ``merge_mentions`` (:mod:`.merge`): mentions of one event become one event with several quotes: same date and
   same actor and both are statements ("wrote in a statement on Thursday" ... "he wrote in his Thursday statement"),
   the same quote, one happening told twice (at a vaguer date too: "the explosion last month", "20 April, when an
   explosion ..."; a standfirst's "next spring" and the body's "in April 2032"), one named speaker's statements of
   one day ("..., Feinberg said on Saturday" ... "“I learned today ...,” Feinberg told the meeting"), the sentence
   after an undated lead telling it with its day, one source's statement of a day told again, one period's results
   figure by figure, or a definite description of the happening the sentence before told ("The cuts").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.errors import TimelineError
from timeline.extract.absences import absence
from timeline.extract.actors import (
    PRONOUN_SPEAKER,
    ROLE_SUBJECT,
    antecedent,
    attributed,
    genders,
    holder,
    possessor,
    pronoun_referent,
    quote_speaker,
    role_holders,
    sentence_subject,
    short,
)
from timeline.extract.anchored_acts import anchored_mentions
from timeline.extract.anchors import COUNTED_ON, RELATIVE_CLAUSE, Anchor, TimexLike, _anchors
from timeline.extract.antecedent_owners import owned_antecedent, personal_subject
from timeline.extract.bare_days import bare_day_word
from timeline.extract.body_chain import BODY_OPENING, BodyChain, thing_subject
from timeline.extract.borrowed_dates import without_borrowed_dates
from timeline.extract.chronologies import entry_mentions, entry_timexes
from timeline.extract.clause_dates import SentenceDates, clause_timexes, closing_participles
from timeline.extract.clause_things import clause_thing
from timeline.extract.clauses import clause_stop, controlled, relative_sentence, role_person, sentence_like
from timeline.extract.cleanup import Furniture, content_sentences, find_furniture, masked
from timeline.extract.closing_speakers import closing_speakers
from timeline.extract.conjunct_subjects import conjunct_subject
from timeline.extract.contrasted_referents import subject_supplied
from timeline.extract.date_owners import owner_title
from timeline.extract.election_backdrops import without_election_backdrops
from timeline.extract.forecast_sayings import forecast_sayings
from timeline.extract.happenings import CONTENT_CLAUSE, RELATIVE_ACT, SAYING_NOUNS, acted_happening, stems
from timeline.extract.implied import continued_mentions, measured_mentions
from timeline.extract.implied import speaker_source as _source
from timeline.extract.inline_marks import reading_text
from timeline.extract.lead import LEAD_CONFIDENCE, is_headline, lead_mentions, normalized
from timeline.extract.live_chatter import live_news
from timeline.extract.merge import (
    RESULTS,
    Mention,
    content_words,
    dated_verb,
    dates_the_saying,
    past_verbs,
    refers_back,
    reports_results,
    speaker_words,
)
from timeline.extract.named_titles import drafts_kept, story_named
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.page_times import published_value, written_page
from timeline.extract.person_nouns import person_by_noun
from timeline.extract.plural_speakers import listed_subject
from timeline.extract.predicates import predicate
from timeline.extract.pronoun_people import opposite_pronoun
from timeline.extract.quoted_forecasts import quoted_forecasts
from timeline.extract.quoted_words import said_as_quoted
from timeline.extract.relative_openings import PARTITIVE, opening_relative
from timeline.extract.retold import bare_happening, retelling, retold_title
from timeline.extract.segments import contrasted_clause, elided_unit, gapped_head, segment
from timeline.extract.sentences import Sentence, split_sentences
from timeline.extract.speakers_apart import speaker_bodies
from timeline.extract.story_names import MentionNames, ToldNames, surname_in_full
from timeline.extract.subject_names import (
    antecedent_named,
    continued_speaker,
    main_subject,
    quote_opening,
    starts_with_pronoun,
    strip_opening,
)
from timeline.extract.title_choice import best_title
from timeline.extract.title_cuts import balance_quotes
from timeline.extract.title_days import tells_other_day
from timeline.extract.title_gate import musing, no_title, scene_time, title_defect
from timeline.extract.title_happenings import happening_headline
from timeline.extract.title_nominal import mention_title, verbal_title
from timeline.extract.title_referents import THING_HAPPENS, THING_PASSIVE_IT, actor_kind, undergoer
from timeline.extract.title_relatives import relative_only
from timeline.extract.title_subjects import plural_antecedent
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.titles import DATELINE, write_title
from timeline.extract.told_clauses import merged_and_titled
from timeline.extract.trailing_speakers import speaker_first
from timeline.extract.unasserted import describes
from timeline.extract.with_clauses import absolute_finite
from timeline.model import Document, Event, Precision, SourceRef
from timeline.store.ids import derive_id, first_free

__all__ = ["LEAD_CONFIDENCE", "Mention", "assemble", "extract", "mentions", "split_sentences"]


def extract(doc: Document) -> list[Event]:
    """Events for every dated statement in ``doc`` (status "extracted")."""
    if doc.published is None:
        raise TimelineError("no publication date to resolve relative dates against; pass --published YYYY-MM-DD",
                            doc.path)
    furniture = find_furniture(doc.text)
    page = written_page(doc, furniture)  # as of its dateline's clock, or the later day it was told from (:mod:`.page_times`)
    return page.sourced(assemble(page.doc, page.timexes, furniture))


def assemble(doc: Document, timexes: Sequence[TimexLike], furniture: list[Furniture] | None = None) -> list[Event]:
    """Events from a document and its tagged expressions (the tagger-free half).

    Page furniture (captions, credits, bylines, datelines, boilerplate; see
    :mod:`timeline.extract.cleanup`) is cut out of the sentences first, so it
    never becomes an event, a title or a tag.
    """
    furniture = find_furniture(doc.text) if furniture is None else furniture
    sentences = content_sentences(doc.text, split_sentences(doc.text), furniture)
    timexes = entry_timexes(doc.text, sentences, timexes, [(f.start, f.end) for f in furniture])  # a chronology's lines
    with drafts_kept():  # what each title was written from, to name its subject before it is fitted (:mod:`.named_titles`)
        found = without_election_backdrops(doc, sentences, mentions(doc, timexes, sentences, furniture))
        found = entry_mentions(doc.text, timexes, found, [(f.start, f.end) for f in furniture])
        found = live_news(doc.text, found)  # no live entry of captions alone ("1003: Jane Roe, reporter"), nor of chatter
        found = without_borrowed_dates(found, doc.text, [s.start for s in sentences])  # "repeated on Tuesday ... until August"
        found = quoted_forecasts(found, doc.text, doc.published)  # merged, then a saying's plan titled apart:
        return _events(doc, merged_and_titled(found, doc.text, [s.start for s in sentences]), sentences)


# --------------------------------------------------------------------- mentions
def mentions(doc: Document, timexes: Sequence[TimexLike], sentences: list[Sentence] | None = None,
             furniture: Sequence[Furniture] = ()) -> list[Mention]:
    """Every dated statement in ``doc``, one per anchor, in document order.

    Titles, subjects and tags are read with the page's tickers and link labels blanked
    (:func:`~timeline.extract.inline_marks.reading_text`); offsets, and so quotes, are the source's.
    """
    reading = reading_text(doc.text)
    if reading is not doc.text:
        doc = replace(doc, text=reading)
        sentences = None if sentences is None else [replace(s, text=reading[s.start:s.end]) for s in sentences]
    text = doc.text
    sentences = split_sentences(text) if sentences is None else sentences
    names = NameIndex(masked(text, [f for f in furniture if f.kind in ("prompt", "credit")]))  # "Adobe Reader", "Jane Roe/AP"
    title_key = normalized(doc.title or "")
    ordered = sorted(timexes, key=lambda t: t.start)
    found: list[Mention] = []
    classifying: set[int] = set()  # mentions dated only by a year that sorts a noun ("the 2003 SARS epidemic")
    last_person: str | None = None
    bodies = BodyChain(text, names)  # what "it" and "the company" stand for
    last_human: str | None = None  # the last person named as a subject, for "His ..." and "Her ..."
    roles = role_holders(text, names)
    known = genders(text, names, sentences)  # "Mr Hayward", "Ms Smith said her ...": who "he" and "she" can be
    recent_people: list[str] = []  # people named as subjects, oldest first
    today = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published or dt.date.max
    ti = 0
    actors: list[str | None] = []  # each sentence's resolved actor, for the sentences dated by one before
    for index, sentence in enumerate(sentences):
        while ti < len(ordered) and ordered[ti].start < sentence.start:
            ti += 1
        tj = ti
        while tj < len(ordered) and ordered[tj].start < sentence.end:
            tj += 1
        local = clause_timexes(SentenceDates(text, sentence, ordered[ti:tj]))
        subject = sentence_subject(text, sentence, names)
        actor = subject
        followed: str | None = None  # the organisation the sentence is about, for "it" and "the company" after it
        speaker = continued_speaker(text, sentences, index, actors, names) or (
            quote_speaker(text, sentence, names, last_human) if subject is None else None)
        if speaker is not None:
            actor = speaker  # a quotation's "I" and "we" are its speaker, named after the quote closes
        elif subject is None and (starts_with_pronoun(sentence.text) or PRONOUN_SPEAKER.match(sentence.text)):
            # ('... he'd know it,” he said': no name quoted is who spoke)
            opening = quote_opening(sentences, index) if PRONOUN_SPEAKER.match(sentence.text) else sentence
            actor = ((antecedent(text, sentence, names) if opening is sentence else None)
                     or pronoun_referent(text, opening, names, last_person, recent_people, known))
            if actor and looks_personal(actor):  # "He is ... He also ...": the next "he" continues the same person
                last_person = last_human = actor
        elif subject is None and BODY_OPENING.match(speaker_first(sentence.text)):
            actor = bodies.referent(sentence, actors[-1] if actors else None)
            followed = actor
        elif subject is None and bodies.thing and THING_PASSIVE_IT.match(strip_opening(sentence.text)):
            actor = followed = bodies.thing  # "The technique was approved. It was used in past disasters": what underwent it
        elif subject is None and last_human and re.match(r"(?:His|Her)\s+[a-z]", strip_opening(sentence.text)):
            actor = possessor(text, sentence, names, last_human)
        elif subject is None and (role := ROLE_SUBJECT.match(speaker_first(sentence.text))):
            actor = holder(roles, role.group(1).lower(), sentence.start, names) or actor
            if actor and looks_personal(actor):  # "The admiral created a team. ... He also planned": the admiral
                last_person = last_human = actor
        elif subject is None and (by_noun := person_by_noun(text, sentence, actors, names, known)):
            actor = last_person = last_human = by_noun  # "Hayward shocked residents. The Briton was quoted ..."
        elif subject is None and index and re.match(r"They\s+[a-z]", strip_opening(sentence.text)):
            previous = strip_opening(sentences[index - 1].text)
            actor = closing_speakers(previous, strip_opening(sentence.text)) or listed_subject(text, sentences, index, names) or plural_antecedent(previous)
            if actor is None and re.match(r"They\s+[a-z]", previous):
                actor = actors[-1]  # "Shares jumped. They rose 4%. They had plunged ...": "they" goes on with the same
        actors.append(actor)
        if local and not is_headline(sentence.text, title_key):
            # "even 21 years later" after the publication, "that day" on it: days the story told before, not found.
            anchors = [a for a in closing_participles(SentenceDates(text, sentence, local), _anchors(text, sentence, local, doc.timezone))
                       if not (COUNTED_ON.match(a.timex.text) and a.when.start.date() > today)
                       and not (_THAT_DAY.match(a.timex.text) and a.when.start.date() == today)]
            main = [a for a in anchors if a.embedded is None]
            for a in anchors:
                found.append(_mention(doc, names, sentences, index, a, actor, [m.timex.start for m in main] if len(main) > 1 else [],
                                      actor if actor and looks_personal(actor) else last_human, speaker, roles))
                if a.modifier and not a.happening and a.embedded is None and a.when.precision == Precision.YEAR:
                    classifying.add(id(found[-1]))
        if subject and (" " in subject or names.counts.get(subject)):
            last_person = last_person if subject in bodies.short_bodies else subject  # ("Mariner" is Mariner Energy)
            if not looks_personal(subject) and subject not in known:  # "Mr Obama" is no company
                followed = subject
            else:
                last_human = subject
                if " " in subject:  # a full name: a lone capitalised word ("Guard") may be a body's
                    recent_people.append(subject)
        bodies.follow(sentence, followed, actor)
    leads = lead_mentions(doc, names, sentences, found, title_key, actors)
    # An undated lead that only says what something is ("The oyster is the backbone of marine life on the coast") is a
    # feature's opening: no happening for the publication day to date.
    leads = [m for m in leads if not describes(sentences[m.sentence].text)]
    # "Asia can look to the 2003 SARS epidemic ...", "... consensus 2011 earnings": in a lead with no date of its own, a
    # year before a noun sorts that noun; the lead is the day's news, and the year dates nothing it reports.
    found = [m for m in found if id(m) not in classifying or all(m.sentence != lead.sentence for lead in leads)]
    for lead in reversed(leads):
        found.insert(sum(1 for m in found if m.sentence < lead.sentence), lead)
    found = continued_mentions(doc, names, sentences, found, actors, today)
    found = measured_mentions(doc, names, sentences, found, ordered, actors)
    found = anchored_mentions(doc, names, sentences, found, actors)  # "two hours before the explosion"
    # The story's own subject ("oil", "spill", "BP") is in every other sentence: only words
    # that are rarer in the article tell one happening from another.
    frequency: dict[str, int] = {}
    for sentence in sentences:
        for w in content_words(sentence.text):
            frequency[w] = frequency.get(w, 0) + 1
    common = max(3, len(sentences) // 4)
    lowercase = set(re.findall(r"(?<![\w'’-])[a-z][a-z'-]+", text))
    for m in found:
        # A common word opening the quote ("Construction will begin ...") is a word of what happened, not a name.
        # ("However," "Separately," and other openers with their comma are not.)
        opening = re.match(r"[“\"‘']?([A-Z][a-z'-]+)\b(?![,;:])", text[m.start:m.end])
        if opening and opening.group(1).lower() in lowercase and not opening.group(1).endswith("ly") \
                and opening.group(1).lower() not in _OPENERS:
            m.words |= content_words(opening.group(1).lower())
        m.words = frozenset(w for w in m.words if frequency.get(w, 0) <= common)
        if m.sentence > 0 and not m.lead and not m.continued:  # another happening of the occasion told before
            m.refers_back = refers_back(text[m.start:m.end], sentences[m.sentence - 1].text)
        m.words |= {RESULTS} if reports_results(m, text) else frozenset()
        m.predicate = predicate(text[m.start:m.end])  # what it says happened, for a lead told again (merge.py)
        m.title = surname_in_full(story_named(m.title, MentionNames(text, sentences, m.sentence, m.start, m.end, names, bodies, actors[
            m.sentence - 1] if m.sentence else None, known), write_title), text, names, known)  # "the country's", "Dean" in full
    return forecast_sayings(found, text, today)  # "said he hopes to pass a bill this year": of the saying's day


#: Words that open a sentence without saying what happened.
_OPENERS = frozenset(["however", "meanwhile", "but", "and", "yet", "still", "also", "instead", "now", "then", "so",
                      "thus", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "separately",
                      "elsewhere", "overall", "earlier", "later", "today", "yesterday", "tonight", "last", "next"])
#: A day the story told before: on the publication day a reporter writes "today", not "that day".
_THAT_DAY = re.compile(r"(?i)^(?:on\s+)?(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)$")


def _mention(doc: Document, names: NameIndex, sentences: list[Sentence], index: int, a: Anchor,
             actor: str | None, several_main: Sequence[int], person: str | None = None,
             speaker: str | None = None, roles: Sequence[tuple[int, str, str]] = ()) -> Mention:
    text = doc.text
    s = sentences[index]
    if a.end is not None:  # a range leaves the title as one piece: "from April 30 to May 1"
        a = replace(a, parts=[(min(p[0] for p in a.parts), max(p[1] for p in a.parts))])
    if a.listed is not None:  # "flooded in 1918, 1957 and 1968": each flood's title drops the whole list
        a = replace(a, parts=[(min(a.listed[0], *(p[0] for p in a.parts)), max(a.listed[1], *(p[1] for p in a.parts)))])
    if a.embedded is not None and a.embedded.kind == "relative":
        start, end = a.embedded.start, a.embedded.end
        rel = opening_relative(RELATIVE_CLAUSE.search(text[start:end]), _RESTRICTIVE_PRONOUN.search(text[start:end]))
        end = clause_stop(text, start + (rel.end() if rel else 0), max(e for _, e in a.parts), end,
                          min(b for b, _ in a.parts))
        clause = text[start:end]
        ante_end = rel.start() if rel else len(clause)
        # "Mike Brewer, 40, who ...": the person without their age.
        subject = names.resolve(re.sub(r",\s*\d{1,3}$", "", clause[:ante_end].strip()))
        if rel and re.match(r",?\s*who", rel.group(0).lstrip(", ")):  # "the firm's head, who ...": the person
            subject = role_person(subject, roles, start) or subject
        subject = owned_antecedent(subject, person, actor, names, (s.start, start))  # "during his trial, which ended"
        if rel and not rel.group(0).strip(", ") and (whole := re.search(  # (an appositive participle's antecedent)
                r"(?i)\b(?!none\b)" + PARTITIVE + r"\s+of\s+$", text[max(s.start, start - 30):start])):
            first = subject[:1].lower() if text[start:start + 1].islower() else subject[:1]  # ("the first of")
            subject = whole.group(0)[:1].upper() + whole.group(0)[1:] + first + subject[1:]
        built = relative_sentence(clause, ante_end, subject, [(b - start, e - start) for b, e in a.parts]) if rel else None
        if re.search(r"\b(?:and|or|but)$", subject):
            # "the disaster and who brought ...": a second relative clause, its antecedent named before; the
            # sentence's title tells it.
            title = write_title(text[s.start:s.end], [(b - s.start, e - s.start) for b, e in a.parts], short(actor))
        elif built is not None:
            if not built.own_subject and built.text.startswith(subject + " "):
                # "the cycle which began in 1996 | now appears to be over": the main clause after it is not its news
                built = replace(built, text=f"{subject} {relative_only(built.text[len(subject) + 1:])}")
            removal = [moved for b, e in a.parts if (moved := built.moved(b - start, e - start)) is not None
                       and moved[1] <= len(built.text)]
            told_of = controlled(built.text, main_subject(s.text, short(actor))) if not sentence_like(built.text) else None
            if told_of is not None:  # "..., said, when making the announcement on Monday": the speaker made it
                built, removal = replace(built, text=told_of.text), [(b + told_of.shift, e + told_of.shift) for b, e in removal]
            # "Menhadden Fisheries, where he employs ...": the clause's "he" is a person, not the antecedent.
            title = write_title(built.text, removal, short(personal_subject(built.text, person)) if built.own_subject
                                else short(antecedent_named(subject, actor, s.text, start - s.start)))
        else:
            title = write_title(clause, [(b - start, e - start) for b, e in a.parts], subject)
        mention_actor: str | None = subject
    elif a.embedded is not None and a.embedded.kind == "happening":
        # "since the fatal April 20 explosion on the rig": the noun phrase, its date left out.
        start, end = a.embedded.start, a.embedded.end
        # "a 1997 attack" without its date is "attack", not "a attack".
        article = re.match(r"(?i)an?\s+", text[start:end])
        first = start + article.end() if article and any(b == start + article.end() for b, _ in a.parts) else start
        parts = [(b - first, e - first) for b, e in a.parts if first <= b < end]
        act = RELATIVE_ACT.search(text, first, end)
        said = _SAID_CONTENT.search(text, first, end)
        if said is not None:
            # "Tuesday's announcement that the port will close": the title tells what was announced, when that
            # clause names its own subject ("that he will ..." keeps the noun phrase: the title cannot say who).
            content = write_title(said.group("clause"), [])
            title = content if not re.match(r"(?i)(?:he|she|it|they|we|i|you|this|that)\b", content) \
                else write_title(text[first:end], parts, noun_phrase=True)
        elif act is not None:
            # "the April 20 explosion that sank the rig": the happening did it ("The explosion sinks the rig").
            cut, gone = act.start() - first, act.end("link") - act.start()
            title = write_title(text[first:act.start()] + text[act.end("link"):end],
                                [(b, e) if e <= cut else (b - gone, e - gone) for b, e in parts if e <= cut or b >= cut + gone])
            if title.split()[-1].lower() not in text[act.end("verb"):end].lower():
                title = write_title(text[first:end], parts, noun_phrase=True)  # its object cut: "The blast triggers"
        else:
            # "since its 1998 merger", "the president said in his March 31 announcement": the possessive is the
            # sentence's subject's when no other person ("his") or organisation ("its") is named between them.
            its = re.match(r"(?i)(?:(its)|his|her)\s", text[first:end])
            owner = (actor if its.group(1) else person) if its else None  # ("his": the person the sentence is about)
            others = [n for n in map(names.resolve, (n.text for n in names.between(s.start, first)))
                      if n != names.resolve(owner or "") and (actor_kind(n) == "body" if its and its.group(1) else looks_personal(n))]
            title = mention_title(write_title(text[first:end], parts, short(None if others else owner), noun_phrase=True), text[first:end])
        mention_actor = None
    elif a.embedded is not None:
        start, end = a.embedded.start, a.embedded.end
        conj = re.match(r"\w+\s+", text[start:end])
        body_start = start + (conj.end() if conj else 0)
        end = clause_stop(text, body_start, max(e for _, e in a.parts), end,  # "... April 20 found the rate"
                          min(b for b, _ in a.parts))
        # "it will be 2015 before any trials begin": a date before the clause is none of its words
        removal = [(b - body_start, e - body_start) for b, e in a.parts if b >= body_start]
        clause_subject = sentence_subject(text, Sentence(body_start, end, text[body_start:end]), names)
        # "before he died of an overdose in 2009": the person last named as a subject. ("when it
        # was ripped by an explosion" stays as it is: "it" there is often a thing, not a company.)
        opening = re.match(r"(he|she|his|her|it)\b", text[body_start:end])
        # "The rig burned until it sank": "it" is the main clause's subject when that is a thing.
        stands_for = thing_subject(text[s.start:body_start]) if opening is not None and opening.group(1) == "it" else \
            person if opening is not None else None
        keeps_pronoun = False  # ("She said Murray rode with Jackson after he collapsed": the "he" stays, with no actor)
        if opening is not None and opening.group(1) != "it":
            # "cheered Obama's remarks as a step up from his rhetoric, when he often left unclear ...": a person the
            # sentence itself names before the clause is nearer than one of the sentences before.
            here = {names.resolve(n.text) for n in names.between(s.start, start)
                    if not re.search(r"\b(?:in|on|at|from|to|into|near|across)\s+$", text[max(s.start, n.start - 8):n.start])}
            here = {n for n in here if looks_personal(n) or (" " not in n and names.counts.get(n, 0) >= 2
                                                              and actor_kind(n) is None and n.isalpha() and not n.isupper())}
            stands_for = next(iter(here)) if len(here) == 1 else stands_for
            keeps_pronoun = stands_for in (person, None) and opposite_pronoun(opening.group(1), text[s.start:start])
        relative = re.search(r"\b([Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+[^s\W’'])\s+(?:that|which)\s+(?:[a-z]+\s+){1,4}$",
                             text[s.start:start]) if opening is not None and opening.group(1) == "it" and stands_for is None else None
        if relative and not re.search(r"\b(?:he|she|they|we|I|you)\b", relative.group(0)):
            stands_for = "T" + relative.group(1)[1:]  # "the leak that has only worsened since it began": the leak's
        clause = text[body_start:end]
        thing = undergoer(text[s.start:start]) if stands_for is None and not keeps_pronoun and THING_HAPPENS.match(clause) \
            and re.match(r"(?i)(?:when|before|after|until|till|as|since|because)\s", text[start:body_start]) else None
        thing = thing or (None if relative else clause_thing(text[s.start:start], text[start:body_start], clause))
        if thing:  # "BP was leasing the rig when it exploded": what only a thing undergoes is the object's
            clause = f"{thing}{clause[2:]}"
            removal = [(b + len(thing) - 2, e + len(thing) - 2) for b, e in removal]
        title = write_title(clause, removal, None if keeps_pronoun else short(stands_for or actor), noun_phrase=acted_happening(clause))
        told_of = absolute_finite(text[start:end]) or (  # ("with the second starting ...": :mod:`.with_clauses`)
            controlled(text[body_start:end], main_subject(s.text, short(actor))) if not sentence_like(text[body_start:end]) else None)
        if told_of is not None:  # "before being capped last month": of the enclosing clause's subject
            title = write_title(told_of.text, [(b + told_of.shift, e + told_of.shift) for b, e in removal], short(actor))
        mention_actor = clause_subject
    else:
        start, end = segment(text, s, a.timex.start, several_main) if several_main else contrasted_clause(text, s, a.timex.start)
        # A modifier or a point of comparison carries meaning the title needs ("than a year earlier").
        keep = (a.modifier and not all(bare_day_word(text, b, e) for b, e in a.parts)) or a.comparison
        removal = [] if keep else [(b - start, e - start) for b, e in a.parts if start <= b]
        said = text[start:end] if speaker is None or start != s.start else attributed(text[start:end], short(speaker))
        # "..., and start the repairs next week", "..., but they are not expected until August": whose the verb is
        supplied = subject_supplied(text, s, start, a.timex.start, said, removal)
        said, removal = supplied.text, supplied.removal
        head = gapped_head(text, s, start) if start != s.start else ""
        if head:  # "... and $3.5m in the first quarter": the first clause's "The firm lost" is this one's too
            said, removal = f"{head} {said}", [(b + len(head) + 1, e + len(head) + 1) for b, e in removal]
            unit = elided_unit(text, s, start)
            figure = re.match(r"(?:(?:another|a\s+further|an\s+additional)\s+)?\d[\d.,]*", said[len(head) + 1:])
            if unit and figure:  # "and another 330,000 on Tuesday": the first clause's "gallons" too
                at = len(head) + 1 + figure.end()
                said = f"{said[:at]} {unit}{said[at:]}"
                removal = [(b + len(unit) + 1, e + len(unit) + 1) if b >= at else (b, e) for b, e in removal]
            start = s.start  # its quote is the whole sentence: "another $100m next year." alone says nothing
        title = owner_title(said, removal, short(actor))
        mention_actor = actor
    dateline = DATELINE.match(text[start:end])  # "WASHINGTON (AP) —" names a place and an agency, not actors
    tags = names.names_in(text, start + (dateline.end() if dateline else 0), end)
    if mention_actor and mention_actor not in tags and names.counts.get(mention_actor.split()[-1]) is not None \
            and mention_actor[0].isupper() and not names.ambiguous(names.resolve(mention_actor)):
        tags.insert(0, names.resolve(mention_actor))
    words = set(re.findall(r"[a-z]+", text[s.start:s.end].lower()))
    statement = bool(words & SPEECH_VERBS) or bool(words & {"statement", "post", "interview", "tweet"})
    # "Earlier in the day, Allen also said ...": another occasion of the same day, its own statement.
    # A date of what the statement reports ("by Tuesday morning was siphoning ..., Wells said") is no day of saying.
    told = a.embedded is None and not _OTHER_OCCASION.match(a.timex.text) and dates_the_saying(
        text, s.start, a.timex.start, a.timex.end)
    source = _source(text, s, names, speaker, actor) if told else ""
    return Mention(
        when=a.when, start=start, end=end, sentence=index, actor=names.resolve(actor) if actor else None,
        title=conjunct_subject(title, text[s.start:s.end]), tags=tags[:8], confidence=_confidence(a, s), is_statement=statement, sentences=[index],
        end_when=a.end, main=a.embedded is None and not a.modifier, words=content_words(text[start:end]),
        date=(min([a.timex.start, *(b for b, _ in a.parts)]), max([a.timex.end, *(e for _, e in a.parts)])),
        verbs=past_verbs(text[start:end]), dated_verb=dated_verb(text[max(start, a.timex.start - 40):a.timex.start]),
        speaker=speaker_words(text[start:end]) if statement else frozenset(),
        bodies=speaker_bodies(text[start:end]) if statement else frozenset(),
        happening=a.happening, stems=stems(text[start:end]), source=source, told=told,
        near=stems(text[max(start, a.timex.start - _NEAR):min(end, a.timex.end + _NEAR)]),
        figure=_FIGURE.search(text[start:end]) is not None,
        definite_subject=a.embedded is None and _DEFINITE_SUBJECT.match(strip_opening(s.text)) is not None,
    )


#: A happening's noun of saying and its "that" clause, as :func:`~timeline.extract.happenings.happening_of` took it.
_SAID_CONTENT = re.compile(r"\b(?:" + "|".join(SAYING_NOUNS) + r")" + CONTENT_CLAUSE.pattern + r"$")
#: How many characters either side of a date are its neighbourhood: "the 20 April drilling rig explosion", "the rig
#: blew up at 10pm", "exploded on the night of April 20".
_NEAR = 40


#: A figure a statement reports: "rose 3.2%", "a loss of $70.7 million", "2.5 percent".
_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b)|[$£€]\s?\d|\d\s*(?:bn|m)\b|"
                     r"\d\s+(?:million|billion|trillion)\b")


#: A subject that picks up someone named before: "The rock singer says", "The company said", "He said".
_DEFINITE_SUBJECT = re.compile(r"(?:The\s+(?:[a-z-]+\s+){0,2}[a-z]+|He|She|They)\s+(?:also\s+)?(?:says|said|has|have|had|"
                               r"is|are|was|were|will|[a-z]{3,}ed|[a-z]{3,}s)\b")
_OTHER_OCCASION = re.compile(r"(?i)(?:earlier|later)\b")
#: The pronoun of a relative clause without its comma: "the school who visited ...", "a well that has been ...".
_RESTRICTIVE_PRONOUN = re.compile(r"(?:^|\s)(?:who|whom|which|whose|that)\s")
_EXPLICIT = re.compile(r"\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d")


def _confidence(a: Anchor, s: Sentence) -> float:
    """How sure the machine is, for reviewers sorting what to check first.

    Explicit calendar dates are safest; weekday and "last year" style dates
    depend on the publication date and tense; weeks, seasons and qualified
    dates are vaguer; a date that only modifies a noun may not be the date
    of what happened; a line with no verb (caption, heading) is weak evidence.
    """
    score = 0.9 if _EXPLICIT.search(a.timex.text) else 0.8
    if a.when.precision.rank <= 5 or a.when.qualifier:  # up to season precision, or early/late/...
        score -= 0.1
    if a.modifier and not a.happening:  # "the 1988 bombing": the date is the bombing's own
        score -= 0.2
    if a.embedded is not None:
        score -= 0.05
    if not re.search(r"[.!?”\"]\s*$", s.text):
        score -= 0.1
    return round(max(0.1, min(score, 0.99)), 2)


# ----------------------------------------------------------------------- events
def _events(doc: Document, groups: list[list[Mention]], sentences: list[Sentence]) -> list[Event]:
    text = doc.text
    published = doc.published
    pub = published_value(doc)
    events: list[Event] = []
    used: set[str] = set()
    everything = [m for group in groups for m in group]
    for group in groups:
        # The most precise date of the happening wins ("the April explosion", "the 20 April explosion"),
        # among the dates the text states for it: the lead's publication day only stands in for one
        # (unless the others merely name something, as "its third-quarter results" in the lead does).
        stated = [m for m in group if not m.lead]
        head = max(stated if any(m.main for m in stated) else group,
                   key=lambda m: (m.when.precision.rank, -group.index(m)))
        quotes = list(dict.fromkeys(text[m.start:m.end].strip() for m in group))
        body_ids: list[int] = []
        for m in group:
            # The sentence, the next one in its paragraph, and the previous one when this
            # one leans on it ("He said ...", "The move ...").
            around = [m.sentence, m.sentence + 1]
            if m.sentence > 0 and _LEANS_BACK.match(sentences[m.sentence].text):
                around.insert(0, m.sentence - 1)
            for i in around:
                if i < len(sentences) and i not in body_ids and (
                    i <= m.sentence or sentences[i].paragraph == sentences[m.sentence].paragraph
                ):
                    body_ids.append(i)
        body = " ".join(sentences[i].text for i in sorted(body_ids)[:6])
        tags: list[str] = []
        for m in group:
            for t in m.tags:
                if t not in tags:
                    tags.append(t)
        readable = [m for m in group if title_defect(m.title) is None] or group
        if all(scene_time(m.title) or tells_other_day(m.title, head.when, text, m.date, (m.start, m.end), any(
                o.sentence == m.sentence and o.date != (0, 0) for o in everything)) for m in group):
            continue  # "It was Saturday afternoon": no happening; "[May] ... discuss on Monday": another date's title
        if not any(m.source for m in group) and all(
                musing(m.title, text[m.start:m.end]) or no_title(m.title) or absence(m.title) for m in group):
            continue  # "I'll be there tomorrow", "It is a big change", "The disaster": nothing a reader could follow
        chosen = best_title(group, head, text)  # the best told of its titles (:mod:`.title_choice`), its "The rig"
        title = story_named(chosen.title, ToldNames(text, chosen.start), write_title)  # as the story named it
        noun = bare_happening(title)
        if noun is not None:
            # "The explosion" (from "since the April 20 explosion"): the article's fuller telling of the same
            # happening gives the title, and its sentence is quoted with it.
            told = retelling(text, sentences, noun, head.when, {m.sentence for m in group}, everything,
                             published.date() if isinstance(published, dt.datetime) else published)
            title = verbal_title(retold_title(told, title, text))  # "Explosion of the rig": "The rig explodes"
            if told is not None:
                quote = text[told.start:told.end].strip()
                if quote not in quotes:
                    quotes.append(quote)
        title = happening_headline(title, head.when, published, text[chosen.start:chosen.end + 80], chosen.end - chosen.start)
        if head.told and head in readable and any(m is not head and m.sentence == head.sentence and m.figure
                                                  for m in group):
            title = head.title  # a figure's release: the title keeps the period it is for ("... 3.2% in February")
        title = balance_quotes(title)  # whichever rule wrote it last, a title's quotation marks pair up
        title = said_as_quoted(title, quotes)  # words in its quotation marks as said (:mod:`.quoted_words`)
        confidence = min(0.99, max(m.confidence for m in group) + 0.05 * (len(group) - 1))
        event_id = _unique(derive_id(head.when, title), used)
        events.append(Event(
            id=event_id,
            when=head.when,
            end=head.end_when,
            title=title,
            body=body,
            tags=tuple(tags[:8]),
            sources=tuple(SourceRef(title=doc.title, url=doc.url, publisher=doc.publisher, published=pub, quote=q)
                          for q in quotes),
            status="extracted",
            confidence=round(confidence, 2),
        ))
    return events


_LEANS_BACK = re.compile(
    r"^(?:[“\"‘][^”\"]*[”\"],?\s+(?:he|she|they)\b|(?:He|She|They|It|This|That|These|The move|The decision)\b)")


def _unique(slug: str, used: set[str]) -> str:
    candidate = first_free(slug, used.__contains__)
    used.add(candidate)
    return candidate
