"""A speaker's modifiers give way to what the speaker said.

A title whose verb reports ("says", "report", "show", "warns", "asks") and whose cut falls on that verb or inside
what it reports has lost the news: "Researchers from the National Institute for Undersea Science and Technology
report" says that someone said something. An editor keeps what was said and shortens who said it to its head:
"Researchers report they have detected large oil plumes". :func:`speaker_heads` offers those shorter subjects,
the least shortened first; :func:`.title_whole.whole_cut` takes the first whose cut ends whole past the verb.
A head that is a name or a plain noun phrase stays; only the phrase after it (where the speaker works, who
interviewed them, a relative clause) goes.
"""

from __future__ import annotations

import re

from timeline.english_verbs import s_ending
from timeline.extract.noun_phrase_edges import RELATIONAL_HEADS
from timeline.extract.place_phrases import measured_place
from timeline.extract.title_complements import REPORTING_VERBS
from timeline.extract.title_cuts import SUBJECT_PREPOSITIONS, quantity_head
from timeline.extract.title_verbs import PLURAL_NOUNS
from timeline.extract.title_words import DETERMINERS

__all__ = ["speaker_heads"]

#: The fewest words a cut keeps past the reporting verb for what was said to be there.
PAST_FRAME = 3
#: Relative pronouns: with a preposition and a participle before its agent ("interviewed by"), where a phrase after
#: the subject's head opens.
_RELATIVES = {"who", "which", "whose"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


#: Words that stand for a group only with the phrase after them: "Others in the party", "Those at the meeting".
_PARTITIVES = {"others", "those", "these", "many", "some", "most", "all", "few", "several", "both", "each", "either",
               "neither", "none", "one", "any", "much", "more", "less", "half", "part", "rest"}


def _head_stands(head: list[str]) -> bool:
    """Whether ``head`` names a speaker or a source on its own: two words or more that do not end on an article, a
    count or a relational noun ("the head | of"), or one word that is no partitive ("Researchers", "Readings",
    "Smith"; not "Others | in the party")."""
    last = _clean(head[-1]) if head else ""
    if not head or last in DETERMINERS or quantity_head(head) or last in RELATIONAL_HEADS or last in _PARTITIVES:
        return False
    return len(head) >= 2 or (last.isalpha() and len(last) >= 3 and (head[0][:1].isupper() or last in PLURAL_NOUNS
                                                                       or s_ending(last)))


def speaker_heads(text: str, verb_at: int) -> list[tuple[str, int]]:
    """Shorter forms of ``text`` (its verb at ``verb_at``), each with its verb's new place, in which the subject of
    a reporting verb keeps only its head; none when the verb does not report or the subject is not one plain
    noun phrase (a quotation, a comma, a dash or a second verb in it)."""
    verb = text[verb_at:].split(" ", 1)[0] if verb_at > 0 else ""
    subject = text[:verb_at].split()
    if _clean(verb) not in REPORTING_VERBS or verb[-1:] in ",;:" or len(subject) < 3 \
            or re.search(r"[“”\"(),;:]|\s[-—–]+\s", text[:verb_at]):
        return []
    heads = []
    for i in range(1, len(subject) - 1):
        word, before, after = _clean(subject[i]), subject[i - 1], subject[i + 1]
        opens = (word in SUBJECT_PREPOSITIONS and word != "of") or word in _RELATIVES or (
            re.fullmatch(r"[a-z]{3,}ed", word) is not None and _clean(after) == "by")
        if not opens or (before[:1].isupper() and after[:1].isupper()) or measured_place(subject, i):
            continue  # ("the Institute for Undersea Science": a word inside a name)
        if _head_stands(subject[:i]):
            head = " ".join(subject[:i])
            heads.append((f"{head} {text[verb_at:]}", len(head) + 1))
    return list(reversed(heads))
