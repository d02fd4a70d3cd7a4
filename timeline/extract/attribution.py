"""Who said it: the one reader of news attributions that titles and the title gate share.

News prose attaches a speaker to what was said in a few fixed shapes, and every rule that needs to know
whether a line is attributed, or who its speaker is, reads them here:

- trailing: "…, White House press secretary Karoline Leavitt told reporters." (the attribution ends the line);
- after a quotation, inverted: "“…,” said Michael Ballay, the marina's manager" / "said the committee in a
  letter to the chief executive";
- opening, inverted: "Said Gowers: “We've been very clear”", "Said the committee in a letter to the
  chief executive, “…”" (the verb first, then the speaker, then what was said);
- in the line: "“…,” he told Reuters", "…, the minister said" (``ATTRIBUTED``).

In every shape the speaker is the subject and what was said is the news. The merger's speaker words
(:func:`speaker_phrase`) and the dates a trailing attribution tells (:data:`TOLD_AT`, read by :mod:`.told`) come
from here too, so one module holds how news prose names who said it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.saying_words import SAY_FORMS, SPEECH_VERBS, alternation, spoken

_SPEECH = alternation(SPEECH_VERBS)

#: The verbs news prose puts before its speaker ("said the mayor", "added Smith"); "told" and "announced" take
#: their speaker first.
_INVERTED_VERBS = alternation(spoken("say", "add", "write", "ask"))

#: Where or how it was said, after the speaker: "in a letter to the chief executive", "on Tuesday", "at a hearing".
_VENUE = r"\s+(?:in|on|at|during|to|after|before|from|via|through|when)\s+[^:“”\"]{2,100}?"

#: A trailing attribution up to a date: ", White House press secretary Robert Gibbs announced in a statement just after".
TOLD_AT = re.compile(r",\s(?:[A-Z][\w.'’-]*\s|[a-z][\w'’-]*\s){1,7}(?:said|announced|told reporters|reported|added|stated|wrote|confirmed)"
                     r"\s(?:[\w'’-]+\s){0,4}?(?:just\s|shortly\s|soon\s)?(?:on|at|in|after|before|early|late|late on)?\s?$")

#: Any saying verb, as a word.
_SAYING = re.compile(r"\b(?:" + _SPEECH + r")\b")
#: How many words a speaker's noun phrase has at most ("A senior administration official").
_SPEAKER_WORDS = 6


def speaker_phrase(quote: str) -> str:
    """The noun phrase before the first saying verb of ``quote`` ("A senior administration official told ..." ->
    "A senior administration official"), cut at the last clause mark before it; "" when there is no saying verb or
    the phrase is longer than a speaker's name or role."""
    m = _SAYING.search(quote)
    if m is None:
        return ""
    phrase = re.split(r"[,;:“”\"()—–]|\s-{1,2}\s", quote[:m.start()])[-1]
    return phrase.strip() if 0 < len(phrase.split()) <= _SPEAKER_WORDS else ""


#: "..., White House press secretary Karoline Leavitt told reporters." at the end of a sentence.
TRAILING_ATTRIBUTION = re.compile(
    r",\s+[^,“”\"]{1,80}?\s(?:" + alternation(SAY_FORMS, {"added", "wrote", "reported"}) + r"|told(?:\s+\w+)?|"
    r"according to (?!(?:the\s+)?(?:plan|schedule|script|form)\b)[^,]{1,60})\s*[.]?$")  # ("going according to plan")

#: "..., the minister said", "“...,” he told Reuters": a line said by someone the text names or points to.
ATTRIBUTED = re.compile(r"(?:[”\"]|(?<=[,.!?])['’])\s*,?\s*(?:[\w.,'’-]+\s+){0,8}?(?:" + _SPEECH + r")\b"
                        r"|,\s*(?:[\w.'’-]+\s+){0,6}?(?:" + alternation(spoken("say", "tell", base=True)) + r")\b"
                        # "Said Gowers: “...”": the attribution opens the line
                        r"|^\s*(?:" + _INVERTED_VERBS.title() + r")\s+(?!(?:to|that|it|so)\b)(?=[A-Za-z])"
                        # "That will not be until August, BP predicts.": a named source's verb closes the line
                        r"|,\s*(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,5}[a-z]{3,}(?:s|ed)\s*[.!?]?\s*$")

#: A quotation that opens the line and what follows it: "“We are ready,” said Okafor". The closing mark is the
#: opening one's partner (double with double, single with single), so a quotation inside it ("“this ‘mission
#: accomplished’ moment,” said X") does not end it.
_QUOTE_FIRST = re.compile(r"^(?:[“\"](?P<double>.+?)[,.?!]?[”\"]|[‘'](?P<single>.+?)[,.?!]?[’'])\s*,?\s+(?P<rest>.+)$")


def quote_first(text: str) -> tuple[str, str] | None:
    """ "“We are ready,” said Okafor on Monday" -> ("We are ready", "said Okafor on Monday"): a line that opens with
    a quotation, its words and the rest; None for any other line."""
    m = _QUOTE_FIRST.match(text)
    if m is None:
        return None
    return m.group("double") if m.group("double") is not None else m.group("single"), m.group("rest")


#: "said Michael Ballay, the manager": a named speaker after the verb, an aside after the name.
#: ("said company spokesman Omar Haddad": a role without its article as well; "said on Sunday" names no one)
_AFTER_QUOTE_NAMED = re.compile(r"^(" + _INVERTED_VERBS + r")\s+(?:(?:(?:the|a|an)\s+)?(?:(?!(?:on|in|at|to|by|for|from|with|"
                                r"after|before|during|that|it|so)\s)[a-z-]+\s+){1,3}?)?([A-Z][^,]{2,60}?)(?:,.*)?$")
#: "said the mayor", "said the committee in a letter to Hayward", "said the head of BP": a role the story may name,
#: with where it was said.
_AFTER_QUOTE_ROLE = re.compile(r"^(" + _INVERTED_VERBS + r")\s+((?:the|a|an)\s+[a-z][a-z' -]{2,40}?"
                               r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?)"
                               r"(?:" + _VENUE + r")?\s*[.]?$")

#: "Said Gowers: “...”", "Said the committee in a letter to Hayward, “...”", "Said Tony Hayward, BP's chief
#: executive: “...”". ("Said to be worth millions, the fair ..." is a participle: no speaker follows.)
_OPENING = re.compile(r"^(" + _INVERTED_VERBS.title() + r")\s+(?!(?:to|that|it|so)\b)"
                      r"(?P<speaker>(?:(?:the|an?)\s+)?[^,:;“”\"]{2,60}?)(?:,\s+(?P<role>[^,:;“”\"]{2,80}?),?)?"
                      r"(?:" + _VENUE + r")?\s*(?:[,:]\s*(?P<mark>[“\"])|:\s+(?=\w))(?P<said>[^“”\"]{3,}?)[”\"]?\s*[.]?$")


@dataclass(frozen=True)
class Attribution:
    """A speaker and the verb that attributes to them ("said"); ``said`` is what was said when the same text
    carries it (an opening attribution), else None (the words said stand before the attribution)."""

    speaker: str
    verb: str
    said: str | None = None
    quoted: bool = False

    def headline(self) -> str:
        """ "the committee said" -> "The committee said": the speaker as the title's subject."""
        return f"{self.speaker[0].upper()}{self.speaker[1:]} {self.verb}"


def inverted_after_quote(text: str) -> Attribution | None:
    """The speaker of an inverted attribution that follows a quotation: "said Michael Ballay, the manager",
    "says the mayor", "said the committee in a letter to Hayward"; None when ``text`` is no such attribution."""
    named = _AFTER_QUOTE_NAMED.match(text)
    if named:
        return Attribution(named.group(2).rstrip(". "), named.group(1))
    role = _AFTER_QUOTE_ROLE.match(text)
    if role:
        return Attribution(role.group(2), role.group(1))
    return None


def opening_attribution(text: str) -> Attribution | None:
    """ "Said Gowers: “We've been very clear”" -> Gowers said “We've been very clear”: a sentence that opens with
    its attribution inverted, the speaker and what was said; None for any other sentence."""
    m = _OPENING.match(text)
    if m is None or not re.search(r"[A-Za-z]", m.group("said")):
        return None
    speaker = m.group("speaker").strip()
    if not (speaker[:1].isupper() or re.match(r"(?:the|an?|one|another|his|her|its|their)\s+[a-z]", speaker)):
        return None
    return Attribution(speaker, m.group(1).lower(), m.group("said").strip().rstrip(",. "), m.group("mark") is not None)
