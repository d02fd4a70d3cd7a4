"""A live page's contributor captions: who wrote an entry, run in after its stamp.

A live page (the BBC's 2010-11 live coverage) heads an entry with its stamp and then the caption of whoever
filed it, a name and a newsroom role with no verb: "1003: Jane Roe Home affairs correspondent", "1249: John Doe
BBC News Joan Poe BBC Political Editor", "1450: Ann Moe, golf correspondent, BBC News Channel". With the page's
layout lost the captions run into one another and into the entry's own words ("... Business editor, BBC News
Let's recap on the main stories"). A caption says who reports, never what happened: an entry that is only
captions is no event, though the stamp dates it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.page_notes import NEWSROOM_ROLES
from timeline.live_stamps import blank_opening_stamp

__all__ = ["only_captions", "without_entry_head"]


_CAP = r"[A-Z][\w'’.-]*"
#: Capitalised words that open an entry's report, never a name's or a place's: "in Washington When the president ...".
_OPENER = (r"(?!(?:The|A|An|When|While|It|Its|This|That|These|Those|In|On|At|As|If|But|And|So|He|She|They|We|I|You|"
           r"There|Here|What|How|Why|Who|Following|After|Before|Now|Meanwhile|Let['’]s)\b)")
#: A person's name: two or three capitalised words ("Dominic Casciani", "James Reynolds").
_NAME = rf"{_OPENER}{_CAP}\s+{_OPENER}{_CAP}(?:\s+{_OPENER}{_CAP})?"
#: A newsroom role with the words that qualify it: "Home affairs correspondent", "BBC Radio 5 live presenter",
#: "Deputy Political Editor", "Iran Correspondent". The qualifiers are a beat or an outlet, up to four words.
_ROLE = (r"(?:(?!(?i:a|an|the|some|to|from|of|for|now|over|with|and|or|by|our|his|her|their|as|who)\b)[\w'’-]+\s+){0,4}?"
         r"(?i:" + "|".join((*NEWSROOM_ROLES, "presenter")) + r")s?\b")
#: The outlet a caption may name alone or after its role: "BBC News", "BBC News Channel", "BBC World Service".
_OUTLET = rf"The\s+BBC['’]s\s+{_NAME}|BBC(?:\s+(?:News|World|Radio\s+\d|Radio|Sport|Newsbeat))?(?:\s+(?:Channel|Service|Online|website))?\b"
#: Where a contributor files from: "from Milan, Italy", "at Antrim Crown Court", "in Washington".
_PLACE = rf"(?:from|at|in)\s+{_OPENER}{_CAP}(?:\s+{_OPENER}{_CAP}){{0,3}}(?:,\s+{_OPENER}{_CAP}(?:\s+{_OPENER}{_CAP})?)?"
#: One unit of a caption, after the separator before it.
_UNIT = re.compile(rf"(?:,\s*|\s+)?(?:(?P<role>{_ROLE})|(?P<outlet>{_OUTLET})|(?P<place>{_PLACE})|(?P<name>{_NAME}))")
#: What a whole entry may keep after its captions and still be only captions: where a contributor was ("from a
#: police briefing in London").
_TRAILING_PLACE = re.compile(r"\s*(?:from|at|in)\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?(?:\s+(?:in|at)\s+"
                             rf"{_CAP}(?:\s+{_CAP})?)?\s*$")
#: A word that makes a clause: a verb after a name is the entry's report ("Jane Roe says ...").
_CLAUSE_WORD = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|says|said|tells|told|can|could|may|"
                          r"might|must|do|does|did)\b")


def only_captions(sentence: str) -> bool:
    """Whether ``sentence`` is a live entry's stamp and contributor captions, nothing else: "1003: Jane Roe Home
    affairs correspondent". (The captions stay in the page's text: the tagger reads the live page's stamps in their
    places, and a stamp run in after a caption is told by the letters before it.)"""
    blanked = blank_opening_stamp(sentence)
    if blanked == sentence:
        return False
    start = len(blanked) - len(blanked.lstrip())
    end = _captions_end(sentence, start, len(sentence))
    return end is not None and (not sentence[end:].strip(" .") or _COMMENTS_NOTE.match(sentence, end) is not None)


#: The live page's note to readers sending comments, run in after a caption: page furniture too.
_COMMENTS_NOTE = re.compile(r"\s*(?:The\s+BBC|We)\s+may\s+edit\s+your\s+comments\b")


def without_entry_head(sentence: str) -> str:
    """``sentence`` with a live entry's opening stamp blanked, and the contributor captions run in after it when a
    report follows them ("2019: The BBC's Ben Lowe in Washington The president says ..."): who filed is no part of
    what happened. Offsets are kept."""
    blanked = blank_opening_stamp(sentence)
    if blanked == sentence:
        return sentence
    end = _captions_end(sentence, len(blanked) - len(blanked.lstrip()), len(sentence))
    if end is None or not sentence[end:].strip(" ."):
        return blanked
    return " " * end + sentence[end:]


def _captions_end(text: str, start: int, stop: int) -> int | None:
    """Where a run of captions from ``start`` ends (an entry's end at ``stop``), or None when none opens there.

    The run holds a role or an outlet. It ends on a role, an outlet or a place, or on a name at the entry's end: a
    name before more words may be the subject of the entry's report, and so may the capitalised words a run stopped
    before a lower-case verb took last ("in Washington Barack Obama | will use ..."): they go back to the report."""
    units: list[re.Match[str]] = []
    pos = start
    while pos < stop and (unit := _UNIT.match(text, pos, stop)) is not None and unit.end() > pos:
        if _CLAUSE_WORD.search(unit.group(0)):
            break
        units.append(unit)
        pos = unit.end()
    if units and re.match(r"\s*[a-z]", text[pos:stop]) and (units[-1]["name"] or units[-1]["place"]):
        last = units.pop()
        first_word = re.match(r"[,\s]*\w+\s+\S+", last.group(0)) if last["place"] else None
        kept = _UNIT.match(text, last.start(), last.start() + first_word.end()) if first_word else None
        units.extend([kept] if kept else [])  # ("in Washington", its first word)
    if not any(u["role"] or u["outlet"] for u in units):
        return None
    if not text[units[-1].end():stop].strip():
        end = units[-1].end()  # a name closing the entry: one more caption
    else:
        end = max((u.end() for u in units if not u["name"]), default=start)
    if _TRAILING_PLACE.fullmatch(text, pos, stop) or _TRAILING_PLACE.fullmatch(text, end, stop):
        return stop  # "... BBC News Channel Tony Smith from a police briefing in London": captions to the entry's end
    return end
