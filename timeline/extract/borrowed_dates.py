"""A sentence's second date that only borrows the first's headline (issue 16).

"The ministry on Tuesday repeated its warning that the work could take until August", "On Monday, the governor
ordered a review of the cleanup, despite reports that the pipe began leaking around March 2": each date of a sentence
becomes a statement, and the one at the later date may be written as the same headline ("The ministry repeats its
warning", "The governor orders a review of the cleanup"). That headline's act is the warning or the ordering, of the
earlier date; the later one sits inside a clause the headline does not tell (a complement, a relative clause, a
subordinate clause), and a second event at that date with the same headline tells a happening that never was.

A later date is borrowed (:func:`without_borrowed_dates`) when its headline says nothing the other's does not (but a
word or two where a long shared opening was cut another way), opens with the same words, does not keep the later
date's words, and the earlier date dates the main clause plainly: it opens the sentence ("On Monday, the governor
...", "Last month the refinery ...") or stands between the subject and its verb ("The ministry on Tuesday repeated
...") with no comma before it. A date inside an opening phrase of its own ("Based on a timeline released Wednesday,
the valve could be raised Thursday") or an aside ("The storm, forecast to strengthen on Friday, was ...") does not
date the main clause, so neither statement is taken for the other; nor is a date that names a happening of its own
("last month's credit squeeze") or a figure's period a comparison sets against ("compared with a loss a year ago").

Two kinds stay statements of their own. A date the other headline keeps beside what it dates ("admitted last month
to dumping waste in 2024": "The refinery admits to dumping waste in 2024") is its own happening's, which the gold
counts as the sentence's second event (the dumping in 2024). And a saying's report at its own date ("said on Monday
it had spilled oil in 2024": the saying on Monday, the spill in 2024), however its headline reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.merge import Mention
from timeline.extract.saying_words import SAY_FORMS, SAY_TELL, alternation, spoken
from timeline.extract.unreached_dates import without_unreached_dates

__all__ = ["without_borrowed_dates"]

#: How a later date sits in another statement's clause (:func:`_borrows`).
_KEPT_BESIDE = "kept beside"  # the other headline keeps the date's words beside what they date
_BORROWED = "borrowed"  # the other's date is the clause's own, and the later date is not in its headline

#: A headline that reports a saying: its reported clause's date is the report's, a statement of its own.
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "write", "add"), spoken(
    "insist", "claim", "argue", "warn", "report", "announce", "declare", "testify", "confirm", "deny", past=False)) + r")\b|:")
#: A verb of saying before the later date: what follows may be its report, dated on its own.
_SAID_BEFORE = re.compile(r"(?i)\b(?:" + alternation(SAY_TELL, spoken(
    "add", "announce", "report", "warn", "write", "confirm", "estimate", present=False)) + r")\b")  # (not "reports" or "estimates", nouns as often as verbs)
#: Words a date's own phrase may hold at the opening of its sentence ("On Monday", "Late last month", "Then in May").
_OPENING = re.compile(r"(?i)^\W*(?:(?:and|but|then|also|meanwhile|earlier|later|late|early|on|in|at|by|since|"
                      r"from|during|last|this|next|the)\s+)*$")

#: A second verb coordinated with the headline's, which a later date may date: "and is heading", "but then sank".
_NEXT_VERB = re.compile(r"(?i)\b(?:and|but|or|then)\s+(?:then\s+|later\s+|also\s+)?(?:is|are|was|were|has|have|had|will|"
                        r"would|could|can|may|might|plans?|planned|[a-z]{3,}ed|[a-z]{3,}s)\b")

#: A comparison the later date sets a figure against: "compared with a loss of $9 million a year ago".
_COMPARED = re.compile(r"(?i)\b(?:compared|comparison|versus|vs\.|against|than|up\s+from|down\s+from)\b")


def without_borrowed_dates(found: Sequence[Mention], text: str, starts: Sequence[int]) -> list[Mention]:
    """``found`` without the statements whose date is borrowed from a clause inside another statement's headline.

    ``starts`` holds each sentence's start offset in ``text``, by sentence index."""
    borrowed: set[int] = set()
    for b in found:
        if b.date == (0, 0) or b.lead:
            continue
        for a in found:
            if a is b or a.sentence != b.sentence or a.key == b.key or id(a) in borrowed:
                continue
            reading = _borrows(a, b, text, starts[b.sentence])
            if reading == _KEPT_BESIDE:
                break  # the date's own happening, told inside the other headline: a statement the gold keeps
            if reading == _BORROWED:
                borrowed.add(id(b))
                break
    # (a date past the headline both share, in a clause it does not tell: :mod:`.unreached_dates`)
    return without_unreached_dates([m for m in found if id(m) not in borrowed], text, starts)


def _borrows(a: Mention, b: Mention, text: str, sentence_start: int) -> str:
    """How ``b``'s date sits in ``a``'s clause when ``b``'s headline is that clause: inside a part ``a``'s headline
    keeps beside it (:data:`_KEPT_BESIDE`), not the clause's own (:data:`_BORROWED`), or neither ("")."""
    if _SAYING.search(a.title) or _SAYING.search(b.title):
        return ""
    a_words, b_words = _words(a.title), _words(b.title)
    if len(b_words) < 4 or b_words[:2] != a_words[:2]:
        return ""
    # nothing the other headline does not say, but a word or two where a long shared opening was cut another way
    # ("... warning that the fix could take until August" against "... could take to finish")
    shared = next((i for i, (x, y) in enumerate(zip(a_words, b_words, strict=False)) if x != y),
                  min(len(a_words), len(b_words)))
    extra = set(b_words) - set(a_words)
    if extra and (shared < 5 or len(extra) > 2):
        return ""
    if a.date != (0, 0) and a.date[1] > b.date[0]:
        return ""  # the headline's own date comes first; one expression read two ways ("In 2024, the latest year") is no pair
    later = re.sub(r"(?i)^(?:on|in|at|by|until|till|from|since|beyond|before|after)\s+", "",
                   text[b.date[0]:b.date[1]].strip())
    if later and later.lower() in a.title.lower() and later.lower() not in b.title.lower():
        return _KEPT_BESIDE  # the other headline keeps this date beside what it dates
    if a.date == (0, 0):
        return ""  # a lead dated by the page: no date of its own to place the clause
    if a.key.startswith(b.key) or b.key.startswith(a.key) or not text[a.date[1]:b.date[0]].strip(" ,;:-—"):
        return ""  # "2pm: ... faces a grilling today": one day; "the next afternoon, April 16": one date told twice
    if re.search(r"(?i)\b(?:and|but|or)\b|,\s+[a-z]+ing\b", text[a.date[1]:b.date[0]]):
        # "Nine were rescued Monday and several others Tuesday", "opened a shop in 2019, expanding with a second in
        # 2023": a coordinated clause's or a participle's own act and date
        return ""
    if _SAID_BEFORE.search(text, sentence_start, b.date[0]):
        return ""  # "officials said on Saturday a man succumbed to the virus last week": the report's own date
    if _NEXT_VERB.search(text, a.date[1], b.date[0]):
        return ""  # "has vacationed here this summer and is heading to the coast in August": the second verb's date
    if re.match(r"['’]s\b", text[b.date[1]:b.date[1] + 3]) or _COMPARED.search(text, a.date[1], b.date[0]):
        return ""  # "last month's credit squeeze" names a happening; "compared with a loss a year ago" a figure's period
    before = text[sentence_start:a.date[0]]
    if _OPENING.match(before):
        return _BORROWED  # "On Monday, ...", "Last month the refinery ..."
    # "The ministry on Tuesday repeated ...": a date right after the subject, with no aside or opening phrase before
    plain = "," not in before and "—" not in before and " -- " not in before and len(before.split()) <= 6 \
        and not re.search(r"(?i)\b(?:based|after|before|following|since|when|while|as|if)\b", before)
    return _BORROWED if plain else ""


def _words(title: str) -> list[str]:
    return re.findall(r"[a-z0-9][\w'’%$.-]*", title.lower())
