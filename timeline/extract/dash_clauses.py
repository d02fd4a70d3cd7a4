"""A date inside a dash's aside belongs to the aside, not to the clause before the dash (issue 16: dates right).

"The White House has tried to fend off the criticism -- the president held a news conference Thursday afternoon",
"Flooding could wash away the barriers -- much like hurricanes washed away marshes in 2005", "The panel will be like
those that examined two earlier disasters -- the shuttle explosion in 1986 and the reactor accident in 1979": what
follows the dash is told beside the sentence's clause, and its date is its own. Titled by the clause before the
dash, the entry places a standing state, a forecast or a remark of the page's day at the aside's day or year.

An aside that is a clause of its own, with its own subject and finite verb, is that date's statement and its title
("The president holds a news conference"). Any other aside (a noun phrase, a comparison, "with ...", "only to ...")
only explains a thing the sentence names by its year, month or season, and that date dates nothing of the sentence.
Three kinds stay: an aside telling when that thing is due ("relief wells - a process expected to end by mid-August"),
the forecast our gold dates the thing's statement by; a day, as often the story's own day told again ("the filing -
on the day of a deadline - is a first step"); and a participle going on with the clause's own act ("BP's shares
took a big hit - dropping 6.5% on Thursday"). A date after the aside closes ("The dome -- a steel box -- failed last
week") is the clause's. So is any date when the clause before the dash tells one of its own (not a span's start,
"since the rig exploded April 20"), or opens with a phrase
the dash's aside belongs to ("Amid a scare -- later found ..., the resort ..."), a dash inside a quotation, a dash
between figures ("$3 - $6 billion") or of a suspended hyphen ("medium - or long-term"), and an aside closed by the
sentence's attribution ("-- as before, the IRS said Friday").
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.anchors import Anchor
from timeline.extract.clauses import Embedding
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_words import SAID_SAYS, alternation
from timeline.extract.sentences import Sentence

__all__ = ["dash_asides"]

#: A dash set off by spaces between words, or a doubled one: " -- ", " - ", " — ", "--".
_DASH = re.compile(r"(?<=[A-Za-z0-9,.'’”\")])\s*--\s*(?=[A-Za-z“\"])|(?<=[A-Za-z,.'’”\")])\s+[-—–]\s+(?!(?:or|and|to)\s)(?=[A-Za-z“\"])")
#: What opens an aside that is no clause of its own, or one that goes on with the clause's act.
_NOT_OWN_CLAUSE = re.compile(
    r"(?:[a-z]+ing|with|without|including|includ\w+|as|like|much|just|only|nearly|almost|about|roughly|some|not|but|"
    r"and|or|although|though|which|who|whose|where|when|while|than|after|before|since|until|up|down|from|to|in|on|at|"
    r"for|by|perhaps|possibly|probably|expected|due|scheduled|a|an|one|two|three|four|five|\d)\b", re.I)
#: A subject that opens a clause of its own: a name, a pronoun or a determined noun.
_SUBJECT_OPENING = re.compile(r"(?:[A-Z][\w.'’-]*|the|its|his|her|their|it|he|she|they|we|this|that|these|those)\s")
_QUOTES = re.compile(r"[\"“”]")
#: An opening phrase before the dash, with no comma yet to end it: the dash's aside is that phrase's, not the clause's
#: ("Amid a scare over tar balls -- later found to be from elsewhere, the resort is losing money").
_OPENING_PHRASE = re.compile(r"(?i)(?:amid|amidst|after|before|despite|during|following|in|on|at|with|without|for|since|"
                             r"as|while|when|although|though|because|if)\b[^,]*$")
#: An aside telling when the thing the clause names is due: "a process it expects to be finished by mid-August".
_FORECAST = re.compile(r"(?i)\b(?:" + auxiliaries(MODAL_VERBS, without=("shall", "can", "must")) + r"|expects?|expected|due|scheduled|planned|set\s+to|likely|"
                       r"hopes?|aims?|take)\b|['’]ll\b")
#: A date that only opens a span ("... is their second since the rig exploded April 20 -- ..."): no date of the clause.
_SINCE = re.compile(r"(?i)\bsince\s+(?:[\w'’-]+\s+){0,6}$")
#: Where an aside's own clause gives way to a clause inside it: a relative pronoun.
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b")
#: A past participle that is no finite verb: after an article ("a reported 1,652") or before its agent ("affected by").
_PARTICIPLE = re.compile(r"\b(?:a|an|the)\s+[a-z]+ed\b|\b[a-z]+ed\s+by\b")
#: An attribution closing the aside, which is the whole sentence's: "..., the IRS said Friday".
_ATTRIBUTION = re.compile(r",\s+(?:[\w.'’-]+\s+){0,5}?(?:" + alternation(SAID_SAYS, {"told", "added"}) + r")\b")
#: A finite verb: a past form, an auxiliary or a modal ("held", "has", "could").
_FINITE = re.compile(FINITE_VERB.pattern + rf"|\b(?:{IRREGULAR_PAST_PATTERN})\b"
                     r"|\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, DO_FORMS, without=("shall",)) + r")\b")


def _finite(words: str) -> bool:
    """Whether ``words`` hold a finite verb (not a noun in "-ed": "feed", "bed")."""
    return any(not (m.group().endswith("eed") or (len(m.group()) < 4 and m.group().endswith("ed")))
               for m in _FINITE.finditer(words))


def dash_asides(text: str, sentence: Sentence, anchors: list[Anchor], all_starts: list[int]) -> list[Anchor]:
    """``anchors`` with a date inside a dash's aside made the aside's own statement when the aside is a clause, and
    left out when it only explains a thing (see the module's docstring). ``all_starts`` are the starts of the
    sentence's date expressions."""
    dashes = [m for m in _DASH.finditer(text, sentence.start, sentence.end)]
    if not dashes:
        return anchors
    out = []
    for a in anchors:
        before = [m for m in dashes if m.end() <= a.timex.start]
        if a.embedded is not None or len(before) % 2 == 0:
            out.append(a)
            continue
        first, dash = dashes[0], before[-1]
        head = text[sentence.start:first.start()]
        closing = next((m for m in dashes if m.start() >= a.timex.end), None)
        aside_end = closing.start() if closing is not None else sentence.end
        aside = text[dash.end():aside_end].rstrip(" .")
        own_dates = [s for s in all_starts if sentence.start <= s < first.start() and not _SINCE.search(text, 0, s)]
        if (own_dates or not _finite(head) or _OPENING_PHRASE.match(head)
                or len(_QUOTES.findall(text, sentence.start, dash.start())) % 2 or _QUOTES.search(text, dash.end(), a.timex.start)
                or re.match(r"[a-z]+ing\b", aside) or _ATTRIBUTION.search(aside) or _FORECAST.search(aside)):
            out.append(a)
            continue
        own = _PARTICIPLE.sub(" ", _RELATIVE.split(aside, maxsplit=1)[0])  # (the aside's own words, up to a relative)
        if _SUBJECT_OPENING.match(aside) and not _NOT_OWN_CLAUSE.match(aside) and _finite(own):
            out.append(replace(a, modifier=False, embedded=Embedding(dash.end() - 1, aside_end, "adverbial")))
        elif a.day_or_finer:
            out.append(a)  # a day in an aside is as often the story's own told again ("the filing - on the day of a deadline -")
    return out
