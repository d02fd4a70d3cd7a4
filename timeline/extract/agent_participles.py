"""A participle whose "by"-agent comes later in the subject: "A statement posted on the school's website by the
headmaster, Colin Diggory, said ...".

A past form followed by its agent inside the subject is a participle describing the noun before it, not the
clause's verb; the finite verb comes after the agent. :func:`timeline.extract.title_words.agent_then_verb` reads
the plain case ("Documents obtained by the newspaper show"); this module reads the agent that a phrase of place
or channel puts off ("posted on the website by the headmaster") and the agent that a name in apposition follows
("by the headmaster, Colin Diggory, said").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries

#: Phrases of place, channel or time between a participle and its agent: "posted | on the school's website |
#: by the headmaster", "released | to reporters | by the agency". No comma, quote or clause word inside.
_PLACE_BEFORE_AGENT = re.compile(
    r"(?:\s+(?:on|in|at|to|onto|into|from|over|across|via|through|during|under|among|around|outside|inside|within|throughout|online|earlier|overnight|today|yesterday|tonight|recently)"
    r"(?:\s+(?!(?:and|or|but|that|which|who|when|while|as|because|if|to|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|"
    r"said|says)\b)[\w’'$.&-]+){0,6}?){1,2}(?=\s+by\s)")

#: The agent's noun phrase, then a name or a short role in apposition between commas: "by the headmaster, Colin
#: Diggory," (the verb follows the second comma).
_AGENT_WITH_APPOSITION = re.compile(r"\s+by\s+((?:the\s+|its\s+|their\s+|his\s+|her\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}),"
                                    r"\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},(?=\s+[a-z])")


def late_agent_then_verb(text: str, at: int, agent_then_verb: Callable[[str, int], bool]) -> bool:
    """Whether the participle ending at ``at`` has its "by"-agent after a phrase of place or before a name in
    apposition, and a finite verb after the agent (``agent_then_verb`` reads the plain agent and its verb)."""
    place = _PLACE_BEFORE_AGENT.match(text, at)
    start = place.end() if place else at
    apposition = _AGENT_WITH_APPOSITION.match(text, start)
    if apposition:
        # "by the headmaster, Colin Diggory, said": read as "by the headmaster said" — the name is the agent's
        plain = text[:start] + " by " + apposition.group(1) + text[apposition.end():]
        # (after the closing comma a regular past is the verb: "by the director, Omar Reyes, warned")
        return agent_then_verb(plain, start) or re.match(r"\s+[a-z]{3,}ed\b", text[apposition.end():]) is not None
    return place is not None and agent_then_verb(text, start)


#: Papers that carry their author's words: "A statement posted by the headmaster said" is the headmaster saying it.
_SPEAKING_PAPERS = r"(?:statement|letter|message|note|e-?mail|memo|notice|post|blog\s+post|open\s+letter)"
_PAPER_BY_AGENT = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?" + _SPEAKING_PAPERS
                             + r"\s+[a-z]{3,}(?:ed|en|t)\b[^,;:“”\"()]{0,60}?\s+by\s+(?P<agent>(?:the\s+|its\s+|their\s+)?"
                             r"[\w’'.&-]+(?:\s+[\w’'.&-]+){0,3}?)(?:,\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),)?\s+$")


def paper_author_speaks(text: str, verb_at: int, speech_verbs: set[str]) -> tuple[str, int]:
    """ "A statement posted on the website by the headmaster, Colin Diggory, says he ..." -> "Colin Diggory says he
    ...": a paper's author says what it says, and the headline names the author rather than the paper and its place.
    Only before a verb of saying; other text is returned unchanged."""
    paper = _PAPER_BY_AGENT.fullmatch(text, 0, verb_at)
    verb = text[verb_at:].split(" ", 1)[0]
    if paper is None or verb not in speech_verbs:
        return text, verb_at
    speaker = paper.group("name") or paper.group("agent")
    return speaker + " " + text[verb_at:], len(speaker) + 1
