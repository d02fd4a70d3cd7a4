"""A happening named only by its noun, told more fully elsewhere in the same article.

News prose names its story's happening again and again, and only once or twice in full: "An
explosion on the Deepwater Horizon rig killed 11 workers" in one paragraph, "since the April 20
explosion" in another. The dated mention gives an event the bare title "The explosion", which says
too little to publish; the fuller telling, often undated, says what exploded. :func:`retelling`
finds that telling in the article (the same noun with what it happened to, "the blowout of BP's
Macondo well", "the explosion that killed 11 workers", or the noun's verb with its subject, "a
drilling rig that exploded and sank in the Gulf of Mexico"), so the event can take its title and
its quote. No word is made up: the title is written from the article's own sentence, which
becomes one of the event's quotes.

A telling is only borrowed when it is the same happening: a telling dated otherwise, or a
different happening of the same kind ("another spill", "the Exxon Valdez spill") is not. A
happening of years before the article ("a 2005 fire") is told once, with its year; an undated
telling in the article is then its story's happening, not the old one, and is not borrowed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.happening_sites import happening_sited
from timeline.extract.happenings import EVENT_NOUNS, NOUN_COMPLEMENT, RELATIVE_ACT, stem
from timeline.extract.merge import Mention
from timeline.extract.sentences import Sentence, quotation_open
from timeline.extract.title_gate import title_defect
from timeline.extract.title_words import MAX_CHARS
from timeline.extract.titles import write_title
from timeline.model import When

__all__ = ["Retelling", "bare_happening", "retelling", "retold_title"]

#: The nouns of one happening, by stem, with the ones :data:`EVENT_NOUNS` leaves out.
_NOUNS = EVENT_NOUNS | {"catastrophe", "tragedy"}
#: A happening's verb in the past, by its noun's stem: "the rig exploded", "the tanker sank", "oil spilled".
_VERBS = {
    "explosion": r"exploded|blew\s+up", "fire": r"burned|burnt|caught\s+fire", "spil": r"spilled|spilt",
    "leak": r"leaked", "sink": r"sank", "coll": r"collapsed", "cras": r"crashed", "bomb": r"bombed",
    "die": r"died", "erup": r"erupted", "floo": r"flooded", "grou": r"ran\s+aground",
}
#: A title that is only a happening's noun and its modifiers: "The explosion", "Tuesday's blast", "The Deepwater
#: Horizon disaster" (no verb, no phrase saying where or to what: :func:`title_defect` calls it a stub).
_BARE = re.compile(r"(?:[\w'’.-]+\s+){0,5}?(?P<noun>[a-z]+)")
_PREPOSITION = re.compile(r"\b(?:of|on|at|in|aboard|off|near|from|to|by|for|with|that|which)\b")
#: Words before a noun that make it another happening of the kind, or none that happened: "another spill",
#: "a similar explosion", "any leak", "future disasters", "a repeat of the blowout".
_OTHER = re.compile(r"(?i)\b(?:another|other|any|no|such|similar|future|possible|potential|next|new|second|third|"
                    r"previous|earlier|last|first|worst|every|each|repeat\s+of|risk\s+of|chance\s+of|threat\s+of|"
                    r"prevent|avoid|if|would|could|might)\s+(?:[\w'’-]+\s+){0,3}$")
#: A pronoun the borrowed sentence resolves and the title cannot: "(the accident that nearly sank) it".
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her|we|us|our)\b")
#: A year in a telling: a telling dated by its own year is that year's.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: The words a telling's noun phrase may carry between its determiner and noun: common words only ("the massive
#: explosion", "the drilling rig explosion"); a name there ("the Texas City explosion") names another happening.
_MODIFIERS = r"(?:[a-z][\w'’-]*\s+){0,3}?"


@dataclass(frozen=True, slots=True)
class Retelling:
    """An article's fuller telling of a happening: its title and the span of the sentence it was read in."""

    title: str
    start: int
    end: int


def bare_happening(title: str) -> str | None:
    """The noun of ``title`` when it is only a happening's name ("The April explosion" gives "explosion")."""
    m = _BARE.fullmatch(title.strip())
    if m is None or m.group("noun") not in _NOUNS or _PREPOSITION.search(title) or title_defect(title) != "stub":
        return None
    return m.group("noun")


def retelling(text: str, sentences: list[Sentence], noun: str, when: When, own: set[int],
              mentions: list[Mention], published: dt.date | None) -> Retelling | None:
    """The first fuller telling in ``text`` of the happening named by ``noun`` at ``when``, or None.

    ``own`` holds the indexes of the sentences the event was read from; ``mentions`` are the article's dated
    mentions. A telling in a sentence that dates a word of the happening otherwise is another happening;
    when the article dates a happening of the same noun otherwise anywhere, or the happening is years older
    than the article, only a telling in a sentence of a compatible date is borrowed.
    """
    key = stem(noun)
    dated: dict[int, list[When]] = {}  # the dates of the happening's own mentions (or told beside its word), by sentence
    near: dict[int, list[When]] = {}  # every date of a sentence that tells a word of the happening
    for m in mentions:
        if m.happening == key or key in m.near:
            dated.setdefault(m.sentence, []).append(m.when)
        if key in m.stems or m.happening == key:
            near.setdefault(m.sentence, []).append(m.when)
    forms = sorted((n for n in _NOUNS if stem(n) == key), key=len, reverse=True)
    verbs = _VERBS.get(key)
    span = (when.start, when.end)
    conflict = any(m.happening == key and not _nested(span, (m.when.start, m.when.end)) for m in mentions)
    old = published is not None and (when.precision.rank <= 2 or (published - when.start.date()).days > 400)
    noun_phrase = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[\w.'’-]+['’]s)\s+(?P<mods>" + _MODIFIERS + r")(?P<noun>"
                             + "|".join(forms) + r")\b")
    verb_clause = re.compile(
        r"(?<![\w'’-])(?P<subject>(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w'’.-]*|[a-z][\w-]*)\s+){0,3}?"
        r"(?!(?:that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS, without={"are"}) + r")\b)[a-z][\w-]{2,})\s+(?:that\s+)?(?P<verb>" + verbs
        + r")\b(?P<rest>(?:\s+and\s+(?:sank|burned|collapsed|exploded))?(?:\s+(?:in|off|on|at|near)\s+(?:the\s+)?"
        r"(?:[A-Z][\w'’.-]*\s*(?:of\s+(?:the\s+)?)?){1,5})?)") if verbs else None
    for index, sentence in enumerate(sentences):
        if index in own:
            continue
        if any(not _nested(span, (w.start, w.end)) for w in dated.get(index, [])):
            continue
        if (conflict or old) and not any(_nested(span, (w.start, w.end)) for w in near.get(index, [])):
            continue
        found = _told(text, sentence, noun_phrase, verb_clause, when)
        if found is not None:
            return Retelling(found, sentence.start, sentence.end)
    return None


def _told(text: str, sentence: Sentence, noun_phrase: re.Pattern[str], verb_clause: re.Pattern[str] | None,
          when: When) -> str | None:
    """The title of the first telling in ``sentence``, or None."""
    body = sentence.text
    for m in noun_phrase.finditer(body):
        if quotation_open(body[:m.start()]):
            continue  # "a study titled “The fate of the oil spill in the Atlantic”": another writer's words
        if _OTHER.search(body[max(0, m.start() - 40):m.start("noun")]):
            continue
        after = m.end()
        tail = NOUN_COMPLEMENT.match(body, after)
        act = RELATIVE_ACT.match(body, tail.end() if tail else after)
        if act is not None:
            end = act.end()
            phrase = body[m.start():end]
            cut = act.start() - m.start()
            title = write_title(phrase[:cut] + phrase[act.end("link") - m.start():], [])
        elif tail is not None and re.search(r"[A-Z0-9]", body[after:tail.end()]):
            end = tail.end()
            title = write_title(body[m.start():end], [], noun_phrase=True)
        else:
            continue
        if _foreign_year(body[m.start():end + 30], when):
            continue
        if title and title_defect(title) in (None, "stub") and len(title) <= MAX_CHARS and not _PRONOUN.search(title):
            return title
    if verb_clause is None:
        return None
    for m in verb_clause.finditer(body):
        if quotation_open(body[:m.start()]):
            continue
        if _OTHER.search(body[max(0, m.start() - 40):m.start("verb")]) or re.search(r"\b(?:not|never|if|would|could)\b", m.group("subject")):
            continue
        if _foreign_year(body[m.start():m.end() + 30], when):
            continue
        title = write_title(f"{m.group('subject')} {m.group('verb')}{m.group('rest')}".strip(), [])
        if title and title_defect(title) is None and len(title.split()) >= 3 and not _PRONOUN.search(title):
            return title
    return None


def _foreign_year(words: str, when: When) -> bool:
    """Whether ``words`` hold a year other than the happening's: "a 2005 fire at Texas City"."""
    return any(int(y) != when.start.year for y in _YEAR.findall(words))


def _nested(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def retold_title(told: Retelling | None, title: str, text: str) -> str:
    """The title of the fuller telling ``told``, or when the article tells none, ``title`` ("The explosion") with the
    one installation the story names for it (:mod:`.happening_sites`)."""
    return told.title if told is not None else happening_sited(title, text)
