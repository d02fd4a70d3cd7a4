"""The title of a happening told only as a noun phrase: "the 1988 bombing of Pan Am Flight 103 over Lockerbie".

:func:`~timeline.extract.happenings.happening_of` gives such a phrase the date, and its title is the phrase without
it: "Bombing of Pan Am Flight 103 over Lockerbie", "The singer's death", which name a happening but tell none. The
phrase names what the happening befell, after its noun's "of" or as its possessive; the noun's verb
(:data:`~timeline.nominalisations.NOMINALISATIONS`) makes that the subject of a headline, with the phrase's own
words and in their order: "Pan Am Flight 103 is bombed over Lockerbie", "The singer dies". A phrase with no such
subject ("the April 20 explosion on the rig", "the Valdez spill") keeps its words as they are.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.extract.retold import bare_happening
from timeline.extract.title_gate import FUNCTION_WORDS
from timeline.extract.title_schedules import scheduled_title
from timeline.extract.title_strikes import struck_title
from timeline.extract.title_tense import plural_subject
from timeline.extract.title_words import verbish
from timeline.nominalisations import CRAFT, NOMINALISATIONS

__all__ = ["mention_title", "verbal_title"]

_NOUN = "|".join(sorted(NOMINALISATIONS, key=len, reverse=True))
#: The words before the noun that leave the happening as told: "the deadly bombing", "a still unexplained crash".
#: Not words that make it one not (yet) done ("the attempted murder", "the alleged killing", "a planned raid"),
#: another one ("a second explosion"), or a name ("the Lockerbie bombing": where, said by a name the verb loses).
_MODIFIERS = (r"(?P<mods>(?:(?!(?:alleged|attempted|suspected|possible|planned|proposed|threatened|failed|expected|"
              r"potential|reported|apparent|feared|mock|fake|would-be|intended|imminent|pending|scheduled|near|no|any|"
              r"another|other|next|new|first|second|third|fourth|last|previous|earlier|later|latest|further|repeated|"
              r"future|such|similar|this|that|these|those|their|its|his|her|our|my|your|and|or|but)\b)[a-z][\w-]*\s+){0,3})")
#: Where the subject's words end and the place, time or agent of the happening begins: "(Pan Am Flight 103) over
#: Lockerbie", "(the singer) by police"; or a dead person's age ("(the singer's) death aged 61").
_TAIL = (r"(?P<tail>\s+(?:(?:in|on|at|over|off|near|aboard|from|by|during|outside|inside|across|along|into|onto|"
         r"amid|after|before|following|under)\s+[^,;:]*|aged\s+\d+\b[^,;:]*))?")
#: A subject's words: no clause ("that", "who") and no second one ("and", a comma).
_SUBJECT = (r"(?P<subject>(?:the\s+|a\s+|an\s+)?(?:(?!(?:in|on|at|over|off|near|aboard|from|by|during|outside|inside|"
            r"across|along|into|onto|amid|after|before|following|under|and|or|but|that|which|who|whose|his|her|its|"
            r"their|he|she|it|they)\b)[\w.’'&-]+\s*){1,7}?)")
#: A date as the phrase's determiner: "(last week's) crash of an Airbus", "(Tuesday's) arrest of the singer".
_DATE_DETERMINER = (r"(?:(?:last|this|next)\s+)?(?:" + "|".join(MONTH_NAMES + WEEKDAY_NAMES)
                    + r"|yesterday|today|tonight|week|weekend|month|year|season)['’]s\s+")
#: A first happening of the same thing, told before the one the phrase's "of" closes: "the explosion and subsequent
#: sinking (of the rig)".
_FIRST = r"(?:(?P<first>" + _NOUN + r")\s+and\s+(?:(?:subsequent|later|eventual|ensuing)\s+)?)?"
#: "(the deadly) bombing of Pan Am Flight 103 (over Lockerbie)", "(an) explosion on the rig": what the noun's
#: preposition names underwent it (:func:`_befalls`).
_OF = re.compile(r"(?:(?:the|a|an)\s+|" + _DATE_DETERMINER + r")?" + _MODIFIERS + _FIRST + r"(?P<noun>" + _NOUN + r")\s+(?P<preposition>of|on|aboard|at)\s+" + _SUBJECT + _TAIL, re.I)
#: A dead person's age after the noun: "(the singer's death) aged 61".
_AGE = re.compile(r"^\s+aged\s+\d+\b")
#: Possessives that are dates, no one the happening befell: "April's explosion", "last week's crash".
_DATE_OWNER = re.compile(r"(?i)\b(?:" + "|".join(MONTH_NAMES + WEEKDAY_NAMES) + r"|yesterday|today|tonight|week|weekend|"
                         r"month|year|season|day|morning|afternoon|evening|night|decade|century)\b")
#: "The singer's (sudden) death (in Los Angeles)": the possessive is whom it befell, its noun closing the phrase
#: or followed by where or when ("Iraq's invasion of Kuwait": an "of" names whom, and the possessive is the agent).
_OWNER = re.compile(r"(?P<subject>(?:The\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+)['’]s\s+" + _MODIFIERS + r"(?P<noun>"
                    + _NOUN + r")" + _TAIL)


def mention_title(title: str, phrase: str = "") -> str:
    """The title of a happening's noun phrase (its date left out): with the verb of its noun when the phrase names
    what it befell (:func:`verbal_title`), with the "be" of its scheduling participle (:func:`.scheduled_title`), or
    as it is. A bare noun and its modifiers ("The rig explosion") is left for the article's fuller telling
    (:func:`.retelling`), which may name the rig. ``phrase`` is the text's own noun phrase: a title that opens on
    its common word ("Ferry explosion off Cape Lorne" of "the March 2 ferry explosion ...") takes back its article."""
    title = scheduled_title(title)
    first = title.split(" ", 1)[0]
    if (first[:1].isupper() and first.lower() != "the"
            and f"{first[:1].lower()}{first[1:]}" in phrase.split() and first not in phrase.split()):
        common = f"the {first[:1].lower()}{title[1:]}"  # "the" only before a common noun
        if bare_happening(title) is None and (verbal := verbal_title(common)) != common:
            return verbal
    return title if bare_happening(title) is not None else verbal_title(title)


def verbal_title(title: str) -> str:
    """``title`` with the verb of its happening's noun, when it is a noun phrase naming what the happening befell:
    "Bombing of Pan Am Flight 103 over Lockerbie" -> "Pan Am Flight 103 is bombed over Lockerbie", "The singer's
    death" -> "The singer dies", "The oil rig explosion" -> "The oil rig explodes". A title with a verb of its own
    ("Explosion on a rig kills 11 workers") is no noun phrase, and stays."""
    of = _OF.fullmatch(title)
    if of is not None and not _befalls(of):
        of = None
    owner = _OWNER.fullmatch(title) if of is None else None
    if owner is not None and (_DATE_OWNER.search(owner.group("subject"))
                              or not NOMINALISATIONS[owner.group("noun").lower()].owner_undergoes
                              or (NOMINALISATIONS[owner.group("noun").lower()].aboard and not CRAFT & set(owner.group("subject").lower().split()))):
        owner = None  # "BP's explosion" is an explosion of BP's, not BP exploding; "the rig's explosion" is the rig's
    m = of or owner
    if m is None:
        return struck_title(_compound_title(title))  # ("Tsunami in Southeast Asia": "Tsunami strikes Southeast Asia")
    if _has_verb(f"{m.group('subject')} {_AGE.sub('', m.group('tail') or '')}"):  # ("aged" tells an age, no verb)
        return title
    subject = m.group("subject").strip()
    nominal = NOMINALISATIONS[m.group("noun").lower()]
    plural = plural_subject(subject + " ")
    verb = (("are " if plural else "is ") + nominal.singular) if nominal.passive else \
        nominal.plural if plural else nominal.singular
    first = NOMINALISATIONS[of.group("first").lower()] if of is not None and of.group("first") else None
    if first is not None:  # "the explosion and subsequent sinking of the rig": "The rig explodes and sinks"
        if first.passive or nominal.passive:
            return title
        verb = f"{first.plural if plural else first.singular} and {verb}"
    return f"{subject[:1].upper()}{subject[1:]} {verb}{m.group('tail') or ''}"


def _has_verb(words: str) -> bool:
    """Whether ``words`` hold a verb, making them a clause and no noun phrase: "(explosion on) an offshore rig kills
    11 workers". (A word in "-ing" there is a noun's modifier: "the Deepwater Horizon drilling rig".)"""
    tokens = words.split()
    # ("(explosion on) the rig causes the disaster", "a dose causes Jackson's death": a word in "-s" or "-ed" before a
    # determiner or a name is a verb with its object, where no table knows it; "the singer's Neverland Ranch" holds an
    # owner, no verb)
    return any(w.islower() and not w.endswith("ing") and (verbish(w, tokens[i - 1].lower() if i else "") or (
        w.endswith(("s", "ed")) and w not in _NOT_VERBS and i + 1 < len(tokens)
        and (tokens[i + 1].lower() in {"the", "a", "an", "its", "their", "his", "her"}
             or (tokens[i + 1][:1].isupper() and not w.endswith(("'s", "’s"))))))
        for i, w in enumerate(tokens))


#: Words in "-s" that are no verbs before a determiner: "across the bay", "as the rig", "its".
_NOT_VERBS = frozenset({"across", "as", "its", "his", "this", "thus", "plus", "versus", "towards", "us", "was", "is",
                        "has", "always", "perhaps", "besides", "whereas", "unless", "afterwards", "upwards"})


def _befalls(m: re.Match[str]) -> bool:
    """Whether the phrase after the noun names whom it befell: "the arrest of the singer", "the attack on the
    embassy", "the explosion on the rig"; not "the explosion on the seabed" or "the crash on the motorway"."""
    nominal, preposition = NOMINALISATIONS[m.group("noun").lower()], m.group("preposition").lower()
    return preposition in nominal.objects or (nominal.aboard and any(w in CRAFT for w in m.group("subject").split()))


#: "(the deadly) oil rig explosion (off Louisiana)": a noun phrase ending on the happening's noun, the nouns before
#: it naming what it befell.
_COMPOUND = re.compile(r"(?:(?P<det>the|a|an)\s+|" + _DATE_DETERMINER + r")?(?P<words>(?:[\w.-]+\s+){1,5}?)(?P<noun>"
                       + "|".join(n for n, v in NOMINALISATIONS.items() if v.compound_undergoes) + r")" + _TAIL, re.I)
#: Words that describe the happening, not what it befell: "the huge explosion", "a fatal crash", "the
#: economic collapse", "the second explosion" (an ending of an adjective or participle, or a common adjective).
_ADJECTIVE = re.compile(r"[a-z-]{3,}(?<!build)(?:ly|al|ic|ous|ful|ive|ed|ing|ble|ar|ent|ant|ish|less|est|ary|ate)|"
                        r"huge|big|great|giant|small|large|twin|double|first|second|third|last|next|new|recent|such|"
                        r"another|other|same|major|minor|any|no|its|his|her|their|this|that|"
                        r"[a-z]+(?:-[a-z]+)+")

#: Matter, and places a blast goes off in, not a thing that explodes: "a gas explosion", "the mine explosion".
_MATTER = frozenset(["gas", "oil", "methane", "dust", "fuel", "chemical", "steam", "fireworks", "mine", "market"])


def _compound_title(title: str) -> str:
    """"The oil rig explosion off Louisiana" -> "The oil rig explodes off Louisiana": the nouns before the noun of
    an explosion, crash, collapse or sinking name what exploded; adjectives before them go ("the deadly plane crash":
    "The plane crashes"). A name alone there may be where it happened ("the Texas City explosion"): left as it is."""
    m = _COMPOUND.fullmatch(title)
    if m is None or _has_verb(m.group("tail") or ""):
        return title  # "The rig explosion in April killed 11 workers": a clause
    words = m.group("words").split()
    start = len(words)
    while start > 0 and not _ADJECTIVE.fullmatch(words[start - 1]) and words[start - 1][:1].islower():
        start -= 1
    while start > 0 and start < len(words) and words[start - 1][:1].isupper() and words[start - 1].lower() not in (
            "the", "a", "an") and not (start == 1 and m.start("words") == 0 and _ADJECTIVE.fullmatch(words[0].lower())):
        start -= 1  # "the Deepwater Horizon rig explosion": a name of the rig before its noun ("Massive ...": a title's capital)
    compound = words[start:]
    if len(compound) > 4 or any(w.lower() in FUNCTION_WORDS for w in compound) or not compound or not compound[-1][:1].islower() or _ADJECTIVE.fullmatch(compound[-1]) or any(
            _ADJECTIVE.fullmatch(w) for w in compound if w[:1].islower()) or any(
            w.lower() in ("the", "a", "an") for w in words[:start][1:]) or _DATE_OWNER.search(" ".join(compound)):
        return title
    if len(compound) == 1 and compound[0] in _MATTER:
        return title
    det = (m.group("det") or "the").lower()
    if det != "the":  # "an enormous rig explosion": the article goes with the word now after it
        det = "an" if compound[0][:1].lower() in "aeio" else "a"
    subject = f"{det} {' '.join(compound)}"
    verb = NOMINALISATIONS[m.group("noun").lower()].singular
    return f"{subject[:1].upper()}{subject[1:]} {verb}{m.group('tail') or ''}"
