"""The sentences after a news-day lead that may tell the day's undated sayings (issue 16: recall).

A report tells its day's statements, one speaker after another, all down its length, not only in the few sentences
after its lead where it tells the day's acts (:func:`.day_statements.news_sentences`):

    BP said on Tuesday it had capped the well. ... Transocean said its crew had followed BP's orders. ... Halliburton
    disputed the commission's account of its cement.

So the sentences a saying may stand in run further after the lead, to the story's footer, and the day the story has
reached there is kept by a vaguer date that holds it ("this week", "this year": the news day is in it) as by the day
itself; a vaguer date that does not hold it ("in 2005", "last month": background) ends it, as another day does, but
not one that begins after it ("hoped to reopen next week", "before August, when the relief wells are due": a plan or a
forecast tells what may come, and the report goes on with its day's reactions).
A date in what a saying of the day reports ("The department said a man died last week") is not the saying's:
it does not take the story off its day, and a plan it reports brings it back there (:mod:`.reported_dates`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline.extract.day_statements import NewsSentence, news_sentences
from timeline.extract.merge import Mention
from timeline.extract.reported_dates import reported_date
from timeline.extract.sentences import Sentence
from timeline.model import Document

#: The sentences after the lead a saying of the news day may stand in.
SAYING_SENTENCES = 30


def saying_sentences(doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[Mention]], lead: int,
                     story_day: dt.date) -> Iterator[NewsSentence]:
    """The sentences after the lead the news day may date a saying in, up to the story's footer, each with the day
    the story has reached there (None: background of another time)."""
    return news_sentences(doc, sentences, by_sentence, lead, story_day, SAYING_SENTENCES, vaguer_holds_day=True,
                          later_holds_day=True, keeps_day=reported_date)
