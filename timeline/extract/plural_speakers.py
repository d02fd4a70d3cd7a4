"""Who "They" is when the sentence before names two or three people or bodies as its subject or its speakers.

"Sens. Ann Pike (D-Ore.) and Tom Hale (R-Ida.) wrote to the committee. They said the rules had failed." is Pike and
Hale's saying: a timeline's title read apart from the story names them ("Pike and Hale say the rules had failed"), as
a headline does (by surname when the story gives them a title or shortens them). A list of three names the same way ("Pike, Hale and Moss"); more than three, or a list
that is no subject ("BP hired Pike and Hale. They ..."), leaves "They" to the group finders.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.sentences import Sentence
from timeline.extract.subject_names import strip_opening
from timeline.extract.title_words import finite_verb

__all__ = ["listed_subject"]

#: What may stand between two names of one list: a party tag or gloss in brackets, the comma or "and" that joins
#: them, and the next one's title ("EPA Administrator Ann Pike and Homeland Security Secretary Tom Hale").
_JOIN = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.-]*\s+(?:of\s+)?){0,4}")
#: What may open the list: nothing, titles ("Sens.", "EPA Administrator"), or a description set off by a comma
#: ("The panel's co-chairmen, ").
_BEFORE = re.compile(r"(?:[A-Z][\w.-]*\s+(?:of\s+)?){0,4}|(?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+")
#: What may close it before the verb: a party tag, an apposition set off by commas ("all critics of drilling,").
_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s+[^,;“”\"]{2,80},)?\s+(?:(?:just|also|then|later|now|[a-z]+ly)\s+)?"
                    r"([a-z]+)")


def listed_subject(text: str, sentences: Sequence[Sentence], index: int, names: NameIndex) -> str | None:
    """The two or three names the sentence before ``sentences[index]`` (a "They ..." sentence) has as its subject,
    or as the speakers its quotation closes on, joined for a headline: "Pike and Hale", "Pike, Hale and Moss"."""
    if index == 0:
        return None
    previous = sentences[index - 1]
    start = previous.start
    if previous.text[:1] in ",;" and index >= 2:
        start = sentences[index - 2].start  # (a list broken off at its first name's bracket: one sentence)
    region = text[start:previous.end]
    closed = list(re.finditer(r"[”\"]\s*,?\s+", region))
    if closed and region[:1] in "“\"":
        at = start + closed[-1].end()  # '“...,” Ann Pike and Tom Hale wrote': the speakers after the quotation
    else:
        at = start + len(region) - len(strip_opening(region))  # the subject after a lead
    found = names.between(at, previous.end)
    if not found or not _BEFORE.fullmatch(text[at:found[0].start]):
        return None
    listed = [found[0]]
    for n in found[1:]:
        if not _JOIN.fullmatch(text[listed[-1].end:n.start]):
            break
        listed.append(n)
    verb = _AFTER.match(text, listed[-1].end)
    if not 2 <= len(listed) <= 3 or verb is None or not finite_verb(verb.group(1), ""):
        return None  # ("Pike and Hale, who ...": no verb of theirs yet; four or more: a group, not a title's subject)
    if not re.search(r"\band\s+(?:[A-Z][\w.-]*\s+){0,4}$", text[listed[-2].end:listed[-1].start]):
        return None  # ("Ann Pike, Ostland's minister, said": an apposition, not a list)
    people = [names.resolve(n.text) for n in listed]
    titled = bool(text[at:found[0].start].strip())  # ("Sens. Ann Pike and ...", "The co-chairs, Ann Pike and ...")
    short = [p.split()[-1] if _by_surname(p, text, titled) else p for p in people]
    return ", ".join(short[:-1]) + " and " + short[-1]


def _by_surname(name: str, text: str, titled: bool) -> bool:
    """Whether a headline calls ``name`` by its last word alone: a person's name the list gave a title or office
    ("Sens. Ann Pike"), or one the story shortens itself ("Pike said"); a name it never shortens and gives no title
    ("First Choice", a firm's) stays whole."""
    last = name.split()[-1]
    alone = len(re.findall(r"\b" + re.escape(last) + r"\b", text)) > len(re.findall(re.escape(name), text))
    return " " in name and looks_personal(name) and (alone or titled)
