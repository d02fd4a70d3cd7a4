"""Openings that are not the headline's subject: inversions, clefts, frames and leftovers.

A headline opens on who or what the news is about. News prose often puts something else first for emphasis:
a copular inversion ("Of greater concern is the cost of the claims", "Also killed were two firefighters"), a
cleft ("It was the mayor who ordered the evacuation", "It was into this storm that the ferry sailed"), a frame
that only points at the news ("This is the reason why the council closed the bridge"). A title written from the
sentence's first words then opens on a predicate or says nothing. These are put back in subject order with the
sentence's own words (only the order changes, never a word that carries meaning), or the frame goes when its
clause has its own subject and verb.

Leftovers are handled here too: words a removed date leaves at the front ("[In the past two days] alone, seven
analysts ..."), a fixed connective without its comma ("By contrast the firm's profits ..."), an upper-case
heading run into its first sentence ("PIPELINE RUPTURE, A gas line ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.attribution import TRAILING_ATTRIBUTION
from timeline.extract.title_open import clause_subject, finite_at, verb_ahead
from timeline.extract.title_words import MAX_CHARS, verbish

__all__ = ["Debris", "dash_aside_gone", "demonstrative_subject", "inverted", "lead_debris", "subject_first"]

_COPULA = r"(?P<copula>" + auxiliaries(BE_FINITE) + r")"
#: A noun phrase after a fronted preposition: one head phrase, optionally "of" another ("At the heart of the
#: dispute", "Among the dead", "Of greater concern"); a second determiner without "of" would start a subject ("In the
#: dock the defendants are ...": no inversion).
_FRONT_NP = r"(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
_PREPOSITIONAL = re.compile(r"^(?P<front>(?:Of|Among|Amongst|At|Behind|Beneath|Beyond|Inside|Outside|Within|Atop|"
                            r"Alongside|Near)\s+" + _FRONT_NP + r")\s+" + _COPULA + r"\s+")
#: Words that may be fronted alone before "is/was": participles and adjectives of loss, harm and importance
#: ("Gone are the days", "Missing is any word of the cost", "Key to the plan is a new cap").
_FRONTED_ADJECTIVES = ("gone|missing|absent|unknown|unclear|lost|killed|injured|hurt|hit|included|involved|affected|"
                       "arrested|dead|key|central|crucial|critical|notable|worse|worst|hardest|harder|better|best|"
                       "unanswered|unresolved")
#: A degree or focus word before a fronted adjective: then any adjective may follow ("Even more deplorable was ...",
#: "Also threatened is ...", "More difficult to call is ...").
_DEGREE = r"(?:Also|Even|Still|Equally|Particularly|Especially|Far|Much|Just as|More|Less|Most|Least|Perhaps|Yet)"
_ADJECTIVAL = re.compile(
    r"^(?P<front>(?:" + _DEGREE + r"\s+(?:(?:more|less|most|least|as|so)\s+)?(?!(?:of|than|the|a|an|to|in|on|at)\b)"
    r"[a-z][\w-]+|(?i:" + _FRONTED_ADJECTIVES + r"))(?:\s+(?:to|by|in|on|from|for|about|with|after|among|at)\s+"
    r"[^,;:“”\"]{1,40}?)?)\s+" + _COPULA + r"\s+")
#: Where the inverted subject may start: a determiner, a number or a name (not a pronoun, an adjective or a
#: participle: "At least 50 people are | confirmed").
_SUBJECT_START = re.compile(r"(?:the|a|an|his|her|its|their|our|this|that|these|those|some|several|many|two|three|"
                            r"four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.]*|[A-Z][\w’'.&-]*)\s")
#: Where the subject's noun phrase may stop: its end, a non-restrictive relative clause or a subordinate clause
#: after its comma. A comma before anything else may open a list ("At issue were the design, the tests and ...").
_SUBJECT_STOP = re.compile(r",\s+(?:who|which|whose|as|while|although|though|because|after|before|since|even)\b|;|:")
_RELATIVE = {"who", "which", "whose", "that", "when", "where", "whom"}
_PRONOUN_START = re.compile(r"(?:it|he|she|they|we|i|you|there)\b", re.I)


def _subject_phrase(rest: str) -> str | None:
    """The noun phrase that opens ``rest`` when it runs to the end of the clause: no verb, relative clause, list
    or quotation of its own."""
    if not _SUBJECT_START.match(rest + " ") or _PRONOUN_START.match(rest):
        return None
    stop = _SUBJECT_STOP.search(rest)
    phrase = rest[:stop.start()] if stop else rest
    phrase = phrase.rstrip(" .,;:")
    if re.search(r"[“”\"]", phrase) or re.search(r",\s", phrase):
        return None  # (a list: "At issue were the height, the cost and the noise"; a later cut reads its items as asides)
    words = phrase.split()
    for i, word in enumerate(words):
        if word.lower() in _RELATIVE or (i and finite_at(words, i)):
            # ("Of concern is the fact the well | is leaking": a clause, not a noun phrase; "Gone are the days when
            # the mill | employed ...": put first, the relative clause's verb would be read as the title's)
            return None
    return phrase if len(words) >= 2 or words[0][:1].isupper() else None


def inverted(text: str) -> bool:
    """Whether ``text`` opens on a fronted phrase right before its copula ("At issue were ...", "Among the dead
    was ..."): the phrase is no lead to drop, whether or not the subject can be put first."""
    m = _PREPOSITIONAL.match(text) or _ADJECTIVAL.match(text)
    return m is not None and bool(_SUBJECT_START.match(text[m.end():] + " ")) and not _PRONOUN_START.match(text, m.end())


#: "This crisis was triggered when ...", "That ruling has ...": a demonstrative, its noun phrase, then the clause's
#: verb (a time phrase, "This week, ...", "This time the firm ...", has no verb before its comma).
_DEMONSTRATIVE_SUBJECT = re.compile(r"(?i)(?:this|that|these|those)\s+(?:[a-z][\w-]*\s+){1,3}?(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
                                    + r"|[a-z]{3,}ed|"
                                    + IRREGULAR_PAST_PATTERN + r")\s+[^,]*,")


def demonstrative_subject(text: str) -> bool:
    """Whether ``text`` opens on a demonstrative noun phrase that is its clause's subject ("this global health crisis
    was triggered when ..., and ..."): no lead to drop up to its comma, which would leave the coordinated predicate
    after it ("and was closing all schools") a title without its subject."""
    return _DEMONSTRATIVE_SUBJECT.match(text) is not None


def _uninverted(text: str) -> str | None:
    """ "Of greater concern is the cost of the claims" -> "The cost of the claims is of greater concern"."""
    text = text.rstrip(" .")
    m = _PREPOSITIONAL.match(text) or _ADJECTIVAL.match(text)
    if m is None:
        return None
    front = m.group("front")
    if re.search(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|not|no|never|it|he|she|they|we|I|you|there)\b", front[1:]):
        return None  # ("At the time it | was the biggest spill": the subject came before the verb)
    subject = _subject_phrase(text[m.end():])
    if subject is None:
        return None
    if front.split()[0] == "Also" and m.re is _ADJECTIVAL:  # "Also killed were X" -> "X were also killed"
        front = "also " + front.split(" ", 1)[1]
    elif not re.match(r"[A-Z]{2}|[A-Z][a-z]*[A-Z]", front):
        front = front[0].lower() + front[1:]
    out = f"{subject[0].upper()}{subject[1:]} {m.group('copula')} {front}"
    return out if len(out) <= MAX_CHARS else None


#: "It was the mayor who ordered ...", "It is BP's money, not its oil, that is changing ...": a cleft on a named
#: or definite subject.
_SUBJECT_CLEFT = re.compile(r"^It\s+(?:is|was|'s|’s)\s+(?P<focus>(?:(?:the|those)\s+)?(?:[\w’'&.-]+\s+){0,4}?[\w’'&.-]+"
                            r")\s+(?:who|that)\s+(?P<rest>.+)$", re.S)
#: "It was into this storm that the ferry sailed": a cleft on a prepositional phrase.
_PHRASE_CLEFT = re.compile(r"^It\s+(?:is|was|'s|’s)\s+(?P<focus>"  # (no "only", "after", "because of": a cut may drop them)
                           r"(?:into|in|at|on|from|through|during|under|with|against|onto|out\s+of)\s+"
                           r"[^,;:“”\"]{2,60}?)\s+that\s+(?P<rest>.+)$", re.S)


_NO_FOCUS = {"time", "times", "way", "ways", "reason", "day", "days", "year", "years", "place", "thing", "things", "one",
             "case", "moment", "point", "fact", "first", "last", "only", "same", "kind", "sort", "type"}


def _uncleft(text: str) -> str | None:
    text = text.rstrip(" .")
    subject = _SUBJECT_CLEFT.match(text)
    if subject is not None:
        focus = subject.group("focus")
        words = focus.split()
        # A name, "those ..." or a definite noun phrase whose head is no frame of time or manner ("It was the first
        # time that ...", "It is the way that ..." are no clefts).
        named = any(w[:1].isupper() for w in words) or words[0].lower() == "those" or (
            words[0].lower() == "the" and words[-1].lower().strip(",") not in _NO_FOCUS)
        rest = subject.group("rest").split()
        if named and not re.search(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|not|no|a|an)\b", focus) \
                and rest and (finite_at(["who", *rest], 1) or verbish(rest[0].lower(), "who")):
            return f"{focus[0].upper()}{focus[1:]} {subject.group('rest')}"
    phrase = _PHRASE_CLEFT.match(text)
    if phrase is not None:
        rest = phrase.group("rest")
        words = rest.split()
        if not words or (_PRONOUN_START.match(rest) is not None and not re.match(r"(?:he|she|they|we)\b", rest)) \
                or not clause_subject(words):
            return None
        ahead = verb_ahead(words)
        if ahead is None or ahead == 0:
            return None
        # The phrase goes at the end of the clause: before its first comma or where it ends.
        end = re.search(r",\s|;|:|\s+(?:--|—|–)\s", rest)
        clause = rest[:end.start()] if end else rest.rstrip(" .")
        if re.search(r"[“”\"]", clause):
            return None  # (a quotation's words stay in their order)
        tail = rest[end.start():] if end else ""
        out = f"{clause} {phrase.group('focus')}{tail}"
        return out[0].upper() + out[1:]
    return None


#: "This is the reason why the council closed the bridge", "Such fears were the reason that ...", "Hence the reason
#: why ...": a frame that points back at the cause; what it frames is the news.
_REASON_FRAME = re.compile(r"^(?:(?:This|That|It|These|Those|Such\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:" + auxiliaries(BE_FINITE) + r")\s+"
                           r"(?:also\s+)?(?:(?:part|one)\s+of\s+)?)?the\s+(?:main\s+|real\s+|only\s+)?reasons?\s+"
                           r"(?:why|that)\s+", re.I)


def _unframed(text: str) -> str | None:
    text = text.rstrip(" .")
    m = _REASON_FRAME.match(text)
    if m is None:
        return None
    words = text[m.end():].split()
    if not words or not clause_subject(words) or _PRONOUN_START.match(words[0]) or verb_ahead(words) in (None, 0):
        return None
    if m.group(0).lower().startswith("the") and re.search(r"\b(?:" + auxiliaries(BE_FINITE) + r")\b", text[m.end():]):
        return None  # "The reason that the clinic closed | is that ...": the frame is the sentence's subject
    rest = text[m.end():]
    return rest[0].upper() + rest[1:]


_CONJUNCTION = re.compile(r"^(?:And|But|Yet|So)\s+")


def subject_first(text: str) -> str:
    """``text`` with its subject put first when it opens on a copular inversion, a cleft or a "the reason why"
    frame; else ``text`` itself."""
    conjunction = _CONJUNCTION.match(text)
    body = text[conjunction.end():] if conjunction else text
    body = body[:1].upper() + body[1:]
    for rewrite in (_uninverted, _uncleft, _unframed):
        out = rewrite(body)
        if out is not None:
            return out
    return text


#: A focus or time adverb left before its comma when the date it went with was removed ("[Even] now, BP ..." ->
#: "Even, BP", "[In the past two days] alone, seven analysts ...").
_STRANDED = re.compile(r"^(?:alone|even|too|only)\s*,\s+", re.I)
#: Connectives that open a sentence with or without their comma: they join it to the one before and tell nothing.
_CONNECTIVE = re.compile(r"^(?:(?:By|In)\s+(?:contrast|comparison)|For\s+(?:example|instance)|In\s+fact|"
                         r"Of\s+course|After\s+all|In\s+addition|In\s+turn|In\s+short|In\s+other\s+words|"
                         r"On\s+the\s+other\s+hand|By\s+the\s+same\s+token|As\s+a\s+result|In\s+the\s+meantime|"
                         r"In\s+particular|At\s+the\s+same\s+time|Any\s+way)\b(?!\s+(?:of|to|with|as)\b),?\s+"
                         r"(?!(?:if|unless|when|while|whether|although|though|because|as|after|before|since|once|until|in|on|"
                         r"at|by|for|with|from|during|under|over)\b)")
#: An upper-case heading run into the first sentence under it ("THUNDER HORSE, Thunder Horse is ..."); a dateline's
#: place after it ("GRAND ISLE, Louisiana | ...", "CAPE MAY, New Jersey - ...") is no sentence.
_HEADING = re.compile(r"^[A-Z][A-Z’'&.-]+(?:\s+[A-Z\d][A-Z\d’'&.-]+)+,\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+[a-z])")
#: "Each day oil continues to leak, investors ...", "Every time the pumps stop, the pressure ...": a clause of
#: repeated time before the subject.
_EACH_TIME = re.compile(r"^(?:Each|Every)\s+(?:day|time|week|month|year|morning|night|hour)\s+[^,;:“”\"]{3,100},\s+"
                        r"(?=[A-Z]|[a-z]+(?<!ing)(?<!ed)\s)")  # (a subject, not "adding to ...": a participle after a clause)


@dataclass(frozen=True)
class Debris:
    """What opens a sentence before its subject and can go: ``end`` is where it stops; a connective without its
    comma goes only before a subject (``needs_subject``): "Of course in retrospect these events ..." keeps it."""

    end: int
    needs_subject: bool


def lead_debris(text: str) -> Debris | None:
    """A leftover, a connective, a heading or a clause of repeated time at the front of ``text``, or None."""
    for pattern in (_STRANDED, _CONNECTIVE, _HEADING, _EACH_TIME):
        m = pattern.match(text)
        if m is not None:
            return Debris(m.end(), pattern is _CONNECTIVE)
    return None


#: (not "it": "By the time Congress acts -- if it does -- | it could be November" has no subject to show)
_CLAUSE_START = re.compile(r"\s*(?:[A-Z](?!t\s)|(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|he|she|they|we)\s)")


def dash_aside_gone(m: re.Match[str]) -> str:
    """An aside between dashes goes; when it closed a lead ("Amid a scare over tar balls -- later found to be
    from another spill -- the state's tourism industry ..."), its place keeps the lead's comma."""
    from timeline.extract.title_subjects import LEAD_WORDS  # (title_subjects reads this module's leftovers)

    if TRAILING_ATTRIBUTION.match(", " + m.string[m.end():]):
        return ", "  # "... by Thursday -- 24 hours ahead of the forecast -- Gov. Ann Lee said.": the speaker's comma
    before = _CONJUNCTION.sub("", m.string[:m.start()])
    first = before.split(" ", 1)[0].lower()
    if first in LEAD_WORDS and first not in {"if", "unless"} and "," not in before and _CLAUSE_START.match(m.string, m.end()) \
            and not re.search(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says)\b", before):
        return ", "
    return " "
