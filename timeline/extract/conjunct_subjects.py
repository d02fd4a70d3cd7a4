"""A title lifted from the second of two coordinated predicates takes the first one's subject.

"UK oil production peaked in 1969, then began to decline in 1999" dates "then began to decline" alone, and a title
"Then begins to decline" says nothing of what declined. The predicate's subject is the one of the clause it is
coordinated with ("..., and as early as Sunday should start pumping", "..., then began"): that clause's own
subject, never one from a clause subordinate to it nor an object. With no such subject (a pronoun, "this", a
clause opened by "when" or "because"), the title stays as it is: the title gate still flags it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import MODAL_VERBS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.clauses import is_finite_verb, shared_subject
from timeline.extract.count_words import numbers_pattern
from timeline.extract.subject_names import strip_opening

__all__ = ["conjunct_subject"]

_MODAL = r"(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")"
#: Between the first predicate and the second: ", then", "and", "and then", ", or", with a short time phrase after
#: the conjunction ("and as early as Sunday should start ...", "and two years later acquired ..."), never a noun
#: phrase (", and its partners will ...": a subject of the second clause's own).
_JOINT = re.compile(r"(?:,\s*|\s+)(?:(?:and|or|but)(?:\s+then)?|then)\s+(?:" + r"(?:as|early|late|soon|by|on|in|from|next|last|"
                    r"this|that|later|earlier|then|also|again|still|years?|months?|weeks?|days?|hours?|(?:Mon|Tues|Wednes|"
                    r"Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|"
                    r"November|December|" + numbers_pattern(1) + r"|\d[\d,]*)\s+){0,4}$")
#: Where the first predicate's clause starts: the sentence's start or a semicolon, a colon or a dash before it.
_CLAUSE_BREAK = re.compile(r"[;:]\s+|\s[—–]\s")
#: A first clause that is subordinate ("When the rig sank ...", "because BP capped ..."): its subject is not the
#: main clause's.
_SUBORDINATE = re.compile(r"(?i)(?:when|while|after|before|because|if|although|though|as|since|until|unless|once|"
                          r"that|which|who|where|whether)\b")
_PAST = re.compile(r"(?:" + IRREGULAR_PAST_PATTERN + r")$")


def _predicate_opening(words: list[str]) -> str | None:
    """The kind of verb that opens ``words`` (after "then" or an adverb in -ly): "modal", "finite" or None."""
    at = 0
    while at < len(words) - 1 and (words[at] == "then" or (words[at].endswith("ly") and len(words[at]) > 3)):
        at += 1
    word = words[at] if words else ""
    if re.fullmatch(_MODAL, word):
        return "modal"
    if is_finite_verb(word, "") or _PAST.match(word):
        return "finite"
    return None


def _main_subject(clause: str) -> str:
    """The subject (with its modal) of ``clause``'s main clause, after what opens it ("In 1999, UK oil production",
    "After the rig sank, BP"); "" when it has none of its own."""
    pieces = [clause] + [clause[m.end():] for m in re.finditer(r",\s+", clause)]
    for piece in pieces:
        piece = strip_opening(piece.strip())
        if not piece or _SUBORDINATE.match(piece):
            continue  # "After the rig sank, BP ...": the subordinate clause's subject is not the main one's
        shared = shared_subject(piece)
        if shared:
            return shared
    return ""


def conjunct_subject(title: str, sentence: str) -> str:
    """``title`` with the subject of the clause its predicate is coordinated with in ``sentence``, when it opens with
    that predicate (a verb, a modal, "then") and the clause before has a subject of its own; else ``title``."""
    words = title.split()
    if len(words) < 3 or not words[0][:1].isupper() or words[0][1:2].isupper():
        return title
    first = words[0].lower()
    if first != "then" and _predicate_opening([w.lower() for w in words[:3]]) is None and not first.endswith("s"):
        return title  # (a title's verb in the present, "Acquires", is checked against the sentence's below)
    # Where the title's words stand in the sentence: its third and fourth words (the first two may have changed
    # tense: "began" -> "begins"), two words after an opening of the title's first word's stem.
    follow = r"\s+".join(re.escape(w.strip(",.;:")) for w in words[2:4])
    for found in re.finditer(r"(?<![\w-])" + follow + r"\b", sentence):
        m = re.search(r"([\w’'-]+)\s+[\w’'-]+\s+$", sentence[:found.start()])
        if m is None or m.group(1).lower()[:3] != first[:3]:
            continue
        rest = sentence[m.start(1):].split()
        if _predicate_opening([w.lower().strip(",") for w in rest[:3]]) is None:
            continue
        before = sentence[:m.start(1)]
        joint = _JOINT.search(before) if first != "then" else re.search(r"(?:,\s*(?:(?:and|but|or)\s+)?|\s+(?:and|but|or)\s+)$", before)
        if joint is None or re.search(r"[,;:]", joint.group(0).lstrip(", ")):
            continue
        conjunct = before[:joint.start()]
        breaks = list(_CLAUSE_BREAK.finditer(conjunct))
        shared = _main_subject(conjunct[breaks[-1].end():] if breaks else conjunct)
        subject = re.sub(r"\s+" + _MODAL + r"(?:\s+not)?$", "", shared)
        subject = re.sub(r"\s+(?:Plc|PLC|Inc|Corp|Ltd|Co|LLC)\.?$", "", subject)  # ("Shell Oil Co": the headline's "Shell Oil")
        if not subject or re.match(r"(?i)(?:this|that|these|those|there|here|one)\b", subject):
            return title
        if first != "then" and _predicate_opening([first]) == "finite" and not re.search(r"s$|ed$", first):
            subject = shared  # "The council will close ... and start ...": the modal is the second verb's too
        return f"{subject} {first}{title[len(words[0]):]}"
    return title
