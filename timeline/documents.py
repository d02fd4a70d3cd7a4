"""Read source files into :class:`~timeline.model.Document` objects.

A source is a news article saved as Markdown or plain text (optionally with YAML
front matter: title, url, publisher, published, timezone) or as an HTML page.
Everything later in the pipeline quotes ``Document.text`` verbatim, so this module
decides once what "the text" of a source is:

- Markdown/plain text: the file's characters after the front matter, unchanged,
  so a quote can be found in the file with a plain text search.
- HTML: the article's visible text only (no navigation, scripts, styles, forms,
  headers or footers), one block element per line, entities decoded.

The publication date anchors every relative date in the article ("Tuesday",
"last year"), so it is never guessed silently: it comes from the front matter or
``--published``; when both are given they must agree; when neither is, it is
inferred from the text (a dateline, a page's stamp with its clock time and zone,
the latest full date, weekday names checked against their dates) and flagged
``published_inferred``; when it cannot be known the user is asked for ``--published``.
An HTML page's metadata date comes first, then the stamp it prints beside the
byline (kept out of the text as furniture).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from timeline.calendar_words import MONTH_PATTERN, MONTHS, WEEKDAY_NAME_PATTERN
from timeline.errors import DateError, TimelineError
from timeline.model import Document, When, zone
from timeline.page_stamps import publication_label, stamps

#: News articles are a few tens of kilobytes; anything this large is not one
#: article (a data dump, a book, a binary renamed .txt) and would only produce
#: an unreviewable pile of events, so it is refused with a clear message.
MAX_BYTES = 2 * 1024 * 1024

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


# --------------------------------------------------------------------------- reading
def read_document(
    path: str | Path,
    published: str | dt.date | dt.datetime | None = None,
    timezone: str | None = None,
) -> Document:
    """Read one source file.

    ``published`` (from ``--published``) must agree with the front matter's
    date when both are present. ``timezone`` is the default zone for documents
    that do not name their own (the document's own zone wins: it knows where it
    was written).
    """
    path = Path(path)
    raw = _read_bytes(path)
    text = _decode(raw, path)
    if not text.strip():
        raise TimelineError("the file is empty: nothing to extract", path)
    if timezone is not None:
        _check_zone(timezone, path, "--timezone")

    if _looks_like_html(path, text):
        doc = _read_html(path, text)
    else:
        doc = _read_text(path, text)

    if doc.timezone is None and timezone is not None:
        doc = replace(doc, timezone=timezone)
    if published is not None:
        given = _coerce_published(published, path, "--published")
        if doc.published is not None and not _same_moment(doc.published, given):
            raise TimelineError(
                f"conflicting publication dates: the file says {_show(doc.published)} but --published "
                f"says {_show(given)}; remove one of them",
                path,
            )
        if doc.published is None or isinstance(given, dt.datetime):
            doc = replace(doc, published=given)
    if doc.published is None:
        inferred = infer_published(doc.text)
        if inferred is None:
            raise TimelineError(
                "cannot tell when this was published (no publication date in its front matter or "
                "metadata, and no dateline or full date in the text); pass --published YYYY-MM-DD",
                path,
            )
        doc = replace(doc, published=inferred.moment or inferred.date, published_inferred=True)
    return doc


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise TimelineError("is a folder, not a source file", path)
        if size > MAX_BYTES:
            raise TimelineError(
                f"the file is {size / 1024 / 1024:.1f} MB, larger than the {MAX_BYTES // 1024 // 1024} MB "
                "limit for one source article; split it into articles",
                path,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise TimelineError("no such file", path) from None
    except PermissionError:
        raise TimelineError("cannot read the file: permission denied", path) from None
    except OSError as exc:
        raise TimelineError(f"cannot read the file: {exc.strerror or exc}", path) from None


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 text (BOM allowed); anything else is refused rather than garbled.

    A NUL byte or invalid UTF-8 means a binary file or a legacy encoding; either
    way the verbatim quotes we would write could not be found in the file again.
    """
    if b"\x00" in raw[:65536]:
        raise TimelineError("not a text file (it contains binary data)", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TimelineError(
            f"not UTF-8 text (invalid byte 0x{raw[exc.start]:02x}); save it as UTF-8", path, line
        ) from None
    # Normalise line ends so offsets, quotes and lines agree on every platform.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _check_zone(name: str, path: Path, what: str) -> None:
    try:
        zone(name)
    except DateError as exc:
        raise TimelineError(f"{what}: {exc.message}", path) from None


# ----------------------------------------------------------------- front matter
def _read_text(path: Path, text: str) -> Document:
    """Markdown or plain text; the front matter is the store's (one parser, one set of rules)."""
    from timeline.store import parse_front_matter

    meta = parse_front_matter(text, str(path))
    if meta.errors:
        first = min(meta.errors, key=lambda e: (e.line or 0, e.column or 0))
        raise TimelineError(first.message, path, first.line, first.column)
    published = None if meta.published is None else _coerce_published(meta.published, path, "front matter published")
    return Document(
        path=str(path), text=text[meta.body_offset:], title=meta.title, url=meta.url, publisher=meta.publisher,
        published=published, timezone=meta.timezone, body_offset=meta.body_offset, body_line=meta.body_line,
        metadata=meta.metadata, warnings=tuple(str(w) for w in meta.warnings),
    )


# ------------------------------------------------------------- publication dates
def _coerce_published(value: Any, path: str | Path, what: str) -> dt.date | dt.datetime:
    """A date or datetime from YAML or the command line: ISO 8601 or a date as
    people write it ("June 17, 2009", "Feb 27, 2026 5:01 pm ET"), read by the
    store's one reader of publication dates; a time is kept, with its zone's
    offset when one is named."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    from timeline.store.frontmatter import read_published

    try:
        text = read_published(str(value)).value
    except DateError as exc:
        raise TimelineError(f"{what}: {exc.message}", path) from None
    when = When.parse(text)
    if not when.has_time:
        return dt.date(when.year, when.month or 1, when.day or 1)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:  # e.g. a part-of-day value
        raise TimelineError(f"{what}: {text!r} is not a date or a date and time", path) from exc


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _same_moment(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> bool:
    """Same day, and the same time when both give one."""
    if _as_date(a) != _as_date(b):
        return False
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return True


def _show(value: dt.date | dt.datetime) -> str:
    return value.isoformat()


_MONTH_RE = rf"(?P<month>{MONTH_PATTERN})\.?"
_WEEKDAY_RE = r"(?:(?P<weekday>Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_FULL_DATES = [
    # a copied stamp runs the year into its clock time: "March 3, 20263:12 AM UTC"
    re.compile(_WEEKDAY_RE + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
               r"(?:\b|(?=\d{1,2}:\d\d\b))"),
    re.compile(_WEEKDAY_RE + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?")
_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
#: Words that introduce a date as the article's own date when they precede it.
_DATELINE_CUES = re.compile(r"(?i)(published|posted|updated|dateline|\(\w+\)\s*[—–-]|^\s*[A-Z][A-Z .,'-]+[—–-])")


class InferredDate:
    """A publication date found in the text, with the words it came from, and the moment when its stamp gives a
    clock time and a zone ("Published 6:15 PM EDT, Thu April 2, 2026")."""

    __slots__ = ("date", "evidence", "moment", "offset")

    def __init__(self, date: dt.date, evidence: str, offset: int, moment: dt.datetime | None = None) -> None:
        self.date = date
        self.evidence = evidence
        self.offset = offset
        self.moment = moment

    def __repr__(self) -> str:
        return f"InferredDate({self.date.isoformat()}, {self.evidence!r})"


def _find_full_dates(text: str) -> list[InferredDate]:
    found: list[InferredDate] = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            month = m["month"]
            month_num = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
            try:
                day = dt.date(int(m["year"]), month_num, int(m["day"]))
            except ValueError:
                continue
            weekday = m.groupdict().get("weekday")
            if weekday and _WEEKDAY_INDEX[weekday[:3].lower()] != day.weekday():
                continue  # "Monday, Feb. 24, 2026" is not a real day: trust neither half
            found.append(InferredDate(day, m.group(0), m.start()))
    found.sort(key=lambda d: d.offset)
    return found


def infer_published(text: str) -> InferredDate | None:
    """Guess the publication date of an article that does not state it.

    In order: a dateline or "Published/Updated" date in the first lines (wire
    style "WASHINGTON (AP) — Feb. 27, 2026"), the one labelled as the
    publication when an update is stamped too, with its clock time when the
    stamp gives one in a named zone (:mod:`timeline.page_stamps`); otherwise the latest full date in
    the text, because news reports what has already happened. A weekday written
    with a date ("Monday, Feb. 23, 2026") must agree with it, or the date is not
    trusted. Bare weekday names then move the guess forward within that week:
    an article whose latest date is Monday, Feb. 23 and that also reports what
    happened "on Thursday" and "on Friday" was written on Friday, Feb. 27 at the
    earliest. Returns None when the text has no full date.
    """
    dates = _find_full_dates(text)
    if not dates:
        return None
    heads = [head for d in dates if d.offset < min(len(text), 400) and (head := _page_date(text, d)) is not None]
    if heads:
        # "Updated April 2, 2026 at 9:48 p.m. EDT | Published April 2, 2026 at 6:15 p.m. EDT": the publication
        return next((d for d in heads if publication_label(text[text.rfind("\n", 0, d.offset) + 1: d.offset])), heads[0])
    latest = max(dates, key=lambda d: (d.date, -d.offset))
    in_dates = [(d.offset, d.offset + len(d.evidence)) for d in dates]
    named = {
        _WEEKDAY_INDEX[m.group(1)[:3].lower()]
        for m in _BARE_WEEKDAY.finditer(text)
        if not any(a <= m.start() < b for a, b in in_dates)
    }
    step = max((k for k in range(7) if (latest.date.weekday() + k) % 7 in named), default=0)
    if step:
        day = latest.date + dt.timedelta(days=step)
        return InferredDate(day, f"{latest.evidence} and the weekdays named after it", latest.offset)
    return latest


_BARE_WEEKDAY = re.compile(r"\b(" + WEEKDAY_NAME_PATTERN + r")\b")


def _page_date(text: str, d: InferredDate) -> InferredDate | None:
    """``d`` with its stamp's moment when it is the page's own date, else None.

    A date alone on an opening line, after a dateline cue, or with its clock time (a page's stamp, "PORTVILLE |
    Wed Mar 4, 2026 10:42am EST", "6:15 PM EDT, Thu April 2, 2026") is the article's.
    """
    line_start = text.rfind("\n", 0, d.offset) + 1
    line_end = text.find("\n", d.offset)
    at = d.offset - line_start
    stamp = next((s for s in stamps(text[line_start:line_end if line_end >= 0 else len(text)])
                  if s.start <= at < s.end and s.moment.date() == d.date), None)
    prefix = text[line_start: d.offset]
    if (prefix.strip() and not _DATELINE_CUES.search(prefix) and stamp is None
            and not _CLOCK_AFTER.match(text, d.offset + len(d.evidence))):
        return None
    # A clock without its zone ("May 16, 2010; 4:43 PM") is no moment: the day stands alone, as a front matter's would.
    moment = stamp.moment if stamp is not None and stamp.moment.tzinfo is not None else None
    return InferredDate(d.date, d.evidence, d.offset, moment)


# --------------------------------------------------------------------------- HTML
_SKIP_TAGS = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "svg", "iframe", "select", "textarea", "menu", "dialog", "object", "canvas",
}
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
#: class/id words that mark page furniture rather than the story.
_SKIP_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|footer|share|sharing|social|related|"
    r"advert|ad-slot|promo|cookie|consent|subscribe|newsletter|comments?|paywall|caption|credit|byline|"
    r"timestamp|dateline|signup|sign-up|advertisement|"
    # a social post embedded beside the story: the account's words, not the reporter's
    r"tweet|instagram-media|tiktok-embed|bluesky-embed|threads-embed)(?:$|[\s_-])"
)
#: class/id words of the page's own stamp ("Published 6:15 PM EDT, Thu April 2, 2026"): furniture, but when there is no
#: metadata date it is the page's word on when it was published.
_STAMP_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:timestamp|dateline|byline|published|pubdate|updated)(?:$|[\s_-])")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "figure", "figcaption", "table", "tr", "pre", "dd", "dt", "dl", "hr", "br", "address",
    "caption", "details", "summary", "body", "time",
}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
              "param", "track"}
_CONTAINERS = ("article", "main", "body")


class _ArticleParser(HTMLParser):
    """Collects visible text by container (article, main, body) plus metadata.

    Malformed HTML is common on the web, so end tags close back to their
    matching open tag and unknown end tags are ignored rather than trusted.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip_depth: int | None = None
        self.blocks: dict[str, list[list[str]]] = {name: [[]] for name in _CONTAINERS}
        self.depths: dict[str, int | None] = dict.fromkeys(_CONTAINERS)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.title = ""
        self.h1_parts: list[str] | None = None
        self.h1 = ""
        self.time_datetime: str | None = None
        self.stamp_depth: int | None = None
        self.stamps: list[list[str]] = []
        self.ld_json: list[str] = []
        self._in_ld = False

    # Block boundaries start a new line in every open container.
    def _break(self) -> None:
        for name in _CONTAINERS:
            if self.depths[name] is not None and self.blocks[name][-1]:
                self.blocks[name].append([])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"]
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.meta.setdefault("canonical", a.get("href", ""))
            return
        if tag == "time" and self.time_datetime is None and a.get("datetime") and (
                self.skip_depth is None or self.stamp_depth is not None):
            self.time_datetime = a["datetime"]
        if tag in _BLOCK_TAGS:
            self._break()
        if tag in _VOID_TAGS:
            return
        self.stack.append(tag)
        depth = len(self.stack)
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._in_ld = True
        if tag == "title" and self.title_parts is None and not self.title:
            self.title_parts = []
        if tag == "h1" and self.h1_parts is None and not self.h1:
            self.h1_parts = []
        if self.skip_depth is None and self.stamp_depth is None and _STAMP_CLASS.search(a.get("class", "") + " " + a.get("id", "")):
            self.stamp_depth = depth
            self.stamps.append([])
        if self.skip_depth is None and (
            tag in _SKIP_TAGS
            or a.get("role", "").lower() in _SKIP_ROLES
            or a.get("aria-hidden", "").lower() == "true"
            or "hidden" in a
            or _SKIP_CLASS.search(a.get("class", "") + " " + a.get("id", ""))
        ):
            self.skip_depth = depth
        container = tag if tag in _CONTAINERS else ("article" if a.get("itemprop") == "articleBody" else None)
        if container and self.depths[container] is None:
            self.depths[container] = depth

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            depth = len(self.stack) + 1
            if self.skip_depth is not None and depth <= self.skip_depth:
                self.skip_depth = None
            if self.stamp_depth is not None and depth <= self.stamp_depth:
                self.stamp_depth = None
            for name in _CONTAINERS:
                if self.depths[name] is not None and depth <= self.depths[name]:
                    self._break()
                    self.depths[name] = None
            if open_tag == "title" and self.title_parts is not None:
                self.title = _clean_space("".join(self.title_parts))
                self.title_parts = None
            if open_tag == "h1" and self.h1_parts is not None:
                self.h1 = _clean_space("".join(self.h1_parts))
                self.h1_parts = None
            if open_tag == "script":
                self._in_ld = False
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if re.match(r"<[!/?A-Za-z]", data):
            return  # an unterminated comment or tag flushed at the end: browsers show nothing
        if self._in_ld:
            self.ld_json.append(data)
            return
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.stamp_depth is not None:
            self.stamps[-1].append(data)
        if self.skip_depth is not None:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        for name in _CONTAINERS:
            if self.depths[name] is not None:
                self.blocks[name][-1].append(data)

    def text(self) -> str:
        for name in _CONTAINERS:
            lines = [_clean_space("".join(parts)) for parts in self.blocks[name]]
            lines = [line for line in lines if line]
            if sum(len(line) for line in lines) >= 1:
                return "\n\n".join(lines) + "\n"
        return ""


def _clean_space(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"')


def _read_html(path: Path, html: str) -> Document:
    parser = _ArticleParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser's rare hard failures
        raise TimelineError(f"cannot parse the HTML: {exc}", path) from None
    text = parser.text()
    if not text.strip():
        raise TimelineError("the HTML page has no visible article text", path)
    meta = parser.meta
    ld = "".join(parser.ld_json)
    title = meta.get("og:title") or meta.get("twitter:title") or parser.h1 or parser.title or None
    published_raw = (
        meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("date")
        or meta.get("pubdate")
        or meta.get("dc.date")
        or (m.group(1) if (m := _LD_PUBLISHED.search(ld)) else None)
        or parser.time_datetime
    )
    publisher = meta.get("og:site_name") or (m.group(1) if (m := _LD_PUBLISHER.search(ld)) else None)
    published: dt.date | dt.datetime | None = None
    if published_raw:
        published = _parse_html_date(published_raw.strip())
    if published is None and parser.stamps:
        # the page's stamp, printed but kept out of the text: "Updated ... | Published April 2, 2026 at 6:15 p.m. EDT"
        stamped = infer_published("\n".join(_clean_space("".join(parts)) for parts in parser.stamps))
        published = None if stamped is None else stamped.moment or stamped.date
    return Document(
        path=str(path),
        text=text,
        title=title,
        url=meta.get("og:url") or meta.get("canonical") or None,
        publisher=publisher,
        published=published,
    )


def _parse_html_date(value: str) -> dt.date | dt.datetime | None:
    """Page metadata dates are ISO 8601 in practice; anything else is ignored.

    An unparseable metadata date is not the user's error (they did not write
    the page), so it falls back to inference from the text instead of failing.
    """
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
        if not m:
            return None
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if len(value) <= 10:
        return moment.date()
    return moment
