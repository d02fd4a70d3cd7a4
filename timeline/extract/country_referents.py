"""Which country a title's "The country's" is: the one country the story named just before.

A story names a country ("In Mexico, where officials ordered restaurants to close, the country's health secretary
said ...", "Mexicans can start to relax. But the country's health minister said ...") and then calls it "the country".
Read apart from the story, "The country's health minister says" names nobody; the country does ("Mexico's health
minister says"). The country must be the only one named in the nearest stretch that names any (the sentence's words
before the title, else the sentence before): "Egypt and Mexico ... the country's" stays.
A title that already names a country keeps its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from timeline.extract.sentences import Sentence

__all__ = ["COUNTRY_NAMES", "country_named", "nearest_named"]

#: Countries a news story names, with the people's name that also tells the country ("Mexicans", "Mexican officials").
_COUNTRIES = {
    "Afghanistan": "Afghans?", "Argentina": "Argentines?|Argentinians?", "Australia": "Australians?",
    "Austria": "Austrians?", "Bangladesh": "Bangladeshis?", "Belgium": "Belgians?", "Brazil": "Brazilians?",
    "Britain": "Britons?|British", "Canada": "Canadians?", "Chile": "Chileans?", "China": "Chinese",
    "Colombia": "Colombians?", "Costa Rica": "Costa Ricans?", "Cuba": "Cubans?", "Denmark": "Danes?|Danish",
    "Ecuador": "Ecuadorians?", "Egypt": "Egyptians?", "El Salvador": "Salvadorans?", "Finland": "Finns?|Finnish",
    "France": "French", "Germany": "Germans?", "Greece": "Greeks?", "Guatemala": "Guatemalans?",
    "Honduras": "Hondurans?", "Hong Kong": "", "India": "Indians?", "Indonesia": "Indonesians?", "Iran": "Iranians?",
    "Iraq": "Iraqis?", "Ireland": "Irish", "Israel": "Israelis?", "Italy": "Italians?", "Japan": "Japanese",
    "Kenya": "Kenyans?", "Libya": "Libyans?", "Malaysia": "Malaysians?", "Mexico": "Mexicans?",
    "the Netherlands": "Dutch", "New Zealand": "New Zealanders?", "Nicaragua": "Nicaraguans?", "Nigeria": "Nigerians?",
    "Norway": "Norwegians?", "Pakistan": "Pakistanis?", "Panama": "Panamanians?", "Peru": "Peruvians?",
    "the Philippines": "Filipinos?", "Poland": "Poles?|Polish", "Portugal": "Portuguese", "Russia": "Russians?",
    "Saudi Arabia": "Saudis?", "Singapore": "Singaporeans?", "South Africa": "South Africans?",
    "South Korea": "South Koreans?", "Spain": "Spaniards?|Spanish", "Sweden": "Swedes?|Swedish",
    "Switzerland": "Swiss", "Taiwan": "Taiwanese", "Thailand": "Thais?", "Turkey": "Turks?|Turkish",
    "Venezuela": "Venezuelans?", "Vietnam": "Vietnamese",
    # (named with "the", these stay in the title's words, but they still tell that the nearest country is another)
    "the United States": r"U\.S\.|US|USA|America|Americans?", "the UK": r"UK|U\.K\.|United Kingdom",
    "the UAE": "UAE|United Arab Emirates|Emiratis?",
}
#: Countries named only by their name here: "the country" after one of them is not one named further back.
_COUNTRIES.update(dict.fromkeys((
    "Algeria", "Azerbaijan", "Bahrain", "Bahamas", "Barbados", "Belarus", "Bolivia", "Brunei", "Bulgaria", "Cambodia",
    "Croatia", "Cyprus", "Czech Republic", "Dominican Republic", "England", "Estonia", "Ethiopia", "Fiji", "Ghana",
    "Haiti", "Hungary", "Iceland", "Jamaica", "Jordan", "Kazakhstan", "Kuwait", "Laos", "Latvia", "Lebanon",
    "Lithuania", "Luxembourg", "Malta", "Mongolia", "Morocco", "Myanmar", "Nepal", "North Korea", "Oman", "Paraguay",
    "Puerto Rico",
    "Qatar", "Romania", "Scotland", "Serbia", "Slovakia", "Slovenia", "Sri Lanka", "Syria", "Tanzania", "Trinidad",
    "Tunisia", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Wales", "Yemen", "Zimbabwe"), ""))
#: The countries' names as a story writes them after "the" or alone ("Saudi Arabia", "United States").
COUNTRY_NAMES = frozenset(country.removeprefix("the ") for country in _COUNTRIES)
#: One alternation per country: its name, or a people's name standing as a word of its own.
_MENTION = {country: re.compile(r"(?<![\w-])(?:" + re.escape(country.removeprefix("the ")) + (
    "|" + people if people else "") + r")(?![\w-])") for country, people in _COUNTRIES.items()}
#: "The country's health minister says", "The country has only ...": the country as the title's subject or its owner.
_THE_COUNTRY = re.compile(r"^The country(?=['’]s\s+[a-z]|\s+(?:has|had|is|was|will|would|could)\b)")


def _named(text: str) -> set[str]:
    return {country for country, mention in _MENTION.items() if mention.search(text)}


def country_named(title: str, text: str, sentences: Sequence[Sentence], index: int, start: int) -> str:
    """ "The country's health minister says ..." -> "Mexico's health minister says ..." when the text before the title
    (the sentence's own words before ``start``, then the sentence before it) names one country first; the title
    unchanged when the nearest stretch that names a country names more than one, or none does."""
    m = _THE_COUNTRY.match(title)
    if m is None or _named(title):
        return title
    # ("In Mexico, where officials ordered ..., the country's health secretary said": the quote may open before it)
    found = nearest_named(text, sentences, index, start, "the country", _named)
    if len(found) != 1:
        return title
    country = found.pop()
    # ("the Philippines's" reads wrong; the story's own words stay)
    return title if country.startswith("the ") else country + title[m.end():]


def nearest_named(text: str, sentences: Sequence[Sentence], index: int, start: int, phrase: str,
                  named: Callable[[str], set[str]]) -> set[str]:
    """What ``named`` finds in the nearest stretch before a title's ``phrase`` ("the country", "the state") that names
    anything: the sentence's own words before the phrase (before ``start`` when the sentence does not hold it), else
    the sentence before; empty when neither names one. More than one name found means the phrase stays unplaced."""
    said = text.lower().find(phrase, start, sentences[index].end)
    before = [text[sentences[index].start:said if said >= 0 else start]] + ([sentences[index - 1].text] if index else [])
    for stretch in before:
        found = named(stretch)
        if found:
            return found
    return set()
