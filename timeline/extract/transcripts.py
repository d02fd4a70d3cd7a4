"""Broadcast transcripts on a saved page: who speaks, and the cues between speakers (issue 16).

A television or radio transcript names each speaker in capitals before their words ("HANNITY: ...",
"JANE DOE, BP SPOKESWOMAN: ...", "UNIDENTIFIED MALE: ...", "DOE (voice-over): ...") and marks what the
viewer saw or missed in brackets on lines of their own ("(BEGIN VIDEO CLIP)", "(END VIDEOTAPE)",
"(COMMERCIAL BREAK)"). The label says who speaks; it is not a word of the statement, and a title must not
open with it. A cue line states nothing. Some pages break the label from its colon ("CONGRESSMAN JOHN ROE,
D-MAINE" then ": It's clear ..."), and both lines are the label.

A single capitalised label is no transcript: a story writes "UPDATE:", "EDITOR'S NOTE:" or "BP:" in a
heading. Labels count only on a page that has a cue line or at least three labelled lines; then each is
the page's furniture, a speaker's mark, and the words after it stay the statement.
"""

from __future__ import annotations

import re

#: A speaker's label opening a line: a name or role in capitals, with the role after a comma ("TONY DOE, BP
#: CHIEF EXECUTIVE OFFICER"), a party and state ("D-CALIF."), or how they are heard in brackets ("(voice-over)",
#: "(through translator)", "(on camera)"), then a colon and the words.
_LABEL = re.compile(
    r"^[ \t]*(?P<label>(?:[A-Z][A-Z.'’&-]*|[A-Z]\.)(?:[ ,]+(?:[A-Z][A-Z.'’&/-]*|\d+|[A-Z]-[A-Z]+\.?))*"
    r"(?:\s*\((?:[a-z][a-z -]{2,30}|[A-Z][A-Z -]{2,30})\))?\s*:)(?=[ \t]+\S)")
#: A label broken from its colon: the capitals alone on their line, the colon opening the next one.
_LABEL_ALONE = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'’&-]*)(?:[ ,]+(?:[A-Z][A-Z.'’&/-]*|\d+))*[ \t]*$")
_COLON_OPENING = re.compile(r"(?m)^[ \t]*:[ \t]*")
#: A transcript's cue between speakers, bracketed on its own line: "(BEGIN VIDEO CLIP)", "(END AUDIO CLIP)",
#: "(COMMERCIAL BREAK)", "(LAUGHTER)", "[CROSSTALK]", "(BEGIN VIDEOTAPE)".
_CUE = re.compile(
    r"^[ \t]*[(\[](?:(?:BEGIN|END)\s+(?:VIDEO|AUDIO|SOUND)?\s*(?:CLIP|TAPE|VIDEOTAPE|AUDIOTAPE|SOUNDBITE|"
    r"SOUND\s+BITE|LIVE\s+FEED)|COMMERCIAL\s+BREAK|CROSSTALK|CROSS\s+TALK|LAUGHTER|APPLAUSE|MUSIC|"
    r"INAUDIBLE|BREAK|BREAKING\s+NEWS|OFF\s*-?\s*CAMERA|NO\s+AUDIO|VIDEO\s+CLIP|SOUNDBITE)[^)\]\n]{0,40}[)\]][ \t]*$")
#: Labels that head a story's paragraph, not a speaker's turn: these alone never make a page a transcript.
_HEADINGS = frozenset({"UPDATE", "UPDATED", "NEW", "BREAKING", "LATEST", "WATCH", "FILE", "PHOTO", "VIDEO", "NOTE",
                       "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "DEVELOPING", "FIRST", "SOURCE", "SOURCES",
                       "RE", "FYI", "PS", "LISTEN", "READ MORE", "RELATED", "MORE"})
#: A line that may open with a label or a cue: a cheap test of the whole page first.
_ANY_TURN = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z.'’&-]*(?:[ ,]+[A-Z0-9][\w.'’&/-]*)*(?:\s*\([^)\n]{0,30}\))?\s*:|:|[(\[][A-Z])")
#: How many labelled lines make a transcript when no cue line does.
_TURNS_MIN = 3


def transcript_furniture(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Speakers' labels ("speaker") and cue lines ("cue") of a broadcast transcript, as (start, end, kind)."""
    if _ANY_TURN.search(text) is None:
        return []
    cues = []
    labels = []
    filled = [(a, b) for a, b in lines if a < b]
    for k, (a, b) in enumerate(filled):
        line = text[a:b]
        if _CUE.match(line):
            cues.append((a, b, "cue"))
            continue
        m = _LABEL.match(line)
        if m is not None:
            words = m.group("label").rstrip(": \t")
            if re.sub(r"\s*\(.*\)$", "", words).strip() not in _HEADINGS and any(c.isalpha() for c in words[:4]):
                labels.append((a + m.start("label"), a + m.end("label"), "speaker"))
            continue
        if k + 1 < len(filled) and _LABEL_ALONE.match(line) and len(line.split()) <= 10 and sum(map(str.isalpha, line)) >= 3:
            nxt = filled[k + 1]
            colon = _COLON_OPENING.match(text, nxt[0], nxt[1])
            if colon is not None:
                labels.append((a, colon.end(), "speaker"))
    if not cues and len(labels) < _TURNS_MIN:
        return []
    return cues + labels
