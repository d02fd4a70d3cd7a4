"""Which people of the sentence before a "he" or "she" can be the one it stands for.

A reader takes a pronoun for a person the sentence before had as a subject, not for every pair of capitalised words
in it: "For Obama, who will make his fourth trip, no other issue — not Middle Eastern turmoil — so dominates his time.
Accompanied by staffers, he will stay ..." is Obama's, though "Middle Eastern" looks like a first name and a surname;
a name right before a lowercase noun only says which noun ("Middle Eastern turmoil", "the Jackson family"). And a
person the story has named in full once and then calls by the surname alone is that person when the surname opens a
clause: "Attorney General Tom Hale sued ... Hale will be out of office by then. He lost the primary ..." is Hale's,
even where the surname is also a common word ("King", "Bishop") that the name finder leaves unresolved; "While Mr
Obama has visited ..., he toured ..." is the Barack Obama the story named in full. A body's name that looks like a
person's ("Coast Guard") is never "he".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.person_nouns import GENDERED_PRONOUNS
from timeline.extract.subject_names import strip_opening
from timeline.extract.title_referents import ROLE_NOUNS, actor_kind
from timeline.extract.title_words import AUX, BREAK_WORDS, finite_verb

__all__ = ["acting_people", "full_name", "opposite_pronoun"]

#: Words that open a phrase or clause of their own after a name ("Charles Paull of the institute", "Pike and Hale").
_FUNCTION_WORDS = {"of", "in", "on", "at", "for", "with", "from", "to", "by", "about", "over", "under", "into", "after",
                   "before", "since", "during", "against", "between", "among", "through", "across", "near", "and", "or",
                   "but", "nor", "who", "whom", "whose", "which", "that", "as", "than", "if", "when", "while", "where",
                   "because", "though", "although", "until", "unless", "whether", "so", "the", "a", "an", "his", "her",
                   "its", "their", "our", "my", "your", "this", "these", "those", "some", "any", "no", "not", "told"}
#: Lowercase words after a name that keep it the clause's subject: adverbs and time words between it and its verb.
_BETWEEN_NAME_AND_VERB = {"also", "then", "now", "later", "still", "already", "yesterday", "today", "tonight", "himself",
                          "herself", "too", "alone", "never", "not", "once", "again", "first", "last", "this", "next"}


_OBLIQUE = re.compile(r"\b(?:through|by|with|from|to|at|for|of|against|on|in|into|about|over|under|like|than|"
                      r"toward|towards|via|after|before|behind|beside|besides|including)\s+(?:the\s+)?$")


def _names_a_noun(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` stands before a lowercase noun of its phrase ("Middle Eastern turmoil"): the
    next word is no verb, no adverb or time word, and no word that ends or joins a phrase."""
    m = re.match(r"[ \t]+([a-z][a-z-]+)\b(?![’'-])", text[end:end + 40])
    if m is None:
        return False
    word = m.group(1)
    return not (finite_verb(word, "") or word in AUX or word in BREAK_WORDS or word in _BETWEEN_NAME_AND_VERB
                or word in _FUNCTION_WORDS
                or word.endswith(("ly", "ing", "ed")) or re.fullmatch(r"[a-z]{2,}[^su\W]s", word))


def _surname_subject(text: str, start: int, end: int, names: NameIndex) -> str | None:
    """The one person the story named in full whose surname is the lone word at ``start:end``, when a finite verb
    follows it (the surname is a clause's subject), else None."""
    surname = text[start:end]
    if " " in surname or not surname[:1].isupper() or re.search(r"\b[Tt]he\s+$", text[max(0, start - 5):start]):
        return None  # ("the King said": a title's word)
    verb = re.match(r"[ \t]+(?:(?:" + "|".join(sorted(_BETWEEN_NAME_AND_VERB)) + r")[ \t]+)?([a-z]+)\b", text[end:end + 40])
    if verb is None or not (finite_verb(verb.group(1), "") or verb.group(1) in AUX):
        return None
    return full_name(surname, text, names)


def full_name(surname: str, text: str, names: NameIndex) -> str | None:
    """The one person the story names in full with ``surname`` as the last word ("Barack Obama" for a "Mr Obama"), or
    None when it names none or several."""
    full = {p for p in (names.resolve(m.text) for m in names.mentions)
            if " " in p and p.split()[-1] == surname and looks_personal(p)}
    # ("Attorney General Troy King": an office before the full name makes it a person's, found or not)
    full |= {m.group(1) for m in re.finditer(r"\b(?i:" + ROLE_NOUNS + r")\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+"
                                            + re.escape(surname) + r")\b(?![’'-])", text)}
    # Of several, the one the story names far more often ("Barack Obama", not a run-on "Philadelphia Inquirer Obama")
    ranked = sorted(full, key=lambda p: -names.counts.get(p, 0))
    if len(ranked) > 1 and names.counts.get(ranked[0], 0) < 2 * max(1, names.counts.get(ranked[1], 0)):
        return None
    return ranked[0] if ranked else None


def acting_people(text: str, start: int, end: int, mentions: Sequence, names: NameIndex, people: set[str]) -> set[str]:
    """``people`` (the persons the sentence before, ``text[start:end]``, names in its ``mentions``) without names that
    only say which noun or name a body, and with its opening surname the name finder left alone ("King will ...") as the person."""
    modifiers = {names.resolve(n.text) for n in mentions if _names_a_noun(text, n.end)}
    acting = {names.resolve(n.text) for n in mentions if not _names_a_noun(text, n.end)}
    # ("The Coast Guard estimates ...": a body's name that looks like a first name and a surname is no "he")
    kept = {p for p in people if (p not in modifiers or p in acting) and actor_kind(p) != "body"}
    # A name after a preposition is no clause's subject ("... the shareholder is John Paulson, known for shorting
    # through Goldman Sachs"): it gives way to one that is
    oblique = {names.resolve(n.text) for n in mentions if _OBLIQUE.search(text, max(0, n.start - 12), n.start)}
    plain = {p for p in (names.resolve(n.text) for n in mentions) if " " in p and looks_personal(p)} - oblique
    kept = {p for p in kept if p in plain} or kept  # (only for a full name: "coming from Lois Capps ... making McKay")
    region = text[start:end]
    at = start + len(region) - len(strip_opening(region).lstrip())
    word = re.match(r"[A-Z][\w’'-]+", text[at:end])
    subject = _surname_subject(text, at, at + word.end(), names) if word and not any(
        m.start == at for m in mentions) else None  # (a name the finder knows is among ``people`` already)
    return kept | ({subject} if subject else set())


#: For each gendered pronoun, the pronouns of the other gender, as a sentence may write them ("She", "his").
_OTHER_GENDER = {pronoun: r"\b(?:" + "|".join(f"[{other[0].upper()}{other[0]}]{other[1:]}"
                                              for other, its in GENDERED_PRONOUNS.items() if its != gender) + r")\b"
                 for pronoun, gender in GENDERED_PRONOUNS.items()}


def opposite_pronoun(pronoun: str, before: str) -> bool:
    """Whether the words of the sentence ``before`` a clause's "he" (or "she") hold a pronoun of the other gender:
    then the person that pronoun stands for is not the clause's ("She said Murray rode with Jackson after he
    collapsed": not the woman who said it)."""
    other = _OTHER_GENDER.get(pronoun.lower())
    return other is not None and re.search(other, before) is not None
