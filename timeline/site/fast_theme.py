"""Python renderings of the default theme's page templates, byte for byte.

Why this exists: a big site renders an event page and a list item per event,
and Jinja builds each page from a context, hundreds of output pieces and an
autoescape call per value; the same HTML built with f-strings costs a small
fraction of that. So for ``event.html`` (event pages), ``_entry.html`` (list
items) and the listing pages (:class:`Listings`), this module reproduces the
**packaged** templates' own blocks exactly, including the whitespace that
``trim_blocks``/``lstrip_blocks`` leave, and escapes every value with
markupsafe's rules (:func:`~timeline.site.theme.escape`). The outer page
around them (``base.html``: head, header, footer) is not copied here: it comes
from :func:`timeline.site.theme.shell`, generated from the template itself.

It is used only for templates a site uses unchanged (:func:`mirrored_in`,
by SHA-256 against the generated ``theme_table.MIRRORED``). A user's override
of any of them sends those pages back through Jinja, so a stale mirror can
make a build slower but never different, and a site whose theme is all
mirrored never imports jinja2. ``tests/test_site_speedpaths.py`` renders
every page kind both ways and compares the bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _json_string  # what json.dumps uses with ensure_ascii=False
from typing import TYPE_CHECKING, Any

from timeline.site.environment import script_safe
from timeline.site.theme import MIRRORED as MIRRORED  # the fast path's switch, as callers know it
from timeline.site.theme import Shell, escape, shell
from timeline.site.theme import mirrored_in as mirrored_in

if TYPE_CHECKING:
    from timeline.model import SiteConfig
    from timeline.site.views import EventView


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
    return script_safe(text)  # the jsonld filter's escaping


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


def _citing_item(v: EventView) -> str:
    """``sources.html``'s line for an event citing a source: made from the view alone, so it
    is kept on the view (and lives on with it in serve's memory, like its list item)."""
    item = v._citing_item = (f'<li><a href="{escape(v.url)}">{escape(v.title)}</a> '
                             f'<time datetime="{escape(v.datetime)}">{escape(v.date)}</time></li>\n')
    return item


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
        self.root = escape(root)
        self._tag_items: dict[tuple[str, str], str] = {}
        title = escape(site.title)
        self.shell = shell("event", site, root, base_url)
        # The page's fixed parts, UTF-8 encoded once (see render_bytes).
        self._title_end = f" · {title}".encode()
        self._meta = f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{title}">\n'.encode()
        self._back = "← Back to the timeline</a></p>\n<h1>".encode()

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
        og_url = f'<meta property="og:url" content="{escape(canonical)}">\n' if canonical else ""
        image = ""
        if self.base_url:
            for m in v.media:
                if m.local:
                    image = (f'<meta property="og:image" content="{escape(self.base_url)}{escape(m.url)}">\n'
                             f'<meta property="og:image:alt" content="{escape(m.alt)}">\n')
                    break
        top = [
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
        top.append("".join(p).encode("utf-8"))
        return self.shell.page(
            top, title=title.encode("utf-8") + self._title_end, description=described.encode("utf-8"),
            canonical=canonical or "", meta=self._meta + (
                f'<meta property="og:title" content="{title}">\n<meta property="og:description" content="{desc}">\n'
                f'{og_url}{image}<meta name="twitter:card" content="summary">\n'
                f'<script type="application/ld+json">{jsonld(v, canonical)}</script>\n').encode())


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
#: The scripts block of index.html and year.html (pages at the site root).
_SCRIPTS = b'<script src="static/timeline.js"></script>\n'


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


@dataclass(frozen=True, slots=True)
class KeptMonth:
    """A listing page's section of one month as the last build made it, with what from."""

    events: list[EventView]
    full: bool
    html: str


@dataclass(slots=True)
class KeptMonths:
    """The month sections of the index and year pages, kept in a
    :class:`~timeline.memory.BuildMemory` for the next build (``timeline serve``) while the
    site's common fingerprint (its settings and theme) is ``context``. Kept only while the
    list items are the default theme's: those depend on the view alone (see pages.site_pages)."""

    context: str
    #: by listing page and month anchor
    sections: dict[tuple[str, str], KeptMonth] = field(default_factory=dict)


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
                 entry: Callable[[EventView, bool], str], months: KeptMonths | None = None) -> None:
        self.site = site
        self.base_url = base_url
        self.tags = tags
        self.compact = compact
        self.entry = entry
        #: the index's and year pages' month sections of the last build (see _month)
        self.months = months
        self.site_title = escape(site.title)
        self._shells: dict[str, Shell] = {}

    def _top(self, kind: str, path: str, title: str, description: str, root: str = "",
             scripts: bytes = b"") -> tuple[bytes, bytes]:
        """base.html around the page at ``path``: its bytes before and after the main block."""
        outer = self._shells.get(kind)
        if outer is None:  # every listing page but 404.html sits at the site root: root is ""
            outer = self._shells[kind] = shell(kind, self.site, root, self.base_url)
        return outer.around(title=title.encode(), description=description.encode(),
                          canonical=self.base_url + path if self.base_url else "", scripts=scripts)

    def _month(self, month: Any, full: bool, page: str | None = None) -> str:
        """``_months.html``'s section of one month. On the listing ``page`` of a build with
        ``months`` (serve's memory), the last build's section while it lists the very same
        views (or views equal in every field): an edit then renders again only its month."""
        kept = self.months
        if kept is not None and page is not None:
            last = kept.sections.get((page, month.anchor))
            # (list == looks at identity first, element by element, as ListingKeys does)
            if last is not None and last.full is full and last.events == month.events:
                return last.html
        html = (f'<section class="month">\n<h3 id="{escape(month.anchor)}">{escape(month.label)}</h3>\n'
                f'<ol class="events">\n{self._entries(month.events, full)}</ol>\n</section>\n')
        if kept is not None and page is not None:
            kept.sections[page, month.anchor] = KeptMonth(month.events, full, html)
        return html

    def _entries(self, events: list[EventView], full: bool) -> str:
        """Each event's list item followed by a newline (``str.join`` takes the cached items as they are)."""
        if not events:
            return ""
        entry = self.entry
        return "\n".join([entry(e, full) for e in events]) + "\n"

    def _index_top(self, years: list[Any], events: list[EventView], note: str, overview: Any) -> list[str]:
        """``index.html``'s main block up to its count line, the same whether or not the timeline is split."""
        site = self.site
        n = len(events)
        out = [f"<h1>{self.site_title}</h1>\n"]
        if site.description:
            out.append(f'<p class="lede">{escape(site.description)}</p>\n')
        span = f", {years[0].year}–{years[-1].year}" if years else ""
        out.append(f'<p class="count">{n} event{"" if n == 1 else "s"}{span}.{note}</p>\n')
        if overview:
            out.append(f"{overview.html('index.html')}\n")
        return out

    def _index_page(self) -> tuple[bytes, bytes]:
        return self._top("index", "index.html", self.site_title, escape(self.site.description), scripts=_SCRIPTS)

    def _index_end(self, events: list[EventView], after: bytes) -> bytes:
        end = "</div>\n"
        if not events:
            end += "<p>No events yet. Add YAML files under <code>content/events/</code>.</p>\n"
        return end.encode() + after

    def index_bytes(self, years: list[Any], events: list[EventView], overview: Any) -> Iterator[bytes]:
        """``index.html`` of a timeline not split by year: every event, by year and month."""
        more = " Open an event for its full text and sources." if self.compact else ""
        before, after = self._index_page()
        out = self._index_top(years, events, more, overview)
        out.append(_controls(self.tags))
        if len(years) > 1:
            out.append('<nav class="years" aria-label="Years">\n<ul>\n')
            out.extend(f'<li><a href="#{escape(y.anchor)}">{y.year}</a></li>\n' for y in years)
            out.append("</ul>\n</nav>\n")
        out.append(f'<div id="_timeline" class="timeline{" compact" if self.compact else ""}">\n')
        yield from (before, "".join(out).encode())
        full = not self.compact
        for y in years:
            out = [f'<section class="year" id="{escape(y.anchor)}">\n<h2>{y.year}</h2>\n']
            out.extend([self._month(m, full, "index.html") for m in y.months])
            out.append("</section>\n")
            yield "".join(out).encode()
        yield self._index_end(events, after)

    def overview_bytes(self, years: list[Any], events: list[EventView], search_data: str,
                       overview: Any) -> Iterator[bytes]:
        """``index.html`` of a timeline split by year: each year's months, linked to its page,
        and a search over every year through ``search_data`` (see timeline/site/search.py)."""
        before, after = self._index_page()
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
        yield from (before, "".join(out).encode())
        yield self._index_end(events, after)

    def _months(self, year: Any, full: bool = False) -> str:
        """``_months.html``'s ``months(year, full=full)``, with anchors."""
        return "".join([self._month(m, full) for m in year.months])

    def tag_bytes(self, tag: Any, page: Any, prev: Any, next_: Any, years: list[Any], overview: Any) -> Iterator[bytes]:
        """``tag.html``: one page of a tag's events."""
        name = escape(tag.name)
        several = len(page.pages) > 1
        numbered = f" ({page.number}/{len(page.pages)})" if several else ""
        on_page = f", {page.count} on this page" if several else ""
        before, after = self._top("tag", page.url, f"{name}{numbered} · {self.site_title}",
                               f"Events tagged {name} in {self.site_title}")
        top = [f'<h1><span class="kicker">Tag:</span> {name}</h1>\n'
               f'<p class="count">{tag.count} event{"" if tag.count == 1 else "s"}{on_page}. <a href="tags.html">All tags</a>'
               f' · <a href="index.html?tag={escape(tag.slug)}">Show in the full timeline</a></p>\n']
        if overview:
            top.append(f"{overview.html(page.url)}\n")
        top.append('<div class="timeline">\n')
        out = []
        for y in years:
            out.append(f'<section class="year" id="{escape(y.anchor)}">\n<h2>{y.year}</h2>\n{self._months(y)}</section>\n')
        out.append("</div>\n" + _pages(page, prev, next_))
        yield from (before, "".join(top).encode(), "".join(out).encode(), after)

    def key_bytes(self, page: Any, prev: Any, next_: Any, count: int, total: int, key_sources: int,
                  overview: Any) -> Iterator[bytes]:
        """``key.html``: one page of the key events (reported by ``key_sources`` or more sources)."""
        t = self.site_title
        several = len(page.pages) > 1
        numbered = f" ({page.number}/{len(page.pages)})" if several else ""
        before, after = self._top("key", page.url, f"Key events{numbered} · {t}",
                               f"Events reported by {key_sources} or more independent sources in {t}")
        out = ["<h1>Key events</h1>\n"]
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
        yield from (before, "".join(out).encode(), after)

    def tags_bytes(self) -> Iterator[bytes]:
        """``tags.html``: every tag with its count, linked to its page."""
        before, after = self._top("tags", "tags.html", f"Tags · {self.site_title}", escape(self.site.description))
        out = ["<h1>Tags</h1>\n"]
        if self.tags:
            out.append('<ul class="tag-index">\n')
            out.extend(f'<li><a href="{escape(t.url)}">{escape(t.name)}</a> <span class="n">({t.count})</span></li>\n'
                       for t in self.tags)
            out.append("</ul>\n")
        else:
            out.append("<p>No tags yet.</p>\n")
        yield from (before, "".join(out).encode(), after)

    def not_found_bytes(self, root: str) -> Iterator[bytes]:
        """``404.html``: served at any depth, so its links start with ``root``, the base URL when there is one."""
        home = escape(self.base_url or root)
        before, after = self._top("404", "404.html", f"Page not found · {self.site_title}",
                               escape(self.site.description), root)
        yield from (before, ('<h1>Page not found</h1>\n'
                             f'<p>This page does not exist. Go to <a href="{home}index.html">the timeline</a>.</p>\n'
                             ).encode(), after)

    def sources_bytes(self, page: Any, prev: Any, next_: Any, summary: Any) -> Iterator[bytes]:
        """``sources.html``: one page of the sources, with the summary of them all."""
        several = len(page.pages) > 1
        numbered = f" ({page.number}/{len(page.pages)})" if several else ""
        kicker = f' <span class="kicker">(page {page.number} of {len(page.pages)})</span>' if several else ""
        before, after = self._top("sources", page.url, f"Sources{numbered} · {self.site_title}",
                               escape(self.site.description))
        top = [f"<h1>Sources{kicker}</h1>\n"]
        n = summary.count
        if n:
            span = ""
            if summary.first:
                first = f'<time datetime="{escape(summary.first[1])}">{escape(summary.first[0])}</time>'
                span = (f", published from {first} to <time datetime=\"{escape(summary.last[1])}\">"
                        f"{escape(summary.last[0])}</time>" if summary.last else f", published {first}")
            top.append(f'<p class="count">{n} source{"" if n == 1 else "s"}{span}.</p>\n')
        yield from (before, "".join(top).encode())
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
                out.extend([e._citing_item or _citing_item(e) for e in events])
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
        yield from ("".join(out).encode(), after)

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
        before, after = self._top("year", page.url, f"{escape(page.label)} · {t}", f"{n} events of {year.year} in {t}",
                               scripts=_SCRIPTS)
        out = [f'<h1><span class="kicker">Year:</span> {year.year}{kicker}</h1>\n'
               f'<p class="count">{count}. <a href="index.html">All years</a>'
               " · Open an event for its full text and sources.</p>\n"]
        if overview:
            out.append(f"{overview.html(page.url, page.pages)}\n")
        # _controls.html as a year page of a split timeline includes it.
        out.append(_controls(year_tags, everywhere=True))
        out.append(f'<div id="_timeline" class="timeline compact">\n<section class="year" id="{escape(year.anchor)}">\n'
                   f"<h2>{year.year}</h2>\n")
        yield from (before, "".join(out).encode())
        for m in year.months:
            yield self._month(m, False, page.url).encode()
        yield from (("</section>\n</div>\n" + _pages(page, prev, next_)).encode(), after)
