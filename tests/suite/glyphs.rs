//! Characters no font has: a warning at their file:line:column and a PDF
//! drawn with U+FFFD; `--strict` makes it an error for that language's PDF
//! alone, and the other languages and formats are still built.

use std::path::Path;
use std::process::Command;

use super::common::{copy_fixture, handbook, path_str};

/// Emoji from Unicode 14 (heart hands, with a skin tone), newer than any
/// font the book can have (Symbola stops at Unicode 9).
const EMOJI_LINE: &str = "intro-p-d8a9d87c80d03c64 = Priročnik imejte pri roki 🫶🏽 in 🫶.";

/// The sample with emoji in one Slovenian message (returned: its 1-based
/// line) and, if asked, a Malayalam letter in a code block of the source.
fn project(malayalam_in_source: bool) -> (tempfile::TempDir, usize) {
    let dir = copy_fixture("sample");
    let ftl = dir.path().join("translations/sl/01-intro.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let text = text.replace(
        "intro-p-d8a9d87c80d03c64 = Priročnik imejte pri roki.",
        EMOJI_LINE,
    );
    let line = text
        .lines()
        .position(|l| l == EMOJI_LINE)
        .expect("replaced")
        + 1;
    std::fs::write(&ftl, text).unwrap();
    if malayalam_in_source {
        let md = dir.path().join("handbook/chapters/02-routes.md");
        let text = std::fs::read_to_string(&md).unwrap();
        std::fs::write(
            &md,
            text.replace("code is not translated", "code is not translated: ആ"),
        )
        .unwrap();
    }
    (dir, line)
}

fn pdftotext(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8", path_str(path), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    assert!(output.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_character_no_font_has_is_a_warning_at_its_place_and_the_pdf_is_written() {
    let (dir, line) = project(true);
    let out = dir.path().join("out");
    let root = path_str(dir.path());
    let run = handbook(&["build", "--project", root, "--out", path_str(&out)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let column = EMOJI_LINE
        .find('🫶')
        .map(|b| EMOJI_LINE[..b].chars().count() + 1);
    let place = format!("translations/sl/01-intro.ftl:{line}:{}", column.unwrap());
    assert!(run.stderr.contains(&place), "{place} in:\n{}", run.stderr);
    for named in [
        "U+1FAF6 (emoji or symbol) used in the `sl` edition",
        "fonts/",
    ] {
        assert!(run.stderr.contains(named), "{named} in:\n{}", run.stderr);
    }
    // The source's Malayalam letter, in every language, at its Markdown line.
    for language in ["en", "sl", "it"] {
        let message = format!("U+0D06 (Malayalam script) used in the `{language}` edition");
        assert!(run.stderr.contains(&message), "{message}:\n{}", run.stderr);
        let pdf = out.join(format!("{language}/sample-handbook-{language}.pdf"));
        let text = pdftotext(&pdf);
        assert!(text.contains("code is not translated: \u{FFFD}"), "{text}");
        assert!(!text.contains('ആ'), "{text}");
    }
    assert!(
        run.stderr.contains("handbook/chapters/02-routes.md:"),
        "{}",
        run.stderr
    );
    // The emoji are only in Slovenian, named once: one box each, the skin
    // tone drawn with its emoji.
    assert!(
        !run.stderr
            .contains("U+1FAF6 (emoji or symbol) used in the `en`")
    );
    assert_eq!(run.stderr.matches("U+1FAF6").count(), 1, "{}", run.stderr);
    let sl = pdftotext(&out.join("sl/sample-handbook-sl.pdf"));
    assert!(sl.contains("pri roki \u{FFFD} in \u{FFFD}."), "{sl}");
    // A warning, not an error: `check`-style exit 0, every format written.
    assert!(
        !run.stderr.lines().any(|l| l.starts_with("error")),
        "{}",
        run.stderr
    );
    assert!(out.join("sl/sample-handbook-sl.epub").is_file());
    assert!(out.join("sl/01-intro.html").is_file());
}

#[test]
fn strict_refuses_that_pdf_alone() {
    let (dir, _) = project(false);
    let out = dir.path().join("out");
    let root = path_str(dir.path());
    let run = handbook(&[
        "build",
        "--project",
        root,
        "--out",
        path_str(&out),
        "--lang",
        "en,sl",
        "--strict",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error"), "{}", run.stderr);
    assert!(run.stderr.contains("U+1FAF6"), "{}", run.stderr);
    assert!(run.stderr.contains("--strict"), "{}", run.stderr);
    assert!(!out.join("sl/sample-handbook-sl.pdf").exists());
    for built in [
        "en/sample-handbook-en.pdf",
        "sl/sample-handbook-sl.epub",
        "sl/01-intro.html",
    ] {
        assert!(out.join(built).is_file(), "{built} is still built");
    }
}
