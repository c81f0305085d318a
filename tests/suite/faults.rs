//! Faults and hostile inputs around translators' files: sync killed at random
//! moments, run twice at once, unable to replace a file, on a full disk;
//! names and links that would lead sync or build out of their place. Each
//! case asserts that no translator's text is lost and what is reported.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use handbook::i18n::parse_ftl;

use super::common::{copy_tree, handbook, path_str, single_chapter_project};

/// A copy of this repository's handbook (source and every translation).
fn real_handbook() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in ["handbook", "translations"] {
        copy_tree(&repo.join(part), &dir.path().join(part));
    }
    dir
}

/// Deletes every sixth paragraph of every chapter: their translations must
/// move to obsolete.ftl.
fn delete_paragraphs(root: &Path) -> usize {
    delete_paragraphs_at(root, 3)
}

/// Deletes the paragraphs at `phase` (mod 6) of every chapter.
fn delete_paragraphs_at(root: &Path, phase: usize) -> usize {
    let mut deleted = 0;
    for entry in std::fs::read_dir(root.join("handbook/chapters")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let blocks: Vec<&str> = text.split("\n\n").collect();
        let kept: Vec<&str> = blocks
            .iter()
            .enumerate()
            .filter(|(i, block)| {
                let prose = block.starts_with(|c: char| c.is_alphabetic());
                let drop = prose && i % 6 == phase;
                deleted += usize::from(drop);
                !drop
            })
            .map(|(_, b)| *b)
            .collect();
        std::fs::write(&path, kept.join("\n\n")).unwrap();
    }
    deleted
}

/// Every translated value of every language but the source, in chapter
/// files and obsolete.ftl.
fn translated_values(root: &Path) -> BTreeSet<String> {
    let mut values = BTreeSet::new();
    for language in std::fs::read_dir(root.join("translations")).unwrap() {
        let language = language.unwrap();
        if language.file_name() == "en" || !language.file_type().unwrap().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(language.path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") && !path.ends_with("handbook.ftl") {
                let text = std::fs::read_to_string(&path).unwrap();
                let parsed = parse_ftl(path_str(&path), &text);
                assert!(
                    parsed.errors.is_empty(),
                    "{}: {:?}",
                    path.display(),
                    parsed.errors
                );
                for entry in parsed.entries {
                    values.insert(entry.text.display());
                }
            }
        }
    }
    values
}

fn leftovers(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![root.join("translations")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else if name.starts_with('.') {
                found.push(entry.path());
            }
        }
    }
    found
}

fn sync_command(root: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_handbook"));
    command
        .args(["sync", "--project", path_str(root)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

fn assert_nothing_lost(before: &BTreeSet<String>, root: &Path, what: &str) {
    let after = translated_values(root);
    let lost: Vec<_> = before.difference(&after).collect();
    assert!(
        lost.is_empty(),
        "{what}: {} translation(s) lost, e.g. {:?}",
        lost.len(),
        lost.first()
    );
}

#[test]
fn sync_killed_at_any_moment_loses_nothing_and_leaves_nothing() {
    // How long this sync takes here, so the kills spread over all of it.
    let probe = real_handbook();
    delete_paragraphs(probe.path());
    let started = Instant::now();
    assert!(sync_command(probe.path()).status().unwrap().success());
    let duration = started.elapsed();
    let runs = 16u32;
    let mut killed_midway = 0;
    for run in 0..runs {
        let dir = real_handbook();
        let root = dir.path();
        let before = translated_values(root);
        assert!(delete_paragraphs(root) > 20);
        let mut child = sync_command(root).spawn().unwrap();
        std::thread::sleep(duration * run / runs);
        let finished_before_kill = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let _ = child.wait();
        killed_midway += usize::from(!finished_before_kill);
        assert_nothing_lost(&before, root, &format!("run {run}, right after the kill"));

        let again = handbook(&["sync", "--project", path_str(root)]);
        assert_eq!(again.code, 0, "run {run}: {}", again.stderr);
        assert_nothing_lost(&before, root, &format!("run {run}, after the next sync"));
        assert_eq!(
            leftovers(root),
            Vec::<PathBuf>::new(),
            "run {run}: files left behind"
        );
        let settled = handbook(&["sync", "--project", path_str(root)]);
        assert!(
            settled.stderr.contains("sync: 0 file(s) written"),
            "run {run}: {}",
            settled.stderr
        );
    }
    assert!(
        killed_midway >= 6,
        "only {killed_midway} of {runs} runs were killed before they ended (a sync takes {duration:?})"
    );
}

#[test]
fn sync_stopped_after_any_rename_loses_nothing() {
    // Random kills rarely land in the rename phase (about a millisecond);
    // here the process stops dead after rename 0, 1, 2, ... in turn.
    let mut renames = usize::MAX;
    let mut stopped = 0;
    let mut after = 0;
    while after <= renames {
        let dir = real_handbook();
        let root = dir.path();
        let before = translated_values(root);
        // Translations leave for obsolete.ftl and others come back from it.
        let chapters = root.join("handbook/chapters");
        let original = tempfile::tempdir().unwrap();
        copy_tree(&chapters, original.path());
        delete_paragraphs_at(root, 1);
        assert_eq!(handbook(&["sync", "--project", path_str(root)]).code, 0);
        copy_tree(original.path(), &chapters);
        delete_paragraphs_at(root, 3);
        let output = sync_command(root)
            .env("HANDBOOK_FAULT_AFTER_RENAMES", after.to_string())
            .output()
            .unwrap();
        if output.status.success() {
            // Fewer renames than `after`: the whole range has been tried.
            let all = handbook(&["sync", "--project", path_str(root)]);
            assert!(
                all.stderr.contains("sync: 0 file(s) written"),
                "{}",
                all.stderr
            );
            renames = after;
        } else {
            stopped += 1;
            assert_nothing_lost(&before, root, &format!("stopped after rename {after}"));
            let again = handbook(&["sync", "--project", path_str(root)]);
            assert_eq!(again.code, 0, "after rename {after}: {}", again.stderr);
            assert!(
                again.stderr.contains("finished a sync that was stopped"),
                "{}",
                again.stderr
            );
            assert_nothing_lost(&before, root, &format!("after rename {after}, then sync"));
            assert_eq!(
                leftovers(root),
                Vec::<PathBuf>::new(),
                "after rename {after}"
            );
        }
        // Every rename near the start, where obsolete.ftl and the first
        // chapter files are replaced, then every fifth.
        after += if after < 24 { 1 } else { 5 };
    }
    assert!(
        stopped > 20,
        "only {stopped} stops: the sync renamed too little"
    );
}

#[test]
fn two_syncs_at_once_both_succeed_and_lose_nothing() {
    for pair in 0..5 {
        let dir = real_handbook();
        let root = dir.path();
        let before = translated_values(root);
        delete_paragraphs(root);
        let first = sync_command(root).spawn().unwrap();
        let second = sync_command(root).spawn().unwrap();
        for child in [first, second] {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "pair {pair}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        assert_nothing_lost(&before, root, &format!("pair {pair}"));
        let settled = handbook(&["sync", "--project", path_str(root)]);
        assert!(
            settled.stderr.contains("sync: 0 file(s) written"),
            "pair {pair}: {}",
            settled.stderr
        );
    }
}

#[test]
fn sync_waits_for_a_reader_of_the_project() {
    let dir = real_handbook();
    let root = dir.path();
    let reader = std::fs::File::open(root).unwrap();
    reader.lock_shared().unwrap();
    delete_paragraphs(root);
    let mut child = sync_command(root).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "sync ran while the project was being read"
    );
    assert!(!root.join("translations/sl/obsolete.ftl").exists());
    reader.unlock().unwrap();
    let started = Instant::now();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(root.join("translations/sl/obsolete.ftl").exists());
}

/// Root on this machine kind (and in CI); elsewhere these cases cannot be set up.
fn running_as_root() -> bool {
    let uid = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let root = uid.unwrap_or(false);
    assert!(
        root || std::env::var_os("CI").is_none(),
        "CI runs as root: these cases must run there"
    );
    root
}

/// `chattr +i` for the life of the guard.
struct Immutable(PathBuf);

impl Immutable {
    fn new(path: &Path) -> Immutable {
        let status = Command::new("chattr").arg("+i").arg(path).status().unwrap();
        assert!(status.success(), "chattr +i {}", path.display());
        Immutable(path.to_owned())
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

#[test]
fn a_file_sync_cannot_replace_loses_nothing_and_is_finished_later() {
    if !running_as_root() {
        eprintln!("skipped: needs root for chattr");
        return;
    }
    let dir = real_handbook();
    let root = dir.path();
    let before = translated_values(root);
    delete_paragraphs(root);
    let obsolete = root.join("translations/sl/obsolete.ftl");
    std::fs::write(&obsolete, "").unwrap();
    let guard = Immutable::new(&obsolete);
    let failed = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(failed.code, 1, "{}", failed.stderr);
    assert!(
        failed.stderr.contains("translations/sl/obsolete.ftl"),
        "{}",
        failed.stderr
    );
    assert!(
        failed.stderr.contains("cannot replace"),
        "{}",
        failed.stderr
    );
    assert!(
        failed.stderr.contains("0 moved to obsolete.ftl"),
        "counts only what was done: {}",
        failed.stderr
    );
    assert_nothing_lost(&before, root, "after the failed sync");
    // Readers still work meanwhile, and still lose nothing.
    let status = handbook(&["status", "--project", path_str(root)]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    drop(guard);
    let again = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains("finished a sync that was stopped"),
        "{}",
        again.stderr
    );
    assert_nothing_lost(&before, root, "after the sync was finished");
    assert!(
        std::fs::read_to_string(&obsolete)
            .unwrap()
            .contains("From ")
    );
    assert_eq!(leftovers(root), Vec::<PathBuf>::new());
}

/// A small tmpfs, unmounted when dropped.
struct SmallDisk(PathBuf);

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_loses_nothing() {
    if !running_as_root() {
        eprintln!("skipped: needs root to mount a tmpfs");
        return;
    }
    let source = real_handbook();
    let size = 6 * 1024 * 1024;
    // Free space left before the sync: from none to nearly enough.
    for free_kib in [0u64, 8, 40, 200, 800, 1600] {
        let mount = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(mount.path())
            .status()
            .unwrap();
        assert!(status.success());
        let disk = SmallDisk(mount.path().to_owned());
        let root = disk.0.join("project");
        copy_tree(source.path(), &root);
        let before = translated_values(&root);
        delete_paragraphs(&root);
        // Fill the disk up to `free_kib` free.
        let filler = disk.0.join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 4096];
        use std::io::Write as _;
        loop {
            let stat = Command::new("df")
                .args(["-k", "--output=avail"])
                .arg(&disk.0)
                .output()
                .unwrap();
            let avail: u64 = String::from_utf8_lossy(&stat.stdout)
                .lines()
                .nth(1)
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            if avail <= free_kib || file.write_all(&chunk).is_err() {
                break;
            }
            let _ = file.flush();
        }
        drop(file);
        let run = handbook(&["sync", "--project", path_str(&root)]);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert_nothing_lost(&before, &root, &format!("{free_kib} KiB free"));
        if run.code != 0 {
            assert!(
                run.stderr.contains("nothing was changed") || run.stderr.contains("finished by"),
                "{free_kib} KiB: {}",
                run.stderr
            );
        }
        std::fs::remove_file(&filler).unwrap();
        let again = handbook(&["sync", "--project", path_str(&root)]);
        assert_eq!(
            again.code, 0,
            "{free_kib} KiB, with space again: {}",
            again.stderr
        );
        assert_nothing_lost(&before, &root, &format!("{free_kib} KiB, then with space"));
        assert_eq!(leftovers(&root), Vec::<PathBuf>::new());
        drop(disk);
    }
}

fn set_languages(root: &Path, languages: &str) {
    let manifest = root.join("handbook/handbook.yaml");
    let yaml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, yaml.replace("[en]", languages)).unwrap();
}

fn add_chapter(root: &Path, name: &str, text: &str) {
    std::fs::write(root.join("handbook/chapters").join(name), text).unwrap();
    let manifest = root.join("handbook/handbook.yaml");
    let yaml = std::fs::read_to_string(&manifest).unwrap();
    let yaml = yaml.replace("chapters:\n", &format!("chapters:\n  - chapters/{name}\n"));
    std::fs::write(&manifest, yaml).unwrap();
}

#[test]
fn chapter_names_that_are_handbooks_own_files_are_refused() {
    for name in ["handbook.md", "obsolete.md", "index.md", "Handbook.md"] {
        let dir = single_chapter_project("# Title\n\nText.\n");
        let root = dir.path();
        let before = std::fs::read_to_string(root.join("translations/en/handbook.ftl")).unwrap();
        add_chapter(root, name, "# Extra\n\nAn extra chapter.\n");
        let run = handbook(&["sync", "--project", path_str(root)]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("a chapter cannot be named `{}`", name)),
            "{name}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("handbook/handbook.yaml:5:"),
            "{name}: file:line: {}",
            run.stderr
        );
        let after = std::fs::read_to_string(root.join("translations/en/handbook.ftl")).unwrap();
        assert_eq!(before, after, "{name}");
    }
}

#[test]
fn texts_whose_old_ids_collided_keep_their_own_translations() {
    // These two sentences shared one 32-bit id (`x-p-ab7d4f5e`, the second
    // got `-2`); deleting the first gave the second the first's translation.
    let dir = single_chapter_project(
        "# C\n\nCollision test sentence number yflsmylx.\n\nCollision test sentence number qahyzbdt.\n",
    );
    let root = dir.path();
    set_languages(root, "[en, sl]");
    assert_eq!(handbook(&["sync", "--project", path_str(root)]).code, 0);
    let path = root.join("translations/sl/01-test.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace(
            "= Collision test sentence number yflsmylx.",
            "= PREVOD ZA YFLSMYLX",
        )
        .replace(
            "= Collision test sentence number qahyzbdt.",
            "= PREVOD ZA QAHYZBDT",
        )
        .replace("# test-", "test-");
    std::fs::write(&path, text).unwrap();
    std::fs::write(
        root.join("handbook/chapters/01-test.md"),
        "# C\n\nCollision test sentence number qahyzbdt.\n",
    )
    .unwrap();
    assert_eq!(handbook(&["sync", "--project", path_str(root)]).code, 0);
    let build = handbook(&[
        "build",
        "--project",
        path_str(root),
        "--lang",
        "sl",
        "--format",
        "html",
    ]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = std::fs::read_to_string(root.join("dist/sl/01-test.html")).unwrap();
    assert!(page.contains("PREVOD ZA QAHYZBDT"), "{page}");
    assert!(!page.contains("PREVOD ZA YFLSMYLX"), "{page}");
}

#[test]
fn ids_of_the_first_scheme_are_rewritten_and_every_translation_stays_confirmed() {
    let dir = real_handbook();
    let root = dir.path();
    let before = std::fs::read_to_string(root.join("translations/de/03-words.ftl")).unwrap();
    let values = translated_values(root);
    // Rewrite every file to scheme-1 ids, as the first releases wrote them.
    let project = handbook::manifest::Project::load(root).unwrap();
    let mut diags = handbook::diag::Diagnostics::default();
    let book = handbook::source::Book::load(&project, &mut diags);
    let mut legacy = std::collections::HashMap::new();
    for chapter in &book.chapters {
        for message in &chapter.messages {
            let parsed = handbook::source::id::parse_id(&message.id).unwrap();
            legacy.insert(
                message.id.clone(),
                handbook::source::id::legacy_v1_id(
                    parsed.slug,
                    parsed.kind_code,
                    &message.text.normalized(),
                ),
            );
        }
    }
    let mut rewritten = 0;
    for language in &project.languages {
        for chapter in &book.chapters {
            let path = root.join(format!("translations/{language}/{}.ftl", chapter.file.stem));
            let mut text = std::fs::read_to_string(&path).unwrap();
            for (new, old) in &legacy {
                if text.contains(new.as_str()) {
                    text = text.replace(new.as_str(), old);
                    rewritten += 1;
                }
            }
            let text = text.replace("(message id scheme 2)", "");
            std::fs::write(&path, text).unwrap();
        }
    }
    assert!(rewritten > 4000, "{rewritten}");
    let run = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("moved to the current message id scheme"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("0 translation(s) marked stale, 0 moved to obsolete.ftl"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(root.join("translations/de/03-words.ftl")).unwrap(),
        before
    );
    assert_eq!(translated_values(root), values);
    let status = handbook(&["status", "--project", path_str(root), "--min", "100"]);
    assert_eq!(status.code, 0, "{}", status.stdout);
}

#[test]
fn translators_own_comments_survive_sync() {
    let dir = single_chapter_project("# Title\n\nOne story.\n\nTwo stories.\n");
    let root = dir.path();
    set_languages(root, "[en, sl]");
    assert_eq!(handbook(&["sync", "--project", path_str(root)]).code, 0);
    let path = root.join("translations/sl/01-test.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "# Context: paragraph",
        "## TRANSLATOR GROUP: terms agreed with the ministry\n\n# A standalone note about the next paragraph.\n\n# Context: paragraph",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let mut settled: Option<String> = None;
    for _ in 0..2 {
        let run = handbook(&["sync", "--project", path_str(root)]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let after = std::fs::read_to_string(&path).unwrap();
        assert!(
            after.contains("## TRANSLATOR GROUP: terms agreed with the ministry\n"),
            "{after}"
        );
        assert!(
            after.contains("# A standalone note about the next paragraph.\n"),
            "{after}"
        );
        if let Some(first) = &settled {
            assert_eq!(&after, first, "a second sync rewrote the file");
        }
        settled = Some(after);
    }
}

fn outside_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn links_leading_out_of_the_project_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside_file(
        outside.path(),
        "secret.md",
        "# Secret\n\nroot:x:0:0 not for publishing.\n",
    );

    // A chapter that is a link to a file outside.
    let dir = single_chapter_project("# Title\n\nText.\n");
    let root = dir.path();
    add_chapter(root, "02-leak.md", "");
    std::fs::remove_file(root.join("handbook/chapters/02-leak.md")).unwrap();
    std::os::unix::fs::symlink(&secret, root.join("handbook/chapters/02-leak.md")).unwrap();
    for command in ["check", "sync", "build"] {
        let run = handbook(&[command, "--project", path_str(root)]);
        assert_eq!(run.code, 1, "{command}: {}", run.stderr);
        assert!(
            run.stderr.contains("leads outside"),
            "{command}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("root:x"), "{command}: {}", run.stderr);
    }
    let check = handbook(&["check", "--project", path_str(root)]);
    assert!(
        check.stderr.contains("handbook/handbook.yaml:5:"),
        "the manifest line: {}",
        check.stderr
    );
    // A cover image that is a link leading out: check says so, as build would.
    let dir2 = single_chapter_project("# Title\n\nText.\n");
    std::os::unix::fs::symlink(&secret, dir2.path().join("handbook/cover.svg")).unwrap();
    let manifest = dir2.path().join("handbook/handbook.yaml");
    let yaml = std::fs::read_to_string(&manifest).unwrap() + "cover-image: cover.svg\n";
    std::fs::write(&manifest, yaml).unwrap();
    let check = handbook(&["check", "--project", path_str(dir2.path())]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(
        check.stderr.contains("`cover-image`") && check.stderr.contains("leads outside"),
        "{}",
        check.stderr
    );
    assert!(!root.join("translations/en/02-leak.ftl").exists());
    assert!(!root.join("dist/en/02-leak.html").exists());

    // dist/ and .handbook-cache/ that lead out; a language folder that does.
    let dir = single_chapter_project("# Title\n\nText.\n");
    let root = dir.path();
    let kept = outside_file(outside.path(), "t-en-keep.txt", "keep");
    std::os::unix::fs::symlink(outside.path(), root.join("dist")).unwrap();
    let run = handbook(&["build", "--project", path_str(root), "--format", "html"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("leads outside"), "{}", run.stderr);
    assert!(!outside.path().join("en").exists(), "build wrote outside");
    std::fs::remove_file(root.join("dist")).unwrap();
    std::os::unix::fs::symlink(outside.path(), root.join(".handbook-cache")).unwrap();
    let run = handbook(&["build", "--project", path_str(root), "--format", "pdf"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("PDF cache folder is refused"),
        "{}",
        run.stderr
    );
    assert!(kept.exists(), "cache eviction deleted a file outside");
    let pdfs = std::fs::read_dir(outside.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "pdf")
        })
        .count();
    assert_eq!(pdfs, 0);

    set_languages(root, "[en, fr]");
    std::os::unix::fs::symlink(outside.path(), root.join("translations/fr")).unwrap();
    let run = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("`fr` was not synced"), "{}", run.stderr);
    assert!(
        !outside.path().join("01-test.ftl").exists(),
        "sync wrote outside"
    );
}

#[test]
fn out_of_range_build_dates_are_a_clear_error() {
    let dir = single_chapter_project("# Title\n\nText.\n");
    let root = dir.path();
    for value in [
        "253402300800",
        "-99999999999",
        "9223372036854775807",
        "soon",
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_handbook"))
            .args([
                "build",
                "--project",
                path_str(root),
                "--format",
                "pdf,epub,html",
            ])
            .env("SOURCE_DATE_EPOCH", value)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{value}: {stderr}");
        assert!(stderr.contains("SOURCE_DATE_EPOCH is"), "{value}: {stderr}");
        assert!(!stderr.contains("panicked"), "{value}: {stderr}");
    }
    let last_day = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["build", "--project", path_str(root), "--format", "epub"])
        .env("SOURCE_DATE_EPOCH", "253402300799")
        .output()
        .unwrap();
    assert!(
        last_day.status.success(),
        "{}",
        String::from_utf8_lossy(&last_day.stderr)
    );
}

#[test]
fn a_nan_gate_and_a_full_stdout_are_errors() {
    let dir = single_chapter_project("# Title\n\nText.\n");
    let root = dir.path();
    for bad in ["NaN", "inf", "101"] {
        let run = handbook(&["status", "--project", path_str(root), "--min", bad]);
        assert_eq!(run.code, 2, "--min {bad}: {}", run.stderr);
        assert!(run.stderr.contains("not a percentage"), "{}", run.stderr);
    }
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["check", "--json", "--project", path_str(root)])
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(String::from_utf8_lossy(&status.stderr).contains("cannot write to standard output"));
}

#[test]
fn broken_files_that_are_never_published_do_not_stop_the_build() {
    let dir = single_chapter_project("# Title\n\nText.\n");
    let root = dir.path();
    set_languages(root, "[en, sl]");
    assert_eq!(handbook(&["sync", "--project", path_str(root)]).code, 0);
    std::fs::write(root.join("translations/sl/obsolete.ftl"), "old-p-1 = {\n").unwrap();
    let generated = root.join("translations/en/01-test.ftl");
    let text = std::fs::read_to_string(&generated).unwrap();
    std::fs::write(&generated, format!("{text}\nbroken = {{\n")).unwrap();
    let run = handbook(&["build", "--project", path_str(root), "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: Fluent syntax error"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("translations/sl/obsolete.ftl:2:1"),
        "{}",
        run.stderr
    );
    assert!(root.join("dist/sl/01-test.html").exists());
    assert!(root.join("dist/en/01-test.html").exists());
    // sync heals the generated file and leaves the broken obsolete.ftl alone.
    let sync = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(sync.code, 1, "{}", sync.stderr);
    assert_eq!(std::fs::read_to_string(&generated).unwrap(), text);
    assert_eq!(
        std::fs::read_to_string(root.join("translations/sl/obsolete.ftl")).unwrap(),
        "old-p-1 = {\n"
    );
}

#[test]
fn figures_that_are_not_the_image_they_name_are_errors_everywhere() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside_file(outside.path(), "passwd", "root:x:0:0");
    let cases: [(&str, &[u8], &str); 5] = [
        ("broken.svg", b"<svg><g></svg>", "not well-formed XML"),
        (
            "bomb.svg",
            br#"<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg>&a;&a;</svg>"#,
            "not well-formed XML",
        ),
        ("fake.png", b"GIF89a not a png", "is not a image/png file"),
        ("../handbook.yaml", b"", "is not an image"),
        ("leak.svg", b"", "leads outside"),
    ];
    for (name, bytes, expected) in cases {
        let dir = single_chapter_project(&format!("# Title\n\n![A map](../images/{name})\n"));
        let root = dir.path();
        std::fs::create_dir_all(root.join("handbook/images")).unwrap();
        if name == "leak.svg" {
            std::os::unix::fs::symlink(&secret, root.join("handbook/images/leak.svg")).unwrap();
        } else if !bytes.is_empty() {
            std::fs::write(root.join("handbook/images").join(name), bytes).unwrap();
        }
        for command in ["check", "build"] {
            let run = handbook(&[command, "--project", path_str(root)]);
            assert_eq!(run.code, 1, "{name} {command}: {}", run.stderr);
            assert!(
                run.stderr.contains(expected),
                "{name} {command}: {}",
                run.stderr
            );
            assert!(
                run.stderr.contains("handbook/chapters/01-test.md:3:1"),
                "{name} {command}: {}",
                run.stderr
            );
        }
        assert!(
            !root.join("dist/en/01-test.html").exists(),
            "{name}: a page was published"
        );
    }
}

#[test]
fn links_and_images_a_translation_adds_that_are_dropped_are_reported() {
    let dir = super::common::copy_fixture("sample");
    let root = dir.path();
    let path = root.join("translations/sl/01-intro.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    // The source links are all kept; the additions would vanish silently.
    let text = text.replacen(
        "spodaj.[^why]",
        "spodaj.[^why] [klik](javascript:alert(1)) ![x](data:image/png;base64,AAA)",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let run = handbook(&["check", "--project", path_str(root)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("link `javascript:alert(1)` is not published"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("image `data:image/png;base64,AAA` is not published"),
        "{}",
        run.stderr
    );
    let line = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .position(|l| l.contains("[klik](javascript:"))
        .unwrap()
        + 1;
    assert!(
        run.stderr
            .contains(&format!("translations/sl/01-intro.ftl:{line}:1")),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("links differ"), "{}", run.stderr);
}
