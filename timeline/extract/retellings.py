"""The readings of a whole article that find one happening told again in another shape, run before mentions merge.

A thing named further down by a definite description dated by its making (:mod:`.described_again`), a speaker's
statement told again in the speaker's own words (:mod:`.own_words`), an undated lead's source told right after
it (:mod:`.lead_source`) and its act told again with its day, next (:mod:`.lead_retold`) or further down
(:mod:`.lead_day_retold`), one plan or one figure told
twice (:mod:`.told_twice`) or at a date and one holding it (:mod:`.figures_recalled`), a tally's lead with its running count (:mod:`.running_counts`) and an undated lead's
share move told again with its day (:mod:`.lead_moves`), one speaker's statement told on over
consecutive paragraphs (:mod:`.statement_continued`), one statement told by its voice's institution or role and
again by the person's name (:mod:`.one_voice`) and one act of one day told by two verbs of one family
(:mod:`.act_families`) and the top's happening named again by its day's possessive (:mod:`.day_possessives`) each mark the mentions
they join with one ``Mention.one_of``, which the merger reads (:func:`.predicates.one_of_agrees`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.extract.act_families import acts_in_other_words
from timeline.extract.day_possessives import day_possessives
from timeline.extract.described_again import described_again
from timeline.extract.figures_recalled import figures_recalled
from timeline.extract.lead_day_retold import leads_dated_further_down
from timeline.extract.lead_moves import lead_moves_retold
from timeline.extract.lead_retold import leads_retold
from timeline.extract.lead_source import lead_sources
from timeline.extract.one_voice import one_voice
from timeline.extract.own_words import own_words
from timeline.extract.running_counts import running_count_of_lead
from timeline.extract.statement_continued import statements_continued
from timeline.extract.told_twice import plans_and_figures

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["retellings"]


def retellings(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set by each reading of the module's docstring, in turn."""
    found = leads_retold(lead_sources(own_words(described_again(found, text), text), text), text)
    found = leads_dated_further_down(found, text)
    found = lead_moves_retold(running_count_of_lead(figures_recalled(plans_and_figures(found, text), text), text), text)
    return day_possessives(acts_in_other_words(one_voice(statements_continued(found, text), text), text), text)
