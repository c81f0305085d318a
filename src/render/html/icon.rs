//! The home-screen icon: the site's SVG favicon drawn as a PNG, for phones
//! that put a bookmark on the home screen (they do not take SVG icons).

/// The size iOS asks for (`apple-touch-icon`), in pixels.
pub(crate) const TOUCH_ICON_SIZE: u32 = 180;

/// The SVG drawn on an opaque square of `size` pixels, as PNG bytes. The
/// square is white under the drawing: home screens show no transparency.
pub(crate) fn png(svg: &str, size: u32) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_data(svg.as_bytes(), &resvg::usvg::Options::default())
        .map_err(|e| format!("the icon is not an SVG that can be drawn: {e}"))?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size, size).ok_or("the icon size is not drawable")?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode the icon as PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_png_of_the_size_asked_for() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#003399"/></svg>"##;
        let png = png(svg, 32).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (32, 32));
        let centre = pixmap.pixel(16, 16).unwrap();
        assert_eq!(
            (centre.red(), centre.green(), centre.blue()),
            (0x00, 0x33, 0x99)
        );
    }

    #[test]
    fn a_broken_icon_is_an_error() {
        assert!(png("<svg", 32).is_err());
    }
}
