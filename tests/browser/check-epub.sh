#!/usr/bin/env bash
# Checks EPUBs with DAISY Ace (accessibility: axe-core in Chromium + EPUB metadata/structure checks).
#   bash check-epub.sh BOOK.epub...
# Fails (exit 1) when any report has an assertion with outcome "fail", or Ace itself fails.
# Chromium is Debian's /usr/bin/chromium, run through a wrapper that adds the flags it needs as root.
# The last line is "N passed, M failed" (EPUBs).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -gt 0 ] || { echo "usage: check-epub.sh BOOK.epub..." >&2; exit 2; }
ace="$here/node_modules/.bin/ace-cli"
[ -x "$ace" ] || ace="$here/node_modules/.bin/ace"
[ -x "$ace" ] || { echo "DAISY Ace not installed: run npm ci in $here" >&2; exit 2; }
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "no Chromium at $chromium" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/chromium" <<SH
#!/bin/sh
exec "$chromium" --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic "\$@"
SH
chmod +x "$work/chromium"
export PUPPETEER_EXECUTABLE_PATH="$work/chromium" PUPPETEER_SKIP_DOWNLOAD=1

passed=0
failed=0
for epub in "$@"; do
  name="$(basename "$epub" .epub)"
  out="$work/$name"
  if [ ! -f "$epub" ]; then
    echo "FAIL $epub: no such file"; failed=$((failed + 1)); continue
  fi
  # -E: exit 2 when the book has violations; -s: silent; -f: overwrite the output folder.
  "$ace" -E -s -f -o "$out" "$epub" >"$work/$name.log" 2>&1
  status=$?
  if [ ! -f "$out/report.json" ]; then
    echo "FAIL $epub: Ace wrote no report (exit $status)"; sed 's/^/     /' "$work/$name.log" | tail -20
    failed=$((failed + 1)); continue
  fi
  if node - "$out/report.json" "$epub" <<'JS'
const fs = require("fs");
const [reportPath, epub] = process.argv.slice(2);
const report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
const fails = [];
// Ace nests one assertion per content document (testSubject) around the rule assertions.
(function walk(list, file) {
  for (const a of list || []) {
    const subject = (a["earl:testSubject"] && a["earl:testSubject"].url) || file;
    if (Array.isArray(a.assertions) && a.assertions.length) { walk(a.assertions, subject); continue; }
    const result = a["earl:result"] || {};
    if (result["earl:outcome"] !== "fail") continue;
    const t = a["earl:test"] || {};
    const p = result["earl:pointer"] || {};
    fails.push({
      rule: t["dct:title"] || "?", impact: t["earl:impact"] || "?",
      desc: result["dct:description"] || t["dct:description"] || "",
      file: subject || "", selector: (p.css || []).join(" "), html: result.html || "",
    });
  }
})(report.assertions, "");
const outcome = report["earl:result"] && report["earl:result"]["earl:outcome"];
const byRule = {};
for (const f of fails) byRule[f.rule] = (byRule[f.rule] || 0) + 1;
console.log(`${fails.length === 0 && outcome !== "fail" ? "ok  " : "FAIL"} ${epub}: outcome ${outcome}, ${fails.length} violation(s)` +
  (fails.length ? " " + JSON.stringify(byRule) : ""));
for (const f of fails) {
  console.log(`     - ${f.rule} | ${f.impact} | ${f.file}${f.selector ? " " + f.selector : ""}`);
  if (f.desc) console.log(`       ${f.desc}`);
  if (f.html) console.log(`       ${f.html.replace(/\s+/g, " ").slice(0, 300)}`);
}
process.exit(fails.length === 0 && outcome !== "fail" ? 0 : 1);
JS
  then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
