/* Progressive enhancement for the timeline's listing pages: filter by tag, search by text,
   switch the order. Without JavaScript every page already reads in full; this file only
   hides, reorders and (on the overview of a timeline split by year) lists search results.
   No requests to other hosts: the overview's search data is a file of this site, loaded
   by a <script> element on the first search, since browsers refuse fetch() from file://. */
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

  function wordsOf(text) { return fold(text).split(/\s+/).filter(Boolean); }

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

    function apply() {
      if (texts === null) { texts = items.map(function (li) { return fold(li.textContent); }); }
      var words = wordsOf(q.value);
      var wanted = tag.value;
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var li = items[i];
        var ok = !wanted || (" " + li.getAttribute("data-tags") + " ").indexOf(" " + wanted + " ") >= 0;
        for (var j = 0; ok && j < words.length; j++) { ok = texts[i].indexOf(words[j]) >= 0; }
        if (li.hidden === ok) { li.hidden = !ok; }
        if (ok) { shown++; }
      }
      // Hide month and year sections left empty; innermost first (they come later in document order).
      for (var k = sections.length - 1; k >= 0; k--) {
        sections[k].hidden = !sections[k].querySelector("li.event:not([hidden])");
      }
      var filtered = words.length > 0 || wanted;
      status.textContent = filtered ? shown + " of " + items.length + " events shown." : "";
      if (everywhere) { everywhere.setAttribute("href", everywhereBase + query()); }
    }

    function flip() {
      var newest = order.getAttribute("aria-pressed") !== "true";
      order.setAttribute("aria-pressed", newest ? "true" : "false");
      reverseChildren(timeline, "section.year");
      timeline.querySelectorAll("section.year").forEach(function (y) { reverseChildren(y, "section.month"); });
      timeline.querySelectorAll("ol.events").forEach(function (ol) { reverseChildren(ol, "li.event"); });
      var nav = document.querySelector(".years ul");
      if (nav) { reverseChildren(nav, "li"); }
    }

    start(apply, flip, items.length > 2000 ? 150 : 60);
  }

  /* ---- The overview of a timeline split by year: search every year through the search data. */
  function overview(src) {
    var PAGE = 100;
    var results = document.getElementById("_results");
    var found = document.getElementById("_found");
    var hits = document.getElementById("_hits");
    var more = document.getElementById("_more");
    var years = document.getElementById("_overview");
    var data = null;      // the decoded search data, once loaded
    var waiting = null;   // callbacks for when the data arrives, while it loads
    var failed = false;
    var matches = [];     // indexes of matching events, in timeline order
    var shownCount = 0;

    function load(then) {
      if (data || failed) { then(); return; }
      if (waiting) { waiting.push(then); return; }
      waiting = [then];
      function done() {
        var calls = waiting;
        waiting = null;
        calls.forEach(function (f) { f(); });
      }
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () {
        var raw = window.timelineSearch;
        if (!raw || raw.version !== 1) { failed = true; } else { data = decode(raw); }
        done();
      };
      script.onerror = function () { failed = true; done(); };
      document.head.appendChild(script);
    }

    /* Undo the data's compaction: full ids, each event's year, and lookup tables. */
    function decode(raw) {
      var n = raw.title.length;
      var ids = new Array(n);
      var prev = "";
      for (var i = 0; i < n; i++) { prev = ids[i] = prev.slice(0, raw.idKeep[i]) + raw.idRest[i]; }
      var yearOf = new Array(n);
      var at = 0;
      raw.years.forEach(function (y) { for (var k = 0; k < y[1]; k++) { yearOf[at++] = y[0]; } });
      var tagAt = {};
      raw.tags.forEach(function (t, k) { tagAt[t[0]] = k; });
      var unreviewed = {};
      raw.unreviewed.forEach(function (k) { unreviewed[k] = true; });
      return { raw: raw, n: n, ids: ids, yearOf: yearOf, tagAt: tagAt, unreviewed: unreviewed, titles: null, dates: null, tagNames: null };
    }

    /* Folded titles, dates and tag names, built on the first text search. The titles are
       folded as one string (one call instead of 100k) and split again. */
    function folded() {
      if (!data.titles) {
        var raw = data.raw;
        var titles = fold(raw.title.join("\u0000")).split("\u0000");
        data.titles = titles.length === data.n ? titles : raw.title.map(fold);
        data.dates = raw.dates.map(fold);
        data.tagNames = raw.tags.map(function (t) { return fold(t[1]); });
      }
      return data;
    }

    /* For each word, which entries of a small table (dates, tag names) contain it. */
    function marks(table, words) {
      return words.map(function (w) { return table.map(function (s) { return s.indexOf(w) >= 0; }); });
    }

    /* An event's id; "head*" or "head*cut" stands for head + the title's slug (cut short). */
    function idOf(i) {
      var id = data.ids[i];
      var star = id.indexOf("*");
      if (star < 0) { return id; }
      var cut = id.slice(star + 1);
      var slug = data.raw.title[i].toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      return id.slice(0, star) + (cut ? slug.slice(0, +cut) : slug);
    }

    function newestFirst() { return order.getAttribute("aria-pressed") === "true"; }

    function hit(i) {
      var raw = data.raw;
      var id = idOf(i);
      var li = document.createElement("li");
      li.className = data.unreviewed[i] ? "hit unreviewed" : "hit";
      var title = document.createElement("a");
      title.className = "event-title";
      title.setAttribute("href", "events/" + id + ".html");
      title.textContent = raw.title[i];
      var when = document.createElement("span");
      when.className = "when";
      var place = document.createElement("a");
      place.setAttribute("href", "year-" + data.yearOf[i] + ".html#" + id);
      place.textContent = raw.dates[raw.date[i]];
      when.appendChild(place);
      li.appendChild(title);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(when);
      if (data.unreviewed[i]) {
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
      var left = list.length - shownCount;
      more.hidden = left <= 0;
      more.textContent = "Show " + Math.min(left, PAGE) + " more (" + left + " not shown)";
    }

    /* "In 2024 (3) · 2025 (1)": each year's page with the same filter preselected. */
    function byYear() {
      var counts = [];
      for (var k = 0; k < matches.length; k++) {
        var y = data.yearOf[matches[k]];
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

    function apply() {
      var words = wordsOf(q.value);
      var wanted = tag.value;
      try { window.history.replaceState(null, "", window.location.pathname + query()); } catch (e) { /* file:// may refuse */ }
      if (!words.length && !wanted) {
        results.hidden = true;
        years.hidden = false;
        status.textContent = "";
        return;
      }
      if (!data) {
        if (failed) { status.textContent = "The search data could not be loaded."; return; }
        status.textContent = "Loading the search data…";
        load(apply);
        return;
      }
      var t = wanted ? data.tagAt[wanted] : -1;
      var raw = data.raw;
      // A word matches an event when its title, its date or one of its tag names contains it.
      var f = words.length ? folded() : null;
      var inDate = f ? marks(f.dates, words) : [];
      var inTag = f ? marks(f.tagNames, words) : [];
      matches = [];
      for (var i = 0; i < data.n; i++) {
        var tags = raw.tag[i];
        if (t !== -1 && (t === undefined || tags.indexOf(t) < 0)) { continue; }
        var ok = true;
        for (var j = 0; ok && j < words.length; j++) {
          ok = f.titles[i].indexOf(words[j]) >= 0 || inDate[j][raw.date[i]];
          for (var k = 0; !ok && k < tags.length; k++) { ok = inTag[j][tags[k]]; }
        }
        if (ok) { matches.push(i); }
      }
      hits.textContent = "";
      shownCount = 0;
      byYear();
      showMore();
      results.hidden = false;
      years.hidden = true;
      announce();
    }

    function announce() {
      var n = matches.length;
      status.textContent = n === 0 ? "No events found." :
        n + " event" + (n === 1 ? "" : "s") + " found" + (n > shownCount ? ", showing the first " + shownCount : "") + ".";
    }

    function flip() {
      var newest = !newestFirst();
      order.setAttribute("aria-pressed", newest ? "true" : "false");
      reverseChildren(years, "section.year");
      if (data && !results.hidden) { hits.textContent = ""; shownCount = 0; byYear(); showMore(); }
    }

    more.addEventListener("click", function () {
      var first = shownCount;
      showMore();
      // Keep keyboard users where the new results start.
      var next = hits.children[first] && hits.children[first].querySelector("a");
      if (next) { next.focus(); }
      announce();
    });
    // Starting to search loads the data, so the first results come sooner; never on page load.
    q.addEventListener("focus", function () { load(function () {}); });
    start(apply, flip, 120);
  }

  var src = form.getAttribute("data-search");
  var timeline = document.getElementById("_timeline");
  if (src) {
    overview(src);
  } else if (timeline) {
    listing(timeline);
  }
})();
