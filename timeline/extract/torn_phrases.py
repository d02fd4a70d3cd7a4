"""Phrases a title's cut tears in two that the phrase checks of :mod:`.title_ends` let pass.

A headline may end on a noun, a name or a verb only when the sentence did not go on with the words that phrase
needs. English news prose has four such phrases that a cut often splits:

- a verb whose object is a bare pronoun that ends its clause: "to intersect the well and permanently seal | it";
- a verb that means nothing without its preposition: "the latest hopes rest | on a new skimmer", "hinges | on";
- a preposition made of a preposition and a bare noun: "in response | to the crisis", "on behalf | of the family";
- a name, or a count, used as a modifier before a common noun after an article: "the death of a 33-year Long
  Beach | resident", "a Senate | panel".

:func:`phrase_torn` tells such a cut; :func:`.title_whole.ends_open` then looks for another end.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.extract.title_open import FRAME_VERBS
from timeline.extract.title_verbs import verb_found_before
from timeline.extract.title_words import AUX, BREAK_WORDS, WEAK_END, verbish

__all__ = ["object_pronoun_end", "phrase_torn"]

#: Object pronouns: after a verb they are its whole object, and a clause that ends on one has nothing else to say.
_OBJECT_PRONOUNS = {"it", "them", "him", "her", "me", "us"}

#: Verbs that say nothing without the phrase their preposition opens ("rests on", "stems from"), beside those that
#: :data:`.title_ends._VERB_PREPOSITION` lists; only forms that are no plain noun as well ("rest", "focus" are).
_VERB_PREPOSITION = {
    **{v: "on" for v in ("rests", "rested", "hinges", "hinged", "hinge", "centres", "centred", "centers", "centered",
                         "focuses", "focused", "focussed", "dwells", "dwelt", "dwelled", "capitalise", "capitalize",
                         "capitalised", "capitalized")},
    **{v: "from" for v in ("stems", "stemmed", "derives", "derived", "originates", "originated", "emanates",
                           "emanated", "refrains", "refrained", "abstains", "abstained")},
    **{v: "of" for v in ("consists", "consisted", "comprised", "disposes", "disposed")},
    **{v: "for" for v in ("accounted", "opted", "qualifies", "qualified", "pleads", "pleaded")},
    **{v: "with" for v in ("complies", "complied", "coincides", "coincided", "copes", "coped", "grapples",
                           "grappled", "interferes", "interfered")},
}

#: Bare nouns that make one preposition with the words around them ("in response to", "on behalf of").
_COMPLEX_PREPOSITIONS = {
    "in": {"response": {"to"}, "reaction": {"to"}, "addition": {"to"}, "relation": {"to"}, "contrast": {"to", "with"},
           "comparison": {"to", "with"}, "line": {"with"}, "connection": {"with"}, "charge": {"of"},
           "search": {"of"}, "favour": {"of"}, "favor": {"of"}, "support": {"of"}, "spite": {"of"}, "front": {"of"},
           "place": {"of"}, "lieu": {"of"}, "terms": {"of"}, "view": {"of"}, "light": {"of"}, "protest": {"at", "against"},
           "exchange": {"for"}, "return": {"for"}, "preparation": {"for"}, "anticipation": {"of"}, "honour": {"of"},
           "honor": {"of"}, "memory": {"of"}, "violation": {"of"}, "breach": {"of"}, "pursuit": {"of"},
           "excess": {"of"}, "need": {"of"}, "danger": {"of"}, "contact": {"with"}, "accordance": {"with"},
           "cooperation": {"with"}, "collaboration": {"with"}, "conjunction": {"with"}, "partnership": {"with"},
           "talks": {"with"}, "touch": {"with"}},
    "on": {"behalf": {"of"}, "top": {"of"}, "account": {"of"}, "board": {"with"}},
    "by": {"means": {"of"}, "way": {"of"}, "virtue": {"of"}},
    "with": {"regard": {"to"}, "respect": {"to"}},
    "as": {"part": {"of"}, "result": {"of"}},
    "at": {"odds": {"with"}, "risk": {"of"}},
}

#: Capitalised words that open a sentence or stand for a time: no name's modifier.
_NOT_MODIFIER = re.compile(r"(?:The|A|An|I|" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + r")$")
#: Words that open the noun phrase a name may modify.
_OPENERS = {"a", "an", "the", "its", "his", "her", "their", "this", "that", "our", "every", "each", "another"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def phrase_torn(kept: list[str], rest: list[str]) -> bool:
    """Whether a title of the words ``kept``, which the sentence goes on with ``rest``, ends inside one of the phrases
    the module names."""
    if not kept or not rest or not kept[-1][-1:].isalpha():
        return False
    last, nxt = _clean(kept[-1]), _clean(rest[0])
    before = _clean(kept[-2]) if len(kept) > 1 else ""
    if nxt.rstrip(".!?”\"’") in _OBJECT_PRONOUNS and re.fullmatch(r"[a-z]+[.!?]?[”\"’]?", rest[0]) and len(rest) == 1 \
            and (verbish(last, before) or verbish(last, "to")) and before not in _OPENERS:
        return True  # "and permanently seal" before "it.": the verb's object ends the sentence
    if _VERB_PREPOSITION.get(last) == nxt and before not in _OPENERS:
        return True  # "the latest hopes rest" before "on this massive new skimmer"
    if nxt in _COMPLEX_PREPOSITIONS.get(before, {}).get(last, ()) and kept[-1].islower():
        return True  # "in response" before "to the worsening crisis"
    return _name_modifier_cut(kept, rest)


def _name_modifier_cut(kept: list[str], rest: list[str]) -> bool:
    """ "the death of a 33-year Long Beach" before "resident": a name after an article (a count or a modifier between)
    is the modifier of the lowercase noun that follows it."""
    nxt = rest[0]
    if not re.fullmatch(r"[a-z]{3,}s?", nxt) or nxt in BREAK_WORDS | WEAK_END or nxt.endswith("ly") \
            or verbish(nxt, _clean(kept[-1])):
        return False
    name = len(kept)
    while name > 0 and re.fullmatch(r"[A-Z][\w&.’'-]*", kept[name - 1]) and not _NOT_MODIFIER.match(kept[name - 1]):
        name -= 1
    if name == len(kept) or name == 0:
        return False
    # the article, with at most one count or hyphenated modifier between it and the name ("a 33-year Long Beach")
    opener = name - 1
    if opener > 0 and re.fullmatch(r"[\d$£€][\w.,$£€%-]*|[a-z]+-[a-z-]+", kept[opener]):
        opener -= 1
    return kept[opener].lower() in _OPENERS


def object_pronoun_end(title: str, sentence: str) -> bool:
    """Whether ``title`` ends on a verb's object pronoun that ends its clause in ``sentence`` too ("and permanently
    seal it [next month]."): the pronoun is the object, no subject left waiting for its verb ("BP said it | will")."""
    words = title.split()
    if len(words) < 3 or _clean(words[-1]) not in _OBJECT_PRONOUNS or not words[-1][-1:].isalpha():
        return False
    verb, before = _clean(words[-2]), _clean(words[-3])
    if not words[-2].isalpha() or verb.endswith("ing") or verb in AUX | FRAME_VERBS | BREAK_WORDS | WEAK_END | _OPENERS \
            or not (verbish(verb, before) or verbish(verb, "to")):
        return False
    # (the sentence's verb may be in the past the title put in the present: "stopped it" for "stops it")
    after = [sentence[m.end():].lstrip() for m in verb_found_before(verb, re.escape(words[-1]), sentence)]
    return bool(after) and all(
        not re.match(r"[a-z]", a) or (_clean(a.split()[0]) not in AUX and not verbish(_clean(a.split()[0]), "it"))
        for a in after)
