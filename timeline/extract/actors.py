"""Who did what: the actor of a sentence, and what "he", "it", "the company" or "the president" stand for.

Headlines name their subject. A sentence's actor is a quote's speaker or the name
opening its main clause; failing that, a pronoun or a role stands for someone the
story named before: "he"/"she" for the last person, "it"/"the company" for the last
organisation, "the president" for the person last named with that title.
"""

from __future__ import annotations

import functools
import re

from timeline.calendar_words import WEEKDAY_NAMES
from timeline.extract.clauses import holds_role
from timeline.extract.company_kinds import business_nouns
from timeline.extract.described_people import unnamed_person
from timeline.extract.names import LEGAL_FORMS, NameIndex, looks_personal
from timeline.extract.person_nouns import PERSON_NOUN_SUBJECT
from timeline.extract.pronoun_people import acting_people, full_name
from timeline.extract.saying_words import alternation
from timeline.extract.sentences import Sentence
from timeline.extract.subject_names import (
    owners_role_holder,
    pronoun_before_comma,
    starts_with_pronoun,
    strip_opening,
)
from timeline.extract.title_referents import (
    EXPLETIVE_IT,
    REPORTED_BY_NOBODY,
    ROLE_NOUNS,
    ROLE_THEN_NAME,
    THING_ACTOR,
    actor_kind,
)
from timeline.extract.title_subjects import LEAD_WORDS, PLACE_REST, drop_lead
from timeline.extract.title_words import SPEECH_VERBS, finite_verb, verbish
from timeline.extract.titles import DATELINE
from timeline.honorifics import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    OFFICE_ABBREVIATIONS,
    honorific_pattern,
)

__all__ = ["BODY_SUBJECT", "PRONOUN_SPEAKER", "ROLE_SUBJECT", "antecedent", "attributed", "by_gender",
           "genders", "holder", "possessor", "pronoun_gender", "pronoun_referent", "quote_speaker",
           "role_holders", "sentence_subject", "short", "starts_with_pronoun", "strip_opening"]


# "It lost its rig", "The company said": the organisation last named as a subject.
# "The company's shares", "The company - in which ... - has seen": its possessive and a dashed aside too.
BODY_SUBJECT = re.compile(r"^(?:It\s+(?!is\b|was\b|seems\b|seemed\b|appears\b|appeared\b|remains\b|"
                          r"(?:will\s+|would\s+|could\s+)?(?:take|takes|took)\b)[a-z]|"
                          r"The (?:" + business_nouns("oil major", "oil giant", "agency", "ministry") + r"|government|"
                          r"administration|department|council|committee|board|network|channel|club|team)"
                          r"(?:['’]s\s+[a-z]|\s+(?:--|[-—–])\s|\s+(?!seems\b|seemed\b|appears\b|appeared\b)[a-z]))")
#: "The president cancelled ...": the person last named with that role ("the president Wednesday asked": a weekday may
#: stand between, in American news style). "The interior minister": the role with the words that tell which one.
ROLE_SUBJECT = re.compile(r"The ((?:[a-z-]+\s+){0,3}?(?:" + ROLE_NOUNS + r"))(?:,\s+(?:who|in|on|at|after|with|for|under|during)"
                          r"\s[^,“”\"]{1,80},)?\s+(?:(?:" + "|".join(  # ("The president, in a sudden move, cancelled")
    w.capitalize() for w in WEEKDAY_NAMES) + r")\s+)?(?!of\b|who\b|and\b)[a-z]")
#: A person named by a role or a noun as a sentence's subject, with a verb after it: "The president has relied",
#: "The singer was found".
_PERSON_BY_NOUN = re.compile(r"The\s+(?:[a-z-]+\s+){0,2}?(" + ROLE_NOUNS + r"|man|woman|boy|girl|singer|actor|star|"
                             r"doctor|patient|victim|suspect|pilot|captain|driver|officer|father|mother)\s+(?:(?:also|"
                             r"then|later|had|has|have|was|is|will|would|could)\s+)?[a-z]{2,}(?:ed|s)?\b(?<!\bof)")
_ROLE_NAME = re.compile(r"(?i:\b((?:(?!the\b|a\b|an\b|and\b|of\b)[a-z-]+\s+){0,3}?(?:" + ROLE_NOUNS + r"))\b)\s+"
                        r"((?:[A-Z][\w'’.-]+(?<!['’]s)[ \t]+){0,2}[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?)")  # (not over a line's end,
# nor past a possessive: "President Obama's February address" names Obama)


#: "Barack Obama, the US president,", "Tony Hayward, BP's chief executive,": the role in an appositive.
_NAME_ROLE = re.compile(r"\b((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+),\s+(?:the|[A-Z][\w&.-]*['’]s)\s+"
                        r"(?:[\w.-]+\s+){0,3}?(?i:(" + ROLE_NOUNS + r"))\b(?=\s*[,.;)—–-])")


def role_holders(text: str, names: NameIndex) -> list[tuple[int, str, str]]:
    """Every "President Barack Obama", "chief executive Tony Hayward", "Barack Obama, the US president":
    (position, role, person), in text order."""
    found = [(m.start(), _title_role(m.group(1)), names.resolve(m.group(2))) for m in _ROLE_NAME.finditer(text)]
    # "President Obama": a title written with its capital before one capitalised word makes it a person's surname.
    titled = {f for (_, _, f), m in zip(found, _ROLE_NAME.finditer(text), strict=True)
              if " " not in f and m.group(1).split()[-1][:1].isupper()}
    found += [(m.start(), m.group(2).lower(), names.resolve(m.group(1))) for m in _NAME_ROLE.finditer(text)]
    found += [(m.start(), _title_role(m.group(1)), names.resolve(m.group(2))) for m in ROLE_THEN_NAME.finditer(text)]
    found += [(m.start(), _ABBREVIATED[m.group(1)], names.resolve(m.group(2))) for m in _ABBREVIATED_ROLE.finditer(text)]
    return sorted(f for f in found if looks_personal(f[2]) or f[2] in titled)


#: News style abbreviates a title before a name ("Sen. Mary Landrieu", "Gov. Bobby Jindal", "Adm. Thad Allen");
#: later the story calls the person by the title in full ("the senator", "the governor").
_ABBREVIATED = {"Sen": "senator", "Gov": "governor", "Adm": "admiral", "Gen": "general", "Pres": "president",
                "Amb": "ambassador", "Sec": "secretary", "Supt": "chief"}
_ABBREVIATED_ROLE = re.compile(r"\b(" + "|".join(_ABBREVIATED) + r")\.\s+((?:[A-Z][\w'’.-]+[ \t]+){0,2}[A-Z][\w'’-]+)")


def _title_role(role: str) -> str:
    """ "Italian President" -> "italian president"; "visiting Mayor" -> "mayor", "Obama meets Italian President" ->
    "italian president": a title written with a capital is qualified only by the capitalised words right before
    it ("Homeland Security Secretary"); the words before those are the sentence's, not the title's."""
    words = role.split()
    if words[-1][:1].isupper():
        while len(words) > 1 and not all(w[:1].isupper() for w in words):
            words = words[1:]
    return " ".join(words).lower()


def holder(roles: list[tuple[int, str, str]], role: str, pos: int, names: NameIndex | None = None) -> str | None:
    """ "the president": the person last named with that role before ``pos``; further back, of several the one
    ``names`` show the story names most often."""
    # "the minister" is the last minister named; "the interior minister" only one named with those words
    # ("the former president" is any president: "former" tells no one apart).
    role = _TIME_WORDS.sub("", role)
    found = [(at, r, name) for at, r, name in roles if holds_role(r, role) and at < pos]
    if not found:
        return None
    last_at, _, last = found[-1]
    if pos - last_at <= _RECENT_ROLE:
        return last  # "Italian President Giorgio Napolitano arrived. The president said": the one just named
    # Further back, "the president" is the one named with the role alone ("President Obama"), not one whose
    # title told another country or body ("Italian President Napolitano", named in passing); of several, the one
    # the story names most ("President Clinton" in a paragraph of its history is not the story's president), the
    # last of equals.
    plain = [name for _, r, name in found if _TIME_WORDS.sub("", r) == role]
    named = [names.resolve(m.text).split()[-1] for m in names.mentions] if names is not None else []
    most = max((named.count(name.split()[-1]) for name in plain), default=0)
    return [name for name in plain if named.count(name.split()[-1]) == most][-1] if plain else last


#: Words that tell when someone held a role, not which role: "the former president" is any president.
_TIME_WORDS = re.compile(r"^(?:(?:former|new|then|outgoing|incoming|acting|current|embattled|beleaguered|late|top)\s+)+")
#: How near a role's last holder must be named for "the <role>" to be that one by recency alone: about two
#: sentences of news prose.
_RECENT_ROLE = 300


#: '“...,” he said', and the last sentence of a quotation opened in a sentence before: 'I think so,” she said'.
PRONOUN_SPEAKER = re.compile(r"^(?:[“\"‘].+?|[^“”\"‘]+?)[,.?!]?[”\"’]\s*,?\s+(?:he|she)\s+(?:" + alternation(SPEECH_VERBS) + r")\b")


_INVERTED_ATTRIBUTION = re.compile(r"^[“\"‘].+?[,?!—–-]\s*[”\"’]\s*(?:" + alternation(SPEECH_VERBS - {"according"})
                                   + r")\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)")
#: People of an organisation before its name, as a sentence's subject: "Analysts at", "Officials from the".
PEOPLE_AT = re.compile(r"(?:(?:Some|Many|Most|Other|Two|Three|Several|Senior|Independent)\s+)?(?:[A-Z]?[a-z]+\s+)?"
                        r"(?i:analysts|officials|executives|workers|lawyers|investors|engineers|scientists|experts|"
                        r"researchers|doctors|economists|sources|employees|staff|members|residents|traders|bankers|"
                        r"regulators|managers|officers|leaders|spokesmen|representatives)\s+(?:at|from|for|with|of|in)\s+"
                        r"(?:the\s+)?")
#: After an organisation's name: the job of the person named next ("... analyst Joseph Stauff", "... chief executive
#: Ann Price").
ROLE_AFTER_EMPLOYER = re.compile(r"\s+(?:(?!(?:at|in|on|of|for|with|from|to|by|and|or|who|which|the|a|an)\s)[a-z][\w-]*\s+)"
                                  r"{1,3}((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)")
_ATTRIBUTION = re.compile(r"^[“\"‘].+?[,.?!]?[”\"’]\s*,?\s+(.{2,120}?)\s+(?:" + alternation(SPEECH_VERBS) + r")\b")


#: "The executive in charge of the response, Chief Operating Officer Doug Suttles, said": a role, then the
#: person's name and titles between commas, then the verb.
_ROLE_THEN_NAME = re.compile(r"(?:The|A|An|Its|His|Her|Their)\s[^,“\"]{2,100}?,\s+((?:[a-z]+\s+){0,2}(?:[A-Z][\w.'’-]*"
                             r"\s+){0,5}[A-Z][\w'’-]+),\s+(?:[a-z]+\s+)?(?:" + alternation(SPEECH_VERBS) + r"|will|would|"
                             r"has|had|is|was|can|could|may|might|must|should|[a-z]{3,}ed)\b")


#: Leads the short pattern in :func:`sentence_subject` does not know: a focus word ("But even after ..."), an adverb,
#: participle or adjective phrase ("Seemingly aware of ...", "Helmed by ...", "Keen to ..."), a span of time
#: ("Twelve days after ...").
_OTHER_LEAD = re.compile(r"(?:(?:But|And|Yet|So|Still)\s+)?(?i:even|just|only|long|shortly|soon|right|immediately)\s|"
                         r"[A-Z][a-z]+(?:ly|ed|en|ing)\s|(?:Aware|Unaware|Able|Unable|Keen|Eager|Anxious|Desperate|"
                         r"Determined|Reluctant|Unwilling|Willing|Fresh|Mindful|Conscious|Confident|Wary|Ready|Quick)\s|"
                         r"(?:[A-Z][a-z]+\s+){1,2}(?:days|weeks|months|years|hours)\s+(?:later|after|earlier|before)\b")


#: A lead phrase up to its comma before the subject: "After the blast, ...", "Under U.S. pressure, it agreed ...",
#: "Unlike BP, Mariner is ...": any word that opens a lead in a title opens one here (not "This", which opens a
#: subject: "This company, which ..., said").
_SUBJECT_LEAD = re.compile(r"^(?:(?:" + "|".join(sorted(w.capitalize() for w in LEAD_WORDS if w != "this"))
                           + r")\b[^,]{0,120},\s+)?(?:(?:But|And|So|Yet)\b)?\s*")


def sentence_subject(text: str, s: Sentence, names: NameIndex) -> str | None:
    """The named actor of a sentence: a quote's speaker, or a name opening the main clause."""
    body = s.text
    if body[:1] not in "“\"‘" and PRONOUN_SPEAKER.match(body):
        return None  # 'Senators block it,” he added': a quotation's last sentence names its speaker "he", not a senator
    m = _ATTRIBUTION.match(body)
    if m:
        who = m.group(1).split(",")[0].strip()
        if re.fullmatch(r"(?i)he|she|they", who):
            return None
        who_start = s.start + m.start(1)
        found = names.between(who_start, who_start + len(m.group(1).split(",")[0]))
        return names.resolve(found[-1].text) if found else None
    inverted = _INVERTED_ATTRIBUTION.match(body) if body[:1] in "“\"‘" else None
    if inverted:  # “...,” said Deano Bonano, director of ...: the speaker after the verb
        who_start = s.start + inverted.start(1)
        people = [names.resolve(n.text) for n in names.between(who_start, who_start + len(inverted.group(1)))]
        # "said CRT Capital Group analyst Joseph Stauff": the organisation is the speaker's employer, the person
        # after the job title the speaker.
        employed = ROLE_AFTER_EMPLOYER.match(body, inverted.end(1)) if people and not looks_personal(people[0]) \
            else None
        if employed:
            person = names.between(s.start + employed.start(1), s.start + employed.end(1))[:1]
            if person and looks_personal(names.resolve(person[0].text)):
                return names.resolve(person[0].text)
        return people[0] if people else None
    dateline = DATELINE.match(body)
    if dateline:  # "WASHINGTON (AP) — The Senate ...": the subject follows the dateline
        body = body[dateline.end():]
        s = Sentence(s.start + dateline.end(), s.end, body, s.paragraph)
    lead = _SUBJECT_LEAD.match(body)
    if lead and pronoun_before_comma(lead.group(0)):
        return None  # "On Wednesday he will meet BP's chief, Tony Hayward, ...": "he" is the subject, never Hayward
    rest = body[lead.end():] if lead else body
    place = PLACE_REST.match(rest) if lead and re.search(r"\b[A-Z][\w.’'-]*,\s+$", lead.group(0)) else None
    if place:  # "After he had landed in Gulfport, | Mississippi, he likened ...": the place's state, no subject
        rest = rest[place.end():]
        lead = re.match(".{" + str(len(body) - len(rest)) + "}", body, re.S)
    if starts_with_pronoun(rest):
        return None
    rest_start = s.start + (lead.end() if lead else 0)
    possessor = re.match(r"(?:On|Last|This|Earlier|Later|By)\s+(?:[A-Z][a-z]+|week|month|year|night|morning|evening)\s+"
                         r"(?:his|her|their|its)\s+[a-z]", body)  # "On Tuesday his brothers X and Y ...": not X's
    if possessor or (re.match(r"Its\s+[A-Z]|(?:Its|It|His|Her|Their|They|We|This|These|That|Those)\s+[a-z]", rest) \
            and not EXPLETIVE_IT.match(rest) and not REPORTED_BY_NOBODY.match(rest)):
        return None  # "Its full impact on the UK ...": the name further on is no subject ("It seems that X" is X's)
    if PERSON_NOUN_SUBJECT.match(rest):
        return None  # "The Briton was quoted by the Times": a person the story named before, no name of one
    # ("On Friday, the Coast Guard commander overseeing the response, Adm Thad Allen, said": after a lead too)
    appositive = _ROLE_THEN_NAME.match(rest[:1].upper() + rest[1:]) if rest[:1] in "TAIHtaih" and ", " in rest[:110] else None
    if appositive:  # "The BP executive in charge of the response, Chief Operating Officer Doug Suttles, said"
        people = [names.resolve(n.text) for n in names.between(rest_start + appositive.start(1),
                                                               rest_start + appositive.end(1))]
        people = [p for p in people if looks_personal(p)]
        if people:
            return people[-1]
    found = [n for n in names.between(rest_start, min(s.end, rest_start + 60)) if n.start - rest_start <= 40]
    if (not found or found[0].start - rest_start >= 25) and _OTHER_LEAD.match(body):
        # "But even after the well was capped, BP appeared ...": a lead the short pattern above does not know.
        # Only a name that opens what is left and is followed by its verb: a lead dropped too far ("in three weeks it
        # will eclipse the worst spill, | the 1979 Ixtoc disaster") leaves no subject.
        opening = drop_lead(body)
        start = s.start + len(body) - len(opening)
        first = names.between(start, min(s.end, start + 60))[:1] if len(opening) < len(body) else []
        verb = text[first[0].end:first[0].end + 30].split()[:1] if first and first[0].start == start else []
        if verb and verb[0].islower() and finite_verb(verb[0].strip(",;:"), ""):
            found = first
            rest_start = start
    if found and re.fullmatch(r"(?i:the)\s+", text[rest_start:found[0].start]) and _MODIFIES_NOUN.match(text, found[0].end):
        return None  # "The Obama administration appealed": the name says which administration, the noun is the subject
    if found and re.fullmatch(r"(?:The|A|An|This|That|These|Those|Some|Many|Most)\s+(?:[a-z][\w-]*\s+){1,3}(?:with|for|at|"
                              r"in|on|from|by|to|between|among|about|against|over|under|near)\s+(?:the\s+)?",
                              text[rest_start:found[0].start]):
        return None  # "The contract with Sony could be worth $250m": the contract is the subject ("The shares of BP" are BP's)
    if found and PEOPLE_AT.fullmatch(text[rest_start:found[0].start]):
        return None  # "Analysts at Brandt Capital said": the analysts speak, not their firm
    if found and re.match(r"['’]s\s", text[found[0].end:found[0].end + 3]):
        owned = owners_role_holder(text, found, names)  # "BP's chief executive, Tony Hayward, said": the person
        if owned:
            return owned
    if found and found[0].start - rest_start < 25:
        before = text[rest_start:found[0].start].split()
        if any(w[:1].islower() and finite_verb(w.lower().strip(",;:"), before[i - 1].lower() if i else "")
               for i, w in enumerate(before)):
            return None  # "The mayor thanked Ann Price": a name after the verb is its object, not the subject
        # "Anthropic CEO Dario Amodei": the person, not the company before the title.
        first = found[0]
        # (not "The Claims Facility run by Ann Price": a participle or preposition between makes the name another's;
        # "of" is a job title's, "Obama's Chief of Staff Rahm Emanuel")
        following = [n for n in found[1:] if n.start - first.end <= 12 and " " in n.text and not any(
            w in {"by", "for", "with", "at", "from", "to", "in", "on", "and", "or", "run", "led", "set", "held"}
            or w.endswith("ed") for w in text[first.end:n.start].split())]
        # ("BP Chief Operating Officer Doug Suttles": the office's words may stand between the employer and the name)
        return names.resolve(following[0].text) if following else owners_role_holder(text, found, names) or names.resolve(first.text)
    return None


def antecedent(text: str, s: Sentence, names: NameIndex) -> str | None:
    """ "While Amodei has held firm ..., he said": the person named before the pronoun."""
    m = re.search(r"\b(?:he|she)\b", s.text)
    if m is None or s.text[:1] in "“\"‘":
        return None
    before = names.between(s.start, s.start + m.start())
    for n in reversed(before):
        full = names.resolve(n.text)
        # Only the subject of the lead clause ("While Amodei ..."): "Speaking on 5 Live Breakfast, he" names a show.
        opener = re.search(r"(?:^|\b(?:while|although|though|after|before|when|as|since|because|if|once|until|but|and))"
                           r"\s*(?:(?:" + _HONORIFIC_WORDS + r"|President|Governor|Senator|Secretary|Judge|Mayor)\.?\s+)?$", text[s.start:n.start], re.I)
        full = full_name(full, text, names) or full if full in _titled_people(text) else full  # ("While Mr Obama ...")
        if " " in full and opener is not None and looks_personal(full):
            return full
    return None


def short(name: str | None) -> str | None:
    """The surname a headline uses for a person ("Dario Amodei" -> "Amodei")."""
    if not name:
        return None
    parts = name.split()
    if len(parts) == 2 and parts[1].rstrip(".").lower() in LEGAL_FORMS:
        return parts[0]  # "BP Plc", "Halliburton Co": a headline names the company without its legal form
    if len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts) and looks_personal(name) \
            and not THING_ACTOR.match(name):  # ("Hurricane Alex" is no Mr Alex)
        return parts[1]
    return name


#: The honorifics and the offices written short ("Gov.", "Lt"), longest first.
_HONORIFIC_WORDS = honorific_pattern(HONORIFICS, OFFICE_ABBREVIATIONS)
#: Honorifics that tell a person's gender: "Mr Hayward", "Mrs Clinton", "Sir Reg Empey".
_HONORIFIC = re.compile(r"\b(?:(" + honorific_pattern(MALE_TITLES) + r")|(" + honorific_pattern(FEMALE_TITLES) + r"))\.?\s+"
                        r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
#: A name followed in its own sentence by "he", "his" or "she" with no other name between: "Hayward said
#: his ...". ("her" is left out: "Brandt thanked her" says nothing of Brandt.)
_NAME_THEN_PRONOUN = re.compile(r"[^“\"]{0,80}?\b(he|his|she)\b", re.I)


def genders(text: str, names: NameIndex, sentences: list[Sentence]) -> dict[str, str]:
    """ "m" or "f" for the people whose gender the text tells: by an honorific before the name, or by
    the pronoun that follows the name in its own sentence when no other name stands between."""
    found: dict[str, str] = {}
    for m in _HONORIFIC.finditer(text):
        found.setdefault(names.resolve(m.group(3)), "m" if m.group(1) else "f")
    for s in sentences:
        people = [n for n in names.between(s.start, s.end) if looks_personal(names.resolve(n.text))]
        if len(people) != 1:
            continue
        after = _NAME_THEN_PRONOUN.match(text, people[0].end, s.end)
        if after:
            found.setdefault(names.resolve(people[0].text), "m" if after.group(1).lower() in ("he", "his")
                             else "f")
    return found


#: "A NOAA spokeswoman said ...", "One official told ...": a person the story does not name, whom a "she" or "he"
#: in the next sentence continues.
_UNNAMED_PERSON = re.compile(
    r"^(?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|official|aide|source|executive|"
    r"engineer|worker|resident|man|woman|witness|analyst|scientist|officer|doctor|expert|lawyer|member|employee|"
    r"representative|fisherman|diver|pilot|survivor|relative|neighbour|neighbor|teacher|student|parent|mother|father|"
    r"nurse|staffer|adviser|advisor|consultant|trader|investor|banker|economist|insider|diplomat|soldier|commander|"
    r"victim|manager|director|owner|operator|driver|passenger|boy|girl|person|professor|researcher|"
    r"biologist|farmer|shrimper|captain|guard)\b")


def previous_sentence(text: str, start: int) -> str:
    """The sentence before the one starting at ``start``."""
    end = len(text[:start].rstrip())
    begin = max(text.rfind("\n", 0, max(0, end - 1)), text.rfind(". ", 0, max(0, end - 2)))
    return text[begin + 1:end].strip()


def unnamed_before(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` is about a person it does not name ("A spokeswoman said ...",
    "Among the errors: a professor is listed ...")."""
    before = re.sub(r"^[^:“”\"]{0,80}:\s+", "", previous_sentence(text, start))
    return _UNNAMED_PERSON.match(strip_opening(before[:1].upper() + before[1:])) is not None


def possessor(text: str, s: Sentence, names: NameIndex, last_human: str) -> str | None:
    """Whose "His ..." or "Her ..." opens ``s``: the one person the sentence before names, in any role ("Demand for
    Jackson's music has surged since his death. On Sunday his songs topped ..."), else the last person named as a
    subject. A person the sentence's own lead names comes first ("Despite Obama's visits, his promise ...")."""
    lead = names.between(s.start, s.start + len(s.text) - len(strip_opening(s.text)))
    own = {p for p in (names.resolve(n.text) for n in lead)
           if (looks_personal(p) and actor_kind(p) == "person") or p in _titled_people(text)}  # ("President Obama")
    if len(own) == 1:
        return next(iter(own))
    end = len(text[:s.start].rstrip())
    previous = max(text.rfind("\n", 0, max(0, end - 1)), text.rfind(". ", 0, max(0, end - 2)))
    named = {names.resolve(n.text) for n in names.between(previous + 1, end)}
    people = {p for p in named if " " in p and looks_personal(p) and actor_kind(p) == "person"}
    if len(people) == 1:
        return next(iter(people))
    # A person's surname in it ("Demand for Jackson's music"), not the last subject's: someone else, maybe.
    surnames = {p.split()[-1] for p in named}
    known = {f.split()[-1] for f in names.counts if " " in f and looks_personal(f) and actor_kind(f) == "person"}
    if last_human.split()[-1] not in surnames and surnames & known:
        return None
    return last_human


def _other_than(before: str, person: str, noun: str) -> bool:
    """Whether the text ``before`` names ``person`` and "the ``noun``" in one sentence, as two people ("Jackson called
    on the president"): then the noun's "he" is not that person."""
    surname = person.split()[-1]
    for sentence in reversed(re.split(r"(?<=[.!?])\s+|\n+", before)[-6:]):
        if surname in sentence:
            return re.search(r"(?i)\bthe\s+(?:[a-z-]+\s+){0,2}" + re.escape(noun) + r"\b", sentence) is not None \
                and not re.search(re.escape(noun) + r"\s*,?\s+(?:[A-Z][\w.'’-]*\s+){0,2}" + re.escape(surname), sentence, re.I)
    return False


#: A name right before a common noun only says which one ("the Oversight and Government Reform committee", "the
#: Jackson family"): it names no one who acts.
_MODIFIES_NOUN = re.compile(r"\s+(?:committee|subcommittee|commission|panel|agency|department|company|board|council|"
                            r"report|bill|act|program|programme|administration|campaign|office|fund|foundation|"
                            r"inquiry|investigation|family|estate|caucus|delegation)\b")


def pronoun_referent(text: str, s: Sentence, names: NameIndex, last_subject: str | None, recent: list[str],
                     known: dict[str, str]) -> str | None:
    """Who "he" or "she" opening ``s`` stands for: the last subject unless it is an organisation or of the
    other gender (as an honorific or pronoun told), else the most recent person of that gender; never an organisation or someone the sentence itself names
    ("He described Jackson as ..." is not Jackson)."""
    gender = pronoun_gender(s.text)
    end = len(text[:s.start].rstrip())  # the previous sentence ends here; it starts after the boundary before
    previous = max(text.rfind("\n", 0, max(0, end - 1)), text.rfind(". ", 0, max(0, end - 2)))
    # ("PASSENGERS URGED TO COME FORWARD The Mexican man arrived": a run-in heading in capitals is not the sentence's)
    opened = re.sub(r"^(?:[A-Z]{2,}\s+){2,}(?=The\s)", "", strip_opening(text[previous + 1:end].strip()))
    unnamed = unnamed_person(opened, text[:previous + 1], gender)
    if unnamed is not None:  # "The Mexican man arrived ... He developed a fever": someone the story describes, never names
        return unnamed.description
    if unnamed_before(text, s.start):
        return None  # "A spokeswoman said ... She added": someone the story does not name
    named = {names.resolve(n.text) for n in names.between(s.start, s.end)}
    # "He had described Jackson as ...": no Jackson is "he", whichever one the surname stands for.
    named |= {p for p in (names.resolve(n.text) for n in names.mentions) if p.split()[-1] in {n.split()[-1] for n in named}}
    # "According to the filing, the largest shareholder is John Paulson. He owned ...": the one person the
    # sentence before names, when it does not name the last subject.
    # A sentence that itself goes on about "he" ("But he repeated Carol Browner's warning") keeps the chain,
    # and a possessive ("Browner's warning") names no one who acts.
    mentions = names.between(previous + 1, end)
    before = [names.resolve(n.text) for n in mentions]
    # ("the Obama administration": a name after "the" only qualifies a noun)
    people = {names.resolve(n.text) for n in mentions if not re.match(r"['’]s\b", text[n.end:n.end + 3])
              and not re.search(r"\bthe\s$", text[max(0, n.start - 4):n.start]) and not _MODIFIES_NOUN.match(text, n.end)}
    people = acting_people(text, previous + 1, end, mentions, names, people)  # ("Middle Eastern turmoil" is no one; "King will" is Troy King)
    titled = _titled_people(text)  # "For Obama, who ... He will stay": a single name a title made a person's
    people = {p for p in people if ((" " in p and looks_personal(p)) or p in titled) and p not in named}
    sentence_before = text[previous + 1:end].strip()
    by_noun = _PERSON_BY_NOUN.match(opened)
    if by_noun and last_subject and _other_than(text[max(0, previous - 3000):previous + 1], last_subject, by_noun.group(1)):
        # "Jackson called on the president to ... The president has relied on his speaking ability. On Tuesday he'll
        # need more": "he" continues the subject the sentence before named by a role, who is not the last one named.
        return None
    chained = starts_with_pronoun(sentence_before) or re.search(
        r"[”\"’]\s*,?\s+(?:he|she)\s+(?:" + _SPEECH + r")\b", sentence_before) is not None
    # Only someone known to be a person: "Amherst, Mass.: ..." or "Producer ..." opening a sentence is no "he".
    # (A surname the story uses alone and more than once, "Megrahi", "Obama", is a person's.)
    # ("the Deepwater Horizon", "rock band Kiss" are things' names however personal they look.)
    person = last_subject is not None and (looks_personal(last_subject) or last_subject in known or last_subject in titled
                                           or names.resolve(last_subject) != last_subject
                                           or (" " not in last_subject and names.counts.get(last_subject, 0) >= 2)) \
        and not _a_thing(last_subject, text)
    subject_named = last_subject in before and actor_kind(last_subject) not in ("body", "place") and person
    if len(people) == 1 and not chained and not subject_named and known.get(next(iter(people)), gender) == gender:
        return next(iter(people))
    # "Mr Wells said." names a person the name finder may not see alone.
    honoured = {names.resolve(m.group(1)) for m in re.finditer(r"\b(?:" + _HONORIFIC_WORDS + r")\.?\s+([A-Z][\w-]+)(?!\s+[A-Z])",
                                                             sentence_before)} - named
    if len(honoured) == 1 and not people and not chained and not subject_named:
        return next(iter(honoured))
    if last_subject and person and last_subject not in named and actor_kind(last_subject) not in ("body", "place") \
            and known.get(last_subject, gender) == gender:
        return last_subject
    # ("Coast Guard" looks like a first name and a surname: a body's name is no "he")
    return by_gender(gender, [p for p in recent if p not in named and not _a_thing(p, text) and actor_kind(p) != "body"],
                     known) or (last_subject if person and actor_kind(last_subject) != "body" else None)


def _a_thing(name: str, text: str) -> bool:
    answers = _thing_answers(text)
    if name not in answers:
        answers[name] = _used_as_thing(name, text)
    return answers[name]


@functools.lru_cache(maxsize=2)  # one document at a time: its answers, by name
def _thing_answers(text: str) -> dict[str, bool]:
    return {}


#: "rock band Kiss", "the tanker Sea Lark": a common noun that makes the name after it a group's or a thing's.
_THING_NOUN = re.compile(r"\b(?:band|group|company|firm|team|club|party|newspaper|magazine|network|channel|ship|vessel|"
                         r"rig|tanker|brand|label|charity|bank|carrier|airline|station|show|programme|program|film|"
                         r"album|book|hurricane|storm)\s+$")


def _used_as_thing(name: str, text: str) -> bool:
    """ "the Deepwater Horizon had ...", "the Deepwater Horizon.": a name used with "the" as a noun's head is a
    thing's, however personal it looks ("the Obama administration" only qualifies a noun)."""
    at = text.find(name)
    while at >= 0:
        if _THING_NOUN.search(text, max(0, at - 20), at):
            return True
        at = text.find(name, at + 1)
    for article in ("the " + name, "The " + name):
        at = text.find(article)
        while at >= 0:
            rest = text[at + len(article):at + len(article) + 30]
            if (at == 0 or not text[at - 1].isalnum()) and not rest[:1].isalnum():
                after = re.sub(r"^['’]s\b", "", rest).split(None, 1)
                word = after[0] if after else ""
                if not word[:1].isalpha() or (word[:1].islower() and verbish(word.lower().strip(",.;:"), "")):
                    return True
            at = text.find(article, at + 1)
    return False


@functools.lru_cache(maxsize=2)
def _titled_people(text: str) -> frozenset[str]:
    """Single names the text gives a person's title: "President Obama", "Mr Hayward"."""
    return frozenset(TITLED.findall(text))


def by_gender(pronoun_gender: str | None, recent: list[str], known: dict[str, str]) -> str | None:
    """The most recent person a "he" or "she" can stand for: one whose gender is not known to differ."""
    for person in reversed(recent):
        if pronoun_gender is None or known.get(person, pronoun_gender) == pronoun_gender:
            return person
    return None


def pronoun_gender(sentence: str) -> str | None:
    """ "m" for a sentence whose subject is "he", "f" for "she"."""
    if sentence[:1] in "“\"‘":  # “...,” she said: the pronoun of the attribution
        m = re.search(r"[”\"’]\s*,?\s+(he|she)\b", sentence)
    else:
        m = re.search(r"\b(he|she)\b", strip_opening(sentence), re.I)
    return None if m is None else ("m" if m.group(1).lower() == "he" else "f")


_SPEECH = alternation(SPEECH_VERBS - {"according"})
#: What follows a quote's closing mark: "..." Smith said / "..." said Smith / "..." he said.
#: The quotation ends with a comma, question or exclamation mark ('... virus," he said'), and the attribution
#: follows in the same paragraph; '... virus." Today Cuba confirmed ...' is a new sentence, not one.
_AFTER_QUOTE = re.compile(r"(?:(?<=[,?!—–-])[”\"][ \t]*|[”\"][ \t]*,[ \t]*)(?:(?P<pro>he|she)\s+(?:" + _SPEECH
                          + r")\b|(?P<who>\w[^“”\".;:\n]{1,80}?)[ \t]+(?:" + _SPEECH + r")\b|(?:" + _SPEECH
                          + r")[ \t]+(?P<after>[A-Z][^“”\".;:\n]{1,80}?)(?:[,.]|$))")


_CLOSING_QUOTE = re.compile(r"”|(?<=\S)\"")


def quote_speaker(text: str, s: Sentence, names: NameIndex, person: str | None) -> str | None:
    """Who speaks a sentence that opens a quotation whose attribution comes after the sentence
    (“We really need to be prepared. ... ,” Smith said): the quote's "I" and "we" are the speaker's."""
    if s.text[:1] not in "“\"":
        return None
    # A quotation closes where a mark follows its last word; a straight mark opening a paragraph opens
    # the quotation again there (a quote running over several paragraphs).
    close = _CLOSING_QUOTE.search(text, s.start + 1, min(len(text), s.start + 1500))
    if close is None or close.end() < s.end - 2:
        return None  # the quotation closes inside the sentence: its attribution is the sentence's own
    m = _AFTER_QUOTE.match(text, close.start(), close.start() + 120)
    if m is None:
        return None
    if m.group("pro"):
        return None if unnamed_before(text, s.start) else person
    group = "who" if m.group("who") else "after"
    found = [names.resolve(n.text) for n in names.between(m.start(group), m.end(group))]
    # "Interior Secretary Ken Salazar said": the person, not the department before the title.
    people = [n for n in found if " " in n and looks_personal(n)]
    return (people or found or [None])[-1 if people else 0]


def attributed(sentence: str, speaker: str) -> str:
    """A quoted sentence with its speaker's attribution, as a headline writer reads it."""
    body = sentence.rstrip()
    if body.count("“") > body.count("”"):
        body += "”"
    elif body.count('"') % 2:
        body += '"'
    return f"{body} {speaker} said"


TITLED = re.compile(r"\b(?:" + _HONORIFIC_WORDS + r"|President|Governor|Senator|Secretary|Minister|Chancellor|Admiral|"
                     r"General|Judge|King|Queen|Prince|Princess|Pope)\.?\s+"
                     r"([A-Z][a-z][\w-]+)(?:['’]s)?\b(?!\s+[A-Z])")
