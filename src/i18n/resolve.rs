//! The resolver: a language's Fluent bundle, then its fallback chain, ending
//! with the source language, each a layer; a message is formatted by the first
//! layer that has it and formats it without an error (a cycle, an unknown
//! reference, too many placeables), and the result says which language that
//! was. What Fluent writes for a failed reference (`{-term}`) is never shown.
//! On request a message's terms come back marked ([`TERM_MARKS`]), so that
//! the document can tell a glossary word from the text around it.

use std::collections::HashMap;
use std::fmt::Write as _;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::Catalog;
use super::typography::{self, Digits};
use super::ui;
use crate::manifest::{Project, Variable};
use crate::source::{Book, MessageText};

struct Layer {
    language: String,
    bundle: FluentBundle<FluentResource>,
    /// Where the layer's own translations of chapter messages are, by id.
    places: HashMap<String, (String, usize)>,
}

/// The private-use characters that [`Resolver::message_marking_terms`] puts
/// around each term placeable of a message: start, the term's id (without
/// its `-`), the second mark, the term's value, the end mark.
pub const TERM_MARKS: [char; 3] = ['\u{F0000}', '\u{F0001}', '\u{F0002}'];
const TERM_START: &str = "\u{F0000}";
const TERM_VALUE: &str = "\u{F0001}";
const TERM_END: &str = "\u{F0002}";

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
    /// Fluent's complaints (unknown term, missing variable, ...), each naming
    /// the language whose text could not be used.
    pub errors: Vec<String>,
}

fn bundle_for(language: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    // fluent-rs writes every number in ASCII digits; the language's own
    // digits are data (typography::digits).
    match typography::digits(language) {
        Digits::Western => {}
        Digits::ArabicIndic => bundle.set_formatter(Some(arabic_indic_number)),
        Digits::Persian => bundle.set_formatter(Some(persian_number)),
    }
    bundle
}

/// A number placeable in Arabic-Indic digits (other values as Fluent writes them).
fn arabic_indic_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(Digits::ArabicIndic, value)
}

/// A number placeable in Persian digits.
fn persian_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(Digits::Persian, value)
}

fn number_in(digits: Digits, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(digits.write(&number.as_string())),
        _ => None,
    }
}

fn add(bundle: &mut FluentBundle<FluentResource>, text: String) {
    // fluent-syntax parses nesting by recursion: such a file is an error
    // (see ftl::parse_ftl) and never reaches it.
    if crate::source::fluent_nesting::nesting_error(&text).is_some() {
        return;
    }
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
                let mut places = HashMap::new();
                if let Some(catalog) = catalogs.iter().find(|c| c.language == lang) {
                    if lang != source {
                        places = catalog
                            .messages
                            .iter()
                            .map(|(id, t)| (id.clone(), (t.file.clone(), t.line)))
                            .collect();
                    }
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
                        add(
                            &mut bundle,
                            super::reference::source_chapter_ftl(chapter, &lang),
                        );
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
                    places,
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
        self.format(id, None, false)
    }

    /// Formats a message through the fallback chain with each term placeable
    /// written between [`TERM_MARKS`] (a term inside a select's variants, or
    /// in a message that has to be formatted piece by piece, is not marked).
    /// A text that holds such characters itself is not marked at all, and
    /// they become U+FFFD: only the marks written here reach the document.
    pub fn message_marking_terms(&self, id: &str) -> Option<Resolved> {
        self.format(id, None, true)
    }

    /// Formats a message with extra arguments.
    pub fn message_with(
        &self,
        id: &str,
        extra: &[(&str, FluentValue<'static>)],
    ) -> Option<Resolved> {
        self.format(id, Some(extra), false)
    }

    fn format(
        &self,
        id: &str,
        extra: Option<&[(&str, FluentValue<'static>)]>,
        mark_terms: bool,
    ) -> Option<Resolved> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.variables {
            args.set(name.clone(), value.clone());
        }
        for (name, value) in extra.unwrap_or_default() {
            args.set(name.to_string(), value.clone());
        }
        let mut failed: Vec<(&Layer, Vec<String>)> = Vec::new();
        for layer in &self.layers {
            let Some(pattern) = layer.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            match format_layer(layer, pattern, &args) {
                Ok(text) => {
                    let text = if mark_terms {
                        marked(layer, pattern, &args, text)
                    } else {
                        text
                    };
                    return Some(Resolved {
                        text,
                        language: layer.language.clone(),
                        errors: describe_failures(id, &failed, &layer.language),
                    });
                }
                Err(errors) => failed.push((layer, errors)),
            }
        }
        // No layer formats it cleanly: the last one's text, without the
        // placeables that fail (never Fluent's `{-term}` stand-ins), and as
        // plain text if its markup nests too deep.
        let (last, _) = failed.last()?;
        let pattern = last.bundle.get_message(id)?.value()?;
        let (mut text, _) = format_pieces(&last.bundle, pattern, &args);
        if MessageText::inline_nesting_error(&text).is_some() {
            text = MessageText::escape_markdown(&text);
        }
        let mut errors = describe_failures(id, &failed, &last.language);
        if let Some(last_error) = errors.last_mut() {
            last_error.push_str("; the placeables that fail are left out");
        }
        Some(Resolved {
            text,
            language: last.language.clone(),
            errors,
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
}

/// `pattern` formatted with its term placeables marked (see
/// [`Resolver::message_marking_terms`]); `plain` is its unmarked text.
fn marked<'a>(
    layer: &Layer,
    pattern: &ast::Pattern<&'a str>,
    args: &FluentArgs,
    plain: String,
) -> String {
    if plain.contains(TERM_MARKS) {
        return plain.replace(TERM_MARKS, "\u{FFFD}");
    }
    let mut elements: Vec<ast::PatternElement<&'a str>> =
        Vec::with_capacity(pattern.elements.len());
    let mut terms = 0;
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression:
                ast::Expression::Inline(ast::InlineExpression::TermReference {
                    id,
                    attribute: None,
                    ..
                }),
        } = element
        {
            terms += 1;
            let text = |value: &'a str| ast::PatternElement::TextElement { value };
            elements.extend([text(TERM_START), text(id.name), text(TERM_VALUE)]);
            elements.push(element.clone());
            elements.push(text(TERM_END));
        } else {
            elements.push(element.clone());
        }
    }
    if terms == 0 {
        return plain;
    }
    let mut errors = Vec::new();
    let text = layer
        .bundle
        .format_pattern(&ast::Pattern { elements }, Some(args), &mut errors)
        .into_owned();
    // Fluent's placeable budget is per call, as for `plain`; anything else
    // (an error now, marks that are not the ones written here) keeps `plain`.
    let marks_written = TERM_MARKS.iter().all(|m| text.matches(*m).count() == terms);
    if errors.is_empty() && marks_written {
        text
    } else {
        plain
    }
}

/// Formats `pattern` in `layer`, or says why it cannot be used: Fluent's
/// errors, or inline Markdown nested deeper than every later stage allows.
fn format_layer(
    layer: &Layer,
    pattern: &ast::Pattern<&str>,
    args: &FluentArgs,
) -> Result<String, Vec<String>> {
    let text = format_fluent(layer, pattern, args)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    if MessageText::inline_nesting_error(&text).is_some() {
        return Err(vec![format!(
            "its emphasis, strikethrough and links are nested more than {} deep",
            MessageText::MAX_INLINE_NESTING
        )]);
    }
    Ok(text)
}

/// Formats `pattern` in `layer`. Fluent's limit of 100 placeables per call
/// guards against exponential expansion; a long message whose placeables each
/// stay within it (many escaped braces, say) is formatted placeable by
/// placeable instead, which is the same text.
fn format_fluent(
    layer: &Layer,
    pattern: &ast::Pattern<&str>,
    args: &FluentArgs,
) -> Result<String, Vec<FluentError>> {
    let mut errors = Vec::new();
    let text = layer
        .bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    if errors.is_empty() {
        return Ok(text);
    }
    let only_the_count = errors.iter().all(|e| {
        matches!(
            e,
            FluentError::ResolverError(fluent_bundle::resolver::ResolverError::TooManyPlaceables)
        )
    });
    if only_the_count {
        let (text, piece_errors) = format_pieces(&layer.bundle, pattern, args);
        if piece_errors.is_empty() {
            return Ok(text);
        }
        return Err(piece_errors);
    }
    Err(errors)
}

/// Formats each element of `pattern` on its own (each with Fluent's full
/// placeable budget), leaving out those that fail; returns their errors.
fn format_pieces(
    bundle: &FluentBundle<FluentResource>,
    pattern: &ast::Pattern<&str>,
    args: &FluentArgs,
) -> (String, Vec<FluentError>) {
    let mut text = String::new();
    let mut errors = Vec::new();
    for element in &pattern.elements {
        let single = ast::Pattern {
            elements: vec![element.clone()],
        };
        let mut element_errors = Vec::new();
        let piece = bundle.format_pattern(&single, Some(args), &mut element_errors);
        if element_errors.is_empty() {
            text.push_str(&piece);
        } else {
            errors.extend(element_errors);
        }
    }
    (text, errors)
}

/// One line per layer that could not format the message: which language,
/// where its text is (when it is a chapter translation), what Fluent said.
fn describe_failures(id: &str, failed: &[(&Layer, Vec<String>)], used: &str) -> Vec<String> {
    failed
        .iter()
        .map(|(layer, errors)| {
            let mut reasons = errors.clone();
            reasons.dedup();
            let mut line = format!("the `{}` text", layer.language);
            if let Some((file, line_number)) = layer.places.get(id) {
                let _ = write!(line, " ({file}:{line_number})");
            }
            let _ = write!(line, " cannot be used: {}", reasons.join("; "));
            if layer.language != used {
                let _ = write!(line, "; the `{used}` text is used");
            }
            line
        })
        .collect()
}
