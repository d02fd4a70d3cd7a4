"""Restrictive relative clauses: a date inside one is its clause's, not the sentence's.

"its well that ruptured in April, officials confirmed today": the rupture is April's, the
confirmation today's. Without a comma the clause picks out one thing of many ("the rig that
exploded April 20"), so it never describes a place's unique name; "that" is a relative pronoun
only where a verb follows it (an auxiliary, or a past verb then its time or object), never a
conjunction ("so that", "reports that the well was capped").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN, IRREGULAR_PAST_WORDS
from timeline.extract.clauses import PRONOUN_HEADS as _PRONOUN_HEADS
from timeline.extract.clauses import Embedding, noun_phrase_start, second_verb
from timeline.extract.closing_dates import (
    CLOSED_RELATIVE,
    SAME_FORM_PASTS,
    closes,
    in_subject,
    subject_opening,
)
from timeline.extract.happenings import happening_of
from timeline.extract.sentences import Sentence
from timeline.extract.title_words import PRESENT as _PRESENT_FORMS
from timeline.extract.title_words import verbish

__all__ = ["FINITE_VERB", "clause_end", "described_noun", "in_bracketed_aside", "inner_restrictive", "restrictive"]

FINITE_VERB = re.compile(r"\b(?:[a-z]+ed|" + "|".join(w for w in _PRESENT_FORMS if " " not in w) + r")\b")

_RESTRICTIVE = re.compile(r"(?<=[a-z])\s+(?:who|which|where)\s+(?=[a-z])|"
                          # "a bill that's been on the back burner since last year", "a plan that will put vessels
                          # on site by June": "that" straight before its auxiliary is the relative pronoun ("reports
                          # that the well was capped" is a content clause, its own subject after "that"; "word that
                          # controlled burns would go ahead" and "that would have" are left alone)
                          r"(?<=[a-z])\s+that(?:['’]s\s+|\s+(?=(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"would"}) + r")\s))|"
                          # "its well that ruptured in April": a past verb then its time or object, not an adjective
                          # before a noun ("word that controlled burns would go ahead")
                          # ("the boat that capsized and sank last week": two past verbs joined, then the time)
                          r"(?<=[a-z])\s+that\s+(?=(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST_WORDS)) + r")\s+"
                          r"(?:and\s+(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST_WORDS)) + r")\s+)?"
                          r"(?:(?:in|on|at|over|during|last|this|early|late|earlier|the|a|an|its|his|her|their)\s|"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\d))")
#: A noun phrase of up to seven words from its determiner to the relative pronoun: quoted words ('the "top hat"
#: cap') and figures ("more than 5,000 feet deep") inside, but no verb of a clause nor a comma between words.
_CLAUSE_WORDS = r"(?:that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|said|says|and|but|or)\b"
_LONG_HEAD = re.compile(r"(?i)(?:^|\s)((?:a|an|the|his|her|its|their|this|these|those)\s+"
                        r"(?:(?!" + _CLAUSE_WORDS + r")(?:\d[\d,.]*|[^\s,;:.!?]+)\s+){0,5}?"
                        r"(?!" + _CLAUSE_WORDS + r")[\w'’”\"-]*\w[\w'’”\"-]*)$")
#: A verb after "and" inside a relative clause: the clause's own second verb ("killed 11 workers and unleashed ...").
_VERB_AFTER_AND = r"(?:then\s+|later\s+|also\s+)?(?:[a-z]{3,}ed|" + SAME_FORM_PASTS + "|" + IRREGULAR_PAST_PATTERN + r")\b"
_AUXILIARY = re.compile(r"(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"would"}) + r"|['’]s)\b")
#: Words before "who", "where" or "which" that make an indirect question ("did not say where the oil went").
#: (Verbs of knowing, asking and deciding beside those of saying: a list of its own, not the saying lexicon's)
_ASKS = re.compile(r"(?i)\b(?:say|says|said|know|knew|known|ask|asks|asked|tell|told|explain|explained|decide|decided|"
                   r"see|saw|seen|wonder|wondered|show|showed|understand|determine|unclear|clear|sure|about|on|of)$")


def restrictive(text: str, sentence: Sentence, pos: int, date_end: int | None = None) -> Embedding | None:
    """A restrictive relative clause holding the date at ``pos``: its own happening's, not the main clause's date.

    With ``date_end``, a clause the date closes (:mod:`.closing_dates`: the enclosing clause's verb right after the
    date) ends there, and "that" may open an object relative ("the ban that a judge blocked Tuesday would ...")."""
    found, own_subject = None, False
    for m in _RESTRICTIVE.finditer(text, sentence.start, sentence.end):  # the last one before the date (its lookahead may
        if m.end() > pos:                                                 # reach the date: "that exploded April 20")
            break
        found = m
    for m in CLOSED_RELATIVE.finditer(text, found.end() if found else sentence.start, pos) if date_end is not None else ():
        if in_subject(text, sentence.start, m.start()) and closes(text, sentence.start, m.span(), pos, date_end, sentence.end):
            found, own_subject = m, True
    closed = found is not None and date_end is not None and closes(text, sentence.start, found.span(), pos, date_end, sentence.end)
    if found is None or _ASKS.search(text[max(sentence.start, found.start() - 15):found.start()]) or re.search(
            r"(?i)\b(?:on|in|at|by|for|with|of|to|from|during|after|before|under|through)$", text[sentence.start:found.start()]):
        return None  # an indirect question, or "a date on which they will be questioned on 23 September"
    pronoun_that = found.group(0).split()[0].startswith("that")
    if pronoun_that and re.search(r"(?i)\b(?:so|now|such|given|except|in|provided|than|is|was|be|means?|meant)$",
                                  text[sentence.start:found.start()]):
        return None  # "so that", "now that", "the point is that": a conjunction, not a relative pronoun
    between = text[found.end():pos]
    if second_verb(text, found.end(), pos):
        return None  # "An engineer who inspected the dam warned of cracks on Friday": Friday is the warning's
    if re.search(r"[;:“”\"]|,(?!\d)", between) or len(between.split()) > 14 or not (  # ("9,000 homes" is one word)
            (pronoun_that and not own_subject) or FINITE_VERB.search(between)
            or re.search(r"\b(?:sank|ran|began|went|came|hit|was|were|had|did)\b", between)):
        return None
    end = date_end if closed and date_end is not None else clause_end(text, pos, sentence.end)
    past_verb = pronoun_that and not _AUXILIARY.match(text, found.end())
    if past_verb and (second_verb(text, found.end(), end) or re.search(r"\band\s+(?!" + _VERB_AFTER_AND + r")", between)):
        # "The strain that caused the 1918 pandemic appears ...": the clause ends before a verb we cannot place;
        # "a blast that killed 15 workers and pipeline leaks in Alaska in 2006": the date is the second noun's
        # ("the explosion that killed 11 workers and unleashed oil over the summer": the clause's second verb)
        return None
    if found.group(0).strip() == "where":
        return Embedding(found.start() + 1, end, "adverbial")  # "where the rig sank on 22 April": the clause, its own subject
    # The noun phrase described, from its determiner: "a 27-year-old deckhand", "the hurricane".
    head = re.search(r"(?i)(?:^|\s)((?:a|an|the|his|her|its|their|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)$",
                     text[max(sentence.start, found.start() - 60):found.start()])
    if head is None and closed:  # "the drilling of two relief wells that began in May is ...": the whole phrase
        head = _LONG_HEAD.search(text[max(sentence.start, found.start() - 80):found.start()])
    if head is None and closed:  # "Two new pipelines that won't be finished until October are ...": no determiner
        start = described_noun(text, sentence.start, found.start())
        if start < found.start() and subject_opening(text, sentence.start, start, found.start()):
            return Embedding(start, end, "relative")
    if head is None:  # "to lure back tourists who have steered away ...": a bare plural noun
        head = re.search(r"\s([a-z][\w'’-]+[a-rt-z]s)$", text[max(sentence.start, found.start() - 40):found.start()])
    if head is None:  # "Veterans who served ...": a bare plural opening the sentence
        head = re.fullmatch(r"\W*([A-Z][a-z'’-]+[a-rt-z]s)", text[sentence.start:found.start()])
    if head is None and not past_verb:
        # 'the "top hat" cap that had been parked', "a pipeline more than 5,000 feet deep that was damaged": a longer
        # phrase from its determiner, its words quoted or counted, with no clause's word inside.
        head = _LONG_HEAD.search(text[max(sentence.start, found.start() - 80):found.start()])
    if head is None and past_verb:
        return None  # "One Taiwanese vessel that arrived this week": no noun phrase to name what the clause is about
    start = found.start() - len(head.group(1)) if head else described_noun(text, sentence.start, found.start())
    inner = re.search(r"\s(?:a|an|the|his|her|its|their)\s", head.group(1)) if head and head.group(1)[:5].lower() == "that " else None
    if head is not None and inner is not None:  # "the company that leased the rig that exploded": "the rig"
        start += inner.start() + 1
    if head is not None and pronoun_that and re.fullmatch(r"\w+\s+[A-Z][\w'’-]*(?:\s+(?:of|and|[A-Z][\w'’-]*))*", head.group(1)):
        # "its well in the Gulf of Mexico that ruptured": a restrictive clause picks one of many, never a place's
        # unique name; it describes the noun before the name's preposition.
        window = max(sentence.start, start - 60)
        outer = re.search(r"(?i)(?:^|\s)((?:a|an|the|his|her|its|their|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"[\w'’-]+)\s+(?:in|at|off|near|on|of|from)\s+$", text[window:start])
        start = window + outer.start(1) if outer else start
    return Embedding(start, end, "relative")


def inner_restrictive(text: str, sentence: Sentence, pos: int, date_end: int, outer: int) -> Embedding | None:
    """A restrictive clause holding the date inside the relative clause that opens at ``outer``: "BP, which leased the
    rig that exploded on April 20" dates the explosion, not the leasing. Not when the date closes a happening's noun
    there ("the panel that is investigating the cause of the disaster on 20 April": the disaster's day)."""
    inner = restrictive(text, sentence, pos, date_end)
    if inner is None or inner.start <= outer + 2 or re.match(r"(?:which|who|whom|whose|that)\b", text[inner.start:]):
        return None  # ("..., which should act as a cut-off, and which failed last month": no noun of its own)
    own = happening_of(text, sentence.start, pos, date_end, False)
    return None if own is not None and own.own else inner


def clause_end(text: str, pos: int, limit: int) -> int:
    """End of a clause: its next comma outside quotes, or the sentence end (without the period)."""
    depth = 0
    i = pos
    while i < limit:
        ch = text[i]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0 and not (ch == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            return i  # ("5,000 feet" is one number)
        i += 1
    end = limit
    return end


#: A clause of its own in brackets, its subject a pronoun that points back: "Brownfield is a one-time submarine
#: officer, a veteran of the war (he volunteered in 2006)". The aside's date is its own clause's; the sentence
#: around it describes, and the aside is background told in passing.
_BRACKETED = re.compile(r"\(\s*(?:he|she|they|it)\s+(?:had\s+|also\s+|later\s+)?(?:[a-z]{2,}ed|"
                        + IRREGULAR_PAST_PATTERN + r")\b[^()]*\)")


def in_bracketed_aside(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies in a bracketed clause with a pronoun subject and a past verb."""
    opening = text.rfind("(", sentence.start, pos)
    if opening < 0 or text.rfind(")", opening, pos) >= 0:
        return False
    found = _BRACKETED.match(text, opening, sentence.end)
    return found is not None and found.end() > pos




def described_noun(text: str, lo: int, pronoun: int) -> int:
    """Where the noun phrase a relative pronoun at ``pronoun`` describes begins, when no determiner opens it: "five
    pupils at Hill School who ...", "antivirals that ...". A name after "at", "in", "of" or "from" is the place of
    the noun before it ("pupils at Hill School"), not what the clause describes. Without a noun phrase, the
    pronoun itself (the clause then has no antecedent in its span): also after "to" ("to capture oil that ...": a
    verb's object, not a noun phrase of its own) or a verb opening the words ("developing a vaccine that ..."), for
    a pronoun head ("those who died": no noun to stand for it) and
    for a negated clause ("antivirals that were not on the market then" says what did not happen)."""
    end = len(text[:pronoun].rstrip())
    start = noun_phrase_start(text, lo, end)
    first = text[start:end].split()[0] if start < end else ""
    before = text[lo:start].split()[-1:] or [""]
    if start >= end or re.search(r"(?:^|\s)to\s+$", text[lo:start]) or verbish(first, before[0].lower()) \
            or text[start:end].lower() in _PRONOUN_HEADS \
            or re.match(r"\s*\w+\s+(?:\w+\s+)?(?:not|never|n['’]t)\b", text[pronoun:pronoun + 40]):
        return pronoun + 1
    place = re.search(r"(?:^|\s)(?:at|in|of|from|near)\s+$", text[lo:start])
    if place is not None and text[start].isupper():
        outer = noun_phrase_start(text, lo, lo + place.start())
        start = outer if outer < lo + place.start() else start
    return start
