"""Who "the woman" opening a title is when the story never names her: the description it gave her just before.

News often reports someone it does not name, describing them once ("Norland confirmed its first case of marsh fever
in a 19-year-old Danish student"; "a 40-year-old man from Eastport was taken to hospital") and calling them "the
woman" or "the man" in the next sentence. Read apart from the story, "The woman arrives on a ferry" places no one;
the description does ("The 19-year-old Danish student arrives on a ferry"). The description must be the only one of
a person in the two sentences before, tell more than the noun (an age, a nationality, a trade) and fit the title's
noun: the same noun ("a 40-year-old man"), or for "the man" and "the woman" a trade or a people's name ("a Filipina
nurse", "a 21-year-old Canadian"). Two described people, or none, leave the title as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.title_words import MAX_CHARS

__all__ = ["UnnamedPerson", "described_person", "unnamed_person"]

#: The title's subject: "The woman arrives", "The man, who ...", "The boy's school".
_SUBJECT = re.compile(r"The (man|woman|boy|girl|child|baby|teenager|patient|student|pupil)(?=['’]s\s|\s+[a-z]|,\s)")
#: Nouns that may describe a man or a woman the story goes on to call by "the man" or "the woman".
_TRADES = (r"nurse|doctor|student|teacher|worker|passenger|tourist|traveller|traveler|pilot|soldier|employee|resident|"
           r"businessman|businesswoman|patient|pupil|teenager|visitor|mother|father")
#: The shape of a people's name: "Canadian", "Filipina", "Mexican", "Singaporean".
_PEOPLE_WORD = r"[A-Z][a-z]+(?:an|ese|ish|ina|ino|i)"
#: A people's name as a noun: "Canadian", "Filipina", "Briton", "Singaporean" (a capitalised word of that shape), with
#: no noun after it ("a Houston clinic", "a Canadian firm" describe no person).
_DEMONYM = (r"(?:" + _PEOPLE_WORD + r"|Briton)(?=[,.;]|\s+(?:who|whose|has|had|is|was|tested|died|"
            r"arrived|returned|became)\b)")
#: A word describing the person before the noun: an age ("19-year-old"), an adjective, a people's name; never a word
#: of grammar ("a man who", "a woman in").
_MODIFIER = (r"(?:(?!(?:who|that|which|of|in|on|at|to|for|from|with|and|or|but|by|as|is|was|has|had|the|a|an)\b)"
             r"[\w’'-]+\s+)")
#: The description's end: where the person is from ("from Eastport", "from north-west London").
_FROM = r"(?:\s+from\s+(?:[a-z-]+\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?"


def described_person(title: str, before: str) -> str:
    """``title`` with its "The woman" subject put as the one description ``before`` (the story's text before the
    title's sentence) gave of that person in its last two sentences; ``title`` unchanged otherwise."""
    m = _SUBJECT.match(title)
    if m is None:
        return title
    noun = m.group(1)
    heads = re.escape(noun) + ("|" + _TRADES + "|" + _DEMONYM if noun in ("man", "woman") else "")
    window = " ".join(re.split(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])", before.strip())[-2:])
    found = [d for d in re.finditer(r"\b[Aa]n?\s+(" + _MODIFIER + r"{0,3}?)(" + heads + r")\b(?![-’'])(" + _FROM + r")",
                                    window)]
    # Only a person the story describes: two people ("a 12-year-old girl ...; a 41-year-old woman ...") may be either.
    people = re.findall(r"\b[Aa]n?\s+" + _MODIFIER + r"{0,3}?(?:man|woman|boy|girl|child|baby|" + _TRADES + "|"
                        + _DEMONYM + r")\b(?![-’'])", window)
    # (a description said twice, as a page's heading and its first line, is one person)
    found = list({d.group(0): d for d in found}.values())
    if len(found) != 1 or len(set(people)) != 1:
        return title
    d = found[0]
    words, head, where = d.group(1).strip(), d.group(2), d.group(3)
    if not words and not where:
        return title  # "a woman": the title's noun again, with nothing the reader did not have
    if noun not in ("man", "woman") and head != noun:
        return title
    named = f"The {words + ' ' if words else ''}{head}{where}{title[m.end():]}"
    return named if len(named) <= MAX_CHARS else title


#: A sentence opened by someone described, never named: "The Mexican man arrived", "The woman, who had asthma, died".
_UNNAMED_SUBJECT = re.compile(r"The\s+((?:(?:[a-z][\w-]*|" + _PEOPLE_WORD + r")\s+){0,2}?)"
                              r"(man|woman|boy|girl|patient|victim|suspect)\b(?=,|\s+[a-z])")
#: The pronoun's gender each noun tells ("m" or "f"); the others fit either.
_NOUN_GENDER = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}


@dataclass(frozen=True)
class UnnamedPerson:
    """The person a sentence's subject describes without a name: how a headline can call them, or None when the
    story gives no more than the bare noun ("The man")."""

    description: str | None


def unnamed_person(sentence: str, before: str, gender: str | None) -> UnnamedPerson | None:
    """Who a "he" or "she" (of ``gender``, "m" or "f") after ``sentence`` is when ``sentence`` opens with someone it
    describes and does not name ("The Mexican man arrived ... He developed a fever": "The Mexican man"; "The woman
    died" after "a 20-year-old Moroccan woman": that description, from ``before``, the text before ``sentence``);
    None when ``sentence`` opens with no such person of that gender."""
    m = _UNNAMED_SUBJECT.match(sentence)
    if m is None or _NOUN_GENDER.get(m.group(2), gender) != gender:
        return None
    if m.group(1):
        return UnnamedPerson(f"The {m.group(1)}{m.group(2)}")
    described = described_person(f"The {m.group(2)} is", before)
    return UnnamedPerson(described[:-3] if described.endswith(" is") and described != f"The {m.group(2)} is" else None)
