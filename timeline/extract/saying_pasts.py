"""A saying dated by a past its speaker looks back to, or by its speaker's own past, dated by the saying (issue 16).

'"It has made the company much better. Four years ago it could have been very different," the chief said' and
'"We're all growing this resource," says Ada Hale, who co-founded the trust 12 years ago': the title tells the saying
("The chief says: “It has made the company much better”", "Ada Hale says: “We're all growing this resource”"), and
the only date of the sentence is a time the speaker measures back from the moment of speaking, or one of the
speaker's life told beside the name. Placed there, the event tells a reader that the speaker spoke four years ago,
the error a reader cannot see; a saying's date is its day (:func:`.forecast_sayings.speaker_day`), else the page's.

Only these count, in a sentence that dates nothing else (another date of it may be the saying's own), or whose other
date dates the same saying ('"...," Lind said on Wednesday': the saying is Wednesday's, and one event):

- a time told from the speaker's moment ("four years ago", "12 months ago", "last year", "at this point last year")
  inside a quotation its saying verb credits from outside the marks (:func:`inside_quotation`, which
  :mod:`.quoted_forecasts` reads too); a calendar date the speaker names ("in 1957") is a told happening's own,
  as :mod:`.bare_sayings` keeps it;
- the year of a figure the speaker reports, after the verb of saying ("said oil spills were almost
  14,000 tonnes last year", "noted that in 2008 fishermen earned $659 million"): the figure's period, which the
  saying looks back to; a saying dated right at its verb ("said in 2005") keeps its date; and so, at any
  precision, a figure's cut-off in the reported clause ("estimated that as of May 17 there were 130,000 barrels",
  "said there was $1.6 billion in the fund as of the end of September"): the day the count stood, not the saying's
  (a cut-off opening the sentence, "As of Sunday, BP said", may be the saying's own day, and stays);
- the point a reported figure or state is measured against, after "from" or "than" ("said its crews had improved
  their timekeeping from a month ago", "said the cap was capturing less oil than three days ago"): no happening of
  that day is told, only the speaker's now compared with it (:func:`.comparisons.is_comparison`);
- any date in a description of the speaker that follows the credit of a quotation opening the sentence
  ('..., says Ada Hale, who co-founded the trust 12 years ago', '..., says Ben Orr, of Orr Seafood, named after his
  father in 1930').

The title must tell the saying ("X says ...", "X: “...”"): a title written from the told happening keeps its date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.extract.comparisons import COMPARING, is_comparison
from timeline.extract.forecast_sayings import date_as_said, days_told, saying_day
from timeline.extract.quote_dates_kept import quote_made_whole
from timeline.extract.saying_words import SAY_FORMS, VERB_NOT_NOUN, alternation, spoken
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["inside_quotation", "saying_pasts"]

#: ("add", "report", "find" and "show" are left out: "added $227 million to reserves", "reported $408 million in
#: losses last year" and "The map shows" tell an act or a figure, not a saying.)
_SAYING = alternation(spoken("say", "tell", "insist", "warn", "explain", "note", "declare", "write", "estimate",
                             "confirm", "announce", "argue", "claim", "admit"))
#: Not where a form of a verb of saying is a noun or an adjective: "153,974 claims", "an estimated 50 million deaths",
#: "There are also claims that", nor a passive with no speaker: "it is estimated that".
_NOT_NOUN = VERB_NOT_NOUN + (r"(?<!\d\s)(?<!\b[Aa]n\s)(?<!\b[Aa]\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bof\s)(?<!\bis\s)"
                             r"(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)")
#: A verb of saying crediting a quotation: after it closes ('," the mayor said') or before it opens ('said: “').
_CREDITING = re.compile(r"\b(?:" + alternation(SAY_FORMS, spoken("tell", "add", "insist", "warn", "explain", "predict",
                                                                     "declare", "write")) + r")\b")
#: A title that tells a saying: its speaker and a verb of saying, or its speaker and the quotation's words.
_SAYING_TITLE = re.compile(r"^[^:;“”\"]{2,80}?(?::\s*[“\"]|\s" + _NOT_NOUN + r"(?:" + _SAYING + r")\b)")
#: A verb of saying or telling that opens a reported clause.
_SAID_VERB = re.compile(r"\b" + _NOT_NOUN + r"(?:" + _SAYING + r")\b")
#: A past told from the speaker's moment: "four years ago", "12 months ago", "last year", "a year earlier".
_LOOKED_BACK = re.compile(r"(?i)\b(?:ago|last\s+(?:year|month|decade|spring|summer|autumn|fall|winter)|"
                          r"(?:a|one|two|\w+)\s+(?:years?|months?|decades?)\s+(?:earlier|before|previously))\b")
#: The credit after a quotation: a verb of saying and its speaker ('," says Ada Hale' or '," Hale said').
_CREDIT = re.compile(r"[”\"]\s*(?:\S+\s+){0,6}?(?:" + _SAYING + r")\b")
#: The period a figure is counted over: its year. A month or a day may be a happening's own, and a quarter or a
#: half is an earnings report's period, which dates the results it tells ("said third-quarter net income rose 5%").
_PERIODS = frozenset([Precision.YEAR])
#: A figure's cut-off: "as of May 17", "as at the end of September".
_CUT_OFF = re.compile(r"(?i)\bas\s+(?:of|at)\s+(?:the\s+)?$|^as\s+(?:of|at)\s")
#: A figure: a number, a share, an amount.
_FIGURE = re.compile(r"\d|\b(?:percent|per\s+cent|million|billion|trillion|half|third|quarter|doubled|tripled)\b|[%$£€]")
#: A clause of its own inside the reported one, whose date is its happening's ("debt that was incurred in 1988").
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|when|where|after|before|since)\b")
#: A description of the speaker after the credit: a relative clause or an "of" phrase.
_DESCRIBED = re.compile(r",\s+(?:who|whose|of)\b")


def saying_pasts(found: list[Mention], text: str, published: dt.date | dt.datetime | None) -> list[Mention]:
    """``found`` with each saying dated only by a past its speaker looks back to, or by the speaker's described past,
    dated by the saying's day (see the module's docstring)."""
    if published is None:
        return found
    if isinstance(published, dt.datetime):
        published = published.date()
    stated = days_told(found)
    pasts = [m for m in found if not m.lead and m.date[1] > 0 and _SAYING_TITLE.match(m.title)
             and m.when.end.date() <= published and (_looked_back(text, m) or _described(text, m) or _figure_period(text, m) or _compared(text, m))]
    chosen = {id(m) for m in pasts}
    for m in pasts:
        others = [o for o in found if id(o) not in chosen and o.sentence == m.sentence and o.key != m.key]
        said = _SAYING_TITLE.match(m.title)
        own = [o for o in others if said and o.title.startswith(said.group(0))]  # ('..., Lind said on Wednesday')
        if others and not own:
            continue  # another date of the sentence may be the saying's
        date_as_said(m, own[0].when if own else saying_day(m, stated, text, published))
        m.title = quote_made_whole(m, text)  # (the date it named is now the speaker's words, not the event's)
        if not own and not m.continued:
            # (its day is read from where it stands, as :mod:`.day_statements` reads an undated one's: merged with
            # the story's telling of that day, the telling keeps its title, "Obama defends his response", and the
            # aside quoted from it, '"I was down there a month ago," he said', does not take it over)
            m.continued = "day"
    return found


def _looked_back(text: str, m: Mention) -> bool:
    """Whether ``m``'s date is a past told from the speaker's moment inside the speaker's quotation: one opened in
    the sentence, or one opened before it that the sentence closes and credits ('... Four years ago it could have
    been very different," the chief said')."""
    if _LOOKED_BACK.search(text, m.date[0], m.date[1]) is None:
        return False
    if inside_quotation(text, m):
        return True
    before, after = text[m.start:m.date[0]], text[m.date[1]:m.end]
    closed = re.search(r"[”\"]", after)
    return not re.search(r"[“”\"]", before) and closed is not None \
        and _CREDITING.search(after, closed.end(), closed.end() + 60) is not None


def _compared(text: str, m: Mention) -> bool:
    """Whether ``m``'s date is the point its saying's figure or state is compared with: "from a month ago", "than
    three days ago", after the verb of saying."""
    said = _SAID_VERB.search(text, m.start, m.date[0])
    before = text[max(m.start, m.date[0] - 20):m.date[0]]
    return said is not None and COMPARING.search(before) is not None \
        and is_comparison(text[m.date[0]:m.date[1]], before)


def _figure_period(text: str, m: Mention) -> bool:
    """Whether ``m``'s date is the period of a figure its speaker reports: a year after the verb
    of saying, with a figure between them ("said oil spills were almost 14,000 tonnes last year")."""
    cut_off = _CUT_OFF.search(text[max(m.start, m.date[0] - 20):m.date[0]]) is not None \
        or _CUT_OFF.match(text[m.date[0]:m.date[1]]) is not None
    if not cut_off and (m.when.precision not in _PERIODS or m.happening
                        or re.search(r"\bago\b", text[m.date[0]:m.date[1]])):
        return False  # ("the genocide of 500,000 people four years ago": a happening's date, no figure's period)
    said = _SAID_VERB.search(text, m.start, m.date[0])
    if said is None:
        return False
    between = text[said.end():m.date[0]]
    # ("noted that in 2008, fishermen earned $659 million"; "had talks in 2007 when a fire, in which 15 died, ...": the
    # figure of another clause)
    clause = re.split(r"[,;:.!?“”\"]|\b(?:when|which|who|where|while|after|before|since|because)\b",
                      re.sub(r"^\s*,", "", text[m.date[1]:m.end]))[0]
    # ("said in 2005": the saying's own date; "said: “": a quotation, whose figures are :mod:`.bare_sayings`')
    return (cut_off or _FIGURE.search(between) is not None or _FIGURE.search(clause) is not None) \
        and not re.search(r"[“”\";:]", between) and re.fullmatch(r"\s*(?:\w+\s+)?", between) is None \
        and not _RELATIVE.search(re.sub(r"^\s*that\b", "", between))  # ("debt that was incurred in 1988": its own)


def _described(text: str, m: Mention) -> bool:
    """Whether ``m``'s date stands in a description of the speaker credited after a quotation that opens it."""
    quote = text[m.start:m.date[0]]
    opened = re.match(r"\s*[“\"]", quote)
    if opened is None:
        return False
    credit = _CREDIT.search(quote, opened.end())  # (the first mark past the opening one closes the quotation)
    if credit is None:
        return False
    between = quote[credit.end():]
    return _DESCRIBED.search(between) is not None and not re.search(r"[“”\"]", between)


def inside_quotation(text: str, m: Mention) -> bool:
    """Whether ``m``'s date stands inside a quotation its saying verb credits from outside the marks."""
    quote = text[m.start:m.end]
    at = m.date[0] - m.start
    curly = quote.rfind("“", 0, at)
    if curly >= 0 and quote.rfind("”", 0, at) < curly:
        opened, closed = curly, quote.find("”", at)
    elif quote.count('"', 0, at) % 2 == 1:
        opened, closed = quote.rfind('"', 0, at), quote.find('"', at)
    else:
        return False
    if closed < 0:
        return False
    credit = _CREDITING.search(quote, closed)
    if credit is not None and credit.start() - closed < 60:
        # '"We will finish the repairs tomorrow," the mayor said': the statement is the speaker's words from its
        # start; a clause told outside the marks ('The slick will reach the delta "later tomorrow," she said') is
        # the forecast's own headline
        return not quote[:opened].strip(" \t\n'‘")
    return re.search(r"\b(?:" + alternation(spoken("say", "tell", "add", "write")) + r")\s*:\s*$", quote[:opened]) is not None
