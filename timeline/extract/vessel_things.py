"""What "it" that exploded, sank or ran aground stands for: the vessel or installation the sentence named.

Only a rig, a ship, a well, a pipeline or a plant explodes, sinks, ruptures or runs aground, so a reader takes
such an "it" for the vessel the sentence named before it, wherever that noun stood: after a preposition ("oil
spilling from under the Deepwater Horizon rig when it exploded"), before a relative clause ("the drilling rig
Deepwater Horizon, which BP was leasing when it exploded"), before "did" ("as the Exxon Valdez tanker did when
it ran aground"). A sentence that opens with "It sank two days later" continues the vessel the sentence before
told exploded, or had as its subject. Two different vessels named there ("the rig ... the well") leave "it"
as it is: a vague title is better than a wrong one.
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PAST_WORDS

__all__ = ["VESSEL_HAPPENS", "sunk_vessel", "vessel_before"]

#: Nouns of what can explode, sink, rupture or run aground.
_VESSEL_HEADS = ("rig", "platform", "tanker", "supertanker", "ship", "vessel", "boat", "ferry", "barge", "freighter",
                 "trawler", "submarine", "well", "wellhead", "pipeline", "refinery", "reactor")
#: The verbs a vessel undergoes, as "it" tells them: "it exploded", "it sank", "it ran aground", "it had ruptured".
VESSEL_HAPPENS = re.compile(r"(?:\b(?:it|It)\s+)?(?:(?:had|has|first|then|later|eventually|also|finally)\s+)*(?:exploded|explodes|"
                            r"sank|sinks|capsized|capsizes|ruptured|ruptures|blew\s+up|blows\s+up|blew\s+out|blows\s+out|"
                            r"caught\s+fire|catches\s+fire|ran\s+aground|runs\s+aground)\b", re.I)
#: A noun phrase headed by a vessel noun: its determiner or owner, up to four modifiers, the noun, and a name after it
#: ("the drilling rig Deepwater Horizon"). Words that would make the noun a modifier ("the rig explosion") follow it
#: only as a word that opens no noun of its own (:func:`_vessels`).
_VESSEL = re.compile(r"(?<![\w’'-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s)\s+"
                     r"(?P<mods>(?:(?!(?:the|a|an|of|and|or|which|that|who|when)\b)[\w-]+\s+){0,4}?)"
                     r"(?P<head>" + "|".join(_VESSEL_HEADS) + r")(?P<name>(?:\s+[A-Z][\w-]+){1,3})?(?![\w’'-])")
#: Words that may follow a vessel's noun without making it a modifier of another noun.
_AFTER_HEAD = {"the", "a", "an", "its", "his", "her", "their", "this", "it", "he", "she", "they", "we", "who", "where",
               "while", "though", "although", "because", "so", "then", "when", "before", "after", "as", "since", "until", "which", "that", "did", "was", "had", "has", "is",
               "for", "in", "on", "at", "off", "about", "and", "but", "or", "to", "from", "with", "by", "into", "near",
               "under", "operated", "owned", "leased", "drilled", "run", "exploded", "sank", "blew", "caught",
               "ruptured", "capsized", "ran", "itself", "some", "roughly", "nearly", "almost", "just", "more", "less",
               # prepositions
               "beside", "behind", "beneath", "below", "above", "over", "through", "across", "along", "around",
               "against", "toward", "towards", "within", "without", "during", "like", "than", "up", "down", "out",
               "onto", "per", "via", "amid", "among", "between", "beyond", "inside", "outside", "of"}
#: "the Deepwater Horizon before it exploded": a vessel by its name alone (two capitalised words at least), right before
#: the clause.
_NAMED_BEFORE = re.compile(r"(?<![\w’'-])(?:the|The)\s+((?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+)\s*,?\s*$")
#: Last words of a place's or a building's name, no vessel's: "the Gulf Coast", "the White House".
_PLACE_ENDS = {"Coast", "Gulf", "Sea", "Ocean", "Bay", "River", "Island", "Islands", "Sound", "Strait", "Channel",
               "Mexico", "House", "Hall", "Street", "Park", "Beach", "Parish", "County", "State", "States"}
#: "it was capped", "it had been plugged": what is done to a well or a pipe, not a rig ("a rig exploded and sank,
#: unleashing oil, before it was plugged" is the well's plugging).
_SEALED = re.compile(r"it\s+(?:was|had\s+been|has\s+been|is)\s+(?:finally\s+|eventually\s+|successfully\s+)?(?:capped|"
                     r"plugged|sealed|killed|cemented|shut)\b")
_SEALED_HEADS = {"well", "wellhead", "pipeline"}


def _vessels(text: str) -> list[re.Match[str]]:
    """The vessel noun phrases of ``text``, in order, without those whose noun modifies another ("the rig explosion")."""
    found = []
    for m in _VESSEL.finditer(text):
        after = re.match(r"\s*([A-Za-z][\w-]*)", text[m.end():])
        word = after.group(1) if after else ""
        if word.islower() and not m.group("name") and word not in _AFTER_HEAD and word not in IRREGULAR_PAST_WORDS \
                and not word.endswith(("ed", "ly")):
            continue  # ("the rig explosion", "the ferry crew"; not "the rig burned")
        found.append(m)
    return found


def vessel_before(before: str, clause: str) -> str | None:
    """The vessel the "it" opening ``clause`` stands for, when the clause tells what only a vessel undergoes ("it
    exploded", "it ran aground"; "it was capped" of a well or a pipe) and ``before`` (its sentence up to the clause)
    names it: the last vessel noun phrase there, as written ("the Deepwater Horizon rig", "its deep-sea well"), when
    every one it names has the same noun, or a vessel's name after "the" right before the clause ("the Deepwater
    Horizon"); else None."""
    sealed = _SEALED.match(clause) is not None
    if not sealed and VESSEL_HAPPENS.match(clause) is None:
        return None
    found = [m for m in _vessels(before) if not sealed or m.group("head") in _SEALED_HEADS]
    if found:
        if len({m.group("head") for m in found}) > 1:
            return None  # ("the well ... from the rig when it exploded": either could be meant)
        m = found[-1]
        return m.group(0) if m.group("det").lower() not in ("a", "an") else "the " + m.group(0).split(None, 1)[1]
    named = None if sealed or _vessels(before) else _NAMED_BEFORE.search(before)
    return f"the {named.group(1)}" if named and named.group(1).split()[-1] not in _PLACE_ENDS else None


def sunk_vessel(sentence: str) -> str | None:
    """The vessel a following "It sank" continues: the one ``sentence`` told exploded or sank (by its noun phrase or by
    an "it" that stood for the vessel before), or the vessel that is its subject, as a title's subject ("The
    Deepwater Horizon rig"); None when the sentence names two vessels or none that did either."""
    found = _vessels(sentence)
    happened = VESSEL_HAPPENS.search(sentence, found[0].end()) if found else None
    if happened is not None:  # (what the sentence names after the vessel's happening is no rival: "blew open the well")
        found = [f for f in found if f.end() <= happened.start()]
    elif found and found[0].start() > 0:
        return None  # (a vessel named but neither exploding nor the subject: "It" may be anything)
    if not found or len({m.group("head") for m in found}) > 1:
        return None
    m = found[-1]
    if m.group("det").lower() in ("its", "their"):
        return None  # (whose it was is the organisations' finder's to tell)
    return "The " + m.group(0)[len(m.group("det")):].strip()
