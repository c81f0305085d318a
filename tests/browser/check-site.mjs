#!/usr/bin/env node
// Browser checks of the built HTML site: axe-core (WCAG 2.0/2.1 A and AA) on every page of two
// languages (their translators' review.html included, once more with its folded rows open) plus the
// chooser and the status page, at desktop (1280x900) and phone (390x844) sizes in
// light and dark colour schemes, and a few UI
// assertions (language switcher keeps the section, accent/case-insensitive search, chooser redirect).
//
//   node check-site.mjs SITE_DIR LANG1 LANG2
//
// Uses Debian's /usr/bin/chromium through playwright-core (no browser download). Exit code 1 when
// any axe violation or UI assertion fails. The last line is "N passed, M failed"; each page at one
// size and scheme is one check. VERBOSE=1 also prints axe's "needs review" (incomplete) results.

import { chromium } from "playwright-core";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { resolve, join, dirname } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const [siteArg, lang1, lang2] = process.argv.slice(2);
if (!siteArg || !lang1 || !lang2) {
  console.error("usage: node check-site.mjs SITE_DIR LANG1 LANG2");
  process.exit(2);
}
const site = resolve(siteArg);
for (const l of [lang1, lang2]) {
  if (!existsSync(join(site, l)) || !statSync(join(site, l)).isDirectory()) {
    console.error(`no such language directory: ${join(site, l)}`);
    process.exit(2);
  }
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
};

const fileUrl = (...parts) => pathToFileURL(join(site, ...parts)).href;
const rel = (url) => {
  const base = pathToFileURL(site).href + "/";
  return url.startsWith(base) ? url.slice(base.length) : url;
};

let passed = 0;
let failed = 0;
let violationsTotal = 0;
const incompleteRules = new Map();

function pass(name) {
  passed++;
  console.log(`ok   ${name}`);
}
function fail(name, detail) {
  failed++;
  console.log(`FAIL ${name}${detail ? ": " + detail : ""}`);
}

// Collects uncaught page errors and console errors while a page is open.
function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console error: ${m.text()}`); });
  return errors;
}

async function runAxe(page) {
  const has = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!has) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"] });
    const simplify = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary || "" })),
    }));
    return { violations: simplify(r.violations), incomplete: simplify(r.incomplete) };
  }, AXE_TAGS);
}

const VERBOSE = !!process.env.VERBOSE;
// AXE_ONLY=1: axe and the review pages alone, for a book other than the handbook (tests/fixtures/rtl).
const AXE_ONLY = process.env.AXE_ONLY === "1";

function report(label, result) {
  for (const inc of result.incomplete) {
    incompleteRules.set(inc.id, (incompleteRules.get(inc.id) || 0) + inc.nodes.length);
    if (VERBOSE) for (const n of inc.nodes) console.log(`     ? ${label} | ${inc.id} | ${n.target.join(" ")} | ${n.summary.replace(/\n/g, " ")}`);
  }
  if (result.violations.length === 0) { pass(`axe ${label}`); return; }
  let count = 0;
  for (const v of result.violations) count += v.nodes.length;
  violationsTotal += count;
  fail(`axe ${label}`, `${count} violation(s)`);
  for (const v of result.violations) {
    for (const n of v.nodes) {
      console.log(`     - ${label} | ${v.id} | ${v.impact} | ${n.target.join(" ")} | ${v.help}`);
      if (n.summary) console.log(`       ${n.summary.replace(/\n/g, "\n       ")}`);
    }
  }
}

// Every page is checked at a desktop and a phone viewport (tables scroll, the header wraps there).
const VIEWPORTS = [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]];

async function axePage(context, url, schemes) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(url, { waitUntil: "load" });
    // Only the page's own errors count: axe's CSSOM preload logs CORS errors under file://.
    const ownErrors = errors.slice();
    for (const [name, viewport] of VIEWPORTS) {
      await page.setViewportSize(viewport);
      // Let the page see the resize (its handlers run before the next frames) before axe looks.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
        if (dark !== (scheme === "dark")) throw new Error(`colour scheme ${scheme} not applied`);
        report(`${rel(url)} [${name} ${scheme}]`, await runAxe(page));
      }
    }
    if (ownErrors.length) fail(`scripts ${rel(url)}`, ownErrors.join("; "));
  } catch (e) {
    fail(`axe ${rel(url)}`, e.message.split("\n")[0]);
  } finally {
    await page.close();
  }
}

async function check(name, fn) {
  try {
    const detail = await fn();
    if (detail) fail(name, detail); else pass(name);
  } catch (e) {
    fail(name, e.message.split("\n")[0]);
  }
}

const browser = await chromium.launch(LAUNCH);
try {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });

  // 1. axe on every page of the two languages, the chooser (?stay keeps it from redirecting) and the status page.
  const pages = [];
  for (const lang of [lang1, lang2]) {
    for (const f of readdirSync(join(site, lang)).filter((f) => f.endsWith(".html")).sort()) pages.push(fileUrl(lang, f));
  }
  pages.push(fileUrl("index.html") + "?stay", fileUrl("status.html"));
  for (const url of pages) await axePage(context, url, ["light", "dark"]);

  // 2a. The language switcher keeps the reader at the same section.
  // The real handbook's pages and languages (AXE_ONLY=1 skips them for other books).
  if (!AXE_ONLY) {
  await check(`language switcher ${lang1} -> ${lang2} keeps #western-balkan`, async () => {
    const page = await context.newPage();
    try {
      await page.goto(fileUrl(lang1, "02-routes.html"));
      await page.click('.sidebar .toc a[href$="#western-balkan"]');
      await page.waitForFunction(() => location.hash === "#western-balkan");
      await page.click(".language-switcher summary");
      const link = page.locator(`.language-switcher a[hreflang="${lang2}"]`);
      if (!(await link.isVisible())) return "switcher did not open";
      // While it is open, the menu must pass axe too.
      for (const scheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme: scheme });
        report(`${lang1}/02-routes.html language menu open [${scheme}]`, await runAxe(page));
      }
      await Promise.all([page.waitForURL((u) => u.pathname.endsWith(`/${lang2}/02-routes.html`)), link.click()]);
      const want = fileUrl(lang2, "02-routes.html") + "#western-balkan";
      if (page.url() !== want) return `landed on ${page.url()}, want ${want}`;
      if ((await page.locator("#western-balkan").count()) !== 1) return `${lang2}/02-routes.html has no #western-balkan`;
      return null;
    } finally {
      await page.close();
    }
  });

  // 2b. Search ignores accents and case (Greek, Cyrillic).
  }
  const searches = [
    ["el", "μεταναστες"], // matches μετανάστες, μετανάστευση
    ["bg", "БЕЖАНЦИ"], // matches бежанци, бежанците
  ];
  for (const [lang, word] of searches) {
    if (!existsSync(join(site, lang, "index.html"))) {
      console.log(`skip search in ${lang}: not built`);
      continue;
    }
    await check(`search ${lang} "${word}" finds a chapter`, async () => {
      const page = await context.newPage();
      const errors = watchErrors(page);
      try {
        await page.goto(fileUrl(lang, "index.html"));
        await page.waitForFunction(() => !!window.HANDBOOK_SEARCH_INDEX);
        await page.fill("#search-input", word);
        const results = page.locator(".search-results");
        await results.waitFor({ state: "visible", timeout: 5000 });
        const hrefs = await results.locator("li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        if (hrefs.length === 0) return "no results";
        const chapter = hrefs.find((h) => /^\d\d-[\w-]+\.html(#[\w-]+)?$/.test(h) && existsSync(join(site, lang, h.split("#")[0])));
        if (!chapter) return `no result links to a chapter page: ${hrefs.join(", ")}`;
        const marked = await results.locator("mark").count();
        if (marked === 0) return "results have no highlighted match";
        const ownErrors = errors.slice();
        for (const scheme of ["light", "dark"]) {
          await page.emulateMedia({ colorScheme: scheme });
          report(`${lang}/index.html search results [${scheme}]`, await runAxe(page));
        }
        if (ownErrors.length) return ownErrors.join("; ");
        console.log(`     ${hrefs.length} result(s), first ${hrefs[0]}`);
        return null;
      } finally {
        await page.close();
      }
    });
  }

  // 2c. The translators' review page: axe with every folded row open, and at 360 px nothing wider
  // than the screen (source and translation stack).
  for (const lang of [lang1, lang2]) {
    if (!existsSync(join(site, lang, "review.html"))) continue;
    await check(`${lang}/review.html open and at 360 px`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(fileUrl(lang, "review.html"));
        const folded = await page.evaluate(() => {
          const all = [...document.querySelectorAll("details")];
          all.forEach((d) => { d.open = true; });
          return all.length;
        });
        for (const [name, viewport] of [...VIEWPORTS, ["narrow", { width: 360, height: 800 }]]) {
          await page.setViewportSize(viewport);
          for (const scheme of ["light", "dark"]) {
            await page.emulateMedia({ colorScheme: scheme });
            report(`${lang}/review.html ${folded} details open [${name} ${scheme}]`, await runAxe(page));
          }
        }
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        return wide > 360 ? `the page is ${wide} px wide at 360 px` : null;
      } finally {
        await page.close();
      }
    });
  }

  // 2d. The chooser sends a first-time reader to their language, once: back on the chooser later,
  // or through a page's link to it (?stay), the reader stays.
  if (!AXE_ONLY) {
  await check("chooser redirects sl-SI to sl/index.html once", async () => {
    const ctx = await browser.newContext({ locale: "sl-SI" });
    try {
      const page = await ctx.newPage();
      const want = fileUrl("sl", "index.html");
      await Promise.all([page.waitForURL(want, { timeout: 10000 }), page.goto(fileUrl("index.html"))]);
      if (page.url() !== want) return `landed on ${page.url()}`;
      await page.goto(fileUrl("index.html"));
      await page.waitForTimeout(500);
      if (page.url() !== fileUrl("index.html")) return `the second visit went on to ${page.url()}`;
      return null;
    } finally {
      await ctx.close();
    }
  });
  await check("chooser stays when a page links back to it (?stay)", async () => {
    const ctx = await browser.newContext({ locale: "sl-SI" });
    try {
      const page = await ctx.newPage();
      await page.goto(fileUrl("sl", "01-about.html"));
      await page.click(".language-switcher summary");
      await page.click(".language-switcher .all-languages a");
      await page.waitForLoadState("load");
      await page.waitForTimeout(500);
      const url = page.url();
      return url === fileUrl("index.html") + "?stay" ? null : `landed on ${url}`;
    } finally {
      await ctx.close();
    }
  });
  await check("chooser remembers a language chosen on it", async () => {
    const ctx = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await ctx.newPage();
      await page.goto(fileUrl("index.html"));
      if (page.url() !== fileUrl("index.html")) return `a French reader was sent to ${page.url()}`;
      await Promise.all([page.waitForURL(fileUrl(lang2, "index.html")), page.click(`.languages a[hreflang="${lang2}"]`)]);
      const stored = await page.evaluate(() => localStorage.getItem("handbook-language"));
      return stored === lang2 ? null : `remembered ${stored}`;
    } finally {
      await ctx.close();
    }
  });

  }
  await context.close();
} finally {
  await browser.close();
}

if (incompleteRules.size) {
  console.log(`axe needs review (not failing): ${[...incompleteRules].map(([k, v]) => `${k} x${v}`).join(", ")}`);
}
console.log(`axe violations: ${violationsTotal} node(s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
