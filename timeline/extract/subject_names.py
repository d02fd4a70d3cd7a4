"""Where a sentence's subject starts, and which name it is: after a pronoun, after an owner's role, in a quotation.

A pronoun is never bound by a name in its own clause: "On Wednesday he will meet BP's chief executive, Tony
Hayward, ..." is about whoever "he" is, not Hayward; the comma after the object does not end a lead. And an owner's
role before a name says whose office the person holds: "Ruritania's Chief Medical Officer Sir Tom Bell has defended
..." is Bell's act, not Ruritania's, however the role is capitalised. A quoted paragraph with no attribution of
its own goes on with the words of the speaker the paragraph before quoted or reported: "“The work goes on,” Ann Pike
said." then "“We expect no news before the evening.”" is Pike's "we".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.saying_words import alternation
from timeline.extract.sentences import Sentence
from timeline.extract.title_referents import PERSON_NOUNS, ROLE_NOUNS, actor_kind
from timeline.extract.title_subjects import drop_lead
from timeline.extract.title_words import SPEECH_VERBS, finite_verb, main_verb_start

__all__ = ["antecedent_named", "continued_speaker", "main_subject", "owners_role_holder", "pronoun_before_comma", "quote_opening", "starts_with_pronoun", "strip_opening"]


def strip_opening(text: str) -> str:
    """The sentence from its subject: without "However," or "Last week," before it."""
    # One rule for what opens a sentence before its subject: the title writer's.
    rest = drop_lead(text)
    return rest[:1].upper() + rest[1:]


#: "On Saturday he was ...", "Last night she said ...", "In 2005 he founded ...": a short time or place phrase
#: without its comma before the pronoun.
_BARE_LEAD_PRONOUN = re.compile(r"^(?:(?:On|In|At|By|During|Since|Last|This|Earlier|Later|Then|Now|Yesterday|Today)"
                                r"(?:\s+(?!(?:he|she)\b)[\w’'.-]+){0,3}\s+)(?=(?:he|she)(?:['’][a-z]{1,2})?\s+[a-z])")


def starts_with_pronoun(text: str) -> bool:
    text = strip_opening(text)
    body = re.sub(r"^[^,]{0,120},\s+", "", text) if re.match(r"^(?:While|Although|Though|As|When|After|Before|"
                                                              r"In|On|Despite)\b", text) else text
    bare = _BARE_LEAD_PRONOUN.match(text)
    return re.match(r"^(?:He|She|he|she)\b", body) is not None or bare is not None


def main_subject(sentence: str, actor: str | None) -> str:
    """The enclosing clause's subject as the sentence words it ("A federal judge in New Orleans"), or ``actor`` (as a
    headline names it) for a pronoun or a subject too long to stand in a title."""
    opening = strip_opening(sentence)
    subject = re.sub(r",\s*\d{1,3}$", "", opening[:main_verb_start(opening)].strip(" ,"))  # "Mr Lund, 41": no age
    if len(subject.split()) > 8 or re.fullmatch(r"(?i)he|she|it|they|we|i|you", subject):
        return actor or ""
    return subject


#: "On Wednesday he will meet ...,", "By 1891 they had moved to ...,": a time phrase without its comma, then the
#: subject pronoun and its verb; what runs on to the comma is the main clause, not a lead.
_PRONOUN_CLAUSE = re.compile(r"(?:On|In|At|By|During|Since|Last|This|Earlier|Later|Then|Now|Yesterday|Today)"
                             r"(?:\s+(?!(?:he|she|they)\b)[\w’'.-]+){0,3}\s+(?:he|she|they)\s+([a-z]+)\b")
#: "On the day he died, ...", "In a speech she gave, ...": a determiner before the pronoun makes its clause the
#: lead's relative clause, and the subject comes after the comma.
_DETERMINED = re.compile(r"\S+\s+(?:\S+\s+)?(?:the|a|an|that|each|every|his|her|their|its)\s", re.I)


def pronoun_before_comma(lead: str) -> bool:
    """Whether ``lead``, taken as what opens a sentence up to its first comma, is itself the main clause of a pronoun
    subject: a bare time phrase, "he", "she" or "they" and a finite verb."""
    m = _PRONOUN_CLAUSE.match(lead)
    return m is not None and not _DETERMINED.match(lead[:m.start(1)]) and finite_verb(m.group(1), "")


#: "'s" and the words of an office before the holder's name: "'s Chief Medical Officer Sir", "'s health minister",
#: " Chief Operating Officer" (after the employer's name).
_OWNED_ROLE = re.compile(r"(['’]s)?\s+((?:[a-z-]+|[A-Z][a-z-]+\.?)(?:\s+(?:[a-z-]+|[A-Z][a-z-]+\.?)){0,4}),?\s+$")


_JOINING = {"and", "or", "nor", "but", "even", "also", "with", "than", "as"}


def owners_role_holder(text: str, found: list, names: NameIndex) -> str | None:
    """The person an owner's role names right after the owner ``found[0]`` ("BP's chief executive, Tony Hayward",
    "Ruritania's Chief Medical Officer Sir Tom Bell", "BP Chief Operating Officer Doug Suttles"), when only words of
    that office stand between: capitalised words of a title the name finder took for names, but no verb."""
    for n in found[1:]:
        if n.start - found[0].end > 60:
            break
        person = names.resolve(n.text)
        owned = _OWNED_ROLE.match(text, found[0].end, n.start)
        # (no verb, and no list: "U.S. politicians and even President Ann Pike" are two subjects)
        if owned is None or any(w.islower() and (finite_verb(w, "") or w in _JOINING) for w in owned.group(2).split()):
            return None
        # (lower-case words after "'s" are an office as they stand; others only with an office's noun among them)
        if looks_personal(person) and actor_kind(person) != "body" and ((owned.group(1) and owned.group(2).islower())
                                        or re.search(r"(?i)\b(?:" + ROLE_NOUNS + r")\b", owned.group(2))):
            return person
    return None

_SPEECH = r"\b(?:" + alternation(SPEECH_VERBS - {"according"}) + r")\b"
#: The words a quotation's speaker needs to be named for: "I", "we", "our", "me".
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
#: A quotation's close and its attribution: '...,” he said', '...?" asked Ann Pike', '...,” the mayor added'.
_ATTRIBUTED = re.compile(r"[,?!—–-]\s*[”\"]\s*,?\s+(?:[^“”\".;]{0,80}?\s)?" + _SPEECH + r"(?:\s+[A-Z][^“”\".;,]{1,40})?")


def continued_speaker(text: str, sentences: Sequence[Sentence], index: int, actors: Sequence[str | None],
                      names: NameIndex) -> str | None:
    """Who speaks ``sentences[index]``, a quotation in the first person that runs to its paragraph's end and names no
    speaker: the speaker of the sentence before (the last of the paragraph before, or of its own: '“...,” Pike said.
    “We ...”') when that sentence quotes or reports its actor's words (``actors`` holds the actor of each sentence
    before). A quote with an attribution of its own, even an unnamed one ("one pharmacist said"), is that speaker's."""
    s = sentences[index]
    previous = sentences[index - 1] if index else None
    if previous is None or s.text[:1] not in "“\"" or s.paragraph - previous.paragraph > 1:
        return None
    end = text.find("\n", s.start)
    paragraph = text[s.start:end if end >= 0 else len(text)]
    if _ATTRIBUTED.search(paragraph) or re.search(r"[”\"]\s*[,:]?\s+\S", paragraph):
        return None  # the quotation closes inside its paragraph: what follows says whose it is
    if not _FIRST_PERSON.search(s.text):
        return None  # ("“Chris has been a reporter since 2001 ...”": a quoted block need not be anyone's words)
    speaker = actors[index - 1]
    # The speaker is the person the quotation's attribution names ('BP “can't do much,” dock master Jo Crane said': not
    # BP), or the one its "he" or "she" stands for, or the subject of a verb of saying.
    attribution = _ATTRIBUTED.search(previous.text)
    if attribution:
        at = previous.start + attribution.start()
        people = [p for p in (names.resolve(n.text) for n in names.between(at, at + len(attribution.group(0))))
                  if looks_personal(p)]
        if people:
            return people[0]
        # A "he" read as someone the quotations name ('“... Michael recording Thriller ... I loved him,” he said') was
        # read wrong: no one calls himself by name.
        quoted = previous.text[:attribution.start()] + s.text
        named = speaker and any(re.search(r"\b" + re.escape(w) + r"\b", quoted) for w in speaker.split() if len(w) > 2)
        return speaker if re.search(r"\b(?:he|she)\s", attribution.group(0)) and not named else None
    if not speaker:
        return None
    said = re.match(r"[^“”\"]{0,60}?\b" + re.escape(speaker.split()[-1]) + r"\b[^“”\"]{0,60}?\s" + _SPEECH,
                    strip_opening(previous.text))
    if said or continued_speaker(text, sentences, index - 1, actors[:index - 1], names) == speaker:
        return speaker
    return None


def quote_opening(sentences: Sequence[Sentence], index: int) -> Sentence:
    """The sentence that opened the quotation ``sentences[index]`` ends ('“Hale set up camp there.
    He'd know it still,” she said': the first), or the sentence itself when no quotation runs into it (a quotation
    may run over paragraphs; a quotation mark in a sentence between ends the search)."""
    s = sentences[index]
    if s.text[:1] not in "“\"‘":
        for before in reversed(sentences[max(0, index - 3):index]):
            if before.text[:1] in "“\"‘" and not re.search(r"[”\"’]", before.text[1:]):
                return before
            if re.search(r"[“”\"]", before.text):
                break
    return s


def antecedent_named(antecedent: str, actor: str | None, sentence: str, at: int) -> str | None:
    """Who a relative clause's "The group" is: the sentence's actor when the antecedent opens
    ``sentence`` at ``at``, after no more than a lead ("The group, which agreed a sale on Tuesday, said ...": the
    group the sentence is about is the one its subject was found to be). The title writer puts the actor for the
    description only where it fits the noun (an organisation for "the group", not a thing for "the rig"). A person's
    noun ("The singer, who died ...") is left to the person finders, which give the name in full."""
    opens = len(sentence) - len(strip_opening(sentence)) == at
    person = re.search(r"(?i)\b(?:" + ROLE_NOUNS + "|" + PERSON_NOUNS + r")$", antecedent)
    return actor if opens and actor and not person and re.fullmatch(r"[Tt]he (?:[a-z-]+ ){0,2}[a-z-]+", antecedent) \
        else antecedent
