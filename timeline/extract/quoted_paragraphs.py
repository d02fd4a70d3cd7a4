"""Who speaks a paragraph that is only a quotation: the speaker the paragraph before credited last.

News quotes a speaker over several paragraphs and credits them once: '"Usually you don't see the first hurricane
until August," said Anna Reyes, a spokeswoman for the weather centre.' / '"The season is running just ahead of a
typical pace."' The second paragraph is the same speaker's, as every reader takes it; read apart from the story, its
title ("The season is running just ahead of a typical pace") is a claim with no one holding it. A timeline titles a
quotation with its speaker, as the title writer does where the sentence names one ("Reyes: “...”"), so such a
paragraph's title takes the name the paragraph before credited at its end.

Only a paragraph that is a quotation from its first word, with no credit of its own (no saying verb outside its
marks), whose first quotation runs to the end of its sentence (not '"Cap and trade" is a phrase ...'), takes the name;
and only a named credit gives it ('..., she said.' names nobody here, and a credit inside the paragraph before is no
credit of its end).
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import SAID_SAYS, alternation, spoken
from timeline.extract.subordinators import RELATIVES, SUBORDINATORS
from timeline.extract.title_words import MAX_CHARS

__all__ = ["CREDIT_NAME", "NOT_NAMES", "SAYING", "aligned_words", "credited_title", "paragraph_speaker", "plain_word", "verbatim_words"]

SAYING = alternation(SAID_SAYS, spoken("add", "explain", "note", "insist", "warn", "write", present=False))
#: A name as news credits it: up to four capitalised words, a title among them ("Professor Mark Hale", "Dr Ann Roe").
CREDIT_NAME = r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
#: Words that open a credit without naming anyone.
NOT_NAMES = {"He", "She", "They", "It", "We", "I", "The", "This", "That", "There", "One", "Another", "A", "An"}
#: The end of a paragraph that credits its quotation: '...," Reyes said.', '...," said Anna Reyes, a spokeswoman.',
#: '...," Reyes told reporters on Sunday.'
_CREDIT = re.compile(r"[,.?!]\s*[”\"]\s+(?:" + CREDIT_NAME + r"(?:,[^,“”\"]{2,80},)?\s+(?:" + SAYING + r"|told\s+[\w.'’ ]{2,40}?)"
                     r"|(?:" + SAYING + r")\s+" + CREDIT_NAME.replace("name", "inverted") + r"(?:,[^“”\"]{2,80}?)?)"
                     r"(?:\s+(?:on|in|at|last|this|late|early|yesterday|today)\b[\w ]{0,30}?)?\s*\.\s*$")
#: A saying verb outside quotation marks: the paragraph credits its own quotation.
_OWN_CREDIT = re.compile(r"\b(?:" + SAYING + r"|told|according)\b")
_QUOTED = re.compile(r"[“\"][^“”\"]*(?:[”\"]|$)")
#: Words that open a clause under another: a title that starts right after one is not the quotation's own statement.
_SUBORDINATORS = SUBORDINATORS | RELATIVES | {"whenever"}


def paragraph_speaker(title: str, text: str, start: int) -> str:
    """``title`` of the sentence at ``start`` in ``text`` with the speaker the paragraph before credited ("Anna Reyes:
    “The season is running ahead”"), when the sentence opens a paragraph that is only a quotation; else ``title``."""
    if ":" in title or start <= 0 or text[start:start + 1] not in "“\"" or text[:start].rstrip(" \t")[-1:] not in ("\n", ""):
        return title
    paragraph = text[start:].split("\n", 1)[0]
    outside = _QUOTED.sub(" ", paragraph)
    if _OWN_CREDIT.search(outside) or outside.strip(" .,;:!?"):
        return title  # ("“Cap and trade” is a phrase used mostly by ...": the quotation is a term in the writer's sentence)
    before = text[:start].rstrip()
    previous = before.rsplit("\n", 1)[-1]
    credit = _CREDIT.search(previous)
    if credit is None:
        return title
    name = (credit.group("name") or credit.group("inverted")).strip()
    if name.split()[0] in NOT_NAMES:
        return title
    said = verbatim_words(title.strip("“”\" "), paragraph.lstrip("“\" "), opening=True)
    if said is None:
        return title  # (a title rewritten from the quotation is no quotation to credit)
    return credited_title(name, said, title)


def credited_title(name: str, said: str, title: str) -> str:
    """ "Anna Reyes: “said”", or with the surname alone when the full name runs over the limit; else ``title``."""
    for speaker in (name, name.split()[-1]):
        credited = f"{speaker}: “{said}”"
        if len(credited) <= MAX_CHARS:
            return credited
    return title


def verbatim_words(title: str, sentence: str, *, opening: bool = False) -> str | None:
    """The words of ``sentence`` that ``title`` was written from, as they stand (the headline present goes back to the
    quoted "ran", a time phrase the title left out for its date comes back): the sentence's words from the title's
    first one to its last, when no more than one of them is rewritten and no more than a few were left out; else None.
    With ``opening``, only the words from the sentence's first one on: the title must open where the quotation does.
    Both quotation readers ask this, so that a title rewritten from a quotation is never put in its speaker's marks."""
    words, said = sentence.split(), title.split()
    first = said[0].lower()
    at = next((i for i, w in enumerate(words) if w.lower().strip("“”\"‘’,") == first), None)
    if at is None or (opening and at):
        return None
    if at and words[at - 1].lower().strip("“”\"‘’,") in _SUBORDINATORS:
        return None  # ("... was that when the swine flu was detected in 1976, it was found ...": a clause the quotation
        # leans on, which the title writer took for its date, is no headline the speaker gave)
    end = _aligned_end(words, at, said)
    if end is None:
        return None
    said = " ".join(words[at:end]).rstrip(",;:.”\"")  # (and the quotation's closing mark, where the title runs to it)
    return said[:1].upper() + said[1:]  # (a headline's quotation opens with a capital, as the quoted sentence did)


#: How many words of a quotation a title written from it may leave out: a time phrase ("on Monday morning").
_LEFT_OUT = 3


def _aligned_end(words: list[str], at: int, said: list[str]) -> int | None:
    """Where in ``words`` the title ``said`` ends when read from ``at``: every title word in order, one of them at the
    most rewritten ("runs" for "ran") and up to ``_LEFT_OUT`` sentence words passed over; else None."""
    matched = aligned_words(words, at, said)
    return None if matched is None else matched[-1] + 1


def plain_word(word: str) -> str:
    """``word`` as :func:`aligned_words` compares it: lower case, without quotation marks or the stops after it."""
    return word.lower().strip("“”\"‘’,.;:")


def aligned_words(words: list[str], at: int, said: list[str], *, rewrites: int = 1,
                  left_out: int = _LEFT_OUT) -> list[int] | None:
    """The index in ``words`` of each word of ``said`` read in order from ``at``, with at most ``rewrites`` of them
    rewritten ("runs" for "ran") and at most ``left_out`` words of ``words`` passed over; else None."""
    def same(a: str, b: str) -> bool:
        return plain_word(a) == plain_word(b)

    i, rewritten, passed, matched = at, 0, 0, []
    for j, word in enumerate(said):
        while i < len(words) and not same(words[i], word):
            last = j + 1 == len(said)
            if rewritten < rewrites and (last or (i + 1 < len(words) and same(words[i + 1], said[j + 1]))):
                rewritten += 1
                break
            if passed == left_out:
                return None
            passed, i = passed + 1, i + 1
        if i >= len(words):
            return None
        matched.append(i)
        i += 1
    return matched
