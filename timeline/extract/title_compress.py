"""Making room before a cut: what an editor drops first when a title is too long.

A headline keeps the subject's head, the verb and its object. When the whole sentence does not fit, optional
parts go before anything is cut: an aside in brackets ("collected 6,077 barrels (255,000 gallons) of oil"),
an appositive between a subject and its verb ("the current, a conveyor belt 3,000 feet deep, will take"), and,
when the main verb itself lies past the limit, the modifiers after the subject's head ("The latest effort to
siphon oil [gushing from a ruptured wellhead] is working"). Only then does :mod:`.title_cuts` cut, at the last
whole phrase; a title whose verb was cut off says too little to be one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.adjective_words import ADJECTIVE_ENDS, ADJECTIVES, NOUNS_LIKE_ADJECTIVES
from timeline.extract.count_words import ROUND_NUMBERS, numbers, numbers_pattern
from timeline.extract.generic_heads import SAYS_WHICH, named_group
from timeline.extract.noun_phrase_edges import (
    RELATIONAL_HEADS,
    has_own_verb,
    noun_before_relative,
    second_noun_phrase,
)
from timeline.extract.placing_phrases import placing_phrase
from timeline.extract.saying_words import SAY_FORMS, SAY_THAT, VERB_NOT_NOUN, alternation, spoken
from timeline.extract.sentences import quotation_open
from timeline.extract.title_complements import complement_missing
from timeline.extract.title_cuts import _limit, shorten_inner_subjects, title_length
from timeline.extract.title_ends import TIME_UNITS, whole_phrase
from timeline.extract.title_open import finite_at
from timeline.extract.title_waits import CONTROL_VERBS
from timeline.extract.title_words import (
    AUX,
    BREAK_WORDS,
    DETERMINERS,
    MAX_CHARS,
    MODALS,
    PRESENT_FORMS,
    REPORTING_FORMS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    finite_verb,
    main_verb_start,
    verbish,
)

__all__ = ["drop_asides", "make_room_for_verb", "said_alone"]

#: An aside in brackets outside a quotation: a gloss, a conversion, a side remark.
_BRACKETED = re.compile(r"\s+\([^()“”\"]{1,120}\)(?=[\s,.;:]|$)")
#: "the loop current, a powerful conveyor belt that extends 3,000 feet deep, will take": an appositive noun phrase
#: between commas, right before an auxiliary (the verb it interrupts).
_APPOSITIVE_BEFORE_VERB = re.compile(
    r"(?<=[\w”\"’]),(?P<mark>[”\"]?)\s+(?:a|an|the|its|his|her|their|our|one|now|also)\s+[^,;“”\"()]{2,120},\s+"
    r"(?=(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS, without={"shall"}) + r")\b)")
#: "it and its partners in the well, including Acme Petroleum, were paying": examples between commas before the verb.
_INCLUDING_BEFORE_VERB = re.compile(r"(?<=[\w”\"’]),(?P<mark>[”\"]?)\s+(?:including|such as|among them|notably)\s+"
                                    r"[^,;“”\"()]{2,80},\s+(?=(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS, without={"shall"})
                                    + r")\b)")
#: "told government officials | in Louisiana | that he expected": where the listeners were, between them and what
#: they were told, is the first thing a headline drops.
_WHERE_TOLD = re.compile(r"\b(?P<verb>tells|told|assured|assures|warned|warns|informed|informs|reminded|reminds)\s+"
                         r"(?P<listener>(?:[a-z]+\s+){0,3}[a-z]+)\s+(?:in|at|on|during)\s+[^,;“”\"()]{1,40}?\s+(?=that\s)")
_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time"}
#: "reveals | in a new memoir entitled Harbour Lights | that he ...", "reported | in a letter to shareholders | that",
#: "said | at the firm's headquarters in Houston, Texas, | that", "warned | over the weekend | that": where, when or
#: before whom a statement was made stands between a verb of saying and its clause; it tells of the saying, not of
#: what was said, and goes before that clause is cut. (It opens with a preposition and a noun phrase, or one word:
#: "admitted | in court | that", and holds no clause: "admitted | to a mistake when it assumed | that" is what was
#: admitted; "that" before a time noun is a demonstrative: "said in an interview that day".)
_WHERE_SAID = re.compile(VERB_NOT_NOUN + r"\b(?P<verb>" + alternation(SAY_THAT) + r")\s+(?:(?:late|early|earlier|later)\s+)?"
                         r"(?:in|at|during|on|over|before|from|via|through)\s+(?:(?:a|an|the|his|her|its|their|this|"
                         r"last|[A-Z][\w.&'’-]*|\d[\d,]*|[a-z]+['’]s)(?:\s+(?!(?:when|while|as|if|because|after|who|which|"
                         r"where|he|she|it|they|we|I|is|was|were|are|had|has|have|would|will|could)\s)[^\s,;:“”\"()]+){0,10}?"
                         r"|[a-z]+)(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},)?\s+(?=that\s+(?!(?:" + "|".join(sorted(TIME_UNITS | _TIME_NOUNS)) +
                         r")\b))")
#: "said that | over the next few days | the company planned to ...": a span of time put before the reported clause's
#: subject tells when, which the timeline's date and the clause's verb tell as well; it goes before the clause is cut
#: ("within" and "by" a time are a deadline, the point of what was said: they stay).
_TIME_BEFORE_REPORTED = re.compile(
    VERB_NOT_NOUN + r"\b(?P<verb>(?:" + alternation(SAY_THAT) + r")(?:\s+that)?)\s+(?:over|in|during|for)\s+the\s+(?:next|coming|"
    r"following|past|last|previous)\s+(?:(?:few|several|" + numbers_pattern(2) + r"|\d+)\s+)?(?:" +
    "|".join(sorted(TIME_UNITS - {"time", "deadline"})) + r")\s+(?=(?:the|an?|its|his|her|their|he|she|it|they|we|I|"
    r"[A-Z][\w'’.&-]*)\b)")
#: "is likely to delay | until after the holidays | the reopening of the plant": a time phrase moved between a verb
#: and its long object is the first thing a headline drops; the object is what the verb says. (A phrase with its own
#: "of", "until the end of the month", or a preposition, "until August at the earliest", may run into what
#: follows; it stays.)
_TIME_BEFORE_OBJECT = re.compile(
    r"\b(?P<verb>(?:to|" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")\s+[a-z]{3,})\s+(?:until|till)\s+(?:after\s+)?(?:the\s+)?"
    r"(?:(?!(?:the|a|an|of|at|in|on|for|by|from|with|to|into|than)\s)[^\s,;“”\"()]+\s+){1,4}(?=(?:the|a|an|its|their|his|her|this|these)\s)")
#: Words opening a modifier after a noun: a preposition, a relative pronoun.
_POSTMODIFIER_OPENERS = {"of", "on", "in", "at", "for", "from", "with", "near", "off", "over", "about", "into",
                         "behind", "between", "among", "across", "under", "after", "before", "who", "which", "whose", "aboard", "outside", "inside", "along", "around"}
#: Words that open a clause: what follows them is no modifier of a noun ("an address | in which the president
#: said", "planned to meet ... to discuss whether").
_CLAUSE_WORDS = {"that", "because", "when", "while", "if", "as", "whether", "which", "who", "whom", "whose", "where",
                 "what", "how", "why", "although", "though", "unless", "until", "since"}
#: Capitalised only because they open the sentence.
_OPENERS = {"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "Some", "Many",
            "Most", "All", "Several", "One", "Two", "Three", "Four", "Five"}
_LOCATIVES = {"in", "into", "off", "near", "at", "across", "along", "around", "inside", "outside", "over", "under",
              "onto", "beneath", "throughout", "on"}


_CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|"
                            r"August|September|October|November|December")


def _names_someone(words: list[str]) -> bool:
    """Whether ``words`` hold a name other than a place after a preposition of place ("the organiser | of the tribute
    concert Chris Hunt" does; "the well | in the Gulf of Mexico" does not)."""
    place = False
    for word in words:
        low = word.lower().strip(",")
        if _CALENDAR_WORD.fullmatch(word.strip(",")):
            continue  # "released late | Friday": a day or a month names no one
        if low in _LOCATIVES:
            place = True
        elif word[:1].isupper():
            if not place:
                return True
        elif low not in {"the", "of", "and", "a", "an"}:
            place = False
    return False


#: Common adjectives a noun modifier may follow: "the new sealing cap", "the first drilling rig".
#: Words that count or take a part: "of" after them names what is counted ("thousands | of boats", "half | of it").
_COUNTS = {"tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "lots", "lot", "number",
           "numbers", "amount", "amounts", "some", "most", "many", "all", "each", "one", "none", "half", "part", "much",
           "several", "both", "any", "majority", "rest", "total", "bulk", "share", "percent", "cent", "quarter",
           "third", *numbers(2), *ROUND_NUMBERS, "few", "couple", "pair", "series", "range", "group", "kind", "type", "sort",
           "avalanche", "wave", "flood", "spate", "string", "barrage", "raft", "host", "slew", "flurry", "stream",
           "torrent", "handful", "swarm", "crowd", "batch", "round", "set"}
#: Words that pick one of several: "the first | of a pair of wells" says nothing without what it picks from.
_ORDINALS = {"first", "second", "fourth", "fifth", "last", "latest", "next", "final", "other", "either", "neither"}
#: A verb and the words a headline keeps of what follows it: at least this many must fit after the subject.
_KEEP_AFTER_VERB = 6
#: ... or, when no modifier makes room for that many, the verb and its object.
_KEEP_AT_LEAST = 3


def drop_asides(text: str, verb_at: int) -> tuple[str, int]:
    """``text`` without its asides in brackets, then without an appositive before a verb, while it is too long
    for a title; ``verb_at`` moves with the text."""
    for pattern in (_BRACKETED, _APPOSITIVE_BEFORE_VERB, _INCLUDING_BEFORE_VERB, _WHERE_TOLD, _WHERE_SAID,
                    _TIME_BEFORE_OBJECT, _TIME_BEFORE_REPORTED):
        if title_length(text) <= MAX_CHARS:
            break
        text, verb_at = _drop_all(pattern, text, verb_at)
    if title_length(text) > MAX_CHARS:
        text = _drop_listener(text, verb_at)
    return text, verb_at


_TOLD = re.compile(r"\b(?:tells|tell|told)\s+(?=[a-zA-Z])")
_THAT_LESS_CLAUSE = 9


def _drop_listener(text: str, verb_at: int) -> str:
    """ "tells a gathering of reporters | the team will not travel": too long a title loses the listener ("says the team
    will not travel"); the clause starts at an article after a noun. ("too early to tell": not the verb at ``verb_at``)"""
    m = _TOLD.search(text)
    if m is None or text[:m.start()].count("“") > text[:m.start()].count("”") or (m.group(0)[:5] == "tell " and m.start() != verb_at):
        return text
    said = {"tells": "says", "tell": "say"}.get(m.group(0).split()[0], "said")  # ("Regulators tell" -> "say")
    words = text[m.end():].split(" ")
    about_time = -1  # where a clause about a time noun of the listener's phrase ends ("on the day | he died |")
    for b in range(1, min(len(words) - 2, 16)):
        if b <= about_time:
            continue
        if words[b - 1] == "to" and words[b][:1].islower():
            return text  # "told BP | to go ahead": an order told, not a report; no clause follows the listener
        if words[b - 1][-1:] in ",;:" or re.search(r"[“”\"()]", words[b - 1]) \
                or words[b - 1].lower() in {"he", "she", "it", "they", "we", "i", "you"}:
            return text  # ("tells Sky News | he believes the ...": the clause began at its pronoun)
        if words[b] in {"he", "she", "they", "we", "I"} and words[b - 1].lower() in _TIME_NOUNS \
                and b + 1 < len(words) and finite_at(words, b + 1):
            # "told his doctor on the day | he died | he would have to ...": a pronoun and its verb right after a time
            # noun say which day; the clause told starts after them.
            about_time = b + 1
            continue
        if words[b] in {"he", "she", "they", "we", "I"} and b + 1 < len(words) and finite_at(words, b + 1):
            # "tells a morning television show | he has not spoken directly to ...": a subject pronoun and its verb
            # open the clause told; the listener goes, the pronoun still names the speaker.
            return text[:m.start()] + said + " " + " ".join(words[b:])
        if words[b] in {"the", "a", "an"} and second_noun_phrase(words[b - 1]) and any(
                finite_verb(w.lower(), words[j - 1].lower()) for j, w in enumerate(words[b + 1:b + _THAT_LESS_CLAUSE], b + 1)):
            return text[:m.start()] + said + " " + " ".join(words[b:])
        if words[b].lower() == "that":
            # "told the City a week ago | that the company expects ...": "tell" with a listener and a "that" clause
            # says what "say" with the clause says; the listener goes, and "that" as a headline drops it ("that
            # morning" is a time, not a clause).
            if b + 2 < len(words) and words[b + 1].lower() not in _TIME_NOUNS and any(
                    finite_verb(w.lower().strip("“”\"‘’"), words[j - 1].lower()) for j, w in enumerate(words[b + 2:b + _THAT_LESS_CLAUSE],
                                                                                  b + 2)):
                return text[:m.start()] + said + " " + " ".join(words[b + 1:])
            return text
    return text




def make_room_for_verb(text: str, verb_at: int) -> tuple[str, int]:
    """A title whose main verb, or the verb of the clause it reports, lies past the limit loses modifiers of the
    subject until that verb and a few words after it fit; a cut that would still leave a clause without its verb
    makes room inside that clause or drops it (:func:`close_open_clause`)."""
    if title_length(text) <= MAX_CHARS:
        return text, verb_at
    fronted = _FRONTED_ADVERBIAL.match(text)
    if fronted is not None and verb_at > fronted.end() and not re.search(r"[“”\"]|\s[A-Z0-9]", fronted.group(0)):
        # (a phrase that names a place, a person or a number, "In Mexico, 20 people died", carries news: it stays)
        # "Even with an end to the crisis in sight, | there are signs of a split between the two": the main clause
        # keeps more of itself once the phrase fronted before it goes, as an editor would drop it.
        rest = text[fronted.end():]
        rest, at = rest[0].upper() + rest[1:], verb_at - fronted.end()
        if len(_limit(rest, at)) - at > len(_limit(text, verb_at)) - verb_at:
            text, verb_at = rest, at
            if title_length(text) <= MAX_CHARS:
                return text, verb_at
    from timeline.extract.title_frames import close_open_clause  # (it builds on this module's shortening)

    return close_open_clause(*_make_room_for_verb(text, verb_at))


#: A phrase of circumstance fronted before the main clause and closed by its comma ("Even with an end in sight,",
#: "Under pressure from investors,", "After weeks of talks,").
_FRONTED_ADVERBIAL = re.compile(r"(?i:(?:even|just|only|still)\s+)?(?i:Under|After|Before|Despite|With|Without|Amid|"
                                r"Following|Faced with|Facing|Given|In|On|At|For|From|Since|During|Like|Unlike|"
                                r"Although|Though|While|When|As|Because|Once|Until)\s[^,;:“”\"]{3,80},\s+(?=[\w$£€])")


def _make_room_for_verb(text: str, verb_at: int) -> tuple[str, int]:
    if title_length(text) <= MAX_CHARS or not verb_at:
        return text, verb_at
    verb_at = _participle_then_verb(text, verb_at)
    if not verb_fits(text, verb_at):
        if _cut_whole_past(text, verb_at, verb_at):
            return text, verb_at  # "The nature of BP's effort to deal with the spill is driven home | by ...": whole
        return shorten_subject_to_verb(text, verb_at, verb_fits, True, clauses_may_name=True)
    inner = _inner_verb(text, verb_at)
    if inner and not verb_fits(text, inner) and not _cut_whole_past(text, verb_at, inner):
        # "The news comes as the official overseeing rail services | resigns": the framed clause's verb is the news;
        # its subject's modifiers go first, then (for "Three engineers in separate interviews say the channel will
        # carry") the speaker's.
        start = _FRAME_END.match(text, verb_at)
        if start is not None and start.end() < inner:
            at = start.end()
            shortened, _ = shorten_subject_to_verb(text[at:], inner - at,
                                                    lambda t, v, k: verb_fits(text[:at] + t, at + v, k), True, frame=text[:at])
            if shortened != text[at:]:
                return text[:at] + shortened, verb_at
        return shorten_subject_to_verb(text, verb_at, lambda t, at, k: verb_fits(t, _inner_verb(t, at) or at, k), True)
    whole = _room_for_complement(text, verb_at)
    if whole is not None:
        return whole
    control = _controlled_infinitive(text, verb_at)
    if control is not None and not verb_fits(text, control[1]) and not _cut_whole_past(text, verb_at, control[1]):
        # "orders the co-chairmen of a commission investigating the spill | to examine the disaster": what the
        # verb wants of its object is the news; the object's modifiers go first.
        start, to_at = control
        shortened, _ = shorten_subject_to_verb(text[start:], to_at - start,
                                                lambda t, at, k: verb_fits(text[:start] + t, start + at, k), True, frame=text[:start])
        return text[:start] + shortened, verb_at
    return text, verb_at


#: "Leaked emails released on Friday | show that": a past participle and its phrase, then a verb of showing or
#: saying in the present with its "that": the participle described the subject and the later verb is the main one
#: (a plural noun before the participle, "documents | released", may have been read as a verb).
_PARTICIPLE_THEN_VERB = re.compile(r"(?:[a-z]{3,}[^s\W]s\s+)?[a-z]{3,}ed\s+(?P<phrase>[^,;:“”\"()]{2,90}?)\s(?P<verb>show|find|reveal|suggest|"
                                   r"indicate|confirm|say)s?\s+that\s")


def _participle_then_verb(text: str, verb_at: int) -> int:
    m = _PARTICIPLE_THEN_VERB.match(text, verb_at)
    if m is None or any(w.lower() in AUX | MODALS | _CLAUSE_WORDS | {"and", "or", "but"}
                        for w in m.group("phrase").split()):
        return verb_at
    return m.start("verb")


#: Where a clause ends after its verb: punctuation, or a word opening a clause or an adjunct of its own.
_CLAUSE_END = re.compile(r"[,;:.!?](?:\s|$)|\s[-—–]+\s|\s(?=(?:as|because|after|while|when|but|which|who|where|"
                         r"including|amid|despite|following|since|until|before|although|though|whereas|unless|if)\s)|$")


def _room_for_complement(text: str, verb_at: int) -> tuple[str, int] | None:
    """ "Two spills from corroded pipes in Alaska place the company's problems | in the spotlight": the verb fits but
    the cut would fall before its complement is whole. When the subject's modifier can go so that the whole clause,
    verb and complement, fits, it goes ("Two spills place the company's problems in the spotlight"); a cut of the
    clause would lose what the verb says."""
    cut = _limit(text, verb_at)
    rest = text[len(cut):].split()
    if _cut_whole_past(text, verb_at, verb_at) or (rest and whole_phrase(cut.split(), rest[0], rest[1:6])
                                                   and not complement_missing(cut.split(), rest[0], rest[1:6])):
        return None  # the cut ends on a whole phrase: the subject keeps its modifiers
    end = _clause_end(text, verb_at)
    if end <= MAX_CHARS or len(text[verb_at:end].split()) < 2:
        return None  # the clause already fits: the cut keeps it whole

    def clause_fits(shortened: str, at: int, _keep: int) -> bool:
        return _clause_end(shortened, at) <= MAX_CHARS

    shortened, at = shorten_subject_to_verb(text, verb_at, clause_fits, True)
    return (shortened, at) if shortened != text else None


def _clause_end(text: str, verb_at: int) -> int:
    """Where the clause whose verb stands at ``verb_at`` ends (outside a quotation)."""
    end = len(text)
    for m in _CLAUSE_END.finditer(text, verb_at):
        before = text[:m.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            end = m.start()
            break
    # "were killed by the explosion | and hundreds of miles of coast were polluted": a second clause joined by "and"
    # (its own subject and finite verb before any comma) is a clause of its own, not part of the first one's complement
    second = _COORDINATED_CLAUSE.search(text, verb_at, end)
    return second.start() if second else end


_COORDINATED_CLAUSE = re.compile(r"\s(?=(?:and|but|or)\s+(?:the\s+|a\s+|an\s+)?[^,;:.“”\"()]{0,50}?\b"
                                 r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\s)")


def _cut_whole_past(text: str, verb_at: int, past: int) -> bool:
    """Whether the title cut as it stands ends on a whole phrase, where a phrase of its own starts, at least two words
    past the verb at ``past``: then nothing the verb needs is lost, and the subject keeps its modifiers."""
    cut = _limit(text, verb_at)
    rest = text[len(cut):].split()
    at_boundary = not rest or rest[0].lower().strip("“”\"‘’,;:") in BREAK_WORDS or text[len(cut):][:1] in ",;:"
    return len(cut) > past and len(cut[past:].split()) >= 2 and at_boundary and (
        not rest or whole_phrase(cut.split(), rest[0], rest[1:6]))


def _controlled_infinitive(text: str, verb_at: int) -> tuple[int, int] | None:
    """Where the object of a verb such as "orders", "urges", "asks" starts and where the "to" of what the verb wants
    of it stands ("orders | the co-chairmen of a commission | to examine"), or None."""
    verb = re.match(r"\S+\s+", text[verb_at:])
    if verb is None or verb.group(0).strip().lower() not in CONTROL_VERBS:
        return None
    start = verb_at + verb.end()
    to = re.match(r"[^,;:“”\"()]{10,120}?\s(?=to\s+(?!(?:the|a|an|its|his|her|their|this|these|those|our)\b)[a-z])",
                  text[start:])  # ("a visit | to the towns": "to" before a noun phrase is a preposition)
    if to and re.search(r"\b(?:that|who|which)\b", to.group(0)):
        return None  # "told officials | that he expected a handover from BP to his": a report told, not an order
    return (start, start + to.end()) if to else None


def said_alone(text: str, verb_at: int, said_at: int, said: str, verb: int) -> str:
    """ "Sweden's Ministry of Health and Social Affairs says the World Health Organisation | has decided to raise the
    threat level": when the framed title (``text``, its reporting verb at ``verb_at``) can never be cut after the verb
    of what was said (``said``, from ``said_at``; its verb at ``verb``), that clause, cut at its own last whole
    phrase, is the title: the issue drops attributions first."""
    if len(said) <= MAX_CHARS:
        return said
    shortened = shorten_inner_subjects(text)  # (what the framed title will be cut from)
    framed = _limit(shortened, verb_at)
    reached = main_verb_start(shortened[said_at:]) if shortened.startswith(text[:said_at]) else 0
    if len(framed) > said_at + reached:
        return said  # the framed title keeps the reported verb: the speaker stays
    own = _limit(said, verb)
    if len(own[verb:].split()) >= 3 and whole_phrase(own.split(), (said[len(own):].split() or [None])[0]):
        return own
    return said


#: Verbs of showing and finding: their news is the clause they report ("documents show that the office was involved").
_SHOWING = {"show", "shows", "showed", "find", "finds", "found", "reveal", "reveals", "revealed", "suggest",
            "suggests", "suggested", "indicate", "indicates", "indicated", "confirm", "confirms", "confirmed",
            "conclude", "concludes", "concluded", "report", "reports", "reported"}
_SAYS = re.compile(r"(?:" + alternation(SAY_FORMS, spoken("tell", "add", "warn"), {"believes", "thinks"}) + r")\s+(?:that\s+)?|"
                   r"(?:" + "|".join(sorted(_SHOWING)) + r")\s+that\s+")


_FRAME_END = re.compile(r"\S+\s+(?:that\s+|as\s+|after\s+|because\s+|when\s+|while\s+|since\s+|amid reports that\s+)?")
#: "The news comes as ...", "It came after ...": a main clause of a few words whose news is the clause it frames.
_FRAMING = re.compile(r"(?:comes|came|come)\s+(?:as|after|because|when|while|since|amid reports that)\s+"
                      r"(?=(?:the|a|an|[A-Z])\S*\s)")


def _inner_verb(text: str, verb_at: int) -> int:
    """Where the verb of a clause reported by the main verb stands ("say the channel | will carry"), or of the clause
    a short main clause frames ("The news comes as the official | resigns"), or 0."""
    frame = _SAYS.match(text, verb_at)
    if frame is None and len(text[:verb_at].split()) <= 3:
        frame = _FRAMING.match(text, verb_at)
    if frame is None or re.search(r"[“”\"]", text[:verb_at]):
        return 0
    inner = main_verb_start(text[frame.end():])
    return frame.end() + inner if inner > 0 else 0


def _drop_all(pattern: re.Pattern[str], text: str, verb_at: int) -> tuple[str, int]:
    out, shift, last = [], 0, 0
    for m in pattern.finditer(text):
        mark = m.groupdict().get("mark") or ""
        if pattern is _APPOSITIVE_BEFORE_VERB and re.match(r",[”\"]?\s+\S+\s+[A-Z]", m.group(0)):
            continue  # "a new ship, the Helix Producer, is": a name in apposition is news, not an aside
        before = text[:m.start()] + mark
        if quotation_open(before):
            continue  # inside a quotation the words are the speaker's and stay
        # (a bracket goes with the space before it; an appositive leaves its quote mark and one space)
        replacement = mark + " " if m.group(0).startswith(",") else ""
        if m.groupdict().get("listener"):
            replacement = m.group("verb") + " " + m.group("listener") + " "
        elif m.groupdict().get("verb"):
            replacement = m.group("verb") + " "
        out.append(text[last:m.start()] + replacement)
        if m.start() < verb_at:
            shift += len(m.group(0)) - len(replacement)
        last = m.end()
    if not out:
        return text, verb_at
    out.append(text[last:])
    return "".join(out), max(0, verb_at - shift) if verb_at else 0


def verb_fits(text: str, verb_at: int, keep: int = _KEEP_AFTER_VERB) -> bool:
    """Whether the verb at ``verb_at`` and a few words after it, up to the end of its clause, fit in a title."""
    kept = []
    for word in text[verb_at:].split()[:keep]:
        kept.append(word)
        if word[-1:] in ",;:.":
            break  # "could be done, port officials say": the clause ends here
    return verb_at + len(" ".join(kept).rstrip(",;:.")) <= MAX_CHARS


def shorten_subject_to_verb(text: str, verb_at: int, fits: Callable[[str, int, int], bool],
                             names_stay: bool = False, clauses_may_name: bool = False, frame: str = "") -> tuple[str, int]:
    """ "The latest effort to siphon oil and gas gushing from a ruptured deep-sea wellhead is working": the verb
    lies past the limit, so the subject loses the last modifier after a noun that makes room for the verb and
    a few words after it (a participle or relative phrase, else a prepositional one), keeping what comes before:
    "The latest effort to siphon oil and gas is working"."""
    subject = text[:verb_at].split()
    # "an oil company that owns a quarter of the well, blasted BP": a comma only after the subject's relative
    # clause closes that clause; it marks no aside, and it goes with the clause.
    closed = re.sub(r",\s*$", "", text[:verb_at]) if re.search(r"\s(?:who|which|that)\s[^,]+,\s*$", text[:verb_at]) \
        else text[:verb_at]
    # ('a "top kill" technique': a quoted term after its article is a name; 'speak about "celebrating ..."' is a quote)
    closed = re.sub(r"(?i)(\b(?:a|an|the|its|his|her|their|this|so-called)|['’]s)(\s+[a-z]+)?\s+[“\"](?:[^“”\"\s,]+\s){0,3}"
                    r"[^“”\"\s,]+[”\"]", r"\1", closed)
    if len(subject) < 4 or re.search(r"[“”\"();:]|,(?!\d)|\s[-—–]+\s|\s['‘`]", closed) or subject[0].lower() in {"there", "it"} \
            or not (verbish(verb := text[verb_at:].split(" ", 1)[0].lower().strip(",;:"), subject[-1].lower())
                    or verb in SPEECH_VERBS or verb in SPEECH_PRESENT or verb in {"say", "tell", "warn", "add", "to"}
                    or verb in _SHOWING or f"{verb}s" in PRESENT_FORMS or f"{verb}es" in PRESENT_FORMS  # ("inspectors | discover")
                    or (re.fullmatch(r"[a-z]{3,}[^s\W]s", verb) and subject[-1][-1:] != "s")):  # ("official | resigns")
        return text, verb_at  # an aside or a verb that may be misread: the subject's end is not sure
    rest = text[verb_at:]
    candidates = []
    for i in range(2, len(subject)):
        word, previous = subject[i].lower().strip(","), subject[i - 1]
        if previous[-1:] in ",:" and word not in {"who", "which", "whose"}:
            continue  # a comma before a preposition ends a list or an aside, not a noun's modifier
        noun_before = previous[-1:].isalnum() and previous.lower() not in DETERMINERS | AUX | _POSTMODIFIER_OPENERS \
            and previous.lower() not in {"to", "and", "or", "not", "been", "be"} and not previous.lower().endswith("ly") \
            and not verbish(previous.lower().strip(","), "") and subject[i - 2].lower() != "to" \
            and previous.lower() not in _COUNTS and not re.fullmatch(r"[$£€]?\d[\d.,]*%?", previous)
        # ("the owners of three | ageing tankers": after a number the word is the counted noun's modifier)
        # ("sand trickling | from a tank", "an effort to deal | with the spill": a verb's phrase, not a modifier)
        participle = (re.fullmatch(r"[a-z]{3,}ing", word) or (re.fullmatch(r"[a-z]{3,}ed", word)
                                                              or word in IRREGULAR_PARTICIPLES)) \
            and previous[:1].islower() and noun_before and previous.lower() not in ADJECTIVES \
            and (not previous.lower().endswith(ADJECTIVE_ENDS) or previous.lower() in NOUNS_LIKE_ADJECTIVES)
        # ("the new | sealing cap": the participle is a modifier's noun; "the official | overseeing" is a noun's)
        # ("an oil company | that owns ...": "that" before a verb opens a relative clause)
        relative_that = word == "that" and noun_before and i + 1 < len(subject) and (verbish(subject[i + 1].lower(), "") or re.fullmatch(r"[a-z]{2,}[^s\W]s", subject[i + 1]) is not None)
        if (word in _POSTMODIFIER_OPENERS and noun_before) or participle or relative_that or _duration(subject[i:]):
            candidates.append(i)
        elif re.fullmatch(r"[a-z]{3,}ly", word) and word not in {"only", "early", "family", "daily", "weekly", "likely"} \
                and noun_before and previous[:1].islower() and i + 1 < len(subject) \
                and re.fullmatch(r"[a-z]{3,}ed", subject[i + 1]) and subject[i + 2:i + 3] \
                and subject[i + 2].lower() in _POSTMODIFIER_OPENERS:
            candidates.append(i)  # "a student | recently returned from the US": an adverb opens the participle phrase
    relative = next((i for i in candidates if subject[i].lower() in {"who", "which", "whose", "that"}
                     and subject[i - 1].lower() not in SAYS_WHICH), None)
    if relative is not None:  # a headline drops a relative clause whole, not its tail
        candidates = [i for i in candidates if i <= relative]
    # The last modifier whose loss makes room for the verb and what follows it; else for the verb and its object.
    # Last, a clause describing the subject goes though it names someone ("The failure of a technique [attempted by
    # BP ...] has unleashed"): a name in what was done says less than the verb the title would lose; a phrase that
    # says whose the subject is ("a spokesperson | for the Food Authority") never goes so.
    clauses = [i for i in candidates if subject[i].lower() in {"who", "which", "that"}
               or re.fullmatch(r"[a-z]{3,}(?:ed|ing)", subject[i]) or subject[i].lower() in IRREGULAR_PARTICIPLES]
    # (only when the cut would keep less than the verb and three words: "A lawsuit brought against BP ... is dropped
    # by the plaintiff" keeps its subject)
    passes = ((False, _KEEP_AFTER_VERB), (False, _KEEP_AT_LEAST)) + (
        ((True, _KEEP_AT_LEAST),) if clauses_may_name and len(_limit(text, verb_at)[verb_at:].split()) <= _KEEP_AT_LEAST
        else ())
    for names_go, keep in passes:
        for i in reversed(clauses if names_go else candidates):
            if _droppable(subject, i, names_stay and not names_go, rest, frame) and not (names_go and any(
                    (re.fullmatch(r"[a-z]{3,}ed", w) and subject[j - 1].lower() not in DETERMINERS)
                    or w in AUX | PRESENT_FORMS | REPORTING_FORMS | SPEECH_VERBS
                    for j, w in enumerate(subject[i + 1:], i + 1) if j > i + 1 or subject[i].lower() not in {
                        "who", "which", "that"})):
                # (another verb in what would go, past the relative clause's own: the subject's end was misread)
                head = " ".join(subject[:i]).rstrip(",")
                if fits(head + " " + rest, len(head) + 1, keep):
                    return head + " " + rest, len(head) + 1
    return text, verb_at


def _duration(words: list[str]) -> bool:
    """Whether ``words`` are only a span of time ("for the past three months", "over several weeks"): what the timeline
    shows by its dates, the first phrase a subject's clause can spare ("a relief well that BP has been drilling | for
    the past three months will be used")."""
    return re.fullmatch(r"(?:for|over|during|in|throughout)\s+(?:the\s+)?(?:(?:past|last|previous|first|next)\s+)?"
                        r"(?:(?:few|several|many|" + numbers_pattern(2) + r"|\d+)\s+)?(?:" +
                        "|".join(sorted(TIME_UNITS - {"time", "deadline"})) + ")", " ".join(words).lower().rstrip(",")) is not None


def _droppable(subject: list[str], i: int, names_stay: bool, rest: str = "", frame: str = "") -> bool:
    """Whether the words of ``subject`` from ``i`` on are a modifier of the noun before them that can go (``rest``: the
    title from the verb on; ``frame``: its words before the subject, a reported clause's "Officials say")."""
    dropped = subject[i:]
    if subject[i - 1][:1].isupper() and subject[i + 1:i + 2] and subject[i + 1][:1].isupper():
        return False  # "the Department | of Homeland Security": inside a name
    # ("People who could become panel members | in the trial ... are being asked": the verbs after a relative
    # pronoun that follows the head noun are its clause's, and the clause stays; only its last phrase goes)
    own = next((j for j in range(1, i - 1) if subject[j].lower() in {"who", "which", "that"}
                and noun_before_relative(subject[j - 1])), i)
    if any(verbish(w.lower(), subject[j - 1].lower()) and subject[j - 1].lower() != "to"
           for j, w in enumerate(subject[1:own], 1)) \
            or any(w.lower() in _CLAUSE_WORDS and not (w.lower() in {"that", "which", "who"} and noun_before_relative(
                dropped[j - 1]) and has_own_verb(dropped[j + 1:])) for j, w in enumerate(dropped[1:], 1)) \
            or (subject[i].lower() not in {"who", "which", "whose", "that"} and subject[i].lower() in _CLAUSE_WORDS) \
            or (subject[i].lower().endswith(("ed", "ing")) and subject[i + 1:i + 2] == ["to"]):
        return False  # a verb before the cut or a clause in what goes: the subject's end was misread
    # ("in federal waters | between Louisiana and Florida": the "and" of "between" joins no subjects)
    joined = re.sub(r"\bbetween\s+[^,;]+?\s+and\b", "between", " ".join(dropped)).split()
    if any(w.lower().strip(",") in {"and", "or", "but"} for w in joined) and subject[i].lower() not in {
            "who", "which", "that", "whose"} and not re.fullmatch(r"[a-z]{3,}(?:ing|ed)", subject[i]):
        return False  # "of BP and Shell": a coordination may join two subjects, not one modifier
    relative = subject[i].lower() in {"who", "which", "that", "whose"}
    if relative and (len(dropped) < 3 or dropped[-1].lower() in AUX | MODALS):
        return False  # "teachers who might | have come": the verb was misread inside the relative clause
    passive_modifier = re.fullmatch(r"(?:[a-z]{3,}ly\s+)?[a-z]{3,}ed", " ".join(dropped[:2]) if dropped[0].endswith("ly")
                                    else dropped[0]) and "by" not in (w.lower() for w in dropped)
    # ("documents | released on Friday under the Freedom of Information Act": what was done to the subject, not who
    # the subject is; an agent after "by" may be)
    # (a name the rest of the title repeats is not lost: "an oil company | that owns part of BP's well blasts BP")
    told = [w for w in dropped if not (w[:1].isupper() and re.search(
        r"\b" + re.escape(re.sub(r"['’]s$", "", w.strip(",;:"))) + r"\b", rest))]
    if names_stay and not passive_modifier and _names_someone(told) and not _names_someone(subject[1:i] if subject[0] in _OPENERS
                                                                     else subject[:i]):
        return False  # "a spokesperson | for the Abu Dhabi Food Authority": without the name the subject is nobody
    if any(w in {"A", "An", "The"} for w in dropped[1:]):
        return False  # "... claims A federal judge has": a headline run into its story, not one noun phrase
    # ("that owns | a quarter", "to close | the gate": a verb and its object)
    if any(w.lower() in {"the", "a", "an"} and second_noun_phrase(dropped[j - 1]) and not (relative and j == 2)
           and not (j >= 2 and dropped[j - 2].lower() == "to") for j, w in enumerate(dropped[1:], 1)):
        return False  # "tells a crowd of reporters on Friday | the team will": the second noun phrase is the subject
    if subject[i].lower() == "of" and (subject[i - 1].lower() in _COUNTS | _ORDINALS or re.fullmatch(r"[$£€]?\d[\d.,]*%?",
                                                                                                    subject[i - 1])):
        return False  # "the era of thousands | of oil-skimming boats": a count says nothing without what it counts
    if subject[i].lower() == "of" and subject[i - 1].lower() in RELATIONAL_HEADS:
        return False  # "the head | of the bus company": a relational noun says who only with its "of"
    if (relative and subject[i - 1].lower() in SAYS_WHICH) or named_group(subject, rest, frame) \
            or placing_phrase(subject, i, rest, frame):  # ("the release | of the bomber": :mod:`.placing_phrases`)
        return False  # "people who had been in contact", "Companies | involved in the spill": it says which ones
    # (an auxiliary in the dropped words outside a relative clause: the subject's end was misread)
    return relative or not any(w.lower() in AUX for w in dropped)
