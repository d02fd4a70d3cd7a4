"""A title's "The rig" as the article named it: "The rig sinks" -> "The Deepwater Horizon rig sinks".

A story names a thing once in full ("the Deepwater Horizon rig", "BP's Macondo well", "the Obama
administration") and then calls it by its common noun alone ("when the rig sank on Thursday"). In the
sentence that is clear; in a timeline, read apart from the story, "The rig sinks" names nothing. A title
whose whole subject is "The" and that noun takes the fuller name the story used for it before: the same
noun after a name ("the Deepwater Horizon rig") or an owner's name ("BP's well"), the latest mention that holds
every name the others give it ("BP's Macondo well" after "the Macondo well" and "BP's well"). Names that no
mention joins ("Guernsey's government", "the British government") may be two things: the title stays. A
person's noun ("The singer dies") becomes the person the story last described with it ("singer Dara Quill"), as
a sentence's subject does (:mod:`.person_nouns`); an office ("The president") is left to the actor finders.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.extract.demonstrative_nouns import demonstrative_named
from timeline.extract.described_bodies import described_body, without_owner
from timeline.extract.described_people import described_person
from timeline.extract.document_names import DOCUMENT_NOUNS, document_forms
from timeline.extract.institution_names import INSTITUTION_NOUNS, SAME_KIND, body_owner, institution_forms
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.person_nouns import PERSON_NOUN_SUBJECT, _described
from timeline.extract.quoted_names import quoted_form
from timeline.extract.story_performers import PERFORMER_NOUNS, performer_of_story
from timeline.extract.thing_kinds import KIND_RUN, STATE_WORD, THING_NOUNS, without_states
from timeline.extract.title_referents import PERSON_NOUNS, ROLE_NOUNS
from timeline.extract.title_words import AUX, BREAK_WORDS, MAX_CHARS, finite_verb, main_verb_start

__all__ = ["fuller_name"]

#: A title whose subject is "The" and one common noun, its verb next: "The rig sinks", "The well is capped".
_BARE_SUBJECT = re.compile(r"The ([a-z][a-z-]{2,}) (?=[a-z])")
_PEOPLE = re.compile(r"(?:" + ROLE_NOUNS + "|" + PERSON_NOUNS + r")s?", re.I)
#: "The singer's golden casket", "The late pop star's belongings": a performer's noun owning the title's subject.
_PERFORMER_OWNS = re.compile(r"The\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(PERFORMER_NOUNS)) + r")(?=['’]s\s+[a-z])")
#: What may stand between a name and its noun: one adjective ("the Deepwater Horizon drilling rig"); before a
#: vessel's or an installation's noun, then words of its kind ("the Deepwater Horizon oil rig", "BP's Macondo oil
#: well": :mod:`.thing_kinds`).
_ADJECTIVE = r"(?:(?:[a-z]+(?:ing|ed|al|ous|ive|ic|ful)|[a-z]+-[a-z-]+) )?"
#: Capitalised words that name a time, not the thing: "the Monday meeting", "the April blowout".
_CALENDAR = {w.capitalize() for w in MONTH_NAMES + WEEKDAY_NAMES}


def fuller_name(title: str, before: str) -> str:
    """``title`` with its bare "The <noun>" subject put as ``before`` (the article's text before the title's sentence)
    last named it in full, or ``title`` unchanged."""
    described = described_person(title, before)  # ("The woman arrives" after "a Filipina nurse": :mod:`.described_people`)
    if described != title:
        return described
    pointed = demonstrative_named(title, before)  # ("Those wells are" after "two relief wells": :mod:`.demonstrative_nouns`)
    if pointed != title:
        return pointed
    person = PERSON_NOUN_SUBJECT.match(title)
    if person is not None and main_verb_start(title) == person.end() + 1:
        return _person_named(title, person.end(), before)
    owner = _PERFORMER_OWNS.match(title)
    if owner is not None:  # "The singer's casket is entombed": the performer the story is about
        performer = performer_of_story(before, title[owner.end():])
        return f"{performer}{title[owner.end():]}" if performer else title
    m = _BARE_SUBJECT.match(title)
    if m is None or _PEOPLE.fullmatch(m.group(1)) or (main_verb_start(title) != m.end() and not _modifies(m)):
        m = body_owner(title)  # ("The commission's findings": the body that owns them)
        if m is None:
            return title  # ("The oil spill begins": the noun is no whole subject; "The singer": a person's noun)
    noun = m.group(1)
    forms = [f for f in _forms(noun, before) if not any(w in _CALENDAR for w in _names(f))]  # ("Thursday's fire")
    # A name whose head is the noun ("BP's Carson Refinery") counts only when the story names no thing with the common
    # noun: "the refinery" after "the Texas City refinery" is that one, whatever other refinery is named.
    forms = [f for f in forms if f.endswith(noun)] or forms
    if not forms:
        described = _body_described(noun, before)  # ("an oil spill commission he tapped": :mod:`.described_bodies`)
        return described[:1].upper() + described[1:] + title[m.end() - 1:] if described \
            and len(described) + len(title) - m.end() < MAX_CHARS else title
    every = {name for f in forms for name in _names(f)}
    chosen = next((f for f in reversed(forms) if set(_names(f)) >= every), None)
    if chosen is None:
        return title  # two things of one noun ("Guernsey's government", "the British government"): which is unclear
    chosen = without_states(chosen)  # ("BP's leaking well" names the well; the leak may be over by the title's day)
    named = chosen[:1].upper() + chosen[1:] + title[m.end() - 1:]
    if len(named) > MAX_CHARS and noun in INSTITUTION_NOUNS:
        kind = without_owner(chosen, chosen.split()[-1])  # ("the oil spill commission" for a long title)
        named = kind[:1].upper() + kind[1:] + title[m.end() - 1:] if kind else named
    return named if len(named) <= MAX_CHARS else title


def _modifies(m: re.Match[str]) -> bool:
    """Whether the bare subject ``m`` matched is a thing's or a body's noun before another word that is no phrase of
    its own ("The rig explosion kills 11", "The commission report cites", "The administration reiterates"): the noun
    names the same thing there, and its name goes before it ("The Kestrel Dawn rig explosion")."""
    after = m.string[m.end():].split(None, 1)[0]
    return (m.group(1) in THING_NOUNS or m.group(1) in INSTITUTION_NOUNS or m.group(1) == "administration") \
        and after not in BREAK_WORDS and after != "of"


def _body_described(noun: str, before: str) -> str | None:
    """How ``before`` described the body ``noun`` names, when it gave it no name ("the presidential commission");
    for "panel", the one commission or committee it described when it described no panel."""
    if noun not in INSTITUTION_NOUNS:
        return None
    own = described_body(noun, before)
    if own is not None or noun not in SAME_KIND:
        return own
    others = [d for d in (described_body(other, before) for other in SAME_KIND[noun]) if d]
    return others[0] if len(others) == 1 else None


def _forms(noun: str, text: str) -> list[str]:
    """The named mentions of ``noun`` in ``text``; for a body's noun ("the commission", "the panel") those that
    :func:`.institution_names.institution_forms` finds."""
    if noun in INSTITUTION_NOUNS:
        return institution_forms(noun, text, _named_forms)
    if noun in DOCUMENT_NOUNS:
        return document_forms(noun, text, _named_forms)  # ("a White House report": :mod:`.document_names`)
    quoted = quoted_form(noun, text)  # ('the "top kill" procedure': :mod:`.quoted_names`)
    return _named_forms(noun, text) or ([quoted] if quoted else [])


def _named_forms(noun: str, text: str, modifier: str = "") -> list[str]:
    """The mentions of ``noun`` in ``text`` with a name before it (and at most one adjective between: "the Deepwater
    Horizon drilling rig", "BP's mile-long tube", then kind words, "oil"; another noun there makes another thing, "BP's
    relief well"; ``modifier``, when
    given, says what may stand there instead), in text order, each ending on the noun as the head of its phrase (not "the BP oil | spill")."""
    forms = []
    # ("the Tarn Valley Commission", "Alleyn's School": a name whose last word is the noun names one too)
    # ("BP's sunken Deepwater Horizon oil rig": a word of its state may stand between the owner and the name)
    for m in re.finditer(r"(?<![\w.’'-])(?:[Tt]he (?:[A-Z][\w’'&-]*[^\W_] ){1,3}|[A-Z][\w&-]*['’]s (?:" + STATE_WORD
                         + r" (?=[A-Z]))?(?:[A-Z][\w’'&-]*[^\W_] ){0,2})"
                         r"(?:" + (modifier or _ADJECTIVE + (KIND_RUN if noun in THING_NOUNS else "")) + re.escape(noun) + "|"
                         + re.escape(noun.capitalize()) + r")\b(?![-’'])", text):
        after = re.match(r"\s*([^\s]*)", text[m.end():]).group(1)
        word = after.lower().strip("“”\"‘’(),.;:!?")
        if not after or after[:1] in ",.;:)”\"—–-?!" or word in BREAK_WORDS or word in AUX or word == "of" \
                or finite_verb(word, noun):
            forms.append(m.group(0))
    return forms


def _names(form: str) -> list[str]:
    """The capitalised words of a mention: its name ("Deepwater", "Horizon"; "BP" of "BP's")."""
    return [re.sub(r"['’]s$", "", w) for w in form.split() if w[:1].isupper() and w.lower() != "the"]


def _person_named(title: str, end: int, before: str) -> str:
    """ "The singer dies" -> "Dara Quill dies": the person the story last described with the title's noun ("singer Dara
    Quill", "Dara Quill, the pop star"), as for a sentence's subject (:func:`.person_nouns.person_by_noun`)."""
    noun = title[:end].split()[-1]
    fits = [p for p in _described(before, noun, NameIndex(before)) if " " in p and looks_personal(p)]
    if not fits and noun.lower() in PERFORMER_NOUNS:  # ("The singer died": the performer the story is about)
        fits = [p for p in [performer_of_story(before, title[end:])] if p]
    return f"{fits[-1]}{title[end:]}" if fits else title
