#!/usr/bin/env python3
"""Renders benches/RESULTS.md and benches/performance-section.md from benches/results.json.

Used by run.py; on its own: python3 benches/report.py  (re-renders without measuring).
A hand-written benches/FINDINGS.md (the investigation of missed targets), if present,
is appended to RESULTS.md verbatim.
"""
import json
import os
import statistics
import sys

CONTAMINATED = 0.3  # cores used by other processes during a call


def measured(results, key):
    e = results["runs"].get(key)
    if not e:
        return []
    return [r for r in e["runs"] if not r["warmup"] and r["rc"] == 0]


def stat(results, key):
    rs = measured(results, key)
    if not rs:
        return None
    w = [r["wall"] for r in rs]
    return {
        "n": len(rs), "median": statistics.median(w), "min": min(w), "max": max(w),
        "cpu": statistics.median(r["cpu"] for r in rs),
        "rss": max(r["rss_mib"] for r in rs),
        "rss_runs": [r["rss_mib"] for r in rs],
        "walls": w,
        "other": statistics.median(r["other"] for r in rs),
        "dirty": sum(1 for r in rs if r["other"] > CONTAMINATED),
        "failed": sum(1 for r in results["runs"][key]["runs"] if r["rc"] != 0),
    }


def ratio(results, a, b):
    """Median and range of a/b taken pair by pair (same round, measured interleaved)."""
    ra = {r["round"]: r["wall"] for r in measured(results, a)}
    rb = {r["round"]: r["wall"] for r in measured(results, b)}
    rs = [ra[k] / rb[k] for k in sorted(ra) if k in rb and rb[k] > 0]
    if not rs:
        return None
    return {"median": statistics.median(rs), "min": min(rs), "max": max(rs), "n": len(rs)}


def diff_ratio(results, a1, b1, a2, b2):
    """Median over rounds of (a2-b2)/(a1-b1): e.g. handbook's non-Typst PDF share, 16x vs 1x."""
    def d(a, b):
        ra = {r["round"]: r["wall"] for r in measured(results, a)}
        rb = {r["round"]: r["wall"] for r in measured(results, b)}
        return {k: ra[k] - rb[k] for k in ra if k in rb}
    x, y = d(a1, b1), d(a2, b2)
    rs = [y[k] / x[k] for k in sorted(x) if k in y and x[k] > 0]
    if not rs:
        return None, statistics.median(x.values()) if x else None, statistics.median(y.values()) if y else None
    return ({"median": statistics.median(rs), "min": min(rs), "max": max(rs), "n": len(rs)},
            statistics.median(x.values()), statistics.median(y.values()))


def fs(x):
    if x is None:
        return "n/a"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    if x >= 1:
        return "%.2f" % x
    return "%.3f" % x


def fr(r):
    return "n/a" if r is None else "%.2f (%.2f–%.2f)" % (r["median"], r["min"], r["max"])


def row(results, key):
    s = stat(results, key)
    if s is None:
        return "| %s | not measured | | | | | |" % results["runs"].get(key, {}).get("label", key)
    e = results["runs"][key]
    dirty = "%d/%d" % (s["dirty"], s["n"]) if s["dirty"] else "0"
    if s["failed"]:
        dirty += ", %d failed" % s["failed"]
    return "| %s | %s | %s–%s | %s | %.0f | %.2f | %s |" % (
        e["label"], fs(s["median"]), fs(s["min"]), fs(s["max"]), fs(s["cpu"]), s["rss"], s["other"], dirty)


HEAD = ("| case | median wall (s) | min–max (s) | median CPU user+sys (s) | peak RSS (MiB) "
        "| other load (cores, median) | contaminated runs |\n|---|---:|---:|---:|---:|---:|---:|")


def targets(results):
    """(target, measured text, verdict) rows."""
    out = []

    def verdict(value, limit, lower_is_better=True, unit=""):
        if value is None:
            return "not measured"
        if value <= limit:
            return "**met** (%.0f %% under)" % ((1 - value / limit) * 100)
        return "**missed** by %.0f %% (%s%s vs %s%s)" % ((value / limit - 1) * 100, fs(value), unit, fs(limit), unit)

    r = ratio(results, "hb_pdf_sl_emit", "typst_floor_sl")
    r2 = ratio(results, "hb_pdf_sl", "typst_floor_sl")
    out.append(("PDF of one language ≤ 1.15 × Typst alone",
                "handbook (--emit-typst) / typst_compile = %s; without --emit-typst %s" % (fr(r), fr(r2)),
                verdict(r and r["median"], 1.15)))
    r = ratio(results, "hb_html_epub_s1", "mdbook_sl")
    out.append(("HTML+EPUB of 8 languages < mdBook HTML of 1 language",
                "handbook / mdBook = %s" % fr(r), verdict(r and r["median"], 1.0)))
    r = ratio(results, "hb_cold_s1", "pandoc_24")
    out.append(("cold 8×3 ≤ 0.5 × pandoc (24 files, 2 at a time)",
                "handbook / pandoc = %s" % fr(r), verdict(r and r["median"], 0.5)))
    s = stat(results, "hb_noop_s1")
    out.append(("no-op build < 0.3 s", "median %s s (%s–%s)" % (fs(s["median"]), fs(s["min"]), fs(s["max"]))
                if s else "n/a", verdict(s and s["median"], 0.3, unit=" s")))
    s = stat(results, "hb_edit_html_sl")
    out.append(("one-message edit, HTML of one language < 0.2 s",
                "median %s s (%s–%s)" % (fs(s["median"]), fs(s["min"]), fs(s["max"])) if s else "n/a",
                verdict(s and s["median"], 0.2, unit=" s")))
    r_he = ratio(results, "sc_html_epub_s16", "sc_html_epub_s1")
    r_all = ratio(results, "sc_cold_s16", "sc_cold_s1")
    r_fl = ratio(results, "sc_typst_floor_sl_s16", "sc_typst_floor_sl_s1")
    ov, ov1, ov16 = diff_ratio(results, "sc_pdf_sl_s1", "sc_typst_floor_sl_s1", "sc_pdf_sl_s16", "sc_typst_floor_sl_s16")
    out.append(("16× content ≤ 17× the 1× time, except Typst's layout",
                "HTML+EPUB (no Typst) 16×/1× = %s; handbook's own PDF share (build − typst_compile, sl) "
                "16×/1× = %s (%s s → %s s); for reference: all formats 16×/1× = %s, Typst alone 16×/1× = %s"
                % (fr(r_he), fr(ov), fs(ov1), fs(ov16), fr(r_all), fr(r_fl)),
                verdict(r_he and max(r_he["median"], ov["median"] if ov else 0), 17)
                + ("; but the whole cold build grows %.1f× (see Findings 1)" % r_all["median"]
                   if r_all and r_all["median"] > 17 else "")))
    s = stat(results, "sc_cold_s16")
    out.append(("peak RSS of the 16× cold build of all languages < 2 GiB",
                "%s MiB (largest of %d runs)" % (fs(s["rss"]), s["n"]) if s else "n/a",
                verdict(s and s["rss"], 2048, unit=" MiB")))
    return out


def write_all(results, here):
    m = results["machine"]
    P = results.get("projects", {})
    L = []
    w = L.append
    w("# handbook benchmark results\n")
    w("Generated by `benches/run.py` from `benches/results.json` (every run is there). "
      "Do not edit by hand: re-run, or re-render with `python3 benches/report.py`.\n")
    w("## Machine and versions\n")
    w("| | |\n|---|---|")
    for k, lab in (("date", "date"), ("nproc", "nproc"), ("cpu", "CPU (/proc/cpuinfo)"), ("memory", "memory"),
                   ("os", "OS"), ("kernel", "kernel"), ("handbook", "handbook (/tmp/hb/handbook, release)"),
                   ("pandoc", "pandoc (pypandoc-binary)"), ("mdbook", "mdBook (cargo install --locked)"),
                   ("python", "Python")):
        w("| %s | %s |" % (lab, m.get(k, "?")))
    meth = results.get("method", {})
    w("\n## Method\n")
    w("- Release binaries only. Every case is one child process timed from spawn to exit "
      "(`time.perf_counter`) and reaped with `os.wait4`: user+sys CPU and `ru_maxrss`, which is the "
      "peak RSS of the largest single process of its tree (for pandoc: the largest pandoc or typst_compile).")
    w("- Cases of one group run **interleaved** (A B C A B C …): 1 warm-up round (not counted), then "
      "%d measured rounds (%d for the group holding the 16× project). Ratios are taken **pair by pair** "
      "(same round) and their median and range are given." % (meth.get("reps", 5), meth.get("big_reps", 3)))
    w("- Cold runs delete `--out` and `.handbook-cache` before each call and pass `--no-cache`. "
      "Preparation (deleting, editing a message) is not timed.")
    w("- The machine is shared (2 cores; other CI jobs compile Rust on it). Before each round the "
      "runner waits (up to %s s) for the other processes to use < 0.3 cores; during each call it reads "
      "`/proc/stat` and records the CPU time used by *other* processes, in cores (\"other load\"). "
      "A run with other load > %.1f cores is counted as contaminated in the tables (it is kept, "
      "not discarded: the medians include it)." % (
          "/".join("%s: %g" % kv for kv in sorted(meth.get("quiet_wait", {}).items())) or "45", CONTAMINATED))
    w("- Medians of %d runs on a noisy VM: treat differences below ~10 %% as noise; absolute times drift "
      "between days (see /work/shared/bench/RESULTS.md: ±50 %%). Compare ratios." % meth.get("reps", 5))
    w("\n## Projects (benches/generate.py, seed 1)\n")
    w("| project | scale | chapters | languages | messages (source) | words per language |\n|---|---:|---:|---|---:|---|")
    for n, p in sorted(P.items(), key=lambda x: (x[1]["scale"], len(x[1]["languages"]))):
        ws = sorted(p["words"].values())
        w("| %s | %d | %d | %s | %d | %s–%s |" % (n, p["scale"], p["chapters"], ",".join(p["languages"]),
                                                 p["messages"], "{:,}".format(ws[0]), "{:,}".format(ws[-1])))

    w("\n## Targets\n")
    w("| target | measured (ratios: median, min–max of pairs) | verdict |\n|---|---|---|")
    for t, meas, v in targets(results):
        w("| %s | %s | %s |" % (t, meas, v))

    groups = [
        ("Peers on the same content (interleaved in one group)", ["hb_cold_s1", "pandoc_24", "hb_html_epub_s1", "hb_html_epub_s1_nofsync", "hb_html_sl_peers", "mdbook_sl"]),
        ("No-op and one-message edit (cache on)", ["hb_noop_s1", "hb_edit_html_sl", "hb_edit_all"]),
        ("One language, each format alone; PDF floor", ["hb_pdf_sl", "hb_pdf_sl_emit", "typst_floor_sl", "hb_epub_sl", "hb_html_sl"]),
        ("Scaling with languages (scale 1, cold, all formats)", ["hb_cold_1lang", "hb_cold_2lang", "hb_cold_4lang", "hb_cold_8lang"]),
        ("Scaling with content (cold, 8 languages)", [k for n in ("s1", "s4", "s16") for k in
                                                     ("sc_cold_" + n, "sc_html_epub_" + n, "sc_pdf_sl_" + n, "sc_typst_floor_sl_" + n)]),
    ]
    w("\n## All cases\n")
    for title, keys in groups:
        keys = [k for k in keys if k in results["runs"]]
        if not keys:
            continue
        w("### %s\n" % title)
        w(HEAD)
        for k in keys:
            w(row(results, k))
        w("")
    # ratios
    w("### Ratios (pair by pair)\n")
    w("| ratio | median (min–max) |\n|---|---|")
    for a, b, lab in (
            ("hb_cold_s1", "pandoc_24", "handbook cold 8×3 / pandoc 24 files (-P2)"),
            ("hb_html_epub_s1", "mdbook_sl", "handbook HTML+EPUB 8 languages / mdBook HTML 1 language"),
            ("hb_html_epub_s1_nofsync", "mdbook_sl", "diagnostic: same, fsync disabled (eatmydata) / mdBook"),
            ("hb_html_sl_peers", "mdbook_sl", "handbook HTML of sl alone / mdBook HTML of sl"),
            ("hb_html_epub_s1_nofsync", "hb_html_epub_s1", "diagnostic: HTML+EPUB without fsync / with"),
            ("hb_pdf_sl_emit", "typst_floor_sl", "handbook PDF sl (--emit-typst) / typst_compile"),
            ("hb_pdf_sl", "typst_floor_sl", "handbook PDF sl / typst_compile"),
            ("hb_cold_2lang", "hb_cold_1lang", "2 languages / 1"),
            ("hb_cold_4lang", "hb_cold_1lang", "4 languages / 1"),
            ("hb_cold_8lang", "hb_cold_1lang", "8 languages / 1"),
            ("sc_cold_s4", "sc_cold_s1", "all formats, 4× / 1×"),
            ("sc_cold_s16", "sc_cold_s1", "all formats, 16× / 1×"),
            ("sc_html_epub_s4", "sc_html_epub_s1", "HTML+EPUB, 4× / 1×"),
            ("sc_html_epub_s16", "sc_html_epub_s1", "HTML+EPUB, 16× / 1×"),
            ("sc_pdf_sl_s16", "sc_pdf_sl_s1", "PDF sl, 16× / 1×"),
            ("sc_typst_floor_sl_s4", "sc_typst_floor_sl_s1", "typst_compile sl, 4× / 1×"),
            ("sc_typst_floor_sl_s16", "sc_typst_floor_sl_s1", "typst_compile sl, 16× / 1×"),
            ("sc_pdf_sl_s16", "sc_typst_floor_sl_s16", "handbook PDF sl / typst_compile at 16×")):
        r = ratio(results, a, b)
        if r:
            w("| %s | %s |" % (lab, fr(r)))
    w("\n## Every measured run (wall s / peak RSS MiB / other load)\n")
    w("| case | runs |\n|---|---|")
    for k, e in results["runs"].items():
        rs = [r for r in e["runs"] if not r["warmup"]]
        w("| `%s` | %s |" % (k, "; ".join("%s/%.0f/%.2f%s" % (fs(r["wall"]), r["rss_mib"], r["other"],
                                                            "" if r["rc"] == 0 else " rc=%d" % r["rc"]) for r in rs)))
    w("\n## Commands\n")
    w("```")
    for k, e in results["runs"].items():
        w("# %s\n%s" % (k, " ".join(e["argv"])))
    w("```")
    w("\nPeer notes: pandoc reads pandoc-Markdown (GFM alerts stay block quotes with a literal "
      "`[!TIP]`); its cross-chapter links are rewritten to in-document `#anchor`s by the generator. "
      "pandoc's PDF is `pandoc -t typst` then `/tmp/hb/typst_compile` as the engine step "
      "(pandoc `--pdf-engine` needs a typst executable, which this machine does not have), "
      "**without** PDF/UA-1: typst_compile refuses pandoc's output with `ua-1` (exit 1), so pandoc's "
      "PDFs do less work than handbook's. mdBook builds the `sl` book (HTML only, search index on).")
    fin = os.path.join(here, "FINDINGS.md")
    if os.path.exists(fin):
        w("")
        with open(fin, encoding="utf-8") as f:
            w(f.read().rstrip())
    if results.get("total_seconds"):
        w("\n_Total measuring time: %.0f s._" % results["total_seconds"])
    with open(os.path.join(here, "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    write_section(results, here)


def write_section(results, here):
    m = results["machine"]
    L = []
    w = L.append
    w("## Performance\n")
    w("Measured by `benches/run.py` on %s: %s cores (%s), %s, shared VM; %s. Synthetic handbook from "
      "`benches/generate.py` (10 chapters, ~10,700 words per language, 8 languages, fully translated; "
      "4× and 16× for scaling). Median of interleaved runs after a warm-up, with min–max; ratios pair by pair."
      % (m.get("date", "?")[:10], m.get("nproc"), m.get("cpu"), m.get("memory"), m.get("handbook")))
    w("")
    w("| what | median | min–max | peak RSS | target |\n|---|---:|---:|---:|---|")
    T = {t: v for t, _, v in targets(results)}

    def line(key, what, target):
        s = stat(results, key)
        if s:
            mark = " †" if s["dirty"] * 2 > s["n"] else ""
            w("| %s%s | %s s | %s–%s s | %.0f MiB | %s |" % (what, mark, fs(s["median"]), fs(s["min"]),
                                                           fs(s["max"]), s["rss"], target))
    line("hb_cold_s1", "cold build, 8 languages × PDF+EPUB+HTML", "")
    line("hb_noop_s1", "no-op build (cache)", "< 0.3 s: " + T["no-op build < 0.3 s"])
    line("hb_edit_html_sl", "one message edited: HTML of that language", "< 0.2 s: " +
         T["one-message edit, HTML of one language < 0.2 s"])
    line("hb_edit_all", "one message edited: full build (cache)", "")
    line("hb_pdf_sl", "PDF, one language (--no-cache)", "")
    line("typst_floor_sl", "same .typ, Typst library alone", "")
    line("hb_epub_sl", "EPUB, one language", "")
    line("hb_html_sl", "HTML, one language", "")
    line("hb_html_epub_s1", "HTML+EPUB, 8 languages", "")
    line("mdbook_sl", "mdBook 0.5 HTML, 1 language (peer)", "")
    line("pandoc_24", "pandoc 3 (24 files, 2 at a time; PDF via typst) (peer)", "")
    line("sc_cold_s16", "cold build, 16× content, 8 languages × 3", "RSS < 2 GiB: " +
         T["peak RSS of the 16× cold build of all languages < 2 GiB"])
    w("")
    w("† most runs shared the 2 cores with another build (other load > %.1f cores): absolute time "
      "inflated, up to about 2× on this machine." % CONTAMINATED)
    w("")
    w("| ratio | median (min–max) | target |\n|---|---|---|")
    for t, meas, v in targets(results):
        if "ratio" in meas or "/" in meas:
            w("| %s | %s | %s |" % (t, meas, v))
    w("")
    w("Reproduce (needs release builds of `handbook` and `typst_compile`, `pip install pypandoc-binary`, "
      "`cargo install mdbook --locked`):\n")
    w("```sh\ncargo build --release && cargo build --release --example typst_compile\n"
      "python3 benches/run.py --handbook target/release/handbook "
      "--typst-compile target/release/examples/typst_compile   # ~30 min on 2 cores\n"
      "python3 benches/generate.py /tmp/book --scale 1 --languages 8   # just the project\n```")
    w("\nDetails, every run and the method: `benches/RESULTS.md`.")
    with open(os.path.join(here, "performance-section.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "results.json")) as f:
        write_all(json.load(f), here)
