"""People and organisations named in a document, for event tags.

Without a named-entity model, a name in English news is a run of capitalised
words ("Dario Amodei", "Department of Defense", "Center for Security and
Emerging Technology"). The run is cleaned of what is capitalised for other
reasons: the first word of a sentence when it is a common word ("But", "The"),
months and weekdays, job titles in front of a name ("Defense Secretary Pete
Hegseth" tags Pete Hegseth), and possessive endings. Within one document the
short forms a reporter uses after the first mention are folded into the full
name: "Amodei" -> "Dario Amodei", "DoD" -> "Department of Defense" (initials).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from timeline.calendar_words import FIXED_ZONES, LOCAL_ZONES, MONTHS, WEEKDAY_NAMES
from timeline.english_auxiliaries import BE_FINITE
from timeline.extract.count_words import numbers
from timeline.extract.country_referents import COUNTRY_NAMES

# A middle initial ("Thad W. Allen") is a word of the name when a capitalised word follows it.
# No word runs on into digits: "SW1" is a postcode, not the name "SW".
# Letters past ASCII are a name's too ("Ingrid Sørvik", "José Núñez"): a name stops at no accented letter.
_LOWER, _UPPER = "a-zß-öø-ÿ", "A-ZÀ-ÖØ-Þ"
_WORD = (rf"(?:(?:[A-Z]\.){{2,}}|(?:[A-Z]|St|Mt|Ft)\.(?=[ \t]+[A-Z][a-z])|[{_UPPER}][{_LOWER}{_UPPER}]*(?:['’][{_LOWER}{_UPPER}]+|"
         rf"-[{_UPPER}][{_LOWER}{_UPPER}]*)*(?![0-9{_LOWER}{_UPPER}])|[A-Z]{{2,}}s?(?![0-9{_LOWER}{_UPPER}]))")
_CONNECTOR = r"(?:of|for|de|la|del|von|van|the|al|bin|da|du)"
_CONNECTOR_RE = re.compile(_CONNECTOR)
_POSSESSIVE = re.compile(r"['’]s?$")
#: Names never span a line break (captions and credits sit on their own lines), nor a gap wider than three
#: spaces: that is what blanking a ticker or a link's label left where the source had a bracket (see
#: :mod:`.inline_marks`).
#: An institution's head word, after which "of the" goes on with its name ("Department of the Interior", "Bank of
#: the West"); after a place it starts another name ("the East Coast of the U.S.").
_OF_THE_HEADS = ("Department", "Ministry", "Office", "Bank", "Church", "Museum", "Institute", "University", "College",
                 "Court", "Council", "Society", "League", "Association", "Chamber", "Bureau", "Board", "Commission",
                 "Committee", "Order", "Secretary", "Minister", "Union", "Federation", "Academy", "Friends")
_OF_THE = "(?:" + "|".join(f"(?<={head})" for head in _OF_THE_HEADS) + r")[ \t]{1,3}of[ \t]{1,3}the"
#: An Arabic surname's article joined by a hyphen ("Abdullah al-Rabeeah", "Hatem el-Gabali") goes on with the name;
#: not after an owner ("Laden's al-...").
_ARTICLE_JOINED = r"(?<![’']s)[ \t](?:al|el)-(?=[A-Z])"
_NAME_RUN = re.compile(rf"\b{_WORD}(?:(?:(?:{_OF_THE}|[ \t]{{1,3}}(?:{_CONNECTOR}|&))?[ \t]{{1,3}}|{_ARTICLE_JOINED}){_WORD})*")
_ZONES = {*FIXED_ZONES, *LOCAL_ZONES, "AM", "PM", "A.M.", "P.M."}  # words after a clock time: "EDT", "ET", "PM"

_MONTHS = frozenset(MONTHS)
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: Job titles and honorifics that precede a name but are not part of it.
_ROLES = {
    "secretary", "president", "vice", "ceo", "cfo", "coo", "cto", "chief", "executive", "officer",
    "minister", "prime", "gov", "gov.", "governor", "sen", "sen.", "senator", "rep", "rep.",
    "representative", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
    "general", "gen", "gen.", "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
    "spokesperson", "judge", "justice", "mayor", "king", "queen", "prince", "princess", "pope",
    "attorney", "speaker", "leader", "commissioner", "ambassador", "undersecretary", "deputy", "founder",
    "co-founder", "cofounder", "chancellor", "senior", "analyst", "adviser", "advisor", "lt.", "col.",
    "capt.", "sgt.", "adm.", "sir", "lord", "lady", "dame", "rev.", "pastor", "sheriff", "councilman",
    "councilwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "lawmaker",
    "treasurer", "auditor", "comptroller", "head", "editor", "correspondent", "reporter", "manager",
    "partner", "staffer", "czar", "miss", "adm", "admiral", "lt", "col", "colonel", "capt", "captain", "sgt",
    "sergeant", "cmdr", "commander", "lieutenant", "cpl", "corporal", "pvt", "private", "maj", "insp",
    "inspector", "det", "detective", "supt", "superintendent", "constable", "rabbi", "imam",
    "sheikh", "bishop", "archbishop", "cardinal", "father", "sister", "brother", "coach",
}
#: "St James's Square", "Martha's Vineyard": a possessive inside a place's name.
_PLACE_NOUNS = {"square", "street", "park", "road", "place", "cathedral", "church", "hospital", "college",
                "island", "bay", "vineyard", "inn", "lane", "court", "gate", "hill", "green", "wharf"}
#: A role word before one of these is part of an institution's name: "Justice Department", "State Department".
_INSTITUTION_NEXT = {"department", "ministry", "office", "committee", "council", "court", "party", "agency",
                     "service", "bureau", "board", "commission", "division", "department's", "league", "society"}
#: Capitalised only because they open a sentence, a quote or a heading.
_COMMON = {
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
    "we", "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "if",
    "in", "on", "at", "for", "from", "by", "with", "as", "after", "before", "when", "while", "although",
    "though", "since", "during", "until", "because", "what", "who", "why", "how", "where", "which",
    "some", "many", "most", "more", "much", "all", "both", "each", "every", "several", "no", "not",
    *numbers(1), "other", "another",
    "such", "still", "also", "then", "now", "today", "yesterday", "tomorrow", "tonight", "however",
    "meanwhile", "earlier", "later", "last", "next", "first", "under", "over", "about", "according",
    "should", "would", "could", "will", "can", "may", "might", "must", "do", "does", "did", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "caving", "watch", "read", "photo",
    "video", "update", "updated", "breaking", "exclusive", "opinion", "analysis", "editor's", "note",
    "mr", "mrs", "ms", "dr", "yes", "oh", "well", "like", "just", "only", "even", "despite", "instead",
    "without", "within", "into", "onto", "upon", "between", "among", "against", "toward", "towards",
    "including", "amid", "unlike", "us", "them", "him", "me", "let", "please", "any",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "billions", "dozens", "scores", "half",
    # Function words and sentence adverbs that open a sentence: "Unless BP succeeds ...".
    "unless", "once", "whenever", "wherever", "whereas", "whether", "besides", "nor", "neither", "either",
    "whose", "whom", "none", "nobody", "nothing", "something", "anything", "everything", "everyone", "someone",
    "anyone", "perhaps", "maybe", "indeed", "thus", "hence", "therefore", "otherwise", "nevertheless",
    "nonetheless", "moreover", "furthermore", "again", "already", "almost", "nearly", "around", "across",
    "through", "throughout", "beyond", "behind", "below", "above", "near", "off", "out", "up", "down",
    "ahead", "along", "alongside", "regardless", "given", "following", "per", "via", "ago", "too",
}


#: Capitalised inside a run, these start a new sentence the text left unpunctuated.
_BOUNDARY_WORDS = {"When", "While", "After", "Before", "If", "But", "As", "Since", "Because", "Although", "Though",
                   "Unless", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our", "This", "That",
                   "These", "Those", "There", "Then", "Now", "Yesterday", "Today"}
#: Never the first word of a name, wherever it stands.
_FUNCTION_WORDS = {"a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "if", "in", "on", "at",
                   "for", "from", "by", "with", "as", "of", "to", "he", "she", "it", "they", "we", "i", "his", "her",
                   "its", "their", "our", "my", "your", "when", "while", "after", "before", "since", "unless"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text, with its span.

    ``before_role`` marks a word in front of a job title ("Defense" in "Defense
    Secretary Pete Hegseth"): a name only if the text also uses it on its own.
    """

    start: int
    end: int
    text: str
    before_role: bool = False


def _clean_run(run: str, opens: bool = True, after: str = "", before: str = "") -> list[tuple[str, bool]]:
    """Split a capitalised run into names: drop roles, months, weekdays, possessives."""
    names: list[list[str]] = [[]]
    ends_in_role: list[bool] = []
    words = run.split()
    for i, raw in enumerate(words):
        if i and raw in _BOUNDARY_WORDS:
            ends_in_role.append(False)  # "AP When Tom Reddoch ...": a caption's credit, then a new sentence
            names.append([])
            continue
        if i and i + 1 == len(words) and raw.lower() in _MONTHS and not re.match(r"\s*\d", after) \
                and words[i - 1][:1].isupper() and words[i - 1].lower() not in _MONTHS | _WEEKDAYS | _ROLES | _COMMON \
                and not _CONNECTOR_RE.fullmatch(words[i - 1]):
            names[-1].append(raw)  # "spokeswoman Hannah August said": a surname, not a date
            continue
        possessive = _POSSESSIVE.search(raw) is not None
        place = possessive and i + 2 == len(words) and words[i + 1].lower() in _PLACE_NOUNS
        w = raw if place else _POSSESSIVE.sub("", raw)
        low = w.lower().rstrip(".")
        institution = i + 1 < len(words) and _POSSESSIVE.sub("", words[i + 1]).lower() in _INSTITUTION_NEXT
        if low in _MONTHS or low in _WEEKDAYS or w in _ZONES or (
                (low in _ROLES or w.lower() in _ROLES) and not institution):
            ends_in_role.append(low in _ROLES)
            names.append([])
            continue
        names[-1].append(w)
        if possessive and not place:  # "Georgetown’s Center for ..." is two names; "St James's Square" one
            ends_in_role.append(False)
            names.append([])
    ends_in_role.append(False)
    out = []
    for k in range(len(names)):
        of = names[k].index("of") if "of" in names[k] else -1
        titled = ends_in_role[k - 1] if k else bool(before.split()) and before.split()[-1].lower() in _ROLES
        if titled and of >= 2 and looks_personal(" ".join(names[k][:of])):
            # "Rep. Darrell Issa of California", "Chief Executive Tony Hayward of BP": after a person's title, a
            # first name and a surname are the person, and "of" opens where they come from or work (its own name).
            names[k:k + 1] = [names[k][:of], names[k][of + 1:]]
            ends_in_role[k:k + 1] = [False, ends_in_role[k]]
    for parts, role_follows in zip(names, ends_in_role, strict=False):
        # Connectors cannot start or end a name ("of Defense" -> "Defense").
        while parts and (_CONNECTOR_RE.fullmatch(parts[0]) or parts[0] == "&"):
            parts.pop(0)
        while parts and (_CONNECTOR_RE.fullmatch(parts[-1]) or parts[-1] == "&"):
            parts.pop()
        # A common word is capitalised for its position only at a sentence's or line's start:
        # inside a sentence it belongs to the name ("Opinion Dynamics Corp.").
        first_chunk = parts is names[0]
        while parts and ((parts[0].lower() in _COMMON and ((opens and first_chunk) or parts[0].lower() in _FUNCTION_WORDS))
                         or _CONNECTOR_RE.fullmatch(parts[0]) or parts[0] == "&"):
            parts.pop(0)  # "Hundreds of Jackson fans": neither "Hundreds" nor "of" is part of a name
        # "Los Angeles for This Is It": what follows a connector is no part of the name when it is
        # only common words; nor does a name end in a connector or a function word.
        joins = [i for i, p in enumerate(parts) if i and _CONNECTOR_RE.fullmatch(p)]
        if joins and all(p.lower() in _COMMON for p in parts[joins[-1] + 1:]):
            parts = parts[:joins[-1]]
        while len(parts) > 1 and ((parts[-1].lower() in _FUNCTION_WORDS | set(BE_FINITE)
                                   and not parts[-1].isupper())  # "Ixtoc I", "Rocky II" end in numerals
                                  or _CONNECTOR_RE.fullmatch(parts[-1]) or parts[-1] == "&"):
            parts.pop()
        if parts and not all(p.lower() in _COMMON for p in parts):  # "This Is It" is no actor's name
            out.append((" ".join(parts), role_follows))
    return out


#: "Sri Lankan", "South African", "North Korean" before a common noun: adjectives, not actors.
_PLACE_PREFIX = re.compile(r"(?:Sri|South|North|East|West|New|Latin|Central|Saudi|Papua|Costa|Puerto|Sierra)\s")
#: A credit line names the reporters, not the story's actors: "Reporting by ...", "... contributed to this report".
_CREDIT = re.compile(r"(?i)\b(?:contributed(?:\s+\w+){0,3}\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)|"
                     r"(?:additional\s+)?reporting\s+by|editing\s+by|writing\s+by|compiled\s+by|"
                     r"contributed\s+reporting|reported\s+from|^\s*by\s+[A-Z]|writers?\s+[A-Z][^.\n]{0,80}contributed)")


#: "Congressional committee", "Presidential race": adjectives before a common noun.
_ADJECTIVE_END = re.compile(r"(?:ional|ial|ical|ual)$")
GROUPS = {"republicans", "democrats", "conservatives", "liberals", "socialists", "nationalists"}


def _not_a_name(word: str, before_common_noun: bool) -> bool:
    """A single capitalised word that names no one: "Americans" (a people), "Senators" (a role's plural),
    "Day" (of "Day 86"), "Congressional" (an adjective before its noun)."""
    low = word.lower()
    if low in GROUPS:
        return False
    return (re.fullmatch(r"[A-Z][a-z]+ans", word) is not None or (low.endswith("s") and low[:-1] in _ROLES)
            or low in _NUMBERED or (before_common_noun and _ADJECTIVE_END.search(low) is not None))


#: Common nouns capitalised before a number or in a page's furniture.
_NUMBERED = {"day", "week", "page", "part", "section", "chapter", "phase", "stage", "round", "step", "main",
             "figure", "table", "item", "episode", "volume"}


def _shouted(name: str) -> bool:
    """ "FLOOR OF THE GULF OF MEXICO", "HAY WHILE THE SUN": a heading or dateline in capitals, not a name."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z]{3,}(?:ED|ING)", name) and not re.search(r"[JNMQXL]ING$", name):
        # "AS IT RELEASED its report", "UPDATED", "BREAKING": a lede's opening words or a banner set in capitals;
        # initialisms do not end in a verb's ending (a dateline's "BEIJING" or "NANNING" is a city).
        return True
    return len(words) >= 2 and all(w.isupper() for w in words) and any(
        w.lower() in _COMMON or _CONNECTOR_RE.fullmatch(w.lower()) for w in words)


#: Words that every credit line holds; the full pattern is checked only around them.
_CREDIT_CUE = re.compile(r"(?i:\b(?:contributed|reporting|editing|writing|compiled|reported)\b)|(?m:^[ \t]*By\s)")


def _credit_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences or lines in ``text[start:end]`` (and around) that credit reporters."""
    spans: list[tuple[int, int]] = []
    for m in _CREDIT_CUE.finditer(text, max(0, start - 400), min(len(text), end + 400)):
        pos = m.start()
        if spans and spans[-1][0] <= pos < spans[-1][1]:
            continue
        first = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
        ends = [e for e in (text.find("\n", pos), text.find(". ", pos)) if e >= 0]
        last = min(ends) if ends else len(text)
        if last - first <= 400 and _CREDIT.search(text[first:last].strip()):
            spans.append((first, last))
    return spans


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Capitalised name runs in ``text[start:end]`` (raw forms, not yet folded)."""
    end = len(text) if end is None else end
    found: list[Mention] = []
    # Straight quotes pair up only when read from where a quotation cannot be open (a line's start, near
    # enough): read from the middle, or past a quotation too long for a title, a closing quote pairs with the
    # next opening one and the speaker between them ('," Palin, a contributor, said on "') looks like a title.
    scan_from = max(text.rfind("\n", max(0, start - 3000), max(0, start - 120)) + 1, start - 3000, 0)
    titles = [(q.start(), q.end()) for q in _QUOTED.finditer(text, scan_from, min(len(text), end + 120))
              if 3 <= len(q.group(1)) <= 120 and _title_case(q.group(1))]
    credits = _credit_spans(text, start, end)
    for m in _NAME_RUN.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in titles) or text[m.end(): m.end() + 1] == "-":
            continue  # a quoted title (“Technological Optimism and Appropriate Fear”), not a name
        run = m.group(0)
        next_word = _NEXT.match(text, m.end())
        for name, before_role in _clean_run(run, _opens(text, m.start()), text[m.end():m.end() + 4],
                                            text[max(0, m.start() - 16):m.start()]):
            single = " " not in name
            if (name.lower() in _COMMON or len(name) < 2 or name.isdigit()
                    or re.match(r"(?:I|We|You|They|He|She|It|That|There|What)['’]|[DRI]-[A-Z]", name) or (name.isupper() and name.lower() in _COMMON_CAPS)
                    or (single and name.lower() in COMMON_SINGLE)
                    or (next_word is not None and single and _DEMONYM.search(name))
                    or (single and _not_a_name(name, next_word is not None))
                    or _shouted(name)
                    or (next_word is not None and _PLACE_PREFIX.match(name) and re.search(r"(?:an|ese|ish|i)$", name))
                    or any(a <= m.start() < b for a, b in credits)):
                continue
            pos = text.find(name, m.start(), m.end())
            found.append(Mention(pos, pos + len(name), name, before_role))
    return _join_bodies(text, found)


#: The last word of a public body's name, which may join two capitalised runs with "and".
_BODY_END = re.compile(r"(?:Administration|Commission|Department|Agency|Institute|Committee|Council|Board|Service|"
                       r"Authority|Organi[sz]ation|Association|Foundation|Bureau|Centers?|Centres?|Prevention)$")


def _join_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """ "National Oceanic" and "Atmospheric Administration" -> "National Oceanic and Atmospheric Administration"."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:m.start] == " and " and _BODY_END.search(m.text):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], prev.before_role)
            continue
        out.append(m)
    return out


_QUOTED = re.compile(r"[“\"]([^“”\"\n]*)[”\"]")


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# A verb after the word makes it a subject ("Transocean has seen"), not an adjective ("Korean officials").
_NEXT = re.compile(r"[ \t]+(?!said\b|says\b|told\b|wrote\b|added\b|is\b|was\b|has\b|had\b|have\b|are\b|were\b|"
                   r"will\b|would\b|could\b|can\b|may\b|[a-z]+ed\b)[a-z]")
#: "British officials", "Ethiopian capital": nationality adjectives, not actors.
_DEMONYM = re.compile(r"(?:ish|ese|ian|ean|ican)$")
#: Capitalised at the start of a sentence, never a name on their own.
COMMON_SINGLE = {
    "foreign", "federal", "former", "senior", "top", "new", "local", "national", "international", "global",
    "stocks", "officials", "analysts", "investors", "shares", "prices", "sales", "police", "people", "residents",
    "lawmakers", "workers", "employees", "troops", "forces", "rebels", "protesters", "authorities",
    "scientists", "researchers", "experts", "voters", "markets", "earnings", "profits", "revenue", "revenues",
    "critics", "supporters", "opponents", "sources", "witnesses", "doctors", "prosecutors", "investigators",
}

#: Words written in capitals for emphasis in quotes ("ANY company").
_COMMON_CAPS = {"any", "all", "not", "never", "now", "very", "must", "only", "every", "no", "yes", "ok",
                # Common-noun initialisms, capitalised but naming no one.
                "ai", "ceo", "ceos", "cfo", "ipo", "gdp", "tv", "pc", "faq", "diy", "vip", "dna", "pdf"}


class NameIndex:
    """Folds a document's short name forms into the fullest form it uses.

    Built once per document: "Amodei" maps to "Dario Amodei" when the text
    names him in full; an all-caps or camel-case initialism maps to the name
    whose capitalised words it abbreviates ("DoD", "DPA"). A single word that
    is ambiguous (two full names end in it) stays as it is.
    """

    def __init__(self, text: str) -> None:
        mentions = find_names(text)
        # A single capitalised word the text also writes in lowercase is a common
        # word that opened a sentence ("Construction is set to begin"), not a name.
        lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", text))
        mentions = [m for m in mentions if " " in m.text or m.text.lower() not in lower_words]
        # A single word seen only where any word is capitalised (a sentence's or a line's start:
        # "Leaving these items aside", "Millions of gallons") is not known to be a name.
        in_full_names = {w for m in mentions if " " in m.text for w in m.text.split()}
        anywhere = {m.text for m in mentions if " " in m.text or _is_initialism(m.text) or m.text in in_full_names
                    or not (_opens(text, m.start) or _opens_story_before_noun(text, m))}
        anywhere -= {m.text for m in mentions if _PARTICIPLE_SHAPE.fullmatch(m.text) and m.text not in in_full_names} \
            - {m.text for m in mentions if _inside_sentence(text, m.start)}
        mentions = [m for m in mentions if m.text in anywhere]
        self.mentions = mentions  # in text order, for names_in
        self.common = {m.lower() for m in set(re.findall(r"\b[A-Z][a-z’'-]+\b", text)) if m.lower() in lower_words}
        self.counts: dict[str, int] = {}
        for m in mentions:
            if not m.before_role:
                self.counts[m.text] = self.counts.get(m.text, 0) + 1
        # A word before a job title is a name only if the text uses it alone too.
        self.counts.update({m.text: 0 for m in mentions if m.before_role and m.text not in self.counts})
        full = [n for n in self.counts if " " in n]
        self._legal: dict[str, list[str]] = {}
        for f in full:
            parts = f.split()
            if len(parts) == 2 and parts[1].rstrip(".").lower() in LEGAL_FORMS and self.counts.get(f):
                self._legal.setdefault(parts[0], []).append(f)
        self.starts = [m.start for m in self.mentions]
        self.canonical: dict[str, str] = {}
        self._text = text
        for name in self.counts:
            self.canonical[name] = self._fold(name, full)

    def _fold(self, name: str, full: list[str]) -> str:
        if " " not in name:
            # "BP" beside "BP Plc": the company's name with its legal form, one entity.
            legal = self._legal.get(name, [])
            if len(legal) == 1:
                return legal[0]
            if _is_initialism(name):
                capitals = "".join(c for c in name if c.isupper())
                # (no one's name, a given name and a surname: "BP" in a story that names Brad Pitt or the Bolivar
                # Peninsula is still BP, unless the story glosses the name with it, "Bay Power (BP)"; a longer name
                # that only looks personal, "International Personal Finance", is an institution's)
                hits = [f for f in full if _initials(f) == capitals and self.counts.get(f) and (
                    not looks_personal(f) or len(f.split()) > 2
                    or re.search(re.escape(f) + r"\s*\(\s*" + re.escape(name) + r"\b", self._text))]
                # Several spellings of one body ("Department of Defense", "Defense
                # Department") share initials: the first one the text uses wins.
                return hits[0] if hits else name
            # A surname used alone after the first mention ("Amodei"); "House" is not short for "White House".
            by_last = _shortest_forms([f for f in full if f.split()[-1] == name and self.counts.get(f)
                                       and looks_personal(f)])
            if len(by_last) == 1:
                return by_last[0]
            # "the Gulf" after "the Gulf of Mexico": the one longer name it opens, when the text
            # uses that name at least as often (a company's "BP" is not short for "BP America").
            by_first = [f for f in full if f.split()[0] == name and not looks_personal(f)
                        and self.counts.get(f, 0) >= self.counts.get(name, 0)]
            if len(by_first) == 1:
                return by_first[0]
            return name
        # "War Pete Hegseth" (a run that swallowed part of a job title) is "Pete Hegseth".
        inner = _shortest_forms([f for f in full if f != name and name.endswith(" " + f) and " " in f])
        return inner[0] if len(inner) == 1 else name

    def resolve(self, name: str) -> str:
        return self.canonical.get(name, name)

    def ambiguous(self, name: str) -> bool:
        """A surname shared by two people the text names in full ("Jackson": Michael and Katherine)."""
        return " " not in name and self.resolve(name) == name and sum(
            1 for f in self.counts if " " in f and f.split()[-1] == name and looks_personal(f)) >= 2

    def between(self, start: int, end: int) -> list[Mention]:
        """Raw name mentions lying in ``[start, end)`` of the document, in order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def names_in(self, text: str, start: int, end: int) -> list[str]:
        """Canonical names mentioned in ``text[start:end]``, in order, without repeats."""
        out: list[str] = []
        i = bisect.bisect_left(self.starts, start)
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end > end or (m.before_role and not self.counts.get(m.text)) or m.text.lower() in self.common:
                continue
            name = self.resolve(m.text)
            if name not in out and not self.ambiguous(name):
                out.append(name)
        return out


def _opens(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, a line or a quotation, where every word is capitalised."""
    before = text[max(0, pos - 4):pos]
    return pos == 0 or re.search(r"(?:^|[.!?:]\s|\n)[\"“‘(]?\s*$", before) is not None


def _opens_story_before_noun(text: str, m: Mention) -> bool:
    """Whether the plain word ``m`` opens a story after its dateline's dash and stands before a lowercase noun, as an
    adjective or a participle does ("LONDON (Reuters) - Emerging markets lender ..."); a name is followed by its verb
    or its possessive ("- Mexico has", "- AstraZeneca's unit")."""
    return _DATELINE_DASH.search(text, max(0, m.start - 16), m.start) is not None and m.text[1:].islower() \
        and _NEXT.match(text, m.end) is not None


#: A dateline's dash opens the story's first sentence: "LONDON, May 8 (Reuters) - Emerging markets lender ...",
#: "HOUSTON -- Hungry microbes ...".
_DATELINE_DASH = re.compile(r"(?:\)|\b[A-Z]{3,}\.?)[ \t]+(?:-{1,2}|–|—)[ \t]*$")
#: A word shaped like a participle ("Emerging", "Estimated", "Leaving"), capitalised where a sentence or a
#: run-on headline starts; a name only when the text also writes it so after a lowercase word or a comma.
_PARTICIPLE_SHAPE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")


def _inside_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a lowercase word or a comma in its sentence, where capitals mark a name."""
    return re.search(r"[a-z,;][ \t]+$", text[max(0, pos - 8):pos]) is not None


def _is_initialism(word: str) -> bool:
    letters = word.rstrip("s")
    return 2 <= len(letters) <= 6 and sum(c.isupper() for c in letters) >= 2


ORG_WORDS = {
    "house", "department", "bank", "court", "committee", "council", "party", "agency", "office", "union",
    "association", "company", "corp", "inc", "group", "times", "post", "news", "street", "space", "states",
    "senate", "congress", "university", "institute", "center", "centre", "ministry", "army", "force", "navy",
    "fund", "reserve", "exchange", "board", "commission", "service", "administration", "airlines", "motors",
    "act", "system", "network", "club", "church", "hospital", "school", "city", "county", "river", "valley",
    "energy", "oil", "petroleum", "gas", "power", "electric", "holdings", "capital", "partners", "media",
    "communications", "pharmaceuticals", "technologies", "systems", "insurance", "industries", "foods",
    "health", "resources", "mining", "steel", "chemicals", "airways", "railways", "logistics", "ltd", "plc",
    "llc", "co", "sa", "ag", "international", "global", "labs", "robotics", "securities", "investments",
    "foundation", "trust", "society", "authority", "organisation", "organization", "institution", "press",
    # Company words: "Apache Corporation", "Maersk Shipping" are no people.
    "corporation", "incorporated", "limited", "shipping", "ferries", "lines", "airline", "brands", "pharma",
    "therapeutics", "ventures", "enterprises", "solutions", "software", "telecom", "automotive", "bancorp",
    # Forces: "Coast Guard", "National Guard", "Border Patrol" are no people.
    "guard", "patrol",
}


_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "du", "la", "del", "von", "van", "der", "den", "di", "le"}


@functools.lru_cache(maxsize=4096)
def looks_personal(name: str) -> bool:
    """ "Dario Amodei", "Mary Ann Smith", "Thad W. Allen", "OJ Simpson", "Abdel Nasser al Qassem": two to four
    capitalised words (a middle initial and a particle count), none an institution word."""
    words = name.split()
    if any(re.search(r"['’]s$", w) or w.lower() in _WEEKDAYS for w in words) or words[0].lower() in _MONTHS:
        return False  # "Obama's February" is a possessive and a month, not a person
    if name in COUNTRY_NAMES:
        return False  # "Saudi Arabia has confirmed its first case ... he said", "Puerto Rico reported": no "he"
    # ("al-Rabeeah" is a surname; "Al" opening a name is a first name, "Al Sunseri", never "El Paso" or "La Mirada")
    core = [re.sub(r"^(?:al|el)-(?=[A-Z])", "", w) for i, w in enumerate(words)
            if w.lower() not in _PARTICLES or (i == 0 and w == "Al")]
    return 2 <= len(core) <= 4 and len(words) <= 5 and (words[0].lower() not in _PARTICLES or words[0] == "Al") \
        and all(w[:1].isupper() and (w[1:2].islower() or re.fullmatch(r"[A-Z]\.", w)
                                     or (i == 0 and re.fullmatch(r"[A-Z]{2}", w))) for i, w in enumerate(core)) \
        and not re.fullmatch(r"[A-Z]\.", core[-1]) and words[-1].lower() not in ORG_WORDS


def _shortest_forms(names: list[str]) -> list[str]:
    """Drop names that merely extend another candidate ("War Pete Hegseth" -> "Pete Hegseth")."""
    return [n for n in names if not any(o != n and n.endswith(" " + o) for o in names)]


LEGAL_FORMS = {"plc", "inc", "corp", "ltd", "co", "llc", "sa", "ag", "nv", "se", "spa", "asa", "ab", "oyj"}


def _initials(name: str) -> str:
    # An initialism inside a name gives all its letters: "BGC Partners" is "BGCP", never short for "BP".
    return "".join(w if _is_initialism(w) and w.isupper() else w[0] for w in name.split() if w[0].isupper())
