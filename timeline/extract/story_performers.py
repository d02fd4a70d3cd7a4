"""Who "the singer" or "the pop star" is when the story never put the noun beside a name: the person its top names.

A story about a famous performer names them in its headline and lead ("Trial of Dara Quill's doctor to begin") and
then calls them by their trade alone ("The singer died at her Dublin home in 2009"), without ever writing "singer
Dara Quill". The reader knows the singer is the person the story is about. That person is the one the headline and
lead name most often, among the names the story uses as people's (told as "he" or "she", owning things, called by
the surname alone: a place, "Los Angeles", or a show, "Quill Forever", is none), when no other is named as often; people the story names with another role before them ("Dr
Conrad Lane", "his sister Rhona Quill", "producer Tom Reyes") are someone else. A "she" or "her" in the title needs a
woman, a "he" or "his" a man: "The star said she was thrilled" is not the late singer the lead is about.
"""

from __future__ import annotations

import re
from collections import Counter

from timeline.extract.actors import genders
from timeline.extract.body_chain import lead_end
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.sentences import split_sentences
from timeline.extract.title_referents import ROLE_NOUNS

__all__ = ["PERFORMER_NOUNS", "performer_of_story"]

#: Nouns for a famous performer, which a story uses for the person it is about.
PERFORMER_NOUNS = frozenset(["singer", "songwriter", "star", "superstar", "popstar", "entertainer", "musician",
                             "performer", "rapper"])
#: A word before a name that makes the person another than the story's performer: an office or a title ("Dr Conrad
#: Lane", "Judge Ann Pike"), a relative ("his sister Rhona Quill"), a trade or a job ("producer Tom Reyes"), unless
#: a performer's noun stands among them ("her pop star brother Dara Quill").
_OTHER_ROLE = re.compile(r"(?i:\b(?:" + ROLE_NOUNS + r"|dr|doctor|physician|cardiologist|nurse|lawyer|attorney|"
                         r"prosecutor|detective|officer|coroner|investigator|professor|prof|sen|gov|rep|adm|gen|"
                         r"sister|brother|father|mother|son|daughter|wife|husband|widow|cousin|uncle|aunt|nephew|niece|"
                         r"producer|promoter|manager|presenter|host|reporter|correspondent|editor|analyst|expert|"
                         r"witness|bodyguard|assistant|aide)\.?\s+)$")
#: A performer's noun among the words before a name: "her pop star brother Dara Quill" is the performer, a relative.
_PERFORMER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PERFORMER_NOUNS)) + r")\b")


def performer_of_story(before: str, rest: str) -> str | None:
    """The person ``before`` (the story up to the title's sentence) is about, as its headline and lead name them, for
    a performer's noun opening a title whose words after the noun are ``rest``; None when unsure."""
    end = lead_end(before)
    if not end:
        return None
    names = NameIndex(before)
    known = genders(before, names, split_sentences(before))
    others = {names.resolve(m.text) for m in names.mentions if _OTHER_ROLE.search(window := before[max(0, m.start - 30):m.start])
              and not _PERFORMER_BEFORE.search(window)}
    told = {("f" if w in ("she", "her") else "m") for w in re.findall(r"\b(?:he|his|him|she|her)\b", rest.lower())}
    lead = Counter(names.resolve(m.text) for m in names.between(0, end))
    # ("at his Los Angeles home": a place looks like a name too; a person is "he" or "she", owns things or is called
    # by the surname alone)
    people = [(n, count) for n, count in lead.most_common()
              if looks_personal(n) and n not in others and (n in known or _called_so(n, before))
              and (told == {known.get(n, "m")} if told == {"m"} else not told or told == {known.get(n)})]
    if not people or (len(people) > 1 and people[1][1] == people[0][1]):
        return None
    return people[0][0]


def _called_so(name: str, text: str) -> bool:
    """Whether ``text`` calls ``name`` as people are called: by the surname alone ("Quill said"), or as an owner
    ("Dara Quill's doctor")."""
    surname = re.escape(name.split()[-1])
    return re.search(r"(?<![A-Z][\w'’.-]\s)(?<![A-Z][\w'’.-]{2}\s)(?<![A-Z][\w'’.-]{3}\s)(?<![A-Z][\w'’.-]{4}\s)"
                     r"(?<![A-Z][\w'’.-]{5}\s)(?<![A-Z][\w'’.-]{6}\s)(?<![A-Z][\w'’.-]{7}\s)\b" + surname + r"\b", text) \
        is not None or re.search(re.escape(name) + r"['’]s\b", text) is not None
