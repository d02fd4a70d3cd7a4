"""Words inside a title's quotation marks as the speaker said them.

A title may carry a speaker's words in quotation marks ("Landry: “We thought what we were dealing with was a surface
residual”") after the title writer left the quotation's time phrase out, because the event's date carries it: the
speaker said "what we were dealing with as of yesterday was". Words in quotation marks are the speaker's own, word
for word; a newsroom never drops one of them unmarked. So the words left out come back when the title still fits its
limit, and otherwise each place they were left out is marked with an ellipsis ("dealing with … was a surface
residual"), as print shortens a quotation; an editor's bracket in it ("(Friday)") is no word of the speaker's and
goes unmarked. A word the title rewrote inside the marks is the speaker's again, whole or not at all; a name put for
the speaker's noun phrase ("until BP finishes" for "until the company finishes") keeps its place in an editor's
brackets ("until [BP] finishes"). A scare-quoted term ("the “junk shot”") and a gap that runs out of the speaker's
quotation (into "he said") are left as they are: the alignment is :func:`.quoted_paragraphs.aligned_words`, the one the
quotation readers use, with one rewritten word at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.quoted_paragraphs import aligned_words, plain_word
from timeline.extract.title_words import MAX_CHARS

__all__ = ["said_as_quoted"]

#: A quotation in a title, curly or straight.
_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
#: The fewest words a quotation of a sentence has (fewer is a term in scare quotes).
_SHORTEST = 3
#: At most this many words left out in all, in at most this many places: a time phrase or two, an aside.
_LEFT_OUT = 8
_PLACES = 3
_MARKS = "“”\"‘’"


def said_as_quoted(title: str, quotes: Sequence[str]) -> str:
    """``title`` with the words its quotations left out of what ``quotes`` say put back, or marked "…" where the
    whole would pass the title's limit; ``title`` as it is when its quotations are verbatim or not found."""
    for found in reversed(list(_QUOTED.finditer(title))):
        group = 1 if found.group(1) is not None else 2
        inner = found.group(group)
        said = inner.split()
        if len(said) < _SHORTEST:
            continue
        room = MAX_CHARS - (len(title) - len(inner))
        as_said = _as_said(said, quotes, room)
        if as_said is not None:
            title = title[:found.start(group)] + as_said + title[found.end(group):]
    return title


def _as_said(said: list[str], quotes: Sequence[str], room: int) -> str | None:
    """The quotation ``said`` as one of ``quotes`` has it (whole within ``room`` characters, else with "…" where
    words were left out); None when it is verbatim already or no quote holds it."""
    words, matched = _closest(said, quotes)
    if matched is None:
        words, matched = _closest(said, quotes, rewrites=1)
        return None if matched is None else _unrewritten(said, words, matched, room)
    places = [k for k in range(1, len(matched)) if matched[k] != matched[k - 1] + 1
              and not _bracketed(words[matched[k - 1] + 1:matched[k]])]
    if not places:
        return None
    if len(places) > _PLACES or any(_leaves_quotation(words, matched[k - 1], matched[k]) for k in places):
        return None  # (a gap that runs out of the quotation: "residual," Landry said. "Next ...")
    whole = " ".join(words[matched[0]:matched[-1] + 1]).strip(_MARKS + ",;:.")
    if len(whole) <= room and not any(_marked(w) for w in whole.split()):
        return said[0][:1] + whole[1:] if said[0][:1].isalpha() else whole
    shortened = " ".join(("… " if k in places else "") + word for k, word in enumerate(said))
    return shortened if len(shortened) <= room else None


def _unrewritten(said: list[str], words: list[str], matched: list[int], room: int) -> str | None:
    """The quotation ``said``, one of whose words the title rewrote, as the speaker said it: whole within ``room``
    characters, else with "…" where words were left out, else None. A name the title put for the speaker's noun phrase
    ("until BP finishes" for "until the company finishes") stands in an editor's brackets in its place ("until [BP]
    finishes"), as print names whom a quotation means; any other rewritten word ("joins" for "joined") is the
    speaker's again."""
    k = next(k for k in range(len(said)) if plain_word(said[k]) != plain_word(words[matched[k]]))
    first, last = matched[0], matched[-1]
    gaps = [j for j in range(1, len(matched)) if matched[j] != matched[j - 1] + 1]
    if any(_leaves_quotation(words, matched[j - 1], matched[j]) for j in gaps) or any(
            _marked(w) for w in words[first:last + 1][1:-1]):
        return None
    phrase = words[(matched[k - 1] + 1 if k else matched[k]):matched[k] + 1]
    name = said[k].strip(",;:.")
    named = 0 < k < len(said) - 1 and name[:1].isupper() and len(phrase) <= 3 and all(
        re.fullmatch(r"[a-z][a-z-]*", w) for w in phrase)
    spoken = words[first:last + 1]
    if named:
        at = matched[k - 1] + 1 - first
        spoken = [*spoken[:at], f"[{name}]", *spoken[at + len(phrase):]]
    places = [j for j in gaps if not (named and j == k) and not _bracketed(words[matched[j - 1] + 1:matched[j]])]
    kept = [f"[{name}]" if named and j == k else words[matched[j]] if j == k else w for j, w in enumerate(said)]
    for candidate in (" ".join(spoken), " ".join(("… " if j in places else "") + w for j, w in enumerate(kept))):
        candidate = candidate.strip(_MARKS + ",;:.")
        if len(candidate) <= room:
            return said[0][:1] + candidate[1:] if said[0][:1].isalpha() else candidate
    return None


def _closest(said: list[str], quotes: Sequence[str], rewrites: int = 0) -> tuple[list[str], list[int] | None]:
    """The words of the quote that holds ``said`` (with at most ``rewrites`` of its words rewritten) and where each
    word of ``said`` stands in them, read from the start that leaves the fewest words out ("the 1918 pandemic, the
    first wave": the second "the")."""
    first = plain_word(said[0])
    best: tuple[int, list[str], list[int]] | None = None
    for quote in quotes:
        words = quote.split()
        for at in (i for i, w in enumerate(words) if plain_word(w) == first):
            matched = aligned_words(words, at, said, rewrites=rewrites, left_out=_LEFT_OUT)
            if matched is not None and (best is None or matched[-1] - matched[0] < best[0]):
                best = (matched[-1] - matched[0], words, matched)
    return (best[1], best[2]) if best is not None else ([], None)


def _leaves_quotation(words: list[str], before: int, after: int) -> bool:
    """Whether the words passed over between ``words[before]`` and ``words[after]`` leave the quotation: a mark
    closes after the word before them, opens on the word after, or stands among them."""
    return (words[before].rstrip(",.;:!?")[-1:] in _MARKS + "'" or words[after][:1] in _MARKS + "`'"
            or any(_marked(w) for w in words[before + 1:after]))


def _bracketed(left: list[str]) -> bool:
    """Whether the words left out are an editor's bracket ("pull it back to surface (Friday) to make"): no word of
    the speaker's, so leaving it out needs no mark."""
    return bool(left) and left[0].startswith(("(", "[")) and left[-1].rstrip(",;:").endswith((")", "]"))


def _marked(word: str) -> bool:
    """Whether ``word`` holds a quotation mark (a quotation inside, or the quotation's own end), curly, straight or
    as the tokenised "` shakedown '" of some archives."""
    return any(c in word for c in _MARKS + "`") or word == "'"
