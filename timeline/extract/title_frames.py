"""Room inside a framed clause: what a title keeps when its cut would end on a frame.

:mod:`.title_open` finds a cut that leaves a frame without what it frames ("The bank says its quarterly figures,
normally reported on the last Friday" before "will be delayed"); this module makes room inside that clause as an
editor would (its aside between commas, the participle phrase after its subject's noun, its subject's and then the
speaker's modifiers), cuts at a phrase boundary past the clause's verb, lets the clause of a neutral frame stand
alone, or drops a subordinate clause whole. It builds on the shortening in :mod:`.title_compress`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.generic_heads import named_group
from timeline.extract.saying_words import SAY_FORMS, alternation, spoken
from timeline.extract.title_complements import complement_missing
from timeline.extract.title_compress import shorten_subject_to_verb, verb_fits
from timeline.extract.title_cuts import _limit, quantity_head
from timeline.extract.title_ends import _hangs, time_allowance, whole_phrase
from timeline.extract.title_open import SUBORDINATORS, open_clause, participle_modifier, verb_ahead
from timeline.extract.title_words import BREAK_WORDS, MAX_CHARS, main_verb_start

__all__ = ["close_open_clause"]


def _open_in_cut(text: str, verb_at: int) -> int | None:
    """Index (in the words of ``text``) of the opener of a clause the cut of ``text`` leaves without its verb."""
    cut = _limit(text, verb_at)
    kept = cut.split(" ")
    rest = text[len(cut):].split()
    return open_clause(kept, rest) if rest and text.startswith(cut) else None


def close_open_clause(text: str, verb_at: int) -> tuple[str, int]:
    """ "The bank says its quarterly figures, normally reported on the last Friday of the month, | will be delayed":
    when the cut would end on a frame ("says", "the fact", "its assertion") or inside the clause it takes before
    that clause's verb, room is made inside the clause (its aside between commas, the participle phrase after its
    subject's noun, the subject's other modifiers, then the speaker's), so that the clause keeps its verb; a
    subordinate clause that cannot keep its verb goes whole ("as a fresh timetable | is rolled out"). A title that
    stops on its frame says nothing of what was said."""
    fronted = _FRONTED_IN_REPORT.search(text, verb_at)
    if fronted is not None and len(_limit(text, verb_at)) < fronted.end() and not re.search(
            r"[“”\"]", text[:fronted.end()]):
        # "Wine says although he is not familiar with the talks, | Sporkin's tenure was extended": the cut would keep
        # only the clause of concession or time before what was said; that clause goes, as an editor drops it.
        text = text[:fronted.start("clause")] + text[fronted.end():]
    opener = _open_in_cut(text, verb_at)
    if opener is None:
        return text, verb_at
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    words = [text[a:b] for a, b in spans]
    start = opener + 1
    if start < len(words) and words[start].lower() == "that" and words[opener].lower() != "that":
        start += 1
    ahead = verb_ahead(words[start:]) if start < len(words) else None
    if ahead is not None and ahead > 0:
        inner = start + ahead
        kept = [(candidate, at) for candidate, at in _room_in_clause(text, spans, start, inner, verb_at)
                if _open_in_cut(candidate, at) is None
                and len(_limit(candidate, at)) > _inner_start(candidate, text, spans, inner)]
        # The least loss whose cut then ends on a whole phrase (or that fits whole); else the least loss: a speaker
        # without his role beats "the manager took a box" cut before "of letters".
        for candidate, at in kept:
            cut = _limit(candidate, at)
            rest = candidate[len(cut):].split()
            if not rest or (candidate.startswith(cut) and not _hangs(cut.split(" "), rest[0])):
                return candidate, at
        if kept:
            return kept[0]
        boundary = _boundary_past(words, inner)
        if boundary is not None:
            return boundary, verb_at
        for candidate, at in _room_in_clause(text, spans, start, inner, verb_at):
            # ("The mayor [of the port city] sticks to the council's estimate that the new bridge will open | within
            # two years": room in the subject, then a cut at a phrase boundary past the clause's verb)
            shorter = candidate.split()
            boundary = _boundary_past(shorter, len(shorter) - (len(words) - inner))
            if boundary is not None:
                return boundary, at
        alone = _reported_alone(text, words, opener, start, inner)
        if alone is not None:
            return alone, main_verb_start(alone)
    if words[opener].lower() in SUBORDINATORS and opener > 0:
        head = text[:spans[opener][0]].rstrip(" ,;:")
        kept = head.split(" ")
        # (a verb found past the conjunction was misread: the head must then be a clause of five words at least)
        after_verb = head[verb_at:] if verb_at < len(head) else head
        if len(head) <= MAX_CHARS and len(after_verb.split()) >= 3 and len(kept) >= 5 \
                and whole_phrase(kept, words[opener]):
            return head, verb_at  # ("hands control to a new agency | as a fresh timetable is rolled out")
    return text, verb_at


#: Verbs that report or find without judging what they report: when only the clause fits, it may stand alone ("claims",
#: "insists", "believes", "fears" judge it, and their clause never stands without them).
NEUTRAL_FRAMES = {f"{stem}{end}" for stem, ends in (
    ("say", ("s",)), ("said", ("",)), ("conclude", ("s", "d")), ("find", ("s",)), ("found", ("",)), ("show", ("s", "ed")),
    ("report", ("s", "ed")), ("indicate", ("s", "d")), ("reveal", ("s", "ed")), ("confirm", ("s", "ed")),
    ("announce", ("s", "d")), ("note", ("s", "d")), ("state", ("s", "d")), ("add", ("s", "ed")))
    for end in ends}


def _reported_alone(text: str, words: list[str], opener: int, start: int, inner: int) -> str | None:
    """ "A study by university researchers concludes that about a third of the fish [sampled ...] had traces of
    mercury": when the frame and its clause never fit together, the clause, with its own subject and verb, is the
    news; a neutral frame goes (the issue drops attributions before cutting), a judging one never does."""
    frame = words[opener - 1] if words[opener].lower() == "that" else words[opener]
    first = words[start].lower() if start < len(words) else ""
    if frame.lower() not in NEUTRAL_FRAMES or not re.match(r"[\w$£€]", first) or re.search(r"[“”\"]", text) \
            or first in {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "there",
                         "this", "that", "these", "those", "such"}:
        return None  # ("he would resign", "his examination", "those checks": they point back at what the story named)
    spans = [m.start() for m in re.finditer(r"\S+", text)]
    clause = text[spans[start]:]
    clause = clause[0].upper() + clause[1:]
    for candidate, _ in [(clause, 0), *_room_in_clause(clause, [(m.start(), m.end()) for m in re.finditer(r"\S+", clause)],
                                                      0, inner - start, 0)]:
        if len(candidate) <= MAX_CHARS:
            return candidate
    return None


#: A clause of concession, time or reason between a verb of saying and what was said ("if" and "unless" stay: without
#: their condition a claim becomes absolute).
_FRONTED_IN_REPORT = re.compile(
    r"\b(?:" + alternation(SAY_FORMS, spoken("tell", "add", "write", "report", "announce", "note", "insist", "argue",
                                             "warn")) + r")(?:\s+that)?\s+(?P<clause>(?:although|though|while|whereas|when|after|"
    r"before|since|because|once|as)\s+[^,;:“”\"]{3,150},\s+)(?=[\w$£€])")


def _boundary_past(words: list[str], inner: int) -> str | None:
    """ "The statement follows allegations that BP had engaged in a “cover-up” | about the extent of ...": the last
    phrase boundary that fits and keeps the framed clause's verb (at word ``inner``) and a word after it, with
    nothing left hanging (nor a time allowed for what follows: "has 24 hours" before "to choose"); None when there
    is none."""
    for k in range(len(words) - 1, inner + 1, -1):
        if len(" ".join(words[:k])) > MAX_CHARS:
            continue
        nxt = words[k].lower().strip("“”\"‘’,;:()")
        clean = [w.lower().strip("“”\"‘’,;:()") for w in words[:k]]
        if (nxt in BREAK_WORDS or words[k - 1][-1:] in ",;:") and not _hangs(words[:k], words[k]) \
                and not time_allowance(clean, words[k - 1], nxt) \
                and not complement_missing(words[:k], words[k], words[k + 1:k + 6]) and open_clause(words[:k], words[k:]) is None:
            return " ".join(words[:k]).rstrip(",;:")
    return None


def _inner_start(candidate: str, text: str, spans: list[tuple[int, int]], inner: int) -> int:
    """Where the clause's verb stands in ``candidate`` (the text with words dropped before it)."""
    return len(candidate) - (len(text) - spans[inner][0])


def _room_in_clause(text: str, spans: list[tuple[int, int]], start: int, inner: int,
                    verb_at: int) -> Iterator[tuple[str, int]]:
    """Ways to shorten the clause whose subject runs from word ``start`` to its verb at word ``inner``, least loss
    first, each on top of the one before; the framing verb stays where it was (``verb_at``) until the speaker's own
    modifiers go, last."""
    words = [text[a:b] for a, b in spans]
    tail = text[spans[inner][0]:]  # the clause's verb and what follows it never change
    subject = text[spans[start][0]:spans[inner][0]].rstrip()
    head = text[:spans[start][0]]
    # Its aside between commas: "its quarterly figures[, normally reported on ...,] will be delayed".
    commas = [i for i in range(start, inner) if words[i].endswith(",")]
    if len(commas) >= 2 and commas[-1] == inner - 1:
        subject = text[spans[start][0]:spans[commas[0]][1] - 1]
        yield head + subject + " " + tail, verb_at
    # The participle phrase after its subject's noun: "about a third of the fish [sampled in the lakes] had".
    kept = subject.split(" ")
    for i in range(1, len(kept) if not named_group(kept, tail, head) else 0):  # ("the companies | involved in the spill")
        if participle_modifier(kept + tail.split(" ")[:1], i) and not kept[i - 1].endswith(","):
            subject = " ".join(kept[:i])
            yield head + subject + " " + tail, verb_at
            break
    # Its subject's other modifiers, then the speaker's.
    shortened, _ = shorten_subject_to_verb(subject + " " + tail, len(subject) + 1,
                                            lambda t, v, k: verb_fits(head + t, len(head) + v, k), True, frame=head)
    kept_head = shortened[:len(shortened) - len(tail)].split()
    if shortened != subject + " " + tail and not quantity_head(kept_head):
        # ("most [of the oil] has gone": a quantity or a part says nothing without what it counts)
        subject = shortened[:len(shortened) - len(tail)].rstrip()
        yield head + shortened, verb_at
    if verb_at and len(head) > verb_at:
        text = head + subject + " " + tail
        yield shorten_subject_to_verb(text, verb_at, lambda t, v, k: verb_fits(t, len(t) - len(tail), k), True)
    # The speaker's apposition, last: "Roger Lewis[, head of the rugby union] says", "[One of his guards,] Al Ruiz,
    # claims": a named speaker stands without the role that describes him.
    named = _SPEAKER_NAME_FIRST.match(head) or _SPEAKER_NAME_SECOND.match(head)
    if named is not None:
        head = named.group("name") + " " + head[named.start("verb"):]
        yield head + subject + " " + tail, len(named.group("name")) + 1


_NAME = r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)"
_SPEAKER_VERB = r"(?P<verb>(?:has\s+|have\s+)?(?:" + alternation(spoken(
    "say", "claim", "allege", "argue", "insist", "tell", "add", "warn", "believe", "think")) + r")\b)"
_SPEAKER_NAME_FIRST = re.compile(_NAME + r",\s+[^,;:“”\"]{3,90}?,?\s+" + _SPEAKER_VERB)
_SPEAKER_NAME_SECOND = re.compile(r"[^,;:“”\"]{3,70},\s+" + _NAME + r",?\s+" + _SPEAKER_VERB)
