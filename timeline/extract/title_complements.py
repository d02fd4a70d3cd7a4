"""Verbs whose complement is the news: where a cut should not fall when a whole clause can end earlier.

These are softer than :func:`.title_ends.whole_phrase`: a cut that leaves an active perfect without its
object ("the inquiry finds the companies had made | decisions"), a phrasal verb without its preposition
("investors will lose out | on the payment"), a verb without the name that is its object ("would meet |
Acme's chairman") or a coordinated verb without its object ("to cut jobs and suspend | its dividend")
is a worse headline than an earlier whole clause, but a better one than a cut that leaves a clause
without its verb. :mod:`.title_cuts` weighs the two.
"""

from __future__ import annotations

import re

from timeline.english_particles import ADVERB_PARTICLES
from timeline.english_verbs import IRREGULAR_PARTICIPLES, s_ending, verb_forms
from timeline.extract.title_open import FRAME_VERBS, finite_at
from timeline.extract.title_words import AUX, BREAK_WORDS, DETERMINERS, MODALS, WEAK_END, finite_verb

#: The perfect's auxiliaries: "has/had + participle" is active ("had made decisions"), unlike "be + participle".
PERFECT = {"has", "have", "had", "having"}
#: Participles that take no object ("had died", "has risen"), so a perfect ends whole without one.
INTRANSITIVE_PARTICIPLES = {
    "failed", "collapsed", "stalled", "resumed", "succeeded", "died", "happened", "occurred", "arrived", "exploded",
    "erupted", "emerged", "appeared", "existed", "remained", "faltered", "crashed", "surged", "plunged", "slumped",
    "soared", "tumbled", "rallied", "worsened", "stumbled", "ended", "expired", "lapsed", "persisted", "prevailed",
    "vanished", "disappeared", "retired", "resigned", "ruptured", "leaked", "landed", "escaped", "survived",
    "recovered", "returned", "departed", "peaked", "dropped", "jumped", "climbed", "declined", "increased",
    "decreased", "grown", "risen", "fallen", "sunk", "gone", "come", "been", "slipped", "fled", "waited", "lived",
    "worked", "agreed", "talked", "spoken", "testified", "improved", "continued", "started", "begun", "stopped",
    "changed", "moved", "travelled", "traveled", "stayed", "sat", "stood", "slept", "voted", "responded", "reacted"}
#: Words that open an object after a verb (not measures or adverbs such as "nearly", "about", "more").
OBJECT_START = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
                 "some", "no", "another", "several", "many", "every"}
_TIME_PLURALS = {"hours", "days", "weeks", "months", "years", "decades", "minutes", "seconds", "times", "nights"}
_NOT_NOUNS = {"always", "perhaps", "afterwards", "nevertheless", "sometimes", "besides", "towards", "upwards", "less",
              "unless", "thus", "was", "has", "is", "does", "this", "its", "his", "hers", "ours", "yours", "theirs"}
#: Phrasal verbs that go on with a preposition: the particle alone does not say what happened ("came up |
#: with a plan", "ran out | of money", "cracked down | on", "lost out | on", "lived up | to").
_PHRASAL_PREPOSITIONS: dict[tuple[str, str], tuple[str, ...]] = {
    **{(v, p): ("with",) for v in ("come", "comes", "came", "coming") for p in ("up", "down")},
    **{(v, "up"): ("with",) for v in ("catch", "catches", "caught", "keep", "keeps", "kept", "put", "puts",
                                      "putting", "team", "teams", "teamed", "link", "links", "linked")},
    **{(v, "out"): ("of",) for v in ("run", "runs", "ran", "running", "pull", "pulls", "pulled", "drop", "drops",
                                     "dropped", "back", "backs", "backed", "opt", "opts", "opted", "walk", "walks",
                                     "walked")},
    **{(v, "out"): ("on", "against", "at") for v in ("lash", "lashes", "lashed", "speak", "speaks", "spoke", "miss",
                                                    "misses", "missed", "lose", "loses", "lost")},
    **{(v, "down"): ("on",) for v in ("crack", "cracks", "cracked", "clamp", "clamps", "clamped")},
    **{(v, "back"): ("on",) for v in ("cut", "cuts", "cutting", "scale", "scales", "scaled")},
    **{(v, "up"): ("on",) for v in ("step", "steps", "stepped", "follow", "follows", "followed")},
    **{(v, "up"): ("to",) for v in ("own", "owns", "owned", "live", "lives", "lived", "face", "faces", "faced",
                                    "stand", "stands", "stood", "sign", "signs", "signed")},
    **{(v, "up"): ("in", "with", "as", "on", "at", "being", "paying", "having", "costing")
       for v in ("end", "ends", "ended", "ending", "wind", "winds", "wound")},
}
#: Verbs whose "as" phrase is what they say: "known as AAR", "serve as a barrier", "was seen as a snub".
_NAMED_AS = {f"{stem}{end}" for stem, ends in (
    ("know", ("n",)), ("serv", ("e", "es", "ed", "ing")), ("act", ("", "s", "ed", "ing")), ("regard", ("ed",)),
    ("describ", ("ed",)), ("seen", ("",)), ("view", ("ed",)), ("bill", ("ed",)), ("tout", ("ed",)),
    ("brand", ("ed",)), ("classifi", ("ed",)), ("identifi", ("ed",)), ("doubl", ("e", "es", "ed", "ing")),
    ("qualifi", ("es", "ed")), ("emerg", ("e", "es", "ed")), ("function", ("", "s", "ed")),
    ("characteriz", ("ed",)), ("characteris", ("ed",)), ("portray", ("ed",)), ("dismiss", ("ed",)),
    ("hail", ("ed",)), ("label", ("ed", "led")), ("treat", ("ed",)), ("interpret", ("ed",))) for end in ends}
_GERUND_PREPOSITIONS = {"of", "for", "by", "in", "on", "after", "before", "without", "about", "from", "at", "into",
                        "towards", "toward", "against"}
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                       r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
BE = {"is", "are", "was", "were", "be", "been", "being", "am"}
#: Verbs whose complement is what the title reports: the frames, and the verbs that ask, complain or wonder.
REPORTING_VERBS = FRAME_VERBS | {form for forms in map(verb_forms, ("ask", "complain", "wonder"))
                                 for form in (forms.base, forms.present, forms.past)}
#: Words that open what a reporting verb reports.
_REPORT_OPENERS = {"that", "whether", "how", "why", "what", "if"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def complement_missing(words: list[str], nxt: str, rest: list[str] | None = None) -> bool:
    """Whether ending after ``words`` (the sentence goes on with ``nxt`` and ``rest``) leaves a verb
    without the complement that carries its meaning."""
    if len(words) < 2 or not nxt or words[-1][-1:] in ",;:.)”\"":
        return False
    last, before, raw = _clean(words[-1]), _clean(words[-2]), nxt.strip("“”\"‘’,;:()")
    low = raw.lower()
    if not last.isalpha():
        return False
    participle = last.endswith(("ed", "en")) or last in IRREGULAR_PARTICIPLES
    if before in PERFECT and participle and last not in INTRANSITIVE_PARTICIPLES and last not in AUX and (
            low in OBJECT_START or _bare_plural(low)):
        return True  # "the companies had made" before "decisions": a perfect is active, its object the news
    if low in OBJECT_START - {"some", "many", "several", "no"} and (
            (before == "to" and not last.endswith(("ing", "ed", "ly", "tion", "ment", "ness", "ity")) and last not in BE)
            or (last.endswith("ing") and len(last) > 5 and before in _GERUND_PREPOSITIONS)):
        return True  # "plan to control" before "the leak", "no intention of withdrawing" before "its sponsorship"
    if last.endswith("ing") and len(last) > 5 and before.isalpha() and before not in BE | AUX | DETERMINERS \
            and before not in _GERUND_PREPOSITIONS and words[-2][-1:] not in ",;:" and rest \
            and (low in OBJECT_START - {"no"} or _bare_plural(low)
                 or (raw.isalpha() and raw.islower() and low not in BREAK_WORDS and low not in WEAK_END
                     and not low.endswith("ly") and _bare_plural(_clean(rest[0]).rstrip(".!?")))):
        return True  # "screens displaying" before "underwater images": a participle after its noun takes an object
    # (what a quotation says is cut whole or not at all: the frame may end before it, "argue | that “the ...")
    quoted = nxt[:1] in "“\"‘" or (low == "that" and bool(rest) and rest[0][:1] in "“\"‘")
    if last in REPORTING_VERBS and not quoted and low in _REPORT_OPENERS and before not in DETERMINERS and not re.search(r"['’]s$", words[-2]):
        return True  # "ecological studies show" before "that those areas have not recovered": what was shown is the news
    if last in REPORTING_VERBS and not quoted and low in OBJECT_START - {"no"} and before not in DETERMINERS | BE | PERFECT \
            and not re.search(r"['’]s$", words[-2]) and not last.endswith("ed"):
        return True  # "readings indicate" before "a massive bloom of bacteria": the verb's object is what it reports
    if low == "as" and (last in _NAMED_AS or any(_clean(w) == "such" for w in words[-3:])):
        return True  # "a group known" before "as AAR", "can serve" before "as a barrier", "such claims" before "as"
    if last in ADVERB_PARTICLES and low in _PHRASAL_PREPOSITIONS.get((before, last), ()):
        return True  # "investors will lose out" before "on the payment"
    if last in ADVERB_PARTICLES and before.isalpha() and before not in BE | DETERMINERS and rest and len(rest) > 1 \
            and low in {"for", "in", "over", "by"} and _clean(rest[0]).isalpha() \
            and _clean(rest[0]) not in OBJECT_START and _clean(rest[1]) in OBJECT_START - {"no"}:
        return True  # "will muck up" before "for years the finances": an object moved after a short adverbial
    # A bare verb after a modal, "to" or a coordinating "and": "would meet" before "Acme's chairman", "and
    # suspend" before "its dividend" (a verb no table knows is still the verb that "and" or "to" opens).
    bare = before in MODALS - {"not"} or (before in {"and", "or"} and len(words) > 3 and verb_between(words[:-2]))
    if bare and last not in AUX and last not in WEAK_END and last not in BE and not last.endswith(("ing", "ly")):
        if low in OBJECT_START - {"some", "many", "several"}:
            return True
        if raw[:1].isupper() and raw != "I" and not _CALENDAR.match(raw) and before != "and":
            return True
    return False


def _bare_plural(word: str) -> bool:
    """ "decisions", "jobs": a plain plural noun that can open an object (not a measure of time, not "-ss")."""
    return bool(re.fullmatch(r"[a-z]{3,}s", word)) and s_ending(word) \
        and word not in _TIME_PLURALS and word not in BREAK_WORDS and word not in WEAK_END \
        and word not in AUX and word not in _NOT_NOUNS


def verb_between(words: list[str]) -> bool:
    """Whether ``words`` hold a finite verb or an auxiliary: a cut before them leaves their clause unsaid."""
    clean = [_clean(w) for w in words]
    return any(w in AUX or finite_verb(w, clean[i - 1] if i else "") for i, w in enumerate(clean))


#: After a comma, a phrase closed by a second comma and then the word that may be the clause's verb: "the total cost
#: to the company, including legal costs, could top $40bn".
_ASIDE_THEN_VERB = re.compile(r",\s+[^,;:“”\"]{2,100},\s+([\w’'-]+)")


def aside_inside_report(kept: str, rest: str) -> bool:
    """Whether a comma where a title would end (``kept`` before it, ``rest`` from it on) opens an aside inside the
    clause a reporting verb opened, whose verb comes after the aside: "warns that the total cost to the company |,
    including legal costs, could top $40bn" keeps going; the subject alone says nothing of what was reported."""
    words = kept.split()
    frame = next((o for o in range(len(words) - 1, 0, -1) if _clean(words[o]) in FRAME_VERBS), None)
    if frame is None or words[frame][-1:] in ",;:" or re.search(r"[“”\"]", " ".join(words[frame:])):
        return False
    clause = words[frame + 1:]
    clause = clause[1:] if clause and _clean(clause[0]) == "that" else clause
    if len(clause) < 2 or any(w[-1:] in ",;:" for w in clause) or any(finite_at(clause, j) for j in range(len(clause))):
        return False
    aside = _ASIDE_THEN_VERB.match(rest)
    if aside is None:
        return False
    after, last = _clean(aside.group(1)), _clean(aside.group(0).split()[-2])
    return after in AUX or after in MODALS or finite_verb(after, last)
