//! The resolver: a language's Fluent bundle, then its fallback chain, ending
//! with the source language, each a layer; a message is formatted by the first
//! layer that has it, and the result says which language that was.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::Catalog;
use super::ui;
use crate::manifest::{Project, Variable};
use crate::source::Book;

struct Layer {
    language: String,
    bundle: FluentBundle<FluentResource>,
}

/// Formats messages for one language with fallback.
pub struct Resolver {
    pub language: String,
    layers: Vec<Layer>,
    variables: Vec<(String, FluentValue<'static>)>,
}

/// A formatted message.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// Inline Markdown.
    pub text: String,
    /// The language the text is in (differs from the requested one on fallback).
    pub language: String,
    /// Fluent's complaints (unknown term, missing variable, ...).
    pub errors: Vec<String>,
}

fn bundle_for(language: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle
}

fn add(bundle: &mut FluentBundle<FluentResource>, text: String) {
    let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource);
    // Entries already present win (project files before built-in defaults).
    let _ = bundle.add_resource(resource);
}

impl Resolver {
    /// Builds the layers for `language`. `catalogs` must hold the language, its
    /// fallbacks and the source language (whichever exist).
    pub fn new(project: &Project, book: &Book, catalogs: &[&Catalog], language: &str) -> Resolver {
        let source = project.source_language();
        let source_terms = catalogs
            .iter()
            .find(|c| c.language == source)
            .and_then(|c| c.handbook.as_ref())
            .map(|h| {
                h.entries
                    .iter()
                    .filter(|e| e.id.starts_with('-'))
                    .map(|e| format!("{}\n", e.source))
                    .collect::<String>()
            })
            .unwrap_or_default();
        let mut chain = vec![language.to_owned()];
        chain.extend(project.fallback_chain(language));
        let layers = chain
            .into_iter()
            .map(|lang| {
                let mut bundle = bundle_for(&lang);
                if let Some(catalog) = catalogs.iter().find(|c| c.language == lang) {
                    if let Some(handbook) = &catalog.handbook {
                        add(&mut bundle, handbook.text.clone());
                    }
                    if lang != source {
                        for file in catalog.chapters.values() {
                            add(&mut bundle, file.text.clone());
                        }
                    }
                }
                if lang == source {
                    for chapter in &book.chapters {
                        add(&mut bundle, super::sync::source_chapter_ftl(chapter, &lang));
                    }
                } else {
                    add(&mut bundle, source_terms.clone());
                }
                if let Some(defaults) = ui::defaults(&lang) {
                    add(&mut bundle, defaults.to_owned());
                }
                Layer {
                    language: lang,
                    bundle,
                }
            })
            .collect();
        let variables = project
            .variables
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Variable::Number(n) => FluentValue::from(*n),
                    Variable::Text(s) => FluentValue::from(s.clone()),
                };
                (name.clone(), value)
            })
            .collect();
        Resolver {
            language: language.to_owned(),
            layers,
            variables,
        }
    }

    /// Formats a message through the fallback chain.
    pub fn message(&self, id: &str) -> Option<Resolved> {
        self.format(id, None)
    }

    /// Formats a message with extra arguments.
    pub fn message_with(
        &self,
        id: &str,
        extra: &[(&str, FluentValue<'static>)],
    ) -> Option<Resolved> {
        self.format(id, Some(extra))
    }

    fn format(&self, id: &str, extra: Option<&[(&str, FluentValue<'static>)]>) -> Option<Resolved> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.variables {
            args.set(name.clone(), value.clone());
        }
        for (name, value) in extra.unwrap_or_default() {
            args.set(name.to_string(), value.clone());
        }
        self.layers.iter().find_map(|layer| {
            let pattern = layer.bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = layer
                .bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
            Some(Resolved {
                text,
                language: layer.language.clone(),
                errors: errors.iter().map(ToString::to_string).collect(),
            })
        })
    }

    /// An interface string: the project's override, else the built-in default,
    /// through the fallback chain; the id itself if nothing has it.
    pub fn ui(&self, id: &str) -> String {
        self.message(id).map_or_else(|| id.to_owned(), |r| r.text)
    }

    pub fn ui_with(&self, id: &str, extra: &[(&str, FluentValue<'static>)]) -> String {
        self.message_with(id, extra)
            .map_or_else(|| id.to_owned(), |r| r.text)
    }

    /// Whether the requested language itself (not a fallback) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        self.layers
            .first()
            .is_some_and(|l| l.bundle.has_message(id))
    }
}
