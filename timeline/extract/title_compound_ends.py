"""A length cut never ends between two words of one noun phrase.

:func:`.title_cuts._limit` cuts at the last word that fits when it finds no phrase boundary it trusts; that word may
be the modifier of a noun the limit leaves out ("tested for suspected swine" before "flu", "renewed reports of tar"
before "balls", "Michael Jackson's" before "doctor"). Such a title names a thing the story never mentions. The cut
then keeps the whole noun phrase without its first modifiers when that fits, else steps back to the last phrase
boundary that leaves a whole clause, and stays where it is when there is none.
"""

from __future__ import annotations

from timeline.extract.count_words import COUNT_WORDS
from timeline.extract.title_complements import verb_between
from timeline.extract.title_phrases import head_noun
from timeline.extract.title_premodifiers import lighter_noun_phrases
from timeline.extract.title_words import AUX, BREAK_WORDS, DETERMINERS, MAX_CHARS, WEAK_END, verbish

#: Words after which a lowercase word starts an adverbial, not the rest of a noun ("the virus now | so ...").
_NOT_MODIFIERS = {"now", "then", "today", "tonight", "yesterday", "tomorrow", "here", "there", "again", "too",
                  "also", "still", "well", "so", "up", "down", "out", "off", "away", "back", "ago", "said", "says"}
#: Lowercase words that follow a noun without continuing it: time words, adverbs, verbs of saying.
_NOT_HEADS = {"today", "tonight", "yesterday", "tomorrow", "now", "later", "earlier", "last", "next", "this", "ago",
              "said", "says", "told", "along", "so", "too", "also", "again", "soon", "here", "there", "ahead",
              "alone", "instead", "already", "still", "each", "apiece", "overall", "more", "most", "less", "worth",
              # prepositions that are no break words: "a lot of travel | between the towns", "barrels of oil | per day"
              "between", "among", "amongst", "per", "via", "plus", "below", "above", "beneath", "beyond", "behind",
              "around", "near", "off", "out", "inside", "outside", "within", "upon", "onto", "like", "toward"}
#: Words that open the phrase a cut noun phrase sits in: the title ends before them.
_PHRASE_OPENERS = {"of", "in", "on", "at", "for", "to", "from", "with", "into", "by", "about", "over", "under", "near",
                   "across", "against", "after", "before", "during", "that", "which", "who", "including"}
#: Words that open the noun phrase after "to" as a preposition ("to the", "to its"), not an infinitive.
_NOUN_OPENERS = {"his", "her", "its", "their", "our", "your", "my", "this", "that", "these", "those", "some", "all"}
#: A cut moved back loses at most this many words: more, and the title no longer says what the sentence does.
_MOST_DROPPED = 9


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def modifier_left_open(kept: list[str], nxt: str) -> bool:
    """Whether the last kept word modifies the lowercase noun after it: two content words with nothing between
    ("suspected | swine", "the space | shuttle", "Jackson's | doctor")."""
    if not kept or kept[-1][-1:] in ",;:.!?”\"" or not nxt.isalpha() or not nxt.islower():
        return False
    last = _clean(kept[-1])
    before = _clean(kept[-2]) if len(kept) > 1 else ""
    possessive = last.endswith(("'s", "’s")) and len(last) > 3
    if not possessive and (not last.isalpha() or not kept[-1].islower()):
        return False  # a name ("BP | set") ends a noun phrase; what follows it is its verb
    if last in WEAK_END or last in AUX or last in DETERMINERS or last in _NOT_MODIFIERS or last.endswith("ly"):
        return False
    if (last in COUNT_WORDS or last == "one") and before.isalpha() and before not in DETERMINERS | BREAK_WORDS \
            and before not in WEAK_END:
        return False  # ("a chemical residue one | kilometre below": a measure after its noun opens a phrase)
    if nxt in COUNT_WORDS or nxt == "one":
        return False  # ("gave the oil giant | three days": a count opens a phrase of its own)
    if nxt in _NOT_HEADS or nxt in BREAK_WORDS or nxt.endswith(("ly", "able", "ible")) or not head_noun(nxt):
        return False  # ("a strain of virus | suitable for ...": an adjective after its noun)
    if not possessive and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return False  # ("treated with the antivirals | oseltamivir": a plural is the head; what follows names it)
    if not possessive and (verbish(last, before) or (last.endswith(("ed", "ing")) and before not in DETERMINERS)):
        return False  # "is pledging | more", "has spewed | more": a verb before its object
    return not verbish(nxt, last)


def _noun_end(kept: list[str]) -> bool:
    """Whether the kept words end on a lowercase noun a phrase may follow ("the explosion" before "of ...")."""
    last = _clean(kept[-1])
    before = _clean(kept[-2]) if len(kept) > 1 else ""
    return kept[-1][-1:].isalpha() and kept[-1].islower() and last not in WEAK_END and last not in AUX \
        and last not in _NOT_MODIFIERS and not last.endswith("ly") and (not verbish(last, before) or _modifies(before))


def _modifies(word: str) -> bool:
    """ "sensitive plans", "the cuts": after an article or an adjective a word that could be a verb is a noun."""
    return word in DETERMINERS or word.endswith(("al", "ive", "ous", "ic", "ent", "ant", "ful", "ble", "ary", "ern"))


def _lighter_whole(words: list[str], rest: list[str]) -> str | None:
    """The whole noun phrase without its first modifiers ("the current | swine flu outbreak" -> "the swine flu
    outbreak"), when that fits: an editor keeps the noun and drops the describing words."""
    head = 0
    while head + 1 < len(rest) and rest[head][-1:].isalpha() and modifier_left_open(words + rest[:head + 1],
                                                                                     rest[head + 1].rstrip(",;:.")):
        head += 1
    whole = words + rest[:head] + [rest[head].rstrip(",;:.")]
    return next((t for t in lighter_noun_phrases(whole, len(whole) - 1, 0)
                 if len(t) <= MAX_CHARS and _plain_drop(whole, t.split(" "))), None)


def _plain_drop(whole: list[str], lighter: list[str]) -> bool:
    """Whether the words ``lighter`` left out of ``whole`` only describe: no superlative ("what she called the
    largest | effort ever" is no "effort ever"), no verb and no plural noun, which heads a phrase of its own ("let BP
    and its contractors use vast | quantities")."""
    start = next((i for i, (a, b) in enumerate(zip(whole, lighter, strict=False)) if a != b), len(lighter))
    modifiers = [_clean(w) for w in whole[start:-1]]
    dropped = modifiers[:len(whole) - len(lighter)]
    return not any(w.endswith("est") or w in {"most", "least"} for w in dropped) and not any(
        verbish(w, _clean(whole[start + i - 1])) or (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")))
        for i, w in enumerate(modifiers))


def end_outside_noun_phrase(text: str, full: str, lowest: int = 5) -> str:
    """The cut ``text`` of ``full``, moved back before the phrase that holds the noun phrase it ends inside
    ("looked into the explosion" before "of the space", "plans" before "to expand offshore"), when a noun ends
    the words before it and a verb stays; else the cut as it was."""
    if text == full or not full.startswith(text):
        return text
    rest = full[len(text):].split()
    if not rest:
        return text
    words = text.split(" ")
    if not modifier_left_open(words, rest[0].rstrip(",;:.")) or (len(rest) > 1 and _clean(rest[1]) in AUX):
        return text  # ("the release form | people must sign": a clause of its own, no noun of the phrase)
    lighter = _lighter_whole(words, rest)
    if lighter is not None:
        return lighter
    for k in range(len(words) - 2, max(lowest, len(words) - _MOST_DROPPED) - 1, -1):
        if _clean(words[k]) not in _PHRASE_OPENERS or words[k] != words[k].lower():
            continue
        if _clean(words[k]) == "to" and _clean(words[k + 1]) not in DETERMINERS | _NOUN_OPENERS:
            continue  # "require oil companies | to plug ...": an infinitive after its object is what was required
        kept = words[:k]
        if _noun_end(kept) and verb_between(kept):
            return " ".join(kept)
    return text
