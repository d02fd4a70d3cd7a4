"""Who did what: the actor of a sentence, and what "he", "it", "the company" or "the president" stand for.

Headlines name their subject. A sentence's actor is a quote's speaker or the name
opening its main clause; failing that, a pronoun or a role stands for someone the
story named before: "he"/"she" for the last person, "it"/"the company" for the last
organisation, "the president" for the person last named with that title.
"""

from __future__ import annotations

import functools
import re

from timeline.extract.names import _GROUPS, _LEGAL_FORMS, NameIndex, _looks_personal
from timeline.extract.sentences import Sentence
from timeline.extract.title_referents import (
    _EXPLETIVE_IT,
    _NEWS_OUTLET,
    _PUBLIC_BODY,
    _REPORTED_BY_NOBODY,
    PASSIVE_IT,
    ROLE_NOUNS,
    _actor_kind,
)
from timeline.extract.title_subjects import _drop_lead
from timeline.extract.title_words import SPEECH_VERBS, _finite, _verbish
from timeline.extract.titles import DATELINE

__all__ = [
    "BODY_OPENING",
    "BODY_SUBJECT",
    "PRONOUN_SPEAKER",
    "ROLE_SUBJECT",
    "BodyChain",
    "antecedent",
    "attributed",
    "by_gender",
    "genders",
    "holder",
    "pronoun_gender",
    "pronoun_referent",
    "quote_speaker",
    "role_holders",
    "sentence_subject",
    "short",
    "starts_with_pronoun",
    "strip_opening",
]


# "It lost its rig", "The company said": the organisation last named as a subject.
# "The company's shares", "The company - in which ... - has seen": its possessive and a dashed aside too.
BODY_SUBJECT = re.compile(r"^(?:It\s+(?!is\b|was\b|seems\b|seemed\b|appears\b|appeared\b|remains\b|"
                          r"(?:will\s+|would\s+|could\s+)?(?:take|takes|took)\b)[a-z]|"
                          r"The (?:company|firm|group|oil major|oil giant|bank|agency|carrier|airline|"
                          r"insurer|lender|retailer|manufacturer|operator|contractor|ministry|government|"
                          r"administration|department|council|committee|board|network|channel|club|team)"
                          r"(?:['’]s\s+[a-z]|\s+(?:--|[-—–])\s|\s+(?!seems\b|seemed\b|appears\b|appeared\b)[a-z]))")
#: "The president cancelled ...": the person last named with that role.
# "The interior minister", "the homeland security secretary": the role with the words that tell which one.
ROLE_SUBJECT = re.compile(r"The ((?:[a-z-]+\s+){0,3}?(?:" + ROLE_NOUNS + r"))\s+(?!of\b|who\b|and\b)[a-z]")
_ROLE_NAME = re.compile(r"(?i:\b((?:(?!the\b|a\b|an\b|and\b|of\b)[a-z-]+\s+){0,3}?(?:" + ROLE_NOUNS + r"))\b)\s+"
                        r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)")


#: "Barack Obama, the US president,", "Tony Hayward, BP's chief executive,": the role in an appositive.
_NAME_ROLE = re.compile(r"\b((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+),\s+(?:the|[A-Z][\w&.-]*['’]s)\s+"
                        r"(?:[\w.-]+\s+){0,3}?(?i:(" + ROLE_NOUNS + r"))\b(?=\s*[,.;)—–-])")


def role_holders(text: str, names: NameIndex) -> list[tuple[int, str, str]]:
    """Every "President Barack Obama", "chief executive Tony Hayward", "Barack Obama, the US president":
    (position, role, person), in text order."""
    found = [(m.start(), m.group(1).lower(), names.resolve(m.group(2))) for m in _ROLE_NAME.finditer(text)]
    found += [(m.start(), m.group(2).lower(), names.resolve(m.group(1))) for m in _NAME_ROLE.finditer(text)]
    return sorted(f for f in found if _looks_personal(f[2]))


def holder(roles: list[tuple[int, str, str]], role: str, pos: int) -> str | None:
    """ "the president": the person last named with that role before ``pos``."""
    # "the minister" is the last minister named; "the interior minister" only one named with those words
    # ("the former president" is any president: "former" tells no one apart).
    role = re.sub(r"^(?:(?:former|new|then|outgoing|incoming|acting|current|embattled|beleaguered|late|top)\s+)+", "", role)
    found = [name for at, r, name in roles if (r == role or r.endswith(" " + role)) and at < pos]
    return found[-1] if found else None


def strip_opening(text: str) -> str:
    """The sentence from its subject: without "However," or "Last week," before it."""
    # One rule for what opens a sentence before its subject: the title writer's.
    rest = _drop_lead(text)
    return rest[:1].upper() + rest[1:]


PRONOUN_SPEAKER = re.compile(r"^[“\"‘].+?[,.?!]?[”\"’]\s*,?\s+(?:he|she)\s+(?:" + "|".join(SPEECH_VERBS) + r")\b")


_INVERTED_ATTRIBUTION = re.compile(r"^[“\"‘].+?[,?!—–-]\s*[”\"’]\s*(?:" + "|".join(sorted(SPEECH_VERBS - {"according"}))
                                   + r")\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)")
#: People of an organisation before its name, as a sentence's subject: "Analysts at", "Officials from the".
_PEOPLE_AT = re.compile(r"(?:(?:Some|Many|Most|Other|Two|Three|Several|Senior|Independent)\s+)?(?:[A-Z]?[a-z]+\s+)?"
                        r"(?i:analysts|officials|executives|workers|lawyers|investors|engineers|scientists|experts|"
                        r"researchers|doctors|economists|sources|employees|staff|members|residents|traders|bankers|"
                        r"regulators|managers|officers|leaders|spokesmen|representatives)\s+(?:at|from|for|with|of|in)\s+"
                        r"(?:the\s+)?")
#: After an organisation's name: the job of the person named next ("... analyst Joseph Stauff", "... chief executive
#: Ann Price").
_ROLE_AFTER_EMPLOYER = re.compile(r"\s+(?:(?!(?:at|in|on|of|for|with|from|to|by|and|or|who|which|the|a|an)\s)[a-z][\w-]*\s+)"
                                  r"{1,3}((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)")
_ATTRIBUTION = re.compile(r"^[“\"‘].+?[,.?!]?[”\"’]\s*,?\s+(.{2,120}?)\s+(?:" + "|".join(SPEECH_VERBS) + r")\b")


#: "The executive in charge of the response, Chief Operating Officer Doug Suttles, said": a role, then the
#: person's name and titles between commas, then the verb.
_ROLE_THEN_NAME = re.compile(r"(?:The|A|An|Its|His|Her|Their)\s[^,“\"]{2,100}?,\s+((?:[a-z]+\s+){0,2}(?:[A-Z][\w.'’-]*"
                             r"\s+){0,5}[A-Z][\w'’-]+),\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|will|would|"
                             r"has|had|is|was|can|could|may|might|must|should|[a-z]{3,}ed)\b")


#: Leads the short pattern in :func:`sentence_subject` does not know: a focus word ("But even after ..."), an adverb,
#: participle or adjective phrase ("Seemingly aware of ...", "Helmed by ...", "Keen to ..."), a span of time
#: ("Twelve days after ...").
_OTHER_LEAD = re.compile(r"(?:(?:But|And|Yet|So|Still)\s+)?(?i:even|just|only|long|shortly|soon|right|immediately)\s|"
                         r"[A-Z][a-z]+(?:ly|ed|en|ing)\s|(?:Aware|Unaware|Able|Unable|Keen|Eager|Anxious|Desperate|"
                         r"Determined|Reluctant|Unwilling|Willing|Fresh|Mindful|Conscious|Confident|Wary|Ready|Quick)\s|"
                         r"(?:[A-Z][a-z]+\s+){1,2}(?:days|weeks|months|years|hours)\s+(?:later|after|earlier|before)\b")


def sentence_subject(text: str, s: Sentence, names: NameIndex) -> str | None:
    """The named actor of a sentence: a quote's speaker, or a name opening the main clause."""
    body = s.text
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
        employed = _ROLE_AFTER_EMPLOYER.match(body, inverted.end(1)) if people and not _looks_personal(people[0]) \
            else None
        if employed:
            person = names.between(s.start + employed.start(1), s.start + employed.end(1))[:1]
            if person and _looks_personal(names.resolve(person[0].text)):
                return names.resolve(person[0].text)
        return people[0] if people else None
    dateline = DATELINE.match(body)
    if dateline:  # "WASHINGTON (AP) — The Senate ...": the subject follows the dateline
        body = body[dateline.end():]
        s = Sentence(s.start + dateline.end(), s.end, body, s.paragraph)
    lead = re.match(r"^(?:(?:In|On|At|After|Before|While|When|Although|Though|As|Since|During|Despite|Amid|"
                    r"Earlier|Later|Last|Meanwhile|However|For)\b[^,]{0,120},\s+)?(?:But|And|So|Yet)?\s*", body)
    rest = body[lead.end():] if lead else body
    if starts_with_pronoun(rest):
        return None
    rest_start = s.start + (lead.end() if lead else 0)
    if re.match(r"(?:Its|It|His|Her|Their|They|We|This|These|That|Those)\s+[a-z]", rest) \
            and not _EXPLETIVE_IT.match(rest) and not _REPORTED_BY_NOBODY.match(rest):
        return None  # "Its full impact on the UK ...": the name further on is no subject ("It seems that X" is X's)
    appositive = _ROLE_THEN_NAME.match(rest) if rest[:1] in "TAIH" and ", " in rest[:110] else None
    if appositive:  # "The BP executive in charge of the response, Chief Operating Officer Doug Suttles, said"
        people = [names.resolve(n.text) for n in names.between(rest_start + appositive.start(1),
                                                               rest_start + appositive.end(1))]
        people = [p for p in people if _looks_personal(p)]
        if people:
            return people[-1]
    found = [n for n in names.between(rest_start, min(s.end, rest_start + 60)) if n.start - rest_start <= 40]
    if (not found or found[0].start - rest_start >= 25) and _OTHER_LEAD.match(body):
        # "But even after the well was capped, BP appeared ...": a lead the short pattern above does not know.
        # Only a name that opens what is left and is followed by its verb: a lead dropped too far ("in three weeks it
        # will eclipse the worst spill, | the 1979 Ixtoc disaster") leaves no subject.
        opening = _drop_lead(body)
        start = s.start + len(body) - len(opening)
        first = names.between(start, min(s.end, start + 60))[:1] if len(opening) < len(body) else []
        verb = text[first[0].end:first[0].end + 30].split()[:1] if first and first[0].start == start else []
        if verb and verb[0].islower() and _finite(verb[0].strip(",;:"), ""):
            found = first
            rest_start = start
    if found and re.fullmatch(r"(?:The|A|An|This|That|These|Those|Some|Many|Most)\s+(?:[a-z][\w-]*\s+){1,3}(?:with|for|at|"
                              r"in|on|from|by|to|between|among|about|against|over|under|near)\s+(?:the\s+)?",
                              text[rest_start:found[0].start]):
        return None  # "The contract with Sony could be worth $250m": the contract is the subject ("The shares of BP" are BP's)
    if found and _PEOPLE_AT.fullmatch(text[rest_start:found[0].start]):
        return None  # "Analysts at Brandt Capital said": the analysts speak, not their firm
    if found and re.match(r"['’]s\s", text[found[0].end:found[0].end + 3]):
        # "BP's chief executive, Tony Hayward, said": the person the owner's role names, when one follows.
        owned = re.match(r"['’]s\s+(?:[a-z-]+\s+){1,4},?\s*$", text[found[0].end:found[1].start]) if len(found) > 1 else None
        if owned and _looks_personal(names.resolve(found[1].text)):
            return names.resolve(found[1].text)
    if found and found[0].start - rest_start < 25:
        # "Anthropic CEO Dario Amodei": the person, not the company before the title.
        first = found[0]
        following = [n for n in found[1:] if n.start - first.end <= 12 and " " in n.text]
        pick = following[0] if following else first
        return names.resolve(pick.text)
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
                           r"\s*$", text[s.start:n.start], re.I)
        if " " in full and opener is not None and _looks_personal(full):
            return full
    return None


#: "On Saturday he was ...", "Last night she said ...", "In 2005 he founded ...": a short time or place phrase
#: without its comma before the pronoun.
_BARE_LEAD_PRONOUN = re.compile(r"^(?:(?:On|In|At|By|During|Since|Last|This|Earlier|Later|Then|Now|Yesterday|Today)"
                                r"(?:\s+(?!(?:he|she)\b)[\w’'.-]+){0,3}\s+)(?=(?:he|she)\s+[a-z])")


def starts_with_pronoun(text: str) -> bool:
    text = strip_opening(text)
    body = re.sub(r"^[^,]{0,120},\s+", "", text) if re.match(r"^(?:While|Although|Though|As|When|After|Before|"
                                                              r"In|On|Despite)\b", text) else text
    bare = _BARE_LEAD_PRONOUN.match(text)
    return re.match(r"^(?:He|She|he|she)\b", body) is not None or bare is not None


def short(name: str | None) -> str | None:
    """The surname a headline uses for a person ("Dario Amodei" -> "Amodei")."""
    if not name:
        return None
    parts = name.split()
    if len(parts) == 2 and parts[1].rstrip(".").lower() in _LEGAL_FORMS:
        return parts[0]  # "BP Plc", "Halliburton Co": a headline names the company without its legal form
    if len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts) and _looks_personal(name):
        return parts[1]
    return name


#: Honorifics that tell a person's gender: "Mr Hayward", "Mrs Clinton", "Sir Reg Empey".
_HONORIFIC = re.compile(r"\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Dame|Lady))\.?\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
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
        people = [n for n in names.between(s.start, s.end) if _looks_personal(names.resolve(n.text))]
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


def pronoun_referent(text: str, s: Sentence, names: NameIndex, last_subject: str | None, recent: list[str],
                     known: dict[str, str]) -> str | None:
    """Who "he" or "she" opening ``s`` stands for: the last subject unless it is an organisation or of the
    other gender (as an honorific or pronoun told), else the most recent person of that gender; never an organisation or someone the sentence itself names
    ("He described Jackson as ..." is not Jackson)."""
    if unnamed_before(text, s.start):
        return None  # "A spokeswoman said ... She added": someone the story does not name
    gender = pronoun_gender(s.text)
    named = {names.resolve(n.text) for n in names.between(s.start, s.end)}
    # "He had described Jackson as ...": no Jackson is "he", whichever one the surname stands for.
    named |= {p for p in (names.resolve(n.text) for n in names.mentions) if p.split()[-1] in {n.split()[-1] for n in named}}
    # "According to the filing, the largest shareholder is John Paulson. He owned ...": the one person the
    # sentence before names, when it does not name the last subject.
    end = len(text[:s.start].rstrip())  # the previous sentence ends here; it starts after the boundary before
    previous = max(text.rfind("\n", 0, max(0, end - 1)), text.rfind(". ", 0, max(0, end - 2)))
    # A sentence that itself goes on about "he" ("But he repeated Carol Browner's warning") keeps the chain,
    # and a possessive ("Browner's warning") names no one who acts.
    mentions = names.between(previous + 1, end)
    before = [names.resolve(n.text) for n in mentions]
    # ("the Obama administration": a name after "the" only qualifies a noun)
    people = {names.resolve(n.text) for n in mentions if not re.match(r"['’]s\b", text[n.end:n.end + 3])
              and not re.search(r"\bthe\s$", text[max(0, n.start - 4):n.start])}
    titled = _titled_people(text)  # "For Obama, who ... He will stay": a single name a title made a person's
    people = {p for p in people if ((" " in p and _looks_personal(p)) or p in titled) and p not in named}
    sentence_before = text[previous + 1:end].strip()
    chained = starts_with_pronoun(sentence_before) or re.search(
        r"[”\"’]\s*,?\s+(?:he|she)\s+(?:" + _SPEECH + r")\b", sentence_before) is not None
    # Only someone known to be a person: "Amherst, Mass.: ..." or "Producer ..." opening a sentence is no "he".
    # (A surname the story uses alone and more than once, "Megrahi", "Obama", is a person's.)
    # ("the Deepwater Horizon", "rock band Kiss" are things' names however personal they look.)
    person = last_subject is not None and (_looks_personal(last_subject) or last_subject in known or last_subject in titled
                                           or names.resolve(last_subject) != last_subject
                                           or (" " not in last_subject and names.counts.get(last_subject, 0) >= 2)) \
        and not _a_thing(last_subject, text)
    subject_named = last_subject in before and _actor_kind(last_subject) not in ("body", "place") and person
    if len(people) == 1 and not chained and not subject_named and known.get(next(iter(people)), gender) == gender:
        return next(iter(people))
    # "Mr Wells said." names a person the name finder may not see alone.
    honoured = {names.resolve(m.group(1)) for m in re.finditer(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+([A-Z][\w-]+)(?!\s+[A-Z])",
                                                             sentence_before)} - named
    if len(honoured) == 1 and not people and not chained and not subject_named:
        return next(iter(honoured))
    if last_subject and person and last_subject not in named and _actor_kind(last_subject) not in ("body", "place") \
            and known.get(last_subject, gender) == gender:
        return last_subject
    return by_gender(gender, [p for p in recent if p not in named and not _a_thing(p, text)], known) \
        or (last_subject if person else None)


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
                if not word[:1].isalpha() or (word[:1].islower() and _verbish(word.lower().strip(",.;:"), "")):
                    return True
            at = text.find(article, at + 1)
    return False


@functools.lru_cache(maxsize=2)
def _titled_people(text: str) -> frozenset[str]:
    """Single names the text gives a person's title: "President Obama", "Mr Hayward"."""
    return frozenset(_TITLED.findall(text))


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


_SPEECH = "|".join(sorted(SPEECH_VERBS - {"according"}))
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
    people = [n for n in found if " " in n and _looks_personal(n)]
    return (people or found or [None])[-1 if people else 0]


def attributed(sentence: str, speaker: str) -> str:
    """A quoted sentence with its speaker's attribution, as a headline writer reads it."""
    body = sentence.rstrip()
    if body.count("“") > body.count("”"):
        body += "”"
    elif body.count('"') % 2:
        body += '"'
    return f"{body} {speaker} said"


#: "The company", "the firm's", "the London-based oil giant": a noun that names an organisation of the story, never
#: a thing; "the rival firm" or "another company" is some other one.
_BODY_NOUN = re.compile(r"^The (?:(?!(?:other|rival|second|third|smaller|parent|sister|former|new|joint|same)\b)"
                        r"[A-Za-z][a-z]+(?:-[a-z]+)? ){0,2}(?:company|firm|group|oil major|oil giant|bank|carrier|airline|"
                        r"insurer|lender|retailer|manufacturer|operator|contractor)(?=['’]s\s+[a-z]|\s+(?:--|[-—–])\s|"
                        r"\s+[a-z]|,)")


#: "The government", "The committee": an institution's word; it stands only for a name with that word in it.
_PUBLIC_NOUN = re.compile(r"^The (government|administration|department|council|committee|board|ministry|agency|"
                          r"network|channel|club|team)\b")
#: "Its shares", "Its chief executive": a possessive before what only a company has ("its full impact" is a thing's).
_CORPORATE_ITS = re.compile(r"^Its\s+(?:[a-z-]+\s+)?(?:shares?|share price|stock|profits?|revenues?|results|earnings|"
                            r"board|chief executive|chairman|boss|executives|staff|employees|workers|dividend|market value|"
                            r"losses|sales|customers|shareholders|investors)\b")
#: "It announced", "It has agreed": what an organisation does and a thing it owns does not.
_ACTS_AS_BODY = re.compile(r"^It\s+(?:(?:also|later|then|has|had|will|would|has\s+also|had\s+also)\s+)?(?:said|says|"
                           r"announced|announces|reported|reports|confirmed|confirms|added|adds|denied|denies|admitted|"
                           r"admits|agreed|agrees|pleaded|pleads|warned|warns|hired|hires|sold|sells|bought|buys|paid|pays|"
                           r"posted|posts|raised|raises|cut|cuts|told|tells|insisted|insists|declined|declines)\b")
#: "When Marubeni completes ...", "After BP capped ...": a lead clause opened by its subject.
_LEAD_SUBJECT = re.compile(r"(?:^|(?<=,\s))(?i:when|while|after|before|as|since|although|though|if|because|once|until)"
                           r"\s+(?=[A-Z])")
#: An opening that stands for an organisation: "It lost", "The company said", "Its shares fell", "The firm's".
BODY_OPENING = re.compile(BODY_SUBJECT.pattern + r"|^Its\s+(?:[a-z]|\d{4}\s+[a-z])|" + _BODY_NOUN.pattern[1:] + "|"
                          + PASSIVE_IT.pattern[1:])


#: A company's name with its legal form: "Six Flags Inc", "Northfield Ferries Plc" (the name is group 1).
_LEGAL_NAME = re.compile(r"\b((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*?)\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|SA|AG|NV)\b")


def _lead_end(text: str) -> int:
    """Where the headline and the lead end: the first two lines that hold a sentence (at most 600 characters)."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text) if len(m.group(0).split()) >= 4][:2]
    return min(lines[-1].end(), 600) if lines else 0


_TITLED = re.compile(r"\b(?:President|Mr|Mrs|Ms|Dr|Gov|Governor|Sen|Senator|Rep|Secretary|Minister|Chancellor|Adm|"
                     r"Admiral|Gen|General|Judge|King|Queen|Prince|Princess|Pope|Sir|Lord|Lady|Dame|Prof|Professor)\.?\s+"
                     r"([A-Z][a-z][\w-]+)(?:['’]s)?\b(?!\s+[A-Z])")


class BodyChain:
    """What "it", "its", "the company" or "the firm" opening a sentence stands for, as a reader follows a story.

    A pronoun continues the organisation the sentence before was about (its subject, named or itself
    resolved): "Apache is one of America's largest oil groups. It has a history of deals with BP. In 2003 it
    paid ..." is Apache throughout, though BP was named in between. "The company" may reach further back, to
    the last organisation named as a subject, when no other organisation was named since; with another named
    since ("Apache approached BP. ... The company is trying to seal the well"), it is the story's main
    organisation when that is one of the two and the story names it far more often than any other; otherwise
    nobody: a wrong actor is worse than an unresolved one, which the title gate still flags.
    """

    def __init__(self, text: str, names: NameIndex) -> None:
        # "Six Flags Inc" once, "Six Flags" after: a name the story gives a legal form is a company's in every mention,
        # though two capitalised words look like a person's.
        self.legal = {" ".join(m.group(1).split()): " ".join(m.group(0).split()) for m in _LEGAL_NAME.finditer(text)}
        base = {full: name for name, full in self.legal.items()}
        every: dict[str, int] = {}
        form: dict[str, str] = {}  # each counted name's form in the name index ("Six Flags" -> "Six Flags Inc")
        for m in names.mentions:
            name = names.resolve(m.text)
            form.setdefault(base.get(name, name), name)
            name = base.get(name, name)
            every[name] = every.get(name, 0) + 1
        counts = {name: n for name, n in every.items()
                  if (_actor_kind(name) == "body" and not _looks_personal(name)) or name in self.legal}
        # The organisation the story is about: the one it names most, the headline and lead counting double.
        for m in names.between(0, _lead_end(text)):
            name = names.resolve(m.text)
            name = base.get(name, name)
            if name in counts:
                counts[name] += 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top = ranked[0] if ranked else None
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        self.main_base = top[0] if top and top[1] >= 3 and top[1] >= 1.5 * runner_up else None
        self.main = form.get(self.main_base, self.main_base) if self.main_base else None
        self.last: str | None = None  # the last organisation named as a subject
        self.previous: str | None = None  # the organisation the sentence before had as its subject
        self.owner: str | None = None  # the organisation whose possession the sentence before had as its subject
        self.skipped = False  # whether one person's sentence stood between
        self.others: set[str] = set()  # organisations named since, in any role
        self.bodies: set[str] = set(counts) | {form.get(n, n) for n in counts}  # names known to be organisations
        # "President Obama", "Mr Hayward": a single name after a title is a person's, never an organisation's.
        self.people = set(_TITLED.findall(text)) - set(self.legal)
        self.names = names
        self.seen: set[str] = set()  # organisations named so far
        self.fresh: set[str] = set()  # organisations the sentence before named for the first time

    def _company(self, name: str | None) -> bool:
        """Whether ``name`` can be "the company": no person, place, party, public body or newsroom."""
        return bool(name) and name not in self.people and (name in self.legal or not _looks_personal(name)) \
            and _actor_kind(name) != "place" and name.lower() not in _GROUPS \
            and not _PUBLIC_BODY.search(name) and not _NEWS_OUTLET.search(name)

    def referent(self, s: Sentence, previous_actor: str | None) -> str | None:
        """Who the organisation word opening ``s`` after its lead ("It", "The company", "Its") stands for."""
        found = self._referent(s, previous_actor)
        # With its legal form ("Six Flags Inc"), so that the headline's short form keeps the whole name.
        return self.legal.get(found, found) if found and " " in found else found

    def _referent(self, s: Sentence, previous_actor: str | None) -> str | None:
        opening = strip_opening(s.text)
        if _EXPLETIVE_IT.match(opening) and not PASSIVE_IT.match(opening):
            return None  # "It comes as critics lose patience": "it" stands for nobody
        # "When Marubeni completes the purchase, its assets will ...", "Under the rules, if BP used the mud, it could
        # ...": the subject of a lead clause before the pronoun.
        for lead in reversed(list(_LEAD_SUBJECT.finditer(s.text, 0, len(s.text) - len(opening)))):
            named = self.names.between(s.start + lead.end(), s.end)[:1]
            name = self.names.resolve(named[0].text) if named else ""
            if named and named[0].start == s.start + lead.end() and not _looks_personal(name) \
                    and _actor_kind(name) != "place" and name not in self.people:
                return name
            break
        public = _PUBLIC_NOUN.match(opening)
        if public:  # "The committee" is a committee the story named, "the agency" a public body: never a company
            last = self.last or ""
            word = public.group(1).lower()
            fits = word in last.lower() or (word == "agency" and bool(_PUBLIC_BODY.search(last) or (re.fullmatch(
                r"[A-Z][A-Za-z]{1,5}", last) and sum(c.isupper() for c in last) >= 2)))
            return self.last if fits and (previous_actor == self.last or not self.others) else None
        company = _BODY_NOUN.match(opening) or _CORPORATE_ITS.match(opening)
        if self.last and self.previous == self.last and (not company or self._company(self.last)):
            return self.last
        if self.last and self.owner == self.last and _ACTS_AS_BODY.match(opening):
            return self.last  # "Standard Chartered's focus on Asia paid off. It announced ...": only the owner announces
        if not company:
            return None  # "it" may be a thing: only the sentence before's organisation is safe
        # "The company" is the company the story is about, unless the sentence before was another's: a role noun
        # names the most salient entity of its kind, recency only decides between equals. ("The bank" is a bank:
        # the story's main company only when its name says it is one.)
        noun = _BODY_NOUN.match(opening)
        kind = noun.group(0).split()[-1].lower().rstrip("’'s,") if noun else ""
        # Not when the sentence names the main one itself ("The company, which blamed BP, ...": another), nor when
        # the sentence before brought in a new one (the reader takes the newcomer: the two are not told apart).
        if noun and self.main and self._company(self.main) and (
                kind in {"company", "firm", "group"} or kind in self.main.lower()) \
                and not self._names_main(s) and not self.fresh - {self.main_base}:
            return self.main
        last = self.last if self._company(self.last) else None
        if last and not self.others:
            return last
        if self.main and (self.main == last or self.main in self.others or last is None) and not self._names_main(s):
            return self.main
        return None

    def follow(self, s: Sentence, organisation: str | None, actor: str | None) -> None:
        """After ``s``: ``organisation`` is the organisation it was about as its subject (named or resolved)."""
        mentioned = self._mentioned(s)
        self.fresh, self.seen = mentioned - self.seen - self._employers(s), self.seen | mentioned
        if organisation is None and actor in self.legal:
            organisation = actor  # "Six Flags filed ...": a company, though its name looks like a person's
        if organisation and organisation not in self.people and organisation.lower() not in _GROUPS:
            self.named_subject(organisation, s)
            # "BP's well spent three months ...": the owner is no subject a following "it" could continue.
            owner = re.match(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s", strip_opening(s.text))
            self.previous = None if owner else organisation
            self.owner = organisation if owner else None
        else:
            before = set(self.others)
            self.read(s, actor)
            # A person's sentence in between ("BP said ... Svanberg said ... It hopes ...") is no "it" to continue,
            # once: when it names no other organisation, the one before stays the one to follow.
            person = bool(actor) and (_looks_personal(actor) or actor in self.people)
            if person and self.others == before and not self.skipped:
                self.skipped = True
                return
            self.previous = self.owner = None
        self.skipped = False

    def named_subject(self, subject: str, s: Sentence) -> None:
        """``subject``, an organisation, opens ``s``: it is the one to follow, beside the others ``s`` names."""
        self.last = subject
        self.bodies.add(subject)
        self.others = {n for n in self._named(s) if n != subject}

    def read(self, s: Sentence, actor: str | None) -> None:
        """A sentence not opened by a named organisation: the organisations it names compete from now on."""
        if self.last is None:
            return
        self.others |= {n for n in self._named(s) if n != self.last and n != actor}

    def _employers(self, s: Sentence) -> set[str]:
        """Organisations ``s`` names only as a person's employer ("analysts at Brandt Capital", "Brandt Capital analyst
        Karl Ostrander"): a source's affiliation, which no later "the company" stands for."""
        found = set()
        for m in self.names.between(s.start, s.end):
            before = s.text[max(0, m.start - s.start - 60):m.start - s.start]
            people_at = re.search(r"\b" + _PEOPLE_AT.pattern + r"$", before) is not None
            role_after = _ROLE_AFTER_EMPLOYER.match(s.text, m.end - s.start)
            if people_at or (role_after and _looks_personal(role_after.group(1))):
                found |= self._mentioned(Sentence(m.start, m.end, m.text))
        return found

    def _names_main(self, s: Sentence) -> bool:
        """Whether the subject of ``s`` names the main organisation beside its role noun ("The company, which has
        blamed BP, acknowledged ...": the company is another); a reported clause may name it again ("The company
        said BP expects ...")."""
        verb = re.search(r"\b(?:said|says|say|told|tells|that)\b", s.text)
        head = Sentence(s.start, s.start + (verb.start() if verb else len(s.text)), s.text[:verb.start() if verb else None])
        return self.main_base in self._mentioned(head)

    def _mentioned(self, s: Sentence) -> set[str]:
        """The organisations ``s`` names, each by the name the story's count knows it by ("Six Flags")."""
        found = set()
        for m in self.names.between(s.start, s.end):
            name = self.names.resolve(m.text).rstrip(".")
            parts = name.split()
            if len(parts) > 1 and parts[-1].lower() in _LEGAL_FORMS:
                name = " ".join(parts[:-1])
            if name in self.legal or (_actor_kind(name) == "body" and not _looks_personal(name)):
                found.add(name)
        return found

    def _named(self, s: Sentence) -> set[str]:
        return {name for name in (self.names.resolve(m.text) for m in self.names.between(s.start, s.end))
                if name in self.bodies}
