"""The last check on a cut title: it ends on a whole constituent, or another title takes its place.

:func:`.title_cuts._limit` cuts at the last phrase boundary it trusts, but when no boundary fits it may still end
inside a phrase: after a verb whose object follows ("the spill has linked | the fortunes"), inside a clause a frame
opened ("says the defence's position was that Jackson | was addicted"), on a possessive or an adverb that waits
for its word ("during Thursday's | congressional testimony", "is a potentially | unprecedented"). A reader judges
such a title unpublishable. An editor would first drop the attribution when what was said has its own subject
("X says | the spill has linked the fortunes of the government and BP"), and otherwise end at an earlier phrase
boundary after a complete predicate; only when neither exists does the cut stand.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import DO_FORMS, HAVE_FORMS
from timeline.english_particles import ADVERB_PARTICLES
from timeline.extract.awaited_tails import measure_dropped, tail_awaited
from timeline.extract.coordinated_modifiers import modifier_pair_cut, modifiers_dropped
from timeline.extract.quoted_complements import quote_awaited
from timeline.extract.title_clause_nouns import content_verb_before, noun_before_content, part_before_whole
from timeline.extract.title_complements import (
    BE,
    INTRANSITIVE_PARTICIPLES,
    complement_missing,
    verb_between,
)
from timeline.extract.title_cuts import _limit, title_length
from timeline.extract.title_drops import cut_open, dropped_whole, earlier_whole
from timeline.extract.title_ends import whole_phrase
from timeline.extract.title_frames import NEUTRAL_FRAMES
from timeline.extract.title_gate import title_defect
from timeline.extract.title_grammar import KEEPS_ITS_ARTICLE, MEASURE_AFTER_A, open_question
from timeline.extract.title_name_articles import fuller_without_article
from timeline.extract.title_name_lists import before_name_list, name_list_cut
from timeline.extract.title_needed_complements import (
    complement_kept,
    complement_needed,
    degree_open,
    lighter_subjects,
)
from timeline.extract.title_open import (
    FRAME_VERBS,
    STRICT_FINITE,
    SUBORDINATORS,
    finite_at,
    open_clause,
    verb_ahead,
)
from timeline.extract.title_phrases import object_missing
from timeline.extract.title_premodifiers import lighter_noun_phrases
from timeline.extract.title_rephrase import (
    POINTING as _POINTING,
)
from timeline.extract.title_rephrase import (
    lighter_before_head,
    object_reached,
    sure_end,
    verb_left_bare,
    without_manner_adverbs,
    without_plain_frame,
)
from timeline.extract.title_speaker_heads import PAST_FRAME, speaker_heads
from timeline.extract.title_tense import headline_verb
from timeline.extract.title_words import (
    BREAK_WORDS,
    DETERMINERS,
    MAX_CHARS,
    MODALS,
    WEAK_END,
    WH,
    main_verb_start,
    verbish,
)
from timeline.extract.torn_phrases import phrase_torn

__all__ = ["ends_open", "whole_cut"]

#: Particles that finish a phrasal verb before its object ("is handing | over the operations", "was holding | back the
#: flow"): those never a preposition of time, and "over", the one of the others news writes before a verb's object
#: ("took over the company"); "in", "on", "by", "through" before a determiner mostly open their own phrase ("was
#: living in the city").
PARTICLES = ADVERB_PARTICLES | {"over"}
#: Adverbs in "-ly" that are no manner adverb waiting for a word.
_NOT_MANNER = {"only", "early", "family", "daily", "weekly", "monthly", "yearly", "likely", "rally", "italy", "july",
               "ally", "reply", "supply", "apply", "fly", "holy", "ugly", "elderly", "friendly", "assembly", "jolly"}
#: Words that open an amount, the object of a verb that counts ("has allocated | less than a billion dollars").
_AMOUNT_OPENERS = {"less", "more", "nearly", "almost", "about", "around", "roughly", "some", "over", "up", "just",
                   "only", "at", "half", "most", "much", "all"}
#: Verbs of change whose adjective says what became of their subject: "went wrong", "fell ill", "ran dry".
_CHANGE_VERBS = {"go", "goes", "went", "gone", "going", "turn", "turns", "turned", "fall", "falls", "fell", "fallen",
                 "run", "runs", "ran", "come", "comes", "came", "grow", "grows", "grew", "grown"}
_CHANGED_STATES = {"wrong", "awry", "bad", "sour", "ill", "sick", "dry", "missing", "bust", "bankrupt", "silent", "quiet",
                   "cold", "true", "unnoticed", "unpunished", "unanswered", "dark", "violent", "deadly", "short", "low",
                   "weak", "worse", "better", "stronger", "weaker"}
#: Dashes that open an aside (a single hyphen between spaces is as often a compound's, "oil - siphoning cap").
_DASHES = {"--", "—", "–"}
#: Relative pronouns: the clause they open after a noun is optional ("the show | which will take place").
_RELATIVES = {"which", "who", "whom"}
#: Verbs that report without judging, in every person: "figures | show that", "the office | says".
_FRAMES = NEUTRAL_FRAMES | {frame[:-1] for frame in NEUTRAL_FRAMES if frame.endswith("s")}
#: The fewest words a title keeps before a dash when its verb was read past the cut.
_MISREAD_HEAD = 6
#: The fewest words a title keeps past its main verb when it ends earlier than the cut.
_PAST_VERB = 2


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def ends_open(kept: list[str], rest: list[str]) -> bool:
    """Whether a title of the words ``kept``, which the sentence goes on with ``rest``, ends inside a phrase: what
    :func:`.title_ends.whole_phrase` and :func:`.title_open.open_clause` judge, and beside them a verb without its
    object or particle, a possessive or a degree adverb without the words it qualifies, and a content clause after a
    copula without its verb."""
    if not rest or not kept:
        return False
    nxt, last = rest[0], kept[-1]
    low, clean_last = _clean(nxt), _clean(last)
    before = _clean(kept[-2]) if len(kept) > 1 else ""
    if quote_awaited(kept, rest) or tail_awaited(kept, rest):
        # ("calling the oil giant" before “an important company”, "a residue one" before "kilometre":
        # :mod:`.quoted_complements`, :mod:`.awaited_tails`)
        return True
    if name_list_cut(kept, rest) or modifier_pair_cut(kept, rest):
        return True  # ("from Exxon Mobil" before ", Chevron and BP", "closing commercial" before "and recreational
        # fishing": :mod:`.title_name_lists`, :mod:`.coordinated_modifiers`)
    if last[-1:] in ",;:.!?" or (last[-1:] in "”\"" and not nxt[:1].isalpha()):
        return not whole_phrase(kept, nxt, rest[1:6])
    if low in {"and", "but"} and len(rest) > 1 and _clean(rest[1]) in STRICT_FINITE and last[-1:].isalpha() \
            and any(finite_at(kept, j) for j in range(1, len(kept))):
        return False  # "Jackson was addicted to demerol" before "and was withdrawing": a second predicate follows
    if low == "and" and len(rest) > 2 and rest[1].isalpha() and rest[1].islower() and verbish(rest[1], "to") \
            and _clean(rest[2]) in DETERMINERS and "to" in (_clean(w) for w in kept[-5:-1]) and last[-1:].isalpha():
        return False  # "to pump in cement" before "and seal the reservoir": a second infinitive follows
    if not whole_phrase(kept, nxt, rest[1:6]) or complement_missing(kept, nxt, rest[1:6]) or _last_noun_cut(kept, rest) \
            or noun_before_content(kept, rest) or part_before_whole(kept, rest) or verb_left_bare(kept, rest) \
            or degree_open(kept, rest) or phrase_torn(kept, rest):
        return True
    opener = open_clause(kept, rest)
    if opener is not None and not (opener > 0 and _clean(kept[opener - 1]) in DETERMINERS) \
            and not _clause_has_verb(kept[opener + 1:]):
        return True  # ("out of an estimated $600 million": after an article the form is an adjective, no frame)
    if before in HAVE_FORMS and clean_last.endswith(("ed", "en", "id", "ght")) \
            and clean_last not in INTRANSITIVE_PARTICIPLES and (re.fullmatch(r"[$£€]?\d[\d.,]*%?", low)
                                                                 or low in _AMOUNT_OPENERS):
        return True  # "BP has paid" before "$71 million", "has allocated" before "less than": a perfect without its object
    if clean_last in DO_FORMS and before in {"not", "to", "never"} | MODALS \
            and (low in DETERMINERS or low in _AMOUNT_OPENERS):
        return True  # "the administration did not do" before "an economic analysis": "do" is the verb here
    if sum(w in _DASHES for w in kept) % 2 and any(w in _DASHES for w in kept[2:]):
        return True  # "held for a second day -- underwater images showed" before "only water": a dashed aside cut short
    if low in WH - _RELATIVES and nxt[:1].islower() and last[-1:].isalpha() and before not in DETERMINERS \
            and (clean_last in FRAME_VERBS or verbish(clean_last, before)):
        return True  # "until it's known" before "whether the drilling can be done safely": what is known is the news
    if object_missing(clean_last, before, low) and before not in DETERMINERS:
        return True  # "the spill has linked" before "the fortunes", "the Administration did not do" before "an"
    if low in PARTICLES and clean_last.isalpha() and (clean_last.endswith(("ing", "ed")) or verbish(clean_last, before)) \
            and before not in DETERMINERS and len(rest) > 1 and _clean(rest[1]) in DETERMINERS:
        return True  # "Hayward is now handing" before "over the operations"
    if low in {"to", "through", "until"} and len(rest) > 1 and _range_from(kept, rest[1], _clean(rest[2]) if len(rest) > 2 else ""):
        return True  # "lowers its alert level from yellow" before "to green": a range is one phrase with both ends
    if clean_last in _CHANGE_VERBS and low in _CHANGED_STATES:
        return True  # "a range of things went" before "wrong", "the reservoir ran" before "dry": the state is the news
    if _made_so(kept, rest):
        return True  # "the effort had not made the spill" before "dramatically worse": the state made is the news
    if re.search(r"['’]s$", last) and low.isalpha() and nxt[:1].islower() and low not in BREAK_WORDS | WEAK_END:
        return True  # "during Thursday's" before "congressional testimony": a possessive waits for its noun
    if re.fullmatch(r"[a-z]{3,}ly", clean_last) and clean_last not in _NOT_MANNER and before in DETERMINERS | BE \
            and low.isalpha() and low not in BREAK_WORDS | WEAK_END:
        return True  # "is a potentially" before "unprecedented disaster"
    # ("failed to show how the town" before "would be harmed": a question word's clause as well)
    that = next((i for i in range(len(kept) - 1, max(0, len(kept) - 5), -1) if (_clean(kept[i]) == "that"
                 and _clean(kept[i - 1]) in BE) or _clean(kept[i]) in WH - _RELATIVES), None)
    # "the position was that Jackson" before "was addicted": a content clause without its verb
    # ("writes an analysis of how the Exxon Valdez spill" before "had harmed": the question's clause, however long)
    return clean_last in {"that", "whether"} or (that is not None and not any(finite_at(kept, j)
                                                                              for j in range(that + 1, len(kept)))) \
        or open_question(" ".join(kept[-12:]))


#: Verbs that make their object into a state: "made the spill worse", "left the town poorer".
_MAKING = {"make", "makes", "made", "making", "render", "renders", "rendered", "leave", "leaves", "left", "keep", "keeps",
           "kept"}


def _made_so(kept: list[str], rest: list[str]) -> bool:
    """Whether the kept words end on the object of a verb of making before the state it is made into ("made the spill |
    dramatically worse", "left the town | much poorer"): without the state the clause says the opposite."""
    verb = next((i for i in range(len(kept) - 1, max(-1, len(kept) - 5), -1) if _clean(kept[i]) in _MAKING), None)
    if verb is None or verb == len(kept) - 1 or not kept[-1][-1:].isalpha():
        return False
    state = [_clean(w) for w in rest[:2]]
    if state and (state[0].endswith("ly") or state[0] in {"much", "far", "even", "still", "no", "any", "a", "lot"}):
        state = state[1:]  # ("dramatically worse", "much poorer", "even better")
    comparative = bool(state) and re.fullmatch(r"[a-z]{3,}(?:ier|er)", state[0]) is not None \
        and state[0] not in BREAK_WORDS | WEAK_END and not verbish(state[0], "")
    return bool(state) and (state[0] in _CHANGED_STATES or comparative)


#: Words of time that may end a sentence after a whole phrase ("... met the president | today.").
_CLOSING_TIMES = {"today", "tonight", "tomorrow", "yesterday", "now", "later", "earlier", "ago", "again", "before",
                  "afterwards", "overnight", "instead", "too", "also", "either", "though", "anyway", "soon"}


def _last_noun_cut(kept: list[str], rest: list[str]) -> bool:
    """Whether the cut leaves out only the sentence's last words, the end of the noun phrase the kept words end
    inside: "near the site of BP's busted | well", "the risk of a failed | mooring", "to restore its initial offshore |
    deep-water drilling moratorium" (a verb or a word of time may close a sentence after a whole phrase: "the oil |
    leaked", "met the president | today")."""
    if not 1 <= len(rest) <= _NOUN_TAIL or len(kept) < 3 or not kept[-1][-1:].isalpha():
        return False
    head, last, before = rest[-1].rstrip(".!?”\"’)"), _clean(kept[-1]), _clean(kept[-2])
    if len(rest) > 1 and not all(
            re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) and _clean(w) not in BREAK_WORDS | WEAK_END | _CLOSING_TIMES | _ADVERBS
            and not (i == 0 and "-" not in w and verbish(_clean(w), "")) and not w.endswith("ly")
            for i, w in enumerate(rest[:-1])):
        # ("the court | rejected the plan", "the storm | battering coastal towns": a longer rest is the phrase's only
        # when it opens with no verb; a compound or a word after its first modifies the head, "deep-water drilling
        # moratorium")
        return False
    return head.replace("-", "").isalpha() and head.islower() and head not in _CLOSING_TIMES | BREAK_WORDS | WEAK_END | _ADVERBS \
        and not head.endswith(("ly", "ed")) and kept[-1].islower() and last not in BREAK_WORDS | WEAK_END \
        and (before in DETERMINERS or not (verbish(head, last) or verbish(last, before)))


#: The most words a noun phrase's end may hold after a cut inside it ("offshore | deep-water drilling moratorium").
_NOUN_TAIL = 3
#: Adverbs that close a clause after a whole phrase ("its share of the costs | so far", "the crews | back there").
_ADVERBS = {"so", "far", "yet", "still", "already", "since", "together", "apart", "away", "ahead", "abroad",
            "there", "here", "alone", "aside", "back", "down", "up", "out", "off", "on", "in", "over"}


def _clause_has_verb(clause: list[str]) -> bool:
    """Whether the words a frame opened reach their verb and go on past it ("the moratorium | needs to stay in place"),
    though :func:`.title_open.finite_at` cannot tell that verb from a plural noun; a word after a quotation is no sure
    verb ("“evasive and obstructive” | responses")."""
    text = " ".join(clause)
    verb = main_verb_start(text)
    if verb <= 0:
        return False
    before = text[:verb].rstrip()
    return len(text[verb:].split()) >= 3 and before[-1:].isalpha() and not re.search(r"['’]s$", before)


def _range_from(kept: list[str], end: str, after: str) -> bool:
    """Whether the kept words close on the start of a range ("from yellow", "from $5 billion") whose end, ``end``, has the
    same shape (a number, a name, a plain word); "pressure from the officials | to set up a fund" is no range: a verb's
    object or particle follows its end (``after``)."""
    start = next((kept[i + 1] for i in range(len(kept) - 2, max(-1, len(kept) - 4), -1) if _clean(kept[i]) == "from"), None)
    if start is None or not kept[-1][-1:].isalnum():
        return False

    def shape(word: str) -> str:
        word = word.strip("“”\"‘’,;:()")
        return "number" if re.match(r"[$£€]?\d", word) else "name" if word[:1].isupper() else "word"

    return shape(start) == shape(end) and (shape(end) != "word" or after not in DETERMINERS | PARTICLES)


def whole_cut(text: str, verb_at: int, heads: bool = True) -> str:
    """:func:`_whole_cut`, or when that cut loses words of the predicate, the cut without the article of the body's
    name that opens the title (:mod:`.title_name_articles`)."""
    cut = _whole_cut(text, verb_at, heads)
    return fuller_without_article(text, verb_at, cut, lambda t, v: _whole_cut(t, v, heads), ends_open) if heads else cut


def _whole_cut(text: str, verb_at: int, heads: bool = True) -> str:
    """``text`` cut to a title's length, ending on a whole constituent: a cut inside a quotation goes on to the
    quotation's close when that fits; the cut of :func:`.title_cuts._limit` when it ends whole; else the clause a
    neutral frame reports, standing alone, when it has its own subject and fits or cuts whole; else the cut ended at an
    earlier phrase boundary past the verb; else, when the main verb reports, the title with the speaker cut
    to its head (:func:`.title_speaker_heads.speaker_heads`) when that ends whole past the verb; else the cut as it
    was."""
    cut = _limit(text, verb_at)
    rest = _rest_after(text, cut)
    if cut == text or rest is None:
        return cut
    kept = cut.split()
    # (a cut at a comma already ends the main clause: "overturns the order | , saying ...")
    plain = without_manner_adverbs(text, verb_at) if heads and not re.match(r"\s*[,;:]", text[len(cut):]) else None
    if plain is not None:  # ("has [unintentionally] fanned | sectarian tensions": the adverb goes before the object)
        again = whole_cut(*plain, heads=False)
        after = _rest_after(plain[0], again)
        if after is not None and not (after and ends_open(again.split(), after)) and sure_end(again.split(), after) \
                and len(again.split()) > len(kept) - (len(text.split()) - len(plain[0].split())):
            return again
    verb_word = len(text[:verb_at].split())
    lighter = lighter_before_head(kept, rest, MAX_CHARS) if len(kept) > verb_word + 2 else None
    if lighter is not None and not ends_open(lighter.split(), rest[1:]):
        return lighter  # ("to secure [fresh] oil | contracts": the noun stays, a describing word goes)
    at_verb = verb_at > 0 and len(kept) == verb_word + 1 and rest[0][:1].islower() \
        and _clean(rest[0]) not in BREAK_WORDS | WEAK_END and kept[-1][-1:].isalpha()
    if not text.startswith(cut):  # the cut fell inside a quotation and dropped its mark
        quoted = _closed_quotation(text, len(kept))
        if quoted is not None:
            return quoted
    shorter = _without_article(text, kept, rest, verb_at, verb_word)
    if shorter is not None:
        return shorter
    if not at_verb and heads and complement_needed(kept, rest):
        # ("pooled $1bn | to fund"; a cut that ends open without the complement tries the shortenings below)
        complement = complement_kept(text, verb_at, kept, rest, whole_cut, into_content, ends_open)
        if complement is not None or not ends_open(kept, rest):
            return complement or cut
    if not at_verb and not ends_open(kept, rest):
        if cut_open(kept, rest) and heads:  # ("in a married couple living | in ...": :mod:`.title_drops`)
            return dropped_whole(text, verb_at, whole_cut, ends_open) or earlier_whole(kept, rest, verb_word, ends_open) or cut
        return cut  # ("chemicals used to clean the spill carry" before "their own risks": the main verb without its object)
    if _last_noun_cut(kept, rest):  # ("to restore its initial offshore | deep-water drilling moratorium")
        lighter = next((t for t in lighter_noun_phrases(kept + rest, len(kept + rest) - 1, verb_word)
                        if title_length(t) <= MAX_CHARS), None)
        if lighter is not None:
            return lighter
    if _made_so(kept, rest) and _clean(rest[0]).endswith("ly") and heads:
        # ("had not made the spill | dramatically worse": the degree goes before the state does)
        plain = " ".join(kept + rest[1:])
        again = whole_cut(plain, verb_at, heads=False)
        if len(again.split()) > len(kept) and not ends_open(again.split(), _rest_after(plain, again) or []):
            return again
    content = into_content(kept, rest, clause=noun_before_content(kept, rest)) \
        if noun_before_content(kept, rest) or part_before_whole(kept, rest) else None
    if content is not None:
        return content  # ("has dropped its claim | that the singer took the pills": the claim is its clause)
    reached = object_reached(kept, rest, MAX_CHARS)
    if reached is not None and not ends_open(reached.split(), _rest_after(text, reached) or []):
        return reached  # ("was blocking | independent efforts": the object's head is the news)
    alone = reported_alone(text, verb_at)
    if alone is not None:
        return alone
    dropped = dropped_whole(text, verb_at, whole_cut, ends_open) if heads else None
    if dropped is not None:
        return dropped  # ("the fund[, set up after meetings with the president,] began operation")
    earlier = measure_dropped(kept, rest) or _earlier_boundary(kept, rest, verb_word) \
        or before_name_list(kept, rest, verb_word, ends_open) or modifiers_dropped(text, kept, rest, verb_at, whole_cut, ends_open)
    # (:mod:`.awaited_tails`, :mod:`.title_name_lists`, :mod:`.coordinated_modifiers`)
    if earlier is not None:
        return earlier
    if heads:
        for shorter, at in speaker_heads(text, verb_at) + lighter_subjects(text, verb_at):
            again = whole_cut(shorter, at, heads=False)
            after = _rest_after(shorter, again)
            if len(again[at:].split()) >= PAST_FRAME and after is not None and not (after and ends_open(again.split(), after)):
                return again  # ("Researchers [from the Institute] report they have detected large oil plumes")
        said = without_plain_frame(text)
        said = said if said is not None and main_verb_start(said) > 0 and title_defect(said) is None else None
        again = whole_cut(said, main_verb_start(said), heads=False) if said is not None else None
        after = _rest_after(said, again) if again is not None else None
        if after is not None and len(again[main_verb_start(said):].split()) >= PAST_FRAME \
                and not ends_open(again.split(), after) and sure_end(again.split(), after):
            return again  # ("[Scientists now say] the blown-out well could have been spewing as much as 2 million gallons")
    return cut


def into_content(kept: list[str], rest: list[str], clause: bool = True) -> str | None:
    """The longest cut within a title's length that goes on past a noun's "that" (the first word of ``rest``) to the
    clause's verb, or when not a ``clause`` past the phrase that says which ("the latest | in a series of gaffes"),
    and ends whole before a phrase starts (a break word, a comma; "could eclipse the 1989 Valdez | disaster" is inside
    its phrase); None when no such cut fits."""
    words, best = kept + rest, None
    for k in range(len(kept) + 3, len(words) + 1):
        cut = " ".join(words[:k]).rstrip(",;:")
        if title_length(cut) > MAX_CHARS:
            break
        boundary = k == len(words) or _clean(words[k]) in BREAK_WORDS | SUBORDINATORS or words[k - 1][-1:] in ",;:"
        if boundary and (not clause or content_verb_before(words, len(kept), k)) and not ends_open(words[:k], words[k:]):
            best = cut
    return best


def _without_article(text: str, kept: list[str], rest: list[str], verb_at: int, verb_word: int) -> str | None:
    """The cut of ``text`` without the article after its main verb, when a headline short of room would leave it out:
    the cut with it ended before the object ("two other top Democrats send" before "a letter") or lost three words
    or more of it ("issues a report | largely agreeing with BP's investigation"), and the cut without it ends whole
    ("did not do economic | analysis" is no gain); None when the article stays."""
    words = kept + rest
    at = verb_word + 1  # where the article after the main verb stands
    if rest[0] in {"a", "an"} and len(kept) > 1 and verbish(_clean(kept[-1]), _clean(kept[-2])):
        at = len(kept)  # (the verb the cut ends on, where the subject's end was misread: "two other officials send")
    if verb_at <= 0 or not 0 < at < len(words) - 1 or words[at] not in {"a", "an"} \
            or _clean(words[at - 1]) in KEEPS_ITS_ARTICLE or MEASURE_AFTER_A.match(words[at + 1].lower()):
        return None
    bare = " ".join(words[:at] + words[at + 1:])
    shorter = whole_cut(bare, verb_at)
    after = _rest_after(bare, shorter)
    inside = after is None or ends_open(shorter.split(), after) or bool(
        after and after[0].isalpha() and after[0].islower() and _clean(after[0]) not in BREAK_WORDS | WEAK_END)
    gained = len(shorter.split()) - (len(kept) - (at < len(kept)))
    if at > len(kept) and gained > 0:
        return shorter  # the cut fell before the verb: any verb is a gain
    if not inside and gained >= (1 if at == len(kept) else 3):
        return shorter
    return None


def _rest_after(text: str, cut: str) -> list[str] | None:
    """The words ``text`` goes on with after its cut ``cut``; a cut that dropped the mark of a quotation it could not
    close ("that Hayward [“]is now handing") is matched without quotation marks; None when the cut is no prefix."""
    if text.startswith(cut):
        return text[len(cut):].split()
    bare_text, bare_cut = re.sub(r"[“”\"]", "", text), re.sub(r"[“”\"]", "", cut)
    return bare_text[len(bare_cut):].split() if bare_text.startswith(bare_cut) else None


_THAT = re.compile(r"\s*(?:that\s+)?")
#: A title that opens with a subordinating word: its first verb is the subordinate clause's.
_SUBORDINATE_OPENING = re.compile(r"(?i)(?:after|before|when|while|as|if|unless|because|since|although|though|once|"
                                  r"until|whereas)\s")
_FRAME_THAT = re.compile(r"\b([a-z]+)\s+that\s+")
#: How far past the verb found a frame with its "that" may stand ("data it has collected shows that").
_FRAME_REACH = 40


def reported_alone(text: str, verb_at: int, depth: int = 0) -> str | None:
    """ "The committee says data it collected shows that BP has paid $71 million of the claims": what a neutral frame
    (:data:`.title_frames.NEUTRAL_FRAMES`) at the main verb reports, when it names its own subject, holds no
    quotation (a quotation keeps its speaker) and fits whole or ends whole when cut; a frame inside it goes too."""
    if not verb_at or re.search(r"[“”\"]", text):
        return None
    frame = re.match(r"\S+", text[verb_at:])
    if frame is None or _clean(frame.group(0)) not in _FRAMES or frame.group(0)[-1:] in ",;:":
        # ("data it has collected | shows that": the verb found may be a relative clause's; the frame is the first
        # neutral verb with its "that" close after it)
        frame = next((m for m in _FRAME_THAT.finditer(text, verb_at, verb_at + _FRAME_REACH)
                      if _clean(m.group(1)) in _FRAMES), None)
        if frame is None or re.search(r"[,;:]", text[verb_at:frame.start()]):
            return None
        start = frame.end()
    else:
        start = _THAT.match(text, verb_at + frame.end()).end()
    if _SUBORDINATE_OPENING.match(text):
        return None  # "After doctors report 351 cases ...": the frame belongs to a subordinate clause, not the title's
    said = text[start:].strip()
    words = said.split()
    if len(words) < 4 or re.sub(r"['’](?:ve|re|ll|d|s|m)$", "", _clean(words[0])) in _POINTING \
            or not re.match(r"[\w$£€]", said):  # ("they've agreed": a contracted pronoun points back as well)
        return None
    inner = main_verb_start(said)
    ahead = verb_ahead(words)
    if inner <= 0 or ahead is None or ahead == 0 or re.search(r"\s(?:--|—|–|-)\s", text[verb_at:start]) \
            or any(_clean(w) in WH | {"that", "when"} for w in words[:ahead]):
        return None  # ("only water | where the gusher had been": a verb inside a clause of the subject is not its own)
    said = headline_verb(said[0].upper() + said[1:])
    inner = main_verb_start(said)
    if inner <= 0 or not finite_at(said.split(), len(said[:inner].split())):
        return None  # ("351 cases in Glasgow a dramatic increase": no sure verb, no clause of its own)
    nested = reported_alone(said, inner, depth + 1) if depth < 1 else None
    if nested is not None:
        return nested  # ("data it has collected shows that": a finding's frame goes as the speaker's did)
    if title_defect(said) is not None:
        return None  # ("the company has no intention ...": without its speaker the subject names no one)
    cut = _limit(said, inner)
    if cut == said and len(said) <= MAX_CHARS:
        return said
    after = said[len(cut):].split()
    if said.startswith(cut) and len(cut[inner:].split()) >= 3 and after and (
            _clean(after[0]) in BREAK_WORDS - {"or"} or cut[-1:] in ",;:" or after[0][:1] in ",;:") \
            and not ends_open(cut.split(), after):
        return cut  # (only at a sure boundary: "rules about regular training for offshore | operators" is none, nor an
        # alternative's "or": "trust the government always | or most of the time")
    reached = object_reached(cut.split(), after, MAX_CHARS) if said.startswith(cut) else None
    if reached is not None and len(reached[inner:].split()) >= 3 and not ends_open(reached.split(), _rest_after(said, reached) or []):
        return reached  # ("BP's refusal to release the footage was blocking | independent efforts")
    return None


def _closed_quotation(text: str, cut_words: int) -> str | None:
    """ "releases its “overall best estimate” | of the flood damage": a cut inside a quotation goes on to where the
    quotation closes when that still fits the title; the quoted words are one phrase, and a part of them reads as the
    whole."""
    words = text.split()
    for k in range(len(words), cut_words, -1):
        head = " ".join(words[:k])
        if title_length(head) > MAX_CHARS or not re.search(r"\w[”\"]$", words[k - 1]) or words[0][:1] in "“\"'‘" \
                or head.count("“") != head.count("”") or head.count('"') % 2:
            continue  # (a quotation that opens the sentence, or closes on punctuation, is no phrase inside the title)
        if whole_phrase(words[:k], None):
            return head
    return None


def _earlier_boundary(kept: list[str], rest: list[str], verb_word: int) -> str | None:
    """The last phrase boundary before the cut (a break word, a comma or a dash follows it) where the title ends whole
    at least :data:`_PAST_VERB` words past its main verb (word ``verb_word``), or, when the verb was read past the cut,
    after some finite verb; None when there is none."""
    words = kept + rest
    # The verb read past the cut or inside a dashed aside was misread: only the dash surely ends the clause before it.
    dash = max((i for i, w in enumerate(kept) if w in _DASHES), default=None)
    misread = verb_word >= len(kept) - 1 or (dash is not None and dash < verb_word)
    for k in range(len(kept) - 1, 3, -1):
        if not (k > verb_word + _PAST_VERB or misread):
            break
        low = _clean(words[k])
        if misread and not (words[k] in _DASHES and k >= _MISREAD_HEAD and verb_between(words[1:k])):
            continue
        if (low in BREAK_WORDS or words[k - 1][-1:] in ",;:" or words[k] in _DASHES) \
                and not ends_open(words[:k], words[k:]):
            return " ".join(words[:k]).rstrip(",;:")
    return None
