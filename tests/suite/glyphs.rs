//! Characters no font has: a warning at their file:line:column and a PDF
//! drawn with U+FFFD; `--strict` makes it an error for that language's PDF
//! alone, and the other languages and formats are still built.

use std::path::Path;
use std::process::Command;

use super::common::{copy_fixture, handbook, path_str};

/// Tifinagh (Amazigh), a script none of the book's own fonts has, twice,
/// beside an emoji they have (heart hands, with a skin tone).
const MISSING_LINE: &str = "intro-p-d8a9d87c80d03c64 = Priročnik imejte pri roki 🫶🏽 ⵣ in ⵣ.";

/// The sample with Tifinagh in one Slovenian message (returned: its
/// 1-based line) and, if asked, a Malayalam letter in a code block of the source.
fn project(malayalam_in_source: bool) -> (tempfile::TempDir, usize) {
    let dir = copy_fixture("sample");
    let ftl = dir.path().join("translations/sl/01-intro.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let text = text.replace(
        "intro-p-d8a9d87c80d03c64 = Priročnik imejte pri roki.",
        MISSING_LINE,
    );
    let line = text
        .lines()
        .position(|l| l == MISSING_LINE)
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

/// `handbook build` of the English PDF alone, with `extra` arguments.
fn en_pdf(root: &str, out: &str, extra: &[&str]) -> super::common::Run {
    let mut args = vec![
        "build",
        "--project",
        root,
        "--out",
        out,
        "--lang",
        "en",
        "--format",
        "pdf",
    ];
    args.extend_from_slice(extra);
    handbook(&args)
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
    let column = MISSING_LINE
        .find('ⵣ')
        .map(|b| MISSING_LINE[..b].chars().count() + 1);
    let place = format!("translations/sl/01-intro.ftl:{line}:{}", column.unwrap());
    assert!(run.stderr.contains(&place), "{place} in:\n{}", run.stderr);
    for named in [
        "U+2D63 (Tifinagh script) used in the `sl` edition",
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
    // The Tifinagh is only in Slovenian, named once, a box each; the emoji
    // beside it is drawn, with its skin tone.
    assert!(
        !run.stderr
            .contains("U+2D63 (Tifinagh script) used in the `en`")
    );
    assert_eq!(run.stderr.matches("U+2D63").count(), 1, "{}", run.stderr);
    assert!(!run.stderr.contains("U+1FAF6"), "{}", run.stderr);
    let sl = pdftotext(&out.join("sl/sample-handbook-sl.pdf"));
    assert!(sl.contains("pri roki 🫶🏽 \u{FFFD} in \u{FFFD}."), "{sl}");
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
    assert!(run.stderr.contains("U+2D63"), "{}", run.stderr);
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

/// The words of every script the book covers out of the box, in regular
/// and bold text; the emoji with a variation selector, a skin tone and a
/// ZWJ sequence (woman teacher, medium skin tone).
const SCRIPTS: &str = "Arabic مرحبا بكم, Hebrew שלום, Amharic እንኳን ደህና መጡ, Hindi आपका स्वागत है, emoji 🏘️ ☕ 🫶🏽 👩🏽‍🏫\n\n**מרחב إنجاز ደህና स्वागत 🏘️**";

#[test]
fn arabic_hebrew_ethiopic_devanagari_and_emoji_are_drawn_with_the_built_in_fonts() {
    let dir = copy_fixture("sample");
    let md = dir.path().join("handbook/chapters/02-routes.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, format!("{text}\n{SCRIPTS}\n")).unwrap();
    let out = dir.path().join("out");
    let root = path_str(dir.path());
    let run = en_pdf(root, path_str(&out), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning:"), "{}", run.stderr);
    let pdf = out.join("en/sample-handbook-en.pdf");
    let text = pdftotext(&pdf);
    // pdftotext gives the text in logical order (the Arabic between its
    // bidi marks).
    for word in [
        "بكم",
        "مرحبا",
        "إنجاز",
        "שלום",
        "מרחב",
        "እንኳን",
        "ደህና",
        "स्वागत",
        "🏘",
        "☕",
        "👩🏽‍🏫",
    ] {
        assert!(text.contains(word), "{word} in:\n{text}");
    }
    assert!(!text.contains('\u{FFFD}'), "{text}");
    let fonts = Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .expect("pdffonts (poppler-utils) is installed: .ci/run installs it");
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    // Hebrew is Libertinus Serif's own.
    for family in [
        "Amiri-Regular",
        "Amiri-Bold",
        "NotoSansEthiopic-Regular",
        "NotoSansEthiopic-Bold",
        "NotoSerifDevanagari-Regular",
        "NotoSerifDevanagari-Bold",
        "NotoEmoji-Regular",
    ] {
        assert!(fonts.contains(family), "{family} in:\n{fonts}");
    }
    // The ZWJ sequence is one glyph (the font's ligature), about an em wide,
    // not a woman, a swatch and a school side by side.
    let boxes = Command::new("pdftotext")
        .args(["-bbox", path_str(&pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let boxes = String::from_utf8_lossy(&boxes.stdout);
    let teacher = boxes
        .lines()
        .find(|l| l.contains("👩🏽‍🏫"))
        .unwrap_or_else(|| panic!("the teacher in:\n{boxes}"));
    let coordinate = |name: &str| -> f64 {
        let start = teacher.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        teacher[start..].split('"').next().unwrap().parse().unwrap()
    };
    let width = coordinate("xMax") - coordinate("xMin");
    let height = coordinate("yMax") - coordinate("yMin");
    assert!(
        width < 1.5 * height,
        "{width} wide, {height} high: {teacher}"
    );
    // A `.typ` written for the `typst` command line carries the built-in
    // script fonts its layout drew with, and only those, with their licences.
    let run = en_pdf(root, path_str(&out), &["--emit-typst"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut written: Vec<String> = std::fs::read_dir(out.join("en/fonts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "Amiri_400Regular.ttf",
            "Amiri_700Bold.ttf",
            "NotoEmoji_400Regular.ttf",
            "NotoSansEthiopic_400Regular.ttf",
            "NotoSansEthiopic_700Bold.ttf",
            "NotoSerifDevanagari_400Regular.ttf",
            "NotoSerifDevanagari_700Bold.ttf",
            "OFL-amiri.txt",
            "OFL-noto-emoji.txt",
            "OFL-noto-sans-ethiopic.txt",
            "OFL-noto-serif-devanagari.txt",
        ]
    );
    let plain = copy_fixture("sample");
    let plain_out = plain.path().join("out");
    let run = en_pdf(
        path_str(plain.path()),
        path_str(&plain_out),
        &["--emit-typst"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!plain_out.join("en/fonts").exists());
}

#[test]
fn a_font_in_the_project_fonts_folder_is_used() {
    // DejaVu Sans (fonts-dejavu-core, which `.ci/run` installs) has U+1401
    // (Canadian syllabics), which none of the book's own fonts has; the
    // project brings it, and is warned about a file that is no font.
    let dejavu = Path::new("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    assert!(
        dejavu.is_file(),
        "fonts-dejavu-core is installed: .ci/run installs it"
    );
    let dir = copy_fixture("sample");
    let md = dir.path().join("handbook/chapters/02-routes.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, format!("{text}\nA mark: ᐁ.\n")).unwrap();
    let out = dir.path().join("out");
    let root = path_str(dir.path());
    let without = en_pdf(root, path_str(&out), &[]);
    assert!(without.stderr.contains("U+1401"), "{}", without.stderr);
    std::fs::create_dir_all(dir.path().join("fonts/dejavu")).unwrap();
    std::fs::copy(dejavu, dir.path().join("fonts/dejavu/DejaVuSans.ttf")).unwrap();
    std::fs::write(dir.path().join("fonts/broken.otf"), "not a font").unwrap();
    let with = en_pdf(root, path_str(&out), &[]);
    assert_eq!(with.code, 0, "{}", with.stderr);
    assert!(!with.stderr.contains("U+1401"), "{}", with.stderr);
    assert!(
        with.stderr.contains("`fonts/broken.otf` is not a font"),
        "{}",
        with.stderr
    );
    let text = pdftotext(&out.join("en/sample-handbook-en.pdf"));
    assert!(text.contains("A mark: ᐁ."), "{text}");
}

/// The sample with DejaVu Sans (fonts-dejavu-core) and a licence in its
/// `fonts/` folder, and `fonts:` in the manifest as given.
fn project_with_fonts(fonts: &str) -> tempfile::TempDir {
    let dejavu = Path::new("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    assert!(
        dejavu.is_file(),
        "fonts-dejavu-core is installed: .ci/run installs it"
    );
    let dir = copy_fixture("sample");
    std::fs::create_dir_all(dir.path().join("fonts/dejavu")).unwrap();
    std::fs::copy(dejavu, dir.path().join("fonts/dejavu/DejaVuSans.ttf")).unwrap();
    std::fs::write(
        dir.path().join("fonts/LICENSE.txt"),
        "Bitstream Vera licence",
    )
    .unwrap();
    let manifest = dir.path().join("handbook/handbook.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{text}\n{fonts}")).unwrap();
    dir
}

fn epub_entries(path: &Path) -> Vec<(String, Vec<u8>)> {
    use std::io::Read as _;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().to_owned(), bytes)
        })
        .collect()
}

#[test]
fn a_language_set_in_a_project_font_gets_it_in_the_pdf_the_epub_and_the_site() {
    let dir = project_with_fonts("fonts:\n  sl:\n    body: DejaVu Sans\n");
    let out = dir.path().join("out");
    let run = handbook(&[
        "build",
        "--project",
        path_str(dir.path()),
        "--out",
        path_str(&out),
        "--lang",
        "en,sl",
        "--emit-typst",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The PDF: body text in DejaVu Sans, headings still in the book's design.
    let pdffonts = |lang: &str| {
        let output = Command::new("pdffonts")
            .arg(out.join(format!("{lang}/sample-handbook-{lang}.pdf")))
            .output()
            .expect("pdffonts (poppler-utils) is installed: .ci/run installs it");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let sl = pdffonts("sl");
    assert!(
        sl.contains("DejaVuSans") && sl.contains("LibertinusSerif"),
        "{sl}"
    );
    let typ = std::fs::read_to_string(out.join("sl/sample-handbook-sl.typ")).unwrap();
    assert!(typ.starts_with(
        "// The book's fonts are in fonts/ beside this file: typst compile --font-path fonts\n"
    ));
    assert!(
        typ.contains("fonts: (body: (\"DejaVu Sans\", \"Libertinus Serif\",), heading: (\"Libertinus Serif\",)),"),
        "{typ}"
    );
    // The EPUB embeds the file and its licence and sets the body in it.
    let epub = epub_entries(&out.join("sl/sample-handbook-sl.epub"));
    let file = |name: &str| {
        epub.iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_else(|| panic!("{name} is in the EPUB"))
    };
    let font = std::fs::read(dir.path().join("fonts/dejavu/DejaVuSans.ttf")).unwrap();
    assert!(
        epub.iter()
            .any(|(n, b)| n == "EPUB/fonts/dejavu-DejaVuSans.ttf" && *b == font)
    );
    assert_eq!(file("EPUB/fonts/LICENSE.txt"), "Bitstream Vera licence");
    let opf = file("EPUB/package.opf");
    assert!(
        opf.contains("href=\"fonts/dejavu-DejaVuSans.ttf\" media-type=\"font/ttf\""),
        "{opf}"
    );
    let css = file("EPUB/style.css");
    assert!(css.contains("@font-face { font-family: \"DejaVu Sans\"; src: url(\"fonts/dejavu-DejaVuSans.ttf\") format(\"truetype\"); font-weight: 400; font-style: normal; }"), "{css}");
    assert!(
        css.contains("body { font-family: \"DejaVu Sans\", serif; }"),
        "{css}"
    );
    let en = epub_entries(&out.join("en/sample-handbook-en.epub"));
    assert!(!en.iter().any(|(n, _)| n.starts_with("EPUB/fonts/")));
    // The site serves them beside the language's pages, no CDN.
    assert_eq!(
        std::fs::read(out.join("sl/fonts/dejavu-DejaVuSans.ttf")).unwrap(),
        font
    );
    assert!(out.join("sl/fonts/LICENSE.txt").is_file());
    let site_css = std::fs::read_to_string(out.join("sl/fonts.css")).unwrap();
    assert!(
        site_css.contains("body { font-family: \"DejaVu Sans\", sans-serif; }"),
        "{site_css}"
    );
    let page = std::fs::read_to_string(out.join("sl/01-intro.html")).unwrap();
    assert!(
        page.contains("<link rel=\"stylesheet\" href=\"fonts.css\">"),
        "{page}"
    );
    let en_page = std::fs::read_to_string(out.join("en/01-intro.html")).unwrap();
    assert!(!en_page.contains("fonts.css") && !out.join("en/fonts.css").exists());
}

#[test]
fn a_font_family_no_font_has_is_an_error_at_its_manifest_line() {
    let dir = project_with_fonts("fonts:\n  default:\n    heading: No Such Sans\n");
    let run = handbook(&[
        "build",
        "--project",
        path_str(dir.path()),
        "--out",
        path_str(&dir.path().join("out")),
        "--lang",
        "sl",
        "--format",
        "html",
    ]);
    assert_ne!(run.code, 0);
    let manifest = std::fs::read_to_string(dir.path().join("handbook/handbook.yaml")).unwrap();
    let line = manifest
        .lines()
        .position(|l| l.contains("No Such Sans"))
        .unwrap()
        + 1;
    assert!(
        run.stderr
            .contains(&format!("handbook/handbook.yaml:{line}:14"))
            && run
                .stderr
                .contains("no font of the book has the family `No Such Sans`")
            && run.stderr.contains("DejaVu Sans"),
        "{}",
        run.stderr
    );
    let wrong_key = project_with_fonts("fonts:\n  xx:\n    body: DejaVu Sans\n");
    let run = handbook(&["check", "--project", path_str(wrong_key.path())]);
    assert!(
        run.stderr
            .contains("`fonts`: `xx` is neither `default` nor a language of the book"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_font_or_licence_linked_from_outside_the_project_is_not_published() {
    let dir = project_with_fonts("fonts:\n  sl:\n    body: DejaVu Sans\n");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "private notes").unwrap();
    std::fs::copy(
        dir.path().join("fonts/dejavu/DejaVuSans.ttf"),
        outside.path().join("Other.ttf"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("fonts/LICENSE-extra.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("Other.ttf"),
        dir.path().join("fonts/Other.ttf"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = handbook(&[
        "build",
        "--project",
        path_str(dir.path()),
        "--out",
        path_str(&out),
        "--lang",
        "sl",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in ["LICENSE-extra.txt", "Other.ttf"] {
        assert!(
            run.stderr.contains(&format!("fonts/{name}")) && run.stderr.contains("leads outside"),
            "{}",
            run.stderr
        );
        assert!(
            !out.join(format!("sl/fonts/{name}")).exists(),
            "{name} published"
        );
    }
    let epub = epub_entries(&out.join("sl/sample-handbook-sl.epub"));
    assert!(
        !epub
            .iter()
            .any(|(_, bytes)| bytes.windows(13).any(|w| w == b"private notes"))
    );
    // The licence inside the project is still carried.
    assert!(out.join("sl/fonts/LICENSE.txt").is_file());
}
