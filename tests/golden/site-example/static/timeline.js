/* Progressive enhancement for the timeline index: filter by tag, search by text,
   switch the order. Without JavaScript the full timeline is already on the page;
   this file only hides and reorders what is there. No network requests. */
(function () {
  "use strict";
  var form = document.getElementById("_controls");
  var timeline = document.getElementById("_timeline");
  if (!form || !timeline) { return; }
  var q = document.getElementById("_q");
  var tag = document.getElementById("_tag");
  var order = document.getElementById("_order");
  var status = document.getElementById("_status");
  var items = Array.prototype.slice.call(timeline.querySelectorAll("li.event"));
  var sections = Array.prototype.slice.call(timeline.querySelectorAll("section"));
  var texts = null;

  function fold(s) {
    s = s.toLowerCase();
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  }

  function apply() {
    if (texts === null) { texts = items.map(function (li) { return fold(li.textContent); }); }
    var words = fold(q.value).split(/\s+/).filter(Boolean);
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
  }

  function reverseChildren(parent, selector) {
    var kids = Array.prototype.filter.call(parent.children, function (el) { return el.matches(selector); });
    for (var i = kids.length - 1; i >= 0; i--) { parent.appendChild(kids[i]); }
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

  var timer = null;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, items.length > 2000 ? 150 : 60);
  });
  tag.addEventListener("change", apply);
  order.addEventListener("click", flip);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); apply(); });

  // Links such as index.html?tag=anthropic or ?q=contract preselect a filter.
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { q.value = params.get("q"); }
  if (params.get("tag")) { tag.value = params.get("tag"); }
  form.hidden = false;
  if (q.value || tag.value) { apply(); }
  if (params.get("order") === "newest") { flip(); }
})();
