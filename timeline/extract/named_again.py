"""A speaker named before in a report, saying something for the first time there (issue 16: recall).

A report names its main actors all down its length, in the news it tells and in its background, long before each of
them answers:

    A White House panel blamed BP, Transocean and Halliburton for the blowout. ... BP said in a statement that it
    supports the commission's efforts. ... Halliburton disputed the commission's accusations.

BP's saying is a new statement of the news day, not the statement told on: a speaker is told already only when the
report has let them speak since its lead (their name by a saying verb, perhaps with an apposition between them,
"Dr Jane Roe, a cardiologist, said", or after it, "said Roe"; a mention of theirs as its source), or when they are the
lead's own speaker or doer, whose further words go on with the news the lead told. A speaker who spoke already goes on
with the same statement, whose event is told once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.extract.described_speakers import spoke_before
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation, spoken

#: The saying verbs that let a speaker speak: the news sayings' pasts and their presents ("says", "warns").
_SAYING = alternation(NEWS_SAYING_PAST, spoken("say", "tell", "add", "announce", "confirm", "warn", "deny", "insist"))


def told_already(head: str, lead_speakers: set[str], since_lead: str, sources: Iterable[str] = ()) -> bool:
    """Whether the speaker whose name ends with ``head`` spoke already: the lead's speaker or doer (``lead_speakers``),
    one who said something in ``since_lead`` (the report's text from its lead to the saying), or the source of a
    mention told there (``sources``)."""
    name = re.escape(head)
    if head in lead_speakers or any(source.split()[-1] == head for source in sources if source):
        return True
    apposed = rf"\b{name}\b,[^,;:“”\"]{{2,80}},\s+(?:\w+\s+)?(?:{_SAYING})\b"
    fronted = rf"\b(?:{_SAYING})\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}{name}\b"
    return spoke_before(head, since_lead) or re.search(f"{apposed}|{fronted}", since_lead) is not None
