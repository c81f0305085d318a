//! The layering of src/, read from the source: which module may name which,
//! and that only the command line prints. A planted violation proves that
//! the check can fail.

use std::path::Path;

/// (modules under this path, may not name these modules).
const FORBIDDEN: &[(&str, &[&str])] = &[
    // Renderers see only the Document and what build hands them.
    (
        "src/render/",
        &[
            "manifest", "source", "i18n", "build", "serve", "cli", "lock",
        ],
    ),
    // The pipeline's stages never look downstream.
    (
        "src/manifest.rs",
        &[
            "source", "i18n", "document", "render", "build", "serve", "cli",
        ],
    ),
    (
        "src/source/",
        &["i18n", "document", "render", "build", "serve", "cli"],
    ),
    (
        "src/i18n/",
        &["document", "render", "build", "serve", "cli"],
    ),
    ("src/document/", &["render", "build", "serve", "cli"]),
    (
        "src/diag.rs",
        &["manifest", "source", "i18n", "document", "render", "build"],
    ),
    (
        "src/paths.rs",
        &["manifest", "source", "i18n", "document", "render", "build"],
    ),
    (
        "src/figure/",
        &[
            "manifest", "source", "i18n", "document", "render", "build", "serve", "cli",
        ],
    ),
    ("src/build.rs", &["serve", "cli"]),
    ("src/serve/", &["cli"]),
];

/// Files that may print to the terminal.
const MAY_PRINT: &[&str] = &["src/cli.rs", "src/main.rs"];

fn violations(files: &[(String, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in files {
        let code = without_tests_and_comments(text);
        for (scope, modules) in FORBIDDEN {
            if !path.starts_with(scope) {
                continue;
            }
            for (line, module) in named_modules(&code) {
                if modules.contains(&module.as_str()) {
                    found.push(format!("{path}:{line}: names `crate::{module}`"));
                }
            }
        }
        if !MAY_PRINT.contains(&path.as_str())
            && let Some((line, needle)) = first_print(&code)
        {
            found.push(format!(
                "{path}:{line}: prints (`{needle}`) outside the command line"
            ));
        }
    }
    found
}

/// The code of a file without its `#[cfg(test)]` module and its comments.
fn without_tests_and_comments(text: &str) -> String {
    let code = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    };
    code.lines()
        .map(|line| match line.trim_start().starts_with("//") {
            true => "",
            false => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every top-level module named through `crate::`, with its line:
/// `crate::a::b`, `crate::a`, and each of `crate::{a, b::c}`.
fn named_modules(code: &str) -> Vec<(usize, String)> {
    let mut named = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let line = code[..at].lines().count().max(1);
        let rest = &code[at + "crate::".len()..];
        let group = match rest.strip_prefix('{') {
            Some(inner) => &inner[..inner.find('}').unwrap_or(inner.len())],
            None => rest,
        };
        let items: Vec<&str> = if rest.starts_with('{') {
            group.split(',').collect()
        } else {
            vec![group]
        };
        for item in items {
            let name: String = item
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !named.contains(&(line, name.clone())) {
                named.push((line, name));
            }
        }
    }
    named
}

/// The first print macro in the code, with its line.
fn first_print(code: &str) -> Option<(usize, &'static str)> {
    const MACROS: [&str; 5] = ["println!(", "eprintln!(", "print!(", "eprint!(", "dbg!("];
    for (index, line) in code.lines().enumerate() {
        for needle in MACROS {
            let starts_word = line.match_indices(needle).any(|(at, _)| {
                !line[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if starts_word {
                return Some((index + 1, needle));
            }
        }
    }
    None
}

fn sources(dir: &Path, root: &Path, into: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, root, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            into.push((rel, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn the_layering_holds_and_only_the_command_line_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), root, &mut files);
    assert!(files.len() > 20, "read {} files", files.len());
    let found = violations(&files);
    assert!(
        found.is_empty(),
        "the layering is broken:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_planted_violation_is_found() {
    let planted = vec![
        ("src/render/epub.rs".to_owned(), "use crate::manifest::Project;\n".to_owned()),
        ("src/i18n/sync.rs".to_owned(), "fn f() {\n    eprintln!(\"x\");\n}\n".to_owned()),
        ("src/source/parse.rs".to_owned(), "use crate::{diag, i18n};\n".to_owned()),
        // Allowed: a comment, a test module, the CLI printing.
        ("src/render/html/mod.rs".to_owned(), "// crate::manifest:: is not used\n#[cfg(test)]\nmod tests { use crate::manifest::Project; }\n".to_owned()),
        ("src/cli.rs".to_owned(), "fn f() { eprintln!(\"ok\"); }\n".to_owned()),
    ];
    let found = violations(&planted);
    assert_eq!(
        found,
        [
            "src/render/epub.rs:1: names `crate::manifest`",
            "src/i18n/sync.rs:2: prints (`eprintln!(`) outside the command line",
            "src/source/parse.rs:1: names `crate::i18n`",
        ]
    );
}
