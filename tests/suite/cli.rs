//! The command line on the sample project and on broken copies of it:
//! exit codes, JSON shapes, and errors that name the file, line and column.

use super::common::{copy_fixture, handbook, path_str};

fn edit(root: &std::path::Path, rel: &str, f: impl FnOnce(String) -> String) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, f(text)).unwrap();
}

#[test]
fn sync_status_check_work_on_a_copy_with_project() {
    let dir = copy_fixture("sample");
    let root = path_str(dir.path());
    let sync = handbook(&["sync", "--project", root]);
    assert_eq!(sync.code, 0, "{}", sync.stderr);
    assert!(
        sync.stderr.contains("0 file(s) written"),
        "the fixture is in sync: {}",
        sync.stderr
    );

    let status = handbook(&["status", "--project", root, "--json"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let languages = json["languages"].as_array().unwrap();
    let it = languages.iter().find(|l| l["language"] == "it").unwrap();
    for field in [
        "messages",
        "translated",
        "stale",
        "missing",
        "obsolete",
        "percent",
    ] {
        assert!(it.get(field).is_some(), "status --json lacks {field}");
    }
    assert_eq!(it["messages"], 29);
    assert_eq!(it["translated"], 6);
    assert_eq!(it["missing"], 23);
    assert!(it["words"]["source"].as_u64().unwrap() > 50);
    assert!(it["words"]["missing"].as_u64().unwrap() > 0);
    assert!(
        it["chapters"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["chapter"] == "01-intro")
    );

    let check = handbook(&["check", "--project", root]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn status_min_sets_the_exit_code() {
    let dir = copy_fixture("sample");
    let root = path_str(dir.path());
    let below = handbook(&["status", "--project", root, "--min", "100"]);
    assert_eq!(below.code, 1);
    assert!(below.stderr.contains("it"), "{}", below.stderr);
    let above = handbook(&["status", "--project", root, "--min", "20"]);
    assert_eq!(above.code, 0, "{}", above.stderr);
    let table = handbook(&["status", "--project", root, "--chapter"]);
    assert!(
        table.stdout.contains("01-intro") && table.stdout.contains("20.6%"),
        "{}",
        table.stdout
    );
}

#[test]
fn check_json_has_the_documented_shape() {
    let dir = copy_fixture("sample");
    edit(dir.path(), "translations/sl/02-routes.ftl", |t| {
        t.replace("[dobrodošlico](01-intro.md)", "dobrodošlico")
    });
    let check = handbook(&["check", "--project", path_str(dir.path()), "--json"]);
    assert_eq!(check.code, 1, "a dropped link is an error");
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["severity"], "error");
    assert_eq!(diagnostic["file"], "translations/sl/02-routes.ftl");
    assert!(diagnostic["line"].as_u64().unwrap() > 0);
    assert!(diagnostic["column"].as_u64().unwrap() > 0);
    assert!(
        diagnostic["message"]
            .as_str()
            .unwrap()
            .contains("links differ")
    );
}

/// A broken copy of the sample, and what the error must say.
fn must_fail(command: &str, breakage: impl FnOnce(&std::path::Path), expected: &[&str]) {
    let dir = copy_fixture("sample");
    breakage(dir.path());
    let run = handbook(&[command, "--project", path_str(dir.path())]);
    assert_eq!(run.code, 1, "{command} should fail: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    for needle in expected {
        assert!(
            run.stderr.contains(needle),
            "expected `{needle}` in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn bad_yaml_names_file_and_line() {
    must_fail(
        "check",
        |r| {
            edit(r, "handbook/handbook.yaml", |t| {
                t.replace("languages: [en, sl, it]", "languages: [en, sl")
            })
        },
        &["invalid manifest", "handbook/handbook.yaml:"],
    );
}

#[test]
fn unknown_key_is_rejected() {
    must_fail(
        "status",
        |r| {
            edit(r, "handbook/handbook.yaml", |t| {
                format!("{t}colour: blue\n")
            })
        },
        &["unknown field `colour`", "handbook/handbook.yaml:9:1"],
    );
}

#[test]
fn missing_chapter_names_the_key() {
    must_fail(
        "sync",
        |r| {
            edit(r, "handbook/handbook.yaml", |t| {
                t.replace("02-routes.md", "03-gone.md")
            })
        },
        &[
            "`chapters`: the chapter file `handbook/chapters/03-gone.md` does not exist",
            "handbook/handbook.yaml:6:5",
        ],
    );
}

#[test]
fn duplicate_language_is_rejected() {
    must_fail(
        "check",
        |r| {
            edit(r, "handbook/handbook.yaml", |t| {
                t.replace("[en, sl, it]", "[en, sl, it, sl]")
            })
        },
        &["`sl` is listed twice"],
    );
}

#[test]
fn ftl_syntax_error_has_line_and_column() {
    must_fail(
        "check",
        |r| {
            edit(r, "translations/sl/02-routes.ftl", |t| {
                format!("{t}\nbroken = {{ unclosed\n")
            })
        },
        &["Fluent syntax error", "translations/sl/02-routes.ftl:"],
    );
}

#[test]
fn duplicate_id_is_an_error() {
    must_fail(
        "check",
        |r| {
            edit(r, "translations/sl/02-routes.ftl", |t| {
                format!("{t}\nroutes-h-5915a7106c92c1e4 = Spet\n")
            })
        },
        &["`routes-h-5915a7106c92c1e4` is defined twice"],
    );
}

#[test]
fn unknown_placeable_is_an_error() {
    must_fail(
        "check",
        |r| {
            edit(r, "handbook/chapters/02-routes.md", |t| {
                t.replace("by land.", "by { -ferry }.")
            })
        },
        &["unknown term `-ferry`", "handbook/chapters/02-routes.md:"],
    );
    must_fail(
        "check",
        |r| {
            edit(r, "translations/sl/02-routes.ftl", |t| {
                t.replace("po kopnem.", "po kopnem { $boats }.")
            })
        },
        &["the translation uses the variables"],
    );
}

#[test]
fn a_broken_ftl_is_not_rewritten_by_sync() {
    let dir = copy_fixture("sample");
    let path = dir.path().join("translations/sl/02-routes.ftl");
    let broken = format!(
        "{}\nbroken = {{ unclosed\n",
        std::fs::read_to_string(&path).unwrap()
    );
    std::fs::write(&path, &broken).unwrap();
    let run = handbook(&["sync", "--project", path_str(dir.path())]);
    assert_eq!(run.code, 1);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        broken,
        "nothing a translator wrote is touched"
    );
}

#[test]
fn adding_a_language_is_one_line_and_sync() {
    let dir = copy_fixture("sample");
    edit(dir.path(), "handbook/handbook.yaml", |t| {
        t.replace("[en, sl, it]", "[en, sl, it, hu]")
    });
    let run = handbook(&["sync", "--project", path_str(dir.path())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let chapter = std::fs::read_to_string(dir.path().join("translations/hu/01-intro.ftl")).unwrap();
    assert!(
        chapter.contains("# intro-title-0e2226b5235f0ff9 = Welcome"),
        "{chapter}"
    );
    let handbook_ftl =
        std::fs::read_to_string(dir.path().join("translations/hu/handbook.ftl")).unwrap();
    assert!(
        handbook_ftl.contains("# handbook-title = Sample handbook"),
        "{handbook_ftl}"
    );
    assert!(
        handbook_ftl.contains("# -refugee = refugee"),
        "{handbook_ftl}"
    );
    let status = handbook(&["status", "--project", path_str(dir.path()), "--json"]);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let hu = json["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["language"] == "hu")
        .unwrap()
        .clone();
    assert_eq!(hu["translated"], 0);
    assert_eq!(hu["percent"], 0.0);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(handbook(&["build", "--formt", "pdf"]).code, 2);
    let dir = copy_fixture("sample");
    assert_eq!(
        handbook(&[
            "build",
            "--project",
            path_str(dir.path()),
            "--format",
            "docx"
        ])
        .code,
        2
    );
}

#[test]
fn build_writes_every_format_and_strict_fails_on_fallbacks() {
    let dir = copy_fixture("sample");
    let out = dir.path().join("out");
    let root = path_str(dir.path());
    let run = handbook(&["build", "--project", root, "--out", path_str(&out)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in [
        "index.html",
        "status.html",
        "sl/01-intro.html",
        "sl/sample-handbook-sl.pdf",
        "sl/sample-handbook-sl.epub",
        "it/index.html",
    ] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let strict = handbook(&[
        "build",
        "--project",
        root,
        "--out",
        path_str(&out),
        "--lang",
        "it",
        "--format",
        "html",
        "--strict",
    ]);
    assert_eq!(strict.code, 1);
    assert!(strict.stderr.contains("fall back"), "{}", strict.stderr);
    let unknown = handbook(&["build", "--project", root, "--lang", "xx"]);
    assert_eq!(unknown.code, 1);
    assert!(unknown.stderr.contains("`xx` is not a language"));
}

#[test]
fn emit_typst_writes_a_self_contained_source() {
    let dir = copy_fixture("sample");
    let out = dir.path().join("out");
    let run = handbook(&[
        "build",
        "--project",
        path_str(dir.path()),
        "--out",
        path_str(&out),
        "--lang",
        "sl",
        "--format",
        "pdf",
        "--emit-typst",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let typ = std::fs::read_to_string(out.join("sl/sample-handbook-sl.typ")).unwrap();
    assert!(
        typ.contains("#let handbook(doc, ") && !typ.contains("#import"),
        "template inlined"
    );
    assert!(
        out.join("sl/handbook/images/map.svg").is_file(),
        "images beside the source"
    );
}

#[test]
fn a_new_handbook_builds_and_checks_clean_at_once() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("Our Town");
    let made = handbook(&[
        "new",
        path_str(&dir),
        "--language",
        "sl",
        "--title",
        "Our *town* [guide]",
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let check = handbook(&["check", "--project", path_str(&dir)]);
    assert_eq!(
        (check.code, check.stderr.trim()),
        (0, "check: 0 error(s), 0 warning(s)")
    );
    let build = handbook(&["build", "--project", path_str(&dir)]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    for file in [
        "sl/our-town-sl.pdf",
        "sl/our-town-sl.epub",
        "sl/01-introduction.html",
        "index.html",
    ] {
        assert!(
            dir.join("dist").join(file).exists(),
            "{file}: {}",
            build.stderr
        );
    }
    let status = handbook(&["status", "--project", path_str(&dir), "--json"]);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(json["languages"][1]["language"], "sl");
    assert!(
        json["languages"][1]["missing"].as_u64().unwrap() > 0,
        "the chapter waits for its translator"
    );
    let again = handbook(&["new", path_str(&dir)]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("is not empty"), "{}", again.stderr);
    let bad = handbook(&[
        "new",
        path_str(&parent.path().join("x")),
        "--language",
        "en",
    ]);
    assert_eq!(bad.code, 1, "{}", bad.stderr);
}

#[test]
fn completions_are_printed_for_every_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let run = handbook(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(
            run.stdout.contains("build") && run.stdout.contains("project"),
            "{shell}"
        );
    }
}

#[test]
fn confirm_confirms_stale_translations_by_language_chapter_or_id() {
    let dir = copy_fixture("sample");
    let root = path_str(dir.path());
    edit(dir.path(), "handbook/chapters/01-intro.md", |t| {
        t.replace(
            "Keep this handbook close.",
            "Keep this handbook close at hand.",
        )
    });
    let sync = handbook(&["sync", "--project", root]);
    assert!(sync.stderr.contains("marked stale"), "{}", sync.stderr);
    let stale = |language: &str| {
        let run = handbook(&["status", "--project", root, "--json"]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        json["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["language"] == language)
            .unwrap()["stale"]
            .as_u64()
            .unwrap()
    };
    let (sl, it) = (stale("sl"), stale("it"));
    assert!(sl >= 1 && it >= 1, "{sl} {it}");
    let bad = handbook(&["confirm", "--project", root, "xx"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    let wrong_chapter = handbook(&["confirm", "--project", root, "sl", "--chapter", "02-routes"]);
    assert_eq!(wrong_chapter.code, 0, "{}", wrong_chapter.stderr);
    assert!(
        wrong_chapter.stderr.contains("confirmed 0 stale"),
        "{}",
        wrong_chapter.stderr
    );
    let run = handbook(&["confirm", "--project", root, "sl", "--chapter", "01-intro"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("confirmed {sl} stale")),
        "{}",
        run.stderr
    );
    assert_eq!((stale("sl"), stale("it")), (0, it));
}

#[test]
fn a_language_folder_the_manifest_does_not_name_is_a_warning() {
    let dir = copy_fixture("sample");
    std::fs::create_dir_all(dir.path().join("translations/fr")).unwrap();
    let run = handbook(&["check", "--project", path_str(dir.path())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: translations/fr is not a language of this handbook"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("handbook/handbook.yaml:3:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("add `fr` to `languages:`"),
        "{}",
        run.stderr
    );
}
