"""A dated clause after "but", "and", "although", "while" or a semicolon whose subject is the first clause's.

"BP is drilling two relief wells, but they are not expected to be completed until August": August is the
completion's, so the title is the second clause's ("The two relief wells are not expected to be completed"), not the
first clause's ("BP is drilling two relief wells"). :func:`.segments.contrasted_clause` takes such a clause when it
names its own subject; this module takes it when its subject is a pronoun ("they", "it", "these", "its") that stands
for exactly one noun phrase of the first clause of the same number, or is left unsaid ("BP has been struggling to cap
the leak, but may not manage it until August": BP's). When no single noun phrase fits, nothing is made of the clause,
and the title stays the whole sentence's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, auxiliaries
from timeline.extract.actors import strip_opening
from timeline.extract.clauses import (
    is_finite_verb,
    noun_phrase_start,
    predicate_only,
    sentence_like,
    shared_subject,
)
from timeline.extract.count_words import numbers
from timeline.extract.saying_words import SAY_TELL, SAY_THAT, alternation
from timeline.extract.sentences import Sentence
from timeline.extract.title_verbs import PLURAL_NOUNS
from timeline.extract.title_words import AUX, main_verb_start

__all__ = ["ReferredClause", "SaidClause", "referred_clause", "subject_supplied"]


@dataclass(frozen=True)
class ReferredClause:
    """The dated clause written as a sentence of its own: the clause's words from ``start`` (an offset in the
    article) on stand at ``shift`` in ``text``, after the subject put before or in place of them."""

    text: str
    start: int
    shift: int


@dataclass(frozen=True)
class SaidClause:
    """What a title is written from, and where in it the date's words to leave out are."""

    text: str
    removal: list[tuple[int, int]]


def subject_supplied(text: str, s: Sentence, start: int, pos: int, said: str,
                     removal: list[tuple[int, int]]) -> SaidClause:
    """``said``, the words of the event's clause from ``start``, with the subject the first clause gives it.

    A coordinated clause cut out already ("The council will close the bridge on Monday, and start the repairs next
    week") gets the first clause's subject and modal; a whole sentence whose date is in a contrasted clause with a
    pronoun or no subject ("..., but they are not expected to be completed until August") becomes that clause with
    the referent put in. Anything else is ``said`` as it is.
    """
    if start != s.start:
        shared = shared_subject(strip_opening(text[s.start:start]))
        if not sentence_like(said) and predicate_only(said, shared):
            return SaidClause(f"{shared} {said}", [(b + len(shared) + 1, e + len(shared) + 1) for b, e in removal])
        return SaidClause(said, removal)
    referred = referred_clause(text, s, pos) if said == s.text else None
    if referred is None:
        return SaidClause(said, removal)
    cut = referred.start - s.start
    return SaidClause(referred.text, [(b - cut + referred.shift, e - cut + referred.shift) for b, e in removal if b >= cut])


#: What opens a second main clause after the first one.
_OPENING = re.compile(r",?\s+but\s+|,\s+(?:and|although|though|while|whereas|yet)\s+|;\s+")
#: "it" standing for nothing: "it will be autumn before the first doses are ready", "it was May when" (not "it is
#: likely to take until July": an infinitive's subject, the thing itself).
_EXPLETIVE = re.compile(r"(?i)it\s+(?:(?:will|would|could|may|might)\s+(?:not\s+)?be|is|was|['’]s)\s+(?:(?!to\b)[\w-]+\s+){0,3}?"
                        r"(?:before|until|when|that)\b")
#: A pronoun opening the clause, with the number of what it stands for and the verb a contraction hides.
_PRONOUN = re.compile(r"(?i)(they|these|those|it|its|their)(?:(['’]re)|(['’]s))?\b\s*")
#: A personal pronoun as the first clause's whole subject, before its verb.
_PERSONAL = re.compile(r"(He|She|They|We)\s+(?=[a-z])")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our"}
_COUNTS = {*numbers(2), "several"}
_ADVERBS = {"also", "still", "probably", "now", "then", "later", "only", "just", "never", "already", "too", "all", "both"}
_PLURAL_PRONOUNS = {"they", "these", "those", "their"}
#: A comma-less attribution after the clause's words, whose date is the saying's: "..., scientists reported on Tuesday".
_SAID = re.compile(r",\s+(?:[\w'’.-]+\s+){0,8}?(?:" + alternation(SAY_TELL, {"added", "reported", "announced"}) + r")\b")
#: Words that end a noun phrase of the first clause: a preposition, an infinitive, a relative or a conjunction.
_PHRASE_END = re.compile(r"\s+(?=(?:to|of|in|on|at|for|with|by|from|into|about|after|before|since|during|under|over|"
                         r"than|as|against|through|across|near|until|that|which|who|and|or|is|are|was|were|has|have|"
                         r"had|will|would|could|can|may|might|[a-z]{3,}ed)\b)|[,;:]|\s*$")
_COPULA = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE) + r"|become|became|remains?|remained)\s+(?:\w+ly\s+|still\s+|also\s+|not\s+)*$")
_NOT_REFERENT = re.compile(r"(?i)(?:no\s+one|nobody|anyone|someone|everyone|it|they|he|she|we|you|i|this|that|these|"
                           r"those|one|all|some|many|most|each|both|who|which)$")
#: A time, not a thing: "last week", "in March", "on Friday".
_TIMES = re.compile(r"(?i)\b(?:" + MONTH_PATTERN + "|" + WEEKDAY_NAME_PATTERN + r")\.?$|"
                    r"\b(?:week|month|year|day|weekend|morning|afternoon|evening|night|time)$")


def _plural(phrase: str) -> bool:
    """Whether a noun phrase counts more than one: its last word ("two relief wells", "officials", "people")."""
    head = phrase.split()[-1].strip("“”\"'’")
    return head.lower() in PLURAL_NOUNS or (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
                                             and head[:1].islower())


def _phrases(clause: str) -> list[str]:
    """The noun phrases of a clause that a pronoun after it may stand for: its subject, its objects and the nouns of
    its phrases; not what follows a copula ("Norway is Europe's No. 2 supplier" names Norway once), not a measure
    ("12,000 ft"), not a time ("last week")."""
    found: dict[str, str] = {}
    for m in _PHRASE_END.finditer(clause):
        end = m.start()
        start = noun_phrase_start(clause, 0, end, person=False)
        phrase = re.sub(r"\s*[\"“”]\s*", " ", clause[start:end]).strip(" ,'’")
        if not phrase or start >= end or _COPULA.search(clause[:start]) or re.match(r"[\d$£€#]", phrase) \
                or _NOT_REFERENT.fullmatch(phrase) or _TIMES.search(phrase) or len(phrase.split()) > 6 \
                or not re.search(r"[A-Za-z]{2}", phrase) or phrase.split()[-1].lower() in _DETERMINERS:
            continue
        if not re.match(r"(?:[A-Z\d]|(?:" + "|".join(_DETERMINERS | _COUNTS) + r")\s|[\w.&-]+['’]s\s)", phrase):
            continue  # a bare noun ("at odds", "in trouble") is a phrase's word, not something a pronoun names
        found.setdefault(phrase.split()[-1].lower(), phrase)
    return list(found.values())


def _definite(phrase: str) -> str:
    """The referent as a title's subject: "a relief well" -> "The relief well", "two relief wells" -> "The two relief
    wells"; a name or a definite phrase as it is."""
    phrase = re.sub(r"(?i)^an?\s+", "the ", phrase)
    if re.match(r"(?:" + "|".join(sorted(_COUNTS)) + r"|\d+)\s", phrase):
        phrase = "the " + phrase
    return phrase[:1].upper() + phrase[1:]


def _referent(first: str, pronoun: str) -> str | None:
    """The one noun phrase of ``first`` of the pronoun's number, or None when none or several fit. Names joined by
    "and" as the first clause's subject are one plural phrase ("The United States and Cuba ..., but they ...")."""
    plural = pronoun.lower() in _PLURAL_PRONOUNS
    subject = first[:max(main_verb_start(first), 0)].strip(" ,")
    if re.search(r"\sand\s", subject) and len(subject.split()) <= 8 and not re.search(r"[,;:“”\"(]", subject):
        rest = [p for p in _phrases(first[len(subject):]) if _plural(p) == plural]
        fits = [subject, *rest] if plural else rest
    else:  # (the subject first: "Samsung came up with the Galaxy S, and it ..." has two singular phrases)
        named = [subject] if subject and len(subject.split()) <= 6 and not _NOT_REFERENT.fullmatch(subject) \
            and not re.search(r"[,;:“”\"(]", subject) else []
        fits = [p for p in dict.fromkeys([*named, *_phrases(first)]) if _plural(p) == plural]
    return _definite(fits[0]) if len(fits) == 1 else None


def referred_clause(text: str, s: Sentence, pos: int) -> ReferredClause | None:
    """The clause after the last contrast before ``pos`` (the event's date), as a sentence with the first clause's
    subject put in for its pronoun or its missing subject; None when the date is not that clause's or its subject
    is unsure."""
    opened = list(_OPENING.finditer(text, s.start, pos))
    if not opened:
        return None
    opening, start = opened[-1], opened[-1].end()
    before = text[s.start:opening.start()]
    up_to_date = text[s.start:pos]
    if up_to_date.count('"') % 2 or up_to_date.count("“") != up_to_date.count("”") or "(" in before \
            or re.search(r"(?i)\bnot\s+only\b", before) or re.search(r"\s(?:--?|[—–])\s", up_to_date) \
            or re.match(r"not\b", text[start:pos]) \
            or any(sentence_like(p) for p in re.split(r"[,;]\s*", text[start:pos])[1:]):
        # (a "but" or a date inside a quotation, an aside or a dash's aside; "not only ..., but ...", "contained but
        # not plugged by Sunday": one statement of two sides; "and it will because ..., bin Juri may have ... this
        # month": the date is in another clause after a comma)
        return None
    closed = _OPENING.search(text, pos, s.end)
    clause = text[start:closed.start() if closed else s.end].rstrip(" ,;.")
    first = strip_opening(before)
    if not sentence_like(first) or ((said := _SAID.search(clause)) is not None and pos >= start + said.start()):
        return None  # ("..., but did not create a dead zone, scientists reported on Tuesday": the report's date)
    pronoun = _PRONOUN.match(clause)
    after = re.match(r"[a-z]+", clause[pronoun.end():]) if pronoun is not None else None
    if pronoun is not None and (pronoun.group(2) or pronoun.group(3) or pronoun.group(1).lower() in ("its", "their") or (
            after is not None and (after.group(0) in AUX or after.group(0).endswith("ly")
                                   or after.group(0) in _ADVERBS or is_finite_verb(after.group(0), "")))):
        # ("but they are ...", "but its exports ..."; not "but those words have ...": a determiner, with its noun)
        if pos < start + pronoun.end():
            return None
        referent = _referent(first, pronoun.group(1))
        if referent is None:
            return None
        word = pronoun.group(1).lower()
        if word in ("its", "their"):
            subject = referent + ("’" if referent.endswith("s") else "’s") + " "
        else:
            verb = " are " if pronoun.group(2) else " is " if pronoun.group(3) else " "
            subject = referent + verb
        rest = clause[pronoun.end():]
        if word == "it" and _EXPLETIVE.match(clause):
            return None
        if not sentence_like(subject + rest):
            return None
        return ReferredClause(subject + rest, start + pronoun.end(), len(subject))
    # ("He was the chief of the venture, but was forced to leave in 2008": a personal pronoun too, for the title's
    # actor to name)
    pieces = re.split(r"[,;:—–]\s*", first.rstrip(" ,"))
    if not re.search(r"\b(?:but|and)\b", opening.group(0)) or any(sentence_like(p) for p in pieces[1:]):
        # (after "although" or "while" a verb without a subject is a reduced clause, whose subject may be anyone's;
        # "an offshore moratorium is declared but overruled" after a list of clauses: whose is unsure)
        return None
    verb = re.match(r"(?:(?:also|then|later|still|only|just|eventually|finally)\s+)?([a-z]+)\b", clause)
    if re.search(r"\b(?:" + alternation(SAY_THAT) + r")\b", first) and (verb is None or verb.group(1) not in SAY_THAT):
        return None  # ("X said the well was close, but was not expected to finish until August": whose is unsure)
    shared = shared_subject(first) or (personal.group(1) if (personal := _PERSONAL.match(first)) else "")
    if verb is not None and "and" in opening.group(0) and verb.group(1) not in AUX:
        return None  # (", and expanded unemployment benefits": after "and" a bare "-ed" may open a noun phrase)
    if len(first[max(main_verb_start(first), 0):].split()) <= 2:
        return None  # ("Storm Colin formed but dissipated far out at sea yesterday": the date is both verbs')
    if shared and verb is not None and not sentence_like(clause) and not _second_verb(text[start:pos]) and (
            verb.group(1) in AUX or predicate_only(clause, shared)):
        return ReferredClause(f"{shared} {clause}", start, len(shared) + 1)
    return None


#: Words that open a clause inside the predicate, whose verb is its own: "until a relief well is drilled".
_SUBORDINATORS = {"until", "till", "when", "before", "after", "as", "because", "if", "that", "which", "who", "since",
                  "once", "while", "where", "so"}


def _second_verb(words: str) -> bool:
    """Whether a predicate's words hold a second auxiliary that no subordinating word opens ("had 20 helicopters
    were ferrying": the words do not read as one predicate)."""
    seen, previous = False, ""
    for token in (t.strip(",;:").lower() for t in words.split()):
        if token in _SUBORDINATORS:
            return False
        if token in AUX or token in ("be", "been"):
            if seen and previous not in AUX and previous not in _ADVERBS and previous not in ("not", "never", "be", "been", "to"):
                return True  # (not "may not be able", one verb group)
            seen = True
        previous = token
    return False
