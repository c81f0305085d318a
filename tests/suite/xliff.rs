//! XLIFF exchange: export of the sample parses and has one unit per message
//! with the right states; any translation survives export and import into a
//! fresh copy; a file that does not match is refused whole.

use std::collections::BTreeMap;
use std::path::Path;

use handbook::diag::Diagnostics;
use handbook::i18n::parse_ftl;
use handbook::manifest::Project;
use handbook::source::{Book, MessageText, Piece};
use proptest::prelude::*;

use super::common::{copy_fixture, handbook, parse_xml, path_str};

const CHAPTERS: [&str; 2] = ["01-intro", "02-routes"];

fn book(root: &Path) -> Book {
    let project = Project::load(root).unwrap();
    let mut diags = Diagnostics::default();
    let book = Book::load(&project, &mut diags);
    assert!(!diags.has_errors(), "{:?}", diags.items);
    book
}

fn export(root: &Path, language: &str) -> String {
    let run = handbook(&["export", "--project", path_str(root), "--xliff", language]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// Every sl chapter file, by path.
fn sl_files(root: &Path) -> BTreeMap<String, String> {
    CHAPTERS
        .iter()
        .map(|stem| {
            let rel = format!("translations/sl/{stem}.ftl");
            let text = std::fs::read_to_string(root.join(&rel)).unwrap_or_default();
            (rel, text)
        })
        .collect()
}

/// The sl values by id.
fn sl_values(root: &Path) -> BTreeMap<String, MessageText> {
    let mut values = BTreeMap::new();
    for (rel, text) in sl_files(root) {
        let file = parse_ftl(&rel, &text);
        assert!(file.errors.is_empty(), "{rel}: {:?}\n{text}", file.errors);
        for entry in file.entries {
            values.insert(entry.id, entry.text);
        }
    }
    values
}

/// A copy of the sample whose sl chapters are untranslated (commented out by sync).
fn untranslated_copy() -> tempfile::TempDir {
    let dir = copy_fixture("sample");
    for stem in CHAPTERS {
        std::fs::remove_file(dir.path().join(format!("translations/sl/{stem}.ftl"))).unwrap();
    }
    let run = handbook(&["sync", "--project", path_str(dir.path())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn import(root: &Path, xliff: &str) -> super::common::Run {
    let file = root.join("in.xlf");
    std::fs::write(&file, xliff).unwrap();
    handbook(&["import", "--project", path_str(root), path_str(&file)])
}

#[test]
fn export_of_the_sample_has_one_unit_per_message_with_its_state() {
    let dir = copy_fixture("sample");
    let root = dir.path();
    // One translation stale, one missing.
    let path = root.join("translations/sl/02-routes.ftl");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "routes-p-4871cf1811050bfa =",
        "# routes-p-4871cf1811050bfa =",
    );
    std::fs::write(&path, text).unwrap();
    mark_stale(root, "sl", "routes-h-5915a7106c92c1e4", "Two routes");
    let xliff = export(root, "sl");
    assert_eq!(xliff, export(root, "sl"), "the export is deterministic");
    let out = root.join("sl.xlf");
    let run = handbook(&[
        "export",
        "--project",
        path_str(root),
        "--xliff",
        "sl",
        "-o",
        path_str(&out),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(&out).unwrap().trim_end(),
        xliff.trim_end()
    );

    let doc = parse_xml(&xliff).expect("well-formed XML");
    let root_element = doc.root_element();
    assert_eq!(root_element.attribute("version"), Some("1.2"));
    let book = book(root);
    let files: Vec<_> = root_element
        .children()
        .filter(|n| n.has_tag_name("file"))
        .collect();
    assert_eq!(files.len(), book.chapters.len());
    for (file, chapter) in files.iter().zip(&book.chapters) {
        assert_eq!(file.attribute("original"), Some(chapter.file.path.as_str()));
        assert_eq!(file.attribute("target-language"), Some("sl"));
        let units: Vec<_> = file
            .descendants()
            .filter(|n| n.has_tag_name("trans-unit"))
            .collect();
        let ids: Vec<&str> = units.iter().map(|u| u.attribute("id").unwrap()).collect();
        let expected: Vec<&str> = chapter.messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, expected, "one unit per message, in source order");
        for unit in units {
            let id = unit.attribute("id").unwrap();
            let target = unit.children().find(|n| n.has_tag_name("target"));
            let notes: Vec<&str> = unit
                .children()
                .filter(|n| n.has_tag_name("note"))
                .filter_map(|n| n.text())
                .collect();
            assert!(notes[0].starts_with("Context: "), "{id}: {notes:?}");
            match id {
                "routes-h-5915a7106c92c1e4" => {
                    assert_eq!(
                        target.unwrap().attribute("state"),
                        Some("needs-review-translation")
                    );
                    assert!(
                        notes[1].ends_with("Previous source: Two routes"),
                        "{notes:?}"
                    );
                }
                "routes-p-4871cf1811050bfa" => assert!(target.is_none(), "missing: no target"),
                _ => assert_eq!(
                    target.unwrap().attribute("state"),
                    Some("translated"),
                    "{id}"
                ),
            }
        }
    }
    // Markdown and placeables are placeholders with their original text.
    assert!(xliff.contains(r#"<bpt id="1" ctype="link">[</bpt>the routes chapter<ept id="1">](02-routes.md#routes)</ept>"#));
    assert!(xliff.contains(r#"<ph id="3" ctype="x-footnote">[^why]</ph>"#));
    assert!(xliff.contains(r#"<ph id="1" ctype="x-fluent">{ -refugee(case: "gen") }</ph>"#));
}

#[test]
fn the_sample_round_trips_and_a_second_import_changes_nothing() {
    let source = copy_fixture("sample");
    let xliff = export(source.path(), "sl");
    let dir = untranslated_copy();
    let run = import(dir.path(), &xliff);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("24 translation(s) added"),
        "{}",
        run.stderr
    );
    assert_eq!(
        sl_files(dir.path()),
        sl_files(source.path()),
        "byte-identical files"
    );
    let again = import(dir.path(), &xliff);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains("0 translation(s) added, 0 changed, 24 unchanged"),
        "{}",
        again.stderr
    );
}

/// Refuses `xliff` (exit 1, `in.xlf:<line>` in stderr, no file changed).
fn assert_refused(xliff: &str, line: usize, message: &str) {
    let dir = untranslated_copy();
    let before = sl_files(dir.path());
    let run = import(dir.path(), xliff);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("in.xlf:{line}:")),
        "expected line {line}:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(message),
        "expected `{message}`:\n{}",
        run.stderr
    );
    assert_eq!(sl_files(dir.path()), before, "nothing was written");
}

fn line_of(xliff: &str, needle: &str) -> usize {
    xliff[..xliff.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn a_file_that_does_not_match_is_refused_whole() {
    let xliff = export(copy_fixture("sample").path(), "sl");
    // An unknown id.
    let bad = xliff.replace("intro-h-1e53e266a8f9feea", "intro-h-0000000000000000");
    assert_refused(
        &bad,
        line_of(&bad, "intro-h-0000000000000000"),
        "unknown id",
    );
    // A placeholder removed from a target.
    let bad = xliff.replacen(
        r#"spodaj.<ph id="3" ctype="x-footnote">[^why]</ph></target>"#,
        "spodaj.</target>",
        1,
    );
    assert_refused(
        &bad,
        line_of(&bad, "spodaj.</target>"),
        "lacks the placeholder(s) `3`",
    );
    // A placeholder added to a target.
    let bad = xliff.replacen(
        "<target state=\"translated\">Kako ga brati</target>",
        "<target state=\"translated\">Kako <ph id=\"9\" ctype=\"x-fluent\">{ $evil }</ph></target>",
        1,
    );
    assert_refused(
        &bad,
        line_of(&bad, "Kako <ph"),
        "placeholder `9` its source does not have",
    );
    // A malformed placeholder: a pair that never closes.
    let bad = xliff.replacen(r#"poudarjen<ept id="1">*</ept>"#, "poudarjen", 1);
    assert_refused(&bad, line_of(&bad, "poudarjen"), "never closes");
    // Source text that no longer matches the English.
    let bad = xliff.replacen(
        "<source>First step</source>",
        "<source>First steps</source>",
        1,
    );
    assert_refused(&bad, line_of(&bad, "First steps"), "no longer matches");
    // Broken XML.
    let bad = xliff.replacen(
        "<target state=\"translated\">Prvi korak</target>",
        "<target>Prvi & korak</target>",
        1,
    );
    assert_refused(&bad, line_of(&bad, "Prvi & korak"), "not well-formed XML");
}

#[test]
fn a_stale_unit_imported_with_new_text_has_it_in_place() {
    let dir = copy_fixture("sample");
    let root = dir.path();
    let path = root.join("translations/sl/02-routes.ftl");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "routes-h-5915a7106c92c1e4 = Tri poti",
        "routes-h-5915a7106c92c1e4 = Dve poti",
    );
    std::fs::write(&path, text).unwrap();
    mark_stale(root, "sl", "routes-h-5915a7106c92c1e4", "Two routes");
    let xliff = export(root, "sl").replace(
        "<target state=\"needs-review-translation\">Dve poti</target>",
        "<target state=\"translated\">Tri poti &amp; &lt;več&gt; {x}</target>",
    );
    let run = import(root, &xliff);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("1 changed"), "{}", run.stderr);
    let values = sl_values(root);
    assert_eq!(
        values["routes-h-5915a7106c92c1e4"].display(),
        "Tri poti & <več> {x}"
    );
    // Braces typed as text are text in Fluent, not placeables.
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(r#"{ "{" }x{ "}" }"#)
    );
}

/// Random text for between the source's placeholders: words, Markdown and
/// XML specials, braces, a control character, line breaks, non-ASCII.
fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "pot",
            "šola",
            "μέλλον",
            "път",
            " ",
            " ",
            "\n",
            "<",
            "&",
            "]]>",
            "\"",
            "'",
            "{",
            "}",
            "\\*",
            "\\[",
            "#",
            "\u{7}",
            "\u{1b}",
            "ü",
            "→",
            "1.",
            "- ",
            "> ",
        ]),
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

/// A translation of `source`: its placeables, in a shuffled order, with
/// random text around them. (Markdown pieces of the source text stay in its
/// text runs, so they are kept too.)
fn translation(source: &MessageText, fillers: &[String], order: &[usize]) -> MessageText {
    let mut pieces = source.pieces.clone();
    let n = pieces.len();
    for (k, &o) in order.iter().enumerate() {
        if n > 1 {
            pieces.swap(k % n, o % n);
        }
    }
    let mut out = Vec::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        out.push(Piece::Text(fillers[i % fillers.len()].clone()));
        out.push(piece);
    }
    out.push(Piece::Text(fillers[(n + 1) % fillers.len()].clone()));
    // Adjacent text runs are one, as a file reads them.
    let mut merged: Vec<Piece> = Vec::new();
    for piece in out {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(a)), Piece::Text(b)) => a.push_str(&b),
            (_, Piece::Text(b)) if b.is_empty() => {}
            (_, piece) => merged.push(piece),
        }
    }
    MessageText { pieces: merged }
}

/// Exports a copy of the sample translated with `fillers` around its
/// placeables (in `order`) and imports it into an untranslated copy: every
/// value must come back as it was.
fn round_trip(fillers: &[String], order: &[usize]) -> Result<(), TestCaseError> {
    let translated = copy_fixture("sample");
    let root = translated.path();
    let book = book(root);
    for chapter in &book.chapters {
        let mut text = String::new();
        for (i, message) in chapter.messages.iter().enumerate() {
            let mut rotated = fillers.to_vec();
            rotated.rotate_left(i % fillers.len());
            let value = translation(&message.text, &rotated, order).to_fluent();
            // pulldown-cmark reads `[^why]\[x]` as a reference link
            // `[^why][x]` (its issue #1080, open): the footnote reference is
            // text to the handbook too, in every format, so such a value has
            // lost a placeable before any export (README, "Known gaps").
            prop_assume!(!value.contains("]\\["), "pulldown-cmark #1080");
            text.push_str(&format!("{} ={value}\n\n", message.id));
        }
        std::fs::write(
            root.join(format!("translations/sl/{}.ftl", chapter.file.stem)),
            text,
        )
        .unwrap();
    }
    let expected = sl_values(root);
    let xliff = export(root, "sl");
    prop_assert!(parse_xml(&xliff).is_ok(), "{}", xliff);
    let fresh = untranslated_copy();
    let run = import(fresh.path(), &xliff);
    prop_assert_eq!(run.code, 0, "{}\n{}", run.stderr, xliff);
    let got = sl_values(fresh.path());
    for (id, value) in &expected {
        prop_assert_eq!(got.get(id), Some(value), "{}", id);
    }
    Ok(())
}

#[test]
fn translations_the_property_test_once_broke_survive_export_and_import() {
    for fillers in [
        ["<", "", "> <", ""],
        ["  \n", "", "", ""],
        ["\\[\"]]>", "", "", ""],
    ] {
        let fillers: Vec<String> = fillers.iter().map(|f| f.to_string()).collect();

        round_trip(&fillers, &[]).unwrap_or_else(|e| panic!("{fillers:?}: {e}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_translation_survives_export_and_import(
        fillers in prop::collection::vec(filler(), 4..8),
        order in prop::collection::vec(any::<usize>(), 0..4),
    ) {
        round_trip(&fillers, &order)?;
    }
}

/// Records the translation of `id`, as it reads now, as stale (what sync
/// does when a source text changes).
fn mark_stale(root: &std::path::Path, language: &str, id: &str, previous: &str) {
    use handbook::i18n::state;
    let project = handbook::manifest::Project::load(root).unwrap();
    let catalog = handbook::i18n::Catalog::load(
        &project,
        language,
        &mut handbook::diag::Diagnostics::default(),
    );
    let text = &catalog.messages[id].text;
    let mut language_state = state::read(root, language).unwrap().unwrap_or_default();
    language_state.stale.insert(
        id.to_owned(),
        state::StaleRecord {
            previous_source: previous.to_owned(),
            translation: state::translation_hash(text),
        },
    );
    std::fs::write(
        root.join(format!("translations/{language}/{}", state::STATE_FILE)),
        language_state.to_json(),
    )
    .unwrap();
}
