"""A date in what a saying of the news day reports does not take the story off its day (issue 16: recall).

A report tells its day's sayings all down its length (:mod:`.saying_sentences`), and a sentence dated to another day
ends that stretch: what follows is the background of that other time. But a saying of the day may report an older
happening, dated in its words:

    The health department said a man in his 30s died last week. Officials said he had a heart condition. The
    state's health secretary, Jane Roe, said: "We urge people to take this seriously."

The date is the death's, not the saying's: the department spoke on the news day, and the story is still there when
the next speaker answers. Such a sentence opens with its speaker and the past of a saying verb (not "had said",
which reaches back itself), and its date stands after the verb, in the words said (:func:`reported_date`); a date
before the verb ("Last week the department said ...") or on the saying itself ("said on Tuesday") is the saying's.
"""

from __future__ import annotations

import re

from timeline.extract.merge import Mention
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation
from timeline.extract.sentences import Sentence

__all__ = ["reported_date"]

#: The speaker and the saying verb at the head of the sentence: a few words with no clause break, then the verb in the
#: past ("The US department of health said", "BP's chief executive, Tony Hayward, told reporters"). Not after an
#: auxiliary: "had said" tells an earlier saying.
_OPENS_SAYING = re.compile(r"(?:[\w.'’&()-]+,?\s+){1,12}?(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?:"
                           + alternation(NEWS_SAYING_PAST) + r")\b")


def reported_date(mention: Mention, sentence: Sentence) -> bool:
    """Whether ``mention`` (a mention of ``sentence``) dates what its saying reports, not the saying: the sentence
    opens with a speaker's saying in the past, and the date stands after the verb, not on the saying itself."""
    if not mention.is_statement or mention.told or mention.date[1] <= 0:
        return False
    head = _OPENS_SAYING.match(sentence.text)
    return head is not None and "“" not in head.group() and '"' not in head.group() \
        and mention.date[0] >= sentence.start + head.end()
