"""A title's opening "He", "His" or "Its" named by the one person or organisation a reader can take it for.

A title is read apart from its story: "His officials have begun referring to 'British Petroleum'", "Its London shares
close up 2.7 percent", "He attends the Memorial Day ceremony" name nobody. A reader of the story takes the pronoun for
the one person (for "he", "his", "she", "her") or the one organisation (for "its") named before it: in its own
sentence before the pronoun ("Obama, who was headed to Chicago, will not be at the ceremony -- which he attended last
year"; "when the WHO raised the threat level, its director general ..."), or, when its sentence names none before it
and the pronoun opens the sentence, in the sentence before ("... the rhetoric used by President Barack Obama. His
officials have begun ..."). The earlier finders (:mod:`.body_chain`, :mod:`.pronoun_people`) follow the story's
subjects; this one is the last resort for a pronoun they left, and it names only when nothing else could be meant:

- exactly one name of the pronoun's kind, agreeing in gender, which the story must tell for a person ("Ms Fleming"
  is no "he"), unless a "who" after the name tells it is a person and the story tells no gender for it ("Obama, who
  was headed to Chicago, will not be at the ceremony -- which he attended": the pronoun's own gender is told); an organisation's initials count though the name finder passes them over ("the WHO");
- no person or organisation the story does not name in between ("The doctor told Jackson he ...", "the commission
  ... its"), which the pronoun may stand for as well;
- not in a quotation (a speaker's "he" is whoever the speaker means: "My son was born early. He suffered ...");
- not a "he" for someone named only as an owner ("Murray's assistant" before "He said" may be the assistant).

A "his" or "her" whose sentence tells of one person only, by a description and no name ("the president said in his
March 31 announcement"), is that person's: "The president's announcement" (the story's name for the description is
put in later, :mod:`.title_role_people`).

A vague title is better than a wrong name: anything else keeps the pronoun. ("It" is a thing as often as an
organisation, "It sank", "It has started to touch the shores", which no name-counting tells apart; only an "It" that
says, announces or raises its alert, an organisation's act (:mod:`.organisation_acts`), is named, as "its" is.)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from timeline.extract.actors import short
from timeline.extract.appositive_pronouns import DESCRIBED
from timeline.extract.body_chain import PERSON_NOUNS
from timeline.extract.country_referents import COUNTRY_NAMES
from timeline.extract.its_chains import chained_owner
from timeline.extract.lone_bodies import BODY_NOUNS, acts_as_body
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.organisation_acts import BODY_ACT_IT, body_act_in
from timeline.extract.sentences import Sentence, quotation_open
from timeline.extract.subject_names import strip_opening
from timeline.extract.title_referents import actor_kind, resolve_pronoun
from timeline.honorifics import FEMALE_TITLES, MALE_TITLES

__all__ = ["sole_antecedent"]

#: The pronouns this finder names, as they open a title, with a word after them (a name after "Its" is a thing the
#: owner has, "Its London shares"; after "His" or "Her" it may be a style, "Her Majesty").
_OPENING = re.compile(r"(He|She|His|Her|Its)\s+(?=[a-z\"“‘'])|(Its)\s+(?=[A-Z][a-z])")
#: A sentence's opening quotation, up to its credit: '"There is no risk of infection," ' before "it said".
_QUOTATION = re.compile(r"\s*[“\"][^“”\"]+[”\"]\s*")
_UNNAMED_BODY = re.compile(r"\b(?i:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:" + BODY_NOUNS + r")\b")
_UNNAMED_PERSON = re.compile(r"\b(?i:the|a|an|this|that|one|another)\s+(?:[\w-]+\s+){0,2}?(?:"
                             + "|".join(sorted(PERSON_NOUNS)) + r"|assistant|aide|man|woman|professor|boss)\b")


def sole_antecedent(title: str, text: str, sentences: Sequence[Sentence], index: int, start: int, end: int,
                    names: NameIndex, known: Mapping[str, str], bodies: Collection[str]) -> str:
    """``title`` with its opening pronoun put as the one name it can stand for (its quote is ``text[start:end]`` in
    the sentence at ``index``), or unchanged."""
    opening = _OPENING.match(title) or BODY_ACT_IT.match(title)
    if opening is None:
        return title
    word = re.match(r"\w+", opening.group(0)).group(0).lower()
    # ("It says": the "it" of the quote that acts, an organisation's, :mod:`.organisation_acts`)
    found = body_act_in(text[start:end]) if word == "it" else \
        re.search(r"\b" + word + r"\b(?!['’])", text[start:end], re.IGNORECASE)
    if found is None:
        return title
    at = start + found.start()
    sentence = sentences[index]
    if quotation_open(text[sentence.start:at]) or not sentence.start <= at < sentence.end:
        return title  # (a speaker's pronoun is whoever the speaker means)
    people = word in ("he", "she", "his", "her")
    before = text[sentence.start:at]
    # ('"There is no risk," it said': the credit after a quotation opens the sentence's own words)
    credited = word == "it" and _QUOTATION.fullmatch(before) is not None
    found_here = set() if credited else _named(word, text, sentence.start, at, names, known, bodies)
    if not found_here and word in ("his", "her"):
        described = _described_owner(word, before)
        if described is not None:  # ("the president said in his announcement": the president's)
            return f"{described}’s{title[len(opening.group(1)):]}"
    # ("A graduate of Leeds, he joined ...": the words before the pronoun describe its person, as its opening would)
    described = people and DESCRIBED.fullmatch(before) is not None
    if found_here or (_unnamed(people, before) and not described):
        candidates = found_here
    elif index and (credited or described
                    or strip_opening(text[sentence.start:sentence.end]).lower().startswith(word + " ")):
        previous = sentences[index - 1]
        earlier = text[previous.start:previous.end]
        if quotation_open(earlier) or _unnamed(people, earlier):
            return title
        candidates = _named(word, text, previous.start, previous.end, names, known, bodies)
        owner = chained_owner(text, previous, names, known) if word in ("it", "its") and len(candidates) != 1 else None
        if owner is not None:  # ("Hiscox estimates its bill. Its retail arm ...": the owner its own "its" told)
            candidates = {owner}
    else:
        return title
    if len(candidates) != 1 or next(iter(candidates)).startswith("?"):
        return title
    name = short(candidates.pop()) or ""
    if re.search(r"\b" + re.escape(name) + r"\b", title):
        return title  # ("He introduces Costner's machines": the name is the object's already)
    # ("It: “...”", its words: the speaker's place takes the name as it stands)
    named = name + title[2:] if title.startswith("It:") else resolve_pronoun(title, name)
    return named if not named.startswith((word.capitalize() + " ", "It:")) else title


def _described_owner(word: str, before: str) -> str | None:
    """ "The president" for a "his" whose sentence tells before it of one person only, by a definite description
    ("the president said in his March 31 announcement", "the pop star, his music and ... his death"), or None."""
    found = list(_UNNAMED_PERSON.finditer(before))
    if len(found) != 1 or not found[0].group(0).lower().startswith("the "):
        return None
    head = found[0].group(0).split()[-1].lower()
    if (word == "his" and head in _FEMALE_NOUNS) or (word == "her" and head in _MALE_NOUNS):
        return None
    return "The " + found[0].group(0).split(" ", 1)[1]


#: Nouns of a person that tell the gender, which a "his" or "her" must agree with.
_FEMALE_NOUNS = frozenset(["woman", "girl", "mother", "daughter", "wife", "actress", "queen", "princess",
                           "spokeswoman", "chairwoman"])
_MALE_NOUNS = frozenset(["man", "boy", "father", "son", "husband", "actor", "king", "prince", "spokesman", "chairman"])


def _unnamed(people: bool, stretch: str) -> bool:
    """Whether ``stretch`` tells of a person (or an organisation) by a common noun, whom the pronoun may mean."""
    return (_UNNAMED_PERSON if people else _UNNAMED_BODY).search(stretch) is not None


def _named(word: str, text: str, start: int, end: int, names: NameIndex, known: Mapping[str, str],
           bodies: Collection[str]) -> set[str]:
    """The people (for "he", "his", "she", "her") or the organisations (for "its") named in ``text[start:end]`` that
    the pronoun ``word`` may stand for, a name it may mean but that is no sure one marked with "?": a name of either
    kind ("Anadarko"), a surname two people share ("Jackson"), a person whose gender the story does not tell (a
    place's name looks like one: "Arlington National Cemetery"). Places, countries and things the story calls "the
    Atlantic" are none."""
    found: set[str] = set()
    gender = {"he": "m", "his": "m", "she": "f", "her": "f"}.get(word)
    if gender is None:  # ("when the WHO raised ...": an organisation's initials, which the name finder may pass over)
        found |= {m.group(1) for m in _ACRONYM_IN.finditer(text, start, end) if m.group(1) not in _NO_BODY_CODES}
    for m in names.between(start, end):
        name = names.resolve(m.text)
        if actor_kind(name) == "place" or name in COUNTRY_NAMES or re.search(r"\bthe\s+$", text[max(0, m.start - 5):m.start]):
            continue
        if gender is None:
            sure = actor_kind(name) == "body" or (name in bodies and " " in name and not looks_personal(name)) \
                or acts_as_body(name, text, names, known)  # ("Halliburton ... its": :mod:`.lone_bodies`)
            found.add(name if sure or _ACRONYM.fullmatch(name) else f"?{name}")
            continue
        if actor_kind(name) == "body":
            continue  # ("Bloomberg News" is no "he"; "Jackson", which the chain of organisations may hold, may be)
        if word in ("he", "she") and re.match(r"['’]s\b", text[m.end:m.end + 2]):
            continue  # ("Murray's assistant": an owner is no one who acts)
        told = known.get(name) or next((g for k, g in known.items() if names.resolve(re.sub(r"['’]s$", "", k)) == name),
                                       None) or _TITLE_GENDER.get(_title_before(text, m.start))
        if told is not None and told != gender:
            continue  # ("Ms Fleming" is no "he")
        fulls = {full for full in names.counts if full.split()[-1] == name and looks_personal(full)}
        who = _WHO_AFTER.match(text, m.end) is not None  # ("Obama, who was headed to Chicago": a person)
        if not (looks_personal(name) or told is not None or fulls or who):
            continue  # ("Sony", "Chicago": no one's name, nor any person's surname the story tells)
        if not looks_personal(name) and len(fulls) == 1:
            name = fulls.pop()  # ("Obama" of the story's one "Barack Obama")
            told = told or known.get(name)
        # (a person the story gives no gender, whom a "who" tells is one, is the "he" when no one else is named)
        sure = (told == gender or (who and told is None)) and (looks_personal(name) or who) and not names.ambiguous(name)
        found.add(name if sure else f"?{name}")
    return found


#: A relative "who" right after a name: the name is a person's.
_WHO_AFTER = re.compile(r",?\s+who\s")
#: An organisation's initials, "WHO", "BP", "EPA", alone in the text (not "H1N1", "U.S.", "BP.L").
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_IN = re.compile(r"(?<![\w.&-])([A-Z]{2,6})(?![\w.&-]|['’]?[A-Z])")
#: Capitals that name no organisation: countries and unions of them, time zones, numerals.
_NO_BODY_CODES = frozenset(["US", "UK", "USA", "UAE", "EU", "AM", "PM", "ET", "EST", "EDT", "BST", "GMT", "PST", "PDT",
                            "CST", "CDT", "CET", "TV", "II", "III", "IV", "VI", "AP", "OK", "CEO", "CFO", "MP", "MPS"])


def _title_before(text: str, at: int) -> str:
    """The honorific or office right before a name ("President", "Mrs"), or ""."""
    m = re.search(r"\b([A-Z][a-z]+)\.?\s+$", text[max(0, at - 16):at])
    return m.group(1) if m else ""


#: The gender an office or an honorific before a name tells (a president, a senator may be either: none).
_TITLE_GENDER = {**{w.rstrip("."): "m" for w in MALE_TITLES}, **{w.rstrip("."): "f" for w in FEMALE_TITLES}}
