"""The finders of the story's names for a title's vague words, in the order they run: one for a mention's title, when
the mentions are made, one for an event's chosen title (:mod:`.named_titles` puts either in before a title is fitted).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.extract.appositive_pronouns import appositive_named
from timeline.extract.body_chain import BodyChain
from timeline.extract.death_owners import death_owned
from timeline.extract.definite_names import fuller_name
from timeline.extract.happening_sites import indefinite_sited
from timeline.extract.introduced_things import introduced_named
from timeline.extract.names import NameIndex
from timeline.extract.nearest_company import company_in_title
from timeline.extract.object_people import him_named
from timeline.extract.place_openings import place_kept
from timeline.extract.quote_closers import closing_credit
from timeline.extract.quoted_paragraphs import paragraph_speaker
from timeline.extract.sentences import Sentence
from timeline.extract.share_owners import shares_owned
from timeline.extract.sole_antecedents import sole_antecedent
from timeline.extract.story_referents import named_in_story
from timeline.extract.surname_openings import surname_in_full
from timeline.extract.thing_names import named_thing
from timeline.extract.title_role_people import role_people_named

__all__ = ["MentionNames", "ToldNames", "surname_in_full"]


@dataclass(frozen=True, slots=True)
class MentionNames:
    """What names a mention's title: its sentence (``index``, its quote from ``start`` to ``end``) in the story, the
    story's names and organisations, the subject of the sentence before (``previous``) and who is a man or a woman."""

    text: str
    sentences: Sequence[Sentence]
    index: int
    start: int
    end: int
    names: NameIndex
    bodies: BodyChain
    previous: str | None
    known: Mapping[str, str]

    def __call__(self, title: str) -> str:
        """``title`` with its "him", "the country's", "It" of a disease, "the company" named as the story named them."""
        title = him_named(title, self.sentences[self.index], self.previous, self.names, self.known, self.text)
        title = named_in_story(title, self.text, self.sentences, self.index, self.start)  # "the Ohio Democrat"
        title = death_owned(title, self.text, self.names, self.known)  # "his death": :mod:`.death_owners`
        title = paragraph_speaker(title, self.text, self.sentences[self.index].start)  # a quoted paragraph's speaker
        sentence = self.sentences[self.index]
        title = closing_credit(title, self.text, sentence.start, sentence.end)  # ("...," Ann Roe said: :mod:`.quote_closers`)
        title = company_in_title(title, self.text, self.sentences, self.index, self.end, self.names, self.bodies)
        # (last: the one name left for a pronoun the story's chains did not follow)
        title = appositive_named(title, self._sole_antecedent)  # ("A graduate of ..., he": :mod:`.appositive_pronouns`)
        title = self._sole_antecedent(title)
        return place_kept(title, self.text[self.start:self.end])  # ("In Norway, newspapers ...": :mod:`.place_openings`)

    def _sole_antecedent(self, title: str) -> str:
        return sole_antecedent(title, self.text, self.sentences, self.index, self.start, self.end, self.names, self.known,
                               self.bodies.bodies)


@dataclass(frozen=True, slots=True)
class ToldNames:
    """What names an event's chosen title: the story's ``text`` and where the title's quote starts."""

    text: str
    start: int

    def __call__(self, title: str) -> str:
        """``title`` with "The rig", "The energy giant", "the singer" named as the story named them before."""
        title = named_thing(fuller_name(title, self.text[:self.start]), self.text, self.start)
        title = shares_owned(title, self.text[:self.start], self.text)  # ("The shares fall": :mod:`.share_owners`)
        title = indefinite_sited(title, self.text)  # ("A drilling rig explodes": :mod:`.happening_sites`)
        title = introduced_named(title, self.text[:self.start])  # ("the fund": :mod:`.introduced_things`)
        return role_people_named(title, self.text, self.start)  # "the singer's death": :mod:`.title_role_people`
