// handbook: the site's one script. It works from the file system: no fetch, no server.
(function () {
  "use strict";

  // The language chooser: go to the reader's language when the site has it.
  var chooser = document.body.getAttribute("data-languages");
  if (chooser !== null && location.search.indexOf("stay") < 0) {
    var codes = chooser.split(" ");
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).toLowerCase().split("-")[0];
      for (var j = 0; j < codes.length; j++) {
        if (codes[j].toLowerCase() === String(wanted[i]).toLowerCase() || codes[j].toLowerCase() === primary) {
          location.replace(codes[j] + "/index.html");
          return;
        }
      }
    }
  }

  // The language switcher keeps the reader at the same section.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-keep-hash]");
    if (link && location.hash) {
      link.setAttribute("href", link.getAttribute("href").split("#")[0] + location.hash);
    }
  });

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
