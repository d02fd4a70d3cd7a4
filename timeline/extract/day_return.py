"""The news day comes back after a stretch of background (issue 16: recall).

A sentence dated to another day ends the stretch of the day's sayings (:mod:`.saying_sentences`): what follows tells
that other time. But a report goes back to its day when the background is told:

    BP said on Tuesday it had capped the well. The well blew out on April 20, killing 11 workers. Engineers had
    tried for weeks to plug it. ... (five sentences with no date) ... BP announced it would pay $20 billion into
    a fund.

Once :data:`RETURN_AFTER` sentences have gone by with no date of their own (:func:`background_over`), a saying may
be the day's again, but only the plainest kind of news (:func:`returns_to_day`): the past of a verb of a news act
("announced", "confirmed", "denied", "warned", "ordered", "said") with no standing state told after it, by a speaker
who is neither unnamed ("officials"), a critic, a campaigner nor a lawyer, not in an interview given to a reporter
nor tied to an occasion of its own, not a saying told from before ("had said", "once said"), with no quotation of
its own and not inside one. The saying then goes through :mod:`.day_sayings`' own checks (a view or a feeling is no
news: :mod:`.saying_news`). Whether its speaker is one the story made a speaker before is not asked: the sayings
missed after background are as often by new speakers.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.merge import Mention
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation

__all__ = ["RETURN_AFTER", "background_over", "returns_to_day"]

#: The sentences with no date of their own after which the story may be back at its news day.
RETURN_AFTER = 5

#: Words said at another time, or retold: "once said", "had said", "used to say", "recalled", "told lawmakers
#: following the disaster".
_FROM_BEFORE = re.compile(r"\b(?:once|previously|earlier|ago|recalled|remembered|used\s+to|at\s+the\s+time|following|"
                          r"(?:" + auxiliaries(HAVE_FORMS, WILL_WOULD, without={"will"}) + r")\s+(?:\w+\s+)?(?:said|told|announced|warned|confirmed))\b",
                          re.IGNORECASE)
#: Who speaks for a cause, not for a party to the news: campaigners, lobbies, lawyers suing, investors' advisers.
_ADVOCATE = re.compile(r"\b(?:Club|Greenpeace|campaign\w*|activists?|groups?|coalition|association|chamber\s+of\s+commerce|"
                       r"lawyer|attorney|investment|investors?|fund\s+manager|godfather|friend|fan)\b", re.IGNORECASE)
#: Who speaks for no one named ("Louisiana officials", "health authorities"), or as a critic: after background, as often
#: a view of the story as its news.
_UNNAMED = re.compile(r"\b(?:officials|authorities|sources|critics?)\b[^,]*,?\s*(?:also\s+)?$", re.IGNORECASE)
#: An interview given to a reporter ("told an Associated Press reporter"): a witness's colour, not a party's news act.
_TO_REPORTER = re.compile(r"\s*(?:an?|the)\s+(?:[\w.'’-]+\s+){0,3}reporters?\b")
#: A saying tied to an occasion ("said at the hearing", "told the inquiry"): the occasion's day is its own, and after
#: background, as often one the background told of, not the news day.
_AT_OCCASION = re.compile(r"\b(?:at|during|before|to)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
                          r"(?:hearings?|trial|inquest|inquiry|conference|meeting|session|summit|briefing|court|"
                          r"committee|rally|testimony)\b", re.IGNORECASE)
#: The past of a verb of a news act that opens a saying: "announced", "confirmed", "denied", "warned", "said".
_NEWS_ACT = re.compile(r"\b(?:" + alternation(NEWS_SAYING_PAST, ("decided", "ordered", "answered", "responded")) + r")\b")


def background_over(by_sentence: dict[int, list[Mention]], index: int, lead: int) -> bool:
    """Whether the :data:`RETURN_AFTER` sentences before ``index`` (all after the ``lead``) date nothing of their own."""
    if index - RETURN_AFTER <= lead:
        return False
    return not any(m.main or m.continued for i in range(index - RETURN_AFTER, index) for m in by_sentence.get(i, []))


#: A verb in the present that tells how things stand ("it is about 35 degrees", "his company needs more support",
#: "large companies spend millions"): what is said after background is then a standing view or a fact of the
#: background, not the day's news. ("has" or "have" before a participle is a recent act: "has launched".)
_STANDING = re.compile(r"\b(?:is|are|remains?|needs?|seems?|appears?|includes?|means?|requires?|costs?|spends?|"
                       r"(?:has|have)(?!\s+(?:been|\w+ed|\w+en|begun|made|sent|taken|told|found|lost|won|set|cut|put)\b))\b")
#: A verb in the past, after which a present is inside what the past tells.
_PAST = re.compile(r"\b(?:was|were|had|did|\w+ed)\b")


def _tells_standing(said: str) -> bool:
    """Whether the words ``said`` tell a state in the present before any past."""
    standing, past = _STANDING.search(said), _PAST.search(said)
    return standing is not None and (past is None or standing.start() < past.start())


def returns_to_day(sentence: str, before: str) -> bool:
    """Whether ``sentence``, after a stretch of background, may tell a saying of the news day: a news act told with
    no standing state in the present after it, by a speaker named (not "officials", not a critic), not in an
    interview given to a reporter, not tied to an occasion (a hearing, a trial), with no quotation (quoted words after background are as often a view, or words said then), not words said before,
    not a campaigner's or a lawyer's, and not inside a quotation still open in ``before`` (the text up to it)."""
    paragraph = before[before.rfind("\n") + 1:]
    act = _NEWS_ACT.search(sentence)
    if act is None or _tells_standing(sentence[act.end():]) or _UNNAMED.search(sentence[:act.start()]) \
            or _TO_REPORTER.match(sentence[act.end():]) or _AT_OCCASION.search(sentence):
        return False
    return not re.search(r"[“”\"]", sentence) \
        and not _FROM_BEFORE.search(sentence) and not _ADVOCATE.search(sentence[:act.start()]) \
        and paragraph.count("“") <= paragraph.count("”") and paragraph.count('"') % 2 == 0
