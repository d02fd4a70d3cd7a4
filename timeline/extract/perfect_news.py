"""A present perfect tells what has happened, not a plan (issue 16: recall).

"A new virus has killed up to 149 people and the WHO moved closer on Monday to declaring a pandemic": the lead
tells its day's happening in the simple past after a present perfect. :func:`.continued.tells_a_plan` reads any
"has"/"have" before the past as a plan or a state (right for "is due to", "will meet"); for the story's news day
(:func:`.implied._story_day`) a present perfect has happened as surely as a simple past has, so it is read as one.
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.continued import tells_a_plan

#: "has killed", "have also begun", "has now confirmed": a present perfect's auxiliary before its participle.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|now\s+)?(?=(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES))
                      + r")\b)")


def tells_a_plan_only(sentence: str) -> bool:
    """Whether ``sentence`` tells a plan or a state and nothing that happened (:func:`.continued.tells_a_plan`),
    its present perfects read as happenings."""
    return tells_a_plan(_PERFECT.sub("", sentence))


__all__ = ["tells_a_plan_only"]
