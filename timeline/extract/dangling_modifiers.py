"""A noun's modifier whose words a cut took, leaving its verb to dangle: "a containment cap placed [on the well last
week] collected", "the device he [invented eight years ago] could seal", "its report to be released [next week]".

A participle, a contact relative or a "to be" infinitive after a noun tells something of that noun with words after
its verb. When the title writer removes those words (a date, an aside, a phrase cut for room) the verb is left with
nothing: two verbs meet ("placed collected", "he could seal") and the title is no sentence. What the sentence had
after the verb shows the cut; the dangling verb goes, and with it the modifier, which the noun does without.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    DO_FORMS,
    HAVE_FORMS,
    MODAL_VERBS,
    auxiliaries,
)
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_WORDS
from timeline.extract.title_open import FRAME_VERBS

#: A clause's finite verb that cannot be a noun: an auxiliary, a modal, a past form.
_AUX = r"(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r")"
#: ("reported increased cases": an "-ed" word before a bare noun is its adjective; before an object's first word a verb)
#: A title's verb is mostly in the headline present ("a poll released [Tuesday] shows"): a frame verb's "-s" form ("says",
#: "shows", "suggests") is one as well, and any "-s" form before an object's first word.
_OBJECT_START = r"(?=\s+(?:the|an?|its|his|her|their|that|some|more|about|nearly|almost|[\d$£€]))"
_PRESENT_FRAMES = sorted((w for w in FRAME_VERBS if w.endswith("s") and not w.endswith("ss")), key=len, reverse=True)
_FINITE = r"(?:" + _AUX + r"|[a-z]{3,}ed" + _OBJECT_START + "|" \
    + "|".join(sorted(IRREGULAR_PAST_WORDS, key=len, reverse=True)) + r")"
#: "a cap placed collected": a noun, a participle, a finite verb.
_PARTICIPLE_THEN_VERB = re.compile(r"(?<=[a-z] )([a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r") (?="
                                   + _FINITE + r"\b)")
#: "a poll released shows": a regular participle (an irregular one is as often a noun, "the next shot"; "seaweed" is
#: no participle) before a verb in the headline present.
_PARTICIPLE_THEN_PRESENT = re.compile(r"(?<=[a-z] )([a-z]{2,}[^e\W]ed) (?=(?:" + "|".join(_PRESENT_FRAMES) + r"|[a-z]{3,}[^s\W]s"
                                      + _OBJECT_START + r")\b)")
#: "the device he could seal": a noun after its article, a pronoun, a verb that is the main clause's.
_PRONOUN_THEN_VERB = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+"
                                r"((?:he|she|they|we|it|I)\s+)(?=" + _AUX + r"\b)")
#: "its report to be released": a "to be" infinitive after a noun at the end, or before a clause of saying (after a
#: verb or an adjective it is their complement: "are due to be revealed", "has to be moved", "expected to be finished").
_TO_BE_AT_END = re.compile(r"(?<=[a-z])(?<!\bdue)(?<!ed)(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bset)(?<!\bgoing)(?<!\bable)"
                           r"(?<!\blikely)(?<!\babout)(?<!\bready)(?<!\bneeds)(?<!\bneed)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)"
                           r"(?<!\bseems)(?<!\bseem)(?<!\bappears)(?<!\bwants)(?<!\bwant) to be ((?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r"|broadcast))"
                           r"(?=\s*$|\s+that\s)")
#: A time after "to be released" ("next week", "on Thursday night"): the phrase held only the date the title took;
#: before anything else ("lessons to be learned, he said") the infinitive is the noun's whole modifier.
_TIME_AFTER = r"\s+(?:on|in|at|by|next|later|this|tonight|tomorrow|today|early|late|before|after|within)\b"
#: Words before a participle that make it a verb's own (a perfect, a passive, a relative clause's or a pronoun's
#: verb: "the preventer that failed is", "what happened was", "what he argued are"), not a noun's modifier.
_VERB_BEFORE = re.compile(r"\b(?:" + _AUX + r"|" + auxiliaries(BE_NONFINITE) + r"|get|got|gets|not|also|just|never|that|which|who|whom|what|"
                          r"he|she|it|they|we|I|you)\s$")
#: A noun phrase after a noun ("The commitment | the president made is"): a contact relative with its own subject, whose
#: verb is no participle. A determiner right after a lowercase word that is no verb or function word shows it.
_NOUN_THEN_PHRASE = re.compile(r"\b([a-z]{3,})\s+(?:the|an?|this|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}$")
_FUNCTION_WORDS = frozenset({"of", "for", "to", "in", "on", "at", "by", "from", "with", "into", "over", "that", "and",
                             "but", "or", "says", "said", "say", "tells", "told", "shows", "showed", "than", "about",
                             "after", "before", "under", "through", "as", "when", "while", "since", "because", "if"})
#: "to be" after a noun its determiner opens ("the panel's report to be released", "a show to be broadcast"), with no
#: verb between that may take the noun as its object ("allow resources to be ordered").
_DETERMINED_NOUN = re.compile(r"(?:\b(?:the|an?|its|his|her|their|this)|['’]s)\s+(?:[\w'’-]+\s+){0,3}[\w'’\"”-]+$")
#: Verbs that take an object and its "to be" infinitive: the infinitive after their object is theirs.
_OBJECT_CONTROL = re.compile(r"\b(?:allow|force|cause|want|expect|believe|need|ask|require|order|leave|get|enable|permit|"
                             r"consider|declare|find|wish|like|prefer|help|persuade|urge|" + auxiliaries(MODAL_VERBS, without={"shall"})
                             + r")(?:s|ed|d)?\b")
#: Auxiliaries and modals: where the sentence has one after the pronoun the title only changed its tense ("it would
#: take" -> "it will take").
_AUX_WORD = re.compile(r"\s*(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS) + r")\b")


def modifiers_closed(title: str, sentence: str) -> str:
    """``title`` without a noun's participle, contact-relative pronoun or "to be" infinitive whose words
    ``sentence`` had after its verb and the title lost."""
    one_line = " ".join(sentence.split())
    for pattern in (_PARTICIPLE_THEN_VERB, _PARTICIPLE_THEN_PRESENT, _PRONOUN_THEN_VERB, _TO_BE_AT_END):
        for m in reversed(list(pattern.finditer(title))):
            if pattern in (_PARTICIPLE_THEN_VERB, _PARTICIPLE_THEN_PRESENT) and (_VERB_BEFORE.search(title[:m.start()]) or _contact_relative(
                    title[:m.start()])):
                continue  # "had placed", "was placed", "the commitment the president made": the clause's own verb
            if pattern is _TO_BE_AT_END and (not _DETERMINED_NOUN.search(title[:m.start()]) or _OBJECT_CONTROL.search(
                    " ".join(title[:m.start()].split()[-5:]))):
                continue  # ("forces the operation to be suspended", "will allow resources to be ordered": the verb's)
            if pattern is _PRONOUN_THEN_VERB and _after_tail(title[:m.end(1)], one_line, _AUX_WORD):
                continue  # "told the hearing it would take" -> "it will take": the pronoun's verb, its tense changed
            if _lost_words(title[:m.end(1)], title[m.end():], one_line) and (
                    pattern is not _TO_BE_AT_END or re.search(re.escape(m.group(0).strip()) + _TIME_AFTER, one_line)):
                title = (title[:m.start(1) if pattern is _PRONOUN_THEN_VERB else m.start()].rstrip() + " "
                         + title[m.end():].lstrip()).strip()
    return title


def _contact_relative(before: str) -> bool:
    """Whether the participle's noun phrase in ``before`` follows a noun: "The commitment the president"."""
    noun = _NOUN_THEN_PHRASE.search(before)
    if noun is not None and noun.group(1) in {"that", "which", "who", "whom"}:
        return True  # "the ban that a judge blocked would": a relative clause with its own subject
    return noun is not None and noun.group(1) not in _FUNCTION_WORDS and not noun.group(1).endswith(("ly", "ing"))


def _after_tail(before: str, sentence: str, pattern: re.Pattern[str]) -> bool:
    """Whether the words that end ``before`` stand in ``sentence`` followed by ``pattern``."""
    tail = " ".join(before.split()[-3:])
    return any(pattern.match(sentence, m.end()) for m in re.finditer(re.escape(tail) + r"\b", sentence))


def _lost_words(before: str, after: str, sentence: str) -> bool:
    """Whether the words that end ``before`` stand in ``sentence`` followed by something other than what follows
    them in the title (``after``): the title cut what the sentence had there."""
    tail = " ".join(before.split()[-3:])
    found = [m.end() for m in re.finditer(re.escape(tail) + r"\b", sentence)]
    if not found:
        return False
    next_title = [word.strip(".,;:!?“”\"‘’") for word in after.split()[:1]]
    return all(not re.match(r"\s*" + re.escape(next_title[0]) if next_title else r"\s*(?:[.!?”\"]|$)", sentence[at:])
               for at in found)
