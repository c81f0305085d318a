//! Images a handbook may use: which kinds, their media types, and a check
//! that a file is the image its name says, so that no format ships a file
//! another refuses (an SVG that is not well-formed XML, or defines entities;
//! a "PNG" that is something else).

/// The media type of an image by its file name; None for other files.
pub fn image_media_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit('.').next()?.to_ascii_lowercase();
    Some(match extension.as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => return None,
    })
}

/// Whether `bytes` are an image of the kind `path` names.
pub fn check_image(path: &str, bytes: &[u8]) -> Result<(), String> {
    let Some(media_type) = image_media_type(path) else {
        return Err(format!(
            "`{path}` is not an image: use SVG, PNG, JPEG, GIF or WebP"
        ));
    };
    let looks_right = match media_type {
        "image/svg+xml" => return check_svg(bytes),
        "image/png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => bytes.starts_with(&[0xff, 0xd8, 0xff]),
        "image/gif" => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
        _ => bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
    };
    if looks_right {
        Ok(())
    } else {
        Err(format!(
            "`{path}` is not a {media_type} file (its first bytes say otherwise)"
        ))
    }
}

/// An SVG must be well-formed XML with an `svg` root and no document type
/// (which is where entity bombs and external entities live).
fn check_svg(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the SVG is not UTF-8 text".to_owned())?;
    let document = roxmltree::Document::parse(text)
        .map_err(|e| format!("the SVG is not well-formed XML: {e}"))?;
    if document.root_element().tag_name().name() != "svg" {
        return Err("the file is XML but not an SVG (its root element is not `svg`)".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_what_their_names_say() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#;
        assert_eq!(check_image("a.svg", svg), Ok(()));
        assert!(check_image("a.svg", b"<svg><g></svg>").is_err());
        let bomb = br#"<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>"#;
        assert!(check_image("a.svg", bomb).is_err());
        assert!(check_image("a.png", b"GIF89a....").is_err());
        assert_eq!(check_image("a.PNG", b"\x89PNG\r\n\x1a\nrest"), Ok(()));
        assert!(
            check_image("handbook.yaml", b"id: x")
                .unwrap_err()
                .contains("not an image")
        );
        assert!(check_image("leak", b"root:x:0:0").is_err());
    }
}
