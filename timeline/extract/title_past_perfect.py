"""A headline has no past perfect: a title whose main verb is "had" + participle takes the headline's tenses.

A news sentence puts a happening in the past perfect because the story's time is later ("By Friday, BP had received
31,600 suggestions", "Dr Murray had been hired in May"); a timeline title stands on the happening's own date, so the
"before" the perfect marks says nothing there, and editors read "had received" in a headline as a leftover. A date
that is a point reached by then ("by Friday", "as of August", "since April", "so far") makes the title a running
total, which English tells with the present perfect ("BP has received 31,600 suggestions"); so does a negation ("had
not been tested" -> "have not been tested"). Otherwise the perfect goes back to the simple past, which the headline
present then turns as it turns any past ("had been hired" -> "was hired" -> "is hired"). A plan the perfect tells was
foiled ("Engineers had hoped to begin the test", "had been due to play") and a state "until" a later day keep their
words: the present would say they still hold.
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PARTICIPLES, PARTICIPLE_BASE_PAIRS, irregular_past
from timeline.extract.sentences import quotation_open
from timeline.extract.title_tense import plural_subject
from timeline.extract.title_words import main_verb_start

#: The simple past of a participle unlike it ("taken" -> "took"), from the one table of verb forms.
_PAST_OF_PARTICIPLE = {participle: past for participle, base in (pair.split(":") for pair in PARTICIPLE_BASE_PAIRS.split())
                       if (past := irregular_past(base)) is not None}

#: Adverbs a headline keeps between the auxiliary and its participle ("had already spent", "had only just begun").
_ADVERBS = r"(?:(?:[a-z]+ly|already|also|just|still|now|once|even|then|nearly|almost|only)\s+)*"

#: "had + participle" as a clause's main verb: the adverbs, a negation, and the participle.
_PERFECT = re.compile(r"had(\s+" + _ADVERBS + r")(not\s+|never\s+)?(" + _ADVERBS + r")([a-z]{3,}ed|"
                      + "|".join(sorted(IRREGULAR_PARTICIPLES | set(_PAST_OF_PARTICIPLE) | {"been"}, key=len, reverse=True))
                      + r")\b")

#: A passive after "been" ("had been hired"): anything else after it is a state or a progressive, kept.
_PASSIVE = re.compile(r"\s+" + _ADVERBS + r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b")

#: Verbs of a plan or wish: in the past perfect the plan came to nothing ("had hoped to begin", "had wanted to").
_FOILED = frozenset({"hoped", "planned", "wanted", "intended", "expected", "meant", "aimed", "wished", "tried",
                     "sought", "promised", "agreed", "vowed", "thought", "assumed", "believed", "feared"})

#: "had been due to stage 50 concerts", "the payment that had been scheduled for Monday": in the past perfect a plan
#: that stood until something changed it (the singer died, the payment was cancelled).
_STANDING_PLAN = re.compile(r"\s+(?:due|expected|scheduled|set|supposed|slated|meant|going|planned|poised|about)\b")
#: A conjunction or relative that opens a clause before the main verb ("BP's position that there had been no need
#: ... came"): the "had" after it is that clause's.
_OPEN_CLAUSE = re.compile(r"(?i)\b(?:after|before|when|since|because|once|while|if|until|though|although|as|that|which|who|"
                          r"whom|whose)\s")

#: The words before a date that make it a point reached by then: the title is a running total up to it.
_STATUS_BEFORE = re.compile(r"(?i)(?:\bby|\bas\s+of|\bsince|\bthrough)\s+(?:(?:early|late|mid|mid-)\s*)?(?:the\s+(?:end|middle|start)\s+of\s+)?$")
#: "had zipped through the checks and gotten the cap": a second participle the perfect governs, which only a perfect keeps.
_COORDINATED_PARTICIPLE = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?:gotten|been|done|begun|taken|given|seen|gone|known|shown|"
                                     r"written|driven|grown|fallen|risen|chosen|spoken|broken|forgotten|stolen|eaten)\b")
#: "Until Wednesday, BP had been planning ...": the perfect tells a state a later happening ended.
_ENDED_BY = re.compile(r"(?i)\b(?:until|till|up\s+to)\s")
#: Words in the title itself that make it a running total ("so far", "to date", "since April").
_STATUS_WORDS = re.compile(r"\b(?:so\s+far|to\s+date|since|thus\s+far|yet)\b")


def perfect_gone(text: str, sentence: str, remove: list[tuple[int, int]], past_period: bool = False) -> str:
    """``text`` (a title before its verb takes the headline present) with a main verb in the past perfect made a
    present perfect (a running total, a negation) or a simple past (the headline present turns it next).
    ``remove`` are the spans of ``sentence`` its dates took; ``past_period`` says the date is a period with both
    ends ("between 2005 and 2009"), before whose end the perfect's happening lies: it keeps its tense."""
    start = main_verb_start(text)
    perfect = _PERFECT.match(text, start) if start > 0 and not past_period else None
    if perfect is None or quotation_open(text[:start]):
        return text
    participle, rest = perfect.group(4), text[perfect.end():]
    subject = text[:start]
    if participle in _FOILED:
        return text  # "Engineers had hoped to begin the test", "had planned the trip": a present would say it holds
    if participle == "been" and not _PASSIVE.match(rest):
        # ("That had been the largest spill", "had been producing 1,400 barrels": a state before the date, which the
        # present would claim holds now)
        return text
    if re.search(r"\b(?:but|yet|while|whereas|although|though|had)\s|\band\s+(?:was|were)\s+(?!(?:said|reported|thought|believed|understood|expected|feared)\b)", rest) \
            or re.search(r",?\s+and\s+(?:[A-Z]|the\s)", sentence) \
            or (participle == "sustained" and re.match(r"\s+winds\b", rest)):
        # ("had been closed but the council ordered", "as the well had been sealed", "had failed, and August was",
        # "had returned and was diagnosed": a past told in order, where "and was said to be" reports a state; "Alex
        # had sustained winds of 50 mph": the participle is the winds' adjective)
        return text
    adverb = bool(perfect.group(1).strip() or perfect.group(2) or perfect.group(3))
    if (participle == "been" and _STANDING_PLAN.match(rest)) or _ENDED_BY.search(sentence) \
            or _OPEN_CLAUSE.search(subject):
        # ("had been due to play 50 shows", "Until Wednesday, BP had been planning": a plan or state that ended;
        # "Twelve days after it had sealed the well, the company said": the verb of a clause before the subject's)
        return text
    # ("had not been tested", "had already spent", "had only just recovered", "had zipped ... and gotten")
    if _running_total(sentence, remove) or _STATUS_WORDS.search(rest) or adverb or _COORDINATED_PARTICIPLE.search(rest):
        return subject + ("have" if plural_subject(subject) else "has") + text[start + len("had"):]
    if participle == "been":
        return subject + ("were" if plural_subject(subject) else "was") + rest
    return subject + _PAST_OF_PARTICIPLE.get(participle, participle) + rest


def _running_total(sentence: str, remove: list[tuple[int, int]]) -> bool:
    """Whether a removed date is a point reached by then: "by Friday", "as of August" (the words before the date, or
    the date's own first words when the tagger took them in)."""
    return any(_STATUS_BEFORE.search(sentence[:at]) or _STATUS_BEFORE.match(sentence[at:end].split(" ", 1)[0] + " ")
               or re.match(r"(?i)as\s+of\s", sentence[at:end]) for at, end in remove)
