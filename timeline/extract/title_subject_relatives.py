"""A long subject's restrictive relative clause goes, so its predicate fits the title.

"All 140 guests and the two waiters who may have shared a lift with him | have been offered screening": the verb
finder takes the relative clause's verb for the main one, and the cut falls inside the subject, leaving a subject
without a predicate ("... the two waiters who may have shared a lift"). A headline drops such a clause ("All 140
guests and the two waiters have been offered screening"), as it drops an appositive or an "of"-tail: the subject's
own words still name it and the predicate is the news.

The clause goes only while the sentence is longer than a title, and only when dropping it keeps the meaning: the
noun it describes is specific ("the ruptured well", "10 students", "a member of the team"), not a bare plural or a
quantifier whose clause says which ones ("people who had been in contact", "all staff who met him"); the clause is
not negated ("who had not travelled") and did not hold the event's date ("the rigs whose work was halted [in
May]"); and its end is sure: no comma, quotation, conjunction, clause of its own or verb of saying or showing in it,
and a main verb after it that agrees with the subject's head. A sentence's opening subject loses its clause only
when the verb finder stopped inside the clause; otherwise the title's own cuts keep the predicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.count_words import numbers_pattern
from timeline.extract.title_relatives import _MAIN_VERB_AFTER_RELATIVE, _OPENS_CLAUSE, _THINKING
from timeline.extract.title_tense import plural_subject
from timeline.extract.title_words import (
    AUX,
    DETERMINERS,
    MAX_CHARS,
    NEGATIONS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    main_verb_start,
    verbish,
)

__all__ = ["subject_relatives_gone"]


#: A relative pronoun after a word of the subject; "where" and "whose" open a clause with a subject of its own.
_RELATIVE = re.compile(r"(?<=[\w’'%)])\s+(?P<pronoun>who|which|that|where|whose)\s+")

#: Words after which a clause's subject begins: "announced that | ten students who ...", "says | pupils who ...".
_SUBJECT_STARTS = {"that"} | SPEECH_VERBS | SPEECH_PRESENT

#: Verbs that report what something showed: a clause after them is its own ("a model that suggested oil could").
_SHOWING = {"show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "find", "finds", "found",
            "indicate", "indicates", "indicated", "reveal", "reveals", "revealed", "predict", "predicts", "predicted",
            "estimate", "estimates", "estimated", "conclude", "concludes", "concluded", "warn", "warns", "warned"}

#: Verbs whose number the subject's head decides.
_SINGULAR = {"is", "was", "has", "seems", "appears", "remains", "continues"}
_PLURAL = {"are", "were", "have"}

#: Words that do not end a subject's noun phrase before its relative pronoun ("the fact that", "so that").
_NOT_A_HEAD = DETERMINERS | {"of", "in", "on", "at", "for", "to", "by", "with", "from", "and", "or", "so", "such",
                             "now", "than", "fact", "news", "hope", "hopes", "fear", "fears", "sign", "signs",
                             "idea", "view", "belief", "claim", "claims", "report", "reports", "word", "chance"}


def subject_relatives_gone(text: str, sentence: str = "", dates: tuple[tuple[int, int], ...] = ()) -> str:
    """``text`` without the restrictive relative clauses of its subjects (the main clause's and a reported
    clause's) while it is longer than a title; text that fits, or whose clause is not surely one, stays, and so does
    a clause that held one of the ``dates`` left out of ``sentence`` ("the rigs whose work was halted [in May]"):
    the title's date is that clause's."""
    while len(text) > MAX_CHARS:
        shorter = _first_relative_gone(text, sentence, dates)
        if shorter is None:
            break
        text = shorter
    return text


def _held_a_date(clause: str, sentence: str, dates: tuple[tuple[int, int], ...]) -> bool:
    """Whether the relative clause ``clause`` (its first and last words as the title has them) stood around one
    of the ``dates`` in ``sentence``."""
    words = clause.split()
    start = sentence.find(" ".join(words[:2]))
    end = sentence.find(" ".join(words[-2:]), start + 1) if start >= 0 else -1
    if start < 0 or end < 0:
        return bool(dates)  # (not found as it was written: a date may have stood inside it)
    end += len(" ".join(words[-2:]))
    return any(start <= begin < end + 20 for begin, _ in dates)


def _first_relative_gone(text: str, sentence: str, dates: tuple[tuple[int, int], ...]) -> str | None:
    verb_at = main_verb_start(text)
    for relative in _RELATIVE.finditer(text):
        subject = _subject_before(text[:relative.start()])
        if subject is None or not _specific(subject) or (relative.group("pronoun") == "that" and _listener(
                text[:relative.start()], subject)):
            continue
        main = _main_verb_after(text, relative)
        if main is None or not _agrees(subject, main.verb):
            continue
        if sentence and _held_a_date(text[relative.start():main.at], sentence, dates):
            continue  # ("the 33 rigs whose work was halted [in May]": the date is the clause's, the title's news)
        opening = text[:relative.start()].strip() == subject
        if opening and not relative.start() < verb_at < main.at:
            continue  # the main verb was found past the clause: the title's own cuts keep the predicate
        return text[:relative.start()] + " " + text[main.at:].lstrip()
    return None


def _listener(before: str, subject: str) -> bool:
    """Whether ``subject`` is the listener a verb of telling names ("told Harbour Radio | that ..."): "that" after it
    opens what was told."""
    words = before[:len(before) - len(subject)].split()
    return bool(words) and words[-1].lower() in _TELLING


_TELLING = {"told", "tells", "tell", "informed", "informs", "assured", "assures", "warned", "warns", "reminded",
            "reminds", "convinced", "persuaded", "notified", "notifies", "promised", "promises"}


def _specific(subject: str) -> bool:
    """Whether the noun phrase the relative clause describes names a thing or a counted group of its own ("the
    ruptured well", "one of the partners", "10 students", "a member of the team"), so the clause only describes it;
    after a bare plural or a quantifier ("people who had been in contact", "all staff who met him") the clause says
    which ones, and without it the title would say all of them."""
    conjunct = re.split(r"\s(?:and|or)\s", subject)[-1].split()
    first = conjunct[0].lower()
    if first in _QUANTIFIERS or (len(conjunct) < 2 and not conjunct[0][:1].isupper()):
        return False
    return first in _SPECIFIC_OPENERS or first.endswith(("'s", "’s")) or _COUNT.fullmatch(first) is not None \
        or conjunct[0][:1].isupper()


#: A number that counts the group ("10 students", "one of the partners", "none of the 33 rigs").
_COUNT = re.compile(r"\d[\d,.]*|" + numbers_pattern(1) + r"|none")
_SPECIFIC_OPENERS = {"the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "a", "an"}
_QUANTIFIERS = {"all", "some", "many", "most", "any", "every", "each", "several", "few", "no", "people"}


def _subject_before(before: str) -> str | None:
    """The noun phrase that ends ``before`` and opens its clause (at the text's start, or after "that" or a verb of
    saying), when it holds no verb and names more than a bare noun; None otherwise."""
    words = before.split()
    start = 0
    for i, word in enumerate(words):
        if word.lower().strip("“”\"‘’") in _SUBJECT_STARTS and i + 1 < len(words):
            start = i + 1
    subject = words[start:]
    lowered = [w.lower() for w in subject]
    content = [w for w in lowered if w not in DETERMINERS]
    if not 2 <= len(content) <= 10 or lowered[-1] in _NOT_A_HEAD or not re.fullmatch(r"[\w’'%-]+", subject[-1]):
        return None  # ("Residents who lost their homes": a bare noun needs the clause that restricts it)
    if any(re.search(r"[,;:“”\"()]", w) for w in subject):
        return None  # ("The plan, drafted by ..."): a subject with punctuation is no plain noun phrase
    if any(w in AUX or (verbish(w, lowered[j - 1] if j else "") and not _modifier(w, lowered, j))
           for j, w in enumerate(lowered)):
        return None  # a verb before the pronoun: the relative clause is no subject's
    return " ".join(subject)


def _modifier(word: str, lowered: list[str], j: int) -> bool:
    """An "-ed" or "-ing" word before a noun of the subject ("the vacationing families", "oil-soaked birds")."""
    return word.endswith(("ed", "ing")) and j + 1 < len(lowered) and j > 0


@dataclass(frozen=True)
class _MainVerb:
    """The main clause's verb after a relative clause: where its words start (an adverb before it stays with it)
    and the verb itself ("are" in "are often jammed")."""

    at: int
    verb: str


def _main_verb_after(text: str, relative: re.Match[str]) -> _MainVerb | None:
    """The main clause's verb after the relative clause ``relative`` opens, or None when the clause's end is not
    sure."""
    clause_at = relative.end()
    first = text[clause_at:].split(" ", 1)[0].lower()
    pronoun = relative.group("pronoun")
    if pronoun in {"who", "which", "that"}:
        # The pronoun is its clause's subject: its verb comes at once ("who had returned"), or after an adverb.
        second = [*text[clause_at:].split(), "", ""][1].lower()
        if first.endswith("ing") or not (first in AUX or verbish(first, "") or (
                first.endswith("ly") and (second in AUX or verbish(second, "")))):
            # ("the news that the leak grew", "the plan that BP made", "told the radio that dropping the route
            # had"): no subject relative
            return None
        # Past its own verb group ("who might have come | into ..."): the main verb comes after the clause's words.
        group = re.match(r"(?:(?:not|never|[a-z]+ly|" + "|".join(sorted(AUX - {"says", "speaks", "writes", "plans",
                                                                           "wants", "faces"}))
                         + r")\s+)*[a-z]+", text[clause_at:])
        search_from = clause_at + (group.end() if group else len(first))
    else:
        # "where crews are fighting the fire": the clause's own subject and verb come first.
        own_verb = re.search(r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
                             r"[a-z]{3,}ed)\b", text[clause_at:])
        if own_verb is None:
            return None
        search_from = clause_at + own_verb.end()
    main = _MAIN_VERB_AFTER_RELATIVE.search(text, search_from)
    if main is None:
        return None
    clause = text[clause_at:main.start()]
    words = [w.lower().strip("“”\"‘’") for w in clause.split()]
    if re.search(r"[,;:“”\"()]|\s[-—–]+\s", clause) or len(words) < 2:
        return None
    if any(w in _OPENS_CLAUSE for w in words[1:]) or any(
            w in SPEECH_VERBS or w in SPEECH_PRESENT or w in _THINKING or w in _SHOWING for w in words):
        return None  # ("who said the well was leaking", "which fell when the storm hit"): a clause inside the clause
    if any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words):
        return None  # ("who had not visited Mexico"): a negated clause is the news, never a description to drop
    if words[-1] in AUX or (words[-1] in DETERMINERS and words[-1] != "her"):
        return None  # ("who met her | have been"): a possessive before the verb would want its noun
    return _MainVerb(main.start(), main.group(0).split()[-1])


def _agrees(subject: str, verb: str) -> bool:
    """Whether a present or past form of "be" or "have" agrees with ``subject`` ("Phone lines at the depot | are");
    a modal or "had" tells no number."""
    verb = verb.lower()
    if verb in _SINGULAR:
        return not plural_subject(subject)
    if verb in _PLURAL:
        return plural_subject(subject)
    return True
