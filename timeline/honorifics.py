"""Honorifics, the titles news prose puts before a person's name: the one table of them.

"Mr Hayward", "Dr Conrad Murray", "Sir Liam Roe", "Prof Ina Vos": a word from here before a capitalised word makes
that word a person's name. The name finders, the speaker finders and the title writers of ``extract/`` take their
honorifics from here; a reader that knows fewer of them takes a named part of the table (``SURNAME_TITLES``), never
a list of its own. Offices written in full before a name ("President", "Senator") are roles, not honorifics: their
readers keep them, since each reads them for its own rule; the offices and ranks news writes short ("Sen.", "Gov.",
"Lt Col") are a table here (``OFFICE_ABBREVIATIONS``), since every reader of a stop or of a name before a name reads the
same ones.
"""

from __future__ import annotations

#: Courtesy titles: the ones British news style puts before every later mention of a surname ("Mr Hayward said").
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss")
#: The courtesy titles, and "Dr": what a story calls a person by with the surname alone ("Dr Murray").
SURNAME_TITLES = (*COURTESY_TITLES, "Dr")
#: A professor's title, abbreviated or in full ("Prof Ina Vos", "Professor Vos").
PROFESSOR_TITLES = ("Prof", "Professor")
#: Titles of rank that go before a full or first name ("Sir Liam Roe", "Dame Ina", "Lord Browne", "Lady Ashton").
RANK_TITLES = ("Sir", "Dame", "Lord", "Lady")
#: The honorifics American style writes with a stop ("Mr.", "Dr.", "Prof."): the stop after one ends no sentence.
DOTTED_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof")
#: Offices, ranks and the clergy's title as news writes them short before a name ("Gov. Bobby Jindal", "Sen Ann Roe",
#: "Lt Col Tom Vos", "the Rev. Al Roe"): a stop after one ends no sentence, and a name follows it.
OFFICE_ABBREVIATIONS = ("Gov", "Sen", "Rep", "Gen", "Adm", "Lt", "Col", "Capt", "Sgt", "Rev")
#: Every honorific.
HONORIFICS = (*SURNAME_TITLES, *PROFESSOR_TITLES, *RANK_TITLES)
#: The honorifics that tell the person's gender ("m" or "f"); "Dr" and "Prof" tell none.
GENDER = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f", "Lady": "f"}
MALE_TITLES = tuple(word for word in HONORIFICS if GENDER.get(word) == "m")
FEMALE_TITLES = tuple(word for word in HONORIFICS if GENDER.get(word) == "f")


def honorific_pattern(*groups: tuple[str, ...]) -> str:
    """The words of ``groups`` as one regex alternation (no group, no dot): the longest first, so that "Mrs" is
    never read as "Mr" and a left-over "s" wherever nothing after the alternation forces the longer word."""
    words = dict.fromkeys(w for group in groups for w in group)
    return "|".join(sorted(words, key=len, reverse=True))
