"""A date inside a closing "with" clause is that clause's, not the main clause's (issue 16: dates right).

"Analysts expect the chain to resume dividends, with one broker predicting it could do so in February", "Work on
the first tunnel began on 2 May, with the second starting on 16 May", "The council was briefed in private, with a
public hearing scheduled for next week": the "with" clause is an absolute construction, a subject of its own and a
participle, told beside the main clause. Its date is its own happening's (the prediction's forecast, the second
start, the hearing); a title from the main clause at that date ("Analysts expect the chain to resume dividends" in
February) tells a happening of another time. So the date becomes the "with" clause's own statement, titled from
the clause with its participle made finite ("The second starts", "A public hearing is scheduled").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from timeline.extract.clauses import past_of_participle
from timeline.extract.restrictive import clause_end
from timeline.extract.sentences import Sentence

__all__ = ["absolute_finite", "with_clause_dates"]

A = TypeVar("A")

#: Words in "-ing" that are no participle: "during", "morning", "including".
_NOT_PARTICIPLES = (r"(?!(?:during|morning|evening|including|according|something|nothing|anything|everything|building|"
                    r"meeting|hearing|spring|thing|king|ring|bring|wing|ceiling|funding|earning|being|following)\b)")
#: ", with" (or a dash), the clause's own subject (a noun phrase of up to six words, no clause mark), its participle,
#: then words up to the date with no clause mark between.
_WITH_HEAD = (r"(?:,|\s[–—-]{1,2})\s+with\s+(?P<subject>(?!(?:no|little|nothing|none)\b)(?:[\w'’.&-]+\s+){1,6})"
              r"(?P<verb>" + _NOT_PARTICIPLES + r"[a-z]{3,}ing|scheduled|set|due|planned|slated|expected)\b")
#: (the longest subject first: "the actual plugging operation starting", not "the actual" and "plugging")
_WITH_CLAUSE = re.compile(_WITH_HEAD + r"[^,;:()“”\"]*$")


def with_clause_dates(text: str, sentence: Sentence, anchors: Sequence[A]) -> list[A]:
    """``anchors`` with a date inside a closing "with" clause carrying that clause as its own statement."""
    out: list[Any] = []
    for a in anchors:
        if a.embedded is not None or a.comparison:
            out.append(a)
            continue
        date_start = min(b for b, _ in a.parts)
        clause = _WITH_CLAUSE.search(text, sentence.start, date_start)
        if clause is None or re.search(r"\b(?:and|but|or)\s*$", text[sentence.start:clause.start()]):
            out.append(a)
            continue
        date_end = max(e for _, e in a.parts)
        end = clause_end(text, date_end, sentence.end)
        # The span opens at "with", which the clause's title leaves out as it does a conjunction.
        out.append(replace(a, embedded=(clause.start("subject") - len("with "), end, "adverbial")))
    return out


def absolute_finite(clause: str) -> tuple[str, int] | None:
    """A "with" clause's words as a sentence, its participle made finite: "with the second starting on 16 May" ->
    ("the second started on 16 May", shift), where shift is how far the words after the participle moved; None for
    any other clause."""
    m = re.match(_WITH_HEAD, clause if clause.startswith(",") else ", " + clause)
    if m is None or not clause.lower().startswith(("with ", ", with ")):
        return None
    verb = m.group("verb")
    finite = past_of_participle(verb) if verb.endswith("ing") else f"was {verb}"
    if finite is None:
        return None
    offset = len(clause) - len(m.string)  # ("with ..." was matched with ", " in front)
    subject_start, verb_start, verb_end = (m.start("subject") + offset, m.start("verb") + offset, m.end("verb") + offset)
    body = clause[subject_start:verb_start] + finite + clause[verb_end:]
    return body, len(finite) - len(verb)
