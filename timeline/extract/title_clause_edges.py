"""A title cut where a clause begins leaves no word of that clause behind.

A degree adverb before a conjunction of time measures the clause it opens: "stay involved long | after the well
is plugged", "arrived shortly | before the blast", "began only | when the pumps failed". Cut before the conjunction,
the adverb dangles ("stay involved with the cleanup long"), so it goes with its clause.

The same holds for a comparison of time whose other end was the removed date: "could be tried as soon [as
Wednesday]" loses "as soon" with it.

A clause of time or reason after "as" has its own subject and verb ("to leave | as a storm nears"): the verb before
it is whole, unlike a verb whose "as" phrase is its complement ("served | as chairman") (:func:`as_clause`).

A reported clause's subject opens that clause: "has said there | is no doubt", "said it | was not possible". A cut
after "there", or after a subject pronoun that follows a verb of saying, ends no phrase
(:func:`subject_left_behind`, read by :mod:`.title_ends`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from timeline.extract.title_words import finite_verb, verbish

#: Adverbs that measure the time clause after them ("long after", "shortly before", "just when", "even as"). ("well"
#: is left out: before "before" it is as often the oil well, "the relief well before it is sealed".)
_DEGREE = {"long", "shortly", "soon", "just", "right", "even", "only", "immediately", "directly", "barely", "hardly"}
#: Conjunctions that open a clause of time or condition after a measuring adverb.
_TIME_CONJUNCTIONS = r"(?:after|before|since|when|until|till|once|as|while)"
#: "as long as", "so long as", "just as": the adverb is part of a conjunction or comparison already; after an
#: article or a possessive the word is a noun or adjective ("the long", "its only").
_FIXED_BEFORE = {"as", "so", "the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}


def degree_adverb_gone(title: str, sentence: str) -> str:
    """``title`` without a last word that measured the time clause cut after it ("... with the cleanup long" ->
    "... with the cleanup", when the sentence goes on "long after the well was plugged")."""
    words = title.split()
    compared = re.search(r"(?i)\s+as\s+(?:soon|early|late|long|recently)(?:\s+as)?$", title)
    if compared and len(words) > 5 and re.search(r"(?i)\b" + re.escape(" ".join(compared.group(0).split()[:2])) + r"\s+as\b", sentence):
        return title[:compared.start()].rstrip(" ,;:")  # "as soon [as Friday]": the comparison lost its other end
    if len(words) < 4 or words[-1].lower() not in _DEGREE or words[-2].lower() in _FIXED_BEFORE:
        return title
    # the title's own last two words, then the conjunction: the adverb the cut left is the one before the clause
    if not re.search(r"(?i)(?<![\w-])" + re.escape(words[-2]) + r"\s+" + re.escape(words[-1]) + r"\s+"
                     + _TIME_CONJUNCTIONS + r"\s", sentence):
        return title
    return title.rsplit(" ", 1)[0].rstrip(" ,;:")


#: Verbs a clause's subject may stand right before: auxiliaries, copulas and verbs of seeming.
_CLAUSE_VERBS = {"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "has",
                 "have", "had", "does", "did", "do", "seems", "seemed", "appears", "appeared", "remains", "remained"}
#: Subjects that open a reported clause and name nothing by themselves.
_EMPTY_SUBJECTS = {"there", "it", "he", "she", "they", "we", "i"}
_SAYING = {"said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "insisted", "insists", "believes",
           "believed", "thinks", "thought", "that", "admitted", "admits", "claimed", "claims", "argued", "argues"}


def subject_left_behind(last: str, before: str, nxt: str) -> bool:
    """Whether a cut after ``last`` leaves a reported clause's subject without its verb ``nxt``: "has said there"
    before "is no doubt", "said it" before "was not possible"."""
    if last not in _EMPTY_SUBJECTS or nxt not in _CLAUSE_VERBS:
        return False
    return last == "there" or before in _SAYING


#: Words that open the subject of a clause after "as": an article, a possessive or a subject pronoun ("as a storm
#: nears", "as its shares fell", "as they prepared").
_SUBJECT_OPENERS = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those", "he", "she", "it",
                    "they", "we", "i"}
#: The most words the clause's subject may hold before its verb.
_SUBJECT_WORDS = 3


def _plain(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:.!?()")


def as_clause(rest: list[str]) -> bool:
    """Whether the words after an "as" (``rest``) are a clause with its own subject and verb, a clause of time or
    reason ("to leave | as a storm nears", "cut jobs | as its profits fell"), not the phrase a verb takes ("served
    as the company's chairman", "leave as a free man"): a cut before that "as" leaves the verb whole."""
    if len(rest) < 2 or (_plain(rest[0]) not in _SUBJECT_OPENERS and not rest[0][:1].isupper()):
        return False
    first = _plain(rest[0])
    # (the verb comes after the subject's first word; after an article or a possessive, after its noun as well)
    start = 2 if first in _SUBJECT_OPENERS - {"he", "she", "it", "they", "we", "i"} else 1
    for j in range(start, min(len(rest), _SUBJECT_WORDS + 1)):
        word, before = _plain(rest[j]), _plain(rest[j - 1])
        if word in _CLAUSE_VERBS or finite_verb(word, before) or (j == 1 and start == 1 and verbish(word, before)):
            return True  # ("as they prepared": after a subject pronoun any verb form is the clause's)
        ends = j == len(rest) - 1 or rest[j][-1:] in ",;:.!?"
        if ends and re.fullmatch(r"[a-z]{3,}[^s]s", word) and word not in {"news", "series", "species"}:
            return True  # ("as a storm nears.": a present verb the tables do not know, closing its clause)
        if rest[j][-1:] in ",;:.!?":
            return False
    return False


#: Words after which an "-ed" or "-ing" form is an adjective: an article or a named owner ("the embattled", "BP's
#: beleaguered"). (After "its" or "his" the role stays read as before: :mod:`.possessive_owners` names its owner,
#: "Its managing director, Tom Reyes," -> "Kestrel Insurance's managing director".)
_ADJECTIVE_BEFORE = re.compile(r"the|an?|\S+['’]s")


def verb_among(words: list[str]) -> bool:
    """Whether ``words`` after the first hold a lowercase verb form: "Cameron told the BP chairman" does, "BP's
    beleaguered chief executive" and "the long-serving head" do not (after an article or a possessive the form is an
    adjective); a word after "to" is read without it ("the ambassador to the US": "the" is no infinitive)."""
    return any(verbish(w.lower(), v.lower() if _ADJECTIVE_BEFORE.fullmatch(v.lower()) else "")
               for v, w in pairwise(words) if w[:1].islower())


#: A past verb and the article of its object: "investment | hindered the response" (after an article the form is an
#: adjective: "the beleaguered chief executive").
_PAST_WITH_OBJECT = re.compile(r"(?<!\bthe)(?<!\ban)(?<!\ba)\s[a-z]{3,}ed\s+(?:the|an?|its|their|his|her)\s")


def clause_in_list(between: str) -> bool:
    """Whether what stands between a subject's first comma and the next ("A lack of preparedness, | a dearth of research
    and insufficient investment hindered the response |, according to ...") holds the clause's verb and its object:
    the rest of a list of subjects and their verb, no appositive to drop (a relative clause is an appositive's own)."""
    past = _PAST_WITH_OBJECT.search(between)
    words = between[:past.start()].split() if past else []
    # ("the oilfield company that cemented the well", "seeking to show command of a crisis that has exasperated the
    # nation": a relative clause or a participle's phrase is the appositive's own)
    return bool(words) and not words[0].lower().endswith("ing") and not any(
        w.lower().strip(",") in {"who", "which", "whose", "whom", "that"} for w in words)
