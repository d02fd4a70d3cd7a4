"""A period that a forecast or an outlook covers, which is no date of a happening (issue 16: dates right).

"Hungary expects its economy to contract by up to 6 percent this year", "the surplus will go up again this year, to
nearly $500bn", "analysts expect output to fall 3 percent in the quarter", "it sees growth recovering to 6.3 percent
next year": the year or quarter is the span the forecast figure runs over, not when anything happened. The news,
if any, is the forecasting, which has its own day ("said on Tuesday"), or none the sentence tells; a reader who
finds the forecast at the year's start, or at the next year, is misled. Our gold leaves a forecast of a yearly
figure out (batch 11's choice), and so does this.

"raised its forecast for Chinese growth this year from 6% to 8%", "cut its outlook for 2010": the period closes a
forecast's or an outlook's noun; the raising or cutting happened on a day of its own.

Only a forecast of a measure counts (growth, output, sales, a figure): "the storm will move into the Gulf this
week", "the sale is expected to complete in 2011" and "will drill a relief well next month" tell a happening to
come, which the date places. A result told in the past ("the economy shrank 3 percent in the first quarter") is
the period's own figure and keeps it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, auxiliaries

__all__ = ["forecast_period", "outlook_period", "scope_period"]

#: A period a yearly or quarterly figure runs over: "this year", "next year", "in 2010", "in the first half",
#: "over the next year", "the July-to-September quarter", "fiscal 2011".
_PERIOD = re.compile(r"(?i)\b(?:year|quarter|half|q[1-4]|h[12])\b|^(?:(?:fiscal|calendar)\s+)?(?:19|20)\d\d$|['’]\d\d$")
#: What a figure's period follows: a preposition or nothing ("this year", "next year" carry their own word).
_PERIOD_BEFORE = re.compile(r"(?i)(?:\b(?:in|for|over|during|throughout|through|by)\s+(?:the\s+)?|^|\s)$")
#: What makes a clause a forecast rather than a report: a modal, or a verb or phrase of expecting ("expects the
#: economy to", "is forecast to", "sees growth recovering", "forecasts a drop").
_FORECAST = (r"(?:will|would|could|may|might|should|won['’]t|wouldn['’]t|(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, without={"being"}) + r")\s+(?:\w+ly\s+)?"
             r"(?:expected|forecast|projected|predicted|likely|set|poised|estimated|seen|tipped)\s+to|"
             r"expects?|anticipates?|forecasts?|predicts?|projects?|sees|see|estimates?|projected)")
#: A change or a level of a figure: "contract", "go up", "recovering", "a drop in", "eat into", "spend", "total".
_CHANGE = (r"(?:grow|grows|growing|rise|rises|rising|fall|falls|falling|shrink|shrinking|contract|contracting|expand|"
           r"expanding|increase|increasing|decrease|decreasing|decline|declining|drop|dropping|slow|slowing|recover|"
           r"recovering|rebound|rebounding|double|doubling|halve|improve|improving|worsen|worsening|top|exceed|"
           r"exceeding|reach|total|peak|hit|bottom\s+out|beat|miss|meet|totalling|totaling|average|climb|climbing|slip|slide|dip|go\s+(?:\w+\s+)?(?:up|down)|"
           r"edge\s+(?:up|down|higher|lower)|reduce|reducing|lower|lowering|cut|boost|boosting|knock|shave|trim|"
           r"eat\s+into|hurt|weigh\s+on|dent|spend|import|export|produce|pump|earn|lose|be\s+(?:up|down|flat)|"
           r"(?:an?\s+)?(?:rise|fall|drop|increase|decrease|decline|contraction|recovery|growth|rebound|slowdown|"
           r"downturn)\s+(?:in|of)\b|growth|recovery|contraction|"
           # a level: "full-year profit of $3bn", "growth of 2 percent"
           r"of\s+(?:about\s+|around\s+|nearly\s+|up\s+to\s+|some\s+)?(?:[$£€#]\s?\d[\d.,]*\w*|\d[\d.,]*\s*(?:percent|per\s+cent)))")
#: A measure a forecast tells the figure of, or a figure itself.
_MEASURE = re.compile(
    r"(?i)\b(?:growth|economy|economies|gdp|gross\s+domestic\s+product|output|production|sales|profits?|earnings|"
    r"revenues?|income|demand|imports|exports|prices|costs|spending|investment|unemployment|inflation|deficits?|"
    r"surplus(?:es)?|loss(?:es)?|margins?|dividends?|cash\s+flow|figures?|rates?|premiums|bookings|traffic|"
    r"supply|supplies|consumption|capacity|volumes?|turnover|tax\s+take|receipts)\b|"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage\s+points?|[mb]n\b|million|billion|trillion|barrels|bpd)|[$£€#]\s?\d")
#: A word after the date that makes it a noun's modifier ("the 2010 budget gaps"); a verb or a preposition does not.
_NOUN_NEXT = re.compile(r"\s+(?!(?:to|and|or|by|from|as|if|after|before|because|than|will|would|could|may|might|should|"
                        r"" + auxiliaries(BE_FINITE, HAVE_FORMS) + r")\b)[a-z][a-z-]+")
_ADVERB_NEXT = re.compile(r"\s+(?:\w+ly|alone|only|too)\b")
#: A relative clause set off by commas inside the forecast.
_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;:]*,")
#: Where a forecast's reach ends before the date: another sentence's worth of clause.
_BREAK = re.compile(r"[;:“”\"]|\s[-–—]\s|\b(?:but|because|although|though|after|before|when|since|while|said|says|"
                    r"told|which|who|whose|where|and\s+(?:then|now))\b")


def forecast_period(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the period a forecast figure covers: "expects the economy to contract
    6 percent this year", "growth will slow in the second half"."""
    if not _PERIOD.search(text[start:end]) or not _PERIOD_BEFORE.search(text, max(sentence_start, start - 16), start):
        return False
    possessive = re.match(r"['’]s\b", text[end:end + 2]) is not None
    noun_next = _NOUN_NEXT.match(text, end, end + 30) is not None and not _ADVERB_NEXT.match(text, end, end + 20)
    if possessive or noun_next:
        return False  # "the 2010 budget gaps", "this year's figures": the date before a noun sorts it
    window_start = max(sentence_start, start - 200)
    # ("expects the economy, which has been hit by falling exports, to contract": an aside, not the forecast's end)
    before = _ASIDE.sub(" ", text[window_start:start])
    breaks = list(_BREAK.finditer(before))
    # ("did not see a recovery before 2032" is a limit a saying denies, the saying's news: "before" stays a break)
    if breaks and breaks[-1].group(0).lower() == "after" and re.fullmatch(
            r"(?i)\s*(?:the\s+)?", before[breaks[-1].end():]):
        breaks.pop()  # "expect limited production growth after 2012": a preposition before the period, no clause
    clause_from = breaks[-1].end() if breaks else 0
    clause = before[clause_from:]
    after = text[end:min(sentence_end, end + 60)]
    after = after[:m.start()] if (m := _BREAK.search(after)) else after
    forecast = re.search(r"(?i)\b" + _FORECAST + r"\b", clause)
    # "sales for the year would beat forecasts": the forecast after the period its subject names
    forecast_after = re.match(r"(?i)\s*(?:will|would|could|may|might|(?:is|are)\s+(?:expected|forecast|projected|likely)"
                              r"\s+to)\s+(?:\w+ly\s+)?" + _CHANGE + r"\b", after)
    if forecast is None and forecast_after is None:
        return False
    changed = forecast_after or (forecast and re.search(r"(?i)\b" + _CHANGE + r"\b", clause[forecast.end():])) or (
        re.match(r"(?i)\s*to\s+(?:\w+ly\s+)?" + _CHANGE + r"\b", after))
    measures = [m.group(0).lower() for m in _MEASURE.finditer(clause + " " + after)]
    return changed is not None and any(not _RESULT.fullmatch(m) for m in measures) and not any(
        _RESULT.fullmatch(m) for m in measures[:1])


#: A company's result for a period: a figure reported after the period it covers, which our gold and TimeBank both date
#: by that period (see :data:`.comparisons._REPORTING_RESULT`), forecast or not ("expects to report a charge for the
#: third quarter", "expects earnings of $2 a share next year").
_RESULT = re.compile(r"(?i)earnings|(?:net\s+)?income|revenues?|profits?|loss(?:es)?|margins?|charges?|dividends?|"
                     r"results|figures?|rates?|[$£€#].*|\d.*")


#: A forecast's or an outlook's noun, and the measure it is of, before the period: "its forecast for Chinese growth",
#: "the outlook for", "production targets for".
_OUTLOOK = re.compile(r"(?i)\b(?:forecasts?|outlook|targets?|guidance|projections?|estimates?|expectations|"
                      r"predictions?)\s+(?:for|of)\s+(?:(?:the\s+|its\s+|their\s+)?[\w'’-]+\s+){0,3}?"
                      r"(?:(?:in|for|over|during)\s+)?(?:the\s+)?$")
#: A verb that changes a forecast: the act, which has its own day.
_REVISES = re.compile(r"(?i)\b(?:raise[sd]?|raising|cut|cuts|cutting|lower(?:s|ed|ing)?|revise[sd]?|revising|"
                      r"upgrade[sd]?|downgrade[sd]?|trim(?:s|med)?|slash(?:es|ed)?|lift(?:s|ed)?|boost(?:s|ed)?|"
                      r"reaffirm(?:s|ed)?|reiterat(?:es|ed|ing)|st(?:uck|ick|icks)\s+(?:to|by)|confirm(?:s|ed)?|maintain(?:s|ed)?|kept|keeps|issue[sd]?|set|sets|gave|gives|"
                      r"published|publishes|released|releases|unveil(?:s|ed)?)\b[^;:.!?]{0,60}$")


def outlook_period(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` closes a forecast's or an outlook's noun that a verb revises: "raised
    its forecast for Chinese growth this year", "cut the outlook for 2010"."""
    if not _PERIOD.search(text[start:end]):
        return False
    outlook = _OUTLOOK.search(text, max(sentence_start, start - 80), start)
    if outlook is not None and re.search(r"(?i)\b(?:earnings|income|revenues?|profits?|loss(?:es)?|margins?|per\s+share)\b",
                                         text[max(sentence_start, outlook.start() - 30):start]):
        return False  # "cut his earnings estimate for next year": a result's period, as a reported result's
    return outlook is not None and _REVISES.search(text, max(sentence_start, outlook.start() - 60), outlook.start()) \
        is not None


def scope_period(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the span a forecast or an outlook covers, no happening's time."""
    return forecast_period(text, sentence_start, start, end, sentence_end) or outlook_period(text, sentence_start, start, end)
