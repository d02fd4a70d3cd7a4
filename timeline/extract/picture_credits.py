"""Credits and labels a saved page runs into its text without the colon or line break that sets them apart (issue 16).

:mod:`.cleanup` reads the credits a page writes with a colon ("Photograph: Jane Doe/AP") or alone at a line's
edge. A page copied without its layout also carries:

- a picture's credit with no colon, in the middle of a line, between the caption and the story: "Photograph Jane
  Doe/AP The board will ...", "(Photo by Jane Doe/Getty Images)", "Jane Doe/Bloomberg via Getty Images",
  "Illustration by Jane Doe". Its maker is a name, then a slash and the agency, or "by" and a name; the words
  after it are the story's.
- the tail of a credit naming who the picture was made for or distributed by: "Photograph: Jane Doe for the
  Guardian", "Jane Doe/Coast News via Getty Images".
- a clip's or picture's courtesy line: "- Clip courtesy NBC's Today show", "(Video courtesy of the coastguard)".
- a headline's kicker: the label of the page's section or format before its headline ("Analysis:", "Opinion |",
  "EXCLUSIVE:", "Live:", "Explainer:"). Only the label is furniture; the headline after it stays.

Each is a span of the unchanged text with its kind, as :func:`.cleanup.find_furniture` returns them.
"""

from __future__ import annotations

import re

#: A word of a person's or an agency's name: "Kirsty", "McErlane", "O'Neill", "U.S.", "AFP".
_NAME_WORD = r"[A-Z][\w.'’&-]*"
#: Words that open the story's sentence and never go on a credit's name: "Photograph: Paul Doe The question ...".
_OPENER = (r"(?:The|A|An|As|In|On|At|It|He|She|They|We|This|That|These|Those|When|While|After|Before|If|But|And|For|"
           r"With|Despite|Since|More|Some|One|Two|Three|There)\b")
#: A person's or an agency's name of up to four words, with the particles names carry.
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?!{_OPENER})(?:{_NAME_WORD}|de|da|di|van|von|al|le|la|bin)){{0,3}}"
#: A credit's agencies after the maker's name: "/AP", "/AFP/Getty Images", "/Reuters/Handout", "/White House" (the
#: official photographer's employer, two words before the story's own capitalised opening).
_SLASHED = rf"(?:[ \t]*/[ \t]*(?:White[ \t]+House|{_NAME_WORD})(?:[ \t]+(?:Images|Pictures|Photos?|Press|Pool|Handout|News|Features))?)+"
#: Who the picture was made for or passed on by: "for the Guardian", "via Getty Images", "for The Washington Post".
#: An outlet's name goes on only with the words outlets' names end with: "for the Guardian BP said ..." keeps "BP".
_FOR_VIA = (rf"(?:[ \t]+(?:for|via)[ \t]+(?:the[ \t]+|The[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:Images|Post|Times|Press|News|"
            r"Journal|Observer|Guardian|Telegraph|Independent|Mail|Herald|Tribune|Chronicle|Globe|Magazine|Pictures|Photos|"
            r"Street|Today|Standard|Economist|Bloomberg|Reuters))*)")
#: The picture words that head a credit.
_PICTURE = r"(?:Photograph|Photo|Picture|Image|Illustration|Graphic|Video|Footage)s?"

#: A credit without a colon: "Photograph Jane Doe/AP", "Photo by Jane Doe/Getty Images", "Illustration by Jane Doe
#: for the Guardian", bracketed or not. A slash, "by" or a "for"/"via" tail tells a maker from a story's "Photo
#: opportunities ...".
_UNPUNCTUATED = re.compile(
    rf"\((?:{_NAME_WORD}[ \t]+){{0,3}}{_PICTURE}(?:[ \t]+by[ \t]+|[ \t]*/[ \t]*)[^()\n]{{1,80}}\)"
    rf"|\b{_PICTURE}[ \t]+(?:by[ \t]+{_NAME}{_SLASHED}?{_FOR_VIA}?|{_NAME}{_SLASHED}{_FOR_VIA}?)"
    # "Jane Doe/Bloomberg via Getty Images": a maker, an agency and its distributor, with no label at all.
    rf"|(?<![\w/]){_NAME}{_SLASHED}[ \t]+via[ \t]+(?:Getty[ \t]+Images|AP|AFP|Reuters|Shutterstock|Alamy|Bloomberg)\b")
#: A courtesy line for a clip or a picture: "- Clip courtesy NBC's Today show", "(Video courtesy of the coastguard)".
#: It runs to its bracket, or to the line's end or the next sentence's start.
_COURTESY = re.compile(
    r"\((?:[\w'’]+[ \t]+){0,2}courtesy(?:[ \t]+of)?[ \t]+[^()\n]{1,80}\)"
    rf"|(?:[ \t]*(?:--|[-–—])[ \t]*)?\b(?:Clip|Video|Footage|Audio|{_PICTURE})s?[ \t]+courtesy(?:[ \t]+of)?[ \t]+"
    r"[^.!?\n]{1,80}?(?=[.!?]?[ \t]*$|[.!?][ \t]+[A-Z])[.!?]?", re.M)
#: A headline's kicker, the label of a section or format opening a line: "Analysis:", "Opinion |", "EXCLUSIVE:",
#: "Live:", "Explainer -". A label in capitals may take a dash; in mixed case only a colon or a bar ("Review - the
#: panel found ..." can be prose).
_KICKER = re.compile(
    r"^[ \t]*(?:(?:(?:Live(?:[ \t]+updates)?|Analysis|Opinion|Exclusive|Explainer|Fact[ \t]+check|Factbox|Insight|"
    r"Perspective|Editorial|Comment|Review|Interview|Obituary|Breaking(?:[ \t]+news)?|Watch|Listen)[ \t]*(?::|\|))"
    r"|(?:LIVE(?:[ \t]+UPDATES)?|ANALYSIS|OPINION|EXCLUSIVE|EXPLAINER|FACT[ \t]+CHECK|FACTBOX|INSIGHT|PERSPECTIVE|"
    r"EDITORIAL|COMMENT|REVIEW|INTERVIEW|OBITUARY|BREAKING(?:[ \t]+NEWS)?)[ \t]*(?::|\||--|[-–—]))[ \t]+"
    r"(?=[\"“‘'A-Z0-9$£€])"
    # An audio player's button run into the story: "Listen to this article 5 min The river ...".
    r"|^[ \t]*Listen[ \t]+to[ \t]+this[ \t]+(?:article|story)(?:[ \t]*[·•|(]?[ \t]*\d+[ \t]*min(?:ute)?s?\)?)?[ \t]+(?=[A-Z])", re.M)


def run_in_credits(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Credits, courtesy lines and a kicker in ``text[start:end]`` (a line): (start, end, kind) spans."""
    segment = text[start:end]
    out = [(start + m.start(), start + m.end(), "boilerplate") for m in _KICKER.finditer(segment)]
    if "/" in segment or " by " in segment or " for " in segment or " via " in segment:
        out += [(start + m.start(), start + m.end(), "credit") for m in _UNPUNCTUATED.finditer(segment)]
    if "ourtesy" in segment:  # no picture's credit: the text before it is no caption ("She said ... - Clip courtesy X")
        out += [(start + m.start(), start + m.end(), "boilerplate") for m in _COURTESY.finditer(segment)]
    return out


#: A credit's names after its label, with whom it was made for: "Paul Doe", "Jane Doe for the Guardian".
_CREDIT_WORDS = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?!{_OPENER}){_NAME_WORD}){{0,2}}{_FOR_VIA}?[ \t]*")


def credit_words_end(s: str, i: int) -> int:
    """End of a credit without a slash after its label (:data:`_CREDIT_WORDS`): up to three capitalised words, never
    one that opens the story's sentence ("Photograph: Paul Doe The question ..."), then whom the picture was made for
    or passed on by ("Photograph: Jane Doe for the Guardian")."""
    m = _CREDIT_WORDS.match(s, i)
    return m.end() if m is not None else i
