"""A title with no verb, written again from the clause that governs its sentence (issue 16).

The title writer keeps a sentence's subject and main verb phrase, but a phrase before the subject that it does not
know as a lead ("Five weeks into the worst spill in history, BP's chief executive locked himself in a room") or a
relative clause inside the subject ("one of the two engineers who ran the rig boarded a helicopter") can leave it a
noun phrase with no verb: "Five weeks into the worst spill in history", "One of the two engineers". A timeline title
is a sentence. When the title has no verb and the sentence has a clause with its own subject and finite verb after
such a phrase, or after the relative clause, the title is written again from that clause, in the quote's own words
(:func:`sentence_shaped`). A title that names a happening as a noun phrase ("The April 20 explosion") is left for
:mod:`.title_nominal` and :mod:`.retold`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from timeline.english_verbs import IRREGULAR_PAST_PAIRS
from timeline.extract.clauses import sentence_like
from timeline.extract.count_words import numbers_pattern
from timeline.extract.subordinators import RELATIVES, SUBORDINATORS
from timeline.extract.title_gate import title_defect
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.extract.title_words import finite_verb

__all__ = ["sentence_shaped"]

Spans = list[tuple[int, int]]
#: A restrictive relative clause's pronoun inside a subject: "the two engineers who ran the rig".
_RELATIVE = re.compile(r"(?<=[\w”\"’])\s+(?:who|that|which)\s+")
#: A verb left alone after a comma: the subject's apposition was taken for the clause ("Two firms ..., rallied").
_LEFT_VERB = re.compile(r",\s+[a-z]+ed$")
#: The most words a relative clause in a subject runs to before the main clause's verb.
_RELATIVE_WORDS = 20


def sentence_shaped(title: str, sentence: str, remove: Spans, actor: str | None,
                    write: Callable[[str, Spans, str | None], str]) -> str:
    """``title`` when it holds a verb; else the title ``write`` makes of the clause that governs ``sentence`` (its
    date spans ``remove``), when that one holds a verb and reads whole; else ``title``."""
    if "“" in title or not _verbless(title) or not _within_verbless_stretch(title, sentence, remove):
        return title  # (a speaker's quotation keeps its own title: :mod:`.title_quotes`)
    verbs = _sentence_verbs(_undated(sentence, remove, 0))
    for clause, spans in _governing_clauses(sentence, remove):
        written = write(clause, spans, actor)
        if title_defect(written) is None and not _verbless(written) and not _LEFT_VERB.search(written) \
                and any(_base(w) in verbs for w in written.split()[1:]):
            return written
    return title


def _within_verbless_stretch(title: str, sentence: str, remove: Spans) -> bool:
    """Whether the title's words all stand in one stretch of the sentence with no verb of its own: a phrase between
    commas, or a subject before its relative clause. A title reaching past such a stretch took a verb the gate does
    not know ("Obama and the admiral meet with officials" of "..., met with officials")."""
    words = set(_WORDS.findall(title.lower()))
    text = _undated(sentence, remove, 0)
    for piece in re.split(r",\s+", text):
        relative = _RELATIVE.search(piece)
        for stretch in (piece, piece[:relative.start()] if relative else None):
            if stretch and not _holds_finite(stretch) and words <= set(_WORDS.findall(stretch.lower())):
                return True
    return False


_WORDS = re.compile(r"[a-z][a-z'’-]*")
#: Irregular verbs' base forms by their past: "met" is "meet", "gave" is "give".
_BASE_OF = {pair.split(":")[0]: pair.split(":")[1] for pair in IRREGULAR_PAST_PAIRS.split()}


def _base(word: str) -> str:
    """A verb's stem for comparing its tenses: "locked" and "locks" are "lock"; "met" and "meets" are "meet"."""
    word = word.lower().strip("“”\"‘’(),;:.")
    word = _BASE_OF.get(word, word)
    return re.sub(r"(?:ed|es|s|d)$", "", word)[:5]


def _sentence_verbs(sentence: str) -> set[str]:
    """The stems of the sentence's finite verbs: the rewritten title must keep one of them as its verb."""
    tokens = sentence.split()
    return {_base(t) for i, t in enumerate(tokens) if i and (_finite_word(t, tokens[i - 1]) or (
        re.fullmatch(r"[a-z]{3,}s", t) and i + 1 < len(tokens) and tokens[i + 1] in ("a", "an", "the")))}


def _governing_clauses(sentence: str, remove: Spans) -> Iterator[tuple[str, Spans]]:
    """The sentence's main clause without what kept the title from it: a subject with the predicate an apposition
    kept apart ("a small beach on the island, a site hit by oil in 1989, presents ..."); the clause after a fronted
    phrase with no verb of its own, closed by its comma; each without a relative clause inside its subject."""
    starts = [0, *(m.end() for m in re.finditer(r",\s+", sentence))]
    ends = [m.start() for m in re.finditer(r",\s+", sentence)] + [len(sentence)]
    parts = [(b, e, _undated(sentence[b:e], remove, b)) for b, e in zip(starts, ends, strict=True)]
    predicate = next((k for k, (_, _, piece) in enumerate(parts) if k > 1 and _predicate_only(piece)), None)
    if predicate is not None:
        # "Today, a small beach on the island, a site hit by oil in 1989, presents ...": the last noun phrase with no
        # verb before the predicate is its subject ("In Louisiana, the state ..., the costs of the ban, ..., will be")
        subject = next((k for k in reversed(range(predicate)) if _noun_phrase(parts[k][2])), None)
        if subject is not None:
            (b, e, _), (pb, pe, _) = parts[subject], parts[predicate]
            clause = sentence[b:e] + " " + sentence[pb:pe]
            spans = [(x - b, y - b) for x, y in remove if b <= x and y <= e] + [
                (x - pb + e - b + 1, y - pb + e - b + 1) for x, y in remove if pb <= x and y <= pe]
            yield clause, spans
        return
    yield from _without_relative(sentence, remove)
    for k, (b, _, _) in enumerate(parts[1:], start=1):
        if _begins_clause(parts[k - 1][2]):
            break  # the clause has begun: what follows its comma is no main clause of its own
        rest, spans = sentence[b:], _shifted(remove, b, len(sentence))
        if sentence_like(_undated(rest, spans, 0)) and rest.split(" ", 1)[0].lower() not in _JOINERS:
            yield rest, spans
            yield from _without_relative(rest, spans)


#: Words that go on with what came before the comma: "or SARS", "which disrupted", "and the company".
_JOINERS = frozenset(["or", "and", "but", "nor", "which", "who", "whom", "whose", "that", "where", "when"])


def _without_relative(sentence: str, remove: Spans) -> Iterator[tuple[str, Spans]]:
    """``sentence`` without a relative clause inside its subject, before the subject's own verb: "one of the two
    engineers [who ran the rig] boarded a helicopter"."""
    relative = _RELATIVE.search(sentence)
    before = sentence[:relative.start()].split() if relative is not None else []
    if relative is None or "," in sentence[:relative.start()] or not sentence_like(f"it {sentence[relative.end():]}") \
            or not any(w.lower() in ("the", "a", "an", "its", "his", "her", "their") for w in before[-4:]):
        return  # ("Ferris argued that the leak has ...": a verb's "that" opens its complement; a noun phrase is none)
    words = list(re.finditer(r"\S+", sentence[relative.end():]))
    # The relative clause's own verb comes first: straight after the pronoun ("who ran the rig"), or after its own
    # subject ("that BP set up in August"); the main clause's verb is the next one.
    own = next((k for k, w in enumerate(words[:_RELATIVE_WORDS]) if _finite_word(w.group(0), "")), None)
    if own is None:
        return
    for word in words[own + 1:_RELATIVE_WORDS]:
        at = relative.end() + word.start()
        if _RELATIVE.match(sentence, at - 1):
            return  # ("businesses that were affected": another relative clause, whose verbs are its own)
        if sentence[at - 2:at].strip() in (",", ";") or not _finite_word(word.group(0), ""):
            continue
        clause = sentence[:relative.start()] + " " + sentence[at:]
        if sentence_like(clause):
            gone = at - relative.start() - 1
            yield clause, [(b, e) if e <= relative.start() else (b - gone, e - gone) for b, e in remove
                           if e <= relative.start() or b >= at]
        return


#: Words that open a clause of time, reason or condition: a verb after them is that clause's, not the main one's.
_SUBORDINATORS = SUBORDINATORS | RELATIVES


def _begins_clause(piece: str) -> bool:
    """Whether ``piece`` holds the main clause's finite verb: one not inside a clause a subordinator opens."""
    tokens = piece.split()
    for i, token in enumerate(tokens):
        if token.lower().strip("“”\"‘’()") in _SUBORDINATORS:
            return False
        if i and _finite_word(token, tokens[i - 1]):
            return True
    return False


def _predicate_only(piece: str) -> bool:
    """Whether ``piece`` is a predicate without its subject: it opens on a finite verb ("presents an iconic scene")."""
    tokens = piece.split()
    # ("presents an iconic scene": a word in "-s" before an article is a verb before its object)
    return len(tokens) >= 1 and not sentence_like(piece) and (_finite_word(tokens[0], "") or (
        len(tokens) >= 2 and tokens[0].islower() and tokens[0].endswith("s") and tokens[1] in ("a", "an", "the")))


def _noun_phrase(piece: str) -> bool:
    """Whether ``piece`` is a noun phrase that can be a subject: it opens on a determiner or a name, holds no verb."""
    tokens = piece.split()
    return len(tokens) >= 2 and (tokens[0].lower() in ("a", "an", "the") or tokens[0][:1].isupper()) \
        and not _holds_finite(piece) and tokens[0].lower() not in _SUBORDINATORS | _PREPOSITIONS


#: Words that open a phrase of place or time, no subject: "In Louisiana", "Under a grey sky".
_PREPOSITIONS = frozenset(["in", "on", "at", "by", "for", "from", "with", "after", "before", "under", "over", "during",
                           "since", "through", "to", "of", "as", "across", "along", "near", "amid", "despite"])


def _verbless(title: str) -> bool:
    """Whether ``title`` holds no verb, as the title gate reads it once a count's plural noun is known for a noun: the
    gate takes a word in "-s" after a capitalised word for a verb ("Five weeks into the spill")."""
    return title_defect(_COUNTED.sub(r"\1", title)) == "stub"


#: A number word and its plural noun: "Five weeks", "two men".
_COUNTED = re.compile(r"(?i)\b((?:" + numbers_pattern(1) + r"|several|few|\d[\d,.]*)"
                      r")\s+[a-z]{2,}s\b")


def _holds_finite(piece: str) -> bool:
    """Whether ``piece`` holds a finite verb after its first word."""
    tokens = piece.split()
    return any(_finite_word(t, tokens[i - 1]) for i, t in enumerate(tokens) if i)


def _finite_word(token: str, before: str) -> bool:
    """Whether ``token`` is a finite verb form: one :func:`.title_words.finite_verb` knows, or an irregular past."""
    word = token.lower().strip("“”\"‘’(),;:")
    return token[:1].islower() and (finite_verb(word, before.lower()) or word in IRREGULAR_PAST_FORMS)


def _undated(piece: str, remove: Spans, offset: int) -> str:
    """``piece`` (at ``offset`` of its sentence) with the date spans blanked."""
    chars = list(piece)
    for b, e in remove:
        for i in range(max(b - offset, 0), min(e - offset, len(piece))):
            chars[i] = " "
    return "".join(chars)


def _shifted(remove: Spans, start: int, end: int) -> Spans:
    """The spans within ``[start, end)`` of the sentence, as offsets of that piece."""
    return [(b - start, e - start) for b, e in remove if b >= start and e <= end]
