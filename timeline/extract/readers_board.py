"""A page, or a page's section, made of readers' submissions: a letters page, a queries board, a mailbag (issue 16).

A site that prints what its readers send in says so (it invites them: "Post your query here", "Email us your
memories", "Send us your letters", "Can you help?"), then presents each private person's message, introduced in the
site's third person or signed:

- "Margaret Hollis has responded to a query by Alan Pryce:", "Derek Farrow sent us this reply:",
  "Joan Ashby would like information about her great-grandfather ...", "Reply from Ann Cole:";
- "Tom Reed writes:", "Tom Reed, of Ludlow, writes:", "Ann Cole from Leeds writes:";
- "Tom Reed, Ludlow:" opening the message's line.

Each message tells of its writer's life (births, marriages, a grandfather's war), told in the first person: none of
it is an event, a title or a tag of the site's. From the first introduced message the page is the readers', to its
end; the site's lines above it (the invitation, any news of its own) stay.

A page may say so in its first line instead ("Readers in the areas affected by the outbreak have been sending their
accounts to us"), and each account then follows unsigned or signed in passing: from the next line the page is theirs.

A news story quoting people is not such a page: its quoted people are sources, introduced by what they said ("said",
"told"), and the page invites nobody; a colleague's dispatch in a live blog ("Andrew Clark writes:") is one or two,
and a live page's readers' posts after its time stamps ("2155: Kedar writes:") are kept out entry by entry
(:mod:`.page_notes`), so an introduction opens a line or follows a sentence's end. A board needs three
introductions at least and the site's invitation above the first, or five of the site's own third-person
introductions ("sent us", "responded to a query"). An introduction may be run into the line after the message
before it when the page lost its layout.
"""

from __future__ import annotations

import re

from timeline.honorifics import OFFICE_ABBREVIATIONS, PROFESSOR_TITLES, SURNAME_TITLES, honorific_pattern

__all__ = ["readers_board"]

#: A private person's name as a board prints it: "Margaret Hollis", "Mrs J. Farrow", "Ann", "Tom O'Neill".
_PERSON = r"(?:(?:" + honorific_pattern(SURNAME_TITLES) + r")\.?\s+)?[A-Z][A-Za-z'’]+(?:[- ](?:[A-Z]\.?|[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)){0,3}"
#: One writer or a couple ("John and Mary Hollis"), with an address in brackets after it at most.
_NAME = rf"{_PERSON}(?:\s+(?:and|&)\s+{_PERSON})?(?:\s*\([^()\n]{{0,60}}\))?"
#: Where the writer lives: ", of Ludlow,", " from Leeds", ", Ludlow, Shropshire".
_PLACE = r"(?:,?\s+(?:of|from|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?|,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?)"
#: A title before an answerer's name: "Samantha, Redditch Dr Baker:" is a question's signature, then the answer.
_TITLE = r"(?:" + honorific_pattern(SURNAME_TITLES, PROFESSOR_TITLES) + r")\b"
#: Words that name no private person when they open a line: a news source's or the site's own.
_NOT_PERSON = re.compile(r"(?:The|This|That|Police|Officers|Officials|Reuters|Readers|Visitors|Our|We|It|He|She|They|"
                         r"Anyone|Someone|Everyone|People|Many|Some|Both|All|Each|Staff|Doctors|Experts|Scientists|Congressman|Congresswoman|"
                         r"Senator|Representative|President|Governor|Judge|Minister|"
                         + honorific_pattern(PROFESSOR_TITLES, OFFICE_ABBREVIATIONS) + r")$")
#: The site's own third-person introductions: it answers for the reader ("sent us", "has responded to a query by").
_SITE_INTRO = re.compile(
    rf"(?m)(?:^[ \t]*|(?<=[.!?][\"”’] )|(?<=[.!?] ))(?:(?:Reply|Response|Query|Message|Letter|A\s+(?:reply|message|note|letter))\s+from\s+({_NAME}){_PLACE}?"
    rf"\s*:|({_NAME}){_PLACE}?\s+(?:has\s+)?(?:responded|replied)\s+to\s+(?:a|the|an\s+earlier)\s+(?:query|question|"
    rf"message|request|post|letter|appeal)\b|({_NAME}){_PLACE}?\s+(?:has\s+)?(?:sent|e-?mailed)\s+(?:us|in)\b|"
    rf"({_NAME}){_PLACE}?\s+(?:would\s+(?:like|love|welcome|appreciate|be\s+grateful\s+for)|is\s+(?:looking|hoping|trying|researching|seeking))\s+(?:any\s+|more\s+)?(?:information|help|"
    rf"details|news|to\s+(?:hear\s+from|know|find|trace|contact|learn))\b)")
#: A reader's message introduced by its writer: "Tom Reed writes:", "Ann Cole, Leeds, writes:", "Tom Reed, Ludlow:".
_WRITER_INTRO = re.compile(
    rf"(?m)(?:^[ \t]*|(?<=[.!?][\"”’] )|(?<=[.!?] ))({_NAME}){_PLACE}?\s+(?:writes|wrote|remembers|recalls)\s*:|"
    rf"^[ \t]*({_NAME}),\s+(?!{_TITLE})[A-Z][\w'’.-]*(?:\s+(?!{_TITLE})[A-Z][\w'’.-]*){{0,3}}\s*:")
#: The site inviting its readers to send something in, to be printed on the page.
_INVITATION = re.compile(
    r"(?i)\b(?:post|send|e-?mail|submit|share)\s+(?:us\s+)?(?:your|a|an)\s+(?:[\w-]+\s+){0,2}(?:query|queries|questions?|"
    r"letters?|memories|stories|story|views|comments|messages?|replies|reply|experiences|photos|information)\b|"
    r"\b(?:e-?mail|write\s+to|contact)\s+us\b|\bcan\s+you\s+help\b|\bif\s+you\s+can\s+help\b|"
    r"\b(?:we|we['’]ll|we\s+will)\s+(?:aim\s+to\s+|try\s+to\s+)?(?:publish|print|post|add)\s+(?:it|them|your|as\s+many|a\s+"
    r"selection)\b|\byour\s+(?:letters|queries|questions|memories|stories|views|comments)\s+(?:may|will)\s+be\s+published\b|"
    r"\bletters\s+to\s+the\s+editor\b|\bmailbag\b|\bnoticeboard\b|\bget\s+in\s+touch\b|"
    r"\b(?:post|leave|add|place|put)\s+(?:it|them|a\s+(?:message|query|note)|your\s+\w+)\s+(?:here|on\s+(?:this|our)\s+"
    r"(?:page|board|site))\b|\b(?:your|readers['’]?)\s+(?:queries|letters|questions|messages|memories|replies)\b|"
    r"\bif\s+you\s+have\s+(?:a|any)\s+(?:query|queries|question|information)\b|\be-?mail\s*:?\s*\S+@")
#: A page's opening framing what follows as its readers' own: "Readers in the areas affected have been sending their
#: accounts to us", "You have been sharing your experiences of the storm". The audience is the subject: a story that
#: tells residents sending accounts to the police goes on as news.
_SENT_IN = re.compile(r"(?i)^[^.!?\n]{0,20}\b(?:readers|viewers|listeners|you)\b[^.!?\n]{0,100}?\b(?:have\s+been\s+|"
                      r"were\s+|are\s+)?(?:sending|sent|sharing|shared|telling|told)\s+(?:us\s+|in\s+)?(?:their|your)\s+"
                      r"(?:own\s+)?(?:accounts|experiences|stories|views|comments|thoughts|photos|pictures|memories|reactions)\b")
#: Introductions a board shows at least, with the site's invitation above; without one, its own introductions.
_MIN_WITH_INVITATION = 3
_MIN_SITE_ONLY = 5


def readers_board(text: str) -> list[tuple[int, int]]:
    """The readers' part of a page of readers' submissions, as one span of ``text`` (or none)."""
    opening = text.lstrip()
    if _SENT_IN.match(opening):  # the page's first line says its readers' words follow
        after = text.find("\n", len(text) - len(opening))
        return [(after + 1, len(text.rstrip()))] if 0 <= after < len(text.rstrip()) else []
    site = [m for m in _SITE_INTRO.finditer(text) if _person(m)]
    writers = [m for m in _WRITER_INTRO.finditer(text) if _person(m)]
    intros = sorted(m.start() for m in (*site, *writers))
    if not intros:
        return []
    first = intros[0]
    invited = _INVITATION.search(text, 0, first) is not None
    if not ((invited and len(intros) >= _MIN_WITH_INVITATION) or len(site) >= _MIN_SITE_ONLY):
        return []
    begin = first + len(text[first:]) - len(text[first:].lstrip())
    return [(begin, len(text.rstrip()))]


def _person(match: re.Match[str]) -> bool:
    """Whether an introduction's name is a private person's, not a news source's or the site's own word."""
    name = next((g for g in match.groups() if g), "")
    return _NOT_PERSON.match(name.split()[0]) is None if name else False
