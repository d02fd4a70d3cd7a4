"""Whether a written title can be published as a headline, judged on the title alone.

The title writer shortens, resolves and reorders, and on most sentences it ends with a headline. Some
sentences give it nothing to work with: a bare noun phrase ("the looming elections"), a pronoun whose
antecedent lies in another sentence ("That may not happen until mid-August"), a piece that starts
inside a clause ("Shattering its own record", "Guitar) and Patrick move"). A reader of a timeline sees
only the title, so such a title says nothing or the wrong thing. :func:`title_defect` names what is
wrong; the caller keeps another mention's title for the event, or leaves the event out when no
mention of it has a title a reader could follow.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    DO_FORMS,
    HAVE_FORMS,
    MODAL_VERBS,
    WILL_WOULD,
    auxiliaries,
)
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_PAIRS, s_ending
from timeline.extract.attribution import ATTRIBUTED
from timeline.extract.count_words import numbers_pattern
from timeline.extract.saying_words import SAY_FORMS, alternation, spoken
from timeline.extract.title_words import DETERMINERS, SPEECH_VERBS, verbish
from timeline.nominalisations import NOMINALISATIONS

__all__ = ["musing", "no_title", "scene_time", "title_defect"]

#: A subject that stands for something named in another sentence: a personal or demonstrative pronoun,
#: a possessive, or a demonstrative before its noun ("This decision", "These findings").
_UNRESOLVED_SUBJECT = re.compile(
    r"^(?:(?:Even|Only|Now|Then|And|But|So)\s+(?=[a-z]))?(?i:he|she|it|they|we|i|you|this|that|these|those|his|her|its|"
    r"their|our|my|your)\b(?!['’]s\s+[A-Z])(?![,:])(?!\s+(?:morning|afternoon|evening|night|week|weekend|month|year|"
    r"spring|summer|autumn|fall|winter|season)\b)"
    # "The company says", "The firm's shares": a company the story names, left unnamed.
    r"|^The\s+(?:company|firm|oil\s+major|oil\s+giant)(?:['’]s)?\s+(?=[a-z])")
#: Words that may open a title without being its subject's head: a preposition before a fronted phrase.
_OPENING_PREPOSITIONS = {"in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "of", "near",
                         "under", "over", "since", "until", "among", "between", "amid", "to"}
#: Verb forms that a headline never opens with when a determiner or preposition follows: the title starts
#: in the middle of a clause ("Enacts in response to", "Shattering its own record").
#: ("Testing on the well runs into a snag", "Cleaning the beaches costs $1bn": an "-ing" form opening a headline is
#: as often its subject as a clause's remnant, so it is left alone.)
_VERB_THEN_OBJECT = re.compile(r"^([A-Z][a-z]+(?:ed|s))\s+(\S+)")
#: A subordinate or relative clause without its main clause: "Which launches the show", "If the cap works then".
_CLAUSE_START = re.compile(r"^(?:Which|Who|Whom|Whose|Where|Whereas|If|Unless|Because|Although|Though|Whether)\s+[a-z]")
_SPEAKER_QUOTE = re.compile(r"^[A-Z][^:“”\"]{1,60}:\s*[“\"‘]")
#: "Was closing all schools", "Had been warned": a predicate lifted from its coordinated clause ("... announced a new
#: strain, and was closing all schools") without the subject :mod:`.conjunct_subjects` could not give it. (A title
#: that asks, "Was it worth it?", is a question, no event: other rules judge it.)
_SUBJECTLESS = re.compile(r"^(?:Was|Were|Had|Has|Have|Is|Are)\s+(?:not\s+)?(?:been\s+|being\s+)?[a-z]+(?:ing|ed|en)\b(?!.*\?\s*$)")


#: "It was Saturday afternoon, about 5 o'clock": a scene's time, no happening.
_TIME_WORD = (r"(?:" + WEEKDAY_NAME_PATTERN + r"|morning|afternoon|evening|night|noon|midday|midnight|dawn|"
              r"dusk|daybreak|\d{1,2}(?:[:.]\d{2})?\s*(?:o['’]clock|a\.?m\.?|p\.?m\.?)?|o['’]clock|early|late|about|"
              r"around|nearly|almost|just|after|before|past|a|an|the|" + numbers_pattern(1) + r"|quarter|half|hours?|minutes?|weekend|day|week|time|then|still|already|now|on|in|at|of)")
_SCENE_TIME = re.compile(r"^(?:It|it)(?:['’]s|\s+(?:is|was))(?:[\s,]+" + _TIME_WORD + r")+[\s.,]*$")


def scene_time(title: str) -> bool:
    """Whether ``title`` only tells the time of a scene ("It is Saturday afternoon, about 5 o'clock")."""
    return _SCENE_TIME.match(title.strip()) is not None


#: A first- or second-person subject: the writer, the speaker of an unattributed line, or the reader.
_PERSONAL = r"(?:I|I['’]m|I['’]ll|I['’]ve|I['’]d|We|We['’]re|We['’]ll|We['’]ve|My|Our|You|You['’]re|You['’]ll|Your)"
#: What a person says of themselves or of the moment without reporting a happening: being somewhere, a
#: state of mind, a plan for the show, an opinion ("I'll be there", "We're back", "I found this obnoxious",
#: "I remember the words", "We hear how ...", "You can join ...").
_PERSONAL_MUSING = re.compile(
    r"^(?:(?:So|And|But|Now|Well|Still|Today|Here),?\s+)?" + _PERSONAL + r"(?:\s+(?:also|still|just|really|"
    r"already|now|all|certainly|frankly|honestly|personally|simply|never|always|often|even|" + auxiliaries(DO_FORMS) + r"|not))*"
    r"(?:\s+(?:(?:am|" + auxiliaries(BE_FINITE, BE_NONFINITE) + r")(?!\s+[a-z]+ed\b)|" + auxiliaries(MODAL_VERBS)
    # "I've been exploring", "We have booked": a perfect of the writer's doings ("We had our first death": a report)
    + r"|(?:" + auxiliaries(HAVE_FORMS) + r")(?=\s+(?:been|[a-z]+ed|got|gone|come|seen|done)\b)|"
    r"think|thinks|thought|feel|feels|felt|find|finds|found|hope|hopes|hoped|"
    r"wonder|wonders|wondered|guess|believe|believes|believed|suppose|reckon|"
    r"love|loves|like|likes|hate|hates|want|wants|wanted|need|needs|needed|explore|explores|"
    r"go|goes|look|looks|enjoy|enjoys|recommend|recommends|record|records|recording|"
    r"book|books|booked|"
    # The writer at work on the page: "I struggle to reconcile ...", "I suspect many more will ...", "I won't try to
    # name a favourite" (what the writer remembers, sees or knows may hold a dated happening, "I remember the day the
    # tanker ran aground", "I know about the stories today", and is left to the dates)
    r"ponder|ponders|pondered|struggle|struggles|suspect|suspects|doubt|doubts|bet|imagine|prefer|confess|"
    r"(?:won|can|couldn|wouldn|shouldn)['’]t)\b|['’](?:m|re|ll|ve|d)\b|$|[,.!?])"
    # "My purpose today is not to bury the firm", "My fear is that ...", "My take on the blame game", "My colleague Jo
    # Roe sums up the hearing": the writer's aim, view or pointer, said of the page.
    r"|^(?:(?:So|And|But|Now|Well|Still|Today|Here),?\s+)?(?:My|Our)\s+(?:(?:own|main|real|biggest|only|first)\s+)?"
    r"(?:purpose|point|fears?|hopes?|guess|views?|take|sense|feeling|bet|worry|worries|concerns?|advice|suggestion|"
    r"appetite|prediction|impression|instinct|hunch|favou?rite|thoughts?|aim|intention|answer|question|quibble|"
    r"(?:[A-Z][\w-]*\s+)?colleagues?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?!and\b)[a-z]+s)\b")
#: An expletive or demonstrative subject with a copula or a verb of seeming and no passive participle: an
#: evaluation, a scene or a guess about when something will be known ("It is a big change", "This is a
#: week-long project", "It could be later tomorrow", "It seems inevitable", "It turns out that ...").
#: ("It was announced", "It is removed": a passive reports a happening.)
_COPULA_MUSING = re.compile(
    r"^(?:(?:So|And|But|Now|Still|Today|Here),?\s+)?(?:(?:This|That|These|Those)(?:['’]s|\s+(?:" + auxiliaries(BE_FINITE) + r"|"
    r"(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")(?:\s+not)?\s+be|seems?|seemed|looks?|looked|sounds?))"
    r"(?:\s+(?:also|still|now|just|not|never|all|really|certainly|probably|clearly|again|being|been))*\s+"
    r"(?![a-z]+(?:ed|en)\b)(?!(?:made|done|set|hit|held|told|said|put|shut|cut|built|sold|paid|sent|found|known|seen|"
    r"given|taken|brought|caught|bought|left|lost|won|run|spent|kept|struck|shown|to|"
    # "That's why we are lowering the alert": the reason for an act, which is told
    r"why|how|because|when|where)\b)"
    # "It" is often a thing named before ("It could be ready on Tuesday"); as an expletive it carries a verdict,
    # a scene or a guess of when ("It is hard to know", "It's a stinking hot day", "It could be later tomorrow").
    r"|It(?:['’]s|\s+(?:is|was|(?:will|would|could|may|might)(?:\s+not)?\s+be|seems?|seemed|looks?|looked|"
    r"feels?|felt|turns?\s+out|turned\s+out|remains?|remained))(?:\s+(?:also|still|now|just|not|all|really|"
    r"certainly|probably|clearly|again|too|very|so|quite|rather|going\s+to\s+be))*\s+(?:a|an|hard|easy|difficult|"
    r"impossible|possible|interesting|clear|unclear|obvious|worth|time|early|late|later|earlier|sooner|great|good|"
    r"bad|nice|sad|strange|odd|funny|amazing|lonely|inevitable|likely|no\s+wonder|anyone['’]s|"
    r"anybody['’]s|(?:" + WEEKDAY_NAME_PATTERN + r")|[a-z]+ly\s+(?:later|earlier|clear|unclear|hard|easy))\b)")
#: A speaker's stance in the narration ("The weather, unfortunately, looks the same"): an opinion when its
#: verb is a copula or one of seeming.
_STANCE = re.compile(r"(?i)(?:^|,\s*)(?:unfortunately|frankly|honestly|hopefully|sadly|thankfully|luckily|"
                     r"admittedly|personally|alas|mercifully|fortunately|happily)\s*,")
_SEEMING = re.compile(r"\b(?:" + auxiliaries(BE_FINITE) + r"|looks?|looked|seems?|seemed|feels?|felt|remains?|sounds?)\b")
#: An open question with nothing happened: "Whether they will open on Tuesday is another question", "How long the
#: repairs take remains to be seen".
_OPEN_QUESTION = re.compile(r"^(?:Whether|How|When|What|Why|Who|Where)\b.*\b(?:is|was|remains?|remained)\s+(?:"
                            r"another|an\s+open|a\s+different|the\s+(?:big|real)|anyone['’]s|unclear|not\s+clear|"
                            r"uncertain|unknown|to\s+be\s+seen|a\s+mystery)\b")


#: A guess about the past in the narrator's voice: an epistemic modal with a perfect ("The oil washing up in July
#: might have leaked in April", "William Williams might have been born in 1770"). English marks a past the writer is
#: not sure of this way; a timeline keeps what happened, or what someone said or found happened.
#: (Its subject holds no verb of its own: in "Obama acknowledges his administration could have done better" the guess
#: is a reported clause, and the admission is the news.)
_GUESSED_PAST = re.compile(r"^(?:(?!(?:" + alternation(SPEECH_VERBS) + r"|asks|admits|acknowledges|"
                           r"concedes|accepts|fears|sees|knows|that|if|whether|what|who|which|few)\s)"
                           r"[\w.'’,$%-]+\s+){1,10}?(?:might|may|could|must)(?:\s+not)?(?:\s+well)?\s+have\s+"
                           r"(?:been\s+)?(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b")
#: What makes such a guess news: a finding or a report ("..., it emerged today", "investigators have found").
_FOUND = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("find", "show", "suggest", "estimate", base=True), spoken(
    "report"), {"told", "emerged", "announced", "concluded", "revealed"}) + r"|according\s+to)\b")
#: A past belief told in the narration, about a state of its own time: "Pacitti assumed he had avoided catching the
#: virus", "When he came down with flu last month, he thought he had strep throat". Narrative English sets up a
#: belief this way to correct it; what someone once thought is no happening, and its date belongs to the thought.
#: (A present belief is often the news, a leader's estimate: "Hayward reckons the relief well will be the biggest
#: cost", "Youngson believes the disaster could destroy BP"; "Dudley assumed the chief executive role" is an act.)
_BELIEF = re.compile(r"^(?:(?!(?:The|A|An|It|This|That|I|We|You)\s)[A-Z][\w.'’-]*\s+){1,4}(?:thinks|thought|"
                     r"believes|believed|assumes|assumed|supposes|supposed|imagines|imagined)\s+(?:that\s+)?"
                     r"(?:he|she|they|it|there)\s+(?:had|was|were|would|could)\b")
_SAID_ALOUD = re.compile(r"(?i)\b(?:aloud|according\s+to)\b")


_IN_QUOTATION = re.compile(r"^\W{0,3}[“\"‘]")
#: A clause whose subject is a named third party, told inside the speaker's line ("the rendezvous that Fidel Castro
#: and the Pope are having"): the line reports what others do, however personal its frame.
_OTHERS_ACT = re.compile(r"\b(?:that|which|as|when|where|while)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
                         r"(?:\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)?\s+(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD)
                         + r"|[a-z]{3,}ed|[a-z]{3,}s)\b")


def musing(title: str, quote: str) -> bool:
    """Whether a statement is the writer's or an unnamed speaker's musing, not a happening a timeline keeps.

    A first-person or deictic line ("I'll be there tomorrow", "It is a big change from yesterday", "This
    is a week-long project", "It could be later tomorrow before officials know the results") or an opinion
    in the narrator's voice ("The weather today, unfortunately, looks much the same") tells no happening. A
    line said by a named speaker ("'I will resign on Friday,' the minister said") is news and is kept, and
    so is a first-person report of an act ("I talked to the commander this morning").
    """
    if _OPEN_QUESTION.match(title.strip()):
        return True
    if ATTRIBUTED.search(quote) or _IN_QUOTATION.match(quote) or quote.count("”") > quote.count("“") \
            or quote.count('"') % 2:
        return False  # said by someone: named here, or in the sentence that opens or closes the quotation
    text = title.strip()
    if _OTHERS_ACT.search(quote):
        return False  # "We are here to witness the meeting that Castro and the Pope are having": others' happening
    if _PERSONAL_MUSING.match(text) or _COPULA_MUSING.match(text):
        return True
    if _GUESSED_PAST.match(text) and not _FOUND.search(quote):
        return True
    if _BELIEF.match(text) and not _SAID_ALOUD.search(quote):
        return True
    return bool(_STANCE.search(quote) and _SEEMING.search(quote))


def title_defect(title: str) -> str | None:
    """Why ``title`` is not a publishable headline ("stub", "pronoun", "fragment"), or None.

    "stub": no verb at all ("The explosion", "The tsunami in Southeast Asia"); "pronoun": the subject
    is a pronoun or demonstrative the title cannot resolve ("It would be only a temporary solution");
    "fragment": the title starts inside a clause or a bracket ("N) exploded in flames").
    """
    text = title.strip()
    if not text:
        return "stub"
    first = text.split()[0]
    if first.count(")") > first.count("(") or re.match(r"^[a-z]", text) or _CLAUSE_START.match(text) or _SUBJECTLESS.match(text):
        return "fragment"
    verb_first = _VERB_THEN_OBJECT.match(text)
    # ("Shares in the two firms rally": a plural noun before a preposition is a subject; before "the" it is a verb)
    if verb_first and verbish(verb_first.group(1).lower(), "") and (verb_first.group(2).lower() in DETERMINERS or (
            verb_first.group(2).lower() in _OPENING_PREPOSITIONS and not verb_first.group(1).endswith("s"))):
        return "fragment"
    # "Causing the worst spill in history", "Killing 11 workers": a participle clause without the clause it hangs on
    # ("Testing on the well runs into a snag" has its verb: a gerund subject).
    participle = re.match(r"^[A-Z][a-z]{2,}ing\s+(?:the|a|an|its|their|his|her|more|some|about|up|\d)", text)
    if participle and not has_verb(text.split(" ", 1)[1]):
        return "fragment"
    if _UNRESOLVED_SUBJECT.match(text) and not _SPEAKER_QUOTE.match(text):
        return "pronoun"
    if not has_verb(text) or no_title(text):
        return "stub"
    return None


#: "Hearings are", "The test will": a title cut after its auxiliary says nothing.
_ENDS_ON_AUXILIARY = re.compile(r"(?<!\bI )(?<!\bwe )(?<!\bthey )(?<!\byou )(?<!\bthan )(?<!\bas )(?<!\bso )(?<!\bit )"
                                r"\b(?:is|are|was|were|be|has|have|had|will|would|could|should|can|may|might|"
                                r"must)[.!?]*$")
#: A clause of its own before the end: "where the reeds had been", "than it was" close on their verb.
_SUBORDINATE = re.compile(r"\b(?:where|when|which|who|whom|that|than|as|what|how|if|because|while|whether)\b")


def no_title(title: str) -> bool:
    """Whether ``title`` was cut after its auxiliary ("Hearings are", "The test will"): it says nothing."""
    return _ENDS_ON_AUXILIARY.search(title.strip()) is not None and not _SUBORDINATE.search(title)


#: The present forms of the verbs of happening nouns (:mod:`timeline.nominalisations`): "explodes", "crashes".
HAPPENING_VERBS = frozenset(v.singular for v in NOMINALISATIONS.values() if not v.passive)


def has_verb(text: str) -> bool:
    """Whether the title holds a verb form anywhere (the quote of a "Speaker: “...”" title included)."""
    words = re.findall(r"[A-Za-z][a-z’'-]*", text)
    previous = ""
    for i, word in enumerate(words):
        lower = word.lower()
        if word[:1].islower() or i == 0:
            if verbish(lower, previous) or lower in {"am", "i'm", "i’m"}:
                return True
            # "The oil rig explodes", "The plane crashes": a happening's verb after its subject's noun (a noun
            # before it, not a determiner: "the crashes").
            if i > 0 and lower in HAPPENING_VERBS and previous not in FUNCTION_WORDS:
                return True
            # "officials push oil giant BP", "cleanup efforts continue": a word after a plural noun that is no
            # function word is the plural's present verb, which no table lists in full.
            if ((previous.endswith("s") and not previous.endswith(("ss", "'s", "’s")) and len(previous) > 3)
                    or previous == "people") \
                    and lower not in FUNCTION_WORDS and (words[i - 1][:1].islower() or i == 1):
                return True
            # "BP PLC sinks", "The White House requests": a word in "-s" after a name is its verb.
            if word[:1].islower() and i > 0 and words[i - 1][:1].isupper() and re.fullmatch(r"[a-z]{2,}[^suio\W]s", lower) \
                    and previous not in FUNCTION_WORDS:
                return True
            # "The tanker breaks into two pieces", "Shares in BP fall 7 percent": a present form after a noun, before
            # a preposition, a number or an article.
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if word[:1].islower() and i > 0 and previous not in FUNCTION_WORDS and not lower.endswith(("ly", "ing")) \
                    and lower not in FUNCTION_WORDS and (re.fullmatch(r"[a-z]{2,}[^suio\W]s", lower) or (
                        previous.endswith("s") and not previous.endswith("ss"))
                        # ("Shares in London-based BP Plc fall 7 percent": a plural subject's irregular verb after
                        # its prepositional phrase)
                        or (lower in _IRREGULAR_BASES and _plural(words[0].lower()))) \
                    and (after in FUNCTION_WORDS or re.match(r"\d", text.split(word, 1)[1].strip()[:1] or "x")):
                return True
            # "addresses the nation", "marks a reversal", "increase their estimate": a content word right before
            # a determiner is a verb before its object (a noun is not followed by "the").
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if word[:1].islower() and lower not in FUNCTION_WORDS and not lower.endswith("ly") \
                    and nxt in DETERMINERS - {"that"}:
                return True
        previous = lower
    return False


#: The base forms of the irregular verbs ("fall", "rise", "sink"), which a plural subject takes in a headline.
_IRREGULAR_BASES = frozenset(pair.split(":")[1] for pair in IRREGULAR_PAST_PAIRS.split()) - {"be", "have", "do"}


def _plural(word: str) -> bool:
    return len(word) > 3 and s_ending(word)


FUNCTION_WORDS = DETERMINERS | _OPENING_PREPOSITIONS | {"and", "or", "but", "as", "than", "that", "which", "who",
                                                          "whose", "into", "onto", "across", "against", "about"}
# Prepositions before a determiner are no verb before its object: "The explosion aboard the rig" has no verb.
FUNCTION_WORDS |= {"aboard", "inside", "outside", "beneath", "below", "above", "beyond", "throughout", "toward",
                    "towards", "via", "per", "like", "unlike", "despite", "along", "alongside", "around", "behind",
                    "upon", "within", "without", "through", "past", "off", "near", "across", "versus", "amid",
                    "amidst", "among", "atop", "underneath", "opposite", "concerning", "regarding"}
