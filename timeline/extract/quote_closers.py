"""Who speaks a quotation that a sentence opens and a later sentence closes with its credit.

News runs a quotation over several sentences and credits it where it closes: '"Unfortunately, this morning I have to
confirm the first death of a child. / And this is in Texas," Dr. Ann Roe, head of the agency, told reporters.' The
first sentence's title ("I do have to confirm the first death of a child") holds an "I" or a "We" no reader can
place. A timeline titles a quotation with its speaker, as the title writer does where the sentence names one ("Ann
Roe: “...”"), so such a sentence's title takes the name that closes its quotation.

Only a sentence that opens with its quotation mark and does not close it, whose quotation closes within the next few
sentences of its paragraph with a named credit ('...," Ann Roe said.', '...," said Ann Roe.'), takes the name; a new
quotation opened before the close, a credit that names nobody ('..., one pharmacist said.') or a title rewritten from
the quotation leave it (:mod:`.quoted_paragraphs` credits a paragraph from the one before).
"""

from __future__ import annotations

import re

from timeline.extract.quoted_paragraphs import CREDIT_NAME, NOT_NAMES, SAYING, credited_title, verbatim_words
from timeline.honorifics import HONORIFICS, OFFICE_ABBREVIATIONS, honorific_pattern

__all__ = ["closing_credit"]

#: The credit right after the closing mark: '," Ann Roe, head of the agency, told', '," said Ann Roe'.
_CREDIT = re.compile(r"[ \t]+(?:" + CREDIT_NAME + r"(?:,[^,“”\"]{2,80},)?\s+(?:" + SAYING + r"|told)\b"
                     r"|(?:" + SAYING + r")\s+" + CREDIT_NAME.replace("name", "inverted") + r"\b)")
#: Words that open a credit without naming anyone.
_NOT_NAMES = NOT_NAMES | {"His", "Her", "Their", "Its"}
#: Honorifics a headline leaves out before a full name.
_HONORIFIC = re.compile(r"^(?:" + honorific_pattern(HONORIFICS, OFFICE_ABBREVIATIONS) + r")\.?\s+(?=[A-Z]\w+\s+[A-Z])")
#: How far on the quotation may close: a few sentences.
_REACH = 600
_SENTENCES = 3


def closing_credit(title: str, text: str, start: int, end: int) -> str:
    """``title`` of the sentence from ``start`` to ``end`` in ``text`` with the speaker whose credit closes the
    quotation the sentence opens ("Ann Roe: “I have to confirm the first death”"), or ``title``."""
    if ":" in title or text[start:start + 1] not in "“\"":
        return title
    sentence = text[start + 1:end]
    if re.search(r"[”\"]", sentence):
        return title  # (the quotation closes inside its sentence: its credit is the sentence's own)
    rest = text[end:end + _REACH]
    close = re.search(r"[“”\"]", rest)
    if close is None or close.group(0) == "“" or "\n\n" in rest[:close.start()] \
            or rest[:close.start()].count("\n") > _SENTENCES:
        return title  # (a new quotation opens first, or the paragraph ends before any close)
    if rest[close.start() - 1:close.start()] not in tuple(",.?!"):
        return title  # (a mark after no stop opens a quotation or closes a term rather than the quoted sentences)
    credit = _CREDIT.match(rest, close.end())
    if credit is None:
        return title
    name = _HONORIFIC.sub("", (credit.group("name") or credit.group("inverted")).strip())
    if name.split()[0] in _NOT_NAMES or not re.search(r"[a-z]", name):
        return title
    said = verbatim_words(title.strip("“”\" "), sentence)
    if said is None:
        return title  # (a title rewritten from the quotation is no quotation to credit)
    return credited_title(name, said, title)

