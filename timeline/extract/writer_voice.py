"""The writer's own voice on a live page or a blog: remarks to the reader, no happening (issue 16: precision).

A live blog sets its own words around the news it reports: an exclamation at what was just said ("Wow, that wins
today's prize for nerve"), an invitation to the reader ("So, as the senator did this morning, let's take a break",
"the chairman's statement today was a long one, you can read it in full here"), a verdict label before the item
("Sad news: the chairman will not attend today"), the writer's own mind ("As an ornithologist, I am called to
ponder ...", "I believe the judge will show mercy on 29 November"). The exclamation, the invitation and the mind are no
happening of the story: the gold's convention leaves out a page's furniture and commentary, as :mod:`.commentary` and :mod:`.live_chatter`
do for the press's views and a live page's chatter entries. A date in such a sentence dates nothing. The verdict
label only goes from the title: the report it opens stays ("The chairman will not attend").

The writer's own question is a remark too, even told in the order of a statement: "So shareholders are blaming the
weather for this quarter's results?", "Lamar Reed, how many fish did you catch today?". A question asserts nothing
(:func:`.comparisons.in_question` reads the ones that open with a question word); a date in its clause dates
nothing. Only a sentence with no quotation mark counts, and only the clause the question mark ends: "In 1976, 200
million doses were bought for a flu that never came, the result?" tells its purchase before the comma, and a
sentence that reports a saying ("said it would ask whether ...?") is no question of the writer's.

Words inside quotation marks are a speaker's, not the writer's ("'Wow, that was close,' the captain said"), and are
left alone.
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import SAY_TELL_ADD, alternation
from timeline.extract.sentences import Sentence

__all__ = ["in_writer_remark", "verdict_label_gone"]

#: A live page's clock stamp before its entry ("11am ET:", "1914:", "3.45pm BST:") and the writer's connectives
#: ("So,", "Right,", "Anyway,").
_ENTRY_OPENING = re.compile(r"^[\s*]*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)(?:\s+[A-Z]{2,4})?\s*:\s*|\d{4}\s*:\s*)?"
                            r"(?:(?:So|Anyway|Right|OK|Okay|Well|Now|And|But|Meanwhile)\b,?\s+)*")
#: An exclamation that opens the writer's remark: the word and then a comma, a stop or "!" ("Wow, that ...").
_EXCLAMATION = re.compile(r"(?:Wow|Whoa|Woah|Ouch|Phew|Yikes|Oops|Blimey|Crikey|Gosh|Golly|Hmm+|Ahem|Aha|Oh\s+dear|"
                          r"Oh\s+my|Ha(?:ha)+|Eek|Ugh|Yawn)\s*[,!.]")
#: An invitation to the reader: "let's", "let us", at the start of a clause.
_INVITATION = re.compile(r"(?:(?<=[,;:—–])\s*|\s[-–—]{1,2}\s+)(?:(?:so|and|but|now)\s+)?(?i:let['’]s|let\s+us)\s+\w")
#: ... or opening the sentence, after the stamp and the connectives ("So let's ...").
_INVITATION_FIRST = re.compile(r"(?i:let['’]s|let\s+us)\s+\w")
#: A pointer to the page's own links, "you can read it right here", "you can watch the hearing below", and the
#: writer's aside on their own verdict, "the senator is a bit of a hero to many, and you can see why".
_READ_HERE = re.compile(r"(?i)\byou\s+can\s+(?:(?:read|see|watch|hear|view|find|follow|listen\s+to|check\s+out)\b"
                        r"[^.;:,]{0,40}?\b(?:here|below|above|online)\b|(?:see|understand|imagine|guess)\s+why\b)")
#: A verdict on the item that follows, as a label: "Sad news:", "Now this is interesting:"; and the page's own
#: "Update:" before an item added later (the upper-case "UPDATE:" is a bullet to :mod:`.cleanup`).
_VERDICT_LABEL = re.compile(r"^(?:Update|(?:Sad|Good|Bad|Great|Grim|Strange|Odd|Interesting|Worrying|Alarming|Surprising|"
                            r"Shocking|Welcome)\s+news|(?:Now\s+)?(?:this|here)\s+is\s+(?:interesting|intriguing|"
                            r"curious|telling|important))\s*:\s+(?=[A-Z])")
#: The writer's own mind, opening the sentence after its lead-in phrases ("As an ornithologist, I am called to ponder
#: ...", "On 29 November, I believe the judge will show mercy"): a columnist's or blogger's reflection or guess, not a
#: happening of the story. A memory is not one: "I remember the words, spoken 21 years ago when the tanker ran
#: aground" tells a dated happening of the background; nor is "I know": a speaker in a transcript, unquoted, tells the
#: day's news with it ("I know about the reports today.").
_OWN_MIND = re.compile(r"(?:[^,“”\"]{1,60},\s+){0,2}I\s+(?:(?:am|was)\s+(?:called\s+to|reminded|struck|tempted)\b|"
                       r"(?:(?:still|also|really|just|do|don['’]t)\s+)?(?:believe|think|wonder|suspect|"
                       r"guess|feel|suppose|doubt|hope|fear|reckon|imagine)\b)")
_QUOTE_MARKS = re.compile(r"[“”\"]")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_TELL_ADD) + r")\b")


def in_writer_remark(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies in a sentence of the writer's own remark to the reader: one that opens with an
    exclamation, an invitation ("let's ...") or the writer's own mind ("I believe ..."), or the clause that points
    the reader to a link ("you can read it here"), when the words are not inside quotation marks."""
    body = sentence.text
    opening = _ENTRY_OPENING.match(body)
    start = opening.end() if opening else 0
    if _EXCLAMATION.match(body, start) and _unquoted(body, 0):
        return True
    invitation = _INVITATION_FIRST.match(body, start) or _INVITATION.search(body, start)
    if invitation is not None and _unquoted(body, invitation.start()):
        return True
    if _OWN_MIND.match(body, start) and _unquoted(body, 0) and _SAYING.search(body) is None:
        return True  # ("I think we ought to be cautious. Scientists said on Sunday ...": a saying told after it stays)
    pointer = _READ_HERE.search(body, start)
    return (pointer is not None and pos - sentence.start < pointer.end() and _unquoted(body, pointer.start())) or (
        _writer_question(body, pos - sentence.start))


def _writer_question(body: str, at: int) -> bool:
    """Whether the words at ``at`` lie in the last clause of a question the writer asks, with no quotation mark in its
    sentence: from the date to the final "?" no comma, colon, semicolon, dash or stop."""
    tail = body[at:].rstrip(" )]")
    # ("The board said on Tuesday it would ask whether the pier is safe?": a saying reported, its mark astray)
    return (tail.endswith("?") and re.search(r"[,;:.!?–—]|\s-\s", tail[:-1]) is None
            and re.search(r"[“”\"‘]", body) is None and _SAYING.search(body) is None)


def _unquoted(body: str, at: int) -> bool:
    """Whether the words at ``at`` are the writer's: no quotation mark before them, and none after that would close
    a quotation opened in an earlier sentence."""
    if _QUOTE_MARKS.search(body, 0, at):
        return False
    closing = re.search(r"[”\"]", body[at:])
    return closing is None or "“" in body[at:at + closing.start()] or body[at:].count('"') >= 2


def verdict_label_gone(title: str) -> str:
    """``title`` without the writer's verdict label that opens it: "Sad news: Tony Roe will not attend" -> "Tony Roe
    will not attend"."""
    label = _VERDICT_LABEL.match(title)
    return title[label.end():] if label else title
