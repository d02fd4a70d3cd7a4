"""Subjects that name a group only with their modifier: "Companies involved in the spill", "officials in Manila".

A plural noun for a kind of people or bodies (companies, officials, residents, experts) names nobody in
particular: which ones is what the modifier after it tells ("Companies involved in the Gulf oil spill are
hiring lobbyists", "Health officials in the Philippines asked ..."). Shortened to its head alone ("Companies
are hiring lobbyists") such a subject cannot stand in a timeline, so when a title is too long the modifier
stays as long as the verb and a few of its words still fit, and the predicate's tail goes instead. A name
before the head ("BP officials", "U.S. scientists") already says which ones: the modifier may go.
"""

from __future__ import annotations

import re

from timeline.extract.count_words import COUNT_WORDS
from timeline.extract.title_words import BREAK_WORDS

__all__ = ["GROUP_HEADS", "SAYS_WHICH", "kept_whole", "named_group"]

#: Words that name nobody until their relative clause says who: "people | who had been in contact with them".
SAYS_WHICH = frozenset({"people", "those", "anyone", "anybody", "others", "one", "some", "all", "many", "everyone",
                        "everybody", "someone", "somebody", "men", "women", "children", "few", "most", "any",
                        "something", "anything", "everything"})

#: Plural nouns for a kind of people or bodies, of which a story's subject is some: which ones is told after them.
GROUP_HEADS = frozenset({"companies", "firms", "businesses", "officials", "people", "residents", "workers",
                         "employees", "experts", "authorities", "scientists", "researchers", "investors", "lawmakers",
                         "legislators", "doctors", "families", "groups", "agencies", "regulators", "fishermen",
                         "homeowners", "landowners", "owners", "operators", "producers", "students", "parents",
                         "patients", "victims", "volunteers", "activists", "campaigners", "leaders", "governments",
                         "countries", "nations", "communities", "men", "women", "children"})

#: Words from the verb on that a title must still hold once the modifier stays: the verb and two after it.
_VERB_WORDS = 3


def named_group(subject: list[str], rest: str, frame: str = "") -> bool:
    """Whether ``subject`` is a group named by its kind and then told by its modifier ("Companies | involved in the
    spill", "Health officials | in the Philippines"), and the title still holds the whole subject with its verb
    (``rest`` is the text from the verb on; ``frame``, the title's words before the subject, "Officials warn that "):
    the cut of the whole title keeps the verb and two more words and ends on a whole phrase. Then no word of the modifier goes; a cut that leaves the verb without what it says ("Companies
    involved in the spill are hiring") is worse than the vaguer subject, and the modifier may go."""
    head = next((i for i, word in enumerate(subject[:3]) if word.lower().strip(",") in GROUP_HEADS), None)
    if head is None or head + 1 >= len(subject) or not rest.strip() or (
            subject[head + 1].lower() not in _MODIFIER_OPENERS and not re.fullmatch(r"[a-z]{3,}(?:ing|ed)", subject[head + 1])):
        return False
    if any(_named(word, at) or _counted(word) for at, word in enumerate(subject[:head])):
        return False  # "BP officials", "Louisiana's residents": a name says which ones; "4,379 people": the count is news
    return kept_whole(subject, rest, frame)


def kept_whole(subject: list[str], rest: str, frame: str = "", verb_words: int = 3) -> bool:
    """Whether the title's cut still holds the whole ``subject`` with its verb and more words (``verb_words`` from the
    verb on; ``rest`` is the text from the verb on; ``frame``, the title's words before the subject) and ends on a
    whole phrase: then a modifier that says which one the subject is may stay, and the predicate's tail goes
    instead."""
    # (imported here: the whole title's cut builds on the shortening that asks this)
    from timeline.extract.title_whole import ends_open, whole_cut

    text = frame + " ".join(subject) + " " + rest.strip()
    verb_at = len(frame + " ".join(subject)) + 1
    cut = whole_cut(text, verb_at)
    if not text.startswith(cut) or len(cut) < verb_at:
        return False
    kept, after = cut.split(), text[len(cut):].split()
    # (the cut falls between phrases: at the end, after a comma, or before a preposition or conjunction; "have measured
    # record water | temperatures" cuts a noun from its modifier, which no test of an open end sees)
    boundary = not after or kept[-1][-1:] in ",;:" or after[0][:1] in ",;:.)" \
        or (after[0].lower().strip("“”\"‘’,;:()") in BREAK_WORDS
            and not (after[0].lower() == "in" and kept[-1].lower() in _CHANGE_NOUNS))
    return len(kept) - len(frame.split()) - len(subject) >= verb_words and boundary and not ends_open(kept, after)


#: Nouns of change whose "in" phrase says what changed: "could see a leap | in cases" stops before what leapt.
_CHANGE_NOUNS = {"rise", "rises", "increase", "increases", "jump", "leap", "surge", "spike", "fall", "drop", "decline",
                 "decrease", "cut", "cuts", "reduction", "growth", "slump", "dip", "change", "changes", "rebound"}
#: Words that open a modifier saying which members of a group: "in", "at", "from", "who", "involved in" (a participle).
_MODIFIER_OPENERS = {"of", "in", "at", "on", "from", "for", "with", "near", "along", "across", "around", "aboard",
                     "inside", "outside", "throughout", "who", "whose", "that", "which", "behind", "under"}


def _named(word: str, at: int) -> bool:
    """Whether ``word``, the ``at``-th of a subject, is a name: capitalised past the first word, or an initialism or an
    owner's name anywhere ("BP", "U.S.", "Shell's"); a first word is capitalised for the sentence ("Health officials")."""
    word = word.strip(",“”\"‘’")
    return bool(re.fullmatch(r"[A-Z][\w.&-]*['’]s|(?:[A-Z]\.)+[A-Z]?\.?|[A-Z][A-Z&]+s?", word)) \
        or (at > 0 and word[:1].isupper())


def _counted(word: str) -> bool:
    """Whether ``word`` counts the group ("4,379", "Seven", "dozens"): a number of people is news of its own, told
    without where they are."""
    low = word.lower().strip(",")
    return bool(re.fullmatch(r"[\d,.]+", low)) or low in COUNT_WORDS or low in {"dozens", "hundreds", "thousands", "millions"}
