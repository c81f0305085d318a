#!/usr/bin/env python3
"""handbook's .ftl files against the libraries Weblate and Pontoon use.

Usage: python3 tests/platforms/harness.py [--handbook BIN] [--repo DIR] [--keep]

Works on scratch copies of the repository's handbook/ and translations/ (in a
temporary folder, never the checkout) and runs `BIN --project COPY ...`.
Prints `ok NAME` or `FAIL NAME: why` per check, then `N passed, M failed`;
exits 1 if a check failed. See README.md beside this file.
"""

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from importlib import metadata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fluent.syntax import FluentParser, FluentSerializer, ast  # noqa: E402

import pontoon  # noqa: E402
import weblate  # noqa: E402

CHAPTER = "05-campaign"  # the chapter the cycles edit
LANG = "sl"  # the language the cycles translate
EDITED_SENTENCE = " This sentence was added by the platforms harness."
NEW_PARAGRAPH = "The platforms harness added this paragraph, which no language has translated yet."
BOLD_TEXT = "__Krepko iz Weblata.__ Ostalo besedilo iz Weblata."
BOLD_HTML = "<strong>Krepko iz Weblata.</strong>"
SUMMARY_RE = re.compile(r"^sync: (\d+) file\(s\) written", re.M)
COUNTS = ("messages", "translated", "stale", "missing", "obsolete")


class Fail(Exception):
    pass


def one_line(e):
    return " / ".join(line for line in str(e).strip().split("\n") if line)


def need(cond, why):
    if not cond:
        raise Fail(why)


# --- the project and the binary -------------------------------------------


class Project:
    """A scratch copy: handbook/ and translations/, a git repository."""

    def __init__(self, binary, root):
        self.binary = binary
        self.root = root

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def ftl(self, lang, name):
        return self.path("translations", lang, name + ".ftl")

    def run(self, *args, check=True):
        proc = subprocess.run(
            [self.binary, *args, "--project", self.root],
            capture_output=True, text=True, timeout=120,
        )
        if check and proc.returncode != 0:
            raise Fail(f"`handbook {' '.join(args)}` exited {proc.returncode}: {proc.stderr.strip()[-600:]}")
        return proc

    def sync(self):
        """Run sync; return the number of files its summary says it wrote."""
        proc = self.run("sync")
        m = SUMMARY_RE.search(proc.stderr)
        need(m, f"sync printed no `sync: N file(s) written` line on stderr: {proc.stderr.strip()[-300:]}")
        return int(m.group(1))

    def status(self):
        data = json.loads(self.run("status", "--json").stdout)
        return {lang["language"]: lang for lang in data["languages"]}

    def git(self, *args):
        return subprocess.run(
            ["git", "-c", "user.name=harness", "-c", "user.email=harness@invalid", *args],
            cwd=self.root, capture_output=True, text=True, check=True,
        ).stdout

    def changed(self):
        """Paths git sees as changed since the last commit."""
        return [line[3:] for line in self.git("status", "--porcelain", "--untracked-files=all").splitlines()]

    def commit(self, msg):
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", msg)

    def clone(self, root):
        shutil.copytree(self.root, root, symlinks=True)
        return Project(self.binary, root)


def source_language(project):
    with open(project.path("handbook", "handbook.yaml"), encoding="utf-8") as fh:
        m = re.search(r"^source-language:\s*([A-Za-z-]+)", fh.read(), re.M)
    return m.group(1) if m else "en"


def languages(project, src):
    base = project.path("translations")
    return sorted(
        d for d in os.listdir(base)
        if d != src and os.path.isdir(os.path.join(base, d))
        and any(f.endswith(".ftl") for f in os.listdir(os.path.join(base, d)))
    )


def template_names(project, src):
    """Names (without .ftl) of the source language's files: chapters and handbook."""
    return sorted(
        f[:-4] for f in os.listdir(project.path("translations", src))
        if f.endswith(".ftl") and f != "obsolete.ftl"
    )


# --- Fluent helpers ---------------------------------------------------------


def parse_ftl(path):
    with open(path, encoding="utf-8") as fh:
        return FluentParser().parse(fh.read())


def entries(path):
    """id -> Message/Term of a file (terms with their leading -)."""
    out = {}
    for e in parse_ftl(path).body:
        if isinstance(e, ast.Message):
            out[e.id.name] = e
        elif isinstance(e, ast.Term):
            out["-" + e.id.name] = e
    return out


def value_text(entry):
    """The entry as Fluent, without its comment: what a translator wrote."""
    bare = copy.deepcopy(entry)
    bare.comment = None
    return FluentSerializer().serialize_entry(bare)


def values(path):
    return {k: value_text(e) for k, e in entries(path).items()}


def comment_lines(entry):
    return entry.comment.content.split("\n") if entry.comment else []


def stale_marked(path):
    """Ids whose attached comment has a `STALE:` line."""
    return {k for k, e in entries(path).items()
            if any(line.startswith("STALE:") for line in comment_lines(e))}


def counts(lang_status):
    return {k: lang_status[k] for k in COUNTS}


def chapter_status(lang_status, chapter):
    for ch in lang_status["chapters"]:
        if ch["chapter"] == chapter:
            return ch
    raise Fail(f"status has no chapter {chapter}")


def same_elsewhere(before, after, lang, chapter):
    """Differences in status outside (lang, chapter); empty if none."""
    diffs = []
    for name in sorted(set(before) | set(after)):
        if name == lang:
            b = {c["chapter"]: c for c in before[name]["chapters"] if c["chapter"] != chapter}
            a = {c["chapter"]: c for c in after[name]["chapters"] if c["chapter"] != chapter}
            diffs += [f"{name}/{c}" for c in sorted(set(a) | set(b)) if a.get(c) != b.get(c)]
        elif before.get(name) != after.get(name):
            diffs.append(name)
    return diffs


# --- the English edit both cycles start from --------------------------------


def edit_english(project, src):
    """Change one paragraph of CHAPTER.md and add one after it, then sync.

    Returns (stale_id, missing_id): the new ids in the source .ftl, the
    first holding LANG's kept translation, the second untranslated.
    """
    md = project.path("handbook", "chapters", CHAPTER + ".md")
    with open(md, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    plain = re.compile(r"^[A-Z][^*_`\[\]|<>#]*\.$")  # no markup, no {#anchor}
    target = next(
        (i for i in range(1, len(lines) - 1)
         if lines[i - 1] == "" and lines[i + 1] == "" and plain.match(lines[i])),
        None,
    )
    need(target is not None, f"setup: no plain one-line paragraph found in {CHAPTER}.md")
    lines[target] += EDITED_SENTENCE
    lines[target + 1:target + 1] = ["", NEW_PARAGRAPH]
    src_ftl = project.ftl(src, CHAPTER)
    before = set(entries(src_ftl))
    with open(md, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    project.sync()
    new = set(entries(src_ftl)) - before
    need(len(new) == 2, f"setup: the English edit gave {len(new)} new ids in {src}/{CHAPTER}.ftl, expected 2: {sorted(new)}")
    present = set(entries(project.ftl(LANG, CHAPTER)))
    stale_ids = sorted(new & present)
    missing_ids = sorted(new - present)
    need(len(stale_ids) == 1 and len(missing_ids) == 1,
         f"setup: expected one new id with a kept {LANG} translation and one without; with: {stale_ids}, without: {missing_ids}")
    return stale_ids[0], missing_ids[0]


# --- the checks -------------------------------------------------------------


def check_parse(ctx):
    base = ctx["base"]
    junk = []
    files = 0
    tdir = base.path("translations")
    for lang in sorted(os.listdir(tdir)):
        if not os.path.isdir(os.path.join(tdir, lang)):
            continue
        for name in sorted(os.listdir(os.path.join(tdir, lang))):
            if not name.endswith(".ftl"):
                continue
            files += 1
            for e in parse_ftl(os.path.join(tdir, lang, name)).body:
                if isinstance(e, ast.Junk):
                    why = "; ".join(f"{a.code} {a.message}" for a in e.annotations)
                    junk.append(f"{lang}/{name}: Junk {e.content[:60]!r} ({why})")
    need(files > 0, "no .ftl files found")
    need(not junk, f"{len(junk)} Junk entr(ies): " + " | ".join(junk[:5]))

    # compare-locales, configured for this layout.
    locales = ", ".join(f'"{lang}"' for lang in ctx["langs"])
    conf = os.path.join(ctx["tmp"], "l10n.toml")
    with open(conf, "w", encoding="utf-8") as fh:
        fh.write(
            'basepath = "{}"\n'.format(base.root.replace("\\", "/"))
            + f"locales = [{locales}]\n"
            + '[env]\n    l = "{l10n_base}/{locale}/"\n'
            + f'[[paths]]\n    reference = "translations/{ctx["src"]}/*.ftl"\n    l10n = "{{l}}*.ftl"\n'
            # obsolete.ftl keeps translations whose source is gone, on purpose;
            # state.json is not Fluent (and *.ftl does not match it anyway).
            + '[[filters]]\n    path = "{l}obsolete.ftl"\n    action = "ignore"\n'
        )
    report = os.path.join(ctx["tmp"], "compare-locales.json")
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; from compare_locales.commands import CompareLocales; sys.exit(CompareLocales.call())",
         "--json", report, conf, base.path("translations")],
        capture_output=True, text=True, timeout=120,
    )
    need(os.path.exists(report), f"compare-locales wrote no report (exit {proc.returncode}): {proc.stderr.strip()[-400:]}")
    with open(report, encoding="utf-8") as fh:
        data = json.load(fh)
    errors, warnings = [], 0
    for run in data:
        for lang, summary in run["summary"].items():
            warnings += summary.get("warnings", 0)
            if summary.get("errors", 0):
                errors.append(f"{lang}: {summary['errors']} error(s)")
        for path, items in run["details"].items():
            for item in items:
                for key, val in item.items():
                    if key == "error" or val == "error":
                        errors.append(f"{path}: {key}: {val}")
    need(not errors, f"compare-locales: {len(errors)} error(s): " + " | ".join(errors[:5]))
    ctx["notes"].append(f"parse: {files} files, 0 Junk; compare-locales {len(ctx['langs'])} locales, 0 errors, {warnings} warning(s)")


def check_weblate_noop(ctx):
    p = ctx["base"].clone(os.path.join(ctx["tmp"], "weblate-noop"))
    src = ctx["src"]
    churn, n = [], 0
    for lang in ctx["langs"]:
        for name in ctx["names"]:
            path = p.ftl(lang, name)
            if not os.path.exists(path):
                continue
            with open(path, "rb") as fh:
                before = fh.read()
            comp = weblate.Component(p.ftl(src, name), path)
            after = comp.save()
            n += 1
            if after != before:
                churn.append(f"{lang}/{name}.ftl")
    need(n > 0, "no translation files found")
    need(not churn, f"{len(churn)} of {n} file(s) changed by a FluentFile load+save: " + ", ".join(churn[:8]))
    written = p.sync()
    need(written == 0, f"sync after the Weblate save wrote {written} file(s): {', '.join(p.changed()[:8])}")
    need(not p.changed(), f"sync said 0 files but git sees changes: {', '.join(p.changed()[:8])}")
    ctx["notes"].append(f"weblate-noop: {n} files byte-identical after FluentFile load+save")


def check_weblate_cycle(ctx):
    p = ctx["base"].clone(os.path.join(ctx["tmp"], "weblate-cycle"))
    src = ctx["src"]
    stale_id, missing_id = edit_english(p, src)
    p.commit("English edit, synced")
    s1 = p.status()
    need(s1[LANG]["stale"] >= 1 and s1[LANG]["missing"] >= 1,
         f"setup: after the English edit {LANG} has stale {s1[LANG]['stale']}, missing {s1[LANG]['missing']} (expected both >= 1)")

    path = p.ftl(LANG, CHAPTER)
    comp = weblate.Component(p.ftl(src, CHAPTER), path)
    normal = next(
        (u for u in weblate.content_units(comp.store)
         if "-p-" in u.getid() and u.getid() != stale_id and "\n" not in str(u.target)),
        None,
    )
    need(normal is not None, f"setup: no one-line paragraph unit in {LANG}/{CHAPTER}.ftl")
    normal_id = normal.getid()
    texts = {
        normal_id: str(normal.target) + " (uredil Weblate)",
        stale_id: str(weblate.find(comp.store, stale_id).target) + " (pregledano v Weblatu)",
        missing_id: "Nov odstavek, ki ga je prevedel Weblate.",
    }
    how = {uid: comp.translate(uid, text) for uid, text in texts.items()}
    need(how[missing_id] == "added", f"the missing unit was {how[missing_id]}, expected added from the template")
    comp.save()

    p.sync()
    s2 = p.status()
    after = weblate.load(path)
    lost = [uid for uid, text in texts.items()
            if weblate.find(after, uid) is None or str(weblate.find(after, uid).target) != text]
    need(not lost, f"after sync the Weblate text of {', '.join(lost)} is not in {LANG}/{CHAPTER}.ftl")

    b, a = counts(s1[LANG]), counts(s2[LANG])
    expected = dict(b, missing=b["missing"] - 1, stale=b["stale"] - 1, translated=b["translated"] + 2)
    need(a["missing"] == expected["missing"], f"{LANG} missing {b['missing']} -> {a['missing']}, expected {expected['missing']}")
    need(a["stale"] == expected["stale"],
         f"{LANG} stale {b['stale']} -> {a['stale']}, expected {expected['stale']}: the stale unit edited in Weblate is still stale")
    need(a == expected, f"{LANG} counts {b} -> {a}, expected {expected}")
    bc, ac = counts(chapter_status(s1[LANG], CHAPTER)), counts(chapter_status(s2[LANG], CHAPTER))
    need(ac == dict(bc, missing=bc["missing"] - 1, stale=bc["stale"] - 1, translated=bc["translated"] + 2),
         f"{LANG}/{CHAPTER} counts {bc} -> {ac}")
    others = same_elsewhere(s1, s2, LANG, CHAPTER)
    need(not others, f"state changed elsewhere: {', '.join(others)}")

    with open(path, "rb") as fh:
        synced = fh.read()
    again = weblate.dump(weblate.load(path))
    need(again == synced, f"a second FluentFile load+save of {LANG}/{CHAPTER}.ftl changes it ({len(synced)} -> {len(again)} bytes)")
    written = p.sync()
    need(written == 0, f"a second sync wrote {written} file(s)")


def check_pontoon_cycle(ctx):
    p = ctx["base"].clone(os.path.join(ctx["tmp"], "pontoon-cycle"))
    src = ctx["src"]
    stale_id, _ = edit_english(p, src)
    p.commit("English edit, synced")
    s1 = p.status()
    need(s1[LANG]["stale"] >= 1, f"setup: after the English edit {LANG} has no stale translation")
    chapters = [n for n in ctx["names"] if n != "handbook"]
    marked = {n: stale_marked(p.ftl(LANG, n)) for n in chapters}
    need(stale_id in marked[CHAPTER], f"setup: sync wrote no STALE: comment above {stale_id}")
    before = {n: values(p.ftl(LANG, n)) for n in chapters}

    rebuilt = {}
    for n in chapters:
        text = pontoon.rebuild(p.ftl(src, n), p.ftl(LANG, n))
        need("STALE" not in text, f"setup: the Pontoon rebuild of {LANG}/{n}.ftl kept a STALE comment")
        rebuilt[n] = values(p.ftl(LANG, n))
        lost = sorted(set(before[n]) - set(rebuilt[n]))
        need(not lost, f"setup: the Pontoon rebuild of {LANG}/{n}.ftl dropped translated {', '.join(lost[:5])}")
    reformatted = sorted(k for n in chapters for k in before[n] if before[n][k] != rebuilt[n][k])
    if reformatted:
        ctx["notes"].append(f"pontoon-cycle: moz.l10n rewrote the Fluent of {len(reformatted)} value(s): {', '.join(reformatted[:5])}")

    s2 = p.status()
    for key in ("translated", "stale", "missing"):
        need(s2[LANG][key] == s1[LANG][key],
             f"{LANG} {key} {s1[LANG][key]} before the Pontoon rebuild, {s2[LANG][key]} after")
    for n in chapters:
        b, a = counts(chapter_status(s1[LANG], n)), counts(chapter_status(s2[LANG], n))
        need(a == b, f"{LANG}/{n} counts {b} before the Pontoon rebuild, {a} after")

    p.sync()
    for n in chapters:
        back = stale_marked(p.ftl(LANG, n))
        gone = sorted(marked[n] - back)
        need(not gone, f"after sync no STALE: comment above {', '.join(gone[:5])} in {LANG}/{n}.ftl")
        now = values(p.ftl(LANG, n))
        changed = sorted(k for k in set(rebuilt[n]) | set(now) if rebuilt[n].get(k) != now.get(k))
        need(not changed, f"sync changed translated value(s) in {LANG}/{n}.ftl: {', '.join(changed[:5])}")
    s3 = p.status()
    need(counts(s3[LANG]) == counts(s1[LANG]), f"{LANG} counts {counts(s1[LANG])} before, {counts(s3[LANG])} after the rebuild and sync")


def check_translate_bold(ctx):
    p = ctx["base"].clone(os.path.join(ctx["tmp"], "translate-bold"))
    src = ctx["src"]
    found = None
    for n in ctx["names"]:
        if n == "handbook":
            continue
        comp = weblate.Component(p.ftl(src, n), p.ftl(LANG, n))
        for unit in weblate.content_units(comp.template):
            if re.match(r"^__[^_]+__ \S", str(unit.target)) and weblate.find(comp.store, unit.getid()):
                found = (n, comp, unit.getid())
                break
        if found:
            break
    need(found, f"setup: no {src} message starting with __Bold__ in the chapters")
    n, comp, uid = found
    shown = comp.source_of(uid)
    need(shown.startswith("__"), f"Weblate shows the source of {uid} as {shown[:40]!r}, not starting with __")

    unit = weblate.find(comp.store, uid)
    try:
        weblate.set_target(unit, BOLD_TEXT)  # Weblate refuses the string if this raises
    except Exception as e:
        raise Fail(f"Weblate's set_target rejects {BOLD_TEXT!r}: {str(e).strip()}")
    err = unit.get_syntax_error()
    need(err is None, f"translate-toolkit's get_syntax_error() for {BOLD_TEXT!r}: {err}")
    comp.save()

    out = os.path.join(ctx["tmp"], "translate-bold-dist")
    p.run("build", "--lang", LANG, "--format", "html", "--out", out)
    page = os.path.join(out, LANG, n + ".html")
    need(os.path.exists(page), f"build wrote no {LANG}/{n}.html")
    with open(page, encoding="utf-8") as fh:
        html = fh.read()
    need(BOLD_HTML in html, f"{LANG}/{n}.html does not show {BOLD_HTML}"
         + (" (the text is there without it)" if "Krepko iz Weblata." in html else " (the text is missing)"))


CHECKS = [
    ("parse", check_parse),
    ("weblate-noop", check_weblate_noop),
    ("weblate-cycle", check_weblate_cycle),
    ("pontoon-cycle", check_pontoon_cycle),
    ("translate-bold", check_translate_bold),
]


def main():
    repo_default = os.path.dirname(os.path.dirname(HERE))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=repo_default, help="the checkout (holding handbook/ and translations/)")
    ap.add_argument("--handbook", help="the handbook binary (default: REPO/target/release/handbook)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder and print its path")
    ap.add_argument("checks", nargs="*", help="run only these checks")
    args = ap.parse_args()
    binary = os.path.abspath(args.handbook or os.path.join(args.repo, "target", "release", "handbook"))
    if not os.access(binary, os.X_OK):
        sys.exit(f"no handbook binary at {binary}")
    unknown = set(args.checks) - {name for name, _ in CHECKS}
    if unknown:
        sys.exit(f"unknown check(s): {', '.join(sorted(unknown))}")

    versions = ", ".join(f"{d} {metadata.version(d)}" for d in
                         ("translate-toolkit", "moz.l10n", "fluent.syntax", "compare-locales"))
    print(f"platforms harness: {versions}")

    tmp = tempfile.mkdtemp(prefix="hb-platforms-")
    try:
        root = os.path.join(tmp, "base")
        os.mkdir(root)
        for d in ("handbook", "translations"):
            shutil.copytree(os.path.join(args.repo, d), os.path.join(root, d), symlinks=True)
        base = Project(binary, root)
        base.git("init", "-q")
        base.commit("the checkout's handbook/ and translations/")
        src = source_language(base)
        ctx = {"tmp": tmp, "base": base, "src": src, "langs": languages(base, src),
               "names": template_names(base, src), "notes": []}

        passed = failed = 0
        for name, fn in CHECKS:
            if args.checks and name not in args.checks:
                continue
            try:
                fn(ctx)
            except Fail as e:
                failed += 1
                print(f"FAIL {name}: {one_line(e)}")
            except Exception as e:  # a library or harness error is a failure too
                failed += 1
                last = traceback.extract_tb(e.__traceback__)[-1]
                print(f"FAIL {name}: {type(e).__name__}: {one_line(e)} ({os.path.basename(last.filename)}:{last.lineno})")
            else:
                passed += 1
                print(f"ok {name}")
        for note in ctx["notes"]:
            print(f"  {note}")
        if args.keep:
            print(f"scratch: {tmp}")
        print(f"{passed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
