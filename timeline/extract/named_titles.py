"""A title's vague subject named before the title is fitted to its limit, not after.

The story's names for "the company", "the energy giant", "It" (a disease), "the singer" are found once the mentions
are made (:mod:`.story_referents`, :mod:`.nearest_company`, :mod:`.thing_names`, ...): those finders read the whole
story, and the title is long written by then. Put into a finished title, a name comes too late twice over:

- the title was cut to fit while its subject was long ("The British energy giant's U.S. shares jump 10 percent on the
  news"), where with the short name the whole clause would have fitted ("BP's U.S. shares jump 10 percent on the news
  and post strong gains");
- the finder leaves a title whose name would run it over the limit ("It first surfaces in ..." keeps its "It"),
  where the named clause, given the room the title writer makes (:mod:`.title_room`) and cut where it cuts, fits.

So the title writer keeps, for each title it writes while :func:`drafts_kept` is open, what it wrote it from (a
:class:`TitleDraft`), and :func:`story_named` writes a title that was fitted again from its draft, with the finders'
names put in before any room is made or any cut chosen (:func:`named_clause`). The rewritten title is kept when it
names what the plain one named, and is cut only where the plain one was cut too, or where the plain one would keep a
vague subject or run over the limit.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from timeline.extract.title_gate import title_defect
from timeline.extract.title_room import Clause, room_made
from timeline.extract.title_whole import whole_cut
from timeline.extract.title_words import MAX_CHARS, main_verb_start

__all__ = ["Namer", "TitleDraft", "drafts_kept", "drafts_paused", "keep_draft", "named_clause", "story_named"]

#: A finder of the story's names: a title in, the title with its vague words named (or unchanged) out.
Namer = Callable[[str], str]

#: How much of an over-long clause a finder reads: its subject, verb and first words, with room left for a name longer
#: than the words it replaces (the finders leave a title their name would run over the limit).
_HEAD_CHARS = MAX_CHARS - 30


#: How many words a title named before its cut may have fewer than the plain one: a phrase at its end ("in north
#: Norfolk"), no clause ("... says he saw Conrad Murray" for "... says he saw the medic try to revive the star").
_LOST_WORDS = 2


@dataclass(frozen=True, slots=True)
class TitleDraft:
    """What a title was written from (the arguments of :func:`.titles.write_title`) and how it was fitted."""

    sentence: str
    remove: tuple[tuple[int, int], ...]
    actor: str | None
    noun_phrase: bool
    long: bool  # the clause ran over the limit before room was made in it
    whole: bool  # the title ends where its clause (with room made) ends: no cut was needed
    named: bool = False  # written with the story's names put in (:func:`story_named`)


_DRAFTS: ContextVar[dict[str, TitleDraft] | None] = ContextVar("title_drafts", default=None)


@contextlib.contextmanager
def drafts_kept() -> Iterator[None]:
    """Keep the drafts of the titles written inside (one article's); an open keeping goes on."""
    if _DRAFTS.get() is not None:
        yield
        return
    token = _DRAFTS.set({})
    try:
        yield
    finally:
        _DRAFTS.reset(token)


@contextlib.contextmanager
def drafts_paused() -> Iterator[None]:
    """Keep no draft of the titles written inside: a trial title that may be thrown away (:mod:`.date_owners`) must
    not make the draft of the same title written for real ambiguous."""
    token = _DRAFTS.set(None)
    try:
        yield
    finally:
        _DRAFTS.reset(token)


def keep_draft(title: str, draft: TitleDraft) -> None:
    """Keep ``draft`` as what ``title`` was written from; a title written from two drafts has none that is surely its."""
    drafts = _DRAFTS.get()
    if drafts is None:
        return
    if drafts.setdefault(title, draft) != draft:
        drafts[title] = _AMBIGUOUS


_AMBIGUOUS = TitleDraft("", (), None, False, False, True)


def named_clause(clause: Clause, namer: Namer) -> Clause:
    """``clause`` (a title before it is fitted) with what ``namer`` names in its head: its subject, its verb and the
    first words after it (a finder leaves a title its name would run long; the fitting that follows makes the room)."""
    text = clause.text[:1].upper() + clause.text[1:]
    head = text if len(text) <= _HEAD_CHARS else text[:text.rfind(" ", 0, _HEAD_CHARS + 1)]
    if clause.verb_at and len(head) <= clause.verb_at:
        return clause  # (a subject so long that its verb is past the head: nothing the finders could read)
    named = namer(head)
    if named == head:
        return clause
    named += text[len(head):]
    same = next((i for i, (a, b) in enumerate(zip(text, named, strict=False)) if a != b), min(len(text), len(named)))
    verb_at = clause.verb_at + len(named) - len(text) if clause.verb_at and same < clause.verb_at else clause.verb_at
    return Clause(named, verb_at)


def story_named(title: str, namer: Namer, write: Callable[..., str]) -> str:
    """``title`` with the story's names ``namer`` finds; a title that was fitted to the limit is written again by
    ``write`` (the title writer) from its draft with the names put in first, and kept when it is cut only if ``title``
    was, or if that is the price of the name the plain naming could not fit or of the limit it ran over."""
    plain = namer(title)
    drafts = _DRAFTS.get()
    draft = drafts.get(title) if drafts is not None else None
    # (a finder that left the title for want of room names its head: "It first surfaces in ..." of a disease)
    refused = plain == title and named_clause(Clause(title, 0), namer).text != title
    if draft is None or draft is _AMBIGUOUS or draft.named:
        # (a title changed after it was written, or written with names put in, has no plain draft to write again: the
        # named title is fitted as it stands)
        return _fitted(named_clause(Clause(title, 0), namer).text, title) if refused else plain
    over = len(plain) > MAX_CHARS  # (a finder that does not look at the limit ran the title over it)
    if not (draft.long or refused or over):
        return plain
    again = write(draft.sentence, list(draft.remove), draft.actor, draft.noun_phrase, namer=namer)
    redraft = drafts.get(again)
    # A cut the plain title did not need is worth it only for a name the plain title lacks or a limit it runs over.
    if again == title or redraft is None or (not redraft.whole and draft.whole and not (over or refused)):
        return plain
    if not (over or refused) and not Counter(plain.lower().split()) < Counter(again.lower().split()):
        return plain  # (room made another way, "Harlow Oil would have to pay" without "The regulator says", says less)
    if len(again.split()) < len(plain.split()) - _LOST_WORDS:
        return plain  # ("says he saw Conrad Murray" for "says he saw the medic try to revive the star": the point lost)
    if title_defect(again) is not None and title_defect(plain) is None:
        return plain
    return namer(again)


def _fitted(named: str, title: str) -> str:
    """``named`` (``title`` with a name that runs it over the limit) given room (:mod:`.title_room`) and cut where the
    title writer cuts; ``title`` when that is no sound title or loses more than a phrase of it."""
    verb_at = main_verb_start(named)
    room = room_made(Clause(named, verb_at))
    cut = whole_cut(room.text, room.verb_at).rstrip(" ,;:—–-")
    if len(cut) > MAX_CHARS or title_defect(cut) is not None or len(cut.split()) < len(title.split()) - _LOST_WORDS:
        return title
    return cut
