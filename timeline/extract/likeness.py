"""A date named as what something is like: a point of comparison, not an event (issue 16).

"A pandemic similar to that of 1918 would be a catastrophe", "a clean-up on par with the 1989 Valdez spill", "a
mild illness like the 1968 pandemic", "twice as many patients as in 2009", "could rival the Exxon Valdez disaster from 1989": the date belongs to the thing or time the
sentence measures its own against, as in "than in 2009" (:mod:`.comparisons`). Nothing the sentence reports happened
then, and the gold counts such dates as comparison points, not events.

So is a date after the noun of a comparison, with the thing compared between: "drawing comparisons to Hurricane
Katrina in 2005", "comparisons between the spill and the handling of the hurricane in 2005 become more prevalent", "a
more apt analogy to the tragedy of 2001", "the parallels with 1918": the comparison is the news, if anything; what it
draws on happened long before and is no part of it.

A happening the sentence tells in a clause of its own stays an event: "eerily similar to a 1979 accident off the coast
of Mexico that caused the world's worst oil spill" tells the accident and what it caused.

"as well as in 2009" coordinates two times, and "as early as 2009", "as recently as May" hedge the date of what
happened: those keep their dates. "would like the 2011 budget to ..." wants, and likens nothing.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.happenings import EVENT_NOUNS

__all__ = ["likened"]

#: "similar to that of 1918", "comparable to those in 2008", "like that one in 2008": the thing likened, dated.
_LIKE_THAT_OF = re.compile(r"(?i)\b(?:(?:similar|comparable|equivalent|identical|akin)\s+to|(?<!would\s)(?<!['’]d\s)"
                           r"(?:(?<=\bwas\s)|(?<=\bdoes\s)|(?<![a-z][a-rt-z]s\s))like)"
                           r"\s+(?:that|those|the\s+ones?|that\s+one)\s+(?:of|in|during|from|seen\s+in)\s+(?:the\s+)?$")
#: "similar to the 1968 pandemic", "on par with (the 1989 Valdez spill", "just like the 2009 outbreak": the date
#: modifies the thing likened. (After a plural noun "like" means "such as": "accidents like the April 20 spill" names
#: a happening as an instance, which keeps its date.)
_LIKE_THE = re.compile(r"(?i)\b(?:(?:similar|comparable|equivalent|identical|akin)\s+to|on\s+(?:a\s+)?par\s+with|"
                       r"reminiscent\s+of|(?<!would\s)(?<!['’]d\s)(?<!\bto\s)(?:(?<=\bwas\s)|(?<=\bdoes\s)|(?<![a-z][a-rt-z]s\s))like)\s+\(?\s*(?:the|a|an)\s+$")
#: "twice as many new patients as in 2009", "as high as in 2008": an equative measured against a time.
#: "not as easy today as they were in 2005", "as vulnerable as we were in 1957": measured against an elliptical clause.
_AS_AS_IN = re.compile(r"(?i)\bas\s+(?!(?:well|recently|early|late|soon|far|long|quickly|of|if|though|for|to|in)\b)"
                       r"[a-z]+\s+(?:[\w'’-]+\s+){0,5}?as\s+(?:(?:it|they|he|she|we|I|you|things|there|prices|"
                       r"(?:the|its|their)\s+[a-z]+)\s+(?:was|were|had\s+been|did|had)\s+)?(?:in|on|during|at)\s+(?:the\s+)?$")
#: "Just like on 9/11, there were no plans", "much like in 2009": a time likened, with its preposition.
_LIKE_IN = re.compile(r"(?i)(?:^|[\s“\"‘(,])(?:just\s+|much\s+|exactly\s+|rather\s+)?(?<!would\s)(?<!['’]d\s)like\s+"
                      r"(?:in|on|during|at)\s+(?:the\s+)?$")
#: The words naming the thing measured against, up to its date: no clause of its own ("the spill that hit in 2010"),
#: and the date its modifier ("the 1957 pandemic", "the pandemic of 1957"); "as popular as the mayor in 2009" may
#: as well date the clause.
_THING = (r"(?:(?!(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, WILL_WOULD) + r"|that|which|who|when|while|because|after|before|"
          r"since|but|and|in|on|during|at)\b)[\w'’.-]+\s+){0,8}?(?:(?:of|from)\s+(?:the\s+)?)?$")
#: "as catastrophic as the Spanish flu pandemic of 1918", "about as dangerous as the virus behind a 1957 pandemic",
#: "equal in severity to the flu of 1957", "pales in comparison with the crisis of 2007", "in the same category as the
#: Valdez spill of 1989", "more than half of what the Valdez spilled in 1989": the dated thing measured against.
_MEASURED_THING = re.compile(
    r"(?i)(?:\bas\s+(?!(?:well|recently|early|late|soon|far|long|quickly|of|if|though|for|to|in|part)\b)[a-z]+\s+as|"
    r"\b(?:similar|comparable|equivalent|identical|akin|equal(?:\s+in\s+[a-z]+)?)\s+to|\b(?:in|by)\s+comparison\s+"
    r"(?:with|to)|\bsame\s+(?:[a-z]+\s+)?as)\s+(?:the|a|an|its|their)\s+" + _THING
    + r"|\b(?:half|a\s+third|a\s+quarter|a\s+fraction)\s+(?:of\s+)?(?:what|the\s+amount|the\s+volume|the\s+size)\b"
    r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,90}?\s(?:in|on|during)\s+(?:the\s+)?$")
#: "would take a month to reach levels of the Valdez disaster in 1989", "could rise to the levels seen during the
#: trial in 1995": a size measured against a dated one.
_LEVELS = re.compile(r"(?i)\b(?:reach|rise\s+to|climb\s+to|approach|surpass)(?:es|ed|ing|s)?\s+(?:the\s+)?(?:same\s+)?"
                     r"(?:levels?|scale|size|proportions)\s+(?:of|seen|last\s+seen)\b[^,;:()—–.!?]{0,90}?\s(?:in|on|during)"
                     r"\s+(?:the\s+)?$")


#: "would have to continue for eight months to match the 11m gallons spilt from the Exxon Valdez in 1989", "could
#: rival the Exxon Valdez disaster from 1989": a size measured against a dated one, with no clause of its own between.
_MATCHING = re.compile(r"(?i)\b(?:match|equal|rival)(?:es|ed|ing|s)?\s+(?:even\s+)?(?:the|its|their|a|an)\s+"
                       r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|did|that|which|who|when|it|he|she|they|we|I)\b)"
                       r"[^,;:()—–.!?]){0,90}(?<!\bsometime\s)(?<!\bsometime\sin\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bwithin\s)"
                       r"(?<!\bbefore\s)(?<!\bafter\s)(?<!\baround\s)$")
#: (The matching's own time is no point of comparison: "will equal the yearly amount sometime in August", "could match
#: last year's total by Friday".)
#: The likened happening told in a past clause of its own: "a 1979 accident off the coast of Mexico that caused ...".
_TOLD = re.compile(r"(?i)^((?:\s+[\w'’-]+){1,8}?)\s+(?:that|which)\s+(?:also\s+)?([a-z]+)\b")


#: "comparisons to Hurricane Katrina in 2005", "an analogy to the tragedy of 2001", "the parallels with 1918": a
#: comparison's noun, the thing compared with it (no clause of its own), then the date. (After the verb, "compared
#: notes with officials in March" may date the comparing: :mod:`.comparisons` takes only "compared it with the 2005
#: storm".)
_COMPARED = re.compile(
    r"(?i)\b(?:comparisons?|analog(?:y|ies)|parallels?)\s+(?:to|with|between\s+[^,;:.!?]{1,80}?\s+and)\s+"
    r"(?:(?:the|a|an|its|their|his|her|that)\s+)?" + _THING.removesuffix("$") + r"(?:(?:in|during|from)\s+(?:the\s+)?)?$")


#: "current dispersants are different from the thick solvents used in 1967", "unlike the levees built in 1965": the
#: thing set apart from, with a participle of what was done to it ("used", "built") but no clause of its own, then
#: its date. ("a different approach from 2009" is :mod:`.compared_times`' bare time.)
_SET_APART = re.compile(
    r"(?i)(?:\b(?:different|distinct)\s+from|(?:^|[\s,(])unlike)\s+(?:the|a|an|its|their|those|that|these)\s+"
    r"(?:(?!(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, WILL_WOULD) + r"|that|which|who|when|while|because|after|before|"
    r"since|but|and)\b)[\w'’.-]+\s+){1,8}?(?:in|on|during|from|of)\s+(?:the\s+)?$")


def likened(before: str, after: str) -> bool:
    """Whether a date between ``before`` (its sentence up to the date) and ``after`` (the text after it) dates what
    something is likened to."""
    measured = _MEASURED_THING.search(before) is not None
    if not (measured or _LIKE_THAT_OF.search(before) or _LIKE_THE.search(before) or _AS_AS_IN.search(before)
            or _MATCHING.search(before) or _LIKE_IN.search(before) or _LEVELS.search(before) or _COMPARED.search(before)
            or _SET_APART.search(before)):
        return False
    told = _TOLD.match(after)
    # A thing measured against whose own clause tells what it did ("as dangerous as the virus behind a 1957 pandemic
    # that killed 2 million") is a happening, whatever its noun.
    return told is None or not (measured or EVENT_NOUNS & set(told.group(1).lower().split())) or not (
        told.group(2).lower().endswith("ed") or told.group(2).lower() in IRREGULAR_PAST_WORDS)
