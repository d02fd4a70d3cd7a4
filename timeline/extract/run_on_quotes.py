"""The speaker of a quoted paragraph whose opening mark stands in the paragraph before.

A quotation of several sentences opens its mark once and closes it at its last sentence, where the speaker is
credited: '"We will call it river fever.' / 'We won't call it marsh fever," deputy health minister Ana Vell told a news
conference.' Read alone, the last sentence has a closing mark and no opening one; its headline is the speaker's
("Ana Vell tells a news conference: “We won't call it marsh fever”"), never the quote's own "We" or "I", which
names nobody outside the quotation. The credit after the mark names a speaker when it is a name (with an office or
trade written in lower case before it, as news puts "deputy health minister Ana Vell" and "fisherman Tom Rees", and
an apposition set off by commas after it), or "he" or "she" (a pronoun the actor finders resolve), or an inverted
"said Tom Rees". A lower-case word that joins clauses ("and Vell said") is no office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.saying_words import SAID_SAYS, alternation

__all__ = ["ClosedQuote", "closed_quote"]

#: A run of text closed by a quotation mark, then its credit: '...marsh fever," deputy health minister Ana Vell told'.
_CLOSING = re.compile(r"^([^“”\"]{10,}?)[,.?!]?[”\"]\s*,?\s+(.{2,300})$")
#: Words of an office or a trade written in lower case before a name ("deputy health minister", "fisherman"): no
#: word that joins clauses or stands for someone.
_OFFICE = (r"(?:(?!(?:and|or|but|nor|so|as|when|then|while|because|after|before|since|if|though|although|that|which|"
           r"who|he|she|it|they|we|you|i|also|later|earlier|now|still|yet|here|there|said|says|told|tells|adds|added)\b)"
           r"[a-z][a-z-]*\s+){1,3}(?=[A-Z])")
#: The name: capitalised words, "of", articles and owners ("BP's Doug Suttles", "Nathan Cullen of the Greens").
_NAME = r"(?:(?:[A-Z][\w.'’-]*|of|the|a|an|[a-z]+['’]s)\s+){1,7}"
#: An apposition between the name and the verb: ", a black-garbed Orthodox Jew,".
_APPOSITION = r"(?:,\s+[^,“”\"]{2,80},\s+)?"


@dataclass(frozen=True)
class ClosedQuote:
    """A quotation closed before its credit: the words said and the credit ("Ana Vell told a news conference")."""

    said: str
    credit: str


def closed_quote(text: str, speech: str) -> ClosedQuote | None:
    """``text`` read as the last sentence of a quoted paragraph and its credit, when the credit names its speaker;
    ``speech`` is the alternation of the verbs of saying that may credit it. None otherwise."""
    closing = _CLOSING.match(text)
    if closing is None:
        return None
    credit = re.sub(r",(?=\s)", " ,", closing.group(2), count=1)
    m = re.match(r"(?:(?:" + _OFFICE + r")?" + _NAME + r"(?P<aside>" + _APPOSITION + r")|(?:he|she)\s+)(?:" + speech
                 + r")\b|(?:" + alternation(SAID_SAYS) + r")\s", credit)
    if m is None:
        return None
    if m.group("aside"):  # ("Ana Vell, a former nurse, told": the apposition goes, as after an opening quote)
        return ClosedQuote(closing.group(1), credit[:m.start("aside")].rstrip() + " " + credit[m.end("aside"):])
    return ClosedQuote(closing.group(1), closing.group(2))
