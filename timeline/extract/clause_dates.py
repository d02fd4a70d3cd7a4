"""Which of a sentence's date expressions may date its clause at all (issue 16: dates right).

A bracketed aside inside a sentence explains a thing the sentence names: "Apollo 13 (the unsuccessful third mission
to the moon in 1970) did not stop the space race," he said; "dwarfed by the largest spill (an estimated 3.3 million
barrels in 1979) at Ixtoc-1"; "a string of accidents -- including the refinery explosion (which killed 15 in 2005)".
Its date is the explained thing's, told in passing; the sentence's clause, a saying or a state of today, did not
happen then. A timeline entry at the aside's year titled by the clause outside states a remark of 2010 as news of
1970 (:func:`aside_date`). A bracket that holds only a date or a time ("(May 4-5)", "(2145 GMT)") gives the clause's
date again and stays; so does a bracket that opens the sentence or holds all of it.

"Two months later, in his June 15 speech, the mayor would fault the plan": a time counted from the last date the
story told ("later") and a date on the calendar after it in the same sentence tell one time, and the calendar date is the
writer's own statement of it; the count only links the sentence to the one before, and the date it counts from may be
another happening's (:func:`counted_beside_calendar`). The count yields.

"The spill forced the mayor to suspend plans to expand drilling, unveiled last month to win support", "Lind said the
city has 1 million sandbags, imported four years ago during the floods": a participle closing the sentence after its
main clause describes the noun before the comma, and its date is that noun's (the unveiling, the importing), not the
main clause's (the forcing, the saying). It is its own statement, as an appositive participle ("Public Citizen,
founded in 1971 by Ralph Nader, launched ...") is (:func:`closing_participles`); so is a dash's aside that is a clause
of its own, and a date in any other aside dates nothing of the sentence (:mod:`.dash_clauses`).

"BP shares rose 3.4% in morning trading, having gained 3% on Monday", "Gulf output fell in the fourth quarter, with
further drops expected in 2012", "The performance beat expectations, with net income totalling $480m for April to
June": a perfect participle ("having gained") tells an act before the main clause's, and an absolute ("with" a noun
and its participle) a fact beside it; both close the sentence with a time of their own, and the main clause (the
rise, the fall, the beating) did not happen then. Such a date dates nothing of the sentence (:func:`closing_aside`),
unless it already makes its own statement (a relative clause in the aside: "with 27,700 barrels collected since June
3, when the operation began").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.calendar_words import MONTH_PATTERN
from timeline.extract.anchors import COUNTED_ON, Anchor, TimexLike
from timeline.extract.clauses import Embedding, whole_noun_phrase_start
from timeline.extract.dash_clauses import dash_asides
from timeline.extract.restrictive import FINITE_VERB, clause_end
from timeline.extract.sentences import Sentence

__all__ = ["SentenceDates", "clause_timexes", "closing_participles"]

#: An aside explaining a thing: a noun phrase ("the third mission ...", "an estimated 3.3 million barrels ...") or a
#: relative clause ("which killed 15 ...", "who was on stage ...").
_EXPLAINING = re.compile(r"\(\s*(?:the|a|an|its|his|her|their|which|who|whose|where|when)\s+[a-z]", re.I)
#: A date on the calendar: a month with its day or year ("June 15", "15 June", "June 2010"), or a numbered date.
_CALENDAR = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_PATTERN + r")\b|\b(?:" + MONTH_PATTERN
                       + r")\.?\s+(?:\d{1,2}\b|\d{4}\b)|\b\d{4}-\d{2}-\d{2}\b)")
#: A past participle right after a comma, then its date: ", unveiled last month", ", imported four years ago". Not a
#: saying verb (", said Monday" is an attribution), nor "dated" (", dated 23 June" dates the letter the main clause's
#: act was made in); after "on" ("his order, released on Friday", "followed on Sunday by") the participle as often
#: tells the main act's own occasion or goes on with its clause.
_PARTICIPLE = re.compile(r",\s+(?!(?:said|added|noted|asked|reported|stated|announced|dated)\b)[a-z]{3,}ed\s+$")

#: A non-finite clause after a comma that runs on to the date: a perfect participle (", having gained 3% on"), or
#: "with" and a noun whose participle follows (", with further drops expected in", ", with net income totalling $480m
#: for"). No comma between: ", with no change under discussion, after ... Monday" closed before the date.
_IN_CLAUSE = r"(?:[^,;:()“”\"]|(?<=\d),(?=\d))"  # (a count's comma, "27,700", is no clause's end)
_CLOSING_NONFINITE = re.compile(r",\s+(?:having\s+" + _IN_CLAUSE + r"*|with\s+" + _IN_CLAUSE + r"*?\b(?:[a-z]{3,}ing|[a-z]{3,}ed|"
                                r"due|set)\s" + _IN_CLAUSE + r"*)$")
#: "between June 3, when the operation began": the clause after the date names the happening it dates.
_NAMED_AFTER = re.compile(r",?\s+when\s")

#: A noun whose infinitive tells what it is for, right before the phrase: "plans to", "an effort to".
_AIM = re.compile(r"\b((?:plans?|efforts?|proposals?|bids?|moves?|attempts?|measures?|rules?|steps?|schemes?))\s+to\s+(?:[a-z]+\s+)?$")

#: What may stand between a count and the date it tells again as one phrase: "three months later on July 15".
_ADJACENT = re.compile(r"[\s,]*(?:on|in)?\s*")

_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|whom|that)\b")


@dataclass(frozen=True, slots=True)
class SentenceDates:
    """The date expressions of one sentence and the text they stand in."""

    text: str
    sentence: Sentence
    timexes: Sequence[TimexLike]

    def inside(self) -> list[TimexLike]:
        return [t for t in self.timexes if self.sentence.start <= t.start and t.end <= self.sentence.end]


def aside_date(dates: SentenceDates, t: TimexLike) -> bool:
    """Whether ``t`` stands in a bracketed aside that explains a thing inside the sentence (see the module's
    docstring)."""
    text, sentence = dates.text, dates.sentence
    opening = text.rfind("(", sentence.start, t.start)
    if opening < 0 or text.rfind(")", opening, t.start) >= 0:
        return False
    closing = text.find(")", t.end, sentence.end)
    if closing < 0:
        return False
    before = text[sentence.start:opening].strip(" \"'“‘")
    after = text[closing + 1:sentence.end].strip(" .\"'”’")
    return bool(before) and bool(after) and _EXPLAINING.match(text, opening) is not None


def counted_beside_calendar(dates: SentenceDates, t: TimexLike) -> bool:
    """Whether ``t`` is a time counted on from the story's last date ("two months later") in a sentence that also
    states a date on the calendar (see the module's docstring)."""
    if not COUNTED_ON.match(t.text.strip()):
        return False
    # The count stands before the date and apart from it: "exploded April 20 and sank two days later" counts from the
    # date (another time), and "capped three months later on July 15" tells the date as one phrase with it.
    return any(o.start > t.end and o.type in ("DATE", "TIME") and _CALENDAR.search(o.text) is not None
               and not aside_date(dates, o) and not _ADJACENT.fullmatch(dates.text[t.end:o.start])
               for o in dates.inside())


def clause_timexes(dates: SentenceDates) -> list[TimexLike]:
    """The sentence's date expressions less those that cannot date its clause: an explaining aside's, and a count
    beside a calendar date (see the module's docstring). Expressions outside the sentence are kept as they are."""
    return [t for t in dates.timexes if not (
        dates.sentence.start <= t.start and t.end <= dates.sentence.end
        and (aside_date(dates, t) or counted_beside_calendar(dates, t)))]


def closing_aside(dates: SentenceDates, a: Anchor) -> bool:
    """Whether ``a`` dates only a perfect participle or an absolute closing the sentence after its main clause, and
    no statement of its own (see the module's docstring)."""
    text, sentence = dates.text, dates.sentence
    if a.embedded is not None or a.happening or _NAMED_AFTER.match(text, a.timex.end):
        return False
    aside = _CLOSING_NONFINITE.search(text, max(sentence.start, a.timex.start - 120), a.timex.start)
    if aside is None:
        return False
    return len(text[sentence.start:aside.start()].split()) >= 3  # (a main clause stands before the comma)


def closing_participles(dates: SentenceDates, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` with a date of a participle closing the sentence after its main clause made that participle's own
    statement, a span from the noun it describes to the sentence's end, and a date that only a closing perfect
    participle or absolute holds left out (see the module's docstring)."""
    text, sentence = dates.text, dates.sentence
    out = []
    for a in anchors:
        if closing_aside(dates, a):
            continue
        before = _PARTICIPLE.search(text, max(sentence.start, a.timex.start - 40), a.timex.start)
        if a.embedded is None and before is not None:
            comma = before.start()
            head = text[sentence.start:comma]
            end = clause_end(text, a.timex.end, sentence.end)
            # (one clause before the comma: after an aside, "a figure repeated by BP, increased last week", the word is
            # the main verb; an agent after the date, "followed Sunday by the first death", goes on with the clause)
            if ", " not in head and not re.match(r"\s+by\b", text[a.timex.end:]) and FINITE_VERB.search(head) and not _RELATIVE_WORD.search(head) and FINITE_VERB.search(
                    text[a.timex.end:sentence.end]) is None:
                # the main clause stands before the comma ("Shares in Acme, a firm which may face claims, rallied on
                # Wednesday": an aside's verb, and the participle-like word is the main verb), and nothing after the
                # date is a verb of its own
                lo = max(sentence.start, comma - 80)
                start = whole_noun_phrase_start(text, lo, comma)
                aim = _AIM.search(text, lo, start)
                if aim is not None:  # "plans to expand drilling": the plans, with what they are for
                    start = min(aim.start(1), whole_noun_phrase_start(text, lo, aim.end(1)))
                if start < comma:
                    a = replace(a, embedded=Embedding(start, end, "relative"))
        out.append(a)
    return dash_asides(text, sentence, out, [t.start for t in dates.inside()])  # ("... -- he spoke on Monday")
