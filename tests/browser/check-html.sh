#!/usr/bin/env bash
# Validates every .html file of the built site with the W3C Nu HTML Checker (vnu.jar from npm).
#   bash check-html.sh SITE_DIR
# Fails (exit 1) on any message of type "error" (includes fatal/non-document errors);
# warnings and info are printed but do not fail. The last line is "N passed, M failed" (files).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
site="${1:?usage: check-html.sh SITE_DIR}"
[ -d "$site" ] || { echo "no such directory: $site" >&2; exit 2; }
site="$(cd "$site" && pwd)"
jar="$here/node_modules/vnu-jar/build/dist/vnu.jar"
[ -f "$jar" ] || { echo "missing $jar: run npm ci in $here" >&2; exit 2; }
command -v java >/dev/null || { echo "java not found (vnu.jar needs Java 17+)" >&2; exit 2; }

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
# vnu exits 1 when it finds errors; the JSON decides here, so its status is ignored unless no JSON came.
java -Xss8m -jar "$jar" --format json --stdout --skip-non-html "$site" >"$out" 2>&1 || true

SITE="$site" node - "$out" <<'JS'
const fs = require("fs");
const path = require("path");
const site = process.env.SITE;
const raw = fs.readFileSync(process.argv[2], "utf8");
let data;
try { data = JSON.parse(raw); } catch (e) {
  console.log("vnu did not produce JSON:\n" + raw.slice(0, 4000));
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else if (/\.html?$/.test(e.name)) files.push(p);
  }
})(site);
const short = (url) => (url || "").replace(/^file:/, "").replace(site + "/", "");
const failedFiles = new Set();
const counts = { error: 0, warning: 0, info: 0 };
for (const m of data.messages) {
  if (m.type === "info" && /File was not checked/.test(m.message)) continue;
  const kind = m.type === "error" || m.type === "non-document-error" ? "error" : m.subType === "warning" ? "warning" : "info";
  counts[kind]++;
  if (kind === "error") failedFiles.add(short(m.url));
  const where = `${short(m.url)}:${m.lastLine ?? m.firstLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"}`;
  console.log(`${kind.toUpperCase().padEnd(7)} ${where}: ${m.message}`);
  if (m.extract && kind !== "info") console.log(`        ${JSON.stringify(m.extract.trim()).slice(0, 300)}`);
}
console.log(`vnu: ${files.length} HTML file(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info`);
const failed = failedFiles.size;
console.log(`${files.length - [...failedFiles].filter((f) => files.includes(path.join(site, f))).length} passed, ${failed} failed`);
process.exit(counts.error > 0 ? 1 : 0);
JS
