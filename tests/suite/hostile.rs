//! Hostile input, from the hostile-input review: anchors that look like
//! footnotes, nesting deep enough to overflow a stack, Fluent cycles and
//! expansions, control characters, byte order marks, old Mac line endings,
//! non-finite variables and regional language tags. Each test runs the real
//! binary on a small project in a temporary folder, with a time limit, and
//! checks the exact outcome.

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::common::{Run, path_str};

/// Runs the binary like `common::handbook`, but fails the test instead of
/// hanging when it runs longer than a minute (outputs go to files, so a
/// chatty command cannot block on a full pipe).
fn run(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let err = dir.path().join("err");
    let mut child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1638316800")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("runs");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`handbook {}` did not finish within 60 s", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |path: &Path| String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: read(&out),
        stderr: read(&err),
    };
    for crash in ["panicked", "overflowed", "bug in handbook"] {
        assert!(
            !run.stderr.contains(crash),
            "`handbook {}` printed {crash:?}:\n{}",
            args.join(" "),
            run.stderr
        );
    }
    run
}

fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// A project with one chapter, `01-test.md`, in `languages` (the first is the
/// source), each with a handbook.ftl holding its title and name.
fn project(languages: &[&str], chapter: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "handbook/handbook.yaml",
        format!(
            "id: t\nsource-language: {}\nlanguages: [{}]\nchapters:\n  - chapters/01-test.md\n",
            languages[0],
            languages.join(", ")
        ),
    );
    write(root, "handbook/chapters/01-test.md", chapter);
    for language in languages {
        write(
            root,
            &format!("translations/{language}/handbook.ftl"),
            format!("handbook-title = Test\nlanguage-name = {language}\n"),
        );
    }
    dir
}

/// The generated source `.ftl` of the chapter as (id, value) pairs, in order
/// (single-line messages only: what these tests use).
fn source_messages(root: &Path, source: &str) -> Vec<(String, String)> {
    read(root, &format!("translations/{source}/01-test.ftl"))
        .lines()
        .filter(|l| l.starts_with("test-"))
        .map(|l| {
            let (id, value) = l.split_once(" = ").unwrap();
            (id.to_owned(), value.to_owned())
        })
        .collect()
}

fn pdftotext(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8", path_str(path), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Case 58: `## Fn notes` used to loop forever in `unique_anchor`.
#[test]
fn anchors_that_look_like_footnotes_get_a_section_prefix() {
    let dir = project(
        &["en"],
        "# T\n\n## Fn notes\n\nText.\n\n## Fn\n\n## Fn\n\n### X {#fn-1}\n\n### Y {#fnref-2}\n\nSee [the notes](#section-fn-notes).\n",
    );
    let root = path_str(dir.path());
    let check = run(&["check", "--project", root]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    for (anchor, gets, line) in [
        ("fn-notes", "section-fn-notes", 3),
        ("fn", "section-fn", 7),
        ("fn", "section-fn-2", 9),
        ("fn-1", "section-fn-1", 11),
        ("fnref-2", "section-fnref-2", 13),
    ] {
        let expected = format!(
            "warning: the anchor `{anchor}` looks like a footnote's (footnotes use `fn-…` and `fnref-…`); this heading gets `{gets}`\n  --> handbook/chapters/01-test.md:{line}:1\n"
        );
        assert!(
            check.stderr.contains(&expected),
            "{expected}\nin\n{}",
            check.stderr
        );
    }
    let build = run(&["build", "--project", root, "--format", "html"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let html = read(dir.path(), "dist/en/01-test.html");
    for id in [
        "section-fn-notes",
        "section-fn",
        "section-fn-2",
        "section-fn-1",
        "section-fnref-2",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("href=\"#section-fn-notes\""));
    assert!(!html.contains("id=\"fn-notes\"") && !html.contains("id=\"fn-1\""));
}

/// Cases 39-44: Markdown nested thousands deep overflowed the stack in
/// `check` and in every renderer.
#[test]
fn markdown_nested_too_deep_is_an_error_at_the_first_too_deep_block() {
    for (prefix, repeat, column) in [
        ("> ", 20_000, 25),
        ("- ", 5_000, 25),
        ("1. ", 5_000, 37),
        ("> - ", 2_500, 25),
        ("* > 1. ", 2_000, 29),
    ] {
        let chapter = format!("# T\n\nIntro.\n\n{}deep\n", prefix.repeat(repeat));
        let dir = project(&["en"], &chapter);
        let root = path_str(dir.path());
        let expected = format!(
            "error: block quotes, alerts and lists are nested more than 12 deep here; what is deeper is read as if it were 12 deep\n  --> handbook/chapters/01-test.md:5:{column}\n"
        );
        let check = run(&["check", "--project", root]);
        assert_eq!(check.code, 1, "{prefix:?}: {}", check.stderr);
        assert!(
            check.stderr.contains(&expected),
            "{prefix:?}: {}",
            check.stderr
        );
        assert!(
            check.stderr.contains("check: 1 error(s)"),
            "{}",
            check.stderr
        );
        let build = run(&["build", "--project", root, "--format", "html,epub,pdf"]);
        assert_eq!(build.code, 1, "{prefix:?}: {}", build.stderr);
        assert!(
            build.stderr.contains(&expected),
            "{prefix:?}: {}",
            build.stderr
        );
    }
}

/// Twelve levels, the most allowed, in every kind of container: every format
/// builds (the PDF within Typst's depths, the EPUB's XHTML within libxml2's).
#[test]
fn twelve_levels_of_nesting_build_in_every_format() {
    let alerts: Vec<String> = (0..12)
        .map(|d| format!("{}> [!NOTE]", "> ".repeat(d)))
        .collect();
    let chapter = format!(
        "# T\n\n{}quoted text\n\n{}listed text\n\n{}mixed text[^n]\n\n{}\n{}alert text\n\n[^n]: {}footnote text\n",
        "> ".repeat(12),
        "1. ".repeat(12),
        "> - ".repeat(6),
        alerts.join("\n"),
        "> ".repeat(12),
        "> ".repeat(11),
    );
    let dir = project(&["en"], &chapter);
    let root = path_str(dir.path());
    let build = run(&["build", "--project", root, "--format", "html,epub,pdf"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(!build.stderr.contains("nested more"), "{}", build.stderr);
    let text = pdftotext(&dir.path().join("dist/en/t-en.pdf"));
    for words in [
        "quoted text",
        "listed text",
        "mixed text",
        "alert text",
        "footnote text",
    ] {
        assert!(text.contains(words), "{words} not in the PDF:\n{text}");
    }
    let epub = std::fs::read(dir.path().join("dist/en/t-en.epub")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(epub)).unwrap();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        if !file.name().ends_with(".xhtml") {
            continue;
        }
        let mut xhtml = String::new();
        file.read_to_string(&mut xhtml).unwrap();
        let document = super::common::parse_xml(&xhtml).unwrap();
        let depth = document
            .descendants()
            .filter(|n| n.is_element())
            .map(|n| n.ancestors().filter(|a| a.is_element()).count())
            .max()
            .unwrap_or(0);
        assert!(depth < 128, "{}: elements nested {depth} deep", file.name());
    }
}

/// Strikethrough nests without limit in pulldown-cmark: 200 levels made the
/// PDF fail ("maximum parsing depth exceeded", "a bug in handbook"), 5,000
/// overflowed the stack of every build.
#[test]
fn inline_markup_nested_too_deep_is_an_error_in_the_source_and_a_fallback_in_translations() {
    let deep = format!("{}x{}", "~~a ".repeat(20_000), " b~~".repeat(20_000));
    let dir = project(&["en", "sl"], &format!("# T\n\nIntro.\n\n{deep}\n"));
    let root = path_str(dir.path());
    let check = run(&["check", "--project", root]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let expected = "error: emphasis, strikethrough and links are nested more than 8 deep here; only the text of this block is kept\n  --> handbook/chapters/01-test.md:5:33\n";
    assert!(check.stderr.contains(expected), "{}", check.stderr);
    let build = run(&["build", "--project", root, "--format", "html,epub,pdf"]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(build.stderr.contains(expected), "{}", build.stderr);

    let dir = project(&["en", "sl"], "# T\n\nIntro.\n");
    let root = dir.path();
    assert_eq!(run(&["sync", "--project", path_str(root)]).code, 0);
    let ids = source_messages(root, "en");
    write(
        root,
        "translations/sl/01-test.ftl",
        format!("{} = Naslov\n{} = {deep}\n", ids[0].0, ids[1].0),
    );
    let check = run(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let expected = "error: the translation nests emphasis, strikethrough and links more than 8 deep; the source text is shown instead\n  --> translations/sl/01-test.ftl:2:1\n";
    assert!(check.stderr.contains(expected), "{}", check.stderr);
    let build = run(&[
        "build",
        "--project",
        path_str(root),
        "--format",
        "html,epub,pdf",
    ]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let warning = format!(
        "warning: in `{}` (en): the `sl` text (translations/sl/01-test.ftl:2) cannot be used: its emphasis, strikethrough and links are nested more than 8 deep; the `en` text is used\n",
        ids[1].0
    );
    assert!(build.stderr.contains(&warning), "{}", build.stderr);
    assert!(read(root, "dist/sl/01-test.html").contains("<p lang=\"en\">Intro.</p>"));
}

/// Cases 89-90: placeables nested 3,000-100,000 deep overflowed fluent-syntax's
/// recursive parser and aborted every language and every command.
#[test]
fn deeply_nested_placeables_stop_only_their_own_language() {
    for (deep, column) in [
        (
            format!("deep = {}\"x\"{}\n", "{ ".repeat(3_000), " }".repeat(3_000)),
            108,
        ),
        (
            format!(
                "deep = {}\"x\"{}\n",
                "{ ".repeat(100_000),
                " }".repeat(100_000)
            ),
            108,
        ),
        (
            format!(
                "deep = {{ {}$x{} }}\n",
                "F(".repeat(20_000),
                ")".repeat(20_000)
            ),
            109,
        ),
        (format!("deep = {{ -t(\n{}", "-t(\n".repeat(20_000)), 3),
    ] {
        let dir = project(&["en", "sl", "it"], "# T\n\nText.\n");
        let root = path_str(dir.path());
        write(dir.path(), "translations/sl/01-test.ftl", &deep);
        // The call goes on over lines that begin like a term: line 50 opens the 51st level.
        let line = if deep.contains("-t(\n") { 50 } else { 1 };
        let expected = format!(
            "error: placeables are nested more than 50 deep here; the file cannot be read\n  --> translations/sl/01-test.ftl:{line}:{column}\n"
        );
        let check = run(&["check", "--project", root]);
        assert_eq!(check.code, 1, "{}", check.stderr);
        assert!(
            check.stderr.contains(&expected),
            "{expected}\nin\n{}",
            check.stderr
        );

        let build = run(&["build", "--project", root, "--format", "html"]);
        assert_eq!(build.code, 1, "{}", build.stderr);
        assert!(build.stderr.contains(&expected), "{}", build.stderr);
        assert!(
            dir.path().join("dist/en/01-test.html").is_file(),
            "en is built"
        );
        assert!(
            dir.path().join("dist/it/01-test.html").is_file(),
            "it is built"
        );
        assert!(
            !dir.path().join("dist/sl/01-test.html").exists(),
            "sl is not"
        );

        let status = run(&["status", "--project", root, "--json"]);
        assert!(status.stderr.contains(&expected), "{}", status.stderr);
        let sync = run(&["sync", "--project", root]);
        assert!(sync.stderr.contains(&expected), "{}", sync.stderr);
        assert_eq!(
            read(dir.path(), "translations/sl/01-test.ftl"),
            deep,
            "sync leaves it alone"
        );
        assert!(
            dir.path().join("translations/it/01-test.ftl").is_file(),
            "it is synced"
        );
    }
}

/// Case 60: a hard break followed by `*[emphasised]*` made `sync` write an
/// invalid .ftl (Fluent read the line as a select variant).
#[test]
fn a_line_that_starts_like_a_fluent_variant_round_trips() {
    let chapter = "# Title here\n\nFirst line\\\n*[emphasised]* text and more.\n\nSecond\\\n[bracket] and\\\n.dot and\\\n*star* end.\n";
    let dir = project(&["en", "sl"], chapter);
    let root = path_str(dir.path());
    let sync = run(&["sync", "--project", root]);
    assert_eq!(sync.code, 0, "{}", sync.stderr);
    let generated = read(dir.path(), "translations/en/01-test.ftl");
    assert!(
        generated.contains("\n    { \"*\" }[emphasised]* text and more."),
        "{generated}"
    );
    std::fs::copy(
        dir.path().join("translations/en/01-test.ftl"),
        dir.path().join("translations/sl/01-test.ftl"),
    )
    .unwrap();
    let check = run(&["check", "--project", root]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let build = run(&["build", "--project", root, "--format", "html"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    for language in ["en", "sl"] {
        let html = read(dir.path(), &format!("dist/{language}/01-test.html"));
        assert!(html.contains("<p>First line<br"), "{language}: {html}");
        assert!(
            html.contains("<em>[emphasised]</em> text and more.</p>"),
            "{language}: {html}"
        );
        assert!(html.contains("[bracket] and<br"), "{language}: {html}");
        assert!(html.contains(".dot and<br"), "{language}: {html}");
        assert!(
            html.contains("<em>star</em> end.</p>"),
            "{language}: {html}"
        );
    }
}

/// Cases 83-86: Fluent cycles passed `check` and were published as
/// `{-clarinet}`. Now each is an error at its entry, and the build shows the
/// source text instead, with a warning for the language.
#[test]
fn fluent_cycles_are_errors_and_never_published() {
    let dir = project(
        &["en", "sl"],
        "# Title\n\nThe { -clarinet } sounds.\n\nSecond paragraph.\n\nThird paragraph.\n\nFourth paragraph.\n",
    );
    let root = dir.path();
    write(
        root,
        "translations/en/handbook.ftl",
        "handbook-title = Test\nlanguage-name = English\n-clarinet = Clarinet\n",
    );
    assert_eq!(run(&["sync", "--project", path_str(root)]).code, 0);
    let ids: Vec<String> = source_messages(root, "en")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let [title, p1, p2, p3, p4] = ids.as_slice() else {
        panic!("{ids:?}")
    };
    write(
        root,
        "translations/sl/handbook.ftl",
        "handbook-title = Test\nlanguage-name = Slovenščina\n-clarinet = { -clarinet }\n-a = a { -b }\n-b = b { -a }\n",
    );
    write(
        root,
        "translations/sl/01-test.ftl",
        format!(
            "{title} = Naslov\n{p1} = Klarinet {{ -clarinet }} zveni.\n{p2} = Drugi {{ {p3} }} odstavek.\n{p3} = Tretji {{ {p2} }} odstavek.\n{p4} = Četrti {{ {p4} }} odstavek.\n"
        ),
    );
    let check = run(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    for (expected, place) in [
        (
            "`-clarinet` refers to itself: -clarinet -> -clarinet".to_owned(),
            "translations/sl/handbook.ftl:3:1",
        ),
        (
            "`-a` refers to itself: -a -> -b -> -a".to_owned(),
            "translations/sl/handbook.ftl:4:1",
        ),
        (
            format!("`{p2}` refers to itself: {p2} -> {p3} -> {p2}"),
            "translations/sl/01-test.ftl:3:1",
        ),
        (
            format!("`{p4}` refers to itself: {p4} -> {p4}"),
            "translations/sl/01-test.ftl:5:1",
        ),
    ] {
        let expected = format!("error: {expected}\n  --> {place}\n");
        assert!(
            check.stderr.contains(&expected),
            "{expected}\nin\n{}",
            check.stderr
        );
    }
    assert!(
        check.stderr.contains("check: 4 error(s)"),
        "{}",
        check.stderr
    );

    let build = run(&[
        "build",
        "--project",
        path_str(root),
        "--lang",
        "sl",
        "--format",
        "html,pdf",
    ]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let warning = format!(
        "warning: in `{p1}` (en): the `sl` text (translations/sl/01-test.ftl:2) cannot be used: Resolver error: Cyclical dependency detected; the `en` text is used\n"
    );
    assert!(
        build.stderr.contains(&warning),
        "{warning}\nin\n{}",
        build.stderr
    );
    let html = read(root, "dist/sl/01-test.html");
    assert!(
        !html.contains("{-clarinet}") && !html.contains(&format!("{{{p2}}}")),
        "{html}"
    );
    for english in [
        "The Clarinet sounds.",
        "Second paragraph.",
        "Third paragraph.",
        "Fourth paragraph.",
    ] {
        assert!(
            html.contains(&format!("<p lang=\"en\">{english}</p>")),
            "{english}: {html}"
        );
    }
    let text = pdftotext(&root.join("dist/sl/t-sl.pdf"));
    assert!(
        text.contains("The Clarinet sounds.") && !text.contains('{'),
        "{text}"
    );
}

/// Case 87: a Fluent "billion laughs" was cut at Fluent's limit of 100
/// placeables and the partial text published.
#[test]
fn a_fluent_expansion_bomb_is_an_error_and_never_published() {
    let dir = project(
        &["en", "sl"],
        "# Title\n\nThe laughter.\n\nPlenty of braces.\n",
    );
    let root = dir.path();
    assert_eq!(run(&["sync", "--project", path_str(root)]).code, 0);
    let ids: Vec<String> = source_messages(root, "en")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let [title, laughs, braces] = ids.as_slice() else {
        panic!("{ids:?}")
    };
    let mut handbook = "handbook-title = Test\nlanguage-name = Slovenščina\n-l0 = lol\n".to_owned();
    for level in 1..=11 {
        let refs = vec![format!("{{ -l{} }}", level - 1); 10];
        handbook.push_str(&format!("-l{level} = {}\n", refs.join(" ")));
    }
    write(root, "translations/sl/handbook.ftl", handbook);
    // 150 escaped braces: over the limit as one call, fine one by one.
    write(
        root,
        "translations/sl/01-test.ftl",
        format!(
            "{title} = Naslov\n{laughs} = Smeh {{ -l11 }}\n{braces} = Veliko {} oklepajev.\n",
            "{\"{\"}".repeat(150)
        ),
    );
    let check = run(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let expected = "error: `-l3` expands to more than 100 placeables in one place; Fluent refuses to format it\n  --> translations/sl/handbook.ftl:6:1\n";
    assert!(check.stderr.contains(expected), "{}", check.stderr);
    assert!(
        check.stderr.contains("check: 1 error(s)"),
        "{}",
        check.stderr
    );

    let build = run(&[
        "build",
        "--project",
        path_str(root),
        "--lang",
        "sl",
        "--format",
        "html",
    ]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let html = read(root, "dist/sl/01-test.html");
    assert!(!html.contains("lol"), "{html}");
    assert!(html.contains("<p lang=\"en\">The laughter.</p>"), "{html}");
    let braces = format!("<p>Veliko {} oklepajev.</p>", "{".repeat(150));
    assert!(html.contains(&braces), "{html}");
}

/// Case 98: the source line of a diagnostic reached the terminal raw.
#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = project(&["en", "sl"], "# Title\n\nText.\n");
    let root = dir.path();
    write(
        root,
        "translations/sl/01-test.ftl",
        "oops = \u{1b}]0;PWNED\u{7}\u{1b}[2J\u{202e}text }\n",
    );
    let check = run(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    for raw in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!check.stderr.contains(raw), "{raw:?} in {:?}", check.stderr);
    }
    let shown = "1 | oops = \\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\u{202e}text }";
    let lines: Vec<&str> = check.stderr.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == shown)
        .unwrap_or_else(|| panic!("{}", check.stderr));
    assert!(
        lines[at - 2].ends_with("translations/sl/01-test.ftl:1:28"),
        "{}",
        check.stderr
    );
    assert_eq!(
        lines[at + 1].find('^'),
        shown.rfind('}'),
        "{}",
        check.stderr
    );
}

/// Cases 17, 51, 80: a byte order mark broke the manifest, a chapter and a
/// translation.
#[test]
fn a_byte_order_mark_is_ignored_in_every_file() {
    let dir = project(&["en", "sl"], "\u{feff}# Title\n\nText.\n");
    let root = dir.path();
    let manifest = read(root, "handbook/handbook.yaml");
    write(
        root,
        "handbook/handbook.yaml",
        format!("\u{feff}{manifest}"),
    );
    assert_eq!(run(&["sync", "--project", path_str(root)]).code, 0);
    let ids = source_messages(root, "en");
    write(
        root,
        "translations/sl/01-test.ftl",
        format!("\u{feff}{} = Naslov\n{} = Besedilo.\n", ids[0].0, ids[1].0),
    );
    let handbook = read(root, "translations/sl/handbook.ftl");
    write(
        root,
        "translations/sl/handbook.ftl",
        format!("\u{feff}{handbook}"),
    );
    let check = run(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.contains("check: 0 error(s), 0 warning(s)"),
        "{}",
        check.stderr
    );
    let build = run(&["build", "--project", path_str(root), "--format", "html,pdf"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(read(root, "dist/en/01-test.html").contains(" Title</h1>"));
    let sl = read(root, "dist/sl/01-test.html");
    assert!(
        sl.contains(" Naslov</h1>") && sl.contains("<p>Besedilo.</p>"),
        "{sl}"
    );
    assert!(pdftotext(&root.join("dist/sl/t-sl.pdf")).contains("Besedilo."));
}

/// Case 53: CR-only line endings made a chapter one heading.
#[test]
fn old_mac_line_endings_read_like_unix_and_windows_ones() {
    let chapter =
        "# Title\n\nFirst paragraph,\nsame paragraph.\n\n## Section\n\nSecond paragraph.\n";
    let mut generated = Vec::new();
    for ending in ["\n", "\r\n", "\r"] {
        let dir = project(&["en", "sl"], &chapter.replace('\n', ending));
        let root = dir.path();
        assert_eq!(run(&["sync", "--project", path_str(root)]).code, 0);
        let ids = source_messages(root, "en");
        assert_eq!(ids.len(), 4, "{ending:?}: {ids:?}");
        let translation = format!(
            "{} = Naslov\n{} =\n    Prvi odstavek,\n    isti odstavek.\n{} = Razdelek\n{} = Drugi odstavek.\n",
            ids[0].0, ids[1].0, ids[2].0, ids[3].0
        );
        write(
            root,
            "translations/sl/01-test.ftl",
            translation.replace('\n', ending),
        );
        let check = run(&["check", "--project", path_str(root)]);
        assert_eq!(check.code, 0, "{ending:?}: {}", check.stderr);
        let build = run(&["build", "--project", path_str(root), "--format", "html"]);
        assert_eq!(build.code, 0, "{ending:?}: {}", build.stderr);
        let html = read(root, "dist/sl/01-test.html");
        assert!(html.contains(" Naslov</h1>"), "{ending:?}: {html}");
        assert!(
            html.contains("<p>Prvi odstavek, isti odstavek.</p>"),
            "{ending:?}: {html}"
        );
        assert!(
            html.contains("<p>Drugi odstavek.</p>"),
            "{ending:?}: {html}"
        );
        generated.push(read(root, "translations/en/01-test.ftl"));
    }
    assert_eq!(generated[0], generated[1], "CRLF gives the same messages");
    assert_eq!(generated[0], generated[2], "CR gives the same messages");
}

/// Case 15: `.nan` and `.inf` were published as `NaN organisations`.
#[test]
fn non_finite_variables_are_errors_naming_the_key() {
    let dir = project(&["en"], "# T\n\n{ $partners } organisations.\n");
    let root = dir.path();
    let manifest = read(root, "handbook/handbook.yaml");
    write(
        root,
        "handbook/handbook.yaml",
        format!(
            "{manifest}variables:\n  partners: .nan\n  countries: .inf\n  debt: -.inf\n  fine: 1e308\n"
        ),
    );
    let check = run(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    for (key, value, line) in [
        ("partners", ".nan", 7),
        ("countries", ".inf", 8),
        ("debt", "-.inf", 9),
    ] {
        let expected = format!(
            "error: `variables`: `{key}` is `{value}`; a variable must be a finite number or a string\n  --> handbook/handbook.yaml:{line}:3\n"
        );
        assert!(
            check.stderr.contains(&expected),
            "{expected}\nin\n{}",
            check.stderr
        );
    }
    assert!(!check.stderr.contains("`fine`"), "{}", check.stderr);
}

/// Case 19: tags with a region or script were accepted but every PDF failed
/// with Typst's "expected two or three letter language code".
#[test]
fn regional_and_script_language_tags_make_pdfs() {
    let dir = project(
        &["de-AT", "sr-Latn", "zh-Hant-TW"],
        "# Titel\n\nGrüß Gott aus Wien.\n",
    );
    let root = dir.path();
    let build = run(&["build", "--project", path_str(root), "--format", "pdf"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    for language in ["de-AT", "sr-Latn", "zh-Hant-TW"] {
        let pdf = root.join(format!("dist/{language}/t-{language}.pdf"));
        assert!(
            pdftotext(&pdf).contains("Grüß Gott aus Wien."),
            "{language}"
        );
    }
    let parsed = lopdf::Document::load(root.join("dist/de-AT/t-de-AT.pdf")).unwrap();
    let lang = parsed
        .catalog()
        .unwrap()
        .get(b"Lang")
        .unwrap()
        .as_str()
        .unwrap()
        .to_vec();
    assert_eq!(lang, b"de-AT");
}
