#!/usr/bin/env python3
"""Benchmark runner for `handbook` (issue 7). Python stdlib only.

Usage:
  python3 benches/run.py [--work /tmp/hbbench] [--reps 5] [--big-reps 3] [--skip-16]
                         [--handbook /tmp/hb/handbook] [--typst-compile /tmp/hb/typst_compile]
                         [--mdbook ~/.cargo/bin/mdbook] [--only GROUP,...] [--regen]

Generates the synthetic projects with benches/generate.py (unless present), then
runs every case as a group of commands measured *interleaved* (A B C A B C ...):
1 warm-up round that is not counted, then --reps measured rounds (--big-reps for
the group containing the 16x project). Each call is one child process measured
with os.wait4: wall time (perf_counter), user+sys CPU and ru_maxrss (the largest
single process of the tree). Around each call /proc/stat is read: CPU that the
machine spent on *other* processes during the call ("other load", in cores) is
recorded, and before each round the runner waits (up to --quiet-wait s) for the
machine to be quiet (other load < 0.3 cores over 1 s).

Writes benches/results.json (every run), benches/RESULTS.md and
benches/performance-section.md (both generated from results.json; re-render
without measuring with --report-only).
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS8 = ["en", "sl", "it", "de", "hu", "bg", "ro", "el"]
CLK = os.sysconf("SC_CLK_TCK")


# ----------------------------------------------------------------- measuring


def cpu_busy():
    """Seconds of CPU the whole machine has spent busy (all cores) since boot."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal guest guest_nice
    busy = v[0] + v[1] + v[2] + v[5] + v[6]
    return busy / CLK, v[7] / CLK


def other_load(seconds=1.0):
    b0, _ = cpu_busy()
    self0 = os.times()
    time.sleep(seconds)
    b1, _ = cpu_busy()
    self1 = os.times()
    mine = (self1.user + self1.system + self1.children_user + self1.children_system) - \
           (self0.user + self0.system + self0.children_user + self0.children_system)
    return max(0.0, (b1 - b0 - mine) / seconds)


def wait_quiet(limit, threshold=0.3):
    t0 = time.time()
    load = other_load()
    while load > threshold and time.time() - t0 < limit:
        load = other_load()
    return load


def measure(cmd, cwd=None, log=None):
    b0, s0 = cpu_busy()
    out = open(log or os.devnull, "ab")
    w0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - w0
    p.returncode = os.waitstatus_to_exitcode(status)
    out.close()
    b1, s1 = cpu_busy()
    cpu = ru.ru_utime + ru.ru_stime
    return {
        "wall": wall, "user": ru.ru_utime, "sys": ru.ru_stime, "cpu": cpu,
        "rss_mib": ru.ru_maxrss / 1024.0, "rc": p.returncode,
        "other": max(0.0, (b1 - b0 - cpu) / wall) if wall > 0 else 0.0,
        "steal": (s1 - s0) / wall if wall > 0 else 0.0,
    }


# ----------------------------------------------------------------- setup


class Env:
    def __init__(self, a):
        self.a = a
        self.work = os.path.abspath(a.work)
        self.hb = a.handbook
        self.tc = a.typst_compile
        self.mdbook = os.path.expanduser(a.mdbook)
        self.pandoc = subprocess.run(
            [sys.executable, "-c", "import pypandoc; print(pypandoc.get_pandoc_path())"],
            capture_output=True, text=True).stdout.strip()
        self.logs = os.path.join(self.work, "logs")
        os.makedirs(self.logs, exist_ok=True)

    def proj(self, name):
        return os.path.join(self.work, name)

    def out(self, name):
        return os.path.join(self.work, "out", name)


PROJECTS = {  # name: (scale, languages)
    "s1": (1, 8), "s4": (4, 8), "s16": (16, 8), "l1": (1, 1), "l2": (1, 2), "l4": (1, 4),
}


def generate(env, names, regen):
    for name in names:
        scale, langs = PROJECTS[name]
        d = env.proj(name)
        if os.path.exists(os.path.join(d, "STATS.json")) and not regen:
            continue
        t0 = time.time()
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), d, "--scale", str(scale),
                        "--languages", str(langs), "--handbook", env.hb]
                       + ([] if name == "s1" else ["--no-peers"]), check=True)
        print("  generated %s in %.1f s" % (name, time.time() - t0), flush=True)


def rm(path):
    shutil.rmtree(path, ignore_errors=True)


# ----------------------------------------------------------------- cases


class Cmd:
    """One measured command; prep() runs before each call and is not timed."""

    def __init__(self, key, label, argv, prep=None, cwd=None):
        self.key, self.label, self.argv, self.prep, self.cwd = key, label, argv, prep, cwd


def hb_build(env, proj, out, *extra):
    return [env.hb, "build", "--project", env.proj(proj), "--out", out] + list(extra)


def cold_prep(env, proj, out):
    def prep(_round):
        rm(out)
        rm(os.path.join(env.proj(proj), ".handbook-cache"))
    return prep


def write_pandoc_job(env):
    """24 files: (pdf, epub, html) x 8 languages, two at a time, as xargs -P2 jobs."""
    script = os.path.join(env.work, "pandoc_job.sh")
    with open(script, "w") as f:
        f.write("""#!/bin/sh
# usage: pandoc_job.sh LANG FORMAT  (run from xargs -P2; OUT and ROOT from the environment)
set -e
cd "$ROOT/peers/$1/pandoc"
mkdir -p "$OUT/$1"
COMMON="--metadata-file=metadata.yaml --resource-path=. --toc -N"
case "$2" in
  html) "$PANDOC" $COMMON -s -t html5 -o "$OUT/$1/book.html" $(cat files.txt) ;;
  epub) "$PANDOC" $COMMON -t epub3 -o "$OUT/$1/book.epub" $(cat files.txt) ;;
  pdf)  "$PANDOC" $COMMON -V papersize=a4 -s -t typst -o "$PWD/book.typ" $(cat files.txt)
        "$TYPST_COMPILE" "$PWD/book.typ" "$OUT/$1/book.pdf" ;;
esac
""")
    jobs = os.path.join(env.work, "pandoc_jobs.txt")
    with open(jobs, "w") as f:
        for lang in LANGS8:
            for fmt in ("pdf", "epub", "html"):
                f.write("%s %s\n" % (lang, fmt))
    out = env.out("pandoc")
    argv = ["sh", "-c", 'ROOT="%s" OUT="%s" PANDOC="%s" TYPST_COMPILE="%s" xargs -P2 -L1 sh "%s" < "%s"'
            % (env.proj("s1"), out, env.pandoc, env.tc, script, jobs)]
    return argv, out


def group_peers(env):
    hb_out = env.out("cold-s1")
    he_out = env.out("he-s1")
    pd_argv, pd_out = write_pandoc_job(env)
    md_out = env.out("mdbook-sl")
    cmds = [
        Cmd("hb_cold_s1", "handbook build, 8 languages x pdf+epub+html, --no-cache, fresh --out",
            hb_build(env, "s1", hb_out, "--no-cache"), cold_prep(env, "s1", hb_out)),
        Cmd("pandoc_24", "pandoc 3: 8 languages x (PDF via typst, EPUB 3, standalone HTML), xargs -P2",
            pd_argv, lambda r: rm(pd_out)),
        Cmd("hb_html_epub_s1", "handbook build --format html,epub, 8 languages, fresh --out",
            hb_build(env, "s1", he_out, "--format", "html,epub"), lambda r: rm(he_out)),
    ]
    # diagnostics for the mdBook comparison: one language's HTML alone, and the same
    # HTML+EPUB build with fsync made a no-op (eatmydata), to size the cost of durable writes
    cmds.append(Cmd("hb_html_sl_peers", "handbook build --lang sl --format html (same language as mdBook)",
                    hb_build(env, "s1", he_out + "-sl", "--lang", "sl", "--format", "html"),
                    lambda r: rm(he_out + "-sl")))
    if shutil.which("eatmydata"):
        cmds.append(Cmd("hb_html_epub_s1_nofsync", "diagnostic: the HTML+EPUB build under eatmydata (fsync = no-op)",
                        ["eatmydata"] + hb_build(env, "s1", he_out + "-nofsync", "--format", "html,epub"),
                        lambda r: rm(he_out + "-nofsync")))
    if os.path.exists(env.mdbook):
        cmds.append(Cmd("mdbook_sl", "mdBook build (HTML), 1 language (sl)",
                        [env.mdbook, "build", "-d", md_out], lambda r: rm(md_out),
                        cwd=os.path.join(env.proj("s1"), "peers", "sl", "mdbook")))
    return cmds


def group_noop(env):
    out = env.out("noop-s1")

    def first(_round):
        pass
    # the warm-up round (a cached build into a fresh --out) fills cache and --out
    rm(out)
    rm(os.path.join(env.proj("s1"), ".handbook-cache"))
    return [Cmd("hb_noop_s1", "handbook build (all), cache on, nothing changed",
                hb_build(env, "s1", out), first)]


EDIT_FILE = ("sl", "05-campaign.ftl")


def edit_prep(env, proj):
    """Changes one translated message of one language, differently every call."""
    path = os.path.join(env.proj(proj), "translations", EDIT_FILE[0], EDIT_FILE[1])
    with open(path, encoding="utf-8") as f:
        original = f.read()
    lines = original.split("\n")
    idx = next(i for i, l in enumerate(lines) if l.startswith("campaign-p-"))
    counter = [0]

    def prep(_round):
        counter[0] += 1
        l2 = list(lines)
        l2[idx] = l2[idx] + " Uredba %d." % counter[0]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(l2))
    def restore():
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    prep.restore = restore
    return prep


def group_edit(env):
    out = env.out("edit-s1")
    rm(out)
    rm(os.path.join(env.proj("s1"), ".handbook-cache"))
    subprocess.run(hb_build(env, "s1", out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    prep = edit_prep(env, "s1")
    env.restore.append(prep.restore)
    return [
        Cmd("hb_edit_html_sl", "one message edited in sl: build --lang sl --format html",
            hb_build(env, "s1", out, "--lang", "sl", "--format", "html"), prep),
        Cmd("hb_edit_all", "one message edited in sl: build (all languages and formats, cache on)",
            hb_build(env, "s1", out), prep),
    ]


def group_single(env):
    o = env.out("single")
    floor = os.path.join(env.work, "floor-s1")
    prep_floor(env, "s1", floor)
    return [
        Cmd("hb_pdf_sl", "build --lang sl --format pdf --no-cache",
            hb_build(env, "s1", o + "/pdf", "--lang", "sl", "--format", "pdf", "--no-cache"),
            lambda r: rm(o + "/pdf")),
        Cmd("hb_pdf_sl_emit", "build --lang sl --format pdf --no-cache --emit-typst",
            hb_build(env, "s1", o + "/pdfe", "--lang", "sl", "--format", "pdf", "--no-cache", "--emit-typst"),
            lambda r: rm(o + "/pdfe")),
        Cmd("typst_floor_sl", "typst_compile bench-sl.typ out.pdf ua-1 (Typst library alone)",
            [env.tc, os.path.join(floor, "bench-sl.typ"), os.path.join(o, "floor-sl.pdf"), "ua-1"],
            lambda r: os.makedirs(o, exist_ok=True)),
        Cmd("hb_epub_sl", "build --lang sl --format epub",
            hb_build(env, "s1", o + "/epub", "--lang", "sl", "--format", "epub"), lambda r: rm(o + "/epub")),
        Cmd("hb_html_sl", "build --lang sl --format html",
            hb_build(env, "s1", o + "/html", "--lang", "sl", "--format", "html"), lambda r: rm(o + "/html")),
    ]


def prep_floor(env, proj, floor):
    """The emitted .typ and the files it uses, alone in a folder (typst_compile loads every
    file under the .typ's folder, so it must not sit among the HTML/EPUB outputs)."""
    tmp = os.path.join(env.work, "emit-" + proj)
    rm(tmp)
    subprocess.run(hb_build(env, proj, tmp, "--lang", "sl", "--format", "pdf", "--no-cache", "--emit-typst"),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rm(floor)
    os.makedirs(floor)
    shutil.copy(os.path.join(tmp, "sl", "bench-sl.typ"), floor)
    shutil.copytree(os.path.join(tmp, "sl", "handbook"), os.path.join(floor, "handbook"))


def group_scale(env, names):
    cmds = []
    for name in names:
        out = env.out("cold-" + name)
        he = env.out("he-" + name)
        floor = os.path.join(env.work, "floor-" + name)
        prep_floor(env, name, floor)
        cmds += [
            Cmd("sc_cold_" + name, "%s: build 8 languages x 3 formats, --no-cache" % name,
                hb_build(env, name, out, "--no-cache"), cold_prep(env, name, out)),
            Cmd("sc_html_epub_" + name, "%s: build --format html,epub, 8 languages" % name,
                hb_build(env, name, he, "--format", "html,epub"), lambda r, he=he: rm(he)),
            Cmd("sc_pdf_sl_" + name, "%s: build --lang sl --format pdf --no-cache" % name,
                hb_build(env, name, out + "-sl", "--lang", "sl", "--format", "pdf", "--no-cache"),
                lambda r, o=out + "-sl": rm(o)),
            Cmd("sc_typst_floor_sl_" + name, "%s: typst_compile of sl .typ, ua-1" % name,
                [env.tc, os.path.join(floor, "bench-sl.typ"), os.path.join(env.work, "floor-%s.pdf" % name), "ua-1"]),
        ]
    return cmds


def group_langs(env):
    cmds = []
    for name, n in (("l1", 1), ("l2", 2), ("l4", 4), ("s1", 8)):
        out = env.out("cold-lang-" + name)
        cmds.append(Cmd("hb_cold_%dlang" % n, "scale 1, %d language(s): build all formats, --no-cache" % n,
                        hb_build(env, name, out, "--no-cache"), cold_prep(env, name, out)))
    return cmds


# ----------------------------------------------------------------- running


def run_group(env, gname, cmds, reps, results):
    print("== %s: %s (1 warm-up + %d rounds, interleaved)" % (gname, ", ".join(c.key for c in cmds), reps),
          flush=True)
    for c in cmds:
        results["runs"].setdefault(c.key, {"label": c.label, "argv": c.argv, "group": gname, "runs": []})
    for rnd in range(reps + 1):
        q = wait_quiet(env.a.quiet_wait)
        for c in cmds:
            if c.prep:
                c.prep(rnd)
            log = os.path.join(env.logs, c.key + ".log")
            m = measure(c.argv, cwd=c.cwd, log=log)
            m["round"] = rnd
            m["warmup"] = rnd == 0
            m["quiet_before"] = q
            m["at"] = time.time()
            if m["rc"] != 0:
                print("   !! %s exited %d, see %s" % (c.key, m["rc"], log), flush=True)
            results["runs"][c.key]["runs"].append(m)
            print("   r%d %-22s %8.3f s  cpu %7.2f s  rss %6.0f MiB  other %.2f%s" % (
                rnd, c.key, m["wall"], m["cpu"], m["rss_mib"], m["other"], "  (warm-up)" if rnd == 0 else ""),
                flush=True)
        save(env, results)


def save(env, results):
    with open(os.path.join(HERE, "results.json"), "w") as f:
        json.dump(results, f, indent=1)


def machine_info(env):
    def sh(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()
        except Exception:
            return "?"
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 1048576)
    return {
        "nproc": sh("nproc"), "cpu": cpu, "memory": mem, "kernel": platform.release(),
        "os": sh(". /etc/os-release && echo $PRETTY_NAME"),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "handbook": sh("%s --version" % env.hb),
        "pandoc": sh("%s --version | head -1" % env.pandoc),
        "mdbook": sh("%s --version" % env.mdbook) if os.path.exists(env.mdbook) else "not installed",
        "python": platform.python_version(),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/hbbench")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--big-reps", type=int, default=3, help="measured rounds of the group with the 16x project")
    ap.add_argument("--skip-16", action="store_true")
    ap.add_argument("--handbook", default="/tmp/hb/handbook")
    ap.add_argument("--typst-compile", default="/tmp/hb/typst_compile")
    ap.add_argument("--mdbook", default="~/.cargo/bin/mdbook")
    ap.add_argument("--only", default="", help="comma-separated groups: peers,noop,edit,single,langs,scale")
    ap.add_argument("--quiet-wait", type=float, default=45.0)
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--report-only", action="store_true")
    a = ap.parse_args()
    # The commands run in other folders: make the tools' paths absolute.
    for name in ("handbook", "typst_compile", "mdbook"):
        setattr(a, name, os.path.abspath(os.path.expanduser(getattr(a, name))))
    env = Env(a)
    env.restore = []

    if a.report_only:
        with open(os.path.join(HERE, "results.json")) as f:
            results = json.load(f)
        import report
        report.write_all(results, HERE)
        return

    groups = [g for g in (a.only.split(",") if a.only else
                          ["peers", "noop", "edit", "single", "langs", "scale"])]
    results_path = os.path.join(HERE, "results.json")
    results = {"runs": {}, "groups": {}}
    if a.only and os.path.exists(results_path):  # add to / replace groups of an earlier run
        with open(results_path) as f:
            results = json.load(f)
        for k in [k for k, v in results["runs"].items() if v["group"] in groups]:
            del results["runs"][k]
    results["machine"] = machine_info(env)
    results.setdefault("method", {}).update({"reps": a.reps, "big_reps": a.big_reps, "warmup": 1})
    results["method"].setdefault("quiet_wait", {})
    for g in groups:
        results["method"]["quiet_wait"][g] = a.quiet_wait

    need = ["s1"]
    if "langs" in groups:
        need += ["l1", "l2", "l4"]
    scale_names = ["s1", "s4"] + ([] if a.skip_16 else ["s16"])
    if "scale" in groups:
        need += scale_names[1:]
    print("generating projects under %s ..." % env.work, flush=True)
    generate(env, need, a.regen)
    results.setdefault("projects", {})
    for n in sorted(set(need)):
        with open(os.path.join(env.proj(n), "STATS.json")) as f:
            st = json.load(f)
        results["projects"][n] = {k: st[k] for k in ("scale", "chapters", "languages", "messages", "words")}

    try:
        for g in groups:
            g0 = time.time()
            if g == "peers":
                run_group(env, g, group_peers(env), a.reps, results)
            elif g == "noop":
                run_group(env, g, group_noop(env), a.reps, results)
            elif g == "edit":
                run_group(env, g, group_edit(env), a.reps, results)
            elif g == "single":
                run_group(env, g, group_single(env), a.reps, results)
            elif g == "langs":
                run_group(env, g, group_langs(env), a.reps, results)
            elif g == "scale":
                run_group(env, g, group_scale(env, scale_names),
                          a.big_reps if not a.skip_16 else a.reps, results)
            results["groups"][g] = {"seconds": time.time() - g0}
    finally:
        for r in env.restore:
            r()
        results["total_seconds"] = sum(v["seconds"] for v in results["groups"].values())
        save(env, results)
    sys.path.insert(0, HERE)
    import report
    report.write_all(results, HERE)
    print("wrote benches/results.json, benches/RESULTS.md, benches/performance-section.md")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
