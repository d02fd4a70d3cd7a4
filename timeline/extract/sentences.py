"""Split news text into sentences, keeping character offsets into the text.

Every event quotes its sentence verbatim, so a sentence is a span ``(start,
end)`` of the document text, never a rewritten string. News text defeats the
naive "split at a period" rule in predictable ways, handled here by small named
rules rather than a statistical model:

- abbreviations that never end a sentence before what follows them: titles
  ("Gov.", "Sen.", "Dr."), months and weekdays before a number ("Feb. 27"),
  "No. 1", "vs.";
- abbreviations that usually do not end one ("U.S.", "Inc.", "p.m.", "Calif.",
  initials such as "J."): a sentence ends there only when the next word is a
  typical sentence opener ("The", "He", "But"), not a name or a time zone
  ("5:01 p.m. ET", "U.S. Military");
- quotations: the closing quote stays with its sentence ("... it says.” Next"),
  and "?" or "!" inside a quote followed by a lowercase attribution ("“Why?” he
  asked") does not split;
- brackets: no sentence ends inside brackets that close a word later ("(BP. L)"), and a line
  inside an open bracket continues on the next; nor between a ticker and its exchange code
  ("Exxon Mobil Corp (XOM. N ) rose", "<XOM. N>", "XOM. N and CVX. N");
- fact boxes: entries headed by their year and run together ("1991: 520m gallons ... 2009: 11m gallons
  ...") are a statement each;
- lines: a blank line always ends a unit; a single line break ends one when the
  line is complete (final punctuation) or reads as a caption, credit or heading
  (no final punctuation, next line capitalised); hard-wrapped prose whose next
  line continues in lowercase is joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.calendar_words import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from timeline.extract.lost_stops import lost_stop_starts
from timeline.live_stamps import live_stamp_starts


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the text it came from (``text == source[start:end]``)."""

    start: int
    end: int
    text: str
    paragraph: int = 0


def quotation_open(text: str) -> bool:
    """Whether a direct quotation opened in ``text`` is still open at its end (more curly opening marks than
    closing ones, or an odd number of straight ones): words after it are the speaker's, not the writer's."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (in order, not overlapping) turned to spaces: same length and line
    breaks, so every offset and sentence still points into the source."""
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], re.sub(r"[^\n]", " ", text[start:end])]
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


#: Never end a sentence: titles before names and similar.
NEVER_FINAL = {
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gov", "sen", "sens", "rep", "reps", "gen", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "atty", "amb", "cpl", "pvt",
    "st", "mt", "ft", "vs", "fig", "figs", "vol", "pp", "ca", "approx", "dept",
    "e.g", "i.e", "cf", "gov't",
}
#: End a sentence only before a number-free word: "Feb. 27" continues.
_BEFORE_NUMBER = {*MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS, "no", "p", "para", "art"}
#: Usually not final; final only before a typical sentence opener.
_USUALLY_NOT_FINAL = {
    "inc", "co", "corp", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "etc", "et al", "a.m", "p.m",
    "ave", "blvd", "rd", "univ", "assn", "natl", "intl", "est", "al",
    # US state abbreviations in AP style (datelines: "PORTLAND, Ore. (AP) —").
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "vt", "va", "wash", "wis", "wyo",
}
#: Words that commonly open a sentence; after "U.S." or "p.m." they mean a new one.
_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
    "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for",
    "after", "before", "when", "while", "as", "if", "although", "though", "since", "during", "by",
    "with", "without", "meanwhile", "however", "still", "also", "then", "now", "officials", "some",
    "many", "most", "one", "two", "no", "not", "what", "who", "why", "how", "where", "asked", "both",
    "each", "all", "another", "other", "such", "earlier", "later", "last", "next", "under", "from",
}

_CLOSERS = "\"'”’»)]"
_OPENERS_CHARS = "\"'“‘«¿¡"
# Candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’]*)$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*([A-Za-z0-9$£€]+(?:[.'’][A-Za-z]+)*\.?)")
_LINE_END_PUNCT = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each a stripped span with its paragraph index."""
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_units(text)):
        for s, e in _split_unit(text, start, end):
            for a, b in _bounded(text, s, e):
                out.append(Sentence(a, b, text[a:b], paragraph))
    return out


#: Longer "sentences" are cut into pieces of at most this many characters.
#: Real news sentences stay far below it (the longest of TimeBank's 2,607 is
#: 606 characters); without a bound, text with no sentence ends (a list of
#: dates, a scraped table) makes per-sentence work grow with the square of its
#: length for every date in it, so a hostile 2 MB article would take hours.
MAX_SENTENCE_CHARS = 1000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at whitespace into spans of at most MAX_SENTENCE_CHARS."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
    return spans


def _units(text: str) -> list[tuple[int, int]]:
    """Line-level units: paragraphs, captions, headings, credits."""
    units: list[tuple[int, int]] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    cur_start: int | None = None
    cur_end = 0
    for i, (s, e) in enumerate(lines):
        content = text[s:e]
        if not content.strip():
            if cur_start is not None:
                units.append((cur_start, cur_end))
                cur_start = None
            continue
        if cur_start is None:
            cur_start = s
        cur_end = e
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            continue
        next_text = text[nxt[0]:nxt[1]].lstrip()
        if not next_text:
            continue
        # Hard-wrapped prose continues in lowercase (or mid-clause punctuation).
        continues = (
            not _LINE_END_PUNCT.search(content)
            and (next_text[0].islower() or content.rstrip().endswith((",", "-", "—", "–")))
        ) or (_CLOSES_OPEN_BRACKET.match(next_text) is not None and content.rfind("(") > content.rfind(")")
              ) or (_TICKER_BROKEN.search(content) is not None and _EXCHANGE_CODE.match(next_text) is not None) \
            or next_text[0] in ",;" or (next_text[0].islower() and _ends_with_abbreviation(content))
        if not continues:
            units.append((cur_start, cur_end))
            cur_start = None
    if cur_start is not None:
        units.append((cur_start, cur_end))
    return units


def _ends_with_abbreviation(line: str) -> bool:
    """A line broken after an abbreviation that seldom ends a sentence: "Rep. Jane Doe (D-Mass.)" then
    "pressed the company ..." on the next line is one sentence (a line that opens with a comma is too)."""
    m = _ABBREVIATION_END.search(line)
    return m is not None and m.group(1).lower() in NEVER_FINAL | _USUALLY_NOT_FINAL | _BEFORE_NUMBER


_ABBREVIATION_END = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,6})\.[)\]]?\s*$")


#: A bracket closed a word after a period ("BP plc (BP. L) oil spill", "(Jan. 5)"): no sentence ends
#: inside brackets that close so soon, and no paragraph ends inside an open bracket.
_CLOSES_OPEN_BRACKET = re.compile(r"\s*[\w.]{1,6}\)")


def _inside_brackets(text: str, m: re.Match[str], unit_end: int) -> bool:
    opened = text.rfind("(", max(0, m.start() - 20), m.start())
    return (opened != -1 and ")" not in text[opened:m.start()]
            and _CLOSES_OPEN_BRACKET.match(text, m.end(), unit_end) is not None)


#: A stock's exchange code after its ticker's period, as agencies write it ("XOM. N", "<BP. L>", "RIGN. S"):
#: one or two capitals, then a closing bracket or a comma; one capital, then the sentence going on in lowercase. "A" and
#: "I" are left out: after "the US." they open the next sentence.
_EXCHANGE_CODE = re.compile(r"\s?(?!A\b|I\b)(?:[A-Z]{1,2}(?=\s*[>)\],;])|[A-Z](?=\s+[a-z]))")
_TICKER_BEFORE = re.compile(r"(?:^|[\s(<,])[A-Z][A-Z0-9]{0,5}$")


#: A line that ends with a ticker's period ("... led by Exxon Mobil Corp XOM."), its exchange code on the next line.
_TICKER_BROKEN = re.compile(r"(?:^|[\s(<,])[A-Z][A-Z0-9]{0,5}\.\s*$")


def _ticker_suffix(text: str, m: re.Match[str], unit_end: int) -> bool:
    """Whether the period of ``m`` splits a ticker from its exchange code ("Exxon Mobil Corp (XOM. N ) rose")."""
    return (_TICKER_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
            and _EXCHANGE_CODE.match(text, m.end(), unit_end) is not None)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
#: A chronology's entry heading a statement: "1991: 520m gallons spilled ...", "April 2010: Blast at ...",
#: "30 December 2007: Appointed ...", "1982-85: Member of ...". A fact box or timeline saved
#: without its layout runs its entries together ("... a day 1991: 520m gallons ... 1989: 11m gallons ..."), each
#: its own statement of its own year; two entries or more on a line make it such a list.
_YEAR_ENTRY = re.compile(r"(?<!\S)(?:(?:\d{1,2}\s+)?(?:" + "|".join(_MONTH_NAMES) + r")\s+)?(?:1[5-9]|20)\d\d"
                         r"(?:[-–](?:\d\d){1,2})?:\s+(?=[\w$£€\"“])")


def _split_unit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    seg_start = start
    cuts = [m.end() for m in _BOUNDARY.finditer(text, start, end) if _is_boundary(text, m, end)]
    entries = [m.start() for m in _YEAR_ENTRY.finditer(text, start, end)] if ":" in text[start:end] else []
    if len(entries) >= 2:
        cuts = sorted({*cuts, *(e for e in entries if e > start)})
    if stamps := [p for p in live_stamp_starts(text) if start < p < end]:  # a live page's entry run into a link
        cuts = sorted({*cuts, *stamps})
    cuts = sorted({*cuts, *lost_stop_starts(text, start, end)})  # ("spewing out daily Speaking on Saturday, ...")
    for cut in cuts:
        spans.append((seg_start, cut))
        seg_start = cut
    spans.append((seg_start, end))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((s, e))
    return result


def _is_boundary(text: str, m: re.Match[str], unit_end: int) -> bool:
    punct = m.group(0)
    after = m.end()
    if text[after:unit_end].lstrip()[:1] in (",", ";"):
        return False  # "(R-Tex.)" and then ", chairman of ...": no sentence opens with a comma
    nxt = _NEXT_WORD.match(text, after, unit_end)
    if nxt is None:
        return True
    next_word = nxt.group(1)
    first = text[after:unit_end].lstrip()[:1]
    # A lowercase continuation is never a new sentence ("“Why?” he asked").
    if next_word[0].islower():
        return False
    if punct[0] in "!?…" or punct.startswith(".."):
        return True
    if punct[0] != "." or punct.rstrip(_CLOSERS) != ".":
        return True
    if _inside_brackets(text, m, unit_end) or _ticker_suffix(text, m, unit_end):
        return False
    if any(c in _CLOSERS for c in punct):
        return True  # '... it said.” Next' : the quote closed the sentence
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return True  # after a number or symbol: "rose 5%." ends a sentence
    word = before.group(1)
    key = word.lower().rstrip(".")
    opener = next_word.rstrip(".").lower() in _OPENERS or first in _OPENERS_CHARS
    if key in NEVER_FINAL:
        return False
    if key in _BEFORE_NUMBER and next_word[0].isdigit():
        return False
    if key in _USUALLY_NOT_FINAL:
        return opener
    # Initials and initialisms: "J.", "U.S.", "D.C.".
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word.rstrip(".")) and len(key.replace(".", "")) <= 3 \
            and (word[0].isupper() or "." in word):
        return opener
    return True
