"""A saying titled by its speaker alone and dated by a time inside its quotation (issue 16).

'"Some of the folks who shout now were, two or three months ago, asking for less," Obama said' and 'The museum
said: "The firm has supported us since 1996."': when the title writer finds nothing in the quoted words a headline
can hold (a condition, the speaker's "I" or "you", a subject split at its "and"), the title is the attribution
alone ("Obama says", "The museum says in a statement"). Such a title tells the saying, and a saying's date is its
attribution's ("said on Monday") or, for a saying of the story's day, the page's; a time inside the quotation
("two or three months ago", "since 1996", "next week") dates what the speaker tells, which the title does not
state. Placed at that time, the event tells a reader that the speaker spoke then, and nothing of what was said.

So a statement whose title is its speaker alone and whose date stands inside the quotation is dropped: the saying
has no date of its own there (when its attribution has one, that date is another mention of the sentence, and
stays), and the time inside the quote dates nothing the title tells. In the story's opening sentences, where the
saying is the page's news, it is kept and dated by the saying instead: its speaker's day told a few sentences before,
else the page's (:func:`.forecast_sayings.speaker_day`). A statement dated by its attribution, or standing in
for the page's day, is titled again from its quotation's words, the title standing as the attribution
(:mod:`.said_titles`), when the title writer took the quotation for no saying of the speaker's. A calendar day the speaker names ("the May 28 report
deadline", "born on 1st June") is the told happening's own, a scheduled one's or a past one's, and the statement keeps
it, as :mod:`.quoted_forecasts` keeps it, and so is a quarter or a half, a figure's reporting period
(:mod:`.forecast_sayings`): only a time told from the speaker's moment ("next week", "two or three
months ago", "since 1996", "this year") goes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.calendar_words import MONTH_PATTERN
from timeline.extract.forecast_sayings import date_as_said, days_told, saying_day
from timeline.extract.said_titles import said_title
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.title_gate import has_verb
from timeline.extract.title_quotes import WHERE_SAID

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["bare_sayings", "speaker_only"]

#: The story's opening sentences (its headline and lead), where a saying is the page's news.
_NEWS_SENTENCES = 2

#: A title that ends on its saying verb, or on where it was said after it (:data:`.title_quotes.WHERE_SAID`):
#: "Obama says", "The groups say in a statement", "Tillerson also said".
_BARE = re.compile(r"^(?P<speaker>[^“”\"]{2,120}?)\s+(?:(?:also|again|later|then|further)\s+)?(?:" +
                   alternation(spoken("say", "tell", "add", "write", "state", base=True)) + r")\b")


#: Words that describe the speaker without telling anything of what was said: a relative clause ("an official who
#: spoke on condition of anonymity"), a participle's phrase ("Fearing the destruction of BP, Cameron"; "Obama when
#: opening up new parcels"; "A statement issued on behalf of the family").
_DESCRIPTION = re.compile(r"\s+(?:who|whom|whose|which|that)\s+[^,“”\"]*$|^[A-Z][a-z]+ing\s+[^,]*,\s+|"
                          r"\s+(?:when|while|after|before)\s+[a-z]+ing\b[^,]*$|"
                          r"\s+(?:issued|released|sent|posted|published|signed|read)\s+(?:by|on\s+behalf\s+of)\s+")


#: A calendar day the speaker names ("the May 28 report deadline", "born on 1st June"): a scheduled or told
#: happening's own day, which the statement keeps as :mod:`.quoted_forecasts` keeps it; and a quarter or a half ("a
#: further decline in the fourth quarter"): a figure's reporting period, which :mod:`.forecast_sayings` keeps too.
_CALENDAR_DAY = re.compile(r"\b(?:(?:" + MONTH_PATTERN + r")\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:"
                           + MONTH_PATTERN + r")\b|(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b|"
                           r"Q[1-4]\b|H[12]\b)")


def speaker_only(title: str) -> bool:
    """Whether ``title`` is a saying's attribution with nothing said: "Mr Hayward says", "The environmental groups say
    in a statement", "An official who spoke on condition of anonymity says" ("BP is on track, Allen says" tells
    what was said)."""
    title = title.strip()
    bare = _BARE.match(title)
    if bare is None or (bare.end() < len(title) and WHERE_SAID.match(title, bare.end()) is None):
        return False  # (the place it was said runs to the title's end: "in a statement")
    speaker = _DESCRIPTION.sub("", bare.group("speaker"))
    return not has_verb(speaker)


def bare_sayings(found: list[Mention], text: str, published: dt.date | dt.datetime | None) -> list[Mention]:
    """``found`` without the statements titled by their speaker alone and dated inside their quotation; such a
    statement among the story's opening sentences is kept and dated by its saying (see the module's docstring)."""
    if published is None:
        return found
    if isinstance(published, dt.datetime):
        published = published.date()
    stated = days_told(found)
    kept: list[Mention] = []
    for m in found:
        if not m.lead and speaker_only(m.title) and (m.date[1] <= 0 or not _quoted_at(text, m)):
            m.title = _quote_titled(m, text) or m.title  # ('President Obama said "It turns out ..."': the words said)
        if m.lead or m.date[1] <= 0 or not speaker_only(m.title) or not _quoted_at(text, m) \
                or _CALENDAR_DAY.search(text, m.date[0], m.date[1]):
            kept.append(m)
            continue
        own = any(o is not m and o.sentence == m.sentence and o.date[1] > 0 and not _quoted_at(text, o) for o in found)
        if m.sentence < _NEWS_SENTENCES and not own:
            date_as_said(m, saying_day(m, stated, text, published))
            kept.append(m)
    return kept


#: The first quotation of a statement, of a clause's length at least: its words, without the mark that ends them.
_QUOTATION = re.compile(r"[“\"](?P<said>[^“”\"]{15,}?)[,.!?]?(?:[”\"]|$)")


def _quote_titled(m: Mention, text: str) -> str | None:
    """A title of ``m`` that tells its quotation's words (:func:`.said_titles.said_title`), its title of the speaker
    alone standing as the attribution; None when none holds them."""
    quotation = _QUOTATION.search(text, m.start, m.end)
    if quotation is None:
        return None
    title = said_title(m.title, quotation.group("said"))
    return title[0].upper() + title[1:] if "“" in title else None


def _quoted_at(text: str, m: Mention) -> bool:
    """Whether ``m``'s date stands inside quotation marks in its sentence: more marks are opened than closed before
    it (a quotation that runs on to the sentence's end has no closing mark)."""
    before = text[m.start:m.date[0]]
    if before.count("“") > before.count("”"):
        return True
    plain = re.sub(r"(?<=\w)['’](?=\w)", "", before)  # (an apostrophe is no mark)
    return before.count('"') % 2 == 1 or (plain.count("‘") > plain.count("’"))
