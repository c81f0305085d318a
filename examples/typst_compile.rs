//! The floor for the PDF benchmark: compiles a `.typ` written by
//! `handbook build --emit-typst` with the Typst library alone (same embedded
//! fonts, script fonts included, same PDF options), so `handbook`'s own share
//! of a PDF build can be measured against it.
//!
//! cargo build --release --example typst_compile
//! target/release/examples/typst_compile dist/sl/clarinet-handbook-sl.typ OUT.pdf

use std::path::Path;

use handbook::render::pdf::world::HandbookWorld;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

fn files_under(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(root, &path, out);
        } else if path.extension().is_some_and(|e| e != "typ" && e != "pdf") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read(&path).unwrap()));
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: typst_compile FILE.typ OUT.pdf [ua-1]");
        std::process::exit(2);
    };
    let input = Path::new(input);
    let root = input.parent().unwrap_or(Path::new("."));
    let mut files = Vec::new();
    files_under(root, root, &mut files);
    let source = std::fs::read_to_string(input).expect("the .typ file");
    let today = Datetime::from_ymd(2021, 12, 1).unwrap();
    let fonts = handbook::render::pdf::fonts::for_project(root);
    let world = HandbookWorld::new(source, String::new(), files, today, fonts);
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .unwrap_or_else(|errors| {
            for error in errors {
                eprintln!("error: {}", error.message);
            }
            std::process::exit(1);
        });
    let standards: Vec<PdfStandard> = if args.get(3).is_some_and(|a| a == "ua-1") {
        vec![PdfStandard::Ua_1]
    } else {
        vec![]
    };
    let options = PdfOptions {
        ident: Smart::Custom("bench".into()),
        standards: PdfStandards::new(&standards).unwrap(),
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options).unwrap_or_else(|_| std::process::exit(1));
    std::fs::write(output, bytes).unwrap();
}
