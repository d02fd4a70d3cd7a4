/* Progressive enhancement for the timeline's listing pages: filter by tag, search by text,
   switch the order. Without JavaScript every page already reads in full; this file only
   hides, reorders and (on the overview of a timeline split by year) lists search results.
   No requests to other hosts: the overview's search data are files of this site, loaded
   in parts by <script> elements as a search needs them, since browsers refuse fetch() from
   file://. */
(function () {
  "use strict";
  var form = document.getElementById("_controls");
  if (!form) { return; }
  var q = document.getElementById("_q");
  var tag = document.getElementById("_tag");
  var order = document.getElementById("_order");
  var status = document.getElementById("_status");
  var params = new URLSearchParams(window.location.search);

  function fold(s) {
    s = s.toLowerCase();
    // Accents only need stripping when there are any (most titles are ASCII).
    return s.normalize && /[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  }

  /* The query's words, folded, each with how it may match: a word that starts (ends) with a
     digit never matches right after (before) another digit, so "26" finds the 26th of a
     month and "2:26 p.m." but not the "26" inside "2026". */
  function wordsOf(text) {
    return fold(text).split(/\s+/).filter(Boolean).map(function (w) {
      return { w: w, lead: isDigit(w, 0), trail: isDigit(w, w.length - 1) };
    });
  }

  function isDigit(s, i) { var c = s.charCodeAt(i); return c >= 48 && c <= 57; }

  /* Where word ``q`` (from wordsOf) first occurs in folded ``text`` at or after ``from``, or -1. */
  function find(text, q, from) {
    var w = q.w;
    var i = text.indexOf(w, from || 0);
    if (!q.lead && !q.trail) { return i; }
    while (i >= 0) {
      var end = i + w.length;
      if ((!q.lead || i === 0 || !isDigit(text, i - 1)) && (!q.trail || end >= text.length || !isDigit(text, end))) {
        return i;
      }
      i = text.indexOf(w, i + 1);
    }
    return -1;
  }

  /* ``s`` folded a character at a time, with where each folded character came from, so a
     match found in the folded text can be marked in the original. */
  function foldWithMap(s) {
    if (!/[^\x00-\x7f]/.test(s)) { return { text: s.toLowerCase(), at: null }; }
    var out = "";
    var at = [];
    for (var i = 0; i < s.length; i++) {
      var f = fold(s.charAt(i));
      for (var k = 0; k < f.length; k++) { at.push(i); }
      out += f;
    }
    at.push(s.length);
    return { text: out, at: at };
  }

  /* The [start, end) ranges of ``s`` that match any of ``words``, merged and in order. */
  function ranges(s, words) {
    var m = foldWithMap(s);
    var found = [];
    words.forEach(function (q) {
      for (var i = find(m.text, q, 0); i >= 0; i = find(m.text, q, i + 1)) {
        var a = m.at ? m.at[i] : i;
        var b = m.at ? m.at[i + q.w.length - 1] + 1 : i + q.w.length;
        found.push([a, b]);
      }
    });
    found.sort(function (x, y) { return x[0] - y[0]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push(r); }
    });
    return merged;
  }

  /* Append ``text`` to ``el`` with each match of ``words`` in a <mark>: text nodes only,
     never markup, since titles are untrusted. */
  function appendMarked(el, text, words, found) {
    var at = 0;
    (found || ranges(text, words)).forEach(function (r) {
      if (r[0] > at) { el.appendChild(document.createTextNode(text.slice(at, r[0]))); }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      el.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) { el.appendChild(document.createTextNode(text.slice(at))); }
  }

  /* Mark the matches in every text of ``root`` (an event of a listing page). */
  function highlight(root, words) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n); }
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var found = ranges(text, words);
      if (!found.length) { return; }
      var frag = document.createDocumentFragment();
      appendMarked(frag, text, words, found);
      node.parentNode.replaceChild(frag, node);
    });
  }

  function unhighlight(root) {
    var marks = root.querySelectorAll("mark");
    if (!marks.length) { return; }
    for (var i = 0; i < marks.length; i++) {
      marks[i].parentNode.replaceChild(document.createTextNode(marks[i].textContent), marks[i]);
    }
    root.normalize();  // once: joins the text nodes the marks split
  }

  function reverseChildren(parent, selector) {
    var kids = Array.prototype.filter.call(parent.children, function (el) { return el.matches(selector); });
    for (var i = kids.length - 1; i >= 0; i--) { parent.appendChild(kids[i]); }
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  /* The query as URL parameters, for links that carry a search to another page. */
  function query(extra) {
    var p = new URLSearchParams();
    if (q.value.trim()) { p.set("q", q.value.trim()); }
    if (tag.value) { p.set("tag", tag.value); }
    if (extra) { p.set(extra[0], extra[1]); }
    var s = p.toString();
    return s ? "?" + s : "";
  }

  /* The address follows the search, so a search can be shared or bookmarked as it is. */
  function follow() {
    var s = query(order.getAttribute("aria-pressed") === "true" ? ["order", "newest"] : null);
    if (s === window.location.search || (!s && !window.location.search)) { return; }
    try {
      window.history.replaceState(window.history.state, "", window.location.pathname + s + window.location.hash);
    } catch (e) { /* some browsers refuse it for file:// pages: the search still works */ }
  }

  function start(apply, flip, delay) {
    var later = debounce(apply, delay);
    q.addEventListener("input", later);
    tag.addEventListener("change", apply);
    order.addEventListener("click", flip);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); apply(); });
    // Links such as index.html?tag=anthropic or ?q=contract preselect a filter.
    if (params.get("q")) { q.value = params.get("q"); }
    if (params.get("tag")) { tag.value = params.get("tag"); }
    form.hidden = false;
    if (q.value || tag.value) { apply(); }
    if (params.get("order") === "newest") { flip(); }
  }

  /* ---- A page holding its events (the index, or one year): hide what does not match. */
  function listing(timeline) {
    var items = Array.prototype.slice.call(timeline.querySelectorAll("li.event"));
    var sections = Array.prototype.slice.call(timeline.querySelectorAll("section"));
    var everywhere = document.getElementById("_everywhere");
    var everywhereBase = everywhere ? everywhere.getAttribute("href") : "";
    var texts = null;
    var words = [];
    var key = "";          // the words the marks on the page are for
    var near = new Set();  // list items on or near the screen
    /* Marks go on the events on or near the screen only, and on others as they come near:
       a word found in thousands of events costs no more than one found in a few. */
    var watcher = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
      entries.forEach(function (en) {
        if (en.isIntersecting) { near.add(en.target); mark(en.target); } else { near.delete(en.target); }
      });
    }, { rootMargin: "600px 0px" }) : null;
    var watching = false;

    function mark(li) {
      if (li._marked === key) { return; }
      if (li._marked) { unhighlight(li); }
      if (key && !li.hidden) { highlight(li, words); }
      li._marked = key;
    }

    function apply() {
      if (texts === null) { texts = items.map(function (li) { return fold(li.textContent); }); }
      words = wordsOf(q.value);
      var wanted = tag.value;
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var li = items[i];
        var ok = !wanted || (" " + li.getAttribute("data-tags") + " ").indexOf(" " + wanted + " ") >= 0;
        for (var j = 0; ok && j < words.length; j++) { ok = find(texts[i], words[j], 0) >= 0; }
        if (li.hidden === ok) { li.hidden = !ok; }
        if (ok) { shown++; }
      }
      key = words.map(function (w) { return w.w; }).join(" ");
      if (watcher) {
        if (key && !watching) { items.forEach(function (li) { watcher.observe(li); }); watching = true; }
        near.forEach(mark);
      } else {
        items.forEach(mark);
      }
      // Hide month and year sections left empty; innermost first (they come later in document order).
      for (var k = sections.length - 1; k >= 0; k--) {
        sections[k].hidden = !sections[k].querySelector("li.event:not([hidden])");
      }
      var filtered = words.length > 0 || wanted;
      status.textContent = filtered ? shown + " of " + items.length + " events shown." : "";
      if (everywhere) { everywhere.setAttribute("href", everywhereBase + query()); }
      follow();
    }

    function flip() {
      var newest = order.getAttribute("aria-pressed") !== "true";
      order.setAttribute("aria-pressed", newest ? "true" : "false");
      reverseChildren(timeline, "section.year");
      timeline.querySelectorAll("section.year").forEach(function (y) { reverseChildren(y, "section.month"); });
      timeline.querySelectorAll("ol.events").forEach(function (ol) { reverseChildren(ol, "li.event"); });
      var nav = document.querySelector(".years ul");
      if (nav) { reverseChildren(nav, "li"); }
      follow();
    }

    start(apply, flip, items.length > 2000 ? 150 : 60);
  }

  /* ---- The overview of a timeline split by year: search every year through the search data,
     a table of contents (src) and parts of consecutive events loaded as a search needs them. */
  function overview(src) {
    var PAGE = 100;
    var AT_ONCE = 4;      // parts loading at the same time, asked for in timeline order
    var results = document.getElementById("_results");
    var found = document.getElementById("_found");
    var hits = document.getElementById("_hits");
    var more = document.getElementById("_more");
    var years = document.getElementById("_overview");
    var base = src.replace(/[^\/]*$/, "");
    var contents = null;  // the table of contents, once loaded
    var failed = false;
    var parts = [];       // per part: null (not asked for), "loading", or its decoded data
    var loading = 0;
    var queue = [];       // part numbers asked for, in timeline order
    var matches = [];     // matching events as [part, index], in timeline order
    var shownCount = 0;
    var words = [];
    var shownTop = "";    // the results shown, as text, to tell whether arriving parts change them
    var left = 0;         // parts the current search still waits for
    var total = 0;        // parts the current search needs

    function addScript(url, done) {
      var script = document.createElement("script");
      script.src = url;
      script.onload = function () { done(true); };
      script.onerror = function () { done(false); };
      document.head.appendChild(script);
    }

    var waiting = null;
    function loadContents(then) {
      if (contents || failed) { then(); return; }
      if (waiting) { waiting.push(then); return; }
      waiting = [then];
      addScript(src, function (ok) {
        var raw = window.timelineSearch;
        if (!ok || !raw || raw.version !== 3) { failed = true; } else {
          contents = raw;
          contents.tagAt = {};
          raw.tags.forEach(function (t, k) { contents.tagAt[t[0]] = k; });
          contents.tagNames = raw.tags.map(function (t) { return fold(t[1]); });
          parts = raw.parts.map(function () { return null; });
        }
        var calls = waiting;
        waiting = null;
        calls.forEach(function (f) { f(); });
      });
    }

    /* Ask for parts (by number); each arrives through pump(), a few at a time, in order. */
    function want(numbers) {
      numbers.forEach(function (k) {
        if (parts[k] === null) { parts[k] = "loading"; queue.push(k); }
      });
      queue.sort(function (x, y) { return x - y; });
      pump();
    }

    function pump() {
      while (loading < AT_ONCE && queue.length) {
        var k = queue.shift();
        loading++;
        addScript(base + contents.parts[k][0], arrived.bind(null, k));
      }
    }

    function arrived(k, ok) {
      loading--;
      var store = window.timelineSearchParts || {};
      var raw = store[k];
      delete store[k];
      if (!ok || !raw) { failed = true; parts[k] = { n: 0, failed: true }; } else { parts[k] = decode(raw); }
      pump();
      apply(true);
    }

    /* Undo a part's compaction: full ids, each event's year and listing page, folded titles and dates. */
    function decode(raw) {
      var n = raw.title.length;
      var ids = new Array(n);
      var prev = "";
      for (var i = 0; i < n; i++) { prev = ids[i] = prev.slice(0, raw.idKeep[i]) + raw.idRest[i]; }
      var yearOf = new Array(n);
      var at = 0;
      raw.years.forEach(function (y) { for (var k = 0; k < y[1]; k++) { yearOf[at++] = y[0]; } });
      var pageOf = new Array(n);
      at = 0;
      raw.pages.forEach(function (p) { for (var k = 0; k < p[1]; k++) { pageOf[at++] = p[0]; } });
      var unreviewed = {};
      raw.unreviewed.forEach(function (k) { unreviewed[k] = true; });
      // The titles are folded as one string (one call instead of thousands) and split again.
      var titles = fold(raw.title.join("\u0000")).split("\u0000");
      return { raw: raw, n: n, ids: ids, yearOf: yearOf, pageOf: pageOf, unreviewed: unreviewed,
               titles: titles.length === n ? titles : raw.title.map(fold), dates: raw.dates.map(fold) };
    }

    /* For each word, which entries of a small table (dates, tag names) contain it. */
    function marks(table, ws) {
      return ws.map(function (w) { return table.map(function (s) { return find(s, w, 0) >= 0; }); });
    }

    /* An event's id; "head*" or "head*cut" stands for head + the title's slug (cut short). */
    function idOf(part, i) {
      var id = part.ids[i];
      var star = id.indexOf("*");
      if (star < 0) { return id; }
      var cut = id.slice(star + 1);
      var slug = part.raw.title[i].toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      return id.slice(0, star) + (cut ? slug.slice(0, +cut) : slug);
    }

    function newestFirst() { return order.getAttribute("aria-pressed") === "true"; }

    function hit(m) {
      var part = parts[m[0]];
      var i = m[1];
      var raw = part.raw;
      var id = idOf(part, i);
      var li = document.createElement("li");
      li.className = part.unreviewed[i] ? "hit unreviewed" : "hit";
      var title = document.createElement("a");
      title.className = "event-title";
      title.setAttribute("href", "events/" + id + ".html");
      appendMarked(title, raw.title[i], words);
      var when = document.createElement("span");
      when.className = "when";
      var place = document.createElement("a");
      place.setAttribute("href", part.pageOf[i] + "#" + id);
      appendMarked(place, raw.dates[raw.date[i]], words);
      when.appendChild(place);
      li.appendChild(title);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(when);
      if (part.unreviewed[i]) {
        var badge = document.createElement("span");
        badge.className = "badge";
        badge.title = "Extracted by machine, not yet reviewed by a person";
        badge.textContent = "Unreviewed";
        when.appendChild(document.createTextNode(" "));
        when.appendChild(badge);
      }
      return li;
    }

    function showMore() {
      var list = newestFirst() ? matches.slice().reverse() : matches;
      var end = Math.min(list.length, shownCount + PAGE);
      var frag = document.createDocumentFragment();
      for (var k = shownCount; k < end; k++) { frag.appendChild(hit(list[k])); }
      hits.appendChild(frag);
      shownCount = end;
      var rest = list.length - shownCount;
      more.hidden = rest <= 0;
      more.textContent = "Show " + Math.min(rest, PAGE) + " more (" + rest + " not shown)";
      shownTop = list.slice(0, Math.max(shownCount, PAGE)).join(" ");
    }

    /* "In 2024 (3) · 2025 (1)": each year's page with the same filter preselected. */
    function byYear() {
      var counts = [];
      for (var k = 0; k < matches.length; k++) {
        var y = parts[matches[k][0]].yearOf[matches[k][1]];
        if (!counts.length || counts[counts.length - 1][0] !== y) { counts.push([y, 0]); }
        counts[counts.length - 1][1]++;
      }
      if (newestFirst()) { counts.reverse(); }
      found.textContent = counts.length ? "By year: " : "";
      var suffix = query();
      counts.forEach(function (c, k) {
        if (k) { found.appendChild(document.createTextNode(" · ")); }
        var a = document.createElement("a");
        a.setAttribute("href", "year-" + c[0] + ".html" + suffix);
        a.textContent = String(c[0]);
        found.appendChild(a);
        found.appendChild(document.createTextNode(" (" + c[1] + ")"));
      });
    }

    /* The parts a search needs: those holding the tag, else all of them. */
    function needed(t) {
      var out = [];
      contents.parts.forEach(function (p, k) { if (t < 0 || p[2].indexOf(t) >= 0) { out.push(k); } });
      return out;
    }

    var lastKey = null;
    var partMatches = [];  // per part, its matches for the current search (once searched)

    function searchPart(k, t, inTag) {
      var part = parts[k];
      var raw = part.raw;
      var inDate = marks(part.dates, words);
      var out = [];
      for (var i = 0; i < part.n; i++) {
        var tags = raw.tag[i];
        if (t >= 0 && tags.indexOf(t) < 0) { continue; }
        var ok = true;
        for (var j = 0; ok && j < words.length; j++) {
          ok = find(part.titles[i], words[j], 0) >= 0 || inDate[j][raw.date[i]];
          for (var g = 0; !ok && g < tags.length; g++) { ok = inTag[j][tags[g]]; }
        }
        if (ok) { out.push([k, i]); }
      }
      return out;
    }

    /* ``arriving``: called because a part arrived (the query is unchanged). */
    function apply(arriving) {
      words = wordsOf(q.value);
      var wanted = tag.value;
      if (!arriving) { follow(); }
      if (!words.length && !wanted) {
        results.hidden = true;
        years.hidden = false;
        status.textContent = "";
        lastKey = null;
        return;
      }
      if (!contents) {
        if (failed) { status.textContent = "The search data could not be loaded."; return; }
        status.textContent = "Loading the search data…";
        loadContents(function () { apply(false); });
        return;
      }
      var t = wanted ? contents.tagAt[wanted] : -1;
      if (t === undefined) { t = -2; }  // a tag no event has: nothing matches
      var key = t + "\u0000" + words.map(function (w) { return w.w; }).join(" ");
      if (key !== lastKey) { lastKey = key; partMatches = []; }
      var need = t === -2 ? [] : needed(t);
      want(need);
      var inTag = marks(contents.tagNames, words);
      var searched = 0;
      matches = [];
      need.forEach(function (k) {
        var part = parts[k];
        if (!part || part === "loading") { return; }
        if (!partMatches[k]) { partMatches[k] = part.failed ? [] : searchPart(k, t, inTag); }
        searched++;
        Array.prototype.push.apply(matches, partMatches[k]);
      });
      left = need.length - searched;
      total = need.length;
      // Shown again from the top when what the first results are changed (a part may arrive
      // before an earlier one); left alone while later parts only add results further down.
      var list = newestFirst() ? matches.slice().reverse() : matches;
      var top = list.slice(0, Math.max(shownCount, PAGE)).join(" ");
      if (!arriving || top !== shownTop) {
        hits.textContent = "";
        shownCount = 0;
        showMore();
      } else {
        var rest = list.length - shownCount;
        more.hidden = rest <= 0;
        more.textContent = "Show " + Math.min(rest, PAGE) + " more (" + rest + " not shown)";
      }
      byYear();
      results.hidden = false;
      years.hidden = true;
      announce();
    }

    function announce() {
      var n = matches.length;
      if (left > 0) {
        status.textContent = "Searching… " + (total - left) + " of " + total + " parts, " + n + " match" +
          (n === 1 ? "" : "es") + " so far.";
        return;
      }
      if (failed) { status.textContent = "Some of the search data could not be loaded: results may be missing."; return; }
      status.textContent = n === 0 ? "No events found." :
        n + " event" + (n === 1 ? "" : "s") + " found" + (n > shownCount ? ", showing the first " + shownCount : "") + ".";
    }

    function flip() {
      var newest = !newestFirst();
      order.setAttribute("aria-pressed", newest ? "true" : "false");
      reverseChildren(years, "section.year");
      follow();
      if (contents && !results.hidden) { hits.textContent = ""; shownCount = 0; byYear(); showMore(); }
    }

    more.addEventListener("click", function () {
      var first = shownCount;
      showMore();
      // Keep keyboard users where the new results start.
      var next = hits.children[first] && hits.children[first].querySelector("a");
      if (next) { next.focus(); }
      announce();
    });
    // Starting to search loads the table of contents (small), so the first parts come sooner.
    q.addEventListener("focus", function () { loadContents(function () {}); });
    start(function () { apply(false); }, flip, 120);
  }

  var src = form.getAttribute("data-search");
  var timeline = document.getElementById("_timeline");
  if (src) {
    overview(src);
  } else if (timeline) {
    listing(timeline);
  }
})();
