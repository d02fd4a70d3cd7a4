"""The sentences after a news-day lead that may tell the day's undated sayings (issue 16: recall).

A report tells its day's statements, one speaker after another, all down its length, not only in the few sentences
after its lead where it tells the day's acts (:func:`.day_statements.news_sentences`):

    BP said on Tuesday it had capped the well. ... Transocean said its crew had followed BP's orders. ... Halliburton
    disputed the commission's account of its cement.

So the sentences a saying may stand in run further after the lead, to the story's footer, and the day the story has
reached there is kept by a vaguer date that holds it ("this week", "this year": the news day is in it) as by the day
itself; a vaguer date that does not hold it ("in 2005", "last month": background) ends it, as another day does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline.extract.day_statements import NewsSentence, footer_start
from timeline.extract.merge import Mention
from timeline.extract.sentences import Sentence
from timeline.model import Document, Precision

#: The sentences after the lead a saying of the news day may stand in.
SAYING_SENTENCES = 30


def saying_sentences(doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[Mention]], lead: int,
                     story_day: dt.date) -> Iterator[NewsSentence]:
    """The sentences after the lead the news day may date a saying in, up to the story's footer, each with the day
    the story has reached there (None: background of another time)."""
    day: dt.date | None = story_day
    footer = footer_start(doc.text, sentences[lead].end)
    for index in range(lead + 1, min(len(sentences), lead + 1 + SAYING_SENTENCES)):
        if sentences[index].start > footer:
            return
        own = by_sentence.get(index, [])
        dated = [m for m in own if m.main or m.continued]
        if dated:
            best = max(dated, key=lambda m: m.when.precision.rank)
            if best.when.precision.rank < Precision.DAY.rank:
                day = story_day if best.when.start.date() <= story_day < best.when.end.date() else None
            elif best.when.start.date() <= story_day:  # ("could reach the shore by Friday": not the story's day)
                day = best.when.start.date()
        yield NewsSentence(index, sentences[index], own, day)
