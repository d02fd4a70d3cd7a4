"""What a title's "It" is when it emerges, spreads or kills: the flu or virus the sentence names.

Stories of an outbreak tell a disease's course with "it" ("H5N1 avian flu is the most recent threat. It first
surfaced in 1997", "the spread of the new H1N1 strain ... in North America, where it emerged in April", "Since it
first appeared in March, 717 people have been infected with the H1N1 virus"). Read apart from the story, "It first
surfaces" names nothing; the disease does ("H5N1 avian flu first surfaces"). A disease's verb (emerge, surface,
kill, infect, be detected) tells that "it" is one; the one disease the sentence names (or, when it names none, the
sentence before) is which. Two diseases there ("swine flu ... bird flu") leave the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.sentences import Sentence
from timeline.extract.title_words import MAX_CHARS

__all__ = ["disease_named"]

#: "It first surfaces", "It is first detected", "It has killed up to 81 people": a disease's course, its subject "it".
#: (The title may still be in the story's past: "It first surfaced", "it was discovered".)
_DISEASE_IT = re.compile(r"^[Ii]t\s+(?=(?:(?:first|later|then|rapidly|quickly)\s+)?(?:emerge[sd]|appear(?:s|ed)|surface[sd]|"
                         r"spread|spreads|mutate[sd]|kill(?:s|ed)|infect(?:s|ed)|ha[sd]\s+(?:killed|infected|spread)|"
                         r"(?:is|was)\s+(?:first\s+)?(?:detected|discovered|identified|isolated|found\s+in))\b)")
#: A flu or virus as a story names it: "the 1918 Spanish influenza pandemic", "H5N1 avian flu", "the new H1N1 strain",
#: "a dangerous new strain of swine flu", "swine flu", "the virus".
_DISEASE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:(?:new|deadly|dangerous|novel|\d{4}|[A-Z][\w-]*|swine|bird|avian|pandemic)\s+){0,4}"
    r"(?:(?:flu|influenza)\s+)?(?:strain\s+of\s+(?:(?:[A-Z][\w-]*|swine|bird|avian)\s+)?(?:flu|influenza)|"
    r"(?:virus|strain|pandemic|epidemic)\b|(?<=\s)(?:flu|influenza)\b|(?<![\w-])(?:flu|influenza)\b)")


def _phrases(text: str) -> list[str]:
    found = []
    for m in _DISEASE.finditer(text):
        phrase = m.group(0).strip()
        if re.search(r"(?:pandemic|epidemic)$", phrase) and re.search(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}$", text[:m.start()]):
            continue  # ("Fears of a global flu pandemic grew": a pandemic feared names no disease)
        named = re.search(r"(?:(?:[A-Z][\w-]*|swine|bird|avian)\s+)?(?:flu|influenza)$", phrase) \
            if " strain of " in phrase else None
        phrase = named.group(0) if named else phrase  # ("a new strain of swine flu": swine flu)
        if phrase.lower() in ("flu", "influenza"):
            found.append("?")  # ("duck flu", "seasonal flu": a flu this finder cannot name may be the one meant)
        elif phrase.lower() not in ("pandemic", "epidemic", "strain", "a virus", "a strain"):
            found.append(re.sub(r"^(?:[Aa]n?)\s+", "the ", phrase))
    return found


def disease_named(title: str, text: str, sentences: Sequence[Sentence], index: int) -> str:
    """``title`` with its "It" that emerges, spreads or kills put as the one disease the sentence at ``index`` (else
    the sentence before) names, or ``title`` unchanged."""
    m = _DISEASE_IT.match(title)
    if m is None:
        return title
    for stretch in [sentences[index].text] + ([sentences[index - 1].text] if index else []):
        phrases = _phrases(stretch)
        if not phrases:
            continue
        longest = max(phrases, key=len)
        if "?" in phrases or any(p.lower().removeprefix("the ") not in longest.lower() for p in phrases):
            return title  # ("swine flu ... bird flu": which one "it" is, the reader must guess)
        named = longest[0].upper() + longest[1:] + " " + title[m.end():]
        return named if len(named) <= MAX_CHARS else title
    return title
