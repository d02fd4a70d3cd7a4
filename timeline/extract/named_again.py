"""A speaker named before in a report, saying something for the first time there (issue 16: recall).

A report names its main actors all down its length, in the news it tells and in its background, long before each of
them answers:

    A White House panel blamed BP, Transocean and Halliburton for the blowout. ... BP said in a statement that it
    supports the commission's efforts. ... Halliburton disputed the commission's accusations.

BP's saying is a new statement of the news day, not the statement told on: a speaker is told already only when the
report has let them speak since its lead (their name by a saying verb, perhaps with an apposition between them,
"Dr Jane Roe, a cardiologist, said", or after it, "said Roe"; a mention of theirs as its source), or when they are the
lead's own speaker or doer, whose further words go on with the news the lead told. A speaker who spoke already goes on
with the same statement, whose event is told once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.extract.described_speakers import spoke_before
from timeline.extract.names import looks_personal
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation, spoken

#: The saying verbs that let a speaker speak: the news sayings' pasts and their presents ("says", "warns").
_SAYING = alternation(NEWS_SAYING_PAST, spoken("say", "tell", "add", "announce", "confirm", "warn", "deny", "insist"))

#: A reaction told without a saying verb: the speaker's later words go on with it ("Mayor Jo Roe laughed when he heard
#: the remark. ... Roe said he was relieved ...").
_REACTED = r"laughed|reacted|responded|welcomed|hailed|praised|critici[sz]ed|condemned|blasted|slammed|scoffed"


def told_already(head: str, lead_speakers: set[str], since_lead: str, sources: Iterable[str] = ()) -> bool:
    """Whether the speaker whose name ends with ``head`` spoke already: the lead's speaker or doer (``lead_speakers``),
    one who said something in ``since_lead`` (the report's text from its lead to the saying), or the source of a
    mention told there (``sources``)."""
    name = re.escape(head)
    if head in lead_speakers or any(source.split()[-1] == head for source in sources if source):
        return True
    apposed = rf"\b{name}\b,[^,;:“”\"]{{2,80}},\s+(?:\w+\s+)?(?:{_SAYING})\b"
    fronted = rf"\b(?:{_SAYING})\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}{name}\b"
    reacted = rf"\b{name}\b(?:\s+[\w.'’-]+){{0,3}}?\s+(?:{_REACTED})\b"
    return spoke_before(head, since_lead) or re.search(f"{apposed}|{fronted}|{reacted}", since_lead) is not None


@dataclass(frozen=True, slots=True)
class Answer:
    """A saying of the news day by a speaker the report named before, not yet speaking: who, the title written for
    it, and its sentence."""

    speaker: str
    title: str
    sentence: str


#: What may follow a title's last words in its sentence when the title tells the saying whole: the sentence's end, a
#: coordinated or subordinate clause (what it adds is detail), or the credit of a speaker named last ("..., BP said");
#: not a bare comma before an apposition or the words said ('told the Daily Telegraph, a British newspaper, about
#: ...', 'said after speaking to Hayward, “...”').
_BREAK = (r"(?:[\s.!?”\"’]*$|,?\s+(?:and|but|while|as|which|who|whose|because|after|before|since|though|although)\b"
          r"|\s*[;(—–]|,\s+(?:[^,;“”\"]{0,60}\s)?(?:said|says|told|added)\b)")
#: Words that point back to what the report told before the saying ("said it was not advising the same to all
#: schools", "said it should not go ahead", "said this was the first time"): told alone as a title, the saying does not
#: say what it is about.
_TOLD_BEFORE = re.compile(r"\b(?:the\s+same|this|these|those|it|they|them)\b", re.IGNORECASE)
#: A saying that tells nothing: "said it had no comment", "would not comment".
_NO_COMMENT = re.compile(r"\bno\s+(?:immediate\s+)?comment\b|\bnot\s+comment\b", re.IGNORECASE)
#: A saying the sentence shows to be older than the news day, told again: "said in a recent interview", "again".
_RETOLD = re.compile(r"\b(?:recent(?:ly)?|again|previously|earlier\s+(?:this|last)\s+\w+)\b", re.IGNORECASE)


def news_answer(answer: Answer) -> bool:
    """Whether a speaker named before answers with news of the day an editor would put on the timeline as is.

    A body named in the story answering ("BP said it would co-operate fully with any investigation", "The White House
    disputed the commission's findings") is news; a person named before who speaks later in the story is as often a
    bystander, a relative, a scientist or a politician giving colour or a view (half the persons' sayings this read
    added were), and is left out. Not a saying whose words point back to what was told before it (``_TOLD_BEFORE``:
    its title would not say what it is about), nor no comment, nor the words quoted as its title ('Transocean said:
    “...”'), nor a saying told again (``_RETOLD``), nor one too long to be told whole (its title would stop
    mid-phrase)."""
    if _personal(answer.speaker):
        return False
    if _RETOLD.search(answer.sentence) or _NO_COMMENT.search(answer.sentence):
        return False
    said = answer.title[len(answer.speaker):] if answer.title.startswith(answer.speaker) else answer.title
    said = re.sub(r"^\s*(?:also\s+)?\w+\s+(?:\w+\s+)?(?:that\s+)?it\b", "", said)  # ("BP says it will": the body)
    if _TOLD_BEFORE.search(said):
        return False
    if re.search(r":\s*[“\"‘]", answer.title):
        return False
    last = answer.title.rstrip(" .”\"’").split()[-3:]
    if not last:
        return False
    tail = r"\W+".join(re.escape(word.strip("“”\"‘’")) for word in last)
    return re.search(tail + _BREAK, answer.sentence, re.IGNORECASE) is not None


def named_before(head: str, since_lead: str) -> bool:
    """Whether the speaker whose name ends with ``head`` is named in ``since_lead``."""
    return re.search(rf"\b{re.escape(head)}\b", since_lead) is not None


def _personal(speaker: str) -> bool:
    """Whether ``speaker`` names a person, or persons ("Jermaine and Randy Jackson")."""
    return any(looks_personal(part) for part in re.split(r"\s+and\s+", speaker))
