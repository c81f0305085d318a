// handbook: the site's one script. It works from the file system: no fetch, no server.
(function () {
  "use strict";

  // The reader's language: remembered (when the browser lets a page store anything) once they
  // open a language from the chooser or the language menu, or the chooser has sent them to one.
  var KEY = "handbook-language";
  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function remember(code) {
    try { localStorage.setItem(KEY, code); } catch (e) { /* storage off: nothing to remember */ }
  }

  // The language chooser sends a first-time reader to their browser's language, once: a reader who
  // has a language already, or who came back to the chooser on purpose (every page links it with
  // ?stay), stays on it.
  var chooser = document.body.getAttribute("data-languages");
  if (chooser !== null && location.search.indexOf("stay") < 0 && remembered() === null) {
    var codes = chooser.split(" ");
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).toLowerCase().split("-")[0];
      for (var j = 0; j < codes.length; j++) {
        if (codes[j].toLowerCase() === String(wanted[i]).toLowerCase() || codes[j].toLowerCase() === primary) {
          remember(codes[j]);
          location.replace(codes[j] + "/index.html");
          return;
        }
      }
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    if (!target || !target.closest) return;
    // The language switcher keeps the reader at the same section.
    var link = target.closest("a[data-keep-hash]");
    if (link && location.hash) {
      link.setAttribute("href", link.getAttribute("href").split("#")[0] + location.hash);
    }
    var chosen = target.closest("a[data-language]");
    if (chosen) remember(chosen.getAttribute("data-language"));
    // An open menu closes on a click outside it, and the contents menu once a link in it is followed.
    var open = document.querySelectorAll("details.menu-closes[open]");
    for (var k = 0; k < open.length; k++) {
      if (!open[k].contains(target) || (target.closest("a") && open[k].classList.contains("page-menu"))) open[k].open = false;
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelectorAll("details.menu-closes[open]");
    for (var k = 0; k < open.length; k++) {
      open[k].open = false;
      open[k].querySelector("summary").focus();
    }
  });
  var menus = document.querySelectorAll(".language-switcher details, details.page-menu");
  for (var m = 0; m < menus.length; m++) menus[m].classList.add("menu-closes");

  // A table that reflows into cards on a phone keeps its table semantics for screen readers in the
  // browsers that drop them when a table is not displayed as one.
  var reflowed = document.querySelectorAll(".reflow table");
  for (var t = 0; t < reflowed.length; t++) {
    var table = reflowed[t];
    table.setAttribute("role", "table");
    var parts = table.querySelectorAll("thead, tbody, tr, th, td");
    for (var p = 0; p < parts.length; p++) {
      var cell = parts[p], tag = cell.tagName;
      var role = tag === "THEAD" || tag === "TBODY" ? "rowgroup" : tag === "TR" ? "row" : tag === "TD" ? "cell"
        : cell.getAttribute("scope") === "row" ? "rowheader" : "columnheader";
      cell.setAttribute("role", role);
    }
  }

  // A table wider than the screen scrolls inside its wrapper: keyboard users must be able to reach it
  // (WCAG 2.1.1), so an overflowing wrapper becomes focusable, and stops being so when it fits again.
  function scrollableTables() {
    var wraps = document.querySelectorAll(".table-wrap");
    for (var i = 0; i < wraps.length; i++) {
      var wrap = wraps[i];
      // Leave alone a wrapper that the page itself made focusable.
      if (wrap.hasAttribute("tabindex") && !wrap.hasAttribute("data-scroll-focus")) continue;
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("data-scroll-focus", "");
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("data-scroll-focus");
      }
    }
  }
  scrollableTables();
  window.addEventListener("resize", scrollableTables);

  // Search: case-folded and accent-insensitive in every script.
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ς/g, "σ");
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function search(index, query) {
    var terms = words(query);
    if (terms.length === 0) return [];
    var keys = Object.keys(index.tokens);
    var scores = null;
    terms.forEach(function (term) {
      var hits = {};
      keys.forEach(function (key) {
        if (key.indexOf(term) === 0) {
          index.tokens[key].forEach(function (doc) { hits[doc] = (hits[doc] || 0) + (key === term ? 2 : 1); });
        }
      });
      if (scores === null) { scores = hits; return; }
      var both = {};
      Object.keys(scores).forEach(function (doc) { if (hits[doc]) both[doc] = scores[doc] + hits[doc]; });
      scores = both;
    });
    return Object.keys(scores || {}).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; }).slice(0, 20)
      .map(function (doc) { return { doc: index.docs[doc], terms: terms }; });
  }
  function snippet(text, terms) {
    var folded = fold(text);
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) at = folded.indexOf(terms[i]);
    var start = Math.max(0, at - 60);
    var piece = text.slice(start, start + 180);
    var html = escapeHtml(piece);
    if (at >= 0) {
      var from = at - start, length = terms[0].length;
      html = escapeHtml(piece.slice(0, from)) + "<mark>" + escapeHtml(piece.slice(from, from + length)) + "</mark>" + escapeHtml(piece.slice(from + length));
    }
    return (start > 0 ? "… " : "") + html + (start + 180 < text.length ? " …" : "");
  }
  window.handbookSearch = { fold: fold, search: search };

  var form = document.querySelector("[data-search]");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var status = form.querySelector("#search-status");
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () {
    var index = window.HANDBOOK_SEARCH_INDEX;
    var query = input.value;
    if (!index || query.trim().length < 2) { list.hidden = true; list.innerHTML = ""; status.textContent = ""; return; }
    var results = search(index, query);
    list.innerHTML = results.map(function (r) {
      return '<li><a href="' + escapeHtml(r.doc.h) + '">' + escapeHtml(r.doc.t) + '</a><span class="where">' +
        escapeHtml(r.doc.c) + "</span>" + snippet(r.doc.x, r.terms) + "</li>";
    }).join("");
    list.hidden = results.length === 0;
    status.textContent = results.length === 0 ? status.getAttribute("data-no-results") : results.length + " ✓";
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; list.hidden = true; }
  });
})();
