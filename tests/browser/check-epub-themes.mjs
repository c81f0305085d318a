#!/usr/bin/env node
// Reading-system themes: every XHTML document of each EPUB rendered in headless Chromium under a
// reader's day, sepia and night theme, the way many reading systems apply one: a user style that
// sets only the page's text and background colours (html, body) and leaves the book's own CSS in
// force. Every element with text of its own must keep WCAG 2.1 AA contrast against the background
// it is drawn on (4.5:1, 3:1 for large text), so a colour the book's stylesheet fixes (a dark
// heading, a light table head, the browser's blue links) fails here.
//
//   node check-epub-themes.mjs BOOK.epub...      SHOTS=DIR also saves each chapter 1 at 600x900
//
// Uses Debian's /usr/bin/chromium through playwright-core and `unzip`. Exit code 1 on any failure;
// the last line is "N passed, M failed" (one check is one document in one theme).

import { chromium } from "playwright-core";
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, basename } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";

const books = process.argv.slice(2);
if (books.length === 0) {
  console.error("usage: node check-epub-themes.mjs BOOK.epub...");
  process.exit(2);
}
const THEMES = {
  day: { background: "#ffffff", color: "#000000" },
  sepia: { background: "#f4ecd8", color: "#5b4636" },
  night: { background: "#000000", color: "#d8d8d8" },
};
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});
const page = await browser.newPage({ viewport: { width: 600, height: 900 } });

let passed = 0;
let failed = 0;

// In the page: every element with a text node of its own, its colour and the colour behind it.
function measure() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const behind = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
    }
    let colour = { r: 255, g: 255, b: 255, a: 1 }; // the canvas under everything
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none" || el.closest("[hidden]")) continue;
    const bg = behind(el);
    const fg = over(parse(style.color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    out.push({
      tag: el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : ""),
      text: el.textContent.trim().slice(0, 40), ratio, need: large ? 3 : 4.5, colour: style.color,
    });
  }
  return out;
}

for (const epub of books) {
  const work = mkdtempSync(join(tmpdir(), "epub-themes-"));
  try {
    execFileSync("unzip", ["-q", epub, "-d", work]);
    const documents = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".xhtml")) documents.push(path);
      }
    };
    walk(work);
    for (const [theme, colours] of Object.entries(THEMES)) {
      for (const doc of documents) {
        const name = `${basename(epub)} ${doc.slice(work.length + 1)} ${theme}`;
        await page.goto(pathToFileURL(doc).href);
        await page.addStyleTag({
          content: `html, body { background-color: ${colours.background} !important; color: ${colours.color} !important; }`,
        });
        const results = await page.evaluate(measure);
        const bad = results.filter((r) => r.ratio < r.need);
        const imageOnly = results.length === 0 && (await page.locator("img[alt]").count()) > 0;
        if (imageOnly) {
          passed++;
          console.log(`ok   ${name}: no text, an image with alt text`);
        } else if (bad.length === 0 && results.length > 0) {
          passed++;
          console.log(`ok   ${name}: ${results.length} text elements, lowest contrast ${Math.min(...results.map((r) => r.ratio)).toFixed(2)}:1`);
        } else {
          failed++;
          console.log(`FAIL ${name}: ${results.length === 0 ? "no text found" : `${bad.length} of ${results.length} text elements below AA`}`);
          for (const b of bad.slice(0, 8)) {
            console.log(`     - <${b.tag}> ${b.colour} at ${b.ratio.toFixed(2)}:1 (needs ${b.need}): ${JSON.stringify(b.text)}`);
          }
        }
        if (process.env.SHOTS && /text\/01-[^/]*\.xhtml$/.test(doc)) {
          await page.screenshot({ path: join(process.env.SHOTS, `${basename(epub, ".epub")}-${theme}.png`), fullPage: false });
        }
      }
    }
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}
await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
