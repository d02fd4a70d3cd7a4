"""Speakers of the story day's sayings named in the forms the plain ones miss (issue 16: recall).

:mod:`.day_sayings` takes a saying of the news day whose speaker opens it with a name in capitals ("Transocean said
...", "Steven Newman, chief executive of Transocean, said ...") or closes it after an act told ("..., BP said"). News
names a new speaker in more ways than these (:func:`opening_speaker`):

- its office in lower case before the name ("BP chairman Lamar McKay said", "White House press secretary Robert
  Gibbs said", "retired coastguard admiral Thad Allen said");
- the office first and the name set off by commas ("The administration's spokesman, Robert Gibbs, said", "The head
  of the government's response team, retired coastguard admiral Thad Allen, said");
- after the clause that put the question or set the scene ("When asked why BP had no caps on standby, BP spokesman
  Robert Wine said", "Even as officials pondered their next move, Coast Guard Rear Adm. Mary Landry said");
- opening a quotation ("Tamryn Savage, the school's headteacher, said: “We are working closely ...”"): the words
  of a speaker the story has not named before, not of a statement told on. One with no office told is as often a
  bystander ("Kellie Sargent said: “...”": a fan at a memorial), so such a quotation counts only from one who holds an
  office (:func:`holds_office`) or a body.

:mod:`.day_sayings` keeps such a saying only from a speaker the story has not named since its lead, and not in the
sentence right after the lead (which tells the lead's news in more words); who comments on the news (an analyst, a
bystander) and what tells no news (a view, a non-answer) stay out as for every saying (:mod:`.saying_news`), and so
does another outlet's report ("The Mail reported ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.saying_news import OFFICE_WORDS
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation
from timeline.extract.title_referents import ROLE_NOUNS

__all__ = ["CREDIT_ONLY", "DaySpeaker", "holds_office", "opening_speaker"]

#: An office held, in lower case before its holder's name or before the name set off by commas.
_ROLE = (r"(?:" + ROLE_NOUNS.replace(" ", r"\s+") + "|" + OFFICE_WORDS + r"|chairwoman|officer|head|headteacher|"
         r"headmaster|headmistress|principal|coroner|commandant|leader|aide|adviser|advisor|representative|"
         r"superintendent|executive)")
#: A person's or a body's name: capitalised words ("Lamar McKay", "Rear Adm. Mary Landry", "UC Berkeley").
_NAME = r"(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w'’&-]*(?:\s+\([A-Z][\w.-]*\))?"
#: Who speaks: capitalised words, perhaps an office in lower case, then the name ("BP chief executive Tony Hayward");
#: or the office first and the name after a comma ("The administration's spokesman, Robert Gibbs").
_SPEAKER = (r"(?P<speaker>(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*(?:['’]s)?\s+){0,4}(?:(?:[a-z][\w-]*\s+){0,3}?" + _ROLE
            + r"s?\s+)?" + _NAME + r"|(?:The|the)\s+(?:[\w'’&.-]+\s+){0,8}?" + _ROLE + r"(?:\s+[\w'’&.-]+){0,6}?,\s+"
            r"(?:[a-z][\w-]*\s+){0,3}" + _NAME + r"(?=,))")
#: What may open the sentence before its speaker: a connective, the question put ("Asked about the delay,", "When
#: asked why ..."), the scene or the occasion ("Even as officials pondered their next move,", "In a statement,").
_OPENER = (r"(?:(?:But|And|However|Meanwhile|Separately|Still|Later|Also),?\s+)?"
           r"(?:(?:When\s+asked|Asked|When|While|As|Even\s+as|In\s+response\s+to|Responding\s+to|Speaking|In|On|At)\b"
           r"[^,;“”\"]{2,120}?,\s+)?")
_OPENING = re.compile(_OPENER + _SPEAKER + r"(?P<apposition>(?:,[^,;“”\"]{2,80}){1,2},|,)?\s+(?:also\s+|then\s+)?"
                      r"(?P<verb>" + alternation(NEWS_SAYING_PAST) + r")\b")
#: All that may follow a saying verb in a quotation's credit split from its quotation by the sentence splitter: where the
#: words were said, and the sentence's end ("Allen said at a White House news conference."). No "that": a clause said.
CREDIT_ONLY = re.compile(r"\s*(?:(?:in|at|on|during)\s+(?:an?\s+|the\s+)?(?!that\b)[\w'’-]+(?:\s+(?!that\b)[\w'’-]+)"
                         r"{0,5})?\s*[.!]?\s*")
#: A newspaper named by its title, another outlet's report, not the story's news ("The Mail reported ...").
_NEWSPAPER = re.compile(r"(?:[Tt]he\s+)?(?:Daily\s+|Sunday\s+)?(?:Mail|Sun|Mirror|Express|Observer|Independent|Standard)"
                        r"(?!\s+[A-Z])")
#: Words that name no speaker where a name should stand: pronouns, openers, sentence words capitalised.
_NOT_NAMES = frozenset(["He", "She", "It", "They", "We", "I", "You", "This", "That", "There", "But", "And", "In", "On",
                        "At", "After", "Meanwhile", "However", "Also", "Officials", "Analysts", "Experts", "Police"])


@dataclass(frozen=True, slots=True)
class DaySpeaker:
    """A speaker named in a saying: the words naming it and where they stand in the sentence; ``said`` is what was
    said (the words after the verb, a quotation's words without its mark)."""

    name: str
    start: int
    end: int
    said: str
    who: str  # the name with its apposition, for telling a commentator or a bystander
    quoted: bool = False  # what was said is a quotation the speaker opens ("said: “...”")


def opening_speaker(sentence: str) -> DaySpeaker | None:
    """The speaker who opens ``sentence`` with a saying verb, in the forms :func:`.day_sayings.saying_speaker` does
    not read (an office in lower case, an office before the name, an opening clause, a quotation it opens); None for a
    quotation's credit split from it ("Allen said at a news conference.") and for a newspaper."""
    text = sentence.lstrip()
    shift = len(sentence) - len(text)
    m = _OPENING.match(text)
    if m is None:
        return None
    name = m.group("speaker")
    if name.split()[0] in _NOT_NAMES or name.split()[-1] in _NOT_NAMES or _NEWSPAPER.fullmatch(name):
        return None
    said = text[m.end():]
    if CREDIT_ONLY.fullmatch(said):
        return None  # a quotation's credit split from it: no words of its own
    quoted = re.match(r"\s*[:,]\s*[“\"]", said)  # ("said: “We are ...”"; not 'said "the really big takeaway" was')
    return DaySpeaker(name, shift + m.start("speaker"), shift + m.end("speaker"), said[quoted.end() if quoted else 0:],
                      name + (m.group("apposition") or ""), quoted is not None)


_OFFICE = re.compile(r"\b" + _ROLE + r"s?\b", re.IGNORECASE)


def holds_office(who: str) -> bool:
    """Whether a speaker's name with its apposition ``who`` tells an office it holds ("Tamryn Savage, the school's
    headteacher", "BP chairman Lamar McKay"): one who opens a quotation with no office told is as often a bystander
    ("Kellie Sargent said: “...”") as a newsmaker."""
    return _OFFICE.search(who) is not None
