"""Quotation marks some sources set apart as tokens: "Jackson ` addicted to Demerol '", "readers ' ideas".

Several feeds of the corpus write an opening single quote as a backtick and put a space before every apostrophe. A
title writer that strips the backtick as Markdown leaves a stray closing mark ("Jackson addicts to Demerol '"), and
the words between the marks, no longer quoted, are read as the writer's own: "addicted" becomes a verb to put in the
present. Joined again they are a quotation ("Jackson “addicted to Demerol”"), which the title rules keep as the
source's words, and an apostrophe after a plural or before "s" is the possessive it was ("readers' ideas").
"""

from __future__ import annotations

import re

#: "` top kill '": a backtick after a word, up to 80 characters of one line, a space and an apostrophe that ends a
#: word's run, inside one quotation. (One that opens the text is a page's label or headline: "` OIL COMING UP ' After giving up ...".)
_SPACED_PAIR = re.compile(r"(?<=\S\s)`\s*([^`\n“”\"]{1,80}?)\s+'(?=\s|$|[.,;:!?)”\"])")
#: "readers ' ideas", "quarter ' s loss": an apostrophe set apart inside a possessive.
_SPACED_POSSESSIVE = re.compile(r"(?<![\w'])(?!(?:this|thus|does|says|goes|yes|has|was|his|its|is|as|us|whereas|perhaps|"
                                r"always|unless)\b)([A-Za-z]+s) '(?= [A-Za-z])|(?<=[A-Za-z]) ' (?=s\b)")


def spaced_quotes_joined(text: str) -> str:
    """``text`` with each "` ... '" pair a double quotation and each spaced possessive apostrophe closed up."""
    if "'" not in text:
        return text
    # (inside a straight quotation, single curly marks: a quote within a quote, which no straight mark closes early)
    opening, closing = ("‘", "’") if '"' in text else ("“", "”")
    joined = _SPACED_PAIR.sub(lambda m: f"{opening}{m.group(1).strip()}{closing}", text)
    return _SPACED_POSSESSIVE.sub(lambda m: (m.group(1) or "") + "'", joined)


def single_quotes_closed(title: str) -> str:
    """``title`` without an opening single mark whose quotation a cut ended ("the mantra of ‘drill”"): joined from a
    spaced pair inside a longer quotation, it loses its closing mark when the title stops inside it."""
    opened = title.rfind("‘")
    return title[:opened] + title[opened + 1:] if opened >= 0 and "’" not in title[opened:] else title
