#!/usr/bin/env python3
"""How `handbook check` scales with the size of one file (hostile review, case 93
and case 49). Python stdlib only.

Usage:
  python3 benches/parse_scale.py --bin before=/tmp/hb-before --bin after=target/release/handbook \
      [--cases ftl-10000,ftl-20000,ftl-100000,table-20000] [--reps 3] [--work /tmp/hbparse] \
      [--timeout 1200] [--json out.json]

Cases (each a small project written under --work, regenerated every time):
  ftl-N    the review's case 93: a two-language project (en, sl) whose
           translations/sl/01-about.ftl holds N extra messages (`about-p-x0000001 =
           text 1`, ...). None of them is in the source, so `check` reports each
           one as obsolete: the time covers parsing the file and printing N
           diagnostics with their source line.
  table-N  the review's case 49: one chapter holding a table of N rows (3 cells
           each), so the Markdown parser places 3N messages.

Every call is `<bin> check --project DIR` with stdout and stderr discarded, one
child process, timed from spawn to exit (wall) and with os.wait4 (user+sys CPU).
Binaries run interleaved (A B A B ...), --reps rounds, no warm-up round; the
table gives the median and the range. "other load" is the CPU that other
processes used during the call (from /proc/stat), in cores: the machine is
shared, so a run with other load above 0.3 is marked.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

CLK = os.sysconf("SC_CLK_TCK")


def cpu_busy():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (v[0] + v[1] + v[2] + v[5] + v[6]) / CLK


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


ABOUT = """# About this handbook

This handbook collects what partners learned in { $partners } organisations.

## Who it is for

Volunteers, staff and { -newcomers } who want to start a project.

- Read the chapters in order.
- Or jump to what you need.
"""


def project(root, case):
    shutil.rmtree(root, ignore_errors=True)
    kind, n = case.split("-")
    n = int(n)
    write(f"{root}/handbook/handbook.yaml",
          "id: bench\nsource-language: en\nlanguages: [en, sl]\nchapters:\n"
          "  - chapters/01-about.md\nvariables:\n  partners: 19\n")
    write(f"{root}/translations/en/handbook.ftl",
          "handbook-title = Bench\nlanguage-name = English\n-newcomers = newcomers\n")
    write(f"{root}/translations/sl/handbook.ftl",
          "handbook-title = Priročnik\nlanguage-name = Slovenščina\n-newcomers = prišleki\n")
    if kind == "ftl":
        write(f"{root}/handbook/chapters/01-about.md", ABOUT)
        extra = "".join(f"\nabout-p-x{i:07d} = text {i}\n" for i in range(n))
        write(f"{root}/translations/sl/01-about.ftl", "# generated\n" + extra)
    elif kind == "table":
        rows = "".join(f"| row {i} | value {i} | note {i} |\n" for i in range(n))
        write(f"{root}/handbook/chapters/01-about.md",
              "# Table\n\n| a | b | c |\n|---|---|---|\n" + rows)
    else:
        sys.exit(f"unknown case {case}")


def run_once(binary, root, timeout):
    b0 = cpu_busy()
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "check", "--project", root],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"wall": None, "timeout": timeout}
        time.sleep(0.005)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    other = max(0.0, (cpu_busy() - b0 - cpu) / wall) if wall > 0 else 0.0
    return {"wall": wall, "cpu": cpu, "other_load": round(other, 2),
            "exit": os.waitstatus_to_exitcode(status)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", action="append", required=True, help="label=path")
    ap.add_argument("--cases", default="ftl-10000,ftl-20000,ftl-100000,table-20000")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--work", default="/tmp/hbparse")
    ap.add_argument("--timeout", type=float, default=1200)
    ap.add_argument("--json")
    args = ap.parse_args()
    bins = [b.split("=", 1) for b in args.bin]
    results = {}
    for case in args.cases.split(","):
        root = os.path.join(args.work, case)
        project(root, case)
        for rep in range(args.reps):
            for label, binary in bins:
                r = run_once(binary, root, args.timeout)
                results.setdefault(case, {}).setdefault(label, []).append(r)
                shown = "timeout" if r["wall"] is None else f"{r['wall']:.2f} s"
                print(f"{case} {label} run {rep + 1}: {shown} {r}", file=sys.stderr, flush=True)
    print("| case | " + " | ".join(f"{label}: median (min-max), s" for label, _ in bins) + " |")
    print("|---|" + "---:|" * len(bins))
    for case, by_label in results.items():
        cells = []
        for label, _ in bins:
            runs = by_label[label]
            walls = [r["wall"] for r in runs if r["wall"] is not None]
            if len(walls) < len(runs):
                cells.append(f"> {args.timeout:.0f} ({len(runs) - len(walls)} of {len(runs)} timed out)")
                continue
            busy = "*" if any(r["other_load"] > 0.3 for r in runs) else ""
            cells.append(f"{statistics.median(walls):.2f} ({min(walls):.2f}-{max(walls):.2f}){busy}")
        print(f"| {case} | " + " | ".join(cells) + " |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
