"""A saying and what it tells, one sentence dated twice under one headline (issue 16: duplicates a reader sees).

"BP said Saturday that its board would meet Monday to discuss its dividend" is two events: Saturday's saying and
Monday's meeting. Both statements come out titled as the saying ("BP says its board will meet Monday ..."), so the
timeline shows one headline twice at two dates. The saying keeps that headline (it is Saturday's news, told with
who said it); the statement dated inside the reported clause is titled from that clause, with the speaker standing
in for a leading pronoun ("Its board will meet Monday ..." -> "BP's board ..."), when the clause gives a sound
headline; otherwise both keep the saying's headline, as before. Which events exist does not change, only a title.

Only this shape counts: the shared headline opens with its speaker and a verb of saying ("BP says ..."); one date
stands right beside the saying verb in the text ("said Saturday that", "said on Monday it", "On Friday, ... said"),
and the other inside the words after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.extract.merge import Mention, contains, merge_mentions
from timeline.extract.saying_words import NEWS_SAYING_PAST, SAID_SAYS, alternation, spoken
from timeline.extract.title_backshift import present_report
from timeline.extract.title_gate import title_defect
from timeline.extract.title_tense import plural_subject
from timeline.extract.titles import write_title

__all__ = ["OPEN_END", "merged_and_titled", "with_told_clauses_titled"]

_SAYING = alternation(NEWS_SAYING_PAST, SAID_SAYS, spoken("announce", "warn", "report", "confirm", "testify"))
#: A headline told as a saying: its speaker, the verb, then what was said.
_SAYING_TITLE = re.compile(r"(?P<speaker>[A-Z][^:;“”\"]{0,80}?)\s+(?:" + _SAYING + r")\s+(?:that\s+)?\S", re.I)
#: The saying verb in the text, optionally with "that", after which the reported clause opens.
#: What opens a side clause between the reported clause's opening and a date: the date is that clause's, not the
#: saying's news ("..., despite a pipe that began leaking in April", "... and was advised to shut until 7 June").
_BREAK = re.compile(r"[,;:()—–]|\s-{1,2}\s|\b(?:and|but|which|who|whom|whose|that|despite|after|before|when|while|"
                    r"because|since|although|though|if|unless)\b", re.I)
#: A headline cut off before its last word's object ("... a process known as a").
OPEN_END = re.compile(r"\b(?:a|an|the|of|to|in|on|at|by|for|with|from|as|and|or|that|its|their|his|her)$", re.I)
_VERB = re.compile(r"\b(?:" + _SAYING + r")\b", re.I)


@dataclass(frozen=True)
class _Saying:
    """Where the saying stands in its sentence: its verb's span and where the reported clause opens."""

    verb_start: int
    verb_end: int
    clause_start: int


def merged_and_titled(found: list[Mention], text: str, starts: Sequence[int]) -> list[list[Mention]]:
    """``found`` merged into events (:func:`~timeline.extract.merge.merge_mentions`), then titled apart where a
    saying and what it tells share one headline (:func:`with_told_clauses_titled`)."""
    return with_told_clauses_titled(merge_mentions(found, text), text, starts)


def with_told_clauses_titled(groups: list[list[Mention]], text: str, starts: Sequence[int]) -> list[list[Mention]]:
    """``groups`` (the merged events' mentions) with the statement dated inside a saying's reported clause titled
    from that clause, when it shares the saying's headline with the statement dated by the saying itself and stands
    in an event of its own. Titles change after merging, so which events exist stays as it was. ``starts`` holds
    each sentence's start offset."""
    by_sentence: dict[int, list[tuple[int, Mention]]] = {}
    for gi, group in enumerate(groups):
        for m in group:
            by_sentence.setdefault(m.sentence, []).append((gi, m))
    titled: dict[int, str] = {}
    for placed in by_sentence.values():
        for ga, a in placed:
            if a.date == (0, 0) or (head := _SAYING_TITLE.match(a.title)) is None:
                continue
            saying: _Saying | None = None
            looked = False  # (the saying is found once, when a statement first shares its headline)
            for gb, b in placed:
                if (gb == ga or b.title != a.title or b.key == a.key or b.date == (0, 0) or id(b) in titled
                        or id(a) in titled or contains(a.when, b.when) or contains(b.when, a.when)):
                    continue
                if not looked:
                    saying, looked = _saying_of(a, text, starts), True
                if saying is None or b.date[0] < saying.clause_start \
                        or _BREAK.search(text, saying.clause_start, b.date[0]):
                    continue  # ("said his state would not slow, despite a pipe that began leaking in April": a side clause's)
                own = _clause_title(b, text, starts, saying, head.group("speaker"))
                if own is not None:
                    titled[id(b)] = own
    return [[replace(m, title=titled[id(m)]) if id(m) in titled else m for m in group] for group in groups]


def _saying_of(a: Mention, text: str, starts: Sequence[int]) -> _Saying | None:
    """The saying verb ``a``'s date stands beside: right after it ("said Saturday that", "said on Monday it") or
    opening the sentence before it ("On Friday, the commander ... said"); None when the date is elsewhere."""
    start = starts[a.sentence]
    for verb in _VERB.finditer(text, start, a.date[0] + 200):
        after = re.match(r"\s+(?:on\s+|late\s+|early\s+)?", text[verb.end():a.date[0]])
        if after is not None and after.end() == a.date[0] - verb.end():
            tail = re.match(r"\s*(?:that\s+)?", text[a.date[1]:])
            return _Saying(verb.start(), verb.end(), a.date[1] + (tail.end() if tail else 0))
        if a.date[1] <= verb.start() and re.fullmatch(r"[^;:“”\"]{0,160}", text[a.date[1]:verb.start()]) \
                and re.fullmatch(r"\s*(?:also\s+)?(?:on\s+|in\s+|late\s+|early\s+)?", text[start:a.date[0]], re.I):
            tail = re.match(r"\s*(?:that\s+)?", text[verb.end():])
            return _Saying(verb.start(), verb.end(), verb.end() + (tail.end() if tail else 0))
        break  # (only the sentence's first saying verb tells whose date it is)
    return None


def _clause_title(b: Mention, text: str, starts: Sequence[int], saying: _Saying, speaker: str) -> str | None:
    """The headline of the reported clause ``b``'s date stands in, its pronoun subject named by ``speaker``."""
    limit = starts[b.sentence + 1] if b.sentence + 1 < len(starts) else len(text)
    stop = re.compile(r"[;:.!?“”\"(]|\s-{1,2}\s").search(text, b.date[1], limit)
    end = stop.start() if stop else limit
    clause = text[saying.clause_start:end].rstrip(" .,")
    if re.search(r"[“”\"]", clause) or not clause:
        return None
    # (a leading pronoun names the speaker: "it plans" -> "BP plans", "its board" -> "BP's board")
    date = (b.date[0] - saying.clause_start, b.date[1] - saying.clause_start)
    if re.match(r"(?i)(?:its|his|her|their)\b", clause):
        clause, date = _put(clause, date, r"^\w+", speaker + "'s")
    elif re.match(r"(?i)(?:it|he|she|they)\b", clause):
        clause, date = _put(clause, date, r"^\w+", speaker)
    # (the reported clause in the headline present, by the one rule every title's report follows: "would meet"
    # tells "will meet", "planned to" tells "plans to", and a condition keeps "would": "would close if ...")
    clause, date = _presented(clause, date)
    title = write_title(clause, [date])
    if (title_defect(title) is not None or len(title.split()) < 4 or title == b.title or len(title) > 90
            or OPEN_END.search(title)):
        return None
    return title


def _presented(clause: str, date: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``clause`` with its first finite verb in the headline present (:func:`present_report`), and the date's span
    moved to stay on the same words. The clause holds its own date, so it is ``dated``."""
    new = present_report(" " + clause, "said", plural_subject, dated=True)[1:]
    if new == clause:
        return clause, date
    same = 0  # (the one verb changed: the words before it stand as they were)
    while same < min(len(new), len(clause)) and new[same] == clause[same]:
        same += 1
    if same >= date[1]:
        return new, date  # (the verb after the date: the date stands where it stood)
    if same >= date[0]:
        return clause, date  # (a change inside the date's words: they stay as they were)
    shift = len(new) - len(clause)
    return new, (date[0] + shift, date[1] + shift)


def _put(clause: str, date: tuple[int, int], pattern: str, words: str) -> tuple[str, tuple[int, int]]:
    """``clause`` with the first match of ``pattern`` before the date replaced by ``words``, and the date's span
    moved to stay on the same words."""
    found = re.search(pattern, clause[:date[0]])
    if found is None:
        return clause, date
    shift = len(words) - (found.end() - found.start())
    return clause[:found.start()] + words + clause[found.end():], (date[0] + shift, date[1] + shift)
