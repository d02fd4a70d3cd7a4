"""The coordinated clauses of a sentence that states several dates, each the span of its own event.

"Smith led the board in 2019 and Jones took over on Monday" is two clauses, each with its subject,
verb and date; "The council will close the bridge on Monday, and start the repairs next week"
shares its subject; "The firm lost $16m last year and $3.5m in the first quarter" shares subject and
verb with the first clause (gapping). A bare "and" only splits where both sides are clauses with a
date of their own, and the second opens with a subject, not a second name of a pair ("Ken Salazar
and Janet Napolitano") nor a second date ("on Monday and Tuesday").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.actors import strip_opening
from timeline.extract.clauses import predicate_only, sentence_like, shared_subject
from timeline.extract.saying_words import SAY_TELL, alternation
from timeline.extract.sentences import Sentence
from timeline.extract.title_words import main_verb_start

__all__ = ["contrasted_clause", "elided_unit", "gapped_head", "segment"]


def segment(text: str, s: Sentence, pos: int, mains: Sequence[int] = ()) -> tuple[int, int]:
    """The coordinated clause holding ``pos`` when a sentence states several dates."""
    # Segments run from the end of one separator to the start of the next (separators excluded).
    bounds = [(s.start, s.start)]
    # (a colon before a capital opens a sentence of its own: "... two months dying: The well was sealed off July 15")
    for m in re.finditer(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+[—–]\s+|(?<!said)(?<!says)(?<!wrote)(?<!writes)(?<!told)(?<!added)(?<!asked):\s+(?=[A-Z][A-Za-z])"
                         r"|(?P<bare>\s+(?:and|but)\s+)", text[s.start:s.end]):
        bounds.append((s.start + m.start(), s.start + m.end()))
        if m.group("bare"):  # "Smith led it in 2019 and Jones took over on Monday": two clauses only if both are
            left, right = text[bounds[-2][1]:s.start + m.start()], text[s.start + m.end():s.end]
            if not (sentence_like(left) and (_own_subject(left, right) or _gapped(left + m.group("bare"), right))
                    and any(bounds[-2][1] <= p < s.start + m.start() for p in mains)
                    and any(p >= s.start + m.end() for p in mains)):
                bounds.pop()
    bounds.append((s.end, s.end))
    for (_, a), (b, _) in itertools.pairwise(bounds):
        if a <= pos < b:
            seg = text[a:b].rstrip(" ,;—–")
            if _gapped(text[s.start:a], seg) and len(seg.split()) >= 2:
                return a, a + len(seg)
            # "start the next phase ...": no subject of its own, but the first clause's, after ", and"
            if len(seg.split()) >= 4 and (sentence_like(seg) or (
                    text[max(s.start, a - 5):a].strip(" ,") in ("and", "but")
                    and predicate_only(seg, shared_subject(strip_opening(text[s.start:a]))))):
                return a, a + len(seg)
    return s.start, s.end


#: A figure opening the second of two coordinated clauses that share the first one's subject and verb (gapping):
#: "The firm lost $16m last year and $3.5m in the first quarter".
_FIGURE_OPENING = re.compile(r"(?:(?:another|a\s+further|an\s+additional)\s+)?(?:[$£€]\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|[mb]n\b|million\b|billion\b))")


#: What opens a clause's subject: "the", "its", "he", a name (not a date: "on Monday and Tuesday").
_SUBJECT_START = re.compile(r"(?:the|a|an|its|his|her|their|this|that|these|those|he|she|they|it|we|I)\s|"
                            r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
                            r"[A-Z][a-z]")


def _own_subject(left: str, right: str) -> bool:
    """Whether ``right`` after a bare "and" is a clause with a subject of its own, not a second name of a pair
    ("Ken Salazar and Janet Napolitano", "the Energy and Commerce Committee")."""
    before = re.search(r"(\S+)\s*$", left)
    paired = before is not None and before.group(1)[:1].isupper() and not re.match(
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", before.group(1))
    return not paired and _SUBJECT_START.match(right) is not None and sentence_like(right)


#: A bare number whose unit is the first clause's, left unsaid with its verb: "lost 100,000 gallons on Monday and
#: another 330,000 on Tuesday". Only straight before a time or after "another": elsewhere a number may count anything.
_ELIDED_UNIT = re.compile(r"(?:(?:another|a\s+further|an\s+additional)\s+)?(?!(?:1[89]|20)\d\d\b)\d[\d.,]*"
                          r"(?:\s+[a-z]{3,})?(?:\s*\([^)]{0,40}\))?\s+(?=(?:on|in|at|by|during|last|this|next|"
                          r"yesterday|today)\b)")
#: The same figure without a unit of its own ("another 330,000 on Tuesday").
_BARE_FIGURE = re.compile(r"(?:(?:another|a\s+further|an\s+additional)\s+)?\d[\d.,]*\s+(?=(?:on|in|at|by|during|last|"
                          r"this|next|yesterday|today)\b)")
#: A number and its unit noun in the first clause ("100,000 gallons"), for a figure after it to share.
_COUNTED = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?=[a-z]{3,})")


def _left_figure(left: str, right: str) -> re.Match[str] | None:
    """The figure of ``left`` that a gapped ``right`` repeats the verb of."""
    if _FIGURE_OPENING.match(right) is not None:
        return _FIGURE_OPENING.search(left)
    return _COUNTED.search(left) if _ELIDED_UNIT.match(right) is not None else None


def _gapped(left: str, right: str) -> bool:
    """Whether ``right`` is a figure told with ``left``'s subject and verb, left unsaid."""
    return (re.search(r"\s+(?:and|but)\s+$", left) is not None and _left_figure(left, right) is not None
            and sentence_like(left))


def gapped_head(text: str, s: Sentence, start: int) -> str:
    """The subject and verb a gapped clause shares with the clause before it ("The firm lost"), or ""."""
    left = text[s.start:start]
    figure = _left_figure(left, text[start:s.end])
    if figure is None or not _gapped(left, text[start:s.end]):
        return ""
    head = re.sub(r"(?i)\s+(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than)\s*$", "", left[:figure.start()])
    return strip_opening(head).strip()


def elided_unit(text: str, s: Sentence, start: int) -> str:
    """The unit noun a gapped clause's bare figure shares with the first clause ("gallons" for "... lost 100,000
    gallons on Monday and another 330,000 on Tuesday"), or "" when its figure says its own unit."""
    left, right = text[s.start:start], text[start:s.end]
    if _FIGURE_OPENING.match(right) is not None or _BARE_FIGURE.match(right) is None or not _gapped(left, right):
        return ""
    figure = _COUNTED.search(left)
    unit = re.match(r"[a-z]{3,}", left[figure.end():]) if figure else None
    return unit.group(0) if unit else ""



#: What opens a second main clause against the first: a contrast ("..., but he will testify on Thursday", "... but
#: they are not expected to be finished until August"), a semicolon.
_CONTRAST = re.compile(r";\s+|,?\s+but\s+(?!also\b)|,\s+(?:while|whereas|yet)\s+")


def contrasted_clause(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    """The span of the event whose only date is at ``pos``: the clause a contrast or a semicolon opens, when that
    clause holds the date and both it and the clause before it have a subject and verb of their own ("Hayward made
    no statement after the meeting, but he will testify on Thursday": Thursday is the testimony's, not the silence's);
    the whole sentence otherwise."""
    opened = [m for m in _CONTRAST.finditer(text, s.start, pos)]
    if not opened or re.search(r"[“”\"()]", text[s.start:s.end]):
        return s.start, s.end  # (a quotation or an aside may hold the "but": its clauses are not the sentence's)
    start = opened[-1].end()
    closed = _CONTRAST.search(text, pos, s.end)
    clause = text[start:closed.start() if closed else s.end].rstrip(" ,;.")
    left = strip_opening(text[s.start:opened[-1].start()])
    if not ((_SUBJECT_START.match(clause) or _BARE_SUBJECT.match(clause)) and sentence_like(clause) and sentence_like(left)) \
            or re.match(r"(?i)(?:it|they|this|that|these|those|we|i|you|its|their|his|her|there)\b", clause):
        return s.start, s.end  # ("but they are not expected to ...": what "they" stands for, only the first clause says)
    said = re.search(r",\s+(?:[\w'’.-]+\s+){0,8}?(?:" + alternation(SAY_TELL, {"added", "reported", "announced"}) + r")\b", clause)
    if said is not None and pos >= start + said.start():
        return s.start, s.end  # ("..., while tourism could lose $3bn, an analyst said on Friday": one saying of both)
    verb = main_verb_start(clause)
    if verb <= 0 or (pos < start + verb and _OPENING_TIME.fullmatch(text[start:pos])) or re.search(
            r"(?i)\b(?:until|till|through|since|from)\s+$", text[start:pos]):
        # ("but a day later their scarcity ...": a date opening the clause, before its subject, frames both clauses;
        # "but Obama last week sought ...", after the subject, is the clause's own; "ordered classes canceled until
        # May 6": the edge of a span is no time of the clause's happening)
        return s.start, s.end
    return start, start + len(clause)


#: A subject with no determiner or name opening a contrasted clause, its verb after it: "but profits rose in 2009",
#: "but older students will return on Thursday", "but one of the worst spills was ... in 1976".
_BARE_SUBJECT = re.compile(r"(?:(?:one|some|many|most|few|all|both|each|none|several|much|part)\s+of\s+\S|"
                           r"(?:[a-z-]+\s+){0,2}[a-z-]{3,}s\s+(?:will|would|could|can|may|might|should|must|have|had|"
                           r"were|are|[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\b)")
#: What may stand before a date that opens a contrasted clause ("but a day later", "but on Monday"): no subject.
_OPENING_TIME = re.compile(r"(?i)\s*(?:(?:then|later|earlier|just|only|even|also)\s+)?(?:(?:in|on|at|by|during|over|within|"
                           r"after|before)\s+)?")
