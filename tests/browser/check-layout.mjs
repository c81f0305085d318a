#!/usr/bin/env node
// Layout checks of the built HTML site as a reader sees it, in headless Chromium: the chooser, a
// cover, a chapter with tables and the status page of two languages, at a phone (360x740) and a
// desktop (1366x900) size, in light and dark colour schemes. For each it measures bounding boxes:
// no visible element may reach outside the viewport horizontally (inside a scrolling box is fine
// only on a desktop), with the language menu open and, on chapter pages, the contents menu open;
// both menus must open on a click and show every item inside the screen. Screenshots of each state
// go to SHOTS_DIR (default: a temporary folder) for people to look at.
//
//   node check-layout.mjs SITE_DIR LANG1 LANG2 [SHOTS_DIR]
//
// Exit code 1 when a check fails; the last line is "N passed, M failed".

import { chromium } from "playwright-core";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";

const [siteArg, ...rest] = process.argv.slice(2);
const langs = rest.slice(0, 2);
if (!siteArg || langs.length !== 2) {
  console.error("usage: node check-layout.mjs SITE_DIR LANG1 LANG2 [SHOTS_DIR]");
  process.exit(2);
}
const site = resolve(siteArg);
const shots = rest[2] ? resolve(rest[2]) : mkdtempSync(join(tmpdir(), "handbook-shots-"));
mkdirSync(shots, { recursive: true });
for (const l of langs) {
  if (!existsSync(join(site, l, "index.html"))) {
    console.error(`no such language: ${join(site, l)}`);
    process.exit(2);
  }
}

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const VIEWPORTS = [["phone", { width: 360, height: 740 }], ["desktop", { width: 1366, height: 900 }]];
const SCHEMES = ["light", "dark"];
// A chapter with tables of three columns (they overflowed phones before they reflowed).
const TABLE_CHAPTER = "03-words.html";

let passed = 0;
let failed = 0;
const pass = (name) => { passed++; console.log(`ok   ${name}`); };
const fail = (name, detail) => { failed++; console.log(`FAIL ${name}: ${detail}`); };

// The visible elements that reach outside the viewport horizontally. On a desktop a box inside a
// scrolling container that itself fits (a wide table's wrapper) is fine; on a phone nothing may
// need sideways scrolling but a table of two columns, which keeps its scroll cue.
function outside(phone) {
  const vw = document.documentElement.clientWidth;
  const bad = [];
  const describe = (el) => {
    const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
    const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 30);
    return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${cls} "${text}"`;
  };
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== "visible" || s.clip !== "auto" && s.position === "absolute") {
        const r = a.getBoundingClientRect();
        if (r.width <= 1) return "hidden";
        if (r.left >= -0.5 && r.right <= vw + 0.5) return a;
      }
    }
    return null;
  };
  if (document.documentElement.scrollWidth > vw + 1) {
    bad.push(`the page is ${document.documentElement.scrollWidth} px wide in ${vw} px`);
  }
  for (const el of document.body.querySelectorAll("*")) {
    // Not rendered: display none, visibility hidden, inside a closed <details>.
    if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.left >= -0.5 && r.right <= vw + 0.5) continue;
    if (el.closest(".skip-link")) continue; // off-screen until focused (vertically)
    const by = clipped(el);
    if (by === "hidden") continue;
    if (by && (!phone || by.matches(".table-wrap:not(.reflow)"))) continue;
    bad.push(`${describe(el)} at x ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
  }
  return bad;
}

// Every table that is wider than its column: it must show a scroll cue (shadows on its wrapper) and
// keep its first column in view (sticky); a status table must fit.
function tables() {
  const report = { count: 0, wide: 0, bad: [] };
  for (const wrap of document.querySelectorAll(".table-wrap")) {
    if (wrap.getBoundingClientRect().width === 0) continue;
    report.count++;
    if (wrap.scrollWidth <= wrap.clientWidth + 1) continue;
    report.wide++;
    const name = `table ${report.count} (${wrap.scrollWidth} px in ${wrap.clientWidth} px)`;
    if (wrap.querySelector("table.progress")) { report.bad.push(`${name}: the status table does not fit`); continue; }
    const cue = getComputedStyle(wrap).backgroundImage.includes("gradient");
    const first = wrap.querySelector("tbody tr > :first-child");
    const sticky = first && getComputedStyle(first).position === "sticky";
    if (!cue || !sticky) report.bad.push(`${name}: ${cue ? "" : "no scroll cue "}${sticky ? "" : "first column not kept in view"}`.trim());
  }
  return report;
}

// A menu's items: each must be visible and wholly inside the viewport.
function menuItems(selector) {
  const vw = document.documentElement.clientWidth;
  const items = [...document.querySelectorAll(selector)];
  if (items.length === 0) return { count: 0, bad: [`no items match ${selector}`] };
  const bad = [];
  for (const el of items) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) { bad.push(`"${el.textContent.trim()}" is not shown`); continue; }
    if (r.left < -0.5 || r.right > vw + 0.5) bad.push(`"${el.textContent.trim()}" at x ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
  }
  return { count: items.length, bad, left: Math.round(Math.min(...items.map((e) => e.getBoundingClientRect().left))) };
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const pages = [["chooser", pathToFileURL(join(site, "index.html")).href + "?stay"], ["status", pathToFileURL(join(site, "status.html")).href]];
  for (const l of langs) {
    pages.push([`${l}-cover`, pathToFileURL(join(site, l, "index.html")).href]);
    pages.push([`${l}-chapter`, pathToFileURL(join(site, l, TABLE_CHAPTER)).href]);
  }
  for (const [vpName, viewport] of VIEWPORTS) {
    const phone = vpName === "phone";
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, locale: "en-GB", isMobile: phone, hasTouch: phone });
      for (const [name, url] of pages) {
        const label = `${name} [${vpName} ${scheme}]`;
        const page = await context.newPage();
        try {
          await page.goto(url, { waitUntil: "load" });
          const shot = (state) => page.screenshot({ path: join(shots, `${name}-${vpName}-${scheme}${state}.png`), fullPage: state === "" });
          await shot("");
          const bad = await page.evaluate(outside, phone);
          if (bad.length) fail(`bounding boxes ${label}`, bad.slice(0, 6).join("; ") + (bad.length > 6 ? `; and ${bad.length - 6} more` : ""));
          else pass(`bounding boxes ${label}`);

          const t = await page.evaluate(tables);
          if (t.bad.length) fail(`tables ${label}`, t.bad.join("; "));
          else if (t.count) pass(`tables ${label}: ${t.count}, ${t.wide} scrolling with a cue`);

          // The language menu opens on a click, inside the screen.
          if (await page.locator(".language-switcher summary").count()) {
            await page.click(".language-switcher summary");
            const menu = await page.evaluate(menuItems, ".language-switcher li > *");
            const still = await page.evaluate(outside, phone);
            await shot("-language-menu");
            if (menu.bad.length || still.length) fail(`language menu ${label}`, [...menu.bad, ...still].slice(0, 6).join("; "));
            else pass(`language menu ${label}: ${menu.count} items from x ${menu.left}`);
            await page.keyboard.press("Escape");
          }

          // The contents: a menu button on a phone, the sidebar on a desktop.
          if (name.endsWith("-chapter")) {
            if (phone) {
              const summary = page.locator(".page-menu > summary");
              const box = await summary.boundingBox();
              if (!box || box.y > viewport.height) { fail(`contents menu ${label}`, "no menu button in the first screen"); }
              else {
                await summary.click();
                const menu = await page.evaluate(menuItems, ".page-menu .toc a, .page-menu .downloads a");
                const still = await page.evaluate(outside, phone);
                await shot("-contents-menu");
                if (menu.bad.length || still.length) fail(`contents menu ${label}`, [...menu.bad, ...still].slice(0, 6).join("; "));
                else {
                  // Following a section link closes the menu and lands on the section.
                  const link = page.locator(".page-menu .toc li.current li a").nth(1);
                  const href = await link.getAttribute("href");
                  await link.click();
                  await page.waitForFunction((h) => location.hash === "#" + h.split("#")[1], href);
                  const open = await page.evaluate(() => document.querySelector(".page-menu").open);
                  if (open) fail(`contents menu ${label}`, "the menu stays open after following a link");
                  else pass(`contents menu ${label}: ${menu.count} items, opens at y ${Math.round(box.y)}`);
                }
              }
            } else {
              const menu = await page.evaluate(menuItems, ".sidebar .toc a, .sidebar .downloads a");
              if (menu.bad.length) fail(`sidebar ${label}`, menu.bad.slice(0, 6).join("; "));
              else pass(`sidebar ${label}: ${menu.count} items`);
            }
            const back = await page.evaluate(() => {
              const a = document.querySelector("a.back-to-top");
              return a ? a.getAttribute("href") : null;
            });
            if (back !== "#top" || (await page.locator("#top").count()) !== 1) fail(`back to top ${label}`, `link ${back}`);
            else pass(`back to top ${label}`);
          }
        } catch (e) {
          fail(label, e.message.split("\n")[0]);
        } finally {
          await page.close();
        }
      }
      await context.close();
    }
  }

  // Every width from a small phone to a wide desktop: the language menu opens inside the screen
  // and the status tables fit.
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  for (const width of [320, 375, 430, 600, 768, 1024, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pathToFileURL(join(site, langs[0], TABLE_CHAPTER)).href);
    await page.click(".language-switcher summary");
    const menu = await page.evaluate(menuItems, ".language-switcher li > *");
    if (menu.bad.length) fail(`language menu at ${width} px`, menu.bad.slice(0, 4).join("; "));
    else pass(`language menu at ${width} px: items from x ${menu.left}`);
    await page.goto(pathToFileURL(join(site, "status.html")).href);
    const t = await page.evaluate(tables);
    const bad = await page.evaluate(outside, width < 640);
    if (t.bad.length || bad.length) fail(`status page at ${width} px`, [...t.bad, ...bad].slice(0, 4).join("; "));
    else pass(`status page at ${width} px: ${t.count} tables fit`);
  }
  await context.close();
} finally {
  await browser.close();
}
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
