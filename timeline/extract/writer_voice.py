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

The writer's own past and present, told in the first person singular, are no happening of the story either: "I bought
my first camera in 2000", "When I moved to Jakarta in 2000", "20 years ago I presented my company a concept" (a
column's, a blog's or a reader's comment's memory of the writer's life, years back), "I remember hearing the news that
morning", "I try to limit my news intake", "Since April 20, I have spent most of my time in the Gulf" (a memory, a habit,
a running activity: no happening). A recent doing told in the past is not one of them: "Early on Friday I put on gloves
and a mask" is a photographer's eyewitness of the story's scene, which the gold keeps as the day's event.
Only the clause whose subject is "I" (or "my colleagues and I") counts, up to the next verb of someone else's clause:
"I first learned of the settlement BP agreed to this morning" dates the settlement, and so do "..., when the rig
exploded on 20 April", "that the firm ... in May". "we" is left alone: a company's or an agency's "we" in a
testimony ("On June 3, we replaced the cap") tells the story's happenings.

Words inside quotation marks are a speaker's, not the writer's ("'Wow, that was close,' the captain said"), and are
left alone.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN, IRREGULAR_PAST_WORDS
from timeline.extract.saying_words import SAY_TELL_ADD, alternation
from timeline.extract.sentences import Sentence

__all__ = ["in_writer_remark", "in_writer_story", "verdict_label_gone"]

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


#: The words before the writer's "I": a fronted time or place with no verb of its own, set off by a comma ("As a
#: photographer in Asia,", "On Thursday May 20,") or a time with none ("Last Wednesday", "20 years ago", "Over
#: Christmas"), or a subordinator opening the writer's clause ("When I moved ..."); "my colleagues and I" is the
#: writer too. A noun before "I" makes it a relative clause's ("The families I met last week"), and a capitalised
#: word a name's numeral ("the Ixtoc I platform", "World War I").
_TIME_WORD = (r"(?:ago|last|this|earlier|yesterday|today|tonight|day|week|weekend|month|year|morning|afternoon|evening|"
              r"night|christmas|easter|spring|summer|autumn|winter|\d{4}|" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + ")")
_NOT_I = r"(?-i:(?!I\b))[\w'’.]+"
_BEFORE_I = re.compile(r"(?i)^[\s*]*(?:(?:but|and|so|then|also|yesterday|today|tonight|anyway|any\s+way)\b[\s,]*)*"
                       r"(?P<fronted>(?:[^,;:“”\"‘’()—–-]{1,60}?,\s+|(?:" + _NOT_I + r"\s+){0,4}?" + _TIME_WORD +
                       r"\b(?:\s+" + _NOT_I + r"){0,2}?\s+){0,2}?)"
                       r"(?:(?:when|as|after|before|since|while|once|until|because)\s+)?"
                       r"(?:(?:my|me)\s+(?:[a-z]+\s+){0,2}and\s+)?(?P<i>(?-i:I))\s+(?=[a-z])")
#: A capitalised word right before "I", past the sentence's first word, that is no time's name: "I" is a name's
#: numeral ("the Ixtoc I platform", "World War I").
_NAME_BEFORE = re.compile(r"(?<=\S\s)(?!(?:" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + r"|Christmas|Easter)\b)"
                          r"[A-Z][\w'’.-]*\s+$")
#: A verb of someone else's clause, or a clause of its own, after the writer's verb: "the settlement BP agreed to
#: this morning", "a woman who walked in front of a train", ", when the rig exploded".
_OTHER_CLAUSE = re.compile(r"(?i)\b(?:[a-z]{2,}ed|" + IRREGULAR_PAST_PATTERN + r"|" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
                           + r"|says?|said|who|which|whose|where|when|"
                           # ("the news that morning": "that" before a time is no relative pronoun)
                           r"that(?!\s+(?:morning|afternoon|evening|night|day|week|month|year|time)\b)|"
                           r"because|after|before|until)\b|[;:()]|\s[—–-]{1,2}\s")
#: A verb in the fronted words: then they are a clause of their own, and "I" is not its subject ("After BP capped the
#: well on Thursday, I drove down").
_FRONTED_VERB = re.compile(r"(?i)\b(?:[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r"|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD)
                           + r"|says?|said)\b")
#: A clause telling what happened at the date, right after it: "nine years ago when the crane collapsed".
_WHEN_IT_HAPPENED = re.compile(r"[^,;:.!?]{0,30}?,?\s+when\s")
#: Adverbs standing before the writer's verb: "I (also) headed", "I (first) learned".
_ADVERBS = r"also|then|first|just|only|still|really|never|finally|once|later|[a-z]+ly"
#: The writer's verb after the adverbs before it: "I (also) headed", "I remember", "I have spent".
_HEAD = re.compile(r"(?i)(?:(?:" + _ADVERBS + r")\s+)*(?P<head>[\w'’]+)")
#: Verbs whose past is their present, read as past ("I put on a mask"): a doing, not a habit.
_SAME_PAST = frozenset({"put", "cut", "hit", "set", "let", "read", "shut", "spread", "cost", "quit", "hurt", "beat", "cast"})
#: The moment of the writing itself: "today", "tonight", "this morning".
_NOW = re.compile(r"(?i)(?:today|tonight|now|this\s+(?:morning|afternoon|evening))\b")
#: A date a year or more back: "in 2000", "20 years ago", "last year", "a decade ago".
_YEARS_BACK = re.compile(r"(?i)(?:(?:in|of|during|since)\s+)?(?:(?:1[6-9]|20)\d\d\b|(?:\d+|a|one|two|three|four|five|"
                         r"six|seven|eight|nine|ten|several|many|some)\s+(?:years?|decades?)\s+ago\b|last\s+year\b)")
#: The writer's verb and the words that go with it: an auxiliary, an adverb, a participle, "to" and its verb ("I had to
#: go", "I have spent", "I remember hearing").
_WRITER_VERB = re.compile(r"(?i)(?:(?:am|was|have|had|do|did|will|would|" + _ADVERBS + r")\s+)*[a-z'’]+\b")


def in_writer_story(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether the date at ``pos`` lies in a clause of the writer's own doings told in the first person singular ("I
    had a good chat with him yesterday", "Three weeks ago, I had to go to the records office"), in a sentence with no
    quotation mark (a speaker's "I" is theirs), before any verb of another clause that follows (see the module's
    docstring)."""
    body = sentence.text
    if _QUOTE_MARKS.search(body) or "‘" in body or _SAYING.search(body):
        return False  # ("I think the port was wrong, the harbour master said": a speaker's words, their marks left out)
    writer = _BEFORE_I.match(body)
    if writer is None or _FRONTED_VERB.search(writer.group("fronted")) or _NAME_BEFORE.search(body, 0, writer.start("i")):
        return False
    verb = _WRITER_VERB.match(body, writer.end())
    at = pos - sentence.start
    if verb is None or at < writer.start("fronted") or _WHEN_IT_HAPPENED.match(body, at):
        return False  # ("I remember the words, spoken nine years ago when the crane fell": a memory of a happening)
    other = _OTHER_CLAUSE.search(body, verb.end())
    if at >= writer.end() and other is not None and at >= other.start():
        return False
    # A recent doing told in the past is the writer's eyewitness of the story's scene ("Early on Friday I put on
    # gloves and a mask bought at the corner pharmacy"), which the gold keeps; a doing years back is the writer's
    # own past, and a present, a perfect or a plan no happening at all.
    head = _HEAD.match(body, writer.end()).group("head").lower()
    past = head in {"was", "had", "did"} or head.endswith("ed") or head in IRREGULAR_PAST_WORDS or head in _SAME_PAST
    if not past:
        # ("I know about the stories today": a transcript's speaker, unquoted, telling the day's news in the present)
        return _NOW.match(text, pos) is None
    return _YEARS_BACK.match(text, pos) is not None
