"""Complements without which a title says something else, and the speaker's appositive that gives way to them.

Some words cannot end a headline though the words before them make a phrase: their complement carries the meaning.
"The bank has kept the merger | from collapsing" says the opposite without its "from" phrase; "the minister reminded
the council | how little time was left", "the board informed its staff | that the plant would close" say only that
someone was told something; "it is too early | to call the race" says nothing of what it is too early for; "the
union accused the company | of breaking the agreement" loses the accusation. :func:`complement_needed` tells such an
end; :func:`.title_whole.whole_cut` then looks for a later cut that keeps the complement, or an earlier whole one.

A speaker named with a role between commas ("Jane Roe, the union's chief negotiator for the northern region,
acknowledged the talks had failed") leaves a reported clause no room; :func:`appositive_speakers` offers the title
with the name alone ("Jane Roe acknowledges the talks have failed"), as an editor writes it (:func:`lighter_subjects`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.title_complements import REPORTING_VERBS
from timeline.extract.title_words import DETERMINERS

__all__ = ["KEEPING_FROM", "complement_kept", "complement_needed", "degree_open", "lighter_subjects"]

#: Verbs that keep their object from doing something: "stopped the oil | from reaching the coast".
#: ("stopped the oil", "blocked the plan" stand alone; "prevented the spill" says the spill never came)
KEEPING_FROM = re.compile(r"(?:prevent|keep|kept|bar|ban|prohibit|deter|discourage|restrain|forbid|preclude)"
                           r"(?:s|ed|ing|red|ring|ned|ning)?")
#: Verbs that tell their object something: "reminded the council | how little time was left".
_TELLING = re.compile(r"(?:remind|inform|assur|reassur|convinc|persuad|notif|notify|warn|advis|tell|told)(?:s|es|ed|"
                      r"ied|ies|e|ing)?")
#: What a verb of telling tells: a clause ("that", a question word) or an "of" phrase.
_TOLD = {"that", "how", "what", "whether", "why", "of", "about"}
#: Verbs of accusing and judging whose charge follows in an "of" phrase: "accused the company | of breaking".
_ACCUSING = re.compile(r"(?:accus|suspect|convict|acquitt|absolv)(?:e|es|ed|ing)?")
#: Verbs that put money somewhere: what the money is for is the news ("pooled $1bn | to fund a response unit").
_FUNDING = re.compile(r"(?:pool|raise|set|put|allocate|earmark|spend|give|pay|donate|provide|lend|invest|commit|pledge|"
                      r"offer|budget|approve|seek|request|ask|borrow|contribute)(?:s|es|ed|d|ing|ting|ling|led)?|"
                      r"(?:raised|set|put|spent|gave|given|paid|lent|sought|asked|aside)")
#: An amount of money that a title may end on: "$1bn", "£40 million", "$2.5 billion".
_MONEY = re.compile(r"[$£€][\d.,]+(?:bn|m|k)?|(?:million|billion|trillion|bn|m)")
#: Degree words whose "to" infinitive says what the degree is measured against: "too early | to say".
_DEGREE = {"too", "enough"}
#: The most words an object may hold between a verb and the complement it needs.
_OBJECT_WORDS = 5
#: How far after the cut an accusation's "of" may come ("accused BP and other companies involved | in drilling the
#: well of sacrificing safety").
_CHARGE_REACH = 8


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def _verb_before(kept: list[str], pattern: re.Pattern[str]) -> int | None:
    """Index of the last word of ``kept`` that ``pattern`` names, with at most :data:`_OBJECT_WORDS` plain words after
    it (no punctuation, no clause word), or None."""
    for i in range(len(kept) - 2, max(-1, len(kept) - 2 - _OBJECT_WORDS), -1):
        if kept[i][-1:] in ",;:" or _clean(kept[i]) in {"that", "which", "who", "and", "but", "or"}:
            return None
        if pattern.fullmatch(_clean(kept[i])) and not any(w[-1:] in ",;:" for w in kept[i + 1:-1]):
            return i
    return None


#: Verbs of likening and of judging as, by stem, and the word their second complement opens with: "likened the cap |
#: to a cork", "described the leak | as the worst disaster", "compared the spill | with Katrina".
_LIKENED = {"liken": ("to",), "compar": ("to", "with"), "describ": ("as",), "portray": ("as",), "depict": ("as",),
            "characteriz": ("as",), "characteris": ("as",)}
_LIKENING = re.compile(r"(?:" + "|".join(_LIKENED) + r")(?:e|es|s|ed|d|ing)?")


def _verb_stem(kept: list[str]) -> str:
    """The stem of the verb of likening the kept words end after the object of (:data:`_LIKENED`), or ""."""
    at = _verb_before(kept, _LIKENING)
    word = _clean(kept[at]) if at is not None else ""
    return next((stem for stem in _LIKENED if word.startswith(stem)), "")


def complement_needed(kept: list[str], rest: list[str]) -> bool:
    """Whether a title of the words ``kept``, which its sentence goes on with ``rest``, ends after a verb's object
    before the complement that carries the verb's meaning: "from" and an "-ing" form after a verb of keeping, a clause
    or an "of" phrase after a verb of telling, an "of" phrase after a verb of accusing, a purpose after an amount of
    money put somewhere."""
    if not kept or not rest or not kept[-1][-1:].isalnum() or len(kept) < 3:
        return False
    nxt = _clean(rest[0])
    after = _clean(rest[1]) if len(rest) > 1 else ""
    if nxt == "from" and re.fullmatch(r"[a-z]{3,}ing", after) and _verb_before(kept, KEEPING_FROM) is not None:
        return True  # "has kept the merger" before "from collapsing"
    if nxt in _LIKENED.get(_verb_stem(kept), ()):
        return True  # "likens the top kill" before "to an arm-wrestling match", "describes the leak" before "as"
    if nxt in _TOLD and _verb_before(kept, _TELLING) is not None:
        return True  # "reminded the council" before "how little time was left"
    accusing = _verb_before(kept, _ACCUSING)
    if accusing is not None or any(_ACCUSING.fullmatch(_clean(w)) for w in kept[-_CHARGE_REACH:-1]):
        start = accusing if accusing is not None else max(
            i for i, w in enumerate(kept) if _ACCUSING.fullmatch(_clean(w)) and i >= len(kept) - _CHARGE_REACH)
        charged = next((j for j, w in enumerate(rest[:_CHARGE_REACH]) if _clean(w) == "of"), None)
        if "of" not in (_clean(w) for w in kept[start + 1:]) and charged is not None \
                and not any(w[-1:] in ",;:" for w in kept[start:] + rest[:charged]):
            return True  # "accused the company" before "of breaking the agreement"
    # "agreed to pool $1bn" before "to fund a response unit"
    return nxt == "to" and re.fullmatch(r"[a-z]{3,}", after) is not None and after not in DETERMINERS \
        and not after.endswith("s") and _MONEY.fullmatch(_clean(kept[-1]).strip(".")) is not None \
        and _verb_before(kept, _FUNDING) is not None


def degree_open(kept: list[str], rest: list[str]) -> bool:
    """Whether the title ``kept`` ends on "too" and an adjective, or on "enough", before the "to" infinitive that says
    what the degree is measured against ("it is too early" before "to say"): the words kept say nothing alone, and an
    earlier whole end says more."""
    if len(kept) < 3 or len(rest) < 2 or not kept[-1][-1:].isalpha():
        return False
    return _clean(rest[0]) == "to" and (_clean(kept[-2]) in _DEGREE or _clean(kept[-1]) == "enough") \
        and re.fullmatch(r"[a-z]+", _clean(rest[1])) is not None


#: The fewest words a cut keeps past the verb for the title to say what was done.
_PAST_VERB = 3


def complement_kept(text: str, verb_at: int, kept: list[str], rest: list[str], whole_cut: Callable[..., str],
                    into_content: Callable[..., str | None], ends_open: Callable[[list[str], list[str]], bool]) -> str | None:
    """A title of ``text`` that keeps the complement :func:`complement_needed` finds missing after the cut ``kept``:
    a longer cut past it that ends whole (``into_content``), or the cut of ``text`` with the speaker's name alone
    (:func:`lighter_subjects`) that reaches past it; None when neither fits, and then the cut stands: an earlier end
    would lose the verb's object as well ("will use his address to reassure the public" says more than "will use his
    address")."""
    longer = into_content(kept, rest, clause=False)
    if longer is not None:
        return longer
    for shorter, at in lighter_subjects(text, verb_at):
        again = whole_cut(shorter, at, heads=False)
        after = shorter[len(again):].split() if shorter.startswith(again) else None
        if after is not None and len(again[at:].split()) >= _PAST_VERB and not (after and (
                ends_open(again.split(), after) or complement_needed(again.split(), after))):
            return again
    return None


#: "Jane Roe, the union's chief negotiator, acknowledges": a name, its appositive between commas, the verb.
_NAMED_APPOSITIVE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+[^,“”\"]{3,90},\s+$")


def lighter_subjects(text: str, verb_at: int) -> list[tuple[str, int]]:
    """``text`` with its speaker's appositive gone ("Jane Roe, the union's chief negotiator, acknowledges" -> "Jane Roe
    acknowledges") and the verb's new place, when the verb reports and the subject is a name with one appositive;
    else nothing."""
    verb = text[verb_at:].split(" ", 1)[0] if verb_at > 0 else ""
    named = _NAMED_APPOSITIVE.fullmatch(text[:verb_at])
    if named is None or _clean(verb) not in REPORTING_VERBS or named.group(1).split()[0] in _NOT_NAMES:
        return []
    head = named.group(1)
    return [(f"{head} {text[verb_at:]}", len(head) + 1)]


#: Capitalised words that open a sentence, not a name: "In Boston, the mayor, ... said".
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "After", "Before", "When", "While", "As", "For", "From", "With"}
