"""An anaphoric "that date": "In 2009 the estate was valued at $500m. Since that date, its
assets have grown". Like "that day" it points back to the date the text last told, here at
whatever precision that date was told (a year, a month, a day); with no date told before it,
only its direction is known (see :func:`~timeline.tagger.rules.day_words.untold_value`).

"the same date of birth" and "the same date as the vote" name a kind of date or another one's,
not the date last told: left untagged.
"""

from __future__ import annotations

import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import SP
from timeline.tagger.rules.day_words import untold_value
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)


@rule("that_date", rf"{B}(?i:that(?:{SP}(?:same|very))?|the{SP}same){SP}(?i:date)(?![\w-])(?!{SP}(?i:of|as)\b)")
def _that_date(m: re.Match[str], cx: Context) -> Result | None:
    if cx.anchor is None or re.search(r"(?i)\bago\b", cx.text[cx.anchor_pos:m.start()]):
        # ("In 2005 ... Two years ago, it was sold. Since that date": a distance back from the report
        # is no anchor of the story (a comparison, most often), yet it is the date meant here)
        return untold_value(m, cx)
    return "DATE", cx.anchor.value, None
