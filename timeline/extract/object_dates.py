"""A date inside a verb's object names that object's time, not the verb's.

A relative clause's object may be a dated happening: "Penn, who oversaw the fund for victims of the Sept. 11 attacks,"
oversaw nothing on that day; the date is the attacks' own statement (:mod:`.happenings`). After a preposition of
occasion the clause's act took place at the happening ("who died in the April 20 explosion", "who represented Gore in
the 2000 election recount"), so the date stays the clause's (:func:`happening_object`).

A record named by its year as a verb's object (:func:`cited_record`) only sorts the record from others of its kind.

"Investigators cited a 2003 letter from the regulator", "The suit quotes the company's 2006 safety memo": the year
sorts the letter or memo from others; citing or quoting it happens when the sentence says, not in that year. The
same holds for a record that is the subject of a reported clause ("Stupak said a 2001 report by the driller listed
260 failure modes"): the saying is not in 2001. After a preposition the year may be the clause's own occasion ("said
in a 2007 interview", "wrote in its 1999 report"), and a happening or a period ("his 2008 presidential bid", "the
2005 explosion") is dated by its year (:mod:`.happenings`); both are left alone.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, DO_FORMS, HAVE_FORMS, auxiliary_words
from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.after_date import NOT_NOUNS

__all__ = ["cited_record", "happening_object"]

#: Records a year names as one of their kind: what a clause cites, quotes, releases or obtains.
_RECORDS = frozenset({
    "letter", "letters", "memo", "memos", "memorandum", "report", "reports", "study", "studies", "survey", "surveys",
    "document", "documents", "email", "e-mail", "emails", "e-mails", "audit", "review", "analysis", "assessment",
    "paper", "papers", "plan", "plans", "filing", "filings", "video", "videos", "recording", "book", "film",
    "album", "testimony", "law", "laws", "rule", "rules", "regulation", "regulations", "policy", "guidelines",
    "budget", "manual", "permit", "permits", "contract", "contracts", "photo", "photograph", "article", "column",
})
#: A determiner (or a name's possessive) straight before the year.
_DETERMINER = re.compile(r"(?i)(?:\b(?:a|an|the|his|her|its|their|our)|(?:\bthe\s+)?[\w.]+['’]s?)\s+$")
#: Verbs straight before a noun phrase that are not taking it as their object: a copula or "have" says what a thing
#: is or owns ("was a 2008 film", "has a 2010 budget").
_NOT_TAKING = auxiliary_words(BE_FINITE, BE_NONFINITE, HAVE_FORMS, DO_FORMS, without={"do"})


def cited_record(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` names a record ("a 2003 letter") that a verb just before takes as its
    object or as its reported clause's subject, not the time of that verb."""
    words = re.findall(r"[a-z][\w'’-]*", text[end:end + 50])[:3]
    if not words or not any(w.lower() in _RECORDS for w in words):
        return False
    # The record noun comes before any function word: "a 2003 letter", "the 2006 safety memo".
    for w in words:
        if w.lower() in _RECORDS:
            break
        if w.lower() in NOT_NOUNS:
            return False
    det = _DETERMINER.search(text, max(sentence_start, start - 40), start)
    if det is None:
        return False
    # "said that a 2001 report by the driller listed ...": the record opens the reported clause.
    before = re.search(r"([A-Za-z][\w'’-]*)\s+(?:that\s+)?$", text[max(sentence_start, det.start() - 30):det.start()] or " ")
    if before is None:
        return False
    verb = before.group(1).lower()
    if (verb in NOT_NOUNS and verb not in ("said", "says")) or verb in _NOT_TAKING:
        return False  # "in a 2007 interview", "was a 2008 film"
    return verb in IRREGULAR_PAST_WORDS or re.fullmatch(r"[a-z]{2,}(?:ed|es|s|ing)", verb) is not None


#: A preposition of occasion and the determiner (with up to two adjectives) of the date's noun phrase: "died in the
#: April 20 explosion", "represented Gore in the 2000 election recount", "at last year's summit".
_AT_OCCASION = re.compile(r"(?i)\b(?:in|at|during|amid|throughout)\s+(?:(?:the|a|an|his|her|its|their|that)\s+|"
                          r"[\w.]+['’]s\s+)?(?:[a-z-]+\s+){0,2}$")


def happening_object(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a date before a noun inside a relative clause ("who oversaw the fund for victims of the Sept. 11
    attacks") names that noun's time, not the clause's: not after a preposition of occasion. A possessive date
    ("which led to last April's disaster") is the phrase's determiner: the noun alone would be a title that keeps
    the date's words ("Last April's disaster"), so the clause keeps it."""
    if re.match(r"['’]s\b", text[end:end + 3]):
        return False
    return _AT_OCCASION.search(text, max(sentence_start, start - 60), start) is None
