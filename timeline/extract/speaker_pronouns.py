"""The speaker named where the clause it reports opens with a pronoun for it.

"Senior port official Dan Hollis said on Monday that he would step down at the end of this month": the happening at
the end of the month is Dan Hollis stepping down, and its title is "Dan Hollis will step down", not the saying told
on Monday ("Dan Hollis says he will step down"), which is that day's own event. The reported clause stands as the
happening's title only when it names its subject; a "he" or an "it" that opens it stands for the speaker, whom news
style names just before the verb of saying ("Coastline Energy said it would seal the well in April": "Coastline
Energy will seal the well"; "said its crews had collected": "Coastline Energy's crews"). A plural "they" may stand
for others than the speaker, and a speaker that is a role ("the company", "officials") names nobody; both stay.
"""

from __future__ import annotations

import re

from timeline.extract.title_referents import actor_kind
from timeline.extract.title_subjects import drop_role

__all__ = ["speaker_subject"]

#: A person's name ending the speaker after a lowercase role word: "senior port official Dan Hollis".
_TRAILING_NAME = re.compile(r"(?:^|\s[a-z][\w-]*\s)((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][a-z][\w'’-]*)$")
#: A name of a body: capitalised words (with "of", "and", "&" between), no lowercase role: "Coastline Energy".
_BODY_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*)(?:\s+(?:of|and|for|&|de|[A-Z][\w.&'’-]*))*")


def _person(speaker: str) -> str | None:
    """The person ``speaker`` names, without a job title: "Senior port official Dan Hollis" -> "Dan Hollis"."""
    named = drop_role(speaker + " said")
    name = named[:-len(" said")] if named.endswith(" said") and named != speaker + " said" else None
    if name is None:
        trailing = _TRAILING_NAME.search(speaker)
        name = trailing.group(1) if trailing else (speaker if _TRAILING_NAME.fullmatch(" x " + speaker) else None)
    if name is None or actor_kind(name) != "person" or name.split()[0] in {"The", "A", "An", "This", "That"}:
        return None
    return name


def speaker_subject(speaker: str, said: str) -> tuple[str, bool] | None:
    """``said`` (a reported clause) with its opening "he", "she", "it" or "its" replaced by the ``speaker`` it stands
    for, and whether that speaker is a person; None when the pronoun may stand for someone else."""
    pronoun = re.match(r"(he|she|it|its)\s", said)
    if pronoun is None:
        return None
    rest = said[pronoun.end():]
    if pronoun.group(1) in ("he", "she"):
        person = _person(speaker)
        return (f"{person} {rest}", True) if person else None
    # (A lone word may be a surname as well as a company: "Wells said it could reach the target" is the well's "it".)
    if not _BODY_NAME.fullmatch(speaker) or actor_kind(speaker) != "body" or len(speaker.split()) > 5:
        return None
    possessive = speaker + ("’" if speaker.endswith("s") else "’s") if "’" in said else \
        speaker + ("'" if speaker.endswith("s") else "'s")
    return (f"{possessive} {rest}" if pronoun.group(1) == "its" else f"{speaker} {rest}"), False
