"""A date that closes a relative clause: the enclosing clause's verb comes straight after it.

"The platform that erupted in flames Thursday was 200 miles from the spill", "the ban that a judge blocked Tuesday
would only deduct 0.03 percent", "Al Sharpton, who presided over the memorial last year said": English puts a
clause's time at its end, so a finite verb right after the date is the enclosing clause's own, and the date ends the
relative clause before it. The date is the eruption's, the blocking's, the presiding's; the verb after it ("was",
"would deduct", "said") is told of another time, which the date does not give.

A relative clause whose verb comes after its date ("a patient who last week was confirmed") is not closed by it, and
"that" after a verb of saying or knowing ("said that a judge blocked it Tuesday") opens a content clause, not a
relative one: both are left to the rules before.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.clauses import PRONOUN_HEADS, is_finite_verb
from timeline.extract.saying_words import SAYING_VERBS, alternation, spoken
from timeline.extract.title_words import AUX

__all__ = ["CLOSED_RELATIVE", "SAME_FORM_PASTS", "closes", "in_subject", "subject_opening", "verb_after"]

#: Adverbs that may stand between the date and the verb it is followed by ("Tuesday would only deduct",
#: "last year has since made").
_ADVERBS = r"(?:also|now|still|already|just|only|since|then|later|quickly|soon|first|not|never|actually|really)"
_NEXT_WORD = re.compile(r"[ \t]+(?:" + _ADVERBS + r"[ \t]+){0,2}([a-z][a-z'’]*)(?=[\s,;:.]|$)")
#: Words after a date that read as verbs but begin a phrase of the clause ("Tuesday need not", "in 2009 used to").
_NOT_AFTER_DATE = frozenset(["need", "used", "based", "aged", "related", "dated", "according"])

#: Pasts spelled as their base, which the table of irregular pasts leaves out ("the storm that hit the coast").
SAME_FORM_PASTS = "cut|hit|put|set|shut|spread|cost|hurt|split|quit"
#: Relative pronouns a closing date lets through beside the usual ones (:mod:`.restrictive`): "that" opening an object
#: relative, its own subject after it ("the ban that a judge blocked", "the cap that BP clamped over the leak"); "that"
#: before a modal ("relief wells that won't be done until August", which a content clause's "word that burns would go
#: ahead" also has) or a past verb, whatever follows it ("the group that traveled with Obama to Mexico April 16 came
#: down with flu"); "whose" ("the rigs whose work was interrupted in May would ...").
CLOSED_RELATIVE = re.compile(r"(?<=[a-z])[ \t]+(?:that[ \t]+(?=(?:a|an|the|his|her|its|their|he|she|they|it|we|I|"
                             r"[A-Z][\w.&'’-]*)[ \t])|that[ \t]+(?=(?:won['’]t|would|could|can|may|might|should|must|"
                             r"[a-z]{3,}ed|" + SAME_FORM_PASTS + "|" + IRREGULAR_PAST_PATTERN + r")[ \t])|"
                             r"whose[ \t]+(?=[a-z]))")


def verb_after(text: str, date_end: int, limit: int) -> bool:
    """Whether a finite verb follows the date ending at ``date_end``, only adverbs between ("Thursday was", "Tuesday
    would only", "last year said:"): the verb of the clause around the one the date closes."""
    m = _NEXT_WORD.match(text, date_end, limit)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _NOT_AFTER_DATE:
        return False
    # A present form in "-s" ("Friday talks") is as often a plural noun: only the auxiliaries' count.
    return word in AUX or is_finite_verb(word, "", present=False)


#: A verb that takes a clause ("who said a leak in 2007 had made them ill", "which officials believe ..."): the verb
#: after the date may be that inner clause's, and the relative clause runs on past it.
_CLAUSE_TAKING = re.compile(r"(?i)\b(?:" + alternation(spoken(*SAYING_VERBS), {"that", "whether", "hoped", "expected",
                                                                                  "knew", "feared"}) + r")\b")
#: A date that takes no preposition of its own ("today", "last week"): a preposition before it is stranded, its object
#: the relative pronoun ("the challenges that BP are faced with today"), which a title cannot put back.
_BARE_DEICTIC = re.compile(r"(?i)(?:today|tonight|yesterday|tomorrow|last|this|next|earlier|later)\b")
_STRANDED = re.compile(r"(?i)\b(?:with|about|of|to|for|at|on|in|into|from|by|over|upon)\s+$")
#: A word that stands for a noun ("those who joined before April 2006 can ..."): no noun for the clause to describe.
_PRONOUN_HEADS = re.compile(r"(?i)\b(?:" + alternation(PRONOUN_HEADS) + r")\s*$")


def closes(text: str, lo: int, pronoun: tuple[int, int], pos: int, date_end: int, limit: int) -> bool:
    """Whether the date at ``pos``..``date_end`` closes the relative clause its ``pronoun`` span opens, in the sentence
    from ``lo`` to ``limit``: a finite verb after it, no clause inside the relative one that the verb could belong to,
    no preposition left stranded before it, a noun before the pronoun for the clause to describe, and no quotation
    around it."""
    pronoun_start, pronoun_end = pronoun
    return (verb_after(text, date_end, limit) and _CLAUSE_TAKING.search(text, pronoun_end, pos) is None
            and not quoted(text, lo, pronoun_start)
            and not (_BARE_DEICTIC.match(text, pos) and _STRANDED.search(text, max(0, pos - 8), pos))
            and _PRONOUN_HEADS.search(text, max(0, pronoun_start - 12), pronoun_start) is None)


#: A day or month name ending the words before "that": "told the press on Thursday that ..." opens a content clause.
_DATE_WORD = re.compile(r"(?:" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + r"|today|yesterday|\d{4})\s*$")


def subject_opening(text: str, lo: int, start: int, pronoun_start: int) -> bool:
    """Whether a noun phrase with no determiner ("Two new pipelines") opens its sentence, perhaps after an opener
    ("But", "In Ohio,"), and runs to the relative pronoun with no preposition: the subject of the clause the date closes
    ("Interim payments to claimants who filed by Tuesday could ...": the clause describes the claimants, a noun the
    phrase only names)."""
    opening = text[lo:start]
    return re.fullmatch(r"[\W]*(?:(?:But|And|Yet|So|Now|Still)\s+)?|.*,\s*", opening) is not None and not re.search(
        r"\b(?:of|to|for|in|on|at|from|with|by|about|into|over|and|or)\b", text[start:pronoun_start])


#: Nouns a "that" clause tells the content of ("Cairn's announcement that it had struck gas this week reinforced
#: ..."): the clause is complete, no relative one with a gap the noun fills.
_CONTENT_NOUNS = re.compile(r"(?i)\b(?:announcement|news|reports?|claims?|fact|statements?|decision|ruling|verdict|"
                            r"allegations?|word|belief|fears?|hopes?|signs?|evidence|confirmation|suggestion|warnings?|"
                            r"assurances?|promises?|pledge|idea|view|concerns?|expectations?|speculation|rumou?rs?|"
                            r"possibility|chance|risk|proof|indications?|admission|insistence|argument|finding|conclusion)"
                            r"\s*$")


def in_subject(text: str, lo: int, pronoun_start: int) -> bool:
    """Whether the words before a relative pronoun that names its own subject ("the ban that a judge ...") are a noun
    phrase with no verb of its own, from the clause's start or from after a verb of saying ("a spokesman said none of
    the rigs whose ..."): the subject of the clause whose verb follows the date. After a verb's object ("told the
    press on Thursday that ...", "remained optimistic that the cap ...") "that" opens a content clause instead."""
    words = _clause_words(text, lo, pronoun_start)
    return bool(words) and _DATE_WORD.search(text, max(lo, pronoun_start - 12), pronoun_start) is None and \
        _CONTENT_NOUNS.search(text, max(lo, pronoun_start - 16), pronoun_start) is None


def _clause_words(text: str, lo: int, at: int) -> list[str] | None:
    """The words of the clause before ``at`` (after its last comma or verb of saying), None when a finite verb is
    among them."""
    before = text[lo:at]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    said = list(_CLAUSE_TAKING.finditer(before))
    start = max(cut + 1, said[-1].end() if said else 0)
    words = re.findall(r"[A-Za-z][\w'’-]*", before[start:])
    previous = ""
    for word in words:
        if word[:1].islower() and is_finite_verb(word.lower(), previous):
            return None
        previous = word.lower()
    return words



def quoted(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a direct quotation opened after ``lo``: a speaker's words are titled as theirs
    ("Exxon says: “The storm that came through on Sunday night moved the oil ...”"), not cut into clauses."""
    before = text[lo:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
