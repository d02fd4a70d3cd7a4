"""Nouns of events that have happened ("the explosion", "the crash") next to a date: the date is
when they happened, so it lies in the past.
"""

from __future__ import annotations

import re

_DONE_EVENTS = (r"(?:explosions?|blasts?|blow-?outs?|accidents?|attacks?|bombings?|disasters?|crash(?:es)?|collapse|"
                r"massacres?|killings?|shootings?|murders?|death|assassination|earthquakes?|quakes?|tsunami|"
                r"spills?|coup|invasion|uprising|riots?|incidents?|tragedy|sinking|derailment|eruption|floods?)")
# "the April 20 blast", "the April 20 oil well blowout": a date naming a done event, with up to
# three words of the event's name between (not a clause: "April 20, when the blast ..."); a
# month in the possessive names one too ("until April's BP accident", "March's earthquake")
# ("April 20, the day of the spill", "May 2, the day before the blast": a day set beside a done event
# is that event's, or a day next to it, past too)
EVENT_AFTER = re.compile(rf"(?:,? \d{{4}}|['’]s)?\s(?:[A-Z][\w-]+\s|(?!(?:when|after|before|as|and|or|to|the|a|an|of|in|on|at|by|"
                          rf"for|with|that|which|who|is|was|were|will|would|could|may|might|no|not|any|every)\b)[a-z][\w-]*\s)"
                          rf"{{0,3}}{_DONE_EVENTS}\b"
                          rf"|,\s(?:the\s)?day\s(?:of|before|after)\s(?:the|his|her|its|their|[A-Z][\w.'’-]*['’]s)\s(?:[\w-]+\s){{0,2}}"
                          rf"{_DONE_EVENTS}\b")
# "the blast on April 20", "the flood of May 3"; "the spill in April" unless its clause is ahead
# ("will halt the spill in August": the month is the halting's)
EVENT_BEFORE = re.compile(rf"\b{_DONE_EVENTS},?\s(?:on|of)\s(?:the\s)?$")  # ("its explosion, on 20 April, ...")
EVENT_IN = re.compile(rf"\b{_DONE_EVENTS}\s(?:in|during)\s(?:early\s|late\s|mid-?)?$")
# "will reopen after the attack in March", "since the spill in April": a done event after
# "after"/"since" is no object of the clause's verb, so its month is the event's, past
EVENT_IN_SINCE = re.compile(rf"(?i)\b(?:after|since|following)\s(?:the|a|an|its|their|his|her|last\syear['’]s)\s(?:[\w-]+\s){{0,2}}"
                             rf"{_DONE_EVENTS}\s(?:in|during)\s(?:early\s|late\s|mid-?)?$")


EVENT_NAMED = re.compile(rf"(?:,? \d{{4}})?\s(?:[\w-]+\s){{0,2}}{_DONE_EVENTS}\b")  # "the April 20 rig explosion"
