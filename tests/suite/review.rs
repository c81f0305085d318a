//! The translators' review page, `dist/<lang>/review.html`: built from a
//! project after an English paragraph changed and `sync` ran, it lists the
//! stale translation first with a word diff, then the missing messages, then
//! the confirmed ones; translations stay text; the status page links it.

use std::path::Path;

use super::common::{copy_fixture, handbook, parse_xml, path_str};

/// A copy of the sample with one English paragraph edited, one Slovene
/// translation deleted and one made hostile, synced and built as HTML.
/// Returns the project and the output folder.
fn built_after_an_edit() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = copy_fixture("sample");
    let root = dir.path();
    edit(
        &root.join("handbook/chapters/01-intro.md"),
        "This small handbook shows every feature",
        "This little handbook shows nearly every feature",
    );
    let sl = root.join("translations/sl/01-intro.ftl");
    edit(&sl, "intro-h-c4d52f91e342b59c = Tabela\n", "");
    edit(
        &sl,
        "intro-li-aa73f868225f9eac = Prvi korak",
        "intro-li-aa73f868225f9eac = Prvi <script>alert(1)</script> korak & <b>\"x\"</b>",
    );
    let sync = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(sync.code, 0, "{}{}", sync.stdout, sync.stderr);
    let said = format!("{}{}", sync.stdout, sync.stderr);
    assert!(said.contains("1 translation(s) marked stale"), "{said}");
    let out = root.join("dist");
    let build = handbook(&[
        "build",
        "--project",
        path_str(root),
        "--format",
        "html",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(build.code, 0, "{}{}", build.stdout, build.stderr);
    (dir, out)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} holds no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// All the text inside a node.
fn text_of(node: &roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

fn class_has(node: &roxmltree::Node, class: &str) -> bool {
    node.attribute("class")
        .is_some_and(|c| c.split(' ').any(|c| c == class))
}

/// The text of a `<dd>` of a review item after the `<dt>` saying `label`.
fn field<'a>(item: &roxmltree::Node<'a, 'a>, label: &str) -> roxmltree::Node<'a, 'a> {
    let dt = item
        .descendants()
        .find(|n| n.has_tag_name("dt") && n.text() == Some(label))
        .unwrap_or_else(|| panic!("no <dt>{label}</dt>"));
    dt.next_sibling_element().expect("a <dd> after the <dt>")
}

#[test]
fn review_page_lists_stale_then_missing_then_confirmed() {
    let (dir, out) = built_after_an_edit();
    assert!(
        !out.join("en/review.html").exists(),
        "the source language has nothing to review"
    );
    assert!(out.join("it/review.html").exists());
    let html = std::fs::read_to_string(out.join("sl/review.html")).expect("sl/review.html");
    let doc = parse_xml(&html).unwrap_or_else(|e| panic!("{e}\n{html}"));
    assert!(
        doc.descendants().any(|n| n.has_tag_name("meta")
            && n.attribute("name") == Some("robots")
            && n.attribute("content") == Some("noindex")),
        "search engines leave it alone"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "works offline"
    );

    // The first chapter, in order: stale, missing, then confirmed (folded).
    let chapter = doc
        .descendants()
        .find(|n| n.has_tag_name("section"))
        .expect("a chapter section");
    let heading = chapter
        .descendants()
        .find(|n| n.has_tag_name("h2"))
        .unwrap();
    assert_eq!(heading.text(), Some("Welcome"));
    assert_eq!(heading.attribute("lang"), Some("en"));
    let items: Vec<_> = chapter
        .descendants()
        .filter(|n| n.has_tag_name("li") && class_has(n, "review-item"))
        .collect();
    assert!(class_has(&items[0], "review-stale"), "stale comes first");
    assert!(
        class_has(&items[1], "review-missing"),
        "then the missing one"
    );
    assert_eq!(items[1].attribute("id"), Some("intro-h-c4d52f91e342b59c"));
    assert!(
        items[2..]
            .iter()
            .all(|i| i.ancestors().any(|a| a.has_tag_name("details"))),
        "the confirmed ones are folded"
    );
    let details = chapter
        .descendants()
        .find(|n| n.has_tag_name("details"))
        .unwrap();
    assert_eq!(details.attribute("open"), None, "collapsed by default");

    // The stale row: source now, the translation, and what changed.
    let stale = &items[0];
    let source = field(stale, "Source now");
    assert_eq!(source.attribute("lang"), Some("en"));
    assert!(
        source
            .text()
            .unwrap()
            .starts_with("This little handbook shows nearly")
    );
    let translation = field(stale, "Translation (stale)");
    assert_eq!(translation.attribute("lang"), Some("sl"));
    assert!(translation.text().unwrap().starts_with("Ta mali priročnik"));
    let meta = stale.descendants().find(|n| n.has_tag_name("p")).unwrap();
    let meta_text = text_of(&meta);
    assert!(
        meta_text.contains(stale.attribute("id").unwrap())
            && meta_text.contains(&format!(
                "translations/sl/01-intro.ftl:{}",
                line_of(dir.path(), stale.attribute("id").unwrap())
            )),
        "the row names its id and file:line: {meta_text}"
    );
    let diff = field(stale, "Source changes since the translation");
    let marked = |tag: &str| -> Vec<String> {
        diff.children()
            .filter(|n| n.has_tag_name(tag))
            .map(|n| text_of(&n))
            .collect()
    };
    assert_eq!(marked("del"), ["[removed: small]"]);
    assert_eq!(marked("ins"), ["[added: little]", "[added: nearly]"]);
    assert!(
        html.contains(r#"This <del><span class="visually-hidden">[removed: </span>small<span class="visually-hidden">]</span></del> <ins>"#),
        "removals come before additions, marked without colour too"
    );

    // The missing row names the file to translate it in.
    let missing_meta = text_of(&items[1]);
    assert!(missing_meta.contains("translations/sl/01-intro.ftl"));
    assert!(missing_meta.contains("Missing."));

    // The summary counts them.
    let summary = text_of(
        &doc.descendants()
            .find(|n| n.has_tag_name("ul") && class_has(n, "review-summary"))
            .unwrap(),
    );
    assert!(
        summary.contains("1 need review") && summary.contains("1 missing"),
        "{summary}"
    );
}

#[test]
fn a_hostile_translation_stays_text() {
    let (_dir, out) = built_after_an_edit();
    let html = std::fs::read_to_string(out.join("sl/review.html")).unwrap();
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
    assert!(html.contains(
        "Prvi &lt;script&gt;alert(1)&lt;&#x2f;script&gt; korak &amp; &lt;b&gt;&quot;x&quot;&lt;&#x2f;b&gt;"
    ) || html.contains("Prvi &lt;script&gt;alert(1)&lt;/script&gt; korak &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;"),
        "the translation is shown as written");
    let doc = parse_xml(&html).unwrap();
    let item = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("intro-li-aa73f868225f9eac"))
        .expect("the hostile row");
    assert_eq!(
        field(&item, "Translation").text(),
        Some("Prvi <script>alert(1)</script> korak & <b>\"x\"</b>")
    );
}

#[test]
fn status_page_links_review_pages_and_readers_pages_do_not() {
    let (_dir, out) = built_after_an_edit();
    let status = std::fs::read_to_string(out.join("status.html")).unwrap();
    assert!(status.contains(r#"href="sl/review.html""#), "{status}");
    assert!(status.contains(r#"href="it/review.html""#));
    assert!(!status.contains(r#"href="en/review.html""#));
    for entry in std::fs::read_dir(out.join("sl")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") && !path.ends_with("review.html") {
            let page = std::fs::read_to_string(&path).unwrap();
            assert!(
                !page.contains("review.html"),
                "{} links the review page",
                path.display()
            );
        }
    }
}

/// The line of the sl translation of `id`.
fn line_of(root: &std::path::Path, id: &str) -> usize {
    std::fs::read_to_string(root.join("translations/sl/01-intro.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap()
        + 1
}
