"""Dates at which nothing happened: a source's silence, a count of a crisis's days, an occasion a happening is told
ahead of, a state's start, a plan not kept and the period a forecast covers.

"The ministry declined to comment on Tuesday", "Smith could not be reached Friday": a reporter's note that a
source said nothing, in the clause of its date (:func:`withheld`). A refusal to act ("declined to pay the fine on
Monday") is news and keeps its date.

News counts a crisis's days: "The hunger strike entered its 20th day on Monday", "The disaster, in its 42nd day on
Monday, is already the largest spill". The date dates the count, which nothing did on that day: a crisis going on is
no happening (:func:`counts_days`). A happening told beside the count keeps its date ("The strike entered its 20th
day on Monday as dockers blocked the port", "The siege, in its second month, ended on Friday").

"released a letter ahead of hearings on Tuesday", "has been chairman since 2004" (:mod:`.reference_points`) and "had
hoped to begin the test Monday" (:func:`.unasserted.unkept_plan`) date the occasion, the state's start and the plan,
not anything the sentence says happened; "expects the economy to shrink 4 percent this year" dates the span of a
forecast figure (:mod:`.scope_periods`).
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.reference_points import ahead_of, state_since, unreached_limit
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_words import SAID_SAYS, alternation, spoken
from timeline.extract.scope_periods import scope_period
from timeline.extract.since_totals import measured_since
from timeline.extract.span_counts import counted_over_years
from timeline.extract.standing_states import in_standing_state
from timeline.extract.thing_dates import names_a_thing
from timeline.extract.unasserted import unkept_plan
from timeline.extract.would_figures import in_would_figure
from timeline.tagger.lexicon import ORDINALS, TENS

__all__ = ["counts_days", "idle", "withheld"]


def idle(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates only a silence, a count of days, an occasion ahead, a state's
    start, a plan not kept, a forecast's span, a state going on (:mod:`.standing_states`) or the ends of a span of
    years a count runs over (:mod:`.span_counts`) or the start a denial or a tally is measured from
    (:mod:`.since_totals`) or a figure worked out with "would" (:mod:`.would_figures`): nothing the sentence tells
    happened then."""
    return (withheld(text, sentence_start, start, end, sentence_end)
            or counts_days(text, sentence_start, start, end, sentence_end)
            or ahead_of(text, sentence_start, start, end)
            or state_since(text, sentence_start, start, end)
            or unreached_limit(text, sentence_start, start)
            or unkept_plan(text, sentence_start, start, end, sentence_end)
            or scope_period(text, sentence_start, start, end, sentence_end)
            or names_a_thing(text, sentence_start, start, end, sentence_end)
            or in_standing_state(text, sentence_start, start, sentence_end)
            or counted_over_years(text, sentence_start, start, end, sentence_end)
            or measured_since(text, sentence_start, start, end, sentence_end)
            or in_would_figure(text, sentence_start, start, sentence_end))


#: What a reporter writes when a source said nothing: "declined to comment", "refused to say", "would not discuss",
#: "could not be reached", "did not immediately return a call", "was unavailable for comment", "had no comment".
#: Only the verbs of speaking: "declined to pay the fine", "refused to testify", "did not return to work" are news.
_SAY = r"(?:comment|say|elaborate|discuss|specify|confirm|disclose|detail|be\s+interviewed)"
_MESSAGE = (r"(?:an?\s+|the\s+|several\s+|repeated\s+|multiple\s+|two\s+)?(?:[a-z]+\s+){0,2}?"
            r"(?:calls?|messages?|e-?mails?|requests?|inquiries|queries|questions)\b")
#: "did not respond to a request for comment", "has not replied Tuesday to emails": an answer not given to a
#: reporter's question ("did not respond to treatment" is a patient's news).
_REPLY = (r"(?:respond(?:ed)?|repl(?:y|ied))\b(?=[^.;]{0,40}?\b(?:comment|requests?|messages?|calls?|e-?mails?|"
          r"inquir(?:y|ies)|quer(?:y|ies)|questions?)\b)")
_WITHHELD = re.compile(
    r"(?i)\b(?:(?:declin|refus)(?:e|es|ed|ing)\s+(?:to\s+(?:immediately\s+)?" + _SAY + r"|(?:further\s+)?comment|"
    r"(?:an?\s+)?(?:interview\s+)?requests?\s+(?:for|to)\s+(?:comment|be\s+interviewed)|an?\s+interview)\b|"
    r"(?:would|could|will|did|does|do|can|ca|wo)(?:\s*not|n['’]t)\s+(?:immediately\s+|publicly\s+)?(?:"
    + _SAY + r"\b|be\s+(?:immediately\s+)?reached|(?:return|answer)\s+" + _MESSAGE + r"|" + _REPLY + r")|"
    r"(?:" + auxiliaries(HAVE_FORMS) + r")(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:commented|said|elaborated|"
    r"discussed|specified|confirmed|disclosed|been\s+reached|(?:returned|answered)\s+" + _MESSAGE + r"|" + _REPLY + r")|"
    r"(?:" + auxiliaries(BE_FINITE) + r")(?:\s+not|n['’]t)\s+(?:immediately\s+)?(?:available|reachable)\s+(?:for|to)\s+comment|"
    # "Calls to the ministry were not returned Monday" ("the results were not available until April 19" came then)
    r"\b(?:calls?|messages?|e-?mails?|requests?|inquiries)\b[^.;,]{0,40}?\b(?:was|were)(?:\s+not|n['’]t)\s+"
    r"(?:immediately\s+)?returned\b|"
    r"unavailable\s+for\s+comment|\bno\s+(?:immediate\s+)?comment\b)")
#: What may stand between the silence and its date: a stretch with no clause of its own (no comma, "but", "and",
#: dash or relative pronoun): "declined to comment on the proposal yesterday", "said Wednesday that she could not
#: comment". "spoke with him on Monday but declined to say what was discussed" dates the call.
_CLAUSE_BREAK = re.compile(r"(?i)[,;:()—–]|\s--\s|\b(?:but|and|while|although|though|who|which|whose|after|before|"
                           r"when|because)\b")
#: The question left unanswered, a clause of its own: "where", "whether", "what", "that".
_UNTOLD = re.compile(r"(?i)\b(?:where|whether|what|why|how|if|that|when|who|which)\b")
#: A silence's own continuation: "declined to comment, referring inquiries to Alyeska", ", citing the inquiry".
_SILENCE_GOES_ON = re.compile(r"(?i)^[^,;:()—–]*,\s+(?:referring|citing|saying\s+only)\b")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(spoken("say", "tell", "add", "write"), {"stated"}) + r")\b")
#: A date that opens its sentence, before the main clause: "On Tuesday, ", "Late Friday, ".
_OPENING_DATE = re.compile(r"(?i)[\s“\"‘]*(?:(?:on|late|early|by|as\s+of|at|in|earlier|later)\s+)*$")


def withheld(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates only a source's silence: a refusal to comment, a call not
    returned. A timeline reader learns nothing from it; a refusal to act ("declined to pay") is news and stays."""
    for m in _WITHHELD.finditer(text, sentence_start, sentence_end):
        if m.end() <= start:
            between = text[m.end():start]
            # "would not say where the ferry went on Monday": what was not told has its own verb and date
            if _UNTOLD.search(between) is None and (
                    _CLAUSE_BREAK.search(between) is None or _SILENCE_GOES_ON.match(between)):
                return True
        elif m.start() >= end:
            between = text[end:m.start()]
            # "Barnes said Wednesday that she could not comment"; "The court ruled on Monday that the firm could not
            # confirm ..." dates the ruling: a verb before the date, other than the saying, is the date's own
            head = _SAYING.sub(" ", text[sentence_start:start])
            if _CLAUSE_BREAK.search(between) is None and FINITE_VERB.search(head) is None and _PAST.search(head) is None:
                return True
            # "On Tuesday, the ministry declined to comment": the opening date is the main clause's
            if _OPENING_DATE.fullmatch(text, sentence_start, start) and re.match(r"\s*,", between) and \
                    _CLAUSE_BREAK.search(between, between.index(",") + 1) is None:
                return True
    return False


_TEN = "|".join(TENS)
#: "40th", "fifth", "twenty-first", "sixtieth": the count's ordinal.
_ORDINAL = (r"(?:\d[\d,]*(?:st|nd|rd|th)|(?:(?:" + _TEN + r")[\s-])?(?:" + "|".join(ORDINALS) + r")|"
            r"(?:" + _TEN.replace("y", "ie") + r")th)")
_SPAN = r"(?:straight\s+|consecutive\s+|full\s+)?(?:day|week|month)\b"
#: The count told as a state of its subject: "entered its 20th day", "is in its 42nd day", "now in its fifth week".
_COUNT = re.compile(r"(?i)\b(?:(?:enter(?:s|ed|ing)?|(?:move[sd]?|moving|go(?:es)?|went|going|head(?:s|ed|ing)?)\s+into|"
                    r"reach(?:es|ed|ing)?(?:\s+into)?|mark(?:s|ed|ing)?|in|into)\s+(?:its|their|his|her)\s+"
                    + _ORDINAL + r"\s+" + _SPAN + r"|\b(?:day|week)\s+\d[\d,]*\s+of\b|\bthe\s+" + _ORDINAL + r"\s+"
                    # ("the first week of June" is a date, no count)
                    + _SPAN + r"\s+of\b(?!\s+(?:the\s+)?(?:month|year|" + MONTH_PATTERN + r"|\d)))")
#: The count as the clause's verb: "The strike entered its 20th day", "The crisis is in its 71st day".
_COUNT_VERB = re.compile(r"(?i)\b(?:enter(?:s|ed)|(?:move[sd]|go(?:es)?|went|head(?:s|ed))\s+into|reach(?:es|ed)|"
                         r"mark(?:s|ed)|(?:" + auxiliaries(BE_FINITE) + r")\s+(?:now\s+|already\s+|still\s+)?(?:in|into))\s+"
                         r"(?:its|their|his|her)\s+" + _ORDINAL + r"\s+" + _SPAN +
                         # the day itself as the count's subject: "July 15 marks day 87", "Today is Day 36"
                         r"|\b(?:mark(?:s|ed)|is|was)\s+(?:now\s+)?(?:day|week)\s+\d[\d,]*\b(?!\s*(?:%|percent|per\s+cent))")
#: A trailing attribution, which adds no happening: ", officials said", ", the union says."
_ATTRIBUTION = re.compile(r"(?i),\s+(?:[\w.'’-]+\s+){0,6}?(?:" + alternation(SAID_SAYS, {"reported", "added"}) + r"|told\s+\w+)\b[^,;]*$")
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\b")
#: A perfect or a passive in the present is no past happening: "has soiled", "is dedicated".
_PRESENT_FRAME = re.compile(r"(?i)\b(?:has|have|is|are|be|been|being)\s+(?:\w+ly\s+|already\s+|now\s+)?[a-z]+\b")


def counts_days(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates only a count of days or weeks something has gone on."""
    # "The disaster, in its 42nd day on Monday, is already the largest spill": the date in the count's aside
    left = max(text.rfind(",", sentence_start, start), text.rfind("(", sentence_start, start), sentence_start - 1) + 1
    stops = [i for mark in (",", ")", ";") if (i := text.find(mark, end, sentence_end)) >= 0]
    right = min(stops, default=sentence_end)
    aside = text[left:right]
    count = _COUNT.search(aside)
    # An aside set off on both sides, the count and the date in one stretch ("Obama is on the second day of a trip
    # before he returns tonight": "before" opens the date's own clause)
    if (count is not None and left > sentence_start and right < sentence_end
            and _CLAUSE_BREAK.search(text, min(left + count.end(), end), max(left + count.start(), start)) is None
            and FINITE_VERB.search(aside.replace(text[start:end], " ")) is None):
        rest = text[sentence_start:left] + " " + text[right:sentence_end]
        # What the sentence says happened outside the aside: a past verb that no present frame holds.
        return _PAST.search(_PRESENT_FRAME.sub(" ", rest)) is None
    # "The hunger strike entered its 20th day on Monday": the count is the clause's verb; nothing else is told
    # ("... on Monday as dockers blocked the port" tells a happening).
    count = _COUNT_VERB.search(text, sentence_start, sentence_end)
    if count is None or not (count.end() <= start or end <= count.start()):
        return False
    if _CLAUSE_BREAK.search(text, min(count.end(), end), max(count.start(), start)) is not None:
        return False  # "Obama, who will speak on Tuesday, faces questions on a crisis which is in its 55th day"
    body = text[sentence_start:sentence_end]
    attributed = _ATTRIBUTION.search(body)
    if attributed is not None:
        body = body[:attributed.start()]
    body = body.replace(count.group(0), " ").replace(text[start:end], " ")
    return FINITE_VERB.search(body) is None and _PAST.search(body) is None
