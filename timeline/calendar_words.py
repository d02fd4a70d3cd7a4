"""Month and weekday names and time-zone abbreviations: the one table of them.

The tagger, the page-furniture finder (``extract/cleanup.py``), the name finder
(``extract/names.py``), the sentence splitter and the readers of published dates
all take their calendar words from here. A reader that knows fewer of them takes
a named part of these tables (``NEWS_ZONES``), never a list of its own.
"""

from __future__ import annotations

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
#: Abbreviations news text writes for months ("Sept. 9", "Jun 19"); "may" needs none.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")


def _numbered(names: tuple[str, ...], abbreviations: tuple[str, ...], first: int) -> dict[str, int]:
    """Each name and abbreviation to its number; an abbreviation is the start of one name."""
    number = {name: i for i, name in enumerate(names, start=first)}
    return number | {a: next(number[n] for n in names if n.startswith(a)) for a in abbreviations}


#: The weekdays and the months written out, capitalized as running text has them ("Monday",
#: "January"); regex alternations.
WEEKDAY_NAME_PATTERN = "|".join(name.capitalize() for name in WEEKDAY_NAMES)
MONTH_NAME_PATTERN = "|".join(name.capitalize() for name in MONTH_NAMES)
#: Month words, in lower case, to the month's number (1-12): "january", "jan", "sept".
#: The first three letters of any month word are a key too ("Sept" -> "sep").
MONTHS = _numbered(MONTH_NAMES, MONTH_ABBREVIATIONS, 1)
#: Weekday words, in lower case, to ``date.weekday()`` (Monday is 0).
WEEKDAYS = _numbered(WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS, 0)
#: A month written out or abbreviated, any case of its first letter as news text has it
#: ("Jan", "January", "Sept", "September"), without the period; a regex alternation.
MONTH_PATTERN = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")

# Time zones, written as news text writes them. A zone's value is its fixed offset from
# UTC in minutes, or the IANA zone whose offset depends on the date (summer time).

#: European zones with a fixed offset, as wire services and British papers stamp clock times
#: ("1900 GMT", "14.30 BST").
EUROPEAN_ZONES = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120}
#: North American and European zones with a fixed offset ("5:45 p.m. EDT", "1900 GMT").
FIXED_ZONES = {
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, **EUROPEAN_ZONES,
}
#: The same zones as regex alternations ("GMT|UTC|BST|CET|CEST"); no abbreviation is the start of
#: another that could follow a clock, so the order does not matter before a word boundary.
FIXED_ZONE_PATTERN = "|".join(FIXED_ZONES)
EUROPEAN_ZONE_PATTERN = "|".join(EUROPEAN_ZONES)
#: US newsroom zones whose offset follows summer time ("5:01 p.m. ET").
LOCAL_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
#: The US zones as words ("2 p.m. Eastern").
ZONE_WORDS = {
    "Eastern": "America/New_York", "Central": "America/Chicago", "Mountain": "America/Denver",
    "Pacific": "America/Los_Angeles",
}
#: Zones only page stamps read: other continents' fixed zones as wire services stamp them
#: ("10:57 am HKT") and the BBC's "07:37 UK time". In a story's sentences or a front matter's
#: date, "IST" (India, Israel, Ireland) and the like are too ambiguous to resolve.
WIRE_ZONES = {"EET": 120, "EEST": 180, "JST": 540, "HKT": 480, "IST": 330, "AEST": 600, "AEDT": 660,
              "UK time": "Europe/London"}
#: The zones a story's sentences and dates name.
NEWS_ZONES = FIXED_ZONES | LOCAL_ZONES | ZONE_WORDS
#: The abbreviations a clock time in a page's furniture carries ("EDT", "GMT", "ET"), as a regex alternation,
#: longest first so that "EDT" is not read as "ET".
CLOCK_ZONE_PATTERN = "|".join(sorted(FIXED_ZONES | LOCAL_ZONES, key=lambda z: (-len(z), z)))
