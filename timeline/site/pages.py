"""The page list: every file of the site, its key, and how to make its bytes.

:func:`site_pages` lists the site's files from the prepared views (see
:mod:`timeline.site.views`): the index (or the overview and a page per year),
a page per event, tag, key-event and sources pages, the 404 page, the theme's
static files and the exports. Each :class:`Page` carries a key that changes
whenever anything its file depends on changes (see :mod:`timeline.site.keys`)
and a callable producing its bytes, run by the writer (see
:mod:`timeline.site.writer`). Templates still identical to the packaged ones
render through :mod:`timeline.site.fast_theme`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from markupsafe import Markup

from timeline.salience import KEY_SOURCES
from timeline.site import citations, exports, fast_theme, key_events, paging, views
from timeline.site import overview as overviews
from timeline.site.environment import LazyEnvironment, static_files
from timeline.site.keys import ListingKeys, fingerprint, theme_fingerprint
from timeline.site.pieces import Pieces
from timeline.site.views import EventView, Prepared, TagView, YearGroup, group_by_year

#: How many of the newest events the Atom feed carries.
FEED_SIZE = 50


class Page:
    """One output file: where, what it depends on (``key``), and how to make it.

    ``render`` returns bytes, or an iterable of byte chunks for big exports.
    An event page's key is given as ``make_key`` and computed on first use: by
    the writer process that writes the page, so the two processes share that
    work (a SHA-1 per event, which adds up over a big timeline).
    """

    __slots__ = ("_key", "_make_key", "path", "render")

    def __init__(self, path: str, key: str | None, render: Callable[[], bytes | Iterable[bytes]],
                 make_key: Callable[[], str] | None = None) -> None:
        if key is None and make_key is None:
            raise ValueError("a page needs a key or a way to make one")
        self.path, self._key, self._make_key, self.render = path, key, make_key, render

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = self._make_key()  # type: ignore[misc]
        return self._key

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    def __repr__(self) -> str:
        return f"Page({self.path!r}, {self._key!r})"


def site_pages(data: Prepared, theme_dirs: list[Path], theme_fp: str | None = None) -> list[Page]:
    """Every file of the site made from ``data``, in a fixed order, with its key.

    When ``data`` was prepared with a memory (``timeline serve``), the views live on to the
    next build (see :class:`~timeline.site.views.KeptViews`): each keeps its event page's
    key, and listings' keys are kept too (see :class:`~timeline.site.keys.ListingKeys`).

    ``theme_fp``: :func:`~timeline.site.keys.theme_fingerprint` of ``theme_dirs``, when the caller has it.

    Everything that can fail on content (a user's template that does not
    compile, an unsafe id) fails here, before anything is written.
    """
    env = LazyEnvironment(theme_dirs)  # jinja2 is imported only if a page needs a template
    if theme_fp is None:
        theme_fp = theme_fingerprint(theme_dirs, data.memory.digests if data.memory is not None else None)
    site = data.site
    common_fp = fingerprint(theme_fp, site, data.base_url, data.compact, data.split, views.PAGE_EVENTS)
    all_fp = fingerprint(common_fp, [v.fingerprint for v in data.events], data.epoch)
    listing_keys = ListingKeys(data.memory.listing_keys if data.memory is not None else None)

    # Templates still identical to the packaged ones render through the Python mirror.
    fast = fast_theme.mirrored_in(theme_dirs)
    fast_entry = "_entry.html" in fast
    # Templates the mirror stands in for are never compiled; the others compile
    # here, so a syntax error in a user's template stops the build before writing.
    entry_tpl = None if fast_entry else env.get_template("_entry.html")
    entry_cache: dict[tuple[str, bool], Markup] = {}

    def entry(e: EventView, full: bool = False) -> Markup:
        """One event as a list item, rendered once and shared by the index and tag pages.

        The default theme's item depends on the view alone, so it is kept on the view (and
        lives on with it in serve's memory); a user's ``_entry.html`` may read anything in its
        context, so its items are kept for this build only."""
        if fast_entry:
            html = e._item_full if full else e._item
            if html is None:
                html = Markup(fast_theme.entry(e, full, ""))
                if full:
                    e._item_full = html
                else:
                    e._item = html
            return html
        key = (e.id, full)
        html = entry_cache.get(key)
        if html is None:
            html = entry_cache[key] = Markup(entry_tpl.render(ctx("", "index.html", e=e, full=full)))  # type: ignore[union-attr]
        return html

    from timeline.site import search  # imports this module: loaded once pages.py is

    #: The search data file when split by year (see timeline/site/search.py), else None.
    search_data = search.SEARCH_DATA if data.split else None

    def ctx(root: str, path: str, **extra: Any) -> dict[str, Any]:
        return {
            "site": site, "root": root, "path": path, "base_url": data.base_url,
            "canonical": data.base_url + path if data.base_url else None,
            "tags": data.tags, "compact": data.compact, "split": data.split, "entry": entry,
            "search_data": search_data, **extra,
        }

    def page(path: str, template: str, key: str | Callable[[], str], root: str | None = None,
             mirror: Callable[[], Iterator[bytes]] | None = None,
             lazy: Callable[[], dict[str, Any]] | None = None, **extra: Any) -> Page:
        """A listing page; ``key`` may be a function, then called by the process writing the page."""
        root = "../" * path.count("/") if root is None else root

        def render() -> Iterator[bytes]:
            # Listing pages can be tens of MB for big timelines: stream them in chunks.
            if mirror is not None and listings is not None and template in fast:
                return mirror()  # already UTF-8, in pieces (fast_theme.Listings)
            more = lazy() if lazy is not None else {}
            return _chunks(env.get_template(template).generate(ctx(root, path, **extra, **more)))

        if callable(key):
            return Page(path, None, render, lambda: fingerprint(template, key()))  # type: ignore[operator]
        return Page(path, fingerprint(template, key), render)

    memory = data.memory
    if memory is not None and fast_entry:  # (a user's list item may read more than its view)
        if memory.months is None or memory.months.context != common_fp:
            memory.months = fast_theme.KeptMonths(common_fp)
        months = memory.months
    else:
        months = None
    listings = (fast_theme.Listings(site, data.base_url, data.tags, data.compact, entry, months)
                if "base.html" in fast else None)
    out: list[Page] = []
    limit = views.PAGE_EVENTS
    # Each year's pages (split by year), and where each month and event is listed, before
    # anything renders: the overview links to them and event pages link back to them.
    year_pages = paging.year_pages(data.years, limit) if data.split else []
    listed = [(p.url, p.years) for p in year_pages] if data.split else [("index.html", data.years)]
    site_overview = overviews.build(listed)
    # Split by year, the index is a short overview of the years (search_data is then set).
    out.append(page("index.html", "index.html", all_fp, years=data.years, events=data.events, overview=site_overview,
                    mirror=lambda: listings.overview_bytes(data.years, data.events, search_data,  # type: ignore[union-attr]
                                                           site_overview)
                    if search_data else listings.index_bytes(data.years, data.events, site_overview)))  # type: ignore[union-attr]
    if data.split:
        # Every event's title, date, id and tags, in parts, for the overview's search across years.
        out.extend(search.search_pages(data, common_fp, all_fp, listing_keys))
        # The overview is on every year page: any change to it changes them all.
        overview_key = str(site_overview.html("")) if site_overview else None
        for i, yp in enumerate(year_pages):
            prev_p = year_pages[i - 1] if i > 0 else None
            next_p = year_pages[i + 1] if i + 1 < len(year_pages) else None
            part = yp.years[0]
            total = sum(q.count for q in yp.pages)
            # Keys over a page's every event: made by the writer, which may be the second process.
            key = lambda yp=yp, p=prev_p, n=next_p: listing_keys.key(yp.url, (  # noqa: E731
                common_fp, overview_key, yp.url, yp.label, p and (p.url, p.label), n and (n.url, n.label),
                sum(q.count for q in yp.pages)), [x for y in yp.years for m in y.months for x in m.events])
            out.append(page(yp.url, "year.html", key, year=part, year_total=total, years=data.years, page=yp,
                            prev=prev_p, next=next_p, overview=site_overview,
                            lazy=lambda part=part: {"year_tags": _year_tags(part, data.tags)},
                            mirror=lambda yp=yp, p=prev_p, n=next_p, total=total: listings.year_bytes(  # type: ignore[union-attr]
                                yp, p, n, total, _year_tags(yp.years[0], data.tags), site_overview)))
    fast_events = fast_theme.EventPages(site, data.base_url) if {"base.html", "event.html"} <= fast else None
    event_tpl = env.get_template("event.html") if fast_events is None else None
    # A page per event, made by one shared _EventPages: the pages hold only their event and its neighbours.
    event_pages = _EventPages(event_tpl, ctx, common_fp, fast_events, data.base_url, data.memory is not None)
    events = data.events
    before, after = ([None, *events[:-1]], [*events[1:], None]) if events else ([], [])
    out.extend(map(partial(EventPage, event_pages), events, before, after))
    out.append(page("tags.html", "tags.html", all_fp, mirror=lambda: listings.tags_bytes()))  # type: ignore[union-attr]
    for t in data.tags:
        tagged = data.tag_events[t.slug]
        if len(tagged) > limit:
            tag_pages = paging.paginate(group_by_year(tagged), t.url, limit)
        else:  # grouped when rendered: a rebuild that reuses the page never needs the groups
            tag_pages = paging.paginate([], t.url, limit)
            tag_pages[0].count = len(tagged)
        key = lambda t=t, tagged=tagged: listing_keys.key(t.url, (common_fp, t.name, t.slug), tagged)  # noqa: E731
        for i, tp in enumerate(tag_pages):
            prev_p = tag_pages[i - 1] if i > 0 else None
            next_p = tag_pages[i + 1] if i + 1 < len(tag_pages) else None

            def parts(tp: paging.ListingPage = tp, tagged: list[EventView] = tagged) -> dict[str, Any]:
                if not tp.years and tagged:
                    tp.years = group_by_year(tagged)
                return {"years": tp.years, "overview": overviews.build([(q.url, q.years) for q in tp.pages])}

            out.append(page(tp.url, "tag.html", lambda key=key, n=tp.number: fingerprint(key(), n),
                            tag=t, page=tp, prev=prev_p, next=next_p, lazy=parts,
                            mirror=lambda t=t, tp=tp, p=prev_p, n=next_p, parts=parts: listings.tag_bytes(  # type: ignore[union-attr,misc]
                                t, tp, p, n, **parts())))
    # Key events, on pages like a tag's, under the whole timeline's overview with their periods marked.
    keys = key_events.key_events(data.events)
    key_marks = key_events.KeyPeaks(keys, overviews.PEAKS)
    key_overview = overviews.build(listed, peaks=key_marks) if keys else None
    if key_overview is not None:
        key_overview.peak_heading = f"{key_overview.unit.name.capitalize()}s with the most key events"
        key_overview.peak_counts, key_overview.peak_noun = key_marks.counts, "key event"
    key_pages = paging.paginate(group_by_year(keys), key_events.KEY_URL, limit)
    for i, kp in enumerate(key_pages):
        prev_p = key_pages[i - 1] if i > 0 else None
        next_p = key_pages[i + 1] if i + 1 < len(key_pages) else None
        out.append(page(kp.url, "key.html", fingerprint(all_fp, kp.number), years=kp.years, page=kp, prev=prev_p,
                        next=next_p, key_count=len(keys), total=len(data.events), key_sources=KEY_SOURCES,
                        overview=key_overview,
                        mirror=lambda kp=kp, p=prev_p, n=next_p: listings.key_bytes(  # type: ignore[union-attr]
                            kp, p, n, len(keys), len(data.events), KEY_SOURCES, key_overview)))
    # Every source with the events citing it, on pages cut like the listings'. Made here,
    # not by the writer: how many pages there are is needed before anything is written.
    source_pages = paging.source_pages(data.sources, "sources.html", limit)
    summary = citations.summarize(data.sources)
    for i, sp in enumerate(source_pages):
        prev_p = source_pages[i - 1] if i > 0 else None
        next_p = source_pages[i + 1] if i + 1 < len(source_pages) else None
        # Exactly what the page shows: an edit re-renders only the pages listing the event.
        key = lambda sp=sp, p=prev_p, n=next_p: listing_keys.key(sp.url, (  # noqa: E731
            common_fp, summary.key(), sp.url, sp.label, [q.url for q in sp.pages],
            p and (p.url, p.label), n and (n.url, n.label)), sp.sources, _shown_sources)
        out.append(page(sp.url, "sources.html", key, page=sp, prev=prev_p, next=next_p, sources=sp.sources,
                        summary=summary, mirror=lambda sp=sp, p=prev_p, n=next_p: listings.sources_bytes(  # type: ignore[union-attr]
                            sp, p, n, summary)))
    # The 404 page is served at any depth, so its links are absolute when they can be.
    out.append(page("404.html", "404.html", common_fp, root=data.base_url,
                    mirror=lambda: listings.not_found_bytes(data.base_url)))  # type: ignore[union-attr]

    for rel, path in static_files(theme_dirs).items():
        out.append(Page(rel, fingerprint(theme_fp, rel), path.read_bytes))

    exp_fp = fingerprint(all_fp, "exports")
    out.extend([
        Page("events.json", exp_fp, Pieces("events.json", exp_fp, lambda: exports.events_json_export(data))),
        Page("timelinejs.json", exp_fp, Pieces("timelinejs.json", exp_fp, lambda: exports.timelinejs_export(data))),
        Page("feed.xml", exp_fp, lambda: exports.atom_feed(data, FEED_SIZE)),
        Page("events.ics", exp_fp, Pieces("events.ics", exp_fp, lambda: exports.icalendar_export(data))),
        Page("sitemap.xml", exp_fp, lambda: exports.sitemap(data, [p.path for p in out])),
        Page("robots.txt", exp_fp, lambda: exports.robots(data)),
        Page(".nojekyll", "empty", lambda: b""),
    ])
    return out



def _shown_sources(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What a sources page shows of each of its entries (see source_list.source_entries)."""
    return [(s["title"], s["url"], s["publisher"], s["published"], s["published_datetime"], s["cited"], s["part"],
             [(e.url, e.title, e.datetime, e.date) for e in s["events"]]) for s in entries]


def _year_tags(year: YearGroup, tags: list[TagView]) -> list[TagView]:
    """The tags used in ``year``, in the site's tag order, counted within the year."""
    counts = Counter(t.slug for m in year.months for e in m.events for t in e.tags)
    return [TagView(t.name, t.slug, t.url, counts[t.slug]) for t in tags if t.slug in counts]


def _chunks(parts: Iterator[str], size: int = 1 << 16) -> Iterator[bytes]:
    """Group Jinja's many small output strings into ~64 KiB encoded chunks."""
    buf: list[str] = []
    n = 0
    for part in parts:
        buf.append(part)
        n += len(part)
        if n >= size:
            yield "".join(buf).encode("utf-8")
            buf, n = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")


class EventPage(Page):
    """An event's page, made by the :class:`_EventPages` all event pages share from the event
    and its neighbours; its key is made on first use, as :class:`Page` says."""

    # (a __dict__, made only when used: render may be replaced on a page, as on any Page)
    __slots__ = ("__dict__", "_after", "_before", "_maker", "_view")

    def __init__(self, maker: _EventPages, v: EventView, prev_v: EventView | None, next_v: EventView | None) -> None:
        self.path, self._key, self._make_key = v.url, None, None
        self._maker, self._view, self._before, self._after = maker, v, prev_v, next_v

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = self._maker.key(self._view, self._before, self._after)
        return self._key

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    def render(self) -> bytes:  # type: ignore[override]
        return self._maker.render(self._view, self._before, self._after)


class _EventPages:
    """Each event page's bytes and key, from the values every event page shares."""

    __slots__ = ("base_url", "common_fp", "ctx", "fast", "keep", "tpl")

    def __init__(self, tpl: Any, ctx: Callable[..., dict[str, Any]], common_fp: str,
                 fast: fast_theme.EventPages | None, base_url: str, keep: bool) -> None:
        self.tpl, self.ctx, self.common_fp, self.fast, self.base_url = tpl, ctx, common_fp, fast, base_url
        # Views live on to the next build (timeline serve): each keeps its page's key and its inputs.
        self.keep = keep

    def key(self, v: EventView, prev_v: EventView | None, next_v: EventView | None) -> str:
        kept = v._page_key
        # A kept view's fingerprint is unchanged (its digest and tag slugs are): the rest is compared.
        if kept is not None and kept.before is prev_v and kept.after is next_v \
                and kept.common == self.common_fp and kept.listing == v.listing:
            return kept.key
        before = prev_v and (prev_v.id, prev_v.title, prev_v.date)
        after = next_v and (next_v.id, next_v.title, next_v.date)
        if kept is not None and (kept.common, kept.listing, kept.shown_before, kept.shown_after) \
                == (self.common_fp, v.listing, before, after):
            key = kept.key
        else:
            key = fingerprint(self.common_fp, v.fingerprint, v.listing, before, after)
        if self.keep:
            v._page_key = views.KeptPageKey(self.common_fp, v.listing, before, after, key, prev_v, next_v)
        return key

    def render(self, v: EventView, prev_v: EventView | None, next_v: EventView | None) -> bytes:
        path = v.url
        canonical = self.base_url + path if self.base_url else None
        if self.fast is not None:
            return self.fast.render_bytes(v, prev_v, next_v, canonical)
        c = self.ctx("../", path, event=v, prev=prev_v, next=next_v, jsonld=exports.event_jsonld(v, canonical))
        return self.tpl.render(c).encode("utf-8")
