#!/usr/bin/env python3
"""Save-to-new-PDF time of `handbook serve`'s PDF preview (issue item 6).

Copies the real handbook (handbook/ and translations/ of this repository) to a
temporary folder, starts the release binary's `serve` on it, opens the
Slovenian preview (as a translator's browser does) and waits for its first
PDF. Then, --reps times, changes one Slovenian message in
translations/sl/05-campaign.ftl (a different word each time) and measures
from the write to the moment the state endpoint reports a new PDF version for
sl (polled every 20 ms), checking that the PDF's bytes changed. Then the same
number of cold `handbook build --lang sl --format pdf --no-cache` runs, each a
fresh process. Prints medians, min and max, the machine and the other load
(/proc/loadavg before and after), and writes them as JSON with --json.

    python3 benches/preview.py --handbook target/release/handbook [--reps 7] [--json out.json]

Python 3 standard library only.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE = "translations/sl/05-campaign.ftl"
# Each save puts one of these in place of one word of one message.
WORDS = ["skupnost", "občina", "prostovoljci", "sosedje", "učitelji", "družine",
         "mladina", "knjižnica", "šola", "delavnica", "soseska", "pomoč"]
POLL = 0.02


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return response.read()


def state(base, lang="sl"):
    return json.loads(get(base, f"/__handbook/state?pdf={lang}"))


def wait(what, predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(POLL)
    sys.exit(f"timed out waiting for {what}")


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def machine():
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores ({model})"


def rss_mib(pid):
    """VmRSS and VmHWM (peak) of a running process, in MiB."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out


def cpu_seconds(pid):
    """User + system CPU time of a running process (all its threads), in s."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "runs": values}


def message_line(text):
    """The index of the first message line with at least six words."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^[a-z0-9-]+ = (.*)$", line)
        if m and len(m.group(1).split()) >= 6:
            return lines, i
    sys.exit(f"no message of six words in {FILE}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--handbook", default=os.path.join(REPO, "target/release/handbook"))
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--json")
    args = parser.parse_args()
    binary = os.path.abspath(args.handbook)
    result = {"machine": machine(), "load_before": loadavg(), "reps": args.reps}

    with tempfile.TemporaryDirectory(prefix="hb-preview-") as work:
        project = os.path.join(work, "project")
        for folder in ("handbook", "translations"):
            shutil.copytree(os.path.join(REPO, folder), os.path.join(project, folder))
        log = open(os.path.join(work, "serve.log"), "w+")
        server = subprocess.Popen([binary, "serve", "--project", project, "--port", "0"],
                                  stdout=subprocess.DEVNULL, stderr=log)
        try:
            def url():
                log.seek(0)
                m = re.search(r"on (http://127\.0\.0\.1:\d+)/", log.read())
                return m and m.group(1)
            base = wait("the server", url, 120)
            wait("the first build", lambda: state(base)["version"] >= 1, 120)
            # Open the preview: the first PDF this server compiles (cold cache).
            started = time.monotonic()
            page = get(base, "/__handbook/pdf/sl").decode()
            pdf_path = re.search(r'data-src="([^"]+)"', page).group(1)
            wait("the first PDF", lambda: state(base)["pdf"].get("sl", 0) >= 1, 300)
            result["first_pdf_in_serve"] = time.monotonic() - started
            result["first_compile_in_serve"] = state(base)["pdf_ms"]["sl"] / 1000
            time.sleep(0.5)

            path = os.path.join(project, FILE)
            original = open(path, encoding="utf-8").read()
            lines, index = message_line(original)
            key, _, value = lines[index].partition(" = ")
            words = value.split()
            saves, htmls, compiles, cpus = [], [], [], []
            previous = hashlib.sha256(get(base, pdf_path)).hexdigest()
            for rep in range(args.reps):
                word = WORDS[rep % len(WORDS)]
                changed = list(lines)
                changed[index] = f"{key} = " + " ".join(words[:2] + [word] + words[3:])
                before = state(base)
                version, html = before["pdf"].get("sl", 0), before["version"]
                html_at = None
                cpu0 = cpu_seconds(server.pid)
                t0 = time.monotonic()
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(changed))
                while True:
                    now = state(base)
                    t = time.monotonic()
                    if html_at is None and now["version"] > html:
                        html_at = t
                    if now["pdf"].get("sl", 0) > version:
                        break
                    if now["problems"]:
                        sys.exit(f"the edit made problems: {now['problems']}")
                    if t - t0 > 120:
                        sys.exit("timed out waiting for the new PDF")
                    time.sleep(POLL)
                saves.append(t - t0)
                cpus.append(cpu_seconds(server.pid) - cpu0)
                compiles.append(now["pdf_ms"]["sl"] / 1000)
                htmls.append((html_at or t) - t0)
                digest = hashlib.sha256(get(base, pdf_path)).hexdigest()
                if digest == previous:
                    sys.exit("the PDF did not change")
                previous = digest
                print(f"save {rep + 1}: new PDF after {t - t0:.3f} s "
                      f"(HTML after {htmls[-1]:.3f} s, compile {compiles[-1]:.3f} s, "
                      f"CPU {cpus[-1]:.2f} s)",
                      file=sys.stderr)
                time.sleep(0.5)
            result["save_to_pdf"] = summary(saves)
            result["save_to_html"] = summary(htmls)
            result["compile_in_serve"] = summary(compiles)
            result["cpu_per_save"] = summary(cpus)
            result["serve_memory_mib"] = rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait()
            log.close()

        colds, cold_rss, cold_cpu = [], [], []
        for rep in range(args.reps):
            out = os.path.join(work, "cold-out")
            t0 = time.monotonic()
            child = subprocess.Popen([binary, "build", "--project", project, "--lang", "sl",
                                      "--format", "pdf", "--no-cache", "--out", out],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            colds.append(time.monotonic() - t0)
            cold_rss.append(usage.ru_maxrss / 1024)
            cold_cpu.append(usage.ru_utime + usage.ru_stime)
            if status != 0:
                sys.exit("the cold build failed")
            print(f"cold build {rep + 1}: {colds[-1]:.3f} s", file=sys.stderr)
        result["cold_build"] = summary(colds)
        result["cold_build_peak_rss_mib"] = max(cold_rss)
        result["cold_build_cpu"] = summary(cold_cpu)
    result["load_after"] = loadavg()

    s, c, h = result["save_to_pdf"], result["cold_build"], result["save_to_html"]
    w = result["compile_in_serve"]
    cs, cc = result["cpu_per_save"], result["cold_build_cpu"]
    print(f"machine: {result['machine']}; load average before {result['load_before']}, "
          f"after {result['load_after']}")
    print("| what | median | min–max |")
    print("|---|---:|---:|")
    print(f"| save → new sl PDF in serve ({args.reps} saves) | {s['median']:.2f} s | "
          f"{s['min']:.2f}–{s['max']:.2f} s |")
    print(f"| save → new sl HTML in serve (same saves) | {h['median']:.2f} s | "
          f"{h['min']:.2f}–{h['max']:.2f} s |")
    print(f"| of which the PDF worker (load, compile, write) | {w['median']:.2f} s | "
          f"{w['min']:.2f}–{w['max']:.2f} s |")
    print(f"| cold `build --lang sl --format pdf --no-cache` ({args.reps} runs) | "
          f"{c['median']:.2f} s | {c['min']:.2f}–{c['max']:.2f} s |")
    print(f"| CPU time per save (serve process, HTML + PDF) | {cs['median']:.2f} s | "
          f"{cs['min']:.2f}–{cs['max']:.2f} s |")
    print(f"| CPU time of a cold build | {cc['median']:.2f} s | "
          f"{cc['min']:.2f}–{cc['max']:.2f} s |")
    print(f"first PDF in serve (preview opened, cold memo cache): "
          f"{result['first_pdf_in_serve']:.2f} s (worker "
          f"{result['first_compile_in_serve']:.2f} s); serve RSS after the saves: "
          f"{result['serve_memory_mib']['VmRSS']:.0f} MiB (peak "
          f"{result['serve_memory_mib']['VmHWM']:.0f} MiB); cold build peak RSS "
          f"{result['cold_build_peak_rss_mib']:.0f} MiB")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
