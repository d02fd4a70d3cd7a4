"""An editor's correction notice and the corrected facts it restates: the page's record of itself, no news (issue 16).

A newsroom tells its reader what the page once said wrongly: "Correction: An earlier version of this story misstated
...", "(This caption was amended on 6 May 2026.", "This headline has been changed to ...", "This article about the
strike misstated ...", "A Page One article misstated the date of the minister's remark", "The article also incorrectly
described Jo Roe as the lead investigator", "This summary of the inquiries omitted one bill", "The following correction
was printed in the Courier's Corrections column, Tuesday 15 June 2031". Such a notice tells what the page got wrong,
never what happened, even where the fact it restates is dated ("The minister made the remark June 1, not June 2"):
the story below tells that fact where it belongs. An "Editor's note:" that reports a later development is news and
is left alone.

The notice is a line of its own, often opening the page or closing it, or it is run into the line after a caption's
credit or a teaser ("Photograph: Jo Roe/AP The following correction was printed ..."): from the notice to the line's
end is the notice's. When the layout gave each sentence its own line, the lines right after it that restate the fact
("He is Robert Craft, not Robert Kraft.", "It is the Harbour Act of 1990.", "The original referred to a speech in
Leeds.", "The total for Africa should have been 4.6m barrels a day.", "This has been corrected.", "The text below has
been modified to reflect these changes.") are the notice's too, and so is the line after a notice that tells what
the page said ("We reported below that ..."), which gives the fact as it is; the first line that does neither ends it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.page_lines import filled_lines

__all__ = ["correction_notes"]

#: What a notice says was wrong: the page, or one of its parts.
_DOCUMENT = (r"(?:article|story|report|post|piece|headline|caption|photo caption|picture caption|graphic|video|"
             r"blog post|column|page|op-ed|editorial|letter|review|obituary|interview|analysis|photo|image|chart|map|"
             r"summary|item|list|timeline|chronology|table|infographic|newsletter|podcast|episode|transcript)")
#: What the notice says the page did wrong.
_MISTOLD = (r"(?:misstated|misspelled|misidentified|misquoted|misattributed|mischaracterized|misreported|misnamed|"
            r"incorrectly|erroneously|wrongly|inaccurately|omitted|gave\s+(?:an?\s+)?(?:incorrect|wrong|inaccurate)|"
            r"should\s+have\s+(?:said|read|stated|noted|made\s+clear))")
#: The paper's own pages a notice names by their kind: a report, a letter or a review may be another body's, whose
#: errors are news.
_OWN_PAGE = (r"(?:article|story|headline|caption|photo caption|picture caption|graphic|chart|map|column|editorial|"
             r"op-ed|summary|item|obituary|infographic)")
#: The page a notice names: "A Page One article", "Sunday's editorial", "The March 3 article", "The summary".
_PAGE = (rf"(?:[Aa]n?|[Tt]he|(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w.-]*['’]s?)\s+(?:[\w'’.-]+\s+){{0,4}}?{_OWN_PAGE}s?")
#: A notice opening its line (bracketed or not).
_OPENING = re.compile(
    rf"(?i)^[(\[]?\s*(?:(?:correction|clarification)s?(?:\s*,\s*[^:()\n]{{3,40}}?|\s*\([^()\n]{{3,40}}\))?\s*[:.-]|"
    rf"(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+(?:this|the)\s+{_DOCUMENT}\b|"
    rf"this\s+{_DOCUMENT}\s+(?:was|has\s+been|had\s+been)\s+(?:amended|corrected|updated|changed|edited|revised)\b|"
    # "This article about the harbour strike misstated the number of ferries ...": a correction naming the story it
    # corrects by its subject; a line opens so only to talk about the page.
    rf"this\s+{_DOCUMENT}\s+(?:about|on|of)\s+[^\n]{{3,300}}?\s+(?:{_MISTOLD}|said|gave|reported|referred)\b|"
    # "A Page One article misstated ...", "The article also incorrectly described ...", "The March 3 article about the
    # strike misidentified ...": another of the paper's pages, named with what it got wrong.
    rf"(?-i:{_PAGE})(?:\s+(?:about|on|of|in)\s+[^\n]{{3,300}}?)?\s+(?:also\s+)?{_MISTOLD}\b|"
    rf"the\s+following\s+(?:correction|clarification)s?\s+(?:was|were|has\s+been|have\s+been)\s+(?:printed|published|made)\b)")
#: A notice run into a line after other furniture: from the notice to the line's end.
_RUN_IN = re.compile(
    rf"(?:(?<=\s)|(?<=\())(?:The\s+following\s+(?:correction|clarification)s?\s+(?:was|were|has\s+been|have\s+been)\s+"
    rf"(?:printed|published|made)\b|\(?\s*This\s+{_DOCUMENT}\s+(?:was|has\s+been)\s+(?:amended|corrected)\s+on\b|"
    rf"An?\s+(?:earlier|previous)\s+version\s+of\s+this\s+{_DOCUMENT}\s+{_MISTOLD})")
#: A line restating what the notice corrected, or saying it is fixed: "He is Robert Craft, not Robert Kraft.", "It is
#: the Harbour Act of 1990.", "The original referred to ...", "... should have been 4.6m barrels a day", "This has been
#: corrected.", "The text below has been modified to reflect these changes."
_RESTATES = re.compile(
    r"(?i),\s+not\s|\brather\s+than\s|^(?:it|he|she|they|that)\s+(?:" + auxiliaries(BE_FINITE) + r")\s[^.;:]{1,80}\.?$|"
    r"^the\s+original\b|\bshould\s+have\s+(?:been|said|read|stated)\b|"
    r"^(?:this|the\s+(?:error|mistake|text(?:\s+below)?|article|story|figure|name|date|headline|caption))\s+"
    r"(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:now\s+)?been\s+(?:corrected|amended|updated|modified|fixed|changed)\b")
#: A notice that tells what the page said ("We reported below that ...", "The original referred to ...", "The graphic
#: gave ..."): the line after it gives the fact as it is, in whatever words.
_TELLS_WHAT_WAS_SAID = re.compile(r"(?i)\b(?:we|it|the\s+(?:original|article|story|graphic|caption|headline|summary))\s+"
                                  r"(?:also\s+)?(?:reported|said|stated|wrote|gave|described|referred|suggested|quoted)\b")
#: The longest line that restates a corrected fact: a longer one is the story's.
_RESTATEMENT_CHARS = 250


def correction_notes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of ``text`` that are correction notices, each with the restating lines right after it."""
    out: list[tuple[int, int]] = []
    in_notice = False
    told = False  # the notice told what the page said: its next line is the fact as it is
    for row in filled_lines(text, lines):
        start, line, stripped, lead = row.start, row.text, row.stripped, row.lead
        stop = start + len(line.rstrip())
        if _OPENING.match(stripped):
            out.append((lead, stop))
            in_notice, told = True, _TELLS_WHAT_WAS_SAID.search(stripped) is not None
            continue
        if in_notice and len(stripped) <= _RESTATEMENT_CHARS and (told or _RESTATES.search(stripped)):
            out.append((lead, stop))
            told = False
            continue
        run_in = _RUN_IN.search(line)
        in_notice = run_in is not None
        told = run_in is not None and _TELLS_WHAT_WAS_SAID.search(line, run_in.start()) is not None
        if run_in is not None:
            out.append((start + run_in.start(), stop))
    return out
