"""A bystander's feeling and the press's commentary are no events, dated or not (issue 16: precision).

The convention followed (the gold's: its header, the goldcheck block and batches 21-25 on the story's sayings): a
saying is an event when it is news, an actor of the story announcing, deciding, demanding, confirming, denying or
warning; commentary, background views, standing positions and bystanders' feelings are not. A dated happening told as
background is an event ("the 1918 pandemic began in spring 1918"); a view about it is not. :mod:`.saying_news` judges
the sayings that carry no date of their own; this module judges, in a report's body, two kinds whose date is the
view's and no happening's:

- a bystander's feeling or view, told by the writer or said: "Now residents worry that a storm will flood the marsh
  this summer", "Many locals were upset that the forms asked for their income in 2030", "Some hardworking fishermen
  think it pays to stay idle next year", "Oysterman Al Roe said he had had high hopes for 2031"
  (:func:`.saying_news.is_bystander` and :func:`.saying_news.tells_no_news` read the speaker and the words);
- the press's commentary: "Daily Star columnist Ann Lee wrote on Thursday that the mayor had lost his nerve", "The
  Courier was critical of the governor in an editorial on Sunday", "A former aide argues in the Evening Standard that
  the minister waited too long": a columnist, a commentator or an editorial reads the news, it does not make it.

A happening the sentence names ("since the April 20 blast", kept by the caller before it asks here) or tells in a
clause of its own ("residents fear the oil, which washed ashore on Tuesday, will return") keeps its date, and so does
what the sentence's opening tells before the bystanders come in ("After the dam burst on Monday, residents feared
..."). A lead's feeling ("Gulf residents weary of the executives' remarks") is the story's own news: the first two
lines of a page (headline and lead) are not judged here.
"""

from __future__ import annotations

import re

from timeline.extract.saying_news import is_bystander, tells_no_news
from timeline.extract.sentences import Sentence
from timeline.extract.stances import OWN_CLAUSE
from timeline.extract.writer_voice import in_writer_story

__all__ = ["in_commentary"]

#: Where a clause may start: the sentence's start, or after a comma, colon, semicolon or dash.
_CLAUSE_START = r"(?:^|(?<=[,:;])\s+|\s[—–-]{1,2}\s+)[\s“\"‘]*(?:(?:but|and|now|still|yet|so|meanwhile|instead|today)\b[\s,]*)*"
#: The bystanders a report quotes for its colour, as a group: "Gulf Coast residents", "Many locals", "Some hardworking
#: fishermen", "people" (up to three words before the noun, none of them a verb's participle).
_GROUP = (r"(?:(?![\w'’-]*(?:ed|told|asked|warned)\b)[\w'’-]+\s+){0,3}?(?:residents|locals|people|fisherm[ae]n|fishers|"
          r"shrimpers|oystermen|crabbers|(?:business|shop|restaurant|hotel|motel|bar)\s+owners|homeowners|tourists|"
          r"visitors|holidaymakers|fans|parents|neighbou?rs|villagers|shoppers|customers|beachgoers|vacationers)")
#: A feeling or view, not an act: "worry that", "feared", "think", "were upset that" ("people worried about the flu
#: flooded into hospitals": a participle that describes the group, whose verb comes later).
_MIND = (r"(?:worry|worried(?!\s+(?:about|by|over|for|at|of)\b)|fear|feared|think|thought|believe|believed|feel|felt|hope|hoped|wonder|wondered|doubt|"
         r"doubted|(?:are|were)\s+(?:also\s+|still\s+|now\s+|increasingly\s+)?(?:upset|angry|worried|frustrated|anxious|"
         r"afraid|nervous|skeptical|sceptical|fearful|concerned|hopeful|bitter|furious|resigned|weary|unsure|"
         r"losing\s+sleep|worrying|fretting|wondering))\b")
_GROUP_FEELING = re.compile(rf"(?i){_CLAUSE_START}(?P<who>{_GROUP})\s+(?:(?:also|still|now|really)\s+)?{_MIND}")
#: A named speaker (with an apposition) and the saying verb: "oysterman Kuzma Roe said", "Jo Lin, 58, a shrimper, says".
_NAMED_SAYING = re.compile(r"(?:^|(?<=[,:;])\s+)(?:(?:But|And|Now|Still)\s+)?(?P<who>[A-Za-z][^;:“”\"]{2,120}?),?\s+"
                           r"(?:said|says)\s+(?P<said>)")
#: A phrase of place or time before the speaker ("In the suburb of Belle Chasse, oysterman Al Roe said"): who is met
#: there is not the speaker.
_PLACE_OPENING = re.compile(r"^(?:(?:In|At|On|Along|Across|Around|Near|From|Outside|Inside|Back|After|Before|Since|"
                            r"During|While|When|As)\b[^,]*,\s*)+")
#: The press reading the news: its columnists and commentators, an editorial, or a piece argued in a paper ("argues in
#: the Evening Standard"; not a study written up in a journal, which reports its findings).
#: The press speaks as the subject ("Washington Post columnist Ann Lee wrote", "Columnists screamed", "The FT's
#: columnists think"), not as what a clause is about ("the catastrophe sees commentators weighing in": a round-up's
#: news of who spoke).
_PRESS_VOICE = re.compile(rf"(?:{_CLAUSE_START}(?:(?:the|a|an|[A-Z][\w'’.&-]*|former|veteran|conservative|liberal|"
                          r"political|financial|guest)\s+){0,5}(?i:columnist|commentator|pundit|leader\s+writer|"
                          r"editorial\s+writer|op-ed\s+writer)s?\b|(?i:\bin\s+(?:an|its|a|the(?:\s+lead)?|their)\s+"
                          r"editorial\b))")
_ARGUED_IN_PAPER = re.compile(r"\b(?:argues|argued|writes|wrote)\s+in\s+(?:the|an?)\s+(?:(?!Journal\s+of\b)"
                              r"[A-Z][\w'’.-]*\s+){1,4}(?:that\b|:|,)|^(?:Writing|Blogging)\s+(?:for|in)\s+(?:the\s+)?"
                              r"[A-Z][^,]{0,40},")
#: A speaker's own view, told in the first person: a quotation that opens "I think", "We believe", "I personally feel"
#: (what a speaker expects or hopes to do may be a plan, and is left to the caller). Only the quotation's words are
#: the view: a date on the saying ("Allen said last week") is the record of when it was said.
_FIRST_PERSON_VIEW = re.compile(r"(?i)^[\s“\"‘]*(?:(?:but|and|so|now|well)\b[\s,]*)?(?:I|we)\s+(?:really\s+|still\s+|"
                                r"just\s+|personally\s+|also\s+|do\s+)?(?:think|believe|feel|guess|suppose|reckon)\b")


def in_commentary(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether the date at ``pos`` lies in a body sentence's clause that tells a bystander's feeling or view, or in a
    sentence of the press's commentary, before any clause of its own that follows; or, anywhere on the page, in the
    writer's own doings told in the first person (:func:`.writer_voice.in_writer_story`)."""
    if in_writer_story(text, sentence, pos):
        return True
    if sentence.paragraph < 2:
        return False
    at = pos - sentence.start
    body = sentence.text
    feeling = next((m for m in _GROUP_FEELING.finditer(body) if m.start("who") <= at), None)
    if feeling is not None:
        return _before_own_clause(body, feeling.end(), at)
    saying = next((m for m in _NAMED_SAYING.finditer(body) if m.end() <= at), None)
    if saying is not None and is_bystander(_PLACE_OPENING.sub("", saying.group("who"))) and tells_no_news(
            body[saying.end():]):
        return _before_own_clause(body, saying.end(), at)
    if _FIRST_PERSON_VIEW.match(body):
        # The view ends with its quotation, or where a saying is told ("... how they behave Scientists said on Sunday
        # they had found ...": a pull quote run into the report).
        end = re.compile(r"[”\"]|\b(?:said|says|told|announced|reported)\b").search(body, 2)
        return end is None or at < end.start()
    press = _PRESS_VOICE.search(body) or _ARGUED_IN_PAPER.search(body)
    return press is not None and _before_own_clause(body, 0, at)


def _before_own_clause(body: str, start: int, at: int) -> bool:
    """Whether ``at`` comes before any clause of its own that follows ``start``: that clause's date is its own."""
    own = OWN_CLAUSE.search(body, start)
    return own is None or at < own.start()
