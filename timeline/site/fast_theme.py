"""Python renderings of the default theme's templates, byte for byte.

Why this exists: a 10k-event site renders 10k event pages and 10k list items,
and Jinja spends ~150 µs on each event page (a context, ~180 output pieces, ~80
autoescape calls). The same HTML built with f-strings costs a few µs. So for
``base.html`` + ``event.html`` (event pages), ``_entry.html`` (list items) and
the listing pages (:class:`Listings`), this module reproduces the **packaged**
templates exactly, including the
whitespace that ``trim_blocks``/``lstrip_blocks`` leave, and escapes every value
with markupsafe's ``escape``, the function Jinja's autoescape calls.

It is used only when the template Jinja would load is byte-identical to the
packaged file this code mirrors (:data:`MIRRORED`, checked by SHA-256 of the
source Jinja's loader returns). A user's override of any of them, or any edit
of the packaged file, sends those pages back through Jinja, so a stale mirror
can make a build slower but never different. :func:`mirrored_in` finds those
sources the way Jinja's loader would, without Jinja: a site whose theme is all
mirrored never imports jinja2 (60-90 ms of every build's start-up). ``tests/test_site_speedpaths.py``
renders events with every optional part both ways and compares the bytes, and
fails when a packaged template no longer matches its pinned hash (update this
module and the hash together).
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from collections.abc import Callable, Iterator, Sequence
from json.encoder import encode_basestring as _json_string  # what json.dumps uses with ensure_ascii=False
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment

    from timeline.model import SiteConfig
    from timeline.site.views import EventView

#: SHA-256 of each packaged template this module reproduces.
MIRRORED = {
    "base.html": "83a06dd7fa347ef9ca9ba56463698860f3fe356cb17b9b31e52e79cca6875ab1",
    "event.html": "162c21b17fdebc2fb4bd7a9c4f9d9e7bce9a5271e7afdc27710069dcd1a73dca",
    "_entry.html": "1efb66f2ffe4e44848b7f6a685a71a3438ec599399b370385dba74cbc6e1ccea",
    "index.html": "6fd765aca0245e23ce074e071f770758abd3e59e3bf5e15d518e3892ae47e06d",
    "tag.html": "7fe1dbc9a946adeb8912d1a6f8aa1ee47ac372d117b15fe12b50eccd51ab68fe",
    "sources.html": "46e08563934e6e57bb21eb36e1ac9a8a2bfb49c3c95de0fa5e614b2e1eac7f3c",
    "_months.html": "7eab5f11a654a747b67f47b54ed9b92656003a7aebfeac006becbcf3740af700",
    "_controls.html": "d3c34bcb943c7cf19d4adca961d094f43f065b35518dbebc99e7014a5232d347",
    "year.html": "1ab9bce9f153fcfadaab4ff7b81a76c7410beaad372ea80aaad81811d74a063e",
    "tags.html": "d0acd01508889a828a91fd5de06ca3fc2bc139db9734d7a64397dd6616ff3fa6",
    "_pages.html": "e603d493acaa9602debb47368a58553df94db63354590e0f3eac2ff20857ae37",
    "404.html": "83bc435e8a24383db6ad1c4a11cc7323041e5b3f2e4d3bf5e7476f3ced006180",
    "key.html": "fb85c419c28aebbd1bde2a2f133b4d991c8052a9c0dade4fdb0a4aaf5901165c",
}
#: Templates a mirrored one includes: it is mirrored only while they are too.
INCLUDES = {"index.html": ("_controls.html", "_months.html"), "tag.html": ("_months.html", "_pages.html"),
            "year.html": ("_controls.html", "_months.html", "_pages.html"), "key.html": ("_months.html", "_pages.html"),
            "sources.html": ("_pages.html",)}


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def template_hash(env: Environment, name: str) -> str | None:
    """SHA-256 of the source Jinja would compile for ``name`` (user templates first)."""
    from jinja2 import TemplateNotFound

    try:
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    except TemplateNotFound:
        return None
    return _digest(source)


def template_source(theme_dirs: Sequence[Path | str], name: str) -> str | None:
    """The source Jinja's loader would give for ``name``, found without Jinja.

    What ``ChoiceLoader`` over one ``FileSystemLoader`` per theme folder does
    (see :func:`timeline.site.environment.make_environment`): the first folder
    holding a *file* of that name (a folder of that name is skipped), read as
    UTF-8 text with universal newlines, as Jinja reads it, so a copy with CRLF
    line ends is the same template to both. None when no folder has it, and
    for a name Jinja refuses (``..``). A file that cannot be read or decoded
    also gives None: it is then not the packaged template, and Jinja, which
    renders it instead, reports the problem as it always did.
    """
    pieces = []
    for piece in name.split("/"):  # jinja2.loaders.split_template_path
        if os.path.sep in piece or (os.path.altsep and os.path.altsep in piece) or piece == os.path.pardir:
            return None
        if piece and piece != ".":
            pieces.append(piece)
    for folder in theme_dirs:
        path = posixpath.join(str(folder), *pieces)
        if os.path.isfile(path):
            try:
                with open(path, encoding="utf-8") as fh:
                    return fh.read()
            except (OSError, UnicodeDecodeError):
                return None
    return None


def _mirrored(source_hash: Callable[[str], str | None]) -> frozenset[str]:
    same = {n for n, digest in MIRRORED.items() if source_hash(n) == digest}
    return frozenset(n for n in same if all(i in same for i in INCLUDES.get(n, ())))


def mirrored(env: Environment) -> frozenset[str]:
    """The templates this module can stand in for: those still identical to the packaged ones."""
    return _mirrored(lambda name: template_hash(env, name))


def mirrored_in(theme_dirs: Sequence[Path | str]) -> frozenset[str]:
    """:func:`mirrored` for the Jinja environment over ``theme_dirs``, without making it
    (nor importing jinja2: a default-theme build then never does)."""

    def source_hash(name: str) -> str | None:
        source = template_source(theme_dirs, name)
        return None if source is None else _digest(source)

    return _mirrored(source_hash)


def mirrors(env: Environment, *names: str) -> bool:
    """True when every named template is the packaged one this module reproduces."""
    return set(names) <= mirrored(env)


def escape(value: str) -> str:
    """markupsafe's ``escape`` for ``str`` (the same five characters, the same
    entities), without building a ``Markup`` object per value; values that are
    already HTML (``body``, the JSON-LD) are inserted without it."""
    if "&" in value or "<" in value or ">" in value or "'" in value or '"' in value:
        return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace('"', "&#34;"))
    return value


def jsonld(v: EventView, canonical: str | None) -> str:
    """``environment.jsonld(exports.event_jsonld(v, canonical))``: the same JSON text, keys in
    sorted order, built from encoded strings instead of a dict walked by the encoder."""
    q = _json_string
    end = f',"endDate":{q(v.end_datetime)}' if v.end_datetime else ""
    keywords = f',"keywords":{q(", ".join([t.name for t in v.tags]))}' if v.tags else ""
    cites = ""
    if v.sources:
        cites = ',"subjectOf":[' + ",".join([
            f'{{"@type":"CreativeWork","name":{q(s.title)}'
            + (f',"publisher":{{"@type":"Organization","name":{q(s.publisher)}}}' if s.publisher else "")
            + (f',"url":{q(s.url)}' if s.url else "") + "}"
            for s in v.sources]) + "]"
    url = f',"url":{q(canonical)}' if canonical else ""
    text = (f'{{"@context":"https://schema.org","@type":"Event","description":{q(v.summary or v.title)}{end}'
            f',"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode"{keywords}'
            f',"name":{q(v.title)},"startDate":{q(v.datetime)}{cites}{url}}}')
    # The jsonld filter's escaping, so no string can close the script element.
    if "<" in text or ">" in text or "&" in text or "\u2028" in text or "\u2029" in text:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


_BADGE = ' <span class="badge" title="Extracted by machine, not yet reviewed by a person">Unreviewed</span>'
_LINK_REL = ' rel="noopener noreferrer nofollow"'


def _when(v: EventView, date: str | None = None) -> str:
    """``<p class="when">`` contents shared by the event page and the list item
    (``date`` is ``escape(v.date)`` when the caller has it already)."""
    out = f'<time datetime="{escape(v.datetime)}">{escape(v.date) if date is None else date}</time>'
    if v.end:
        out += f' – <time datetime="{escape(v.end_datetime)}">{escape(v.end_date)}</time>'
    if not v.reviewed:
        out += _BADGE
    return out


def _reach(v: EventView) -> str:
    """A list item's count of independent sources, shown when more than one reports the event."""
    return f' <span class="reach">{v.source_count} sources</span>' if v.source_count > 1 else ""


def entry(v: EventView, full: bool, root: str) -> str:
    """``_entry.html``: one event as a list item of the index and tag pages."""
    parts = [
        f'<li class="event{"" if v.reviewed else " unreviewed"}" id="{escape(v.id)}" '
        f'data-tags="{escape(v.tag_slugs)}">\n<article>\n'
        f'<h4 class="event-title"><a href="{escape(root)}{escape(v.url)}">{escape(v.title)}</a></h4>\n'
        f'<p class="when">{_when(v)}{_reach(v)}</p>\n'
    ]
    if full:
        body = v.body
        if body:
            parts.append(f'<div class="body">{body}</div>\n')
        if v.sources:
            cited = v.cited
            parts.append(f'<p class="cite">Source{"s" if len(cited) > 1 else ""}:\n')
            last = len(cited) - 1
            for i, s in enumerate(cited):
                if s.url:
                    parts.append(f'<a href="{escape(s.url)}"{_LINK_REL}>{escape(s.title)}</a>')
                else:
                    parts.append(str(escape(s.title)))
                if s.publisher and s.publisher != s.title:
                    parts.append(f" ({escape(s.publisher)})")
                if i != last:
                    parts.append("; ")
            parts.append("</p>\n")
        if v.tags:
            parts.append('<ul class="tags" aria-label="Tags">\n')
            parts.extend(f'<li><a href="{escape(root)}{escape(t.url)}">{escape(t.name)}</a></li>\n' for t in v.tags)
            parts.append("</ul>\n")
    parts.append("</article>\n</li>\n")
    return "".join(parts)


class EventPages:
    """``event.html`` extending ``base.html``, with the per-site parts built once."""

    def __init__(self, site: SiteConfig, base_url: str, root: str = "../") -> None:
        self.base_url = base_url
        self.root = r = str(escape(root))
        self._tag_items: dict[tuple[str, str], str] = {}
        title = escape(site.title)
        self.site_title = title
        self.head = (
            f'<!doctype html>\n<html lang="{escape(site.language or "en")}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n<title>'
        )
        self.links = (
            f'<link rel="icon" href="data:,">\n<link rel="stylesheet" href="{r}static/timeline.css">\n'
            f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{r}feed.xml">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{title}">\n'
        )
        # Event pages live under events/, so no navigation item is the current page.
        self.header = (
            '</head>\n<body>\n<a class="skip" href="#_main">Skip to content</a>\n<header class="site-header">\n'
            f'<div class="wrap">\n<p class="site-title"><a href="{r}index.html">{title}</a></p>\n'
            '<nav aria-label="Site">\n<ul>\n'
            f'<li><a href="{r}index.html">Timeline</a></li>\n<li><a href="{r}key.html">Key events</a></li>\n'
            f'<li><a href="{r}tags.html">Tags</a></li>\n'
            f'<li><a href="{r}sources.html">Sources</a></li>\n</ul>\n</nav>\n</div>\n</header>\n'
            '<main id="_main" class="wrap">\n'
        )
        author = f"<p>{escape(site.author)}</p>\n" if site.author else ""
        self.footer = (
            '</main>\n<footer class="site-footer">\n<div class="wrap">\n'
            f'<p>Data: <a href="{r}events.json">JSON</a> · <a href="{r}timelinejs.json">TimelineJS</a> · '
            f'<a href="{r}feed.xml">Atom feed</a> · <a href="{r}events.ics">Calendar (iCal)</a></p>\n'
            f"{author}</div>\n</footer>\n</body>\n</html>\n"
        )
        # The page's fixed parts, UTF-8 encoded once (see render_bytes).
        self._head = self.head.encode("utf-8")
        self._title_end = f' · {title}</title>\n<meta name="description" content="'.encode()
        self._links = self.links.encode("utf-8")
        self._header = self.header.encode("utf-8")
        self._back = "← Back to the timeline</a></p>\n<h1>".encode()
        self._footer = self.footer.encode("utf-8")

    def render_bytes(self, v: EventView, prev: EventView | None, next_: EventView | None,
                     canonical: str | None) -> bytes:
        """The page as UTF-8, as written to disk.

        Why bytes, in pieces: the template's own "·", "←" and the site title are
        not ASCII, and one such character makes Python store the whole page as
        two bytes per character and transcode all of it when encoding (about a
        third of this method's cost). Fixed parts are encoded once in
        ``__init__``; the event's own text is encoded in a few pieces, which are
        plain ASCII (a copy) whenever the event's text is.
        """
        r = self.root
        title = escape(v.title)
        date = escape(v.date)
        summary = v.summary
        if summary:
            described = escape(summary)
            desc = f"{date}: {described}"
        else:
            described, desc = title, date  # escape(summary or v.title), and the date alone
        if canonical:
            canon = escape(canonical)
            canon_link = f'<link rel="canonical" href="{canon}">\n'
            og_url = f'<meta property="og:url" content="{canon}">\n'
        else:
            canon_link = og_url = ""
        image = ""
        if self.base_url:
            for m in v.media:
                if m.local:
                    image = (f'<meta property="og:image" content="{escape(self.base_url)}{escape(m.url)}">\n'
                             f'<meta property="og:image:alt" content="{escape(m.alt)}">\n')
                    break
        top = [
            self._head, title.encode("utf-8"), self._title_end,
            f'{described}">\n<meta name="generator" content="timeline">\n{canon_link}'.encode(), self._links,
            f'<meta property="og:title" content="{title}">\n<meta property="og:description" content="{desc}">\n'
            f'{og_url}{image}<meta name="twitter:card" content="summary">\n'
            f'<script type="application/ld+json">{jsonld(v, canonical)}</script>\n'.encode(), self._header,
            f'<article class="event-page{"" if v.reviewed else " unreviewed"}">\n'
            f'<p class="crumbs"><a href="{r}{escape(v.listing)}#{escape(v.id)}">'.encode(), self._back,
        ]
        p = [f'{title}</h1>\n<p class="when">{_when(v, date)}</p>\n']
        body = v.body
        if body:
            p.append(f'<div class="body">{body}</div>\n')
        for m in v.media:
            p.append('<figure class="media">\n')
            if m.local:
                p.append(f'<img src="{r}{escape(m.url)}" alt="{escape(m.alt)}" loading="lazy">\n')
            else:
                alt = f": {escape(m.alt)}" if m.alt else ""
                p.append(f'<a href="{escape(m.url)}"{_LINK_REL}>View image{alt}</a>\n')
            if m.credit:
                p.append(f"<figcaption>{escape(m.credit)}</figcaption>\n")
            p.append("</figure>\n")
        if v.tags:
            p.append('<h2>Tags</h2>\n<ul class="tags">\n')
            items = self._tag_items
            for t in v.tags:
                key = (t.url, t.name)
                item = items.get(key)
                if item is None:  # each tag's link is the same on every page: built once
                    item = items[key] = f'<li><a href="{r}{escape(t.url)}">{escape(t.name)}</a></li>\n'
                p.append(item)
            p.append("</ul>\n")
        if v.sources:
            p.append("<h2>Sources</h2>\n")
            if v.source_count:
                first = (f', first on <time datetime="{escape(v.first_reported_iso)}">{escape(v.first_reported)}</time>'
                         if v.first_reported else "")
                p.append(f'<p class="reach">Reported by {v.source_count} independent source'
                         f'{"" if v.source_count == 1 else "s"}{first}.</p>\n')
            p.append('<ul class="sources">\n')
            for s in v.cited:
                if s.url:
                    p.append(f'<li><cite><a href="{escape(s.url)}"{_LINK_REL}>{escape(s.title)}</a></cite>')
                else:
                    p.append(f"<li><cite>{escape(s.title)}</cite>")
                if s.publisher and s.publisher != s.title:
                    p.append(f", {escape(s.publisher)}")
                if s.published:
                    p.append(f', <time datetime="{escape(s.published_datetime)}">{escape(s.published)}</time>')
                p.extend(f"<blockquote><p>{escape(quote)}</p></blockquote>\n" for quote in s.quotes)
                p.append("</li>\n")
            p.append("</ul>\n")
        p.append("</article>\n")
        if prev or next_:
            p.append(_pager("Previous and next events",
                            prev and (f"{r}{escape(prev.url)}", escape(prev.title)),
                            next_ and (f"{r}{escape(next_.url)}", escape(next_.title))))
        top += ["".join(p).encode("utf-8"), self._footer]
        return b"".join(top)


def _pager(label: str, prev: tuple[str, str] | None, next_: tuple[str, str] | None) -> str:
    """The "Earlier"/"Later" links of event.html and year.html: (href, text), both escaped."""
    out = f'<nav class="pager" aria-label="{label}">\n<ul>\n'
    if prev:
        out += f'<li class="prev"><a href="{prev[0]}" rel="prev"><span>Earlier</span> {prev[1]}</a></li>\n'
    if next_:
        out += f'<li class="next"><a href="{next_[0]}" rel="next"><span>Later</span> {next_[1]}</a></li>\n'
    return out + "</ul>\n</nav>\n"


# ------------------------------------------------------------- listing pages
_CURRENT = ' aria-current="page"'


def _controls(tags: list[Any], search: str | None = None, everywhere: bool = False) -> str:
    """``_controls.html`` on a page at the site root: ``search`` is the split overview's
    search data file, ``everywhere`` a year page's link to that overview."""
    label = "Search all events" if search else "Filter events"
    data = f' data-search="{escape(search)}"' if search else ""
    out = [f'<form class="controls" id="_controls" role="search" aria-label="{label}"{data} hidden>\n'
           '<div class="field field-q"><label for="_q">Search</label>\n'
           '<input type="search" id="_q" name="q" autocomplete="off" placeholder="Words in titles, dates, tags">'
           '</div>\n<div class="field"><label for="_tag">Tag</label>\n<select id="_tag" name="tag">\n'
           '<option value="">All tags</option>\n']
    out.extend(f'<option value="{escape(t.slug)}">{escape(t.name)} ({t.count})</option>\n' for t in tags)
    out.append('</select></div>\n<div class="field"><button type="button" id="_order" aria-pressed="false">'
               'Newest first</button></div>\n')
    if everywhere:
        out.append('<p class="field everywhere"><a id="_everywhere" href="index.html">Search all years</a></p>\n')
    out.append('<p id="_status" class="status" role="status" aria-live="polite"></p>\n</form>\n')
    return "".join(out)


def _pages(page: Any, prev: Any, next_: Any) -> str:
    """``_pages.html`` on a page at the site root: neighbouring pages and the listing's page numbers."""
    out = ""
    if prev or next_:
        out = _pager("Earlier and later pages", prev and (escape(prev.url), escape(prev.label)),
                     next_ and (escape(next_.url), escape(next_.label)))
    if len(page.pages) > 1:
        out += '<nav class="pages" aria-label="Pages">\n<ul>\n' + "".join([
            f'<li><a href="{escape(p.url)}"{_CURRENT if p.number == page.number else ""}>{p.number}</a></li>\n'
            for p in page.pages]) + "</ul>\n</nav>\n"
    return out


class Listings:
    """``index.html``, ``tag.html``, ``key.html``, ``tags.html``, ``sources.html``, ``year.html``
    and ``404.html`` (site root pages) over ``base.html``.

    Each page is yielded in pieces (a year of the index at a time) so a 100k-event
    index never needs one giant string; ``entry`` returns the cached list item.
    The ``*_bytes`` methods yield UTF-8, encoding the page's chrome (its title
    with "·", the footer) apart from its list of events: one non-ASCII
    character in a string makes Python store and transcode all of it at two
    bytes a character, and the lists are long and usually ASCII.
    """

    def __init__(self, site: SiteConfig, base_url: str, tags: list[Any], compact: bool,
                 entry: Callable[[EventView, bool], str]) -> None:
        self.site = site
        self.base_url = base_url
        self.tags = tags
        self.compact = compact
        self.entry = entry
        self.site_title = escape(site.title)
        self.head = (
            f'<!doctype html>\n<html lang="{escape(site.language or "en")}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n<title>'
        )
        # Every listing page but 404.html sits at the site root: root is "".
        self.footer = self._footer("")
        self._page_end = (self.footer + "</body>\n</html>\n").encode()

    def _footer(self, r: str) -> str:
        """The end of ``base.html`` up to its scripts block, links under root ``r`` (escaped)."""
        author = f"<p>{escape(self.site.author)}</p>\n" if self.site.author else ""
        return (
            '</main>\n<footer class="site-footer">\n<div class="wrap">\n'
            f'<p>Data: <a href="{r}events.json">JSON</a> · <a href="{r}timelinejs.json">TimelineJS</a> · '
            f'<a href="{r}feed.xml">Atom feed</a> · <a href="{r}events.ics">Calendar (iCal)</a></p>\n'
            f"{author}</div>\n</footer>\n"
        )

    def _top(self, path: str, title: str, description: str, root: str = "") -> str:
        canonical = self.base_url + path if self.base_url else None
        t = self.site_title
        r = escape(root)
        return (
            f'{self.head}{title}</title>\n<meta name="description" content="{description}">\n'
            '<meta name="generator" content="timeline">\n'
            + (f'<link rel="canonical" href="{escape(canonical)}">\n' if canonical else "")
            + f'<link rel="icon" href="data:,">\n<link rel="stylesheet" href="{r}static/timeline.css">\n'
            f'<link rel="alternate" type="application/atom+xml" title="{t}" href="{r}feed.xml">\n'
            '</head>\n<body>\n<a class="skip" href="#_main">Skip to content</a>\n<header class="site-header">\n'
            f'<div class="wrap">\n<p class="site-title"><a href="{r}index.html">{t}</a></p>\n'
            '<nav aria-label="Site">\n<ul>\n'
            f'<li><a href="{r}index.html"{_CURRENT if path == "index.html" else ""}>Timeline</a></li>\n'
            f'<li><a href="{r}key.html"{_CURRENT if path == "key.html" or path.startswith("key.") else ""}>Key events</a></li>\n'
            f'<li><a href="{r}tags.html"{_CURRENT if path == "tags.html" or path.startswith("tag-") else ""}>Tags</a></li>\n'
            f'<li><a href="{r}sources.html"{_CURRENT if path.startswith("sources.") else ""}>Sources</a></li>\n'
            '</ul>\n</nav>\n</div>\n</header>\n<main id="_main" class="wrap">\n'
        )

    def _entries(self, events: list[EventView], full: bool) -> str:
        """Each event's list item followed by a newline (``str.join`` takes the cached items as they are)."""
        if not events:
            return ""
        entry = self.entry
        return "\n".join([entry(e, full) for e in events]) + "\n"

    def _index_top(self, years: list[Any], events: list[EventView], note: str, overview: Any) -> list[str]:
        """``index.html`` up to its count line, the same whether or not the timeline is split."""
        site = self.site
        n = len(events)
        out = [self._top("index.html", self.site_title, escape(site.description)),
               f"<h1>{self.site_title}</h1>\n"]
        if site.description:
            out.append(f'<p class="lede">{escape(site.description)}</p>\n')
        span = f", {years[0].year}–{years[-1].year}" if years else ""
        out.append(f'<p class="count">{n} event{"" if n == 1 else "s"}{span}.{note}</p>\n')
        if overview:
            out.append(f"{overview.html('index.html')}\n")
        return out

    def _index_end(self, events: list[EventView]) -> bytes:
        tail = "</div>\n"
        if not events:
            tail += "<p>No events yet. Add YAML files under <code>content/events/</code>.</p>\n"
        return (tail + self.footer + '<script src="static/timeline.js"></script>\n</body>\n</html>\n').encode()

    def index_bytes(self, years: list[Any], events: list[EventView], overview: Any) -> Iterator[bytes]:
        """``index.html`` of a timeline not split by year: every event, by year and month."""
        more = " Open an event for its full text and sources." if self.compact else ""
        out = self._index_top(years, events, more, overview)
        out.append(_controls(self.tags))
        if len(years) > 1:
            out.append('<nav class="years" aria-label="Years">\n<ul>\n')
            out.extend(f'<li><a href="#{escape(y.anchor)}">{y.year}</a></li>\n' for y in years)
            out.append("</ul>\n</nav>\n")
        out.append(f'<div id="_timeline" class="timeline{" compact" if self.compact else ""}">\n')
        yield "".join(out).encode()
        full = not self.compact
        for y in years:
            out = [f'<section class="year" id="{escape(y.anchor)}">\n<h2>{y.year}</h2>\n']
            for m in y.months:
                out.append(f'<section class="month">\n<h3 id="{escape(m.anchor)}">{escape(m.label)}</h3>\n'
                           f'<ol class="events">\n{self._entries(m.events, full)}</ol>\n</section>\n')
            out.append("</section>\n")
            yield "".join(out).encode()
        yield self._index_end(events)

    def overview_bytes(self, years: list[Any], events: list[EventView], search_data: str,
                       overview: Any) -> Iterator[bytes]:
        """``index.html`` of a timeline split by year: each year's months, linked to its page,
        and a search over every year through ``search_data`` (see timeline/site/search.py)."""
        out = self._index_top(years, events, " Each year has its own page.", overview)
        out.append(_controls(self.tags, search=search_data))
        out.append('<section id="_results" class="results" aria-labelledby="_results_h" hidden>\n'
                   '<h2 id="_results_h">Search results</h2>\n<p id="_found" class="found"></p>\n'
                   '<ol id="_hits" class="hits"></ol>\n'
                   '<p><button type="button" id="_more" hidden>Show more</button></p>\n'
                   '</section>\n<div id="_overview" class="timeline overview">\n')
        for y in years:
            url = escape(y.url)
            n = y.count
            out.append(f'<section class="year" id="{escape(y.anchor)}">\n<h2><a href="{url}">{y.year}</a></h2>\n'
                       f'<p>{n} event{"" if n == 1 else "s"}:\n')
            last = len(y.months) - 1
            out.extend(f'<a href="{escape(m.url)}#{escape(m.anchor)}">{escape(m.label)}</a> ({len(m.events)})'
                       f'{"" if i == last else " ·"}\n' for i, m in enumerate(y.months))
            out.append("</p>\n")
            if len(y.pages) > 1:
                out.append('<p class="pages">Pages:\n')
                last = len(y.pages) - 1
                out.extend(f'<a href="{escape(p.url)}">{p.number}</a>{"" if i == last else " ·"}\n'
                           for i, p in enumerate(y.pages))
                out.append("</p>\n")
            out.append("</section>\n")
        yield "".join(out).encode()
        yield self._index_end(events)

    def _months(self, year: Any, full: bool = False) -> str:
        """``_months.html``'s ``months(year, full=full)``, with anchors."""
        return "".join([f'<section class="month">\n<h3 id="{escape(m.anchor)}">{escape(m.label)}</h3>\n'
                        f'<ol class="events">\n{self._entries(m.events, full)}</ol>\n</section>\n'
                        for m in year.months])

    def tag_bytes(self, tag: Any, page: Any, prev: Any, next_: Any, years: list[Any], overview: Any) -> Iterator[bytes]:
        """``tag.html``: one page of a tag's events."""
        name = escape(tag.name)
        several = len(page.pages) > 1
        numbered = f" ({page.number}/{len(page.pages)})" if several else ""
        on_page = f", {page.count} on this page" if several else ""
        top = [self._top(page.url, f"{name}{numbered} · {self.site_title}", f"Events tagged {name} in {self.site_title}"),
               f'<h1><span class="kicker">Tag:</span> {name}</h1>\n'
               f'<p class="count">{tag.count} event{"" if tag.count == 1 else "s"}{on_page}. <a href="tags.html">All tags</a>'
               f' · <a href="index.html?tag={escape(tag.slug)}">Show in the full timeline</a></p>\n']
        if overview:
            top.append(f"{overview.html(page.url)}\n")
        top.append('<div class="timeline">\n')
        out = []
        for y in years:
            out.append(f'<section class="year" id="{escape(y.anchor)}">\n<h2>{y.year}</h2>\n{self._months(y)}</section>\n')
        out.append("</div>\n" + _pages(page, prev, next_))
        yield b"".join(["".join(top).encode(), "".join(out).encode(), self._page_end])

    def key_bytes(self, page: Any, prev: Any, next_: Any, count: int, total: int, key_sources: int,
                  overview: Any) -> Iterator[bytes]:
        """``key.html``: one page of the key events (reported by ``key_sources`` or more sources)."""
        t = self.site_title
        several = len(page.pages) > 1
        numbered = f" ({page.number}/{len(page.pages)})" if several else ""
        out = [self._top(page.url, f"Key events{numbered} · {t}",
                         f"Events reported by {key_sources} or more independent sources in {t}"),
               "<h1>Key events</h1>\n"]
        if count:
            on_page = f", {page.count} on this page" if several else ""
            out.append(f'<p class="count">{count} of {total} event{"" if total == 1 else "s"} '
                       f'{"is" if count == 1 else "are"} reported by {key_sources} or more independent sources'
                       f'{on_page}. <a href="index.html">All events</a></p>\n')
        else:
            out.append(f'<p class="count">No event is reported by {key_sources} or more independent sources yet: '
                       'each has one source or none. <a href="index.html">All events</a></p>\n')
        if overview:
            out.append(f"{overview.html(page.url)}\n")
        out.append('<div class="timeline">\n')
        out.extend(f'<section class="year" id="{escape(y.anchor)}">\n<h2>{y.year}</h2>\n{self._months(y)}</section>\n'
                   for y in page.years)
        out.append("</div>\n" + _pages(page, prev, next_))
        yield "".join(out).encode() + self._page_end

    def tags_bytes(self) -> Iterator[bytes]:
        """``tags.html``: every tag with its count, linked to its page."""
        out = [self._top("tags.html", f"Tags · {self.site_title}", escape(self.site.description)),
               "<h1>Tags</h1>\n"]
        if self.tags:
            out.append('<ul class="tag-index">\n')
            out.extend(f'<li><a href="{escape(t.url)}">{escape(t.name)}</a> <span class="n">({t.count})</span></li>\n'
                       for t in self.tags)
            out.append("</ul>\n")
        else:
            out.append("<p>No tags yet.</p>\n")
        yield "".join(out).encode() + self._page_end

    def not_found_bytes(self, root: str) -> Iterator[bytes]:
        """``404.html``: served at any depth, so its links start with ``root``, the base URL when there is one."""
        r = escape(root)
        home = escape(self.base_url or root)
        yield (self._top("404.html", f"Page not found · {self.site_title}", escape(self.site.description), root)
               + '<h1>Page not found</h1>\n'
               f'<p>This page does not exist. Go to <a href="{home}index.html">the timeline</a>.</p>\n'
               + self._footer(r) + "</body>\n</html>\n").encode()

    def sources_bytes(self, page: Any, prev: Any, next_: Any, summary: Any) -> Iterator[bytes]:
        """``sources.html``: one page of the sources, with the summary of them all."""
        several = len(page.pages) > 1
        numbered = f" ({page.number}/{len(page.pages)})" if several else ""
        kicker = f' <span class="kicker">(page {page.number} of {len(page.pages)})</span>' if several else ""
        top = [self._top(page.url, f"Sources{numbered} · {self.site_title}", escape(self.site.description)),
               f"<h1>Sources{kicker}</h1>\n"]
        n = summary.count
        if n:
            span = ""
            if summary.first:
                first = f'<time datetime="{escape(summary.first[1])}">{escape(summary.first[0])}</time>'
                span = (f", published from {first} to <time datetime=\"{escape(summary.last[1])}\">"
                        f"{escape(summary.last[0])}</time>" if summary.last else f", published {first}")
            top.append(f'<p class="count">{n} source{"" if n == 1 else "s"}{span}.</p>\n')
        yield "".join(top).encode()
        sources = page.sources
        out: list[str] = []
        for s in sources:
            title = escape(s["title"])
            url, publisher, published, events = s["url"], s["publisher"], s["published"], s["events"]
            if published:
                published = f'<time datetime="{escape(s["published_datetime"])}">{escape(published)}</time>'
            head = f'<a href="{escape(url)}"{_LINK_REL}>{title}</a>' if url else title
            if s["part"] > 1:
                head += ' <span class="kicker">(continued)</span>'
            out.append(f'<section class="source">\n<h2>{head}</h2>\n')
            if publisher or published:
                sep = ", " if publisher and published else ""
                out.append(f'<p class="meta">{escape(publisher or "")}{sep}{published or ""}</p>\n')
            if events:
                n = s["cited"]
                here = f" ({len(events)} on this page)" if len(events) != n else ""
                out.append(f'<p>Supports {n} event{"" if n == 1 else "s"}{here}:</p>\n<ul>\n')
                out.extend(f'<li><a href="{escape(e.url)}">{escape(e.title)}</a> <time datetime="{escape(e.datetime)}">'
                           f"{escape(e.date)}</time></li>\n" for e in events)
                out.append("</ul>\n")
            else:
                out.append("<p>No event cites this source yet.</p>\n")
            out.append("</section>\n")
            if len(out) > 2000:
                yield "".join(out).encode()
                out = []
        if not sources:
            out.append("<p>No sources yet.</p>\n")
        out.append(_pages(page, prev, next_))
        yield "".join(out).encode() + self._page_end

    def year_bytes(self, page: Any, prev: Any, next_: Any, total: int, year_tags: list[Any],
                   overview: Any) -> Iterator[bytes]:
        """``year.html``: one page of a year of a timeline split by year (compact entries, filterable)."""
        t = self.site_title
        year = page.years[0]
        n = year.count
        several = len(page.pages) > 1
        kicker = f' <span class="kicker">(page {page.number} of {len(page.pages)})</span>' if several else ""
        count = (f"{n} of {total} event{'' if total == 1 else 's'} of {year.year}" if several
                 else f"{total} event{'' if total == 1 else 's'}")
        out = [self._top(page.url, f"{escape(page.label)} · {t}", f"{n} events of {year.year} in {t}"),
               f'<h1><span class="kicker">Year:</span> {year.year}{kicker}</h1>\n'
               f'<p class="count">{count}. <a href="index.html">All years</a>'
               " · Open an event for its full text and sources.</p>\n"]
        if overview:
            out.append(f"{overview.html(page.url, page.pages)}\n")
        # _controls.html as a year page of a split timeline includes it.
        out.append(_controls(year_tags, everywhere=True))
        out.append(f'<div id="_timeline" class="timeline compact">\n<section class="year" id="{escape(year.anchor)}">\n'
                   f"<h2>{year.year}</h2>\n")
        yield "".join(out).encode()
        for m in year.months:
            yield (f'<section class="month">\n<h3 id="{escape(m.anchor)}">{escape(m.label)}</h3>\n'
                   f'<ol class="events">\n{self._entries(m.events, False)}</ol>\n</section>\n').encode()
        yield ("</section>\n</div>\n" + _pages(page, prev, next_) + self.footer
               + '<script src="static/timeline.js"></script>\n</body>\n</html>\n').encode()
