"""A state going on is no happening: "The domes are still being fabricated in Louisiana", "Engineers were still
waiting for the cement to harden on Friday".

News tells where things stand between its happenings: what is still so and what people are waiting for. A date in
such a clause dates the look at a state that began before and goes on after, not anything that happened then (the
censuses' "not-event": "domes still being fabricated", "waiting for cement to harden"). The gold's convention keeps a
state that began on a dated day ("the beaches were closed on Monday": the closing is the happening) and a plan told
with "still" ("the relief wells are still on course for completion in August", "crews are still aiming to finish by
August"), and so does this module: only "still" without a plan's word, and "waiting", mark a state going on
("remained" is left alone, below).

A happening that goes on is told the same way, in the present: "Oil continues to spill into the sea", "fans keep
queueing outside the court from 7:30 am". It began before and goes on after; the day or hour beside it is the
writer's look, not its start. A price's or a count's move ("shares continue to fall"), a saying kept up, the past
("continued to tumble on Monday": that day's course) and a modal ("will continue to pay": a decision) stay news.

A state a speaker reports is a saying, which the caller judges as one ("officials said the domes were still being
built"); a clause of its own after the state ("..., after the talks collapsed on Monday") keeps its date; and a
modal before the verb ("the school will still be shut") is a decision, not this.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_PATTERN
from timeline.extract.happenings import FALL_WORDS, RISE_WORDS
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_words import SAY_FORMS, SAYING_VERBS, alternation, spoken
from timeline.extract.stances import OPENING, OWN_CLAUSE

__all__ = ["in_standing_state", "tells_standing_state"]

#: A subject's words (a dash sets off an aside: "the one piece of good news -- the slick remains offshore -- was
#: framed by ..."), none an auxiliary or a modal (which would make the verb after it a decision, a plan or a count)
#: nor a verb of its own ("Crews started pumping on Thursday, and ...": a clause telling a happening).
_SUBJECT = (r"(?:(?!(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS) + r"|to|not|"
            r"if|when|as|after|before|because|since|that|which|who)\b|" + FINITE_VERB.pattern + r"|\b(?:"
            + IRREGULAR_PAST_PATTERN + r")\b)[\w$][\w'’.%$-]*(?:,\d+)*,?\s+){1,12}?")
#: A phrase fronted before the subject, with no verb of its own: "As of last week,", "As recently as the end of last
#: month," (a fronted clause, "After crews capped the well on Thursday,", tells a happening of its own).
_NO_VERB = (r"(?!" + FINITE_VERB.pattern + r"|\b(?:" + IRREGULAR_PAST_PATTERN + r"|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|"
            r"could|may|might|can|should|must|remains?|remained)\b)")
_FRONTED = r"(?:(?:" + _NO_VERB + r"[^,;:.!?“”\"]){1,60},\s+)?"
#: Words after "still" that make the clause a plan or an expectation, which stays an event.
_PLAN = (r"(?:to|due|expected|scheduled|set|slated|planned|planning|aiming|hoping|hoped|intending|likely|unlikely|"
         r"on\s+(?:course|track|schedule)|committed|determined|in\s+talks|in\s+negotiations|open\s+to)\b")
#: "is still", "are still", "still is", "were waiting". Not "remained": news reports a day's outcome with it as often as a
#: standing state ("rates remained unchanged on Thursday" is a bank's decision, "the index remained flat" a market's
#: close, "the alert remained at phase 5" a committee's verdict), and a happening is kept when in doubt.
#: "remains" in the present is how things stand as the writer looks ("The well remains dangerous", "The beaches remain
#: closed"), unless it is a plan ("remains on track for August"); "remains to be seen" is a question left open. The
#: noun ("the remains were flown home") has a determiner or a verb after it.
_REMAINS = (r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)(?:still\s+)?remains?\s+"
            r"(?!(?:of|were|was|are|is|have|has|had|will|would|could|may|might)\b|\w+ed\b|(?!to\s+be\s+seen)" + _PLAN + r")")
#: What has not happened yet is no happening: "The board is yet to decide", "Crews have not yet reached the well",
#: "had still not been found". A date in the clause dates what the state waits on ("a dividend due on 27 July").
_NOT_YET = (r"(?:(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r")\s+(?:still\s+)?yet\s+to\b|"
            r"(?:" + auxiliaries(HAVE_FORMS) + r")(?:\s+still)?(?:\s+not|n['’]t)\s+(?:still\s+)?yet\b|"
            r"(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:still|yet)\s+(?:not|n['’]t)\b)")
#: A present copula before an adjective, a noun or a place is how a thing is, not what it did: "The platform is the
#: largest of its kind", "The strain is the same as in 1918", "Most of the oysters are dead this year". Not a passive
#: ("is put on a salary", "is known as"), a progressive ("is handing control"), a plan or an expectation ("is due",
#: "is to"), nor "there is" (an existential may tell a happening: "There are two explosions"), nor a place or a market's move
#: ("Obama is in Louisiana today": a visit; "shares are up 3% on Monday"); a date after the copula is
#: left to the clause (below).
_PARTICIPLE = "|".join(sorted(IRREGULAR_PARTICIPLES, key=len, reverse=True))
_COPULA = (r"(?<!\bthere\s)(?<!\bhere\s)(?:is|are)\s+(?!(?:(?:now|also)\s+)*(?:(?:still|not|being|said|believed|thought|"
           r"reported|estimated|about|going|poised|ready|in|at|on|back|off|out|up|down|away|home|here|there)\b|" + _PLAN
           + r"|\w+(?:ed|en|ing)\b|(?:" + _PARTICIPLE + r")\b))")
#: "continues to", "keep ...ing" in the present: a happening going on as the writer looks ("Oil continues to spill into the
#: sea", "The oil keeps gushing at a rate now put at 60,000 barrels a day"), which began before and has no day of its
#: own. Not after a modal ("will continue to pay", a decision: the subject takes no modal), not in the past ("continued
#: to tumble on Monday" tells that day's course), and not a price's or a count's move ("shares continue to fall", "the
#: toll continues to rise"): a move of the day is news.
#: Nor a saying kept up ("continue to state publicly they aim to finish by August"): what is said is judged as a saying.
_GOES_ON = (r"(?:(?:continues|continue)\s+to\s+|(?:is|are)\s+(?:still\s+)?continuing\s+to\s+|(?:keeps|keep)\s+(?=[a-z]{2,}ing\b))"
            r"(?!(?:" + RISE_WORDS + "|" + FALL_WORDS + r"|mount|grow|increase|escalate|worsen|"
            + alternation(spoken(*SAYING_VERBS, base=True, ing=True)) + r"|[a-z]+ing\s+(?:up|down))\b)")
#: A clause that goes on set before the main one ("While work continues to ..., lawsuits are descending", "Each day oil
#: continues to spew, investors are shaving ..."): the state is its backdrop, and the main clause is judged by itself.
_FRONTED_BY = re.compile(r"(?i)[\s“\"‘]*(?:while|whilst|although|though|as|until|unless|because|since|each|every)\b")
#: (A main clause after it opens with its subject and an auxiliary; a trailing attribution, ", officials reiterated
#: Thursday", is no main clause of its own.)
_MAIN_AFTER = re.compile(r",\s+(?!and\b|but\b|or\b)(?:[\w'’-]+\s+){1,6}?(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS)
                         + r")\b")
_STATE_VERB = (r"(?:(?:" + auxiliaries(BE_FINITE) + r")\s+still\s+(?!" + _PLAN + r")|still\s+(?:" + auxiliaries(BE_FINITE) + r")\s+(?!" + _PLAN + r")|"
               r"(?P<goes_on>" + _GOES_ON + r")|"
               r"(?:" + auxiliaries(BE_FINITE) + r")\s+(?:still\s+)?(?:waiting|awaiting)\b|(?P<remains>" + _REMAINS + r")|"
               r"(?P<not_yet>" + _NOT_YET + r")|(?P<copula>" + _COPULA + r"))")
#: A past form that a "not yet" or "remains" state's object carries before the date: a happening of its own ("the man
#: killed on Monday"), unless it is a plan's ("a dividend due to be paid on 27 July").
_TOLD_PAST = re.compile(r"(?i)(?<!\bto\sbe\s)\b(?:[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\b(?=(?:\s+[\w'’-]+){0,3}\s*$)")
_PAST_VERB = re.compile(r"(?i)\b(?:[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\b")
#: The date as the copula's whole subject: "Wednesday is the deadline", "Friday is the day of the vote".
_SUBJECT_DATE = re.compile(r"(?i)(?:(?:next|this|last)\s+)?(?:" + WEEKDAY_NAME_PATTERN + r"|tomorrow|"
                           r"(?:\d{1,2}\s+)?" + MONTH_PATTERN + r"(?:\s+\d{1,2})?|week|month|year)\s+")
#: A coordinated clause after the state that tells a past: ", but their system wasn't operating".
_TOLD_AFTER = re.compile(r"(?i)(?:,\s+(?:and|but|yet|while|though|although|whereas)|;)\s+[^;]*?\b(?:was|were|had|did)(?:n['’]t)?\b")
#: A verb's content clause opening before the copula: "Hayward explains that today, the odds are ...".
_CONTENT_CLAUSE = re.compile(r"(?i)\b[a-z]+s\s+that\b")
_STANDING = re.compile(rf"(?i){OPENING}{_FRONTED}(?P<subject>{_SUBJECT}){_STATE_VERB}")
#: A lead's longer fronted phrase, set off by a comma or a dash, with no verb of its own: "One year on from the
#: earthquake -- but a million people are still living in tents", "More than two months after the spill began,"
#: is not one (its "began" tells a happening). A lead only tells how things stand then; a date in the phrase is
#: left to :func:`in_standing_state`, which reads the shorter phrase only.
_LEAD_FRONTED = (r"(?:(?:" + _NO_VERB + r"[^,;:.!?“”\"—–]){1,140}?"
                 r"(?:,|\s--?\s|\s*[—–]\s*)\s*(?:but\s+|and\s+|yet\s+)?)?")
_LEAD_STANDING = re.compile(rf"(?i){OPENING}{_LEAD_FRONTED}(?P<subject>{_SUBJECT}){_STATE_VERB}")
#: Where a coordinated main clause starts: "Crews started pumping mud on Tuesday, and by Friday engineers were waiting".
_COORDINATED = re.compile(r"(?i)(?:,\s+(?:and|but|yet|while|though|although|whereas)|;)\s+")
#: A clause of its own after the state, with its own finite verb: "They were still friends and Jackson hired him in May",
#: "still below its level before the disaster began in April"; or a happening told beside it: "..., with the company
#: announcing last week that ..."; or the date told again by a clause of its own: "until July 27, when it releases
#: its figures".
_OWN_AFTER = re.compile(r"(?i)\s(?:and|but|after|when|because|since|before|once|until|as)\s+(?:[\w'’.-]+\s+){0,5}?"
                        r"(?:" + FINITE_VERB.pattern + "|" + IRREGULAR_PAST_PATTERN + r"|was|were|had)\b|,\s+with\s")
_WHEN_IT_HAPPENED = re.compile(r"[^,;:.!?]{0,30}?,\s+(?:when|where)\s")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "add", "report", "estimate", "announce"),
                                                 {"stated", "insisted", "according"}) + r")\b")


def in_standing_state(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in a main clause (the sentence's first, or one coordinated after a comma or a
    semicolon) that tells a state going on ("is still", "were waiting"), told by no one's saying and by
    no quotation, before any clause of its own that follows it."""
    sentence = text[sentence_start:sentence_end]
    starts = [m.end() for m in _COORDINATED.finditer(sentence, 0, pos - sentence_start)]
    state = _STANDING.match(sentence, starts[-1] if starts else 0)
    if state is None or _SAYING.search(sentence) or re.search(r"[“”\"]", sentence) or _fronted_goes_on(sentence, state):
        return False
    if _WHEN_IT_HAPPENED.match(text, pos, sentence_end):
        return False
    if state.group("remains") or state.group("not_yet") or state.group("copula"):
        if pos < state.start("subject") + sentence_start and _COORDINATOR.match(sentence, state.start("subject")):
            return False  # "That grant runs out in June, and the reserve is nearly spent": the date is the first clause's
        if re.search(r",|\bthat\b", sentence[state.end():pos - sentence_start]):
            return False  # "remains the first worry, a point underscored by the announcement that ... next week"
        # "have not yet identified the man killed on Monday": the killing is the date's; so is the finding in
        # "... still remain on the coast. A 1985 report concluded that ..." (a caption run into the next sentence)
        after = re.match(r"[^,;:]*", sentence[pos - sentence_start:]).group(0)
        if state.group("copula") and pos - sentence_start >= state.start("copula"):
            # "is far worse than Exxon's battering in 1989 when the tanker hit a reef", "is one example of how
            # tourists have steered away since the April 20 explosion": a date after the copula is as often a
            # happening the comparison names; only a date before it (a fronted phrase, a heading) dates the state
            return False
        if state.group("copula") and (_subject_is_date(sentence, state, pos - sentence_start)
                                      or _in_subject(sentence, state, pos - sentence_start)
                                      or _TOLD_AFTER.search(sentence, state.end())
                                      or _CONTENT_CLAUSE.search(sentence, 0, state.start("copula"))):
            # "Wednesday is the deadline": a schedule; "The turnover for October is 148 million shares": the
            # subject's own period, a figure of it; "DATE This is a plan, but the system wasn't working": the
            # heading's date is the happening the next clause tells; "Hayward explains that today, the odds
            # are ...": a saying
            return False
        if _TOLD_PAST.search(sentence, state.end(), pos - sentence_start) or _PAST_VERB.search(after):
            return False
    own = [m.start() for m in (OWN_CLAUSE.search(sentence, state.end()), _OWN_AFTER.search(sentence, state.end()))
           if m is not None]
    return not own or pos - sentence_start < min(own)


def _fronted_goes_on(sentence: str, state: re.Match[str]) -> bool:
    """Whether a state that goes on ("continues to") is a clause set before the sentence's main one."""
    return state.group("goes_on") is not None and (_FRONTED_BY.match(sentence, state.start("subject")) is not None
                                                   or _MAIN_AFTER.search(sentence, state.end()) is not None)


def _subject_is_date(sentence: str, state: re.Match[str], pos: int) -> bool:
    """Whether the date at ``pos`` is the copula's whole subject, opening its clause: "Wednesday is the deadline"
    (not "China's measures this year are larger", nor "Today is no exception", a remark on the day)."""
    return (re.fullmatch(r"[\s“\"‘]*(?:(?:but|and|now|so)\s+)?", sentence[state.start():pos]) is not None
            and _SUBJECT_DATE.fullmatch(sentence, pos, state.start("copula")) is not None)


_COORDINATOR = re.compile(r"(?i)(?:and|but|or|yet|so|while|whereas)\b")


def _in_subject(sentence: str, state: re.Match[str], pos: int) -> bool:
    """Whether the date at ``pos`` lies inside the copula's subject, after its first word ("the turnover for October",
    "China's measures this year"), not fronted before it ("This year, H1N1 is", "But this year most of ... are")."""
    subject = state.start("subject")
    return pos > subject and re.fullmatch(r"[\s“\"‘]*(?:(?:but|and|now|so|yet)\s+)?", sentence[subject:pos]) is None


def tells_standing_state(sentence: str) -> bool:
    """Whether ``sentence``'s main clause tells a state going on ("is still"), told by no one's saying and by no
    quotation: a lead that only says how things stand ("The well is still dangerous", "Visitors were still crowding
    the park on Thursday") reports no happening of the day."""
    state = _STANDING.match(sentence) or _LEAD_STANDING.match(sentence)
    # ("BP is awaiting test results, a day after staunching the flow": what a party waits for is the day's news peg)
    # ("BP has yet to decide on its dividend": a lead's "not yet" may be the day's news itself)
    return (state is not None and not re.search(r"(?i)waiting$", state.group(0)) and state.group("not_yet") is None
            and state.group("copula") is None
            and not _fronted_goes_on(sentence, state)
            and not _SAYING.search(sentence)
            and not re.search(r"[“”\"]", sentence))
