"""The article's lead: the news peg, an event even when its sentence states no date.

The lead is the first reporting sentence (not the headline repeated, nor a headline run into its
standfirst, an opinion's opening, a scene in the writer's own voice or background from long ago).
Dated by its own main-clause date when it has one; otherwise by the publication day, with
:data:`LEAD_CONFIDENCE`, which says the date is the article's, not the sentence's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.extract.actors import sentence_subject, short
from timeline.extract.attribution import speaker_phrase
from timeline.extract.comparisons import reports_past
from timeline.extract.happenings import coordinated_news
from timeline.extract.implied import speaker_source as _source
from timeline.extract.live_captions import without_entry_head
from timeline.extract.live_entries import live_entries
from timeline.extract.lost_stops import headline_run_in
from timeline.extract.merge import Mention, content_words
from timeline.extract.names import NameIndex
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_words import SAY_FORMS, SAY_TELL, alternation, spoken
from timeline.extract.sentences import Sentence
from timeline.extract.stances import seeming
from timeline.extract.standing_states import tells_standing_state
from timeline.extract.subordinators import CONDITIONS, RELATIVES
from timeline.extract.suppositions import supposes
from timeline.extract.title_open import SUBORDINATORS
from timeline.extract.title_words import PRESENT as _PRESENT_FORMS
from timeline.extract.title_words import SPEECH_VERBS
from timeline.extract.titles import write_title
from timeline.extract.unasserted import describes
from timeline.model import Document, When

__all__ = ["LEAD_CONFIDENCE", "is_headline", "lead_mentions", "normalized"]

#: The confidence of a lead event whose sentence states no date: its date is the article's
#: publication day (or dateline), which says when it was reported, not when it happened.
LEAD_CONFIDENCE = 0.45


def normalized(text: str) -> str:
    """``text`` in lower case with runs of punctuation as one space: headlines compare so."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


# The lead reports something: a past or perfect tense, speech, or the future.
_REPORTS = re.compile(r"\b(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?!been\s+(?:for|in|a|an|the)\b)[a-z]+|\b[a-z]{3,}ed\b|"
                      r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?!going\b)[a-z]{3,}ing\b|"  # "the spill is fueling opposition"
                      r"\b(?:" + alternation(SAY_TELL, spoken("announce")) + r"|will|is to|are to)\b|\b(?:"
                      + "|".join(sorted(w for w in _PRESENT_FORMS if " " not in w)) + r")\b")


def is_headline(sentence: str, title_key: str) -> bool:
    """The headline repeated as the first line; a long "title" is a first paragraph some tools call a title."""
    # A sentence of more than fourteen words with its final stop is the article's first sentence, not a headline.
    words = len(sentence.split())
    long_sentence = words > 14 and re.search(r"[.!?][\"”’']?\s*$", sentence) is not None
    return words <= 25 and not long_sentence and normalized(sentence) == title_key


def lead_mentions(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                  title_key: str, read_as: Sequence[str | None] = ()) -> list[Mention]:
    """The article's news peg (:func:`_page_lead`), and on a live page each entry's opening report, of the time
    heading the entry (:mod:`.live_entries`). ``read_as`` holds whom each sentence's pronoun or role noun opening was
    read as standing for (the actors the dated mentions were titled with), for a title such a lead opens: "The
    president said he wanted ..." is Obama's."""
    leads = _page_lead(doc, names, sentences, found, title_key, read_as)
    if doc.published is None:
        return leads
    day = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published
    for entry in live_entries(doc.text, day):
        first = next((i for i, s in enumerate(sentences) if entry.start <= s.start < entry.end
                      and len(s.text.split()) >= 8 and re.search(r"[a-z]", s.text) and not is_headline(s.text, title_key)),
                     None)
        if first is None:
            continue
        posted = When.parse(entry.moment.strftime("%Y-%m-%dT%H:%M"))
        if any(m.sentence == first for m in leads):  # the page's lead opens the latest entry: of the entry's time
            leads = [replace(m, when=posted) if m.sentence == first else m for m in leads]
            continue
        leads += [replace(m, when=posted) for m in _lead_mentions(
            replace(doc, published=entry.moment.date()), names, sentences, found, first, read_as)]
    return sorted(leads, key=lambda m: m.sentence)


def _page_lead(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
               title_key: str, read_as: Sequence[str | None] = ()) -> list[Mention]:
    """The article's news peg: its first reporting sentence, an event even when it states no date.

    Dated by its own main-clause date when it has one (already among ``found``);
    otherwise by the publication day, with a lower confidence that says the
    date is the article's, not the sentence's. A lead of two main clauses with news of
    their own ("X was dropped from the index, and has been forced to delay its results")
    is two events of that day (:func:`.happenings.coordinated_news`).
    """
    if doc.published is None:
        return []
    candidates = [i for i, s in enumerate(sentences[:4])
                  if len(s.text.split()) >= 8 and not is_headline(s.text, title_key) and re.search(r"[a-z]", s.text)
                  and not headline_run_in(doc.text, s.start, s.end, title_key)]  # (:mod:`.lost_stops`)
    if len(candidates) > 1 and _runs_in_title(sentences[candidates[0]].text, title_key) \
            and not _reports(sentences[candidates[0]].text):
        # The headline run into its standfirst, no verb of news in them ("BP using robots to plug leak Oil firm
        # aiming to ..."), saved with the page: the news peg is the body's first sentence ("BP is using ...").
        return _lead_mentions(doc, names, sentences, found, candidates[1], read_as)
    if not candidates:
        return []
    first = _lead_mentions(doc, names, sentences, found, candidates[0], read_as)
    described = bool(first) and describes(sentences[candidates[0]].text) \
        and _NAMED_THING.match(sentences[candidates[0]].text) is not None
    if described:
        first = []  # "The Subsea Oil Recovery System is a large structure ...": the picture's caption as the title
        if _OWN_VOICE.search(sentences[candidates[0]].text):
            return []  # "... is a bit of a slog -- it's rehashing what I know": a review's opening, no caption
    if not first and len(candidates) > 1 and _runs_in_title(sentences[candidates[0]].text, title_key) \
            and not any(m.sentence == candidates[0] for m in found) \
            and not (described and _LEANS_ON_PRONOUN.match(sentences[candidates[1]].text)):  # ("It was used in ...")
        # A standfirst that cannot be the lead ("Oil giant says it is just keeping data confidential", no name
        # in it) is the page's title block, not the body: the news peg is the body's first sentence.
        return _lead_mentions(doc, names, sentences, found, candidates[1], read_as)
    return first


#: A caption's description of the thing pictured, by its name: "The Subsea Oil Recovery System is a large structure"
#: ("An intriguing aspect of the spill is that ...": a column's opening, its subject no name).
_NAMED_THING = re.compile(r"(?:The\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*\s+(?:is|are)\s+(?:an?|the|one)\b")
#: The writer's own voice: a caption has none.
_OWN_VOICE = re.compile(r"\b(?:I|I['’]m|I['’]ve|we|We|my|My|our|Our)\b")
#: A sentence whose subject is a pronoun for something told before it.
_LEANS_ON_PRONOUN = re.compile(r"[\s“\"‘]*(?:It|This|That|These|Those|They|He|She)\b")


def _reports(sentence: str) -> bool:
    """Whether the main clause of ``sentence`` reports news (past, perfect, speech, future)."""
    # The reporting verb is the main clause's: "BP's Twitter feed, where the company has been distributing ..."
    # is a caption, its only verb in a relative clause.
    main_clause = re.sub(r",\s+(?:where|which|who|whose|when)\b[^,]*(?:,|$)", " ", sentence)
    return bool(_REPORTS.search(main_clause) or reports_past(main_clause))


def _runs_in_title(sentence: str, title_key: str) -> bool:
    """Whether ``sentence`` opens with the page's title (or the title with it): a headline run into more."""
    words = normalized(sentence).split()[:6]
    return len(words) == 6 and bool(title_key) and " ".join(words) in title_key


#: A time long past that the tagger cannot place: "almost a decade ago", "years ago", "decades earlier". A lead
#: that happened then is no news of the publication day (a lead that says so, "Scientists said the virus
#: appeared decades ago", is the saying's).
_LONG_AGO = re.compile(r"(?i)\b(?:years|decades?|centur(?:y|ies)|generations?)\s+(?:ago|earlier|before)\b|\blong\s+ago\b")

#: A sentence in the writer's own voice, outside any quotation: "We reached the edge of the spill ...",
#: "Sometimes I am just an observer ..." (one fronted word before the pronoun).
_FIRST_PERSON = re.compile(r"(?:[A-Z][a-z]+,?\s+(?:I|we)|I|We)\s+(?!(?:said|say|says)\b)[a-z]")


#: A sentence wholly in brackets: "(Slow relief after the 2005 storm became a burden for the governor.)". Brackets set
#: an aside off from the story; the news peg is never one.
_BRACKETED = re.compile(r"^[\s“\"‘]*\((?:[^()]|\([^()]*\))*\)[.!?]?[\s\"”’]*$")
#: A sentence that opens by leaning on one before it: "Since then, water has been seeping ...", "By that time the
#: crowd had gone". Its time is told by an earlier sentence, so it is no story's first report.
_LEANS_BACK = re.compile(r"(?i)^[\s“\"‘]*(?:(?:ever|even|long|just|shortly|soon)\s+)?(?:since|by|until|till|after|before)\s+"
                         r"(?:then|that)\b")
#: The first auxiliary or finite verb of a sentence, which is the main clause's when no subordinator comes first.
_FIRST_VERB = re.compile(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS)
                         + r")\b|" + FINITE_VERB.pattern)
#: A main clause in the past perfect: "Ann Lee had been a ferry pilot for two decades", "The town had long relied on
#: the mill". It tells what was so before the story's time: a feature's backstory, not the day's news.
_PAST_PERFECT = re.compile(r"had\s+(?:(?:long|already|always|never|just|once|still|[a-z]+ly)\s+)?(?:been|[a-z]{3,}(?:ed|en|wn|ne))\b")
_SAID = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "report", "claim"), {"announced"})
                   + r"|according\s+to)\b")


def _not_the_news(sentence: str) -> bool:
    """Whether ``sentence`` cannot be a story's first report: a bracketed aside, a sentence that leans on an earlier
    one for its time, or backstory told in the past perfect with nobody saying it now."""
    if _BRACKETED.match(sentence) or _LEANS_BACK.match(sentence):
        return True
    first = _FIRST_VERB.search(sentence)
    if first is None or _PAST_PERFECT.match(sentence, first.start()) is None or _SAID.search(sentence):
        return False
    if re.search(r"\b(?:has|have|is|are)\b", sentence[first.end():]):
        return False  # "Booms had been laid The firm has hit a problem": a caption run into the news, told now
    # "After the plant had closed, the town emptied": "had" in a fronted clause, not the main clause's
    head = re.findall(r"[a-z]+", sentence[:first.start()].lower())
    return not set(head) & (SUBORDINATORS | CONDITIONS | RELATIVES | {"whose"})


#: The past of a saying verb right after its speaker: a report told by its source.
_SOURCE_SAID = re.compile(r"\s+(?:said|told|announced|reported|confirmed)\b")
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "this", "that"])


def _told_by_source(sentence: str) -> bool:
    """Whether ``sentence`` opens with its source and the past of a saying verb, though it names no one: "The
    secretary of state's office said 412,000 people had voted early", "Police said the road was shut". An
    opinion's opening or a scene-setter has no source; a pronoun's is told before."""
    opening = sentence.lstrip(" “\"")
    phrase = speaker_phrase(opening)
    return bool(phrase) and opening.startswith(phrase) and phrase.lower() not in _PRONOUNS \
        and _SOURCE_SAID.match(opening, len(phrase)) is not None


def _lead_mentions(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                   lead: int, read_as: Sequence[str | None] = ()) -> list[Mention]:
    if any(m.sentence == lead and m.main for m in found):
        return []
    s = sentences[lead]
    named = names.between(s.start, s.end) or re.search(r"\s[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", s.text) \
        or (_told_by_source(s.text) and not any(m.sentence == lead for m in found))  # (its own date tells its time)
    if not _reports(s.text) or not named or s.text.rstrip(' "”’').endswith("?"):
        return []  # an opinion's opening or a scene-setter, not a report
    if _FIRST_PERSON.match(s.text) or _not_the_news(s.text) or tells_standing_state(s.text) or supposes(s.text) \
            or seeming(s.text):
        return []  # the writer's own narrative ("We waded into the swamp ..."): a feature's scene, not the news; or how
        # things stand ("The well is still dangerous"), no happening (:mod:`.standing_states`); or what may happen if
        # something else does ("If ..., they could ...": :func:`.suppositions.supposes`); or an impression ("the
        # offer seemed like a lifeline": :func:`.stances.seeming`)
    if _LONG_AGO.search(s.text) and not set(re.findall(r"[a-z]+", s.text.lower())) & SPEECH_VERBS:
        return []  # "The company dropped its full name almost a decade ago": background, not the day's news
    assert doc.published is not None
    day = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published
    actor = sentence_subject(doc.text, s, names)
    # ("He said ...", "The company said ...": the subject the sentence was read as naming, for its title only)
    titled = actor or (read_as[lead] if lead < len(read_as) else None)
    two = coordinated_news(s.text) if actor else None
    parts = [(s.start, s.end, s.text)] if two is None else [
        (s.start, s.start + two[0], s.text[:two[0]]), (s.start + two[1], s.end, s.text[two[1]:])]
    out = []
    for i, (start, end, clause) in enumerate(parts):
        words = set(re.findall(r"[a-z]+", clause.lower()))
        # The second clause's subject is the first's, left out: "..., and has been forced to delay ...".
        title_text = without_entry_head(clause) if i == 0 else f"{actor} {clause}"  # (an entry's stamp: when, not what)
        out.append(Mention(
            when=When.parse(day.isoformat()), start=start, end=end, sentence=lead, actor=actor,
            title=write_title(title_text, [], short(titled)), tags=names.names_in(doc.text, s.start, s.end)[:8],
            confidence=LEAD_CONFIDENCE, is_statement=bool(words & SPEECH_VERBS), sentences=[lead],
            words=content_words(clause), lead=True,
            # One speaker's lead told again with its day ("Doug Suttles of BP: ..." ... "he told reporters on
            # Saturday"); a lead of two reports keeps them apart.
            source=_source(doc.text, s, names, None, actor) if two is None else "",
        ))
    return out
