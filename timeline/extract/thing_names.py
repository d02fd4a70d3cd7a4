"""A title's "The ship" or "The energy giant" as the article named it, where :mod:`.definite_names` found no name before
the noun.

A story also names a thing after its common noun ("the drilling rig Deepwater Horizon"), in apposition to it ("a new
ship, the Helix Producer, began ...", "the vessel, the Discoverer Enterprise,"), with the noun as a capitalised title
("Hurricane Alex") or with "of" ("the trial of Dr Conrad Murray", "the government of Nova Scotia"). A title whose
whole subject is that noun ("The ship begins siphoning oil") takes the name the story last gave it, or its own
sentence's apposition. A company is often called by what it is ("the energy giant", "the oil major", "the British
firm"): such a title takes the company the story names, when the latest one named is also the one named most (a
story about BP that mentions Transocean last leaves "The energy giant" as it stands). Two different names for one
noun leave the title unchanged: a vague title is better than a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.extract.definite_names import _names, fuller_name
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.possessive_owners import owner_named
from timeline.extract.subject_names import strip_opening
from timeline.extract.thing_kinds import KIND_RUN, KIND_WORD, KIND_WORDS, STATE_WORDS, THING_NOUNS
from timeline.extract.title_referents import PERSON_NOUNS, ROLE_NOUNS, actor_kind
from timeline.extract.title_words import AUX, BREAK_WORDS, MAX_CHARS, finite_verb, main_verb_start
from timeline.extract.trial_owners import trial_owner
from timeline.honorifics import SURNAME_TITLES, honorific_pattern

__all__ = ["named_thing"]

#: A title's subject of a determiner, at most two modifiers and its noun, the verb next: "A new ship begins", "The
#: energy giant reports", "The energy giant's prior attempt fails".
_SUBJECT = re.compile(r"(The|This|That|A|An) ((?:[a-z][a-z-]* ){0,2})([a-z][a-z-]{2,})() ")
_OWNER = re.compile(r"(The|This|That) ((?:[a-z][a-z-]* ){0,2})([a-z][a-z-]{2,})(['’]s) (?=[a-z])")
#: Modifiers that describe the one thing the story is about, not which of several: "the stricken rig"; before a
#: vessel's or an installation's noun also its kind, "the oil rig" (:mod:`.thing_kinds`).
_DESCRIBING = STATE_WORDS
#: What a company is called for what it is: "the energy giant", "the oil major", "the British firm".
_COMPANY_HEADS = {"giant", "major", "firm", "multinational", "conglomerate", "supermajor"}
#: What an energy company is called for its trade: "the oil producer", "the British gas explorer" (only after such a
#: trade word: "the producer" alone may be a film's).
_TRADE_HEADS = {"producer", "explorer", "refiner", "driller"}
_TRADE_WORDS = {"oil", "gas", "energy", "crude"}
#: A country's or a region's adjective before a company's noun: "the British firm", "the Anglo-Dutch major", "the UK
#: firm" (an adjective of where, never a name that could be another company's: "the Halliburton company").
_ORIGIN = r"(?:[A-Z][a-z]+(?:ish|ian|ese|can|ch)|Anglo-[A-Z][a-z]+|German|Swiss|Greek|Thai|UK|US|U\.S\.)"
_COMPANY = re.compile(r"(The|This|That) ((?:(?:[a-z][a-z-]*|" + _ORIGIN + r") ){0,3})("
                      + "|".join(sorted(_COMPANY_HEADS | _TRADE_HEADS | {"company"})) + r")() (?=[a-z])")
#: A thing's noun after words of its kind: "The oil rig explodes", "The offshore drilling rig sinks".
_KIND_SUBJECT = re.compile(r"(The) (" + KIND_WORD + r" " + KIND_RUN + r")(" + "|".join(sorted(THING_NOUNS)) + r")() (?=[a-z])")
#: Nouns that stand as a capitalised title before a name: "Hurricane Alex", "Tropical Storm Bonnie", "Flight 447".
_TITLE_NOUNS = {"hurricane", "storm", "typhoon", "cyclone", "flight"}
#: A body named for a company must not be a government's: "the firm" is never "the Coast Guard".
_PUBLIC_BODY = re.compile(r"(?:Agency|Department|Ministry|Council|Committee|Commission|Administration|Service|"
                          r"Institute|University|Association|Party|Government|Court|Congress|Senate|House|Office|"
                          r"Board|Authority|Union|Force|Army|Navy|Guard|Corps|Police|Organi[sz]ation)$")
_LEGAL = re.compile(r",? (?:Plc|PLC|plc|Inc\.?|Ltd\.?|Corp\.?|Co\.|LLC|SA|AG|NV)$")
_AGENCIES = {"AP", "AFP", "Reuters", "Associated", "Press", "PA", "BBC", "CNN"}
_PEOPLE = re.compile(r"(?:" + ROLE_NOUNS + "|" + PERSON_NOUNS + r")s?", re.I)
_NOT_NAMES = {w.capitalize() for w in MONTH_NAMES + WEEKDAY_NAMES} | {"The", "A", "An", "This", "That", "US", "U.S.",
                                                                      "UK", "EU", "UN", "He", "She", "It", "They"}
_NAME = r"(?:[A-Z][\w’'&.-]*[^\W_]|[A-Z])"


def named_thing(title: str, text: str, start: int) -> str:
    """``title`` with its bare "The <noun>" (or its own sentence's "a new <noun>, the <Name>,") subject named as the
    story named that thing (``text`` is the article, ``start`` where the title's sentence starts), or ``title``."""
    title = owner_named(title, text, start)  # ("The explosion at its refinery": :mod:`.possessive_owners`)
    title = trial_owner(title, text[:start])  # ("The trial is set to begin": :mod:`.trial_owners`)
    company = _verb_next(_COMPANY.match(title))  # ("The energy giant" reads "giant" as its verb)
    kind = _verb_next(_KIND_SUBJECT.match(title))  # ("The oil rig explodes" reads "rig" as its verb)
    m = _OWNER.match(title) or company or kind or _SUBJECT.fullmatch(title[:main_verb_start(title)])
    if m is None:
        return title
    determiner, modifiers, noun = m.group(1), m.group(2).split(), m.group(3)
    if _PEOPLE.fullmatch(noun) or any(w in BREAK_WORDS or w in AUX or finite_verb(w, "") for w in modifiers):
        return title  # a person's noun is the person finders' ("The singer"); "The well is" is no modifier
    owner = m.group(4)
    name = _apposed(text, start, title[:m.end() - len(owner) - 1], noun)
    if name is None and determiner in ("The", "This", "That"):
        if noun in _COMPANY_HEADS or (noun in _TRADE_HEADS and set(modifiers) & _TRADE_WORDS) \
                or (noun == "company" and (modifiers or _inside_sentence(text, start))):
            name = _company(text[:start])
            origin = next((w for w in modifiers if re.fullmatch(_ORIGIN, w)), None)
            if name is not None and origin is not None and not _origin_told(text[:start], name, origin):
                return title  # ("the Anglo-Dutch major" in a story about BP is Shell, a company named less)
        elif all(w in _DESCRIBING or (w in KIND_WORDS and noun in THING_NOUNS) for w in modifiers):
            name = _named_before(text[:start], noun)
            if name is None and modifiers:
                # "The stricken rig sinks": the rig as the story named it before the noun ("the Deepwater Horizon rig")
                bare = f"The {noun}{title[m.end() - 1:]}"
                named = fuller_name(bare, text[:start])
                if named == bare and not set(modifiers) & _DESCRIBING:
                    # ("The oil rig explodes" in a story that names "the Deepwater Horizon rig" further down: a kind
                    # word picks no other rig, as a state may, "the sunken rig" told before the sinking)
                    named = _named_further(bare, text, noun)
                return named if named != bare else title
    if name is None:
        return _named_further(title, text, noun) if determiner == "The" and not modifiers and not owner \
            and noun not in _COMPANY_HEADS and noun != "company" else title
    named = name + owner + title[m.end() - 1:]
    return named if len(named) <= MAX_CHARS else title


def _origin_told(before: str, name: str, origin: str) -> bool:
    """Whether ``before`` (the article up to the title's sentence) puts ``origin`` next to ``name``: "British oil
    company BP", "BP, the British energy giant"."""
    n, o = re.escape(name), re.escape(origin)
    return re.search(r"\b" + o + r"\s+(?:[\w-]+\s+){0,3}?" + n + r"\b|\b" + n + r"\b,?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                     + o + r"\b", before) is not None


def _verb_next(m: re.Match[str] | None) -> re.Match[str] | None:
    """``m``, a subject matched at a title's start, when the word after it is a verb: the subject is whole."""
    if m is None:
        return None
    word = m.string[m.end():].split()[0]
    return m if re.fullmatch(r"[a-z]+(?:s|ed)|" + "|".join(AUX), word) or finite_verb(word, "") else None


def _named_further(title: str, text: str, noun: str) -> str:
    """ "The rig explodes" in a story that names "the Deepwater Horizon rig" only further down: the same rig, as
    :func:`.definite_names.fuller_name` names it from the whole story; not from a heading's capitalised noun ("BP's
    Oil Rig Explosion")."""
    named = fuller_name(title, text)
    subject = named[:len(named) - len(title) + len("The " + noun)]
    if named == title or not subject.endswith(" " + noun):
        return title
    # Named after the sentence, the thing may be another of its kind: every name the story puts near the noun must be
    # the chosen one's ("the new H1N1 virus" ... "the AIDS virus, which has killed ...": two viruses), and a person's
    # thing ("Melancon's performance") is no thing the story named for itself.
    names = set(_names(subject))
    # ("the new H1N1 virus": a name right before the noun, after "the" and at most an adjective; an owner, "BP's
    # well", or a modifier between, "the BP oil well", names no other thing)
    near = set(re.findall(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?([A-Z][\w-]*)\s+" + re.escape(noun) + r"\b", text))
    owner = re.match(r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)['’]s ", subject)
    person = owner is not None and any(looks_personal(m.text) and (m.text + " ").endswith(" " + owner.group(1) + " ")
                                       for m in NameIndex(text).mentions)  # ("Ridley's": "Tom Ridley")
    return named if near <= names and not person else title



def _inside_sentence(text: str, start: int) -> bool:
    """Whether the title's "the company" stood inside its sentence ("Claims reached $600m, but the company had paid
    only $71m"), where the finder of organisations, which reads what opens a sentence, never looked; "The company" that
    opens the sentence (after its lead) was left unnamed there for a reason."""
    sentence = re.match(r"[^\n]*?(?:[.!?](?=\s|$)|\n|$)", text[start:start + 600]).group(0)
    if not re.search(r"(?<![\w’'-])the (?:[a-z-]+ ){0,2}?company\b", sentence):
        return False
    opens = re.search(r"[\w,;:–—-]\s*$", text[max(0, start - 20):start]) is None  # (the quote starts the sentence)
    return not opens or re.match(r"(?i)the (?:[a-z-]+ ){0,2}?company\b", strip_opening(sentence)) is None


def _apposed(text: str, start: int, subject: str, noun: str) -> str | None:
    """The name its own sentence puts in apposition to the title's subject: "a new ship, the Helix Producer, began"
    -> "The Helix Producer ship"."""
    sentence = re.match(r"[^\n]*?(?:[.!?](?=\s|$)|\n|$)", text[start:start + 600]).group(0)
    m = re.search(r"\b(?i:" + re.escape(subject) + r"),\s+(?:the\s+)?((?:" + _NAME + r"\s+){0,2}" + _NAME + r"),",
                  sentence)
    return _headline(m.group(1), noun) if m else None


def _named_before(before: str, noun: str) -> str | None:
    """The name ``before`` (the article up to the title's sentence) last gave the thing of ``noun``, when every name
    it gave one is that one: "the drilling rig Deepwater Horizon", "the vessel, the Discoverer Enterprise,", "Hurricane
    Alex", "the trial of Dr Conrad Murray"."""
    n = re.escape(noun)
    found: list[tuple[int, str]] = []
    # "the drilling rig Deepwater Horizon exploded", "the off shore oil rig Deepwater Horizon": two names or more after
    # the noun and its kind words, then a verb or punctuation
    for m in re.finditer(r"\b[Tt]he (?:[a-z][\w-]* )?" + (KIND_RUN if noun in THING_NOUNS else "") + n + r",? (?:the )?(" + _NAME + r"(?: " + _NAME + r"){1,2})"
                         r"(?=[,.;:)]| [a-z])", before):
        if _ends_phrase(before, m.end()):
            found.append((m.start(), _headline(m.group(1), noun)))
    # "the vessel, the Discoverer Enterprise, ...": one name in commas
    for m in re.finditer(r"\b[Tt]he (?:[a-z][\w-]* )?" + n + r", the (" + _NAME + r"(?: " + _NAME + r"){0,2}),", before):
        found.append((m.start(), _headline(m.group(1), noun)))
    # "as Hurricane Alex neared": the noun as the title of a name, inside a sentence (only the nouns that make such
    # titles: in a run-on headline "Alleyn's School A third school" and "Oil Spill BP" are no names)
    titled = r"(?<=[a-z,] )((?:Tropical )?" + re.escape(noun.capitalize()) + r") (" + _NAME + r")(?=[,.;:)]| [a-z])"
    for m in re.finditer(titled, before) if noun in _TITLE_NOUNS else ():
        found.append((m.start(), f"{m.group(1)} {m.group(2)}"))
    # "the trial of Dr Conrad Murray", "the government of Nova Scotia"
    for m in re.finditer(r"\b[Tt]he " + n + r" of (" + _NAME + r"(?: " + _NAME + r"){0,3})(?![’'\w])", before):
        if _ends_phrase(before, m.end()):
            owner = re.sub(r"^(?:" + honorific_pattern(SURNAME_TITLES) + r")\.? ", "", m.group(1))
            # ("the trial of Dr Conrad Murray" -> "Conrad Murray's trial": a person's thing as a headline says it)
            personal = looks_personal(owner) and actor_kind(owner) == "person"
            found.append((m.start(), f"{owner}'s {noun}" if personal else f"The {noun} of {m.group(1)}"))
    names = [name for _, name in sorted(found) if name]
    if not names or len(set(names)) > 1:
        return None  # ("the rig Ocean King" and "the rig Deepwater Horizon": which one is unclear)
    return names[-1]


def _ends_phrase(text: str, end: int) -> bool:
    """Whether the noun phrase ending at ``end`` ends there: punctuation, a verb or a word that opens a phrase follows
    ("the trial of Dr Conrad Murray begins", not "the trial of Michael Jackson's doctor")."""
    after = re.match(r"\s*([^\s]*)", text[end:]).group(1)
    word = after.lower().strip("“”\"‘’(),.;:!?")
    return not after or after[:1] in ",.;:)”\"—–-?!" or word in BREAK_WORDS or word in AUX or finite_verb(word, "")


def _headline(name: str, noun: str) -> str | None:
    """ "Helix Producer" for a ship -> "The Helix Producer ship"; None for what is no name of a thing (a person, a
    date, "US")."""
    # (a person's name is no name of a thing, but two capitalised words next to a thing's noun name the thing)
    if any(w in _NOT_NAMES for w in name.split()):
        return None
    return f"The {name}" if name.lower().endswith(noun) else f"The {name} {noun}"


def _company(before: str) -> str | None:
    """The company ``before`` names last, when it is also the one it names most ("BP" for "the energy giant")."""
    index = NameIndex(before)
    bodies = [_LEGAL.sub("", index.resolve(m.text)) for m in index.mentions]
    # (a name the finder ran into a dateline, "AP BP", is no company the story is about)
    bodies = [b for b in bodies if actor_kind(b) == "body" and not _PUBLIC_BODY.search(b) and b not in _NOT_NAMES
              and not set(b.split()) & _AGENCIES and not re.fullmatch(r"[A-Z]{2,}s", b)]  # ("PACs", "NGOs": kinds)
    if not bodies:
        return None
    counts = Counter(bodies).most_common(2)
    if counts[0][1] < 2 or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None  # (a company named once is no company the story is about)
    return bodies[-1] if bodies[-1] == counts[0][0] else None
