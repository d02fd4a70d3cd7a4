"""Who "They" is when the sentence before closed by naming a group as its speakers: "..., researchers reported".

News often tells a finding first and its sources last ("Toxic chemicals spread far underwater after the spill, U.S.
researchers reported on Tuesday.") and goes on with a "They" for those sources ("They found the chemicals 3,000 feet
down"). Read apart from the story, "They find the chemicals" names nobody; the group that spoke does ("U.S.
researchers find ..."). Only a "They" that goes on doing what sources do (saying, finding, estimating) is theirs: in
"..., experts said. They include the rig's owner" the "They" is the companies the experts spoke of.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.extract.count_words import numbers_pattern
from timeline.extract.saying_words import alternation, spoken

__all__ = ["closing_speakers"]

#: The group and its verb of saying that close a sentence, with the day it was said: ", U.S. researchers reported on
#: Tuesday.", ", officials say.", ", congressional investigators said Wednesday."
_CLOSING_GROUP = re.compile(
    r",\s+(?P<group>(?:(?:the|some|many|" + numbers_pattern(2) + r"|several|other)\s+)?"
    r"(?:(?:[A-Z][\w.&'’-]*|[a-z][\w-]+)\s+){0,2}?"
    r"(?!(?:news|series|species|means|others|this|his|its|us|was|has|is|as|thus|plus)\b)[a-z]{3,}[^su\W’']s)\s+"
    r"(?:" + alternation(spoken("say", base=True), spoken("report", "write", present=False, base=True))
    + r"|told\s+(?:reporters|Reuters|[A-Z][\w.]*))"
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAME_PATTERN + r"|yesterday|today|last\s+week))?"
    r"\s*[.]?\s*$")
#: What sources go on to do in the next sentence: say more, find, study, estimate, expect.
_SOURCE_ACT = re.compile(
    r"^They\s+(?:(?:also|further|then|later|now|first)\s+)?(?:"
    + alternation(spoken("say", "tell", "add", "note", "find", "estimate", "report", "warn", "believe", "predict",
                         "conclude", "write", present=False, base=True),
                  {"studied", "study", "expect", "expected", "calculated", "calculate", "urged", "urge", "recommended",
                   "recommend"})
    + r")\b")


def closing_speakers(previous: str, sentence: str) -> str | None:
    """ "..., U.S. researchers reported on Tuesday." before "They found ...": the group that closed the sentence before
    as its speakers ("U.S. researchers"), or None when it named none or "They" does no source's act."""
    if not _SOURCE_ACT.match(sentence.strip()):
        return None
    m = _CLOSING_GROUP.search(previous.strip())
    if m is None or re.search(r"[“”\"]", previous[m.start():]):
        return None
    group = m.group("group")
    return group[0].upper() + group[1:]
