"""A happening picked up further down by a definite description of what it made, at its day.

News tells what was done first ("Engineers raised their estimate of the flood damage on Thursday"; "The city sued
the shipping line on Wednesday") and, a few paragraphs on, names the thing made by a definite description dated by
its making: "The new estimates, released Thursday by the water board, put the damage at ...", "The 30-page
complaint, filed yesterday, accuses ...", "Yesterday's suit had been long expected", "The figures were first
reported by a news agency on Saturday afternoon". The description's head names something an earlier telling of that
day made or did (its object, its main verb's noun, or any word of the lead or of the page's first dated act, which
tell the story's one piece of news), so the date the description carries is that happening's, told again
(:func:`described_again`).

The description must be definite ("the", "these", a possessive): "a report released on Thursday" is news of its
own. A thing made again ("another report", "a second complaint", "the latest figures") is another happening, and
only a verb of making public or filing dates the thing's making ("the bill, passed on Monday" is a further act on
the bill the earlier sentence told).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.extract.happenings import stem, stems
from timeline.extract.once import join_as_one
from timeline.extract.predicates import AGAIN, one_day, verb_stem

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["Description", "described_again", "description_of"]

#: Verbs of making a document or a claim public, whose participle dates the thing's making.
_MADE_PUBLIC = (r"(?:released|published|issued|unveiled|filed|lodged|posted|announced|disclosed|revealed|reported|"
                r"made\s+public|submitted|presented|delivered|aired|broadcast|sent)")
#: A definite description's opening and the words of its noun phrase up to its head.
_DEFINITE = r"(?:the|these|this|that|those|its|their|his|her|[A-Z][\w-]*['’]s)"
#: "the new estimates, released Thursday by ...", "the complaint filed on Monday": a description and the participle
#: dating its making, right before the date.
_PARTICIPLE_BEFORE = re.compile(
    r"(?i:(?<![\w'’-])" + _DEFINITE + r")\s+(?P<np>(?:[\w'’-]+\s+){0,3}?)(?P<head>[a-z]{4,}),?\s+"
    r"(?:(?:first|also|only|just)\s+)?" + _MADE_PUBLIC + r"\s+(?:(?:on|late|early|earlier|in\s+the)\s+)?$")
#: "The documents were first reported by a news agency on Saturday": a definite subject opening the sentence, its
#: main verb a passive of making public, the date closing it.
_PASSIVE_BEFORE = re.compile(
    r"^[“\"‘']?(?:But|And|Yet)?\s*(?i:" + _DEFINITE + r")\s+(?P<np>(?:[\w'’-]+\s+){0,3}?)(?P<head>[a-z]{4,})\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:first|also|only|just)\s+)?" + _MADE_PUBLIC +
    r"(?:\s+by(?:\s+[\w'’.-]+){1,5}?)?\s+(?:(?:on|late|early|earlier|in\s+the)\s+)?$")
#: "Monday's complaint", "Yesterday's suit", "today's beach event": a date owning the noun phrase after it, whose
#: head is its last word, before a verb, a preposition or a stop.
_OWNED_AFTER = re.compile(r"['’]s\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z]{4,})(?=\s*[,.;:!?\"”)]|\s+(?:is|was|were|"
                          r"are|has|had|have|will|would|could|can|may|might|should|of|for|in|on|at|to|with|by|from|and|"
                          r"or|but|that|which|who|as|into|over|after|before|about)\b)")
#: Heads that name a time or an amount, not a thing made: "the day", "Monday's total".
_NOT_THINGS = frozenset(["day", "days", "week", "weeks", "month", "year", "time", "morning", "afternoon", "evening",
                         "night", "session", "trading", "total", "figure", "figures", "level", "price", "close",
                         "high", "low", "deadline", "edition", "issue", "episode", "show", "game", "match", "race"])
#: How many sentences down the page a description picks up an earlier telling, and the page top's news (a feature
#: names the study or the documents its lead told of many paragraphs on).
_SPAN = 8
_TOP_SPAN = 20
#: How far down the page its first dated sentence may stand to be the page's news (past the headline, a byline, a
#: caption).
_TOP_REACH = 8


@dataclass(frozen=True, slots=True)
class Description:
    """A definite description a mention's date dates: its head noun, and whether the date owns it ("Monday's
    complaint": the thing named by its day) or a participle of making it public dates it ("the complaint, filed on
    Monday")."""

    head: str
    owned: bool


def description_of(m: Mention, text: str) -> Description | None:
    """The definite description a mention's date dates ("estimates" in "the new estimates, released Thursday"), or
    None when its date dates no such description, or the description tells a thing made again."""
    begin, end = m.date
    if end <= 0 or not m.start <= begin:
        return None
    before = text[m.start:begin]
    found = _PARTICIPLE_BEFORE.search(before) or (_PASSIVE_BEFORE.search(before) if m.main else None)
    owned = found is None
    if found is None:
        found = _OWNED_AFTER.match(text, end, min(m.end, end + 40))
    if found is None or found.group("head").lower() in _NOT_THINGS:
        return None
    if {w.lower() for w in found.group("np").split()} & AGAIN:
        return None  # "the latest figures, released on Monday", "Monday's second complaint"
    return Description(found.group("head").lower(), owned)


#: How far before its date an earlier telling names the thing the date is of: "the concert at the city's stadium on".
_NAMED_BEFORE = 40


def _named_by_date(m: Mention, text: str) -> frozenset[str]:
    """The stems of the words just before a mention's date, which name what the date is of ("perform at the concert at
    the stadium on Saturday", "flu coverage on Monday"); not those after it ("In Wednesday's report, the cement ...")."""
    begin = m.date[0]
    if m.date[1] <= 0:
        return frozenset()
    return stems(text[max(m.start, begin - _NAMED_BEFORE):begin])


def _names_it(earlier: Mention, thing: Description, top: frozenset[str], text: str) -> bool:
    """Whether ``earlier`` told the thing a description names: by its main verb's noun ("estimated the flow" ... "the
    estimates"), as what its main verb made ("filed a complaint"; for a thing named by its day, what the verb acted
    on: "convened a meeting" ... "Thursday's meeting"), or, telling the page's news, by any of ``top``'s stems (those
    of a lead's following sentences only for a thing made public)."""
    if earlier.predicate.again:
        return False
    noun = verb_stem(thing.head)
    if noun in earlier.predicate.verbs or _MADE_BY.get(thing.head, frozenset()) & earlier.stems:
        return True
    if noun in earlier.predicate.objects:
        # ("Transocean branded the report" did not make "BP's report, published earlier today": it acted on it)
        return thing.owned or bool(earlier.predicate.verbs & _MAKING)
    # (a thing named by its day is named just before the earlier telling's date, "the concert at the stadium on
    # Saturday" ... "Saturday's concert", not by any of its words: "that night's cementing" is not "In Wednesday's
    # report, the cement ..."; only the page's news names it by any of its words)
    return stem(thing.head) in ((top & earlier.stems) | _named_by_date(earlier, text) if thing.owned else top)


#: Verbs that make a thing or make it public: what they act on is the thing a later description dates by its making.
_MAKING = frozenset(verb_stem(w) for w in (
    "publish", "release", "issue", "unveil", "file", "lodge", "post", "announce", "disclose", "reveal", "report",
    "submit", "present", "deliver", "send", "produce", "prepare", "draft", "write", "compile", "complete", "raise",
    "revise", "double", "lower", "update"))
#: Things whose making's verb shares no stem with them: one sues by filing a suit or a complaint.
_SUING = frozenset(["sued", "sues", "suin"])
_MADE_BY = {"suit": _SUING, "lawsuit": _SUING, "complaint": _SUING, "lawsuits": _SUING, "suits": _SUING}
#: How much of the undated text after a lead tells its news again: the standfirst and the first paragraph.
_LEAD_REACH = 1000


def _tells_news(m: Mention, first: int) -> bool:
    """Whether a mention tells the page's one piece of news: the lead, or the page's first dated sentence near its
    top telling an act (what a speaker says of a thing is not its making)."""
    return m.lead or (m.sentence == first <= _TOP_REACH and m.main and not m.is_statement)


def _top_stems(m: Mention, found: list[Mention], first: int, text: str) -> frozenset[str]:
    """The stems a mention telling the page's news tells it by: its own words, and for a lead (a headline, most
    often) those of the undated sentences after it, up to the next dated mention ("Safety concerns raised about a
    rig" / "The company's rig operated with incomplete documents, records show")."""
    if not _tells_news(m, first):
        return frozenset()
    if not m.lead:
        return m.stems
    after = min((o.start for o in found if o.start > m.end), default=len(text))
    return m.stems | stems(text[m.start:min(after, m.end + _LEAD_REACH)])


def described_again(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on a mention whose date dates a definite description of what an earlier
    mention of its day told, and on that earlier mention (see the module's docstring); mentions another reading of
    the article already joined keep theirs."""
    first = min((m.sentence for m in found), default=0)
    for later in found:
        if later.lead:
            continue
        thing = description_of(later, text)
        if thing is None:
            continue
        for earlier in found:
            span = _TOP_SPAN if _tells_news(earlier, first) else _SPAN
            if not 0 < later.sentence - earlier.sentence <= span or not one_day(earlier, later):
                continue
            if (earlier.one_of and later.one_of) or not _names_it(earlier, thing, _top_stems(earlier, found, first, text), text):
                continue
            join_as_one(earlier, later, "made")
            break
    return found
