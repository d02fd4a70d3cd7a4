"""Who a title's "him" is: the man the sentence before was about, when the title's sentence names no one else.

News goes on about one man for a few sentences and then tells what others did to him: "Instead, he mainly recapped
the government's efforts. Republicans criticized him for using the speech ...", "Dillon first worked for the firm on
the beaches. In June, a camera crew caught him chasing reporters". Read apart from the story, "Republicans
criticize him" names nobody; the reader takes "him" for the subject of the sentence before, a man the story named in
full. Only when the title is its sentence's main clause ("... when Dr Lane found him in bed" inside "He said the
singer was warm when ..." may be the speaker's or another's), when that sentence names no person, nor says "he" or
"she", before "him", and when the title has no "he" or "I" of its own ("I got a call from him": a quote's speaker
knows whom he means; "He asked him": two men). Otherwise the title keeps "him": a vague title is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.sentences import Sentence
from timeline.extract.subject_names import strip_opening
from timeline.extract.title_words import MAX_CHARS

__all__ = ["him_named"]

_HIM = re.compile(r"(?<![\w’'-])him(?![\w’'-])")
#: Words that tell another person in the title or before "him" in its sentence.
_OTHER_PERSON = re.compile(r"(?i)(?<![\w’'-])(?:he|she|i|me|my|we|us|you|they|her|hers|himself)(?![\w-])")


def him_named(title: str, sentence: Sentence, previous_actor: str | None, names: NameIndex,
              known: Mapping[str, str], text: str) -> str:
    """``title`` with its one "him" put as ``previous_actor`` (the resolved subject of the sentence before ``sentence``,
    the title's sentence in ``text``), when that is a man the story named in full and nothing nearer could be him."""
    found = list(_HIM.finditer(title))
    if len(found) != 1 or not previous_actor or " " not in previous_actor or not looks_personal(previous_actor) \
            or known.get(previous_actor) != "m" or _OTHER_PERSON.search(title):
        return title
    opening = strip_opening(sentence.text)
    head = title.split()[0].lower()
    if not opening.lower().startswith(head):
        return title  # ("... when Dr Lane found him": a clause inside the sentence, whose "him" may be anyone's)
    him = _HIM.search(sentence.text)
    if him is None:
        return title
    upto = sentence.start + him.start()
    if _OTHER_PERSON.search(text[sentence.start:upto]) or any(
            looks_personal(names.resolve(n.text)) for n in names.between(sentence.start, upto)):
        return title  # ("Perrelli wrote Feinberg to ask him": the nearer man)
    surname = previous_actor.split()[-1]
    if re.search(r"\b" + re.escape(surname) + r"\b", title):
        return title
    named = title[:found[0].start()] + previous_actor + title[found[0].end():]
    return named if len(named) <= MAX_CHARS else title
