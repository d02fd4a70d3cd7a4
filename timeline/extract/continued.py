"""Sentences dated by the sentence before them: "Meanwhile, ...", "At the hearing, ...", "He later said ...".

News prose states a day once and tells the rest of that day's happenings without repeating it:

    The commission began its hearings on Monday. At the hearing, a drilling contractor said ...
    On Wednesday, the chairman told reporters ... He later said he was sorry.
    Rep. Smith said Wednesday that ... The comments came in a hearing in which lawmakers grilled ...

Such a sentence has no date expression, so the tagger gives it nothing; but its opener says it
happened on the occasion just told (or on the same news day), and its verb is in the simple past. It
takes the day of the nearest dated main statement a few sentences before it, when that day is the
story's news (within a week before publication): "He later worked for a butcher" after a date in 1890
is biography, not a day to inherit, and a plan ("Meanwhile, crews will ...") or a state ("Meanwhile,
the Justice Department has started ...") tells no happening of that day.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS

#: A verb in the simple past: a regular "-ed" form or one of English's irregular pasts, whose one list is
#: the titles' (title_verbs.py). "was", "were", "had" and "did" tell a state or help another verb, not a
#: happening; "split" and "spread", pasts the same as their base, the titles leave out as too often nouns.
_PAST_VERB = ("(?:[a-z]{2,}ed|" + "|".join(sorted((IRREGULAR_PAST_FORMS - {"was", "were", "had", "did"})
                                                | {"split", "spread"})) + ")")
_SIMPLE_PAST = re.compile(rf"\b{_PAST_VERB}\b")

#: An occasion just told: "the hearing", "the news conference", "the meeting".
_OCCASIONS = (r"(?:hearing|hearings|meeting|briefing|news\s+conference|press\s+conference|conference|session|"
              r"summit|rally|event|ceremony|talks|speech|interview|appearance|vote|debate|trial|testimony)")

#: Openers that tie a sentence to the occasion or news day the text just told.
_OPENER = re.compile(
    r"(?:Meanwhile|Later(?:\s+(?:that|in\s+the)\s+(?:day|evening|afternoon|morning))?|Afterwards?|"
    r"Shortly\s+(?:afterwards?|after\s+that))\s*,?\s+(?=[A-Za-z“\"])"
    r"|(?:At|During|After)\s+the\s+(?:same\s+)?(?:[a-z-]+\s+){0,2}" + _OCCASIONS + r"\b[^,.]{0,60},\s+"
    r"|In\s+(?:one|an|another|a\s+(?:later|heated|testy|tense))\s+exchange\b[^,.]{0,60},\s+"
    r"|In\s+(?:his|her|their)\s+(?:testimony|remarks|opening\s+statement|statement\s+to\s+the\s+\w+),\s+"
)
#: "He later said", "Svanberg later apologised": a later moment of the occasion just told.
_LATER = re.compile(r"^(?!(?:Although|Though|While|When|If|Because|As|After|Before|Since|Unless|Even)\b)"
                    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+)?later\s+" + _PAST_VERB + r"\b")
#: "The comments came in a hearing ...": where the happening just told took place.
_CAME = re.compile(r"^The\s+(?:[a-z-]+\s+)?(?:comments|remarks|statement|announcement|testimony|exchange|"
                   r"criticism|warning|admission|apology|appeal|request|call|plea)\s+came\s+(?:in|at|during)\b")
#: A plan, a state or a question tells no happening of the inherited day.
_NOT_PAST = re.compile(r"\b(?:will|would|could|might|may|should|must|has|have|is|are|am)\s+(?:not\s+)?[a-z]+\b"
                       r"|\?\s*[”\"’']?\s*$")
#: How far back the day may be told, in sentences, and how long before publication it may lie.
WINDOW = 6
NEWS_WEEK = dt.timedelta(days=7)


def continues_occasion(sentence: str) -> bool:
    """Whether ``sentence`` tells a happening of the occasion or day the sentences before it dated."""
    s = sentence.lstrip()
    opener = _OPENER.match(s)
    if opener is not None:
        rest = s[opener.end():]
    elif _LATER.match(s) or _CAME.match(s):
        rest = s
    else:
        return False
    if rest[:1] in "“\"‘'":  # a quotation's own words: its verb is the speaker's, not the narrative's
        return False
    clause = _main_clause(rest)
    return any(not _PARTICIPLE_BEFORE.search(clause, 0, m.start()) for m in _SIMPLE_PAST.finditer(clause)) \
        and _NOT_PAST.search(clause) is None


#: "..., often praised by critics": a participle after a comma or an adverb, no verb of the clause.
_PARTICIPLE_BEFORE = re.compile(r"(?:,\s+(?:[a-z]+ly\s+|often\s+|long\s+)?|\b(?:[a-z]+ly|often|been|being)\s+)$")


def after_opener(sentence: str) -> str:
    """``sentence`` without the opener naming the occasion ("At the hearing, "): its words are the occasion's
    own, told in the sentence before, and say nothing about this sentence's happening."""
    opener = _OPENER.match(sentence.lstrip())
    return sentence.lstrip()[opener.end():] if opener else sentence


def _main_clause(rest: str) -> str:
    """The words up to a reported or relative clause ("... said the company is ...", ", which ...")."""
    said = _SAID.search(rest)
    if said is not None:  # what was said keeps its own tense
        rest = rest[:said.end()]
    cut = re.search(r"\b(?:that|which|who|whose|where|because|if|when|while|as)\b|[:“\"]", rest)
    return rest[:cut.start()] if cut else rest


_SAID = re.compile(r"\b(?:said|told|added|wrote|warned|testified|argued|insisted|acknowledged|conceded|"
                   r"reported|announced|asked|pressed|urged)\b")


def news_day(day: dt.date, published: dt.date) -> bool:
    """Whether ``day`` is the story's news: on or in the week before publication."""
    return published - NEWS_WEEK <= day <= published
