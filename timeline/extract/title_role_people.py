"""Who "the singer", "the doctor" or "the BP official" in a title is: the person the story named with that noun.

A story names its people once ("Dara Quill", "Dr Conrad Lane", "President Mara Velde") and then writes "the singer's
death", "the trial of the doctor", "the president's visit". In the sentence that is clear; in a timeline read apart
from the story, "Drugs lead to the singer's death" names nobody. So:

- a performer's noun after the title's opening (its opening is :mod:`.definite_names`'), as an owner, an object or
  after a preposition, becomes the performer the story's headline and lead are about
  (:func:`.story_performers.performer_of_story`), or the one person a story about something else described with it
  ("singer Dara Quill"); not when the lead names two of one family ("Rhona Quill to write Dara Quill memoir");
- "the doctor", "the physician" or "the cardiologist" becomes the one doctor the headline and lead call "Dr", when the
  story calls that one so most: a lead naming two doctors, or none, leaves it (a flu patient's visit "to the
  doctor" is no one the story named);
- "the president" or "the prime minister" becomes the one holder the story named with the office's title;
- a courtesy title before a first name ("Dr Conrad had sought", a reporter's slip) takes the surname;
- a title cut from a description set off after a name ("Lamar McKay, the BP official who visited ...") takes the
  name, when the story calls that person by the surname as people are called.

A title that already names the person needs none of it, a speaker's quoted words keep their noun, and a title that
keeps another performer's noun unresolved (two such nouns may be two people) is left alone: a vague title is better
than a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter

from timeline.extract.body_chain import lead_end
from timeline.extract.clauses import role_person
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.person_nouns import _described
from timeline.extract.story_performers import _called_so, performer_of_story
from timeline.extract.title_referents import PERSON_NOUNS, ROLE_NOUNS, actor_kind
from timeline.extract.title_subjects import _SECTION_LEAD
from timeline.extract.title_words import MAX_CHARS, main_verb_start
from timeline.honorifics import SURNAME_TITLES, honorific_pattern

__all__ = ["role_people_named"]

#: A performer's noun with "the" (and "late", "pop" or "rock" between), as an owner or before a word that does not make
#: it a modifier ("the star witness", "the singer songwriter"): "the singer's death", "giving the star a dose".
_PERFORMER = re.compile(r"\b[Tt]he\s+(?:late\s+)?(?:(?:pop|rock)\s+)?(singer|star|superstar|entertainer|popstar)"
                        r"(?:(['’]s)\s+(?=[a-z])|(?=\s+(?:a|an|the|and|as|at|in|on|with|before|after|was|is|had|has|"
                        r"when|while|who|to|from|for|of)\b|\s*$|[,.;:]))")
#: "the doctor", "the physician", "the cardiologist" (with "accused", "personal" or the like between is another
#: description the reader may follow; only the bare noun).
_DOCTOR = re.compile(r"\b[Tt]he\s+(?:(?:personal|late)\s+)?(doctor|physician|cardiologist|medic)(?:(['’]s)\s+(?=[a-z])|"
                     r"(?![\w'’-]))")
#: Words that go on describing the doctor after the noun: "the doctor accused of", "the doctor present at".
_DESCRIBED_FURTHER = re.compile(r"\s+(?:accused|charged|present|who|whose|treating|convicted|blamed|involved|at|in)\b")
#: "Dr Conrad Lane", "Dr. Lane": a doctor's title before a name.
_DR_NAME = re.compile(r"\bDr\.?\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


def role_people_named(title: str, text: str, start: int) -> str:
    """``title`` with a performer's noun after its opening, "the doctor", "the president", a courtesy title before a
    first name or a description set off after a name put as the person the story (``text``, the title's sentence at
    ``start``) named with it; else ``title``."""
    before = text[:start]
    named = _performer_named(title, before)
    named = _doctor_named(named, before)
    named = _courtesy_first_name(named, before)
    named = _office_named(named, before)
    named = _apposed_person(named, text, start)
    return named if len(named) <= MAX_CHARS else title


def _performer_named(title: str, before: str) -> str:
    found = [m for m in _PERFORMER.finditer(title) if m.start() > 0]
    if len(found) != 1 or re.match(r"(?i)the\s+(?:late\s+)?(?:(?:pop|rock)\s+)?(?:singer|star|superstar|entertainer|"
                                   r"popstar|actor|actress|musician|rapper)\b", title):
        return title  # ("The singer demands ... the star's death": two performers' nouns may be two people)
    m = found[0]
    person = _one_of_family(performer_of_story(before, ""), before)
    if person is None:  # (a story not about a performer may still describe one: "singer Dara Quill" and no other)
        described = {p for p in _described(before, m.group(1), NameIndex(before)) if " " in p and looks_personal(p)}
        person = next(iter(described)) if len(described) == 1 else None
    return _put(title, m, person)


def _one_of_family(person: str | None, before: str) -> str | None:
    """``person`` without a page's button run into the name ("Help Dara Quill"), or
    None when the headline and lead of ``before`` name another of the family ("Rhona Quill to write Dara Quill
    memoir": which Quill's death a later "the singer's death" means is the reader's inference, not the title's)."""
    if person is None:
        return None
    words = _SECTION_LEAD.sub("", person).split()
    surname = words[-1]
    names = NameIndex(before)
    family = {names.resolve(m.text) for m in names.between(0, lead_end(before))
              if m.text.split()[-1] == surname and len(m.text.split()) > 1}
    return " ".join(words) if all(" ".join(words).endswith(f) or f.endswith(" ".join(words)) for f in family) else None


def _doctor_named(title: str, before: str) -> str:
    found = list(_DOCTOR.finditer(title))
    if len(found) != 1 or _DESCRIBED_FURTHER.match(title[found[0].end():]):
        return title  # ("The doctor accused of giving ...": the description says who; a name would leave it dangling)
    person = _story_doctor(before)
    return _put(title, found[0], person)


def _story_doctor(before: str) -> str | None:
    """The one doctor the headline and lead of ``before`` call "Dr", when the story calls them so most often."""
    end = lead_end(before)
    if not end:
        return None
    names = NameIndex(before)
    lead = {names.resolve(_bare(m.group(1))) for m in _DR_NAME.finditer(before[:end])}
    if len(lead) != 1:
        return None
    counts = Counter(names.resolve(_bare(m.group(1))) for m in _DR_NAME.finditer(before)).most_common(2)
    doctor = next(iter(lead))
    if counts[0][0] != doctor or (len(counts) > 1 and counts[1][1] == counts[0][1]) or not looks_personal(doctor):
        return None
    return doctor


#: "the president", "the prime minister" (not "the president of BP America", whose office says who already).
_OFFICE = re.compile(r"\b[Tt]he\s+(president|prime\s+minister)(?:(['’]s)\s+(?=[a-z])|(?![\w'’-])(?!\s+of\b))")
#: "President Barack Obama", "Prime Minister David Cameron" (not "former President Bill Clinton", "Vice President").
_OFFICE_NAME = {"president": re.compile(r"(?<!former )(?<!Vice )(?<!vice )(?<!ex-)\bPresident\s+((?:[A-Z][\w'’.-]+\s+){0,2}"
                                        r"[A-Z][\w'’-]+)"),
                "prime minister": re.compile(r"(?<!former )(?<!Deputy )(?<!deputy )\bPrime\s+Minister\s+((?:[A-Z][\w'’.-]+\s+)"
                                             r"{0,2}[A-Z][\w'’-]+)")}


def _office_named(title: str, before: str) -> str:
    """ "The president says" -> "Barack Obama says": the one holder the story named with the office's title ("President
    Barack Obama"); a story naming two ("President Obama", "BP America President Lamar McKay") leaves the office."""
    found = list(_OFFICE.finditer(title))
    if len(found) != 1:
        return title
    office = re.sub(r"\s+", " ", found[0].group(1).lower())
    names = NameIndex(before)
    holders = [(m.start(), office, names.resolve(_bare(m.group(1)))) for m in _OFFICE_NAME[office].finditer(before)]
    person = role_person("the " + office, holders, len(before), sole=True)
    return title if person is None else _put(title, found[0], person)


#: A courtesy title before one capitalised word and then a lowercase one: "Dr Conrad had sought", "Mr Tomas said".
_COURTESY_ONE = re.compile(r"\b(" + honorific_pattern(SURNAME_TITLES) + r")\.?\s+([A-Z][a-z]+)(?=\s+[a-z]|['’]s\s)")


def _courtesy_first_name(title: str, before: str) -> str:
    """ "Dr Conrad had sought" -> "Dr Murray had sought": a courtesy title goes with the surname, so one before
    the first name of the one person the story names in full with it (and of no one with it as a surname) is a slip
    that leaves the name broken: the title puts the surname the story gave that person."""
    m = _COURTESY_ONE.search(title)
    if m is None:
        return title
    word = m.group(2)
    names = NameIndex(before)
    fulls = {names.resolve(n.text) for n in names.mentions}
    firsts = {f for f in fulls if len(f.split()) == 2 and f.split()[0] == word and looks_personal(f)}
    if len(firsts) != 1 or any(f.split()[-1] == word for f in fulls if " " in f):
        return title
    return title[:m.start(2)] + next(iter(firsts)).split()[-1] + title[m.end(2):]


#: A description that opens a title: a determiner, a few words, a head noun for a person ("The BP official", "A marine
#: toxicologist and activist", "An associate professor at Purdue University").
_DESCRIPTION = re.compile(r"(?:The|A|An)\s+(?:[\w.’'-]+\s+){0,5}?(?:" + ROLE_NOUNS + "|" + PERSON_NOUNS + r"|official|"
                          r"professor|expert|scientist|researcher|lawyer|attorney|teenager|student|resident|worker|"
                          r"engineer|analyst|doctor|physician|nurse|man|woman|boy|girl|mother|father|owner|fisherman|"
                          r"captain|leader|survivor|witness|[a-z]+ist|[a-z]+ologist|[a-z]+ographer|Marine|veteran)"
                          r"(?:\s+(?:at|of|for|with|from|and)\s+[\w\s.’'-]{1,60})?$")


def _apposed_person(title: str, text: str, start: int) -> str:
    """ "The BP official visits Capitol Hill" -> "Lamar McKay visits Capitol Hill": a title cut from a description set
    off after a person's name ("Lamar McKay, the BP official who visited ...", "said Riki Ott, a marine toxicologist
    working on ...") is about that person, whom the description only told more of. The name must be a person's the
    story calls so (by the surname alone, "McKay said", or with "Mr" or "Ms"): "Agent Orange, the terrorist attacks"
    names none."""
    end = main_verb_start(title)
    subject = title[:end].strip()
    if not end or not _DESCRIPTION.match(subject):
        return title
    comma = re.search(r",\s*$", text[max(0, start - 80):start])
    if comma is None:
        return title
    at = start - len(text[max(0, start - 80):start]) + comma.start()
    names = NameIndex(text)
    found = [n for n in names.between(max(0, at - 60), at) if n.end == at]
    if not found:
        return title
    person = names.resolve(found[-1].text)
    if " " not in person or not looks_personal(person) or actor_kind(person) not in (None, "person") \
            or not _called_so(person, text):
        return title
    return person + title[len(title[:end].rstrip()):]


def _bare(name: str) -> str:
    """``name`` without its possessive ending: "Obama's" -> "Obama"."""
    return re.sub(r"['’]s?$", "", name)


def _quoted(title: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation of ``title``: a speaker's words stay as they were said."""
    before = title[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _put(title: str, m: re.Match[str], person: str | None) -> str:
    """``title`` with the noun phrase ``m`` put as ``person`` (its possessive kept), unless the title names them or the
    noun stands in a quotation."""
    if not person or " " not in person or re.search(r"\b" + re.escape(person.split()[-1]) + r"\b", title) \
            or _quoted(title, m.start()):
        return title
    name = person + (m.group(2) if m.group(2) else "")
    end = m.end(2) if m.group(2) else m.end(1)
    return title[:m.start()] + name + title[end:]
