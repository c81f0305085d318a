//! The one layout handbook writes `.ftl` files in: the layout of
//! fluent.syntax's serializer, which Weblate (through translate-toolkit) and
//! Pontoon (through moz.l10n) write back. A platform's save of unchanged
//! content is then no change at all, and `sync` after it writes nothing.
//!
//! Two things are normalised on the way, so that no platform has to escape
//! them: a value that starts with strong or emphasised text (`**X**`, `*X*`)
//! starts with the underscore form (`__X__`, `_X_`), which means the same in
//! Markdown where handbook uses it; and translate-toolkit's escaped form of
//! it (`{ "*" }*X**`) becomes the same. Translators can type `__X__` in any
//! tool; `*`, `[` and `.` cannot start a value typed into translate-toolkit.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// `text` in the canonical layout; text that does not parse without errors
/// is returned as it is (handbook never rewrites a broken file).
pub(crate) fn canonical(text: &str) -> String {
    let Ok(mut resource) = fluent_syntax::parser::parse(text.to_owned()) else {
        return text.to_owned();
    };
    for entry in &mut resource.body {
        match entry {
            Entry::Message(message) => {
                if let Some(value) = &mut message.value {
                    underscore_leading_emphasis(value);
                }
            }
            Entry::Term(term) => underscore_leading_emphasis(&mut term.value),
            _ => {}
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// `**X**rest` → `__X__rest` (and `*X*` → `_X_`) at the start of a value,
/// where both forms mean the same: X neither starts nor ends with a space
/// and holds no `*` or `_`, and what follows the closing run is a space,
/// punctuation or the end (an underscore run cannot close inside a word).
fn underscore_leading_emphasis(pattern: &mut Pattern<String>) {
    // translate-toolkit's escape of a leading star: `{ "*" }` + `*X** …`.
    if let [
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value: star }),
        },
        PatternElement::TextElement { value: rest },
        ..,
    ] = pattern.elements.as_slice()
        && star == "*"
    {
        let joined = format!("*{rest}");
        if let Some(rewritten) = underscored(&joined) {
            pattern.elements.remove(0);
            pattern.elements[0] = PatternElement::TextElement { value: rewritten };
        }
        return;
    }
    if let Some(PatternElement::TextElement { value }) = pattern.elements.first_mut()
        && let Some(rewritten) = underscored(value)
    {
        *value = rewritten;
    }
}

fn underscored(text: &str) -> Option<String> {
    crate::source::swap_leading_emphasis(text, '*', '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_is_the_serializers() {
        let text = "### Header\n\n# Context: x\na = One\n\n# Context: y\nb = Two\n\n# c = not yet\n\n-t = T\n";
        assert_eq!(
            canonical(text),
            "### Header\n\n# Context: x\na = One\n# Context: y\nb = Two\n\n# c = not yet\n\n-t = T\n"
        );
    }

    #[test]
    fn a_leading_strong_or_emphasis_takes_underscores_when_it_means_the_same() {
        assert_eq!(
            canonical("a = **If you work**, start.\n"),
            "a = __If you work__, start.\n"
        );
        assert_eq!(canonical("a = *Note* this\n"), "a = _Note_ this\n");
        assert_eq!(
            canonical("a = { \"*\" }*If you work**: start\n"),
            "a = __If you work__: start\n"
        );
        // Where underscores would not close, or the run is not emphasis, nothing changes.
        for unchanged in [
            "a = **a**b\n",
            "a = **snake_case** x\n",
            "a = ** spaced** x\n",
            "a = *a**b* x\n",
            "a = x **not leading**\n",
        ] {
            assert_eq!(canonical(unchanged), unchanged);
        }
    }

    #[test]
    fn a_broken_file_is_left_as_it_is() {
        assert_eq!(canonical("a = {\n\n\nb = x\n"), "a = {\n\n\nb = x\n");
    }
}
