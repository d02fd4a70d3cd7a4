"""A longer whole title rather than a cut one: when no shorter title keeps what the last word needs.

A title that ends where its phrase needs more ("is expected to announce", "handle the weight", "tested for
suspected swine") says less than the sentence and reads broken. When every shortening :mod:`.title_whole`
tries still ends open, the title goes on to the next place where the phrase is whole, when that is still within
the 90 characters a title may have (issue 16: longer is a defect); past the limit the cut stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.title_cuts import title_length
from timeline.extract.title_ends import COPULA_WORDS, whole_phrase
from timeline.extract.title_whole import ends_open
from timeline.extract.title_words import BREAK_WORDS, MAX_CHARS, NOUN_LIKE, WEAK_END, verbish

#: Words that open a new clause or an adjunct: the extension never takes the title into one.
_CLAUSE_OPENERS = {"and", "but", "or", "while", "whereas", "although", "though", "because", "since", "after",
                   "before", "when", "as", "which", "who", "where", "saying", "adding", "according", "despite", "so"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’()")


def _plain(word: str) -> bool:
    """A lowercase word that neither opens a phrase nor ends one: a noun or a modifier of one."""
    low = _clean(word)
    return word.isalpha() and word.islower() and low not in BREAK_WORDS | WEAK_END and not low.endswith("ly")


#: Words that follow a noun without being its head: times, adverbs of place, and measures of time that open a phrase
#: of their own ("seven people" before "yesterday", "aboard the rig" before "hours before the explosion").
_NOT_HEADS = {"today", "tonight", "yesterday", "tomorrow", "now", "then", "again", "too", "ago", "here", "there",
              "later", "earlier", "instead", "overnight", "alone", "together", "abroad", "home", "inside", "outside",
              "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


#: Adjectives by their endings, a people's name among them ("Mexican", "British"): before a noun they end nothing.
_ADJECTIVE = re.compile(r"[a-z]{2,}(?:ical|ular|ic|ive|ous|ful|ary)|[A-Z][a-z]+(?:ican|ian|ese|ish)")


def noun_cut(kept: list[str], rest: list[str]) -> bool:
    """Whether the title ends between a noun's modifier and the noun ("tested for suspected swine" before "flu",
    "reports of tar" before "balls"): two plain words in a row are a compound, the second its head, unless the
    second is a verb (the first then ends the subject) or the first a plural, which rarely modifies."""
    if len(kept) < 3 or not rest or not _plain(rest[0]) or rest[0] in _NOT_HEADS:
        return False
    last, before, nxt = kept[-1], _clean(kept[-2]), rest[0]
    if before in COPULA_WORDS:
        return False  # ("the ruling is final" before "pending appeal": an adjective after a copula ends the clause)
    if _ADJECTIVE.fullmatch(last):
        return True  # ("comply with rules about regular" before "training", "the Mexican" before "patients")
    if last[:1].isupper() and last.isalpha() and last != "I" and not nxt.endswith(("ed", "ing")) and not verbish(nxt, ""):
        return True  # ("of its Gulf of Mexico" before "oil spill response center": a name that modifies a noun)
    if not _plain(last):
        return False
    head_follows = _ing_modifier(rest) or (not verbish(nxt, last) and not nxt.endswith(("ed", "ing")))
    return nxt not in _NOT_HEADS and head_follows and not verbish(last, before) \
        and not (last.endswith("s") and not last.endswith("ss")) and len(last) > 2


def _ing_modifier(rest: list[str]) -> bool:
    """Whether the sentence goes on with an -ing word that modifies the noun after it ("deepwater" before "fishing
    ban"): the noun is the head the phrase waits for."""
    head = rest[1].rstrip(",;:.") if len(rest) > 1 else ""
    return rest[0].endswith("ing") and _plain(head) and not verbish(head.lower(), rest[0])


def verb_bare(kept: list[str], rest: list[str], verb_word: int) -> bool:
    """Whether the title ends on its main verb while the sentence goes on with the verb's object ("Wyeth initially
    settles" before "claims over its diet drug"): what was done to what is the news."""
    predicate = [word for word in kept[verb_word:] if not _clean(word).endswith("ly")]
    return verb_word > 0 and len(predicate) == 1 and bool(rest) and _plain(rest[0]) \
        and kept[-1].isalpha() and (rest[0] in NOUN_LIKE or not verbish(rest[0], kept[-1]))


#: Words that open a verb's object: a verb before them ends without it ("accused" before "BP of stealing").
_OBJECT_OPENERS = {"the", "a", "an", "its", "his", "her", "their", "it", "them", "him", "us", "this", "these", "those"}


#: Words after which a verb is bare: a plain word after it is its object, not a new phrase.
_BARE_VERB_BEFORE = {"not", "to", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does",
                     "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't"}


def object_next(kept: list[str], rest: list[str]) -> bool:
    """Whether the title, taken on word by word, stops on a verb whose object comes next ("the president accused"
    before "BP", "would end up costing" before "it")."""
    if len(kept) < 3 or not rest or not kept[-1].isalpha() or not kept[-1].islower():
        return False
    nxt, before = rest[0].strip("“”\"‘’()"), _clean(kept[-2])
    if before in _BARE_VERB_BEFORE and _plain(rest[0]) and rest[0] not in _NOT_HEADS:
        return True  # ("engineers did not follow" before "correct drilling procedures")
    return verbish(kept[-1], before) and (nxt.lower() in _OBJECT_OPENERS or (nxt[:1].isupper() and nxt != "I"))


def _range_open(words: list[str]) -> bool:
    """Whether a "between" among the last words still waits for its "and" ("any link between the collapse of the
    wall, [which ...,] and the dredging")."""
    tail = [_clean(word) for word in words[-10:]]
    return "between" in tail and "and" not in tail[tail.index("between"):]


def _inverted(rest: list[str]) -> bool:
    """Whether the words open a condition put first by inversion ("had they picked up the signs"): a clause of its own."""
    return len(rest) > 1 and rest[0].lower() in {"had", "were", "should"} and rest[1].lower() in {"they", "he", "she", "we",
                                                                                                   "it", "i", "you"}


def _inside(longer: list[str], after: list[str]) -> bool:
    """Whether the words taken so far stop where no phrase can: inside a name that goes on over "and" or "of" ("the
    National Oceanic" before "and Atmospheric Administration"), after a number before its noun ("the $2.5 trillion"
    before "health care system"), before a participle's agent, or inside a content clause that has no verb yet ("allegations that BP" before "had
    ignored")."""
    last, nxt = longer[-1], after[0] if after else ""
    if last[:1].isupper() and nxt.lower() in {"and", "of", "&"} and len(after) > 1 and after[1][:1].isupper():
        return True
    if any(ch.isdigit() for ch in last) and last[-1:].isalnum() and (_plain(nxt) or nxt[:1].isupper()):
        return True
    if _clean(last).endswith("ed") and nxt == "by":
        return True  # ("a concert organised" before "by the promoter": a participle after its noun waits for its agent)
    opener = next((i for i in range(len(longer) - 1, -1, -1) if _clean(longer[i]) in {"that", "whether"}), None)
    return opener is not None and opener < len(longer) - 1 and bool(after) \
        and not any(verbish(_clean(longer[i]), _clean(longer[i - 1])) for i in range(opener + 1, len(longer)))


def longer_whole(text: str, cut: str, ends_open: Callable[[list[str], list[str]], bool], verb_word: int = 0) -> str:
    """``cut`` (a prefix of ``text``) when it ends whole; else ``text`` taken on to the first word after which
    its phrase ends whole, when that is within :data:`.title_words.MAX_CHARS`; else ``cut``."""
    if not text.startswith(cut) or cut == text:
        return cut
    kept, rest = cut.split(), text[len(cut):].split()

    def still_open(words: list[str], after: list[str]) -> bool:
        return ends_open(words, after) or noun_cut(words, after) or verb_bare(words, after, verb_word) \
            or object_next(words, after)

    if not rest or text[len(cut):][:1] not in " " or _clean(rest[0]) in _CLAUSE_OPENERS or not still_open(kept, rest) \
            or (_clean(rest[0]) == "by" and len(rest) > 1 and rest[1].endswith("ing")):
        return cut  # (a cut before "and", "while" or "by doing" ends the clause: what follows is another or its manner)
    for taken in range(1, len(rest) + 1):
        longer, after = kept + rest[:taken], rest[taken:]
        if title_length(" ".join(longer).rstrip(",;:")) > MAX_CHARS:
            return cut
        if _inside(longer, after):
            continue
        if rest[taken - 1][-1:] in ",;:" or (after and (after[0].lower() in _CLAUSE_OPENERS or _inverted(after))):
            # (a second conjunct or a clause after the phrase goes, as a headline drops it)
            whole = " ".join(longer).rstrip(",;:").split()
            return " ".join(whole) if _clean(whole[-1]) not in WEAK_END and not noun_cut(whole, after) \
                and not verb_bare(whole, after, verb_word) and not _range_open(whole) else cut
        if not after:
            return " ".join(longer)
        if _ing_modifier(rest[taken - 1:]):
            continue  # ("deepwater fishing" before "ban": the -ing word modifies the noun that comes next)
        if not still_open(longer, after) and whole_phrase(longer, after[0], after[1:6]):
            return " ".join(longer)
    return cut


def longer_title(text: str, verb_at: int, cut: str) -> str:
    """The title ``cut`` from ``text`` (its main verb at ``verb_at``), taken on to where its phrase ends whole
    (:func:`longer_whole`)."""
    return longer_whole(text, cut, ends_open, len(text[:verb_at].split()))
