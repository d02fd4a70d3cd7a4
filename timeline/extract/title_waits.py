"""Words a title cut must not leave behind: what the last words of a cut still wait for.

"Officials pushed the company" waits for "to speed up repairs" (what the verb wants of its object);
"after the January 1969" for "spill"; "at higher" for "velocity"; "is equivalent" for "to half the tax";
"reminded readers" for "that ..."; "to plug 3,500" for "non-producing wells". :mod:`.title_cuts` asks
:func:`waits_past_phrase` before it ends a title.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import (
    AUX,
    BREAK_WORDS,
    DETERMINERS,
    NEGATIONS,
    PRESENT_FORMS,
    WEAK_END,
    verbish,
)

__all__ = ["comparative_before_noun", "dated_modifier", "modifier_waits", "waits_past_phrase"]


def waits_past_phrase(words: list[str], nxt: str) -> bool:
    """ "officials pushed the company" before "to speed up repairs" (the aim is the news), "after the January
    1969" before "spill", "at higher" before "velocity", "is equivalent" before "to half the tax": the words
    wait for what comes next."""
    last = words[-1].lower().strip("“”\"‘’()") if words else ""
    if nxt == "that" and len(words) > 1 and words[-1][-1:] not in ",;:" and any(
            w.lower() in _TELLS_THAT for w in words[-3:-1]):
        return True  # "reminded readers" before "that the Earth was alive": what they were told is the news
    if re.fullmatch(r"[$£€]?\d[\d.,]*", last) and words[-1][-1:] not in ",;:" and re.fullmatch(r"[a-z]+-[a-z-]+", nxt):
        return True  # "to plug 3,500" before "non-producing wells": the count's noun phrase goes on
    return (nxt == "to" and _object_control(words)) or dated_modifier(words, nxt) \
        or comparative_before_noun(words, nxt) or (nxt in _ADJECTIVE_COMPLEMENT.get(last, ()) and words[-1][-1:] not in ",;:") \
        or modifier_waits(words, nxt)


def modifier_waits(words: list[str], nxt: str) -> bool:
    """A modifier whose head comes after the cut: inside an open bracket ("collected 6,077 barrels (255,000" before
    "gallons)"), a manner or degree adverb before the word it modifies ("a ruling legally" before "binding", "had
    been unanimously" before "approved"), an adjective or noun between an article and the noun it modifies ("a
    smooth" before "transition", "the oil" before "industry"). English puts a modifier before its head, so the head
    is what a cut there would lose."""
    if not words or not nxt:
        return False
    text = " ".join(words)
    if text.count("(") > text.count(")"):
        return True
    word = words[-1]
    nxt = re.sub(r"['’]s$", "", nxt)  # "the federal" before "government's effort": a possessive is a noun too
    if word[-1:] in ",;:.)”\"’" or not nxt.isalpha() or nxt in BREAK_WORDS or nxt in WEAK_END or nxt in NEGATIONS:
        return False
    last = word.lower().strip("“‘\"(")
    before = words[-2].lower().strip("“”\"‘’(),;:") if len(words) > 1 else ""
    if _adverb(last) and nxt not in DETERMINERS and nxt not in AUX:
        return True
    if len(words) > 2 and words[-3].lower().strip("“‘\"(") in _ARTICLES and re.fullmatch(r"[a-z][a-z-]*", last) \
            and re.fullmatch(r"[a-z]+-[a-z-]+", before) and nxt.islower() and not nxt.endswith(("s", "ly")) \
            and nxt not in AUX and nxt not in PRESENT_FORMS and nxt not in _NOT_HEADS and not verbish(nxt, last):
        return True  # "a semi-submersible drilling | rig": after an article and a compound modifier, a noun follows
    if not (re.fullmatch(r"[a-z][a-z-]*", last) and last not in WEAK_END and nxt.islower() and nxt not in AUX
            and nxt not in PRESENT_FORMS and nxt not in _NOT_HEADS and not nxt.endswith("ly")
            and not verbish(nxt, last) and not verbish(last, before)):
        return False  # ("the company | said", "the strikes | continue": a verb is no head; "| today" is no noun)
    if before in _ARTICLES and not nxt.endswith("s"):
        return True
    # "blocking independent | efforts": an adjective before the noun it modifies (after a copula an adjective is the
    # complement: "is independent" ends).
    return before not in _LINKING_WORDS and last.endswith(_ADJECTIVE_ENDS) and len(last) > 4 \
        and last not in _NOUN_ENDINGS_NOT_MODIFIERS and nxt.isalpha()


_ARTICLES = {"a", "an", "the"}
#: Words after a noun phrase that are no noun it could modify: adverbs of time and place, reflexives, quantifiers.
_NOT_HEADS = {"now", "then", "again", "still", "yet", "too", "also", "here", "there", "today", "yesterday", "tonight",
              "tomorrow", "ago", "instead", "anyway", "together", "abroad", "overseas", "home", "away", "back", "ahead",
              "alone", "later", "earlier", "soon", "first", "last", "next", "so", "even", "just", "only", "already",
              "ever", "never", "once", "twice", "itself", "himself", "herself", "themselves", "ourselves", "each",
              "both", "all", "anymore", "overnight", "aside", "apart", "afterwards", "meanwhile", "either", "else",
              "enough", "per", "apiece", "altogether", "nonetheless", "though", "indeed",
              # prepositions that open a phrase of their own
              "between", "beyond", "except", "besides", "plus", "versus", "unlike", "off", "out", "up", "down", "via",
              "like", "past", "regarding", "throughout", "alongside", "underneath", "atop", "aboard", "amongst"}
_LINKING_WORDS = {"is", "are", "was", "were", "be", "been", "being", "remains", "remained", "remain", "seems", "seemed",
                  "seem", "become", "becomes", "became", "looks", "looked", "feel", "feels", "felt", "stay", "stays",
                  "stayed", "appear", "appears", "appeared", "get", "gets", "got", "grew", "grow", "grows", "turned",
                  "proved", "proves", "sounds", "sounded", "very", "so", "too", "more", "most", "less", "quite"}
_ADJECTIVE_ENDS = ("ent", "ant", "less", "ful", "ive", "al", "ous", "ic", "ary", "ible", "able", "ian", "ern", "ese",
                   "ish")
#: Nouns with an adjective's ending that end a noun phrase before a plural verb-like word ("the president | says").
_NOUN_ENDINGS_NOT_MODIFIERS = {"president", "agent", "student", "percent", "cent", "event", "official", "officials",
                               "executive", "representative", "relative", "detective", "spokesman", "giant"}
#: Words ending in "-ly" that are no adverbs: nouns, verbs and adjectives ("supply", "rely", "only").
_LY_NOT_ADVERBS = {"only", "early", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "quarterly",
                   "friendly", "family", "supply", "reply", "apply", "rely", "comply", "imply", "multiply", "ally",
                   "rally", "tally", "italy", "july", "assembly", "anomaly", "monopoly", "belly", "jelly", "bully",
                   "holly", "lily", "fly", "butterfly", "likely", "unlikely", "elderly", "lonely", "lovely",
                   "costly", "deadly", "orderly", "timely", "ugly", "silly", "holy", "jolly", "oily", "curly",
                   "burly", "surly", "sly", "wily", "hilly", "chilly", "lowly", "kindly", "manly", "worldly"}


def _adverb(word: str) -> bool:
    """A manner or degree adverb: "legally", "unanimously", "sharply" (not "only", "supply", "likely")."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in _LY_NOT_ADVERBS


#: Verbs that take a listener and then what was told: "reminded readers that", "warned residents that".
_TELLS_THAT = frozenset(f"{v}{e}" for v in ("remind", "warn", "assure", "inform", "convince", "persuade", "notify",
                                            "reassure", "advise", "caution") for e in ("", "s", "ed", "d"))


#: Adjectives that mean nothing without their preposition's phrase: "equivalent to", "prone to", "akin to".
_ADJECTIVE_COMPLEMENT = {a: ("to",) for a in ("equivalent", "equal", "similar", "comparable", "akin", "tantamount",
                                               "prone", "subject", "close", "identical", "proportional", "linked",
                                               "tied", "attributable", "contrary", "opposed", "vulnerable", "susceptible",
                                               "immune", "central", "crucial", "key", "essential")} | {
    a: ("of",) for a in ("capable", "aware", "short", "full", "indicative", "representative", "typical", "worthy",
                         "wary", "critical", "supportive", "ahead", "independent", "free")} | {
    a: ("for",) for a in ("responsible", "liable", "eligible", "accountable", "grounds", "reason")} | {
    # ("largely in line" before "with the sector": what it is in line with is the comparison)
    a: ("with",) for a in ("consistent", "compatible", "familiar", "associated", "faced", "charged", "credited", "line",
                           "par")} | {
    # "a payment due" before "in August", "up 68% compared" before "with last year", "exploration rather" before
    # "than ...": words that say nothing without the phrase they open.
    "due": ("in", "on", "at", "by", "to", "for", "from", "within", "before", "after", "next"),
    "compared": ("with", "to"), "according": ("to",), "prior": ("to",), "owing": ("to",), "thanks": ("to",),
    "rather": ("than",), "instead": ("of",), "regardless": ("of",), "irrespective": ("of",),
    "different": ("from", "than", "to")}


#: Verbs whose object is followed by what they want of it: "urged the council to act", "pushed BP to cap the well".
CONTROL_VERBS = frozenset(f"{stem}{end}" for stem, ends in (
    ("push", ("", "es", "ed", "ing")), ("urge", ("", "s", "d")), ("urging", ("",)), ("force", ("", "s", "d")),
    ("forcing", ("",)), ("ask", ("", "s", "ed", "ing")), ("order", ("", "s", "ed", "ing")),
    ("press", ("", "es", "ed", "ing")), ("pressure", ("", "s", "d")), ("pressuring", ("",)),
    ("persuade", ("", "s", "d")), ("encourage", ("", "s", "d")), ("allow", ("", "s", "ed", "ing")),
    ("require", ("", "s", "d")), ("invite", ("", "s", "d")), ("tell", ("", "s")), ("told", ("",)),
    ("convince", ("", "s", "d")), ("prompt", ("", "s", "ed")), ("enable", ("", "s", "d")),
    ("authori", ("ze", "zes", "zed", "se", "ses", "sed")), ("compel", ("", "s", "led")), ("lead", ("", "s")),
    ("led", ("",)), ("call on", ("",)), ("calls on", ("",)), ("called on", ("",)), ("want", ("", "s", "ed")),
    ("expect", ("", "s", "ed")), ("challenge", ("", "s", "d")), ("instruct", ("", "s", "ed")),
    ("direct", ("s", "ed")), ("advise", ("", "s", "d")), ("help", ("", "s", "ed"))) for end in ends)


def _object_control(words: list[str]) -> bool:
    """Whether a verb of the last six words and its object after it (no comma, auxiliary or phrase between)
    wait for "to" and the infinitive that says what the verb wants of the object."""
    tail = words[-6:]
    clean = [w.lower().strip("“”\"‘’()") for w in tail]
    for i in range(len(clean) - 1):
        two = i + 2 if " ".join(clean[i:i + 2]) in CONTROL_VERBS else None
        verb_end = two or (i + 1 if clean[i] in CONTROL_VERBS else None)
        if verb_end is None or verb_end >= len(clean):
            continue
        if not any(w[-1:] in ",;:" for w in tail[i:]) and not any(
                c in AUX or c in BREAK_WORDS for c in clean[verb_end:]):
            return True
    return False


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def dated_modifier(words: list[str], nxt: str) -> bool:
    """ "the January 1969" before "spill", "the 2004" before "tsunami": a date between a determiner and the
    noun it modifies."""
    clean = [w.lower().strip("“”\"‘’()") for w in words[-4:]]
    if not clean or words[-1][-1:] in ",;:" or nxt in BREAK_WORDS or nxt in WEAK_END:
        return False
    last = clean[-1]
    if not nxt.isalpha() and not (last in _MONTHS and re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", nxt)):
        return False  # ("the January" before "1969 spill": the date is not whole yet)
    if not (re.fullmatch(r"\d{4}|\d{1,2}(?:st|nd|rd|th)?", last) or last in _MONTHS):
        return False
    head = [c for c in clean[:-1] if c not in _MONTHS and not re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", c)]
    return bool(head) and (head[-1] in DETERMINERS or head[-1].endswith(("'s", "’s")))


def comparative_before_noun(words: list[str], nxt: str) -> bool:
    """ "at higher" before "velocity", "a lower" before "price": a comparative after a preposition or article
    waits for its noun."""
    if len(words) < 2 or words[-1][-1:] in ",;:":
        return False
    last, before = words[-1].lower(), words[-2].lower()
    return re.fullmatch(r"[a-z]{2,}er", last) is not None and last not in {"never", "over", "under", "after",
                                                                          "other", "either", "whether", "rather"} \
        and (before in DETERMINERS or before in {"at", "in", "to", "for", "with", "by", "of", "on"}) \
        and nxt.isalpha() and nxt not in BREAK_WORDS and nxt not in WEAK_END and nxt not in {"than"}
