"""Who "the singer", "the Briton" or "the actress" opening a sentence is: a person the story named before.

News names a person once with what they are ("pop star Dara Quill", "Jackson, the singer") and later calls them
by it alone: "the singer" is the last person the story so described. A nationality seldom stands before a name
("Hayward shocked residents ... The Briton was quoted"): it continues the previous sentence's subject. Such a noun
is no office (no "President X" names its holder: see ``actors.holder``).
"""

from __future__ import annotations

import re

from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.sentences import Sentence
from timeline.extract.title_referents import PERSON_NOUNS
from timeline.extract.title_subjects import drop_lead
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS as _IRREGULAR_PAST
from timeline.extract.title_words import finite_verb

#: "The Briton was quoted", "The singer, along with his brothers, won", "the veteran actress says": the noun as the
#: subject (one or two words before it say which), with a verb or an aside after it.
#: ("The Mexican man arrived": a people's name before a noun of a person or a group is its adjective, not the subject)
PERSON_NOUN_SUBJECT = re.compile(r"^The\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + PERSON_NOUNS + r")(?=\s+(?!(?:man|woman|men|women|"
                                 r"boy|girl|child|children|couple|family|tourists?|students?|nationals?|citizens?|"
                                 r"patients?|nurse|government|authorities|officials|company|firm)\b)[a-z]|,\s)")

#: Nouns for a musician, which a story uses for one another ("pop star Dara Quill ... the singer"); "the star" alone
#: may be anyone famous (a presenter, an actor), so only "star" describes one.
_MUSIC = {"singer", "songwriter", "entertainer", "musician", "performer", "rapper"}
#: The gender ("m" or "f") of each personal pronoun that tells one.
GENDERED_PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _described(text: str, noun: str, names: NameIndex) -> list[str]:
    """The people ``text`` describes with ``noun`` (or, for a musician, any of its nouns), in text order: "singer
    Dara Quill", "pop star Dara Quill", "Dara Quill, the singer", "Hayward, a Briton"."""
    nouns = ("|".join(sorted(_MUSIC)) + r"|pop\s+star|rock\s+star") if noun.lower() in _MUSIC else \
        "star|superstar" if noun.lower() in ("star", "superstar") else re.escape(noun)
    found = [(m.start(), m.group(1)) for m in re.finditer(
        r"\b(?i:" + nouns + r")\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)", text)]
    found += [(m.start(), m.group(1)) for m in re.finditer(
        r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:the|a|an)\s+(?:(?!(?:of|after|before|in|on|at|for|with|from|"
        r"to|by|since|than|and|or)\b)[\w'’-]+\s+){0,3}?(?i:" + nouns + r")\b(?!['’])", text)]
    return [names.resolve(name) for _, name in sorted(found)]


def person_by_noun(text: str, s: Sentence, actors: list[str | None], names: NameIndex,
                   known: dict[str, str]) -> str | None:
    """The person "the singer" opening ``s`` after its lead stands for: the last person the story described with
    that noun before ("singer Dara Quill"); for a nationality, which stories seldom put before a name, the previous
    sentence's subject. None when ``s`` opens with no such noun and its verb. ``actors`` are the sentences' before,
    in order; ``known`` the people whose gender the story told ("m" or "f"): with a "she" or "her" in ``s`` only a
    woman it told of is the one, and only a person of known gender can be the previous sentence's subject ("Los
    Angeles" looks like a name as much)."""
    rest = drop_lead(s.text)
    opening = rest[:1].upper() + rest[1:]
    noun = PERSON_NOUN_SUBJECT.match(opening)
    after = opening[noun.end():].split(None, 2) if noun else []
    if not noun or not after or not (after[0] == "," or finite_verb(after[0].lower(), "")
                                     or after[0].lower() in _IRREGULAR_PAST):
        return None  # ("The American economy grew": a nationality before a noun names nobody)
    told = {GENDERED_PRONOUNS[w] for w in re.findall(r"\b(?:he|his|him|she|her)\b", opening)}
    word = noun.group(0).split()[-1]
    fits = [p for p in _described(text[:s.start], word, names)
            if " " in p and looks_personal(p) and (not told or known.get(p) in told)]
    if fits or word[:1].islower():
        # ("the singer" is no one the story never called so: the sentence before may be about her doctor)
        return fits[-1] if fits else None
    previous = actors[-1] if actors else None
    return previous if previous in known and (not told or told == {known[previous]}) else None
