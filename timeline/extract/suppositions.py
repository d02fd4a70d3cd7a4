"""What a condition's main clause supposes: "If the device works, it could be collecting most of the oil by
Sunday", "If the relief wells fail, the company could install a new cap by late August".

A sentence that opens with a condition tells, in its main clause and with a modal of possibility, what may happen
if it is met: a hypothetical, not a happening, and its date is when that may be (the gold's convention:
"hypotheticals are deliberately not events"). The condition's own clause is :func:`.unasserted.in_condition`'s.
What stays: a plan on the condition that it goes well or is allowed ("If the box works, it could start funnelling oil
early next week"; "If successful, the company hopes to begin pumping next week"), a
saying's own date after the supposition ("'If all goes to plan, we could have it contained within a day,' he said
on Tuesday"), a happening a relative clause tells ("... the court, which on July 8, 1996 issued an opinion"), and
"even if", which concedes and asserts.

The future tells what will follow just as much ("Should the current rate continue, the spill will equal the yearly
amount sometime in August", "If the strike goes ahead, the port will close on Monday"), and so does a consequence
opened by "then" ("If we lose these shrimp, then we lose our living for the rest of the year"). A main clause told as
fact under a condition on an estimate ("If the figures are right, 40,000 tonnes had rotted by May 12") stays.

English as often sets the condition after its outcome: "The lease would expire by May 16 if the work were not done",
"Fishermen could lose their licences in June if the ban is extended", "My offer may not be there a year from now if
all is back to normal". A date between the modal and the "if" is the hypothetical's (:func:`in_postposed_outcome`).
What stays: a concession ("even if"), an indirect question ("before officials know if it works"), a plan's own
condition as above ("the bridge could reopen on Friday if inspectors approve the repairs"), a date before the modal
(the clause's own, or a saying's: "said on Thursday she would raise the alert if ..."), and a "would" after a
saying verb, which is the reported future of a plan ("said the port would reopen on Monday unless the strike
spreads").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.extract.saying_words import SAY_TELL, alternation

__all__ = ["in_postposed_outcome", "in_supposed_outcome", "supposed", "supposes"]

#: A condition opening a sentence or a quotation, to the comma that closes it: "If the device works,", "But if the
#: wind keeps blowing from the south-east,", "Should the rate continue,". ("Even if" concedes; "as if" compares.)
_CONDITION_OPENS = re.compile(r"(?i)[\s“\"‘'(]*(?:(?:but|and|so|now)\s+)?(?:if|unless|should\s+(?:the|a|an|it|they|he|she|we|"
                              r"[A-Z][\w'’-]*)\b)[^,;:.!?“”\"]{1,160},\s*")
#: A plan's own condition, that it goes well or is allowed: "If all goes to plan,", "If successful,", "If the device
#: works,", "If we approve the timeline,". What a plan may do then is its schedule, which the timeline carries ("the
#: box could start funnelling oil early next week"). So is a forecast of where the oil goes, on the weather it
#: assumes ("If the wind keeps blowing from the south-east, oil could reach the bay by Wednesday").
_PLAN_GOES_WELL = re.compile(r"(?i)\b(?:if|should)\s+(?:(?:all|everything|things)\s+go(?:es)?\s+(?:well|to\s+plan|as\s+planned|"
                             r"according\s+to\s+plan|smoothly)|(?:it\s+is\s+|that\s+is\s+|they\s+are\s+)?successful|"
                             r"[^,]{0,60}?\b(?:works?|succeeds?|(?:is|are|proves?|was)\s+(?:successful|a\s+(?:good\s+)?success|"
                             r"a\s+good\s+outcome)|holds?|goes\s+well|approves?|approved|is\s+approved|gets?\s+(?:the\s+)?"
                             r"(?:go-ahead|approval|permit))\b)|"
                             r"\b(?:if|should)\s+(?:the\s+)?(?:winds?|weather|currents|tides?|current(?!\s+(?:rates?|levels?|"
                             r"pace|trends?|flow|situation|estimates?|plans?|state|policy|system|conditions|prices?|"
                             r"collection|production|output|spending)\b))\b|"
                             # "If there are no problems with it, we'll probably authorize them to move ahead": it goes well
                             r"\b(?:if|should)\s+(?:there\s+(?:" + auxiliaries(BE_FINITE, without={"was"}) + r")\s+no\s+(?:more\s+|further\s+|major\s+)?(?:problems?|"
                             r"issues?|hitches?|delays?|setbacks?|glitches?|surprises?)|nothing\s+goes\s+wrong)\b")
#: A modal of possibility or supposition in the main clause: what may happen, not what will.
#: A hedged certainty is one too: "If the larvae are tainted, the crab population is virtually certain to take a hit".
_MAY_HAPPEN = re.compile(r"(?i)\b(?:could|would|might|may|ought\s+to|will|shall)\b|\w['’](?:d|ll)\b|\b(?:is|are)\s+(?:(?:almost|"
                         r"virtually|all\s+but|very|highly|quite|more|less)\s+)?(?:certain|likely|unlikely|bound|sure)\s+to\b")
#: A consequence opened by "then" right after the condition: "If we lose the shrimp, then we lose our living".
_THEN = re.compile(r"(?i)then\b")
#: Where the main clause stops before the date: a quotation closing, a clause of its own, or the saying after it
#: (", NOAA said", ", as the company testified last year").
_CLAUSE_STOPS = re.compile(r"(?i)[”;]|\"|\s--\s|—|\b(?:who|which|when|where|since|after|because)\b|"
                           # an aside telling a plan as fact: "until relief wells, due in August, are completed"
                           r",\s+(?:due|scheduled|expected|set|slated|planned)\b|"
                           r",\s+(?:as\s+)?(?:[\w.'’-]+\s+){0,6}?(?:" + alternation(SAY_TELL, {"added", "wrote", "warned", "testified", "according"}) + r")\b")


def in_supposed_outcome(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in the main clause of a condition opening its sentence (or the quotation
    it opens), told with a modal of possibility: what may happen then, if the condition is met."""
    opening = max(sentence_start, text.rfind("“", sentence_start, pos) + 1, text.rfind('"', sentence_start, pos) + 1)
    for start in dict.fromkeys((sentence_start, opening)):
        condition = _CONDITION_OPENS.match(text, start, sentence_end)
        if condition is None or condition.end() > pos or _PLAN_GOES_WELL.search(condition.group(0)):
            continue
        if _CLAUSE_STOPS.search(text, condition.end(), pos) is not None:
            continue
        if _THEN.match(text, condition.end()):
            return True
        # the modal may follow a date that opens the main clause: "If the pump fails, the next day we would have ..."
        stop = _CLAUSE_STOPS.search(text, pos, sentence_end)
        modals = _MAY_HAPPEN.finditer(text, condition.end(), stop.start() if stop else sentence_end)
        if any(modal.group(0) != "May" for modal in modals):  # (the month, as in the date itself, is no modal)
            return True
    return False


#: A modal of possibility or of the conditional mood: the outcome's verb ("would expire", "could lose", "may not be").
_OUTCOME_MODAL = re.compile(r"(?i)\b(?:could|would|might|may)(?:\s+not|n['’]t)?\b|\w['’]d\b")
#: The condition after its outcome: "if"/"unless" opening a clause, not "even if" (a concession), "as if" (a simile),
#: "if any"/"if not" (elliptical), nor an indirect question's "if" after a verb of knowing ("know if", "see if").
_CONDITION_AFTER = re.compile(r"(?i)(?<!\beven\s)(?<!\bas\s)\b(?:if|unless)\s+(?!(?:any|not|ever|so|only|necessary|"
                              r"possible|need\s+be)\b)")
_WHETHER_VERB = re.compile(r"(?i)\b(?:know|knows|knew|see|sees|ask|asks|asked|wonder|wonders|wondered|tell|tells|"
                           r"clear|unclear|sure|determine|decide|check|learn|find\s+out|whether)\s+$")
#: What ends the outcome's clause between the modal and the "if": another clause, a saying or a quotation.
_OUTCOME_BREAK = re.compile(r"(?i)[;:“”\"()]|\s--\s|—|\b(?:who|which|when|where|since|after|because|but|and\s+then|"
                            r"" + alternation(SAY_TELL) + r")\b")
#: A saying verb before the modal makes "would" the reported future of a plan ("said the port would reopen").
_SAID_BEFORE = re.compile(r"(?i)\b(?:" + alternation(SAY_TELL, {"added", "warned", "announced", "promised", "expected",
                                                                   "hoped", "predicted", "thought", "believed"}) + r")\b")


def in_postposed_outcome(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in an outcome told with a modal whose condition follows it: "The lease would
    expire by May 16 if the work were not done" supposes, and the date is when it may be."""
    before = text[max(sentence_start, pos - 120):pos]
    modals = list(_OUTCOME_MODAL.finditer(before))
    if not modals:
        return False
    modal = modals[-1]
    if modal.group(0) == "May" or _OUTCOME_BREAK.search(before, modal.end()) is not None:
        return False  # ("May", the month; a clause of its own between the modal and the date)
    if modal.group(0).lower().startswith("would") and _SAID_BEFORE.search(text, sentence_start, pos - len(before) + modal.start()):
        return False
    stop = _OUTCOME_BREAK.search(text, pos, sentence_end)
    clause_end = stop.start() if stop else sentence_end
    condition = _CONDITION_AFTER.search(text, pos, clause_end)
    if condition is None or _WHETHER_VERB.search(text, max(pos, condition.start() - 20), condition.start()):
        return False
    supposed = text[condition.start():clause_end]
    # ("if certain work weren't done": a condition that something fails is no plan going well, whatever its words)
    return re.search(r"(?i)^unless\b|\bnot\b|n['’]t\b", supposed) is not None or _PLAN_GOES_WELL.search(supposed) is None


def supposed(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` dates what a condition supposes, the condition before its outcome or after it."""
    return (in_supposed_outcome(text, sentence_start, pos, sentence_end)
            or in_postposed_outcome(text, sentence_start, pos, sentence_end))


def supposes(sentence: str) -> bool:
    """Whether ``sentence`` as a whole is a supposition: a condition opens it and its main clause tells with a modal
    what may happen then, up to any clause of its own or saying ("If the residents wonder what the spill will do,
    they could visit the coast of Campeche"). As a story's first sentence it reports no happening of the day; a plan
    on its own success ("If the device works, it could be collecting oil by Sunday") is left to its date."""
    condition = _CONDITION_OPENS.match(sentence)
    if condition is None or _PLAN_GOES_WELL.search(condition.group(0)):
        return False
    stop = _CLAUSE_STOPS.search(sentence, condition.end())
    if stop is not None and stop.start() == condition.end():
        return False
    if _THEN.match(sentence, condition.end()):
        return True
    clause = sentence[condition.end():stop.start() if stop else len(sentence)]
    return any(modal.group(0) != "May" for modal in _MAY_HAPPEN.finditer(clause))
