"""What a saved web page prints inside a sentence that is no part of the sentence.

A wire story on the web follows a listed company's name with its stock ticker ("Exxon Mobil
(XOM.N)", "Halliburton Co <HAL.N>", "Toyota (7203.T)", "BP (BP.L) (BP.N)") and a link with
its label (", opens new tab", "(opens in a new window)"). Saved as text they sit between a
subject and its verb: "Exxon Mobil (XOM.N), opens new tab said on Friday ...". A title
written from that reads "Exxon Mobil, opens new tab says ...", and "XOM" becomes a tag.

The source text is never changed: quotes keep the marks verbatim. Titles, subjects and tags
are read from :func:`reading_text`, the same text with the marks blanked (same length, so
every offset still points into the source).
"""

from __future__ import annotations

import re

from timeline.extract.sentences import blanked

__all__ = ["inline_marks", "reading_text"]

#: The exchange codes wire services put after a ticker's dot: New York, Nasdaq, London, Paris,
#: Frankfurt/Xetra, Tokyo, Hong Kong, Shanghai, Shenzhen, Seoul, Sydney, Toronto, Milan, Amsterdam,
#: Madrid, Stockholm, Zurich, Mumbai, Sao Paulo, Mexico, Johannesburg and others. A code is needed: "(U.S.)",
#: "(Ph.D)" or "(No. 2)" are no tickers.
_EXCHANGES = ("N|O|OQ|A|P|K|L|PA|DE|F|T|HK|SS|SZ|KS|KQ|AX|NZ|TO|V|MI|AS|MC|ST|SW|S|CO|HE|OL|BR|LS|VI|IR|"
              "WA|PR|BO|NS|SI|BK|JK|KL|TW|TWO|SA|MX|SN|BA|J|JO|TA|QA|AD|DU|SE|CA|IS|Z")

#: One ticker: an optional index dot (".SPX" has no exchange), the symbol, its exchange ("XOM.N", "BRKa.N",
#: "7203.T"; a detokenised page writes "XOM. N").
_TICKER = rf"(?:\.[A-Z0-9]{{2,8}}|[A-Z0-9][A-Za-z0-9]{{0,7}}\.\s?(?:{_EXCHANGES}))"

#: A ticker group in brackets, after a space or at a line's start: "(XOM.N)", "<HAL.N>", "(BP.L, BP.N)"; older
#: wire copy may give a second listing after it without brackets ("Repsol (REP.MC) REP.N prepares").
_TICKERS = re.compile(rf"(?:(?<=\s)|^)[(<]\s?{_TICKER}(?:\s?,\s?{_TICKER})*\s?[)>](?:[ \t]{_TICKER}\b)?", re.M)

#: A link's label: ", opens new tab", "(opens in new tab)", "opens in a new window".
_LINK_LABEL = re.compile(r"(?i),?[ \t]*\(?\bopens[ \t]+(?:in[ \t]+)?(?:a[ \t]+)?new[ \t]+(?:tab|window)\b\)?")


def inline_marks(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are tickers or link labels, in order; marks with only spaces
    between them are one span ("(BP.L) (BP.N)")."""
    spans = sorted((m.start(), m.end()) for pattern in (_TICKERS, _LINK_LABEL) for m in pattern.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def reading_text(text: str) -> str:
    """``text`` with its :func:`inline_marks` blanked: same length, line breaks kept."""
    return blanked(text, inline_marks(text))
