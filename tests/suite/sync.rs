//! Sync never loses a translator's work: after any edits of the source
//! (insert, delete, change, move paragraphs), every translation is in place,
//! carried over as stale, or in obsolete.ftl; and a second sync changes nothing.

use std::path::Path;

use handbook::diag::Diagnostics;
use handbook::i18n::{parse_ftl, sync};
use handbook::manifest::Project;
use handbook::source::Book;
use proptest::prelude::*;

use super::common::single_chapter_project;

fn run_sync(root: &Path) -> sync::SyncReport {
    let project = Project::load(root).unwrap();
    let mut diags = Diagnostics::default();
    let book = Book::load(&project, &mut diags);
    assert!(!diags.has_errors(), "{:?}", diags.items);
    let report = sync::sync(&project, &book, &mut diags);
    assert!(!diags.has_errors(), "{:?}", diags.items);
    report
}

fn set_languages(root: &Path) {
    let manifest = root.join("handbook/handbook.yaml");
    let text = std::fs::read_to_string(&manifest)
        .unwrap()
        .replace("languages: [en]", "languages: [en, sl]");
    std::fs::write(manifest, text).unwrap();
    std::fs::create_dir_all(root.join("translations/sl")).unwrap();
    std::fs::write(
        root.join("translations/sl/handbook.ftl"),
        "handbook-title = Test\nlanguage-name = Slovenščina\n",
    )
    .unwrap();
}

fn write_chapter(root: &Path, paragraphs: &[String]) {
    let text = format!("# Title\n\n{}\n", paragraphs.join("\n\n"));
    std::fs::write(root.join("handbook/chapters/01-test.md"), text).unwrap();
}

/// Translates every commented-out message of the sl file: value `TR<n>`.
fn translate_all(root: &Path) -> Vec<String> {
    let path = root.join("translations/sl/01-test.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut values = Vec::new();
    let out: Vec<String> = text
        .lines()
        .map(
            |line| match line.strip_prefix("# ").and_then(|l| l.split_once(" = ")) {
                Some((id, _)) if id.starts_with("test-") => {
                    let value = format!("TR{} {id}", values.len());
                    values.push(value.clone());
                    format!("{id} = {value}")
                }
                _ => line.to_owned(),
            },
        )
        .collect();
    std::fs::write(&path, out.join("\n") + "\n").unwrap();
    values
}

fn all_values(root: &Path) -> String {
    let mut all = String::new();
    for file in [
        "translations/sl/01-test.ftl",
        "translations/sl/obsolete.ftl",
    ] {
        if let Ok(text) = std::fs::read_to_string(root.join(file)) {
            let parsed = parse_ftl(file, &text);
            assert!(
                parsed.errors.is_empty(),
                "{file}: {:?}\n{text}",
                parsed.errors
            );
            for entry in parsed.entries {
                all.push_str(&entry.text.display());
                all.push('\n');
            }
        }
    }
    all
}

#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, String),
    Delete(usize),
    Change(usize, String),
    Move(usize, usize),
}

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "route", "town", "school", "mayor", "bridge", "story", "sea", "help", "news", "art",
    ])
    .prop_map(str::to_owned)
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 3..9).prop_map(|w| w.join(" ") + ".")
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), paragraph()).prop_map(|(i, p)| Edit::Insert(i, p)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), paragraph()).prop_map(|(i, p)| Edit::Change(i, p)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Move(a, b)),
    ]
}

fn apply(paragraphs: &mut Vec<String>, edit: &Edit) {
    let n = paragraphs.len();
    match edit {
        Edit::Insert(i, p) => paragraphs.insert(i % (n + 1), p.clone()),
        Edit::Delete(i) if n > 0 => {
            paragraphs.remove(i % n);
        }
        Edit::Change(i, p) if n > 0 => paragraphs[i % n] = format!("{p} (changed)"),
        Edit::Move(a, b) if n > 1 => {
            let item = paragraphs.remove(a % n);
            paragraphs.insert(b % n, item);
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_translation_is_ever_lost(
        start in prop::collection::vec(paragraph(), 1..8),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let dir = single_chapter_project("# Title\n");
        let root = dir.path();
        set_languages(root);
        write_chapter(root, &start);
        run_sync(root);
        let values = translate_all(root);

        let mut paragraphs = start.clone();
        for edit in &edits {
            apply(&mut paragraphs, edit);
            write_chapter(root, &paragraphs);
            run_sync(root);
            let all = all_values(root);
            for value in &values {
                prop_assert!(all.contains(value.as_str()), "lost `{}` after {:?}", value, edit);
            }
        }
        let again = run_sync(root);
        prop_assert!(again.written.is_empty(), "second sync rewrote {:?}", again.written);
    }
}

/// A chapter whose one figure draws `labels`, one `<text>` each, at
/// positions that move with their order (a layout change every time).
fn write_figure(root: &Path, labels: &[String]) {
    std::fs::create_dir_all(root.join("handbook/images")).unwrap();
    let texts: String = labels
        .iter()
        .enumerate()
        .map(|(n, label)| {
            format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"15\">{label}</text>\n",
                10 + 7 * n,
                20 + 30 * n
            )
        })
        .collect();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 560 400\">\n<title>A figure</title>\n{texts}</svg>\n"
    );
    std::fs::write(root.join("handbook/images/f.svg"), svg).unwrap();
    std::fs::write(
        root.join("handbook/chapters/01-test.md"),
        "# Title\n\n![What the figure shows](../images/f.svg \"Its caption\")\n",
    )
    .unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The same for the text of a figure: labels inserted, deleted,
    /// reworded and moved (which also moves them on the drawing).
    #[test]
    fn no_translation_of_a_figure_is_ever_lost(
        start in prop::collection::vec(paragraph(), 1..8),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let dir = single_chapter_project("# Title\n");
        let root = dir.path();
        set_languages(root);
        write_figure(root, &start);
        run_sync(root);
        let values = translate_all(root);
        prop_assert!(values.len() > start.len(), "the labels are messages");

        let mut labels = start.clone();
        for edit in &edits {
            apply(&mut labels, edit);
            write_figure(root, &labels);
            run_sync(root);
            let all = all_values(root);
            for value in &values {
                prop_assert!(all.contains(value.as_str()), "lost `{}` after {:?}", value, edit);
            }
        }
        let again = run_sync(root);
        prop_assert!(again.written.is_empty(), "second sync rewrote {:?}", again.written);
    }
}

#[test]
fn a_changed_paragraph_keeps_its_translation_as_stale() {
    let dir = single_chapter_project("# Title\n");
    let root = dir.path();
    set_languages(root);
    let mut paragraphs = vec![
        "The town met the sea.".to_owned(),
        "A bridge was built.".to_owned(),
        "News spread fast.".to_owned(),
    ];
    write_chapter(root, &paragraphs);
    run_sync(root);
    translate_all(root);
    paragraphs[1] = "A new bridge was built over the river.".to_owned();
    write_chapter(root, &paragraphs);
    let report = run_sync(root);
    assert_eq!(report.stale, 1);
    let text = std::fs::read_to_string(root.join("translations/sl/01-test.ftl")).unwrap();
    let parsed = parse_ftl("sl", &text);
    let stale: Vec<_> = parsed
        .entries
        .iter()
        .filter(|e| e.comment.iter().any(|c| c.starts_with("STALE:")))
        .collect();
    assert_eq!(stale.len(), 1, "{text}");
    assert!(
        stale[0].text.display().starts_with("TR2 "),
        "the translation of the edited block: {text}"
    );
    assert!(
        stale[0]
            .comment
            .iter()
            .any(|c| c.contains("Previous source: A bridge was built.")),
        "{text}"
    );
    assert!(
        !root.join("translations/sl/obsolete.ftl").exists(),
        "nothing became obsolete"
    );

    // A platform that drops every comment does not confirm it: the state
    // file still says stale, and sync writes the marker back.
    let stripped: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(root.join("translations/sl/01-test.ftl"), stripped).unwrap();
    let project = Project::load(root).unwrap();
    let mut diags = Diagnostics::default();
    let catalog = handbook::i18n::Catalog::load(&project, "sl", &mut diags);
    assert_eq!(catalog.messages.values().filter(|t| t.stale).count(), 1);
    run_sync(root);
    let restored = std::fs::read_to_string(root.join("translations/sl/01-test.ftl")).unwrap();
    assert!(
        restored.contains("# STALE:") && restored.contains("Previous source: A bridge was built."),
        "{restored}"
    );

    // `handbook confirm` confirms it without an edit; sync then keeps it as it is.
    let book = Book::load(&project, &mut diags);
    let confirm = sync::Confirm {
        language: "sl".into(),
        chapter: None,
        ids: vec![],
    };
    let report = sync::confirm(&project, &book, &confirm, &mut diags);
    assert_eq!(report.confirmed, 1);
    let again = std::fs::read_to_string(root.join("translations/sl/01-test.ftl")).unwrap();
    assert!(
        !again.contains("# STALE:") && !again.contains("Previous source"),
        "{again}"
    );
    assert!(again.contains("TR2 "), "the translation is kept: {again}");
}

#[test]
fn an_edited_stale_translation_counts_as_reviewed() {
    let dir = single_chapter_project("# Title\n");
    let root = dir.path();
    set_languages(root);
    let mut paragraphs = vec![
        "The town met the sea.".to_owned(),
        "A bridge was built.".to_owned(),
    ];
    write_chapter(root, &paragraphs);
    run_sync(root);
    translate_all(root);
    paragraphs[1] = "A new bridge was built.".to_owned();
    write_chapter(root, &paragraphs);
    assert_eq!(run_sync(root).stale, 1);
    let path = root.join("translations/sl/01-test.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    // As a platform saves it: the new words, the old comment still above.
    let edited: String = text
        .lines()
        .map(|l| match l.split_once(" = TR2 ") {
            Some((id, _)) => format!("{id} = Nov most je bil zgrajen.\n"),
            None => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&path, edited).unwrap();
    let project = Project::load(root).unwrap();
    let catalog = handbook::i18n::Catalog::load(&project, "sl", &mut Diagnostics::default());
    assert_eq!(catalog.messages.values().filter(|t| t.stale).count(), 0);
    run_sync(root);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        !after.contains("# STALE:") && after.contains("Nov most"),
        "{after}"
    );
    let state = std::fs::read_to_string(root.join("translations/sl/state.json")).unwrap();
    assert!(state.contains("\"stale\": {}"), "{state}");
}

#[test]
fn a_deleted_paragraph_moves_to_obsolete_and_comes_back() {
    let dir = single_chapter_project("# Title\n");
    let root = dir.path();
    set_languages(root);
    let paragraphs = vec!["One story.".to_owned(), "Two stories.".to_owned()];
    write_chapter(root, &paragraphs);
    run_sync(root);
    translate_all(root);
    write_chapter(root, &paragraphs[..1]);
    let report = run_sync(root);
    assert_eq!(report.obsoleted, 1);
    let obsolete = std::fs::read_to_string(root.join("translations/sl/obsolete.ftl")).unwrap();
    assert!(obsolete.contains("TR2"), "{obsolete}");
    write_chapter(root, &paragraphs);
    let report = run_sync(root);
    assert_eq!(report.restored, 1);
    let chapter = std::fs::read_to_string(root.join("translations/sl/01-test.ftl")).unwrap();
    assert!(chapter.contains("TR2"), "{chapter}");
}

#[test]
fn rewrapping_a_paragraph_keeps_its_id() {
    let dir = single_chapter_project("# T\n\nOne two three\nfour five.\n");
    let project = Project::load(dir.path()).unwrap();
    let mut diags = Diagnostics::default();
    let book = Book::load(&project, &mut diags);
    std::fs::write(
        dir.path().join("handbook/chapters/01-test.md"),
        "# T\n\nOne two\nthree four\nfive.\n",
    )
    .unwrap();
    let rewrapped = Book::load(&project, &mut diags);
    assert_eq!(
        book.chapters[0].messages[1].id,
        rewrapped.chapters[0].messages[1].id
    );
    assert!(book.chapters[0].messages[1].id.starts_with("test-p-"));
}

#[test]
fn text_typed_into_a_commented_out_block_is_kept() {
    let dir = single_chapter_project("# Title\n");
    let root = dir.path();
    set_languages(root);
    write_chapter(root, &["One story about the sea.".to_owned()]);
    run_sync(root);
    let path = root.join("translations/sl/01-test.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("= One story about the sea."), "{text}");
    // The translator forgot to remove the `# `.
    std::fs::write(
        &path,
        text.replace("= One story about the sea.", "= Ena zgodba o morju."),
    )
    .unwrap();
    run_sync(root);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(after.contains("Ena zgodba o morju."), "{after}");
}

/// Rewrites the chapter's files in every language to scheme-1 ids, as the
/// first releases wrote them.
fn rewrite_to_first_scheme(root: &Path) {
    let project = Project::load(root).unwrap();
    let mut diags = Diagnostics::default();
    let book = Book::load(&project, &mut diags);
    let chapter = &book.chapters[0];
    for language in ["en", "sl"] {
        let path = root.join(format!("translations/{language}/01-test.ftl"));
        let mut text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("(message id scheme 2)", "");
        for message in &chapter.messages {
            let parsed = handbook::source::id::parse_id(&message.id).unwrap();
            let old = handbook::source::id::legacy_v1_id(
                parsed.slug,
                parsed.kind_code,
                &message.text.normalized(),
            );
            // Only where the id names an entry: values may quote ids too.
            text = text.replace(&format!("{} =", message.id), &format!("{old} ="));
        }
        std::fs::write(&path, text).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_new_id_scheme_keeps_every_translation_in_place(
        paragraphs in prop::collection::vec(paragraph(), 1..8),
    ) {
        let dir = single_chapter_project("# Title\n");
        let root = dir.path();
        set_languages(root);
        write_chapter(root, &paragraphs);
        run_sync(root);
        let values = translate_all(root);
        run_sync(root);
        let before = std::fs::read_to_string(root.join("translations/sl/01-test.ftl")).unwrap();
        rewrite_to_first_scheme(root);
        let report = run_sync(root);
        prop_assert_eq!(report.rekeyed, values.len());
        prop_assert_eq!((report.stale, report.obsoleted), (0, 0));
        let after = std::fs::read_to_string(root.join("translations/sl/01-test.ftl")).unwrap();
        prop_assert_eq!(after, before);
        prop_assert!(!root.join("translations/sl/obsolete.ftl").exists());
    }
}
