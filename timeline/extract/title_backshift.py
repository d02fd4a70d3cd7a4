"""The reported clause in the headline present: a title undoes the sentence's sequence of tenses.

A news sentence backshifts what a speaker said into the past ("BP said it was proceeding", "he said he would
resign"). Once the title puts the saying in the present ("BP says"), the backshifted verb reads as broken
English or as a different claim; a headline says "BP says it is proceeding", "he says he will resign". Only the
reported clause's first finite verb changes, and only where its past is the backshift's alone: a progressive, a
copula, a perfect, "would". A simple past ("says it found"), a passive ("says the lease was extended"), a modal
that has no present of its own, a clause that names its own past date, and anything in quotation marks keep
their words.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_PATTERN, PARTICIPLE_BASE_PAIRS
from timeline.extract.happenings import EVENT_NOUNS
from timeline.extract.saying_times import CLAUSE_OPENING, after_saying_time, looks_to_a_period
from timeline.extract.saying_words import alternation
from timeline.extract.subordinators import SUBORDINATORS
from timeline.extract.title_grammar import QUESTION_WORDS
from timeline.extract.title_verbs import PARTICIPLES
from timeline.extract.title_words import ING_PREPOSITIONS, SPEECH_VERBS, main_verb_start

#: Past verbs of saying and knowing whose headline present opens a reported clause, beyond :data:`SPEECH_VERBS`.
KNOWING_VERBS = frozenset({"admitted", "believed", "thought", "estimated", "predicted", "reported", "revealed",
                           "conceded", "disclosed", "forecast", "promised", "pledged", "vowed"})
#: Their present forms, which a sentence may already use ("says", "tells", "believes").
_PRESENT_SAYING = frozenset({"says", "say", "tells", "tell", "announces", "announce", "admits", "admit", "believes",
                             "believe", "thinks", "think", "warns", "warn", "reports", "report", "estimates",
                             "estimate", "confirms", "confirm", "insists", "insist", "predicts", "predict",
                             "acknowledges", "acknowledge", "declares", "declare", "claims", "claim", "notes",
                             "note", "adds", "add", "writes", "write", "concedes", "concede", "reveals", "reveal",
                             "promises", "promise", "pledges", "pledge", "vows", "vow"})

#: The listener a verb of telling names before the clause ("tells MPs", "tells the nation", "told Reuters").
_LISTENER = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,4}|(?:reporters|journalists|lawmakers|legislators|analysts|"
                       r"investors|shareholders|employees|staff|workers|residents|him|her|them|us|me|the\s+[a-z]+)\s+)")
#: The listener of a telling, for the finders of its reported clause.
LISTENER = _LISTENER
#: Adverbs between an auxiliary and its verb ("had already paid", "was gradually ramping", "would not slow").
_ADVERBS = r"(?:(?:[a-z]+ly|not|never|now|still|also|already|just|since|yet|soon|again|so\s+far|then)\s+)*"
#: Adjectives of ability, readiness and likelihood: "would be able to" is the backshifted "will be able to" (a forecast
#: or plan), unlike a judgement ("would be wrong to"), which tells a condition.
_ABILITY = r"(?:(?:un)?able|(?:un)?likely|ready|(?:un)?willing|due|free)\b"
#: A participle after "was" or "had" ("un-" opens an adjective instead: "was unprepared", "were unfounded").
_PARTICIPLE = r"(?!un)(?:[a-z]{2,}ed|been|" + "|".join(sorted(IRREGULAR_PARTICIPLES | PARTICIPLES | {
    pair.split(":")[0] for pair in PARTICIPLE_BASE_PAIRS.split()})) + r")\b"
#: A second clause in the simple past after "and" ("and a staff photographer used software"): the speaker tells
#: a story in its past, and the first clause's past is the story's, not the backshift's.
_NEXT_STEP = re.compile(r",?\s+(?:and|then)\s+(?:the|a|an|his|her|its|their|this|that|he|she|they|it|we|[A-Z][\w-]+|[a-z]+s)\s+"
                        r"(?:(?!(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS, WILL_WOULD, without={"being"}) + r")\b)[\w-]+\s+){0,3}?"
                        r"(?!(?:was|were|had|did)\b)(?:[a-z]{2,}ed|" + IRREGULAR_PAST_PATTERN + r")\b(?!\s+by\b)")
#: A date or a time in the past inside the clause: the clause says when its own happening was.
_OWN_PAST = re.compile(r"\b(?:ago|earlier|previously|last\s+(?:week|month|year|night)|yesterday|in\s+(?:19|20)\d\d|"
                       r"(?:" + MONTH_PATTERN + r")\.?\s+\d+|(?:on\s+)?(?:" + WEEKDAY_NAME_PATTERN + r")|"
                       r"(?:a|one|two|three|the)\s+(?:day|days|week|weeks)\s+(?:after|before)|"
                       # ("had failed to respond before the blast": set against a past happening)
                       r"(?:before|after|during|since)\s+the\s+(?:" + "|".join(sorted(EVENT_NOUNS)) + r"))\b")
#: Words that open a clause of its own before the reported clause's subject ("says after the well was plugged").
_OPENERS = SUBORDINATORS | {"of", "in", "on", "at", "for", "by", "during", "with", "without", "despite", "to"}
#: Verbs of saying whose object is as often a thing written or asked as a clause: only "that" opens their report.
_OBJECT_FIRST = {"wrote", "writes", "write", "posted", "tweeted", "asked", "replied", "responded"}
_PERSONAL = {"i": False, "we": True, "you": True, "they": True, "he": False, "she": False, "it": False}


def saying_verb(word: str) -> bool:
    """Whether the title's main verb ``word`` (before it was made present) opens a reported clause."""
    return word in SPEECH_VERBS or word in KNOWING_VERBS or word in _PRESENT_SAYING


#: Any verb of saying or knowing, past or present: where a reported clause's frame ends.
_SAYING_VERB = re.compile(r"\b(?:" + alternation(SPEECH_VERBS, KNOWING_VERBS, _PRESENT_SAYING) + r")\b")


def dated_report(sentence: str, remove: list[tuple[int, int]]) -> bool:
    """Whether a removed date stood in the reported clause ("said the rig had exploded [on April 20]", "said that
    [as of May 17] there were"): the date is that happening's, whose past is its own and stays. A date between the
    verb and its clause is the saying's ("said [last week] it was"): the event stands at it, and so does the present."""
    said = _SAYING_VERB.search(sentence)
    if said is None:
        return False
    # ("told the parliament [this morning] that": the listener is no subject of the reported clause)
    listener = _LISTENER.match(sentence, said.end() + 1) if said.group(0).startswith(("tell", "told")) else None
    end = listener.end() - 1 if listener else said.end()
    clause = after_saying_time(sentence, end)  # ("said [on Monday] the city would": the saying's own time first)
    return any(re.search(r"\bthat\b|\b(?:was|were|had)\b", sentence[end:start]) or _CLAUSE_SUBJECT.match(sentence, clause, start)
               or CLAUSE_OPENING.match(sentence, clause, start) for start, _ in remove if start >= clause)


def dated_predicate(sentence: str, remove: list[tuple[int, int]]) -> bool:
    """Whether a removed date stood in the reported clause after that clause's verb ("said the depot had passed its
    inspection [in May]", "admitted in an interview that he had decided [in 2007] to drop the plan"): the date is the
    reported happening's, not a name in its subject ("said the [1987] strike had cost the town dearly")."""
    if not dated_report(sentence, remove):
        return False
    said = _SAYING_VERB.search(sentence)
    assert said is not None  # dated_report found it
    listener = _LISTENER.match(sentence, said.end() + 1) if said.group(0).startswith(("tell", "told")) else None
    clause = listener.end() - 1 if listener else said.end()
    # ("admitted in an interview that he had ...": the saying's occasion before its "that")
    that = re.match(r"(?:\s+(?:in|on|at|during|to)\s+[^,;:“”\"]{1,40}?)?\s+that\s+", sentence[clause:])
    clause += that.end() if that else len(sentence[clause:]) - len(sentence[clause:].lstrip())
    if looks_to_a_period(sentence, remove, clause):
        return False  # ("said it would generate $30bn this year": a forecast, the saying's news of its day)
    pair = re.match(r"(?i)(?:he|she|they|we|i)\s+and\s+", sentence[clause:])  # ("he and the engineers worked")
    verb = pair.end() + main_verb_start(sentence[clause + pair.end():]) if pair else main_verb_start(sentence[clause:])
    return verb > 0 and any(start >= clause + verb and _governs(sentence[clause + verb:start]) for start, _ in remove)


#: What the reported clause's verb may not be for its date to be its happening's: a verb of expecting, hoping or
#: thinking ("he expected to have a decision Wednesday": the decision's), a negation ("did not regret meeting them
#: last week": no happening at the date).
_NOT_A_HAPPENING = re.compile(r"(?:[a-z]+ly\s+)?(?:(?:did|does|do|had|has|have|was|were|is|are|would|could)\s+)?(?:not\b|never\b|"
                              r"\w+n['’]t\b|(?:expect|hope|plan|intend|want|wish|aim|think|thought|believe|fear|see|saw|"
                              r"regret|predict|estimate|consider)\w*\b)")
#: Between the verb and its date, what opens another clause or phrase the date may belong to instead: a "that" or a
#: conjunction and its clause ("discovered that the alarm had been disabled a year before"), a participle after a
#: noun ("ignored rules put in place in 2003"), another saying ("after Sechin said ... on Monday").
_NESTED = re.compile(r"\b(?:that|which|who|after|before|when|while|because|although|though|whether|if|unless|said|says|"
                     r"told|tells)\s+\S+\s+\S|(?<![\w'’-])(?!(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS, without={"being"}) + r"|to|not|also|already)\s)"
                     r"[a-z]+\s+(?!(?:been|need|feed|seed|speed|bleed|breed)\b)(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES))
                     + r")(?![\w'’-])")


def _governs(between: str) -> bool:
    """Whether a reported clause's verb, opening ``between``, governs the date that follows it."""
    if _NOT_A_HAPPENING.match(between) or re.search(r"(?i)\b(?:before|until|till|since|from|through)\s*$", between):
        return False  # ("did not see a recovery before 2010": the edge of a span is no time of a happening)
    first = re.match(r"(?:[a-z]+ly\s+|had\s+|has\s+|have\s+|been\s+|was\s+|were\s+|is\s+|are\s+|will\s+|would\s+)*\S+",
                     between)
    return not _NESTED.search(between, first.end() if first else 0)


#: A subject that names its own time ("Monday's coverage was", "last week's vote had"): its past is that time's.
_DATED_SUBJECT = re.compile(r"\b(?:" + WEEKDAY_NAME_PATTERN + r"|[Yy]esterday|[Tt]oday|[Tt]onight|week|month|year|"
                            + MONTH_PATTERN + r"|\d{4})['’]s?\b")


#: The reported clause's subject right after the verb ("said a leak [in 2007] had"): a date after it is the clause's.
_CLAUSE_SUBJECT = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|these|it|he|she|they|we)\s")


def present_report(rest: str, word: str, plural_of, dated: bool = False) -> str:
    """``rest`` (the words after the title's verb of saying ``word``) with the reported clause's first finite verb
    in the headline present. ``plural_of`` says whether a subject takes a plural verb; ``dated`` that a removed
    date stood in the clause."""
    if re.match(r"\s*[:“”\"‘]", rest):
        return rest  # 'says: “I was there”': the speaker's own words
    at = re.match(r"\s+", rest)
    if at is None:
        return rest
    start = at.end()
    if word.startswith(("tell", "told")):
        listener = _LISTENER.match(rest, start)
        if listener is None:
            return rest
        start = listener.end()
    that = re.match(r"that\s+", rest[start:])  # ("wrote a study of how the slide had altered": an object)
    start += that.end() if that else 0
    clause = rest[start:]
    verb_at = main_verb_start(clause)
    noun = re.match(r"(?:the|its|his|her|their|our|a|an)\s+[a-z]+s\s+(?=(?:was|were|had|would)\b)", clause)
    verb_at = noun.end() if noun and verb_at == clause.find(" ") + 1 else verb_at  # "its costs had": "costs" is a noun
    subject = clause[:verb_at].strip()
    words = subject.split()
    if verb_at <= 0 or not words or len(words) > 8 or words[0].lower() in _OPENERS or re.search(r"[,;:“”\"(]", subject[:1]) \
            or re.search(r"[,;:()—–]", subject) or subject.count("“") != subject.count("”") \
            or re.search(r"\s(?:to|who|which|that|whose|[a-z]{3,}ed)\s", f" {subject} ") \
            or any(w.lower() in QUESTION_WORDS for w in words) or (that is None and word in _OBJECT_FIRST) \
            or _DATED_SUBJECT.search(subject):
        return rest  # no plain subject: a phrase or clause of its own opens the report, or the verb is inside it
    verb = re.compile(r"(was|were|had|would)\b").match(clause, verb_at)
    if verb is None:
        return _present_attitude(rest, start, clause, verb_at, words, plural_of, dated)
    after = clause[verb.end():]
    head = re.split(r"\s(?:of|in|at|on|from|for|with|off|near)\s", f" {subject} ")[0].split()[-1].strip("“”\"’'")
    if re.search(r"\s(?:and|but)\s+" + _ADVERBS + r"(?:was|were|had|would)\b", re.split(r"[;:“”\"—–]", clause)[0]):
        return rest  # "was stopping the oil but had a way to go": both verbs keep one tense
    if re.search(r"\shad\s+" + _ADVERBS + _PARTICIPLE, clause[verb.end():]):
        return rest  # "had sought to hide the fact he had given": a story told in its past, step by step
    if verb.group(1) in ("was", "were") and _NEXT_STEP.search(re.split(r"[,;:“”\"—–]", clause[verb.end():])[0]):
        return rest  # "were blank in the original picture and a photographer added images": a past told step by step
    if re.search(r",?\s+and\s+(?:since|now|later|then|afterwards|until)\b", clause[verb_at:]):
        return rest  # "said the risks were small, and since the spill has urged caution": the speaker's past, then
    if verb.group(1) in ("was", "were"):
        if dated or _OWN_PAST.search(after.split(",")[0]):
            return rest
        step = re.match(r"\s+[“\"‘]?" + _ADVERBS + r"([a-z’'-]+)", after)  # ('was “successfully tested”': a passive)
        following = step.group(1) if step else ""
        if following.endswith("ing") and following not in ING_PREPOSITIONS:
            new = "is" if verb.group(1) == "was" else "are"  # "was proceeding" -> "is proceeding"
        elif re.fullmatch(_PARTICIPLE, following) or following in {"born", "killed", "hit", "shut", "cut", "put", "set"} \
                or (following == "to" and not re.match(r"\s+(?:" + _ADVERBS + r"to\s+blame|(?:un)?likely\s+to)\b", after)) \
                or head.lower() in EVENT_NOUNS:
            return rest  # a passive, "was to meet", a happening's own past ("the spill was preventable")
        elif words[0][:1].isupper() and words[0] not in ("The", "It", "He", "She", "They", "We", "There") \
                and re.match(r"\s+an?\s", after):
            return rest  # "said Jackson was a showman": what a named one was, which may be over
        else:
            new = "is" if verb.group(1) == "was" else "are"  # "was ready", "was to blame", "there was no evidence"
        if words[0] == "I":
            return rest
    elif verb.group(1) == "had":
        perfect = re.match(r"\s+" + _ADVERBS + r"(?:been\s+" + _ADVERBS + r"(?:[a-z]+ing|" + _PARTICIPLE + r")|(?!been\b)"
                           + _PARTICIPLE + r")", after)
        if dated or _OWN_PAST.search(after.split(",")[0]) or (perfect is None and not (head == "there" and re.match(r"\s+been\s", after))) or re.fullmatch(r"[A-Z]\w+s", head):
            return rest  # "had to", "had no evidence", "had been unprepared": a past state; "had exploded on May 2"
        if head == "there":
            complement = re.match(r"\s+" + _ADVERBS + r"been\s+([^,;:.]+)", after)
            plural = complement is not None and plural_of(re.split(r"\s(?:of|in|at|on|for|from|with|to)\s",
                                                                   complement.group(1))[0])
        else:
            plural = _PERSONAL.get(head.lower(), plural_of(subject)) if len(words) == 1 else plural_of(subject)
        new = "have" if plural else "has"
    else:
        if re.match(r"\s+" + _ADVERBS + r"have\b", after) or re.search(r"\b(?:if|unless)\b", after) \
                or re.match(r"\s+" + _ADVERBS + r"be\s+[“\"]?(?!" + _PARTICIPLE + r"|" + _ABILITY + r")[a-z]+[”\"]?\s+to\s+(?!(?:the|an?|"
                            r"all|its|his|her|their|this|that|these|those|some|any|no)\b)[a-z]", after):
            return rest  # "would have needed", "would work if it were tried", "would be wrong to": a condition
        new = "will"
    return rest[:start] + clause[:verb_at] + new + clause[verb.end():]


#: Verbs of intention, belief, expectation and wish, whose past after a verb of saying is the backshift's alone
#: ("BP said it planned to drill": BP says it plans to), with their present forms (singular, plural).
_ATTITUDES = {"planned": ("plans", "plan"), "intended": ("intends", "intend"), "expected": ("expects", "expect"),
              "believed": ("believes", "believe"), "hoped": ("hopes", "hope"), "wanted": ("wants", "want"),
              "feared": ("fears", "fear"), "thought": ("thinks", "think"), "aimed": ("aims", "aim"),
              "anticipated": ("anticipates", "anticipate")}
#: Those whose own clause follows ("believed the cap was likely to hold"): it is reported as well.
_BELIEFS = {"believed", "thought", "expected", "feared", "hoped"}


def _present_attitude(rest: str, start: int, clause: str, verb_at: int, words: list[str], plural_of,
                      dated: bool) -> str:
    """ "says he believed the cap was likely to hold" -> "says he believes the cap is likely to hold": a reported
    intention, belief or expectation holds at the saying, and so does a clause believed. A clause that names its own
    past keeps its words ("said he hoped in 2008 to")."""
    attitude = re.compile(r"(?:[a-z]+ly\s+|still\s+|also\s+)?(" + "|".join(_ATTITUDES) + r")\b").match(clause, verb_at)
    own = clause[attitude.end():].split(",")[0] if attitude else ""
    # A date in the infinitive after the attitude is the plan's time, not the saying's ("said it planned to reopen the
    # park [on Friday]": it plans to); a date in a clause believed may be that clause's own past.
    planned = attitude is not None and re.match(r"\s+to\s", clause[attitude.end():]) is not None
    if attitude is None or (dated and not planned) or _OWN_PAST.search(own) or re.search(r"\b(?:before|since|until|in|during|spring|summer|"
                                                                        r"autumn|fall|winter)\s+(?:19|20)\d\d\b", own):
        return rest  # ("thought it unlikely Turkey would finish before spring 2007")
    word, head = attitude.group(1), words[-1]
    plural = _PERSONAL.get(head.lower(), plural_of(head)) if len(words) == 1 else plural_of(" ".join(words))
    after = clause[attitude.end():]
    believed = present_report(after, word, plural_of) if word in _BELIEFS else after
    if believed == after and re.search(r"\b(?:was|were|would|had)\b", re.split(r"[,;:—–]", after)[0]):
        return rest  # ('hoped the “searing impact” would override': a clause left in the past keeps its frame's past)
    after = believed
    return rest[:start] + clause[:attitude.start(1)] + _ATTITUDES[word][1 if plural or head == "I" else 0] + after
