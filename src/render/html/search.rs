//! The offline search index of one language: sections of the book with their
//! words folded (case, accents, Greek final sigma) the way the page's script
//! folds the query, so that any partner language is found without a stemmer.

use std::collections::BTreeMap;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization as _;

use crate::document::{DocBlock, Document};

/// A searchable section.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchDoc {
    /// Section title.
    pub t: String,
    /// Chapter title.
    pub c: String,
    /// Link, relative to the language's folder.
    pub h: String,
    /// The section's text, for snippets.
    pub x: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchIndex {
    pub docs: Vec<SearchDoc>,
    /// Folded word → sections containing it.
    pub tokens: BTreeMap<String, Vec<usize>>,
}

/// Case- and accent-insensitive form of a text (as `fold` in site.js).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect::<String>()
        .to_lowercase()
        .replace('ς', "σ")
}

/// Folded words of a text.
pub fn words(text: &str) -> impl Iterator<Item = String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

impl SearchIndex {
    pub fn build(document: &Document) -> SearchIndex {
        let mut docs = Vec::new();
        for chapter in &document.chapters {
            let chapter_title = chapter.title.plain();
            let mut current = SearchDoc {
                t: chapter_title.clone(),
                c: chapter_title.clone(),
                h: format!("{}.html", chapter.stem),
                x: String::new(),
            };
            for block in &chapter.blocks {
                if let DocBlock::Heading { anchor, text, .. } = block {
                    docs.push(std::mem::replace(
                        &mut current,
                        SearchDoc {
                            t: text.plain(),
                            c: chapter_title.clone(),
                            h: format!("{}.html#{anchor}", chapter.stem),
                            x: String::new(),
                        },
                    ));
                } else {
                    // Headings nested in quotes or lists are text of their section.
                    block.walk().for_each(|b| append_text(b, &mut current.x));
                }
            }
            chapter
                .footnotes
                .iter()
                .flat_map(|f| f.blocks.iter())
                .flat_map(DocBlock::walk)
                .for_each(|b| append_text(b, &mut current.x));
            docs.push(current);
        }
        let mut tokens: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (n, doc) in docs.iter().enumerate() {
            for word in words(&doc.t).chain(words(&doc.x)) {
                let list = tokens.entry(word).or_default();
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
        SearchIndex { docs, tokens }
    }

    /// Sections holding every word of `query` (prefix match), as the script does.
    pub fn search(&self, query: &str) -> Vec<&SearchDoc> {
        let mut result: Option<Vec<usize>> = None;
        for term in words(query) {
            let mut hits: Vec<usize> = self
                .tokens
                .range(term.clone()..)
                .take_while(|(k, _)| k.starts_with(&term))
                .flat_map(|(_, d)| d.iter().copied())
                .collect();
            hits.sort_unstable();
            hits.dedup();
            result = Some(match result {
                None => hits,
                Some(previous) => previous.into_iter().filter(|d| hits.contains(d)).collect(),
            });
        }
        result
            .unwrap_or_default()
            .into_iter()
            .map(|d| &self.docs[d])
            .collect()
    }

    /// The script that defines the index for the page (works from file://).
    pub fn to_script(&self) -> String {
        let json = serde_json::to_string(self).expect("index serializes");
        // `</` could end a <script> element if the file were ever inlined.
        format!(
            "window.HANDBOOK_SEARCH_INDEX = {};\n",
            json.replace("</", "<\\/")
        )
    }
}

/// Appends the texts of one block itself (not of the blocks inside it).
fn append_text(block: &DocBlock, out: &mut String) {
    for text in block.texts() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text.plain());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_final_sigma() {
        assert_eq!(fold("Μετανάστες"), "μεταναστεσ");
        assert_eq!(fold("ΜΕΤΑΝΑΣΤΕΣ"), "μεταναστεσ");
        assert_eq!(fold("Občina"), "obcina");
        assert_eq!(fold("Бежанците"), "бежанците");
    }
}
