"""Which title an event keeps when several mentions of one happening were merged into it.

The headline, the lead and the body each tell the happening, at a vaguer and a more precise date, or the same
statement twice; each mention has its own title, and the event shows one. A reader sees only that title, so the
choice goes first by what the reader would get wrong. A title with no verb, an unresolved pronoun or a clause's
fragment (:func:`.title_gate.title_defect`) says nothing. A title of a mention dated apart from the event (neither
at its date nor at one holding it) tells another moment. A title cut inside a phrase ("... the Gulf of Mexico oil"
before "spill"), stopped on a frame or inside the clause it opens ("Travel firms say", "... its view" before "that
..."), ending on a word that waits for another ("The rig explodes they aren't", "... expect to exceed that"), inside
a quotation, before a bracket it opens, with two sentences run together (a headline run into its standfirst) or
with the zone of a time it took out ("shut off local time") tells the happening by halves. Among titles of equal quality one that names
its actor is worth more; then one of about a headline's length (a run-on or a stub reads worse); then the title of
the mention whose date the event takes, when the date is that title's own
(not a date further on, in a clause the title left out); then the mention told first (the headline-like lead before
a body sentence telling it again), so that the choice depends on the text alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.calendar_words import MONTH_NAMES, NEWS_ZONES, WEEKDAY_NAMES
from timeline.english_particles import PHRASAL_PARTICLES
from timeline.extract.day_possessives import DAY_POSSESSIVE, NAMED_BY_DAY
from timeline.extract.merge import TOP, Mention, contains
from timeline.extract.run_days import dated_by_run
from timeline.extract.sentences import NEVER_FINAL
from timeline.extract.statement_months import told_at_its_day
from timeline.extract.subordinators import CONDITIONS
from timeline.extract.thing_clauses import told_in_full
from timeline.extract.title_days import names_other_day
from timeline.extract.title_ends import COUNTS
from timeline.extract.title_gate import title_defect
from timeline.extract.title_grammar import headline_words
from timeline.extract.title_open import (
    CLAUSE_NOUNS,
    FRAME_VERBS,
    FREQUENCY,
    SUBORDINATORS,
    finite_at,
    left_open,
)
from timeline.extract.title_whole import ends_open
from timeline.extract.title_words import BREAK_WORDS, DETERMINERS, WEAK_END
from timeline.model import Precision

__all__ = ["TitleRank", "best_title", "rank", "title_flaw"]

#: A headline's length in words, about.
_HEADLINE_WORDS = 9


@dataclass(frozen=True, slots=True, order=True)
class TitleRank:
    """A mention's title as a candidate for its event's title: the lowest rank wins, field by field."""

    unreadable: bool  # no verb, an unresolved pronoun, a fragment, a frame with nothing said after it
    occasion: bool  # dated only by the occasion told before it ("Speaking on the same programme, Allen said"):
    # the saying dated by its own words tells the happening, this one the occasion's manner; or only by where it stands
    # after the lead (:mod:`.day_statements`): a detail of the news the lead tells; or named by its day's possessive,
    # which points back at the telling that titles it ("Wednesday's decline is attributed to ...")
    apart: bool  # dated neither at the event's date nor at one holding it or held by it
    flawed: bool  # it tells its quote by halves (:func:`title_flaw`)
    unnamed: bool  # its actor is not named in it
    length_fit: int  # how far it is from a headline's length, in steps of three words: a run-on ("... dies
    # Jackson's mother filed the lawsuit") or a stub ranks behind a title of about nine words
    date_fit: int  # 0: dated as the event is, by its own words; 1: by another date it states; 2: a lead's stand-in
    sentence: int  # where it is told: the first telling wins
    start: int
    shorter: int  # minus its quote's length: of one sentence, the whole before a part of it ("The rules, set out
    # on Wednesday, are harsher than expected" before "The rules, set out on Wednesday")


@dataclass(frozen=True, slots=True)
class _Word:
    """A word of the document with its offsets."""

    text: str
    start: int
    end: int


def best_title(group: Sequence[Mention], head: Mention, text: str) -> Mention:
    """The mention of ``group`` whose title the event keeps; ``head`` is the mention that dates the event."""
    if len({m.title for m in group}) == 1:
        return group[0]
    group = told_in_full(group, text)  # "The cap, installed on Monday" gives way to the act told in full (:mod:`.thing_clauses`)
    group = told_at_its_day(group)  # "BP had said this month that ..." gives way to "... said in a June 4 release that ..."
    best = min(group, key=lambda m: rank(m, head, text))
    return next((m for m in group if _introduces(m, best, head, text)), best)


def _introduces(m: Mention, best: Mention, head: Mention, text: str) -> bool:
    """Whether ``m``'s title introduces or names what ``best``'s picks up by a definite description: "A school in Dorset
    is to close for a week ..." and "The school will close": the reader of the event sees one title, and "the school" names
    no school. Only a title as sound as the other (readable, of the event's moment, not told by halves)."""
    definite = re.match(r"The ([a-z]+) ", best.title)
    intro = definite and re.match(rf"(An?|The) ((?:[\w-]+ ){{0,5}}?){definite.group(1)}\b", m.title)
    # ("The Brookfield school district board votes" names the board "The board votes" picks up)
    if not intro or m is best or (intro.group(1) == "The" and not any(w[:1].isupper() for w in intro.group(2).split())):
        return False
    r = rank(m, head, text)
    return not (r.unreadable or r.occasion or r.apart or r.flawed)


def rank(m: Mention, head: Mention, text: str) -> TitleRank:
    """How ``m``'s title stands among its event's candidates (see :class:`TitleRank`)."""
    words = [_Word(w.group(), w.start() + m.start, w.end() + m.start) for w in re.finditer(r"\S+", text[m.start:m.end])]
    kept = m.title.split()
    end = _title_end(kept, words)
    rest = None if end is None else [w.text for w in _undated(m, words[end + 1:])]
    if end is not None and words[end].text[-1:] in _CLOSING:
        kept = [*kept[:-1], kept[-1] + words[end].text[-1]]  # "... between Brownsville, Texas," before "and Tuxpan"
    flaw = title_flaw(" ".join(kept), rest, m.sentence <= TOP) or ("cut" if _zone_left(m, text) else None)
    # A title opening with its day's possessive that the reading of :mod:`.day_possessives` joined to a telling before
    # it points back at that telling, which titles the happening ("Wednesday's decline is attributed to ..."); one no
    # telling before it was found for may be the first ("Yesterday's hearings on Capitol Hill ...").
    back = m.one_of.startswith(NAMED_BY_DAY) and _POINTS_BACK.match(m.title) is not None
    # ('"We expect to begin ..."': a quotation without its speaker is judged by its words)
    unreadable = title_defect(m.title) is not None or title_defect(m.title.lstrip("“\"‘")) is not None \
        or flaw == "frame" or names_other_day(m.title, head.when) is not None  # "[June 2] ... the remark June 1"
    named = bool(m.actor) and m.actor.split()[-1] in m.title
    apart = not (m.key == head.key or contains(m.when, head.when) or contains(head.when, m.when)
                 or (min(m.when.precision.rank, head.when.precision.rank) >= Precision.DAY.rank and m.key[:10] == head.key[:10]))
    # ("at 1425 local time (1925 GMT)": one moment told in two zones is one day's)
    own_date = m.key == head.key and (end is None or _dates_title(m, words, kept, end))
    # (a lead dated by the publication day states no date: a body sentence stating one holding the event's is nearer)
    date_fit = 0 if own_date else 2 if m.lead else 1
    length_fit = abs(headline_words(m.title) - _HEADLINE_WORDS) // 3
    # ("In a second day of hearings, ...": dated by the story's day as a sentence after the lead is, :mod:`.run_days`)
    occasion = m.continued in ("named", "day") or back or dated_by_run(m, text)
    return TitleRank(unreadable, occasion, apart, flaw is not None, not named, length_fit, date_fit, m.sentence, m.start,
                     m.start - m.end)


def title_flaw(title: str, rest: list[str] | None, top: bool = False) -> str | None:
    """What makes a readable ``title`` tell its quote by halves, or None; ``rest`` is what the quote goes on with
    after the title's last word, its date left out (None when that word is not found: the title writer changed it);
    ``top``: the title is of a sentence at the page's top.

    "cut": it stops inside a phrase or on a word that waits for another; "frame": on a frame, with nothing said after
    it ("Allen says"); "open": inside the clause a frame opens; "quotation": it leaves a quotation open, or stops inside
    one whose marks it dropped; "bracket": it opens with a bracket's words ("(25 June) marks the anniversary");
    "run-on": two sentences run together without their stop, as a page's headline runs into its standfirst when
    the layout is lost ("Cap ready for testing Faulty hose has been replaced")."""
    kept = title.split()
    if not kept:
        return None
    if title.count("“") > title.count("”") or title.count('"') % 2:
        return "quotation"
    if kept[0][:1] == "(":
        return "bracket"
    last = _clean(kept[-1])
    if last in WEAK_END and not (kept[-1][:1].isupper() and last in _CALENDAR_WORDS):  # ("... in May": the month)
        return "cut"  # "The rig explodes they aren't", "BP officials expect to exceed that"
    if last in NEVER_FINAL:
        return "cut"  # "... is expected to reach the coastline Gov" before "Bobby Jindal": a title before its name
    if _runs_on(kept, top):
        return "run-on"
    if last in FRAME_VERBS and kept[-1][-1:].isalpha() and left_open(kept, rest or []):
        return "frame"  # "Tour firms Sunway and Bluecrest say" before "they had decided ..."
    if _condition_only(kept):
        return "open"
    if rest and (rest[0][:1] in "(,;:.!?" or _TIME_AFTER.match(" ".join(rest[:4]))):
        # "according to Rep. Jerrold Nadler" before "(D-N.Y.)": an aside opens after a whole phrase; "flies out to the
        # US" before "two days after the accident": a time told from another happening
        return None
    if rest and (ends_open(kept, rest) or _inside_phrase(kept[-1], rest[0]) or _particle_left(kept, rest)):
        return "cut"
    if rest and kept[-1][-1:].isalnum() and _closes_first(rest):
        return "cut"  # "... never tried to withhold the most accurate" before "and timely information”"
    return "open" if left_open(kept, rest or []) else None


_POINTS_BACK = re.compile(DAY_POSSESSIVE)
_CALENDAR_WORDS = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES, "today", "yesterday", "tomorrow", "tonight"])
#: Words a title stops before without a cut: a date of another mention of its sentence, an adverb of time or degree.
_ENDS_BEFORE = FREQUENCY | _CALENDAR_WORDS | {"later", "earlier", "ago", "too", "soon", "instead", "here", "there"}
#: A time told from another happening: "two days after", "a week later", "10 years ago".
_TIME_AFTER = re.compile(r"(?i)(?:\d+|a|an|one|several|few|" + "|".join(sorted(COUNTS)) + r")\s+(?:minutes?|hours?|days?|"
                         r"weeks?|months?|years?)\s+(?:after|before|later|earlier|ago)\b")
#: Words that open a question's clause: "how Bonnie affected the area".
_WH = frozenset(["what", "how", "why", "who", "whom", "whose", "which", "where", "when", "whether"])
#: Punctuation that ends a phrase.
_CLOSING = ",;:.!?"


def _inside_phrase(last: str, nxt: str) -> bool:
    """Whether the quote goes on inside the title's last phrase: the next word is no phrase boundary (a word of
    :data:`.title_words.BREAK_WORDS`, punctuation after the last word, a dash), no date or adverb, and no participle
    opening a phrase of its own ("the oil | gushing from the well"). "... the Gulf of Mexico oil" before "spill", "...
    and 15 million" before "cubic feet". (A bare count after its verb is a headline's own: "The explosion kills 11"
    before "workers".)"""
    if last[-1:] in _CLOSING + "”\")" or not re.match(r"[a-z]", nxt) or re.fullmatch(r"\d[\d,]*", last):
        return False
    word = _clean(nxt)
    return word not in BREAK_WORDS and word not in _ENDS_BEFORE and not word.endswith(("ing", "ed", "ly"))


def _particle_left(kept: list[str], rest: list[str]) -> bool:
    """Whether the quote goes on with the particle of the title's last verb: "was setting" before "in for some
    churchgoers", "were piling" before "up."."""
    nxt = _clean(rest[0])
    return _clean(kept[-1]).endswith(("ing", "ed")) and nxt in PHRASAL_PARTICLES and (
        len(rest) == 1 or rest[0][-1:] in _CLOSING or _clean(rest[1]) in BREAK_WORDS)


def _runs_on(kept: list[str], top: bool) -> bool:
    """Whether a second sentence starts inside the title without its stop: a capitalised word right after a lower-case
    word, with no punctuation, frame, conjunction or preposition between. Anywhere, when the word is one that only
    opens a sentence ("around the world | There was no sign", "before blast | We are to blame"). At the page's top
    (``top``), where the headline runs into the standfirst when the layout is lost, also when the title has a verb
    before, no frame, and the capitalised words reach a finite verb of their own ("The total bill has jumped by $350m
    | BP has estimated ..."; "says Hayward will" is a frame's clause, "the same day Congress began" a clause of the
    noun before it, which only the page's top is too short to hold)."""
    for i in range(2, len(kept) - 1):
        before = _clean(kept[i - 1])
        if not kept[i][:1].isupper() or not re.match(r"[a-z0-9$£€]", kept[i - 1]) or kept[i - 1][-1:] in _CLOSING \
                or before in BREAK_WORDS | FRAME_VERBS | CLAUSE_NOUNS | DETERMINERS | _WH \
                or _clean(kept[i]) in _CALENDAR_WORDS:
            continue
        if kept[i] in _SENTENCE_OPENERS and kept[i + 1][:1].islower():
            return True
        head = [_clean(w) for w in kept[:i]]
        if not top or any(w in FRAME_VERBS or w in _WH for w in head) \
                or not any(finite_at(kept, j) and not head[j].endswith("ed") for j in range(1, i)):
            continue
        for j in range(i + 1, min(len(kept), i + _SUBJECT_WORDS)):
            if _clean(kept[j]) in _CLAUSE_OPENERS or kept[j - 1][-1:] in _CLOSING:
                break
            if finite_at(kept, j):
                return True
    return False


#: Capitalised words that open a sentence and nothing else: a pronoun, an article, a demonstrative.
_SENTENCE_OPENERS = frozenset(["It", "There", "We", "He", "She", "They", "The", "A", "An", "This", "These", "Those"])
#: How many words a run-on sentence's subject may take before its verb ("Shares in BP | hit").
_SUBJECT_WORDS = 5


def _condition_only(kept: list[str]) -> bool:
    """Whether what the title reports is only a condition or a circumstance, its main clause cut at the comma: "BP
    says if Barbier issues a court order making the waiver binding," before "it would not object"."""
    if kept[-1][-1:] != ",":
        return False
    frame = next((i for i, w in enumerate(kept[:-2]) if _clean(w) in FRAME_VERBS), None)
    if frame is None:
        return False
    opener = frame + 1 + (_clean(kept[frame + 1]) == "that")
    return opener < len(kept) - 1 and _clean(kept[opener]) in SUBORDINATORS | CONDITIONS \
        and not any(w[-1:] in _CLOSING for w in kept[opener:-1])


def _closes_first(rest: list[str]) -> bool:
    """Whether the first quotation mark after the title closes a quotation: the title stopped inside one, and dropped
    its opening mark."""
    for word in rest:
        marks = re.findall(r"[“”\"]", word)
        if marks:
            return marks[0] == "”" or (marks[0] == '"' and not word.startswith('"'))
    return False


def _title_end(kept: list[str], words: list[_Word]) -> int | None:
    """The index in ``words`` (the quote's) of the word the title ends on; None when it is not found.

    The title writer drops dates and changes tenses, but its last word is most often the quote's own: the last two
    words found side by side place it surely, the last one alone when the two are not."""
    clean = [_clean(w.text) for w in words]
    last = _clean(kept[-1])
    before = _clean(kept[-2]) if len(kept) > 1 else None
    at = [i for i, w in enumerate(clean) if _same_word(w, last)]
    paired = [i for i in at if before is not None and i > 0 and _same_word(clean[i - 1], before)]
    return (paired or at or [None])[0]


def _undated(m: Mention, words: list[_Word]) -> list[_Word]:
    """``words`` without the mention's own date, which the title writer took out, and a preposition left before it
    ("recovering losses suffered | on Thursday" ends where the quote goes on with its date); punctuation after the
    date stays ("became an uncapped geyser once again | Wednesday, the hydrocarbons ...")."""
    start, end = m.date
    kept = [_Word(w.text[-1], w.end - 1, w.end) if start <= w.start < end and w.end > end and w.text[-1] in _CLOSING
            else w for w in words if not (start <= w.start < end) or (w.end > end and w.text[-1] in _CLOSING)]
    return [w for i, w in enumerate(kept) if not (_clean(w.text) in _DATE_PREPOSITIONS and w.end <= start
                                                  and (i + 1 == len(kept) or start < kept[i + 1].start))]


_DATE_PREPOSITIONS = frozenset(["on", "in", "at", "by", "during", "since", "until", "from", "through", "over"])
#: Words that open another clause or predicate: a date after one is that clause's, not the title's.
_CLAUSE_OPENERS = BREAK_WORDS & {"that", "because", "if", "whether", "while", "which", "who", "and", "or", "but",
                                  "when", "where", "after", "before", "since", "until", "till", "unless", "although",
                                  "though", "whereas", "as"}


def _dates_title(m: Mention, words: list[_Word], kept: list[str], end: int) -> bool:
    """Whether the mention's date is its title's: it stands within the words the title tells, or right next to them
    with no other clause between. "Keeping the preventer intact is important | because it is evidence of what caused
    the blast on April 20": April 20 is the blast's, which the title leaves out; so is the weekend in "With the plan
    having failed over the weekend and a new well months away, | BP was ramping up its clean-up"."""
    start, stop = m.date
    if m.date == (0, 0) or m.told:
        return True  # (the day a statement was made is its title's: "“There's lots of oil,” Suttles said Friday")
    if start >= words[end].end:
        between = [w for w in words[end + 1:] if w.end <= start]
    else:
        first = _clean(kept[0])
        opening = next((i for i, w in enumerate(words) if _clean(w.text) == first), None)
        between = [] if opening is None or words[opening].start < stop else \
            [w for w in words[:opening] if w.start >= stop]
    return not any(_clean(w.text) in _CLAUSE_OPENERS for w in between)


#: The zone a time is told in: "at 1425 local time", "5:45 p.m. EDT".
_ZONE = re.compile(r"\s*(local\s+time|(?:" + "|".join(sorted(NEWS_ZONES)) + r")\b)")


def _zone_left(m: Mention, text: str) -> bool:
    """Whether the title keeps the zone of the time it took out: "The flow is shut off local time (1925 GMT)" from
    "shut off at 1425 local time (1925 GMT)"."""
    zone = _ZONE.match(text, m.date[1]) if m.date != (0, 0) else None
    return zone is not None and re.search(r"(?<!\w)" + re.escape(zone.group(1)) + r"(?!\w)", m.title) is not None


def _same_word(a: str, b: str) -> bool:
    """One word, or one verb in two tenses ("exploded" and "explodes": the title writer puts a past in the present)."""
    return a == b or (len(a) > 4 and len(b) > 4 and a[:5] == b[:5])


def _clean(word: str) -> str:
    return re.sub(r"^[\W_]+|[\W_]+$", "", word.lower()).replace("’", "'")
