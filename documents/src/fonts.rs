//! The documents' typeface, Liberation Sans (SIL Open Font License, `fonts/OFL.txt`),
//! embedded in the binary and subsetted into each PDF. It is metrically compatible with
//! Arial, one of the faces the QR-bill standard names for the payment part.
//!
//! Text is laid out here, not shaped: Latin scripts need no shaping, and measuring with the
//! same advances that are drawn makes right-aligned amounts line up exactly.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::MetadataProvider;

static REGULAR: &[u8] = include_bytes!("../fonts/LiberationSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/LiberationSans-Bold.ttf");

/// One face: the font krilla embeds and the data its advances are read from.
#[derive(Clone)]
pub struct Face {
    pub font: Font,
    data: &'static [u8],
}

/// Regular and bold.
#[derive(Clone)]
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load() -> Option<Fonts> {
        Some(Fonts {
            regular: Face::new(REGULAR)?,
            bold: Face::new(BOLD)?,
        })
    }
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Face> {
        Some(Face {
            font: Font::new(data.into(), 0)?,
            data,
        })
    }

    /// The glyphs of `text` with their advances in ems, each covering its character.
    pub fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        let Ok(font) = skrifa::FontRef::new(self.data) else {
            return Vec::new();
        };
        let charmap = font.charmap();
        // At one pixel per em, advances come out in ems.
        let metrics = font.glyph_metrics(Size::new(1.0), LocationRef::default());
        text.char_indices()
            .map(|(at, c)| {
                let id = charmap.map(c).unwrap_or_default();
                let advance = metrics.advance_width(id).unwrap_or(0.0);
                KrillaGlyph::new(
                    GlyphId::new(id.to_u32()),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    at..at + c.len_utf8(),
                    None,
                )
            })
            .collect()
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.glyphs(text).iter().map(|g| g.x_advance * size).sum()
    }

    /// `text` broken into lines no wider than `width` points: at spaces where it can,
    /// inside a word only when the word alone is too wide (a long domain name).
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                let next = format!("{line}{c}");
                if self.width(&next, size) > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_wraps_within_the_width() {
        let fonts = Fonts::load().expect("embedded fonts load");
        let f = &fonts.regular;
        assert!(f.width("WWW", 10.0) > f.width("iii", 10.0));
        assert!(fonts.bold.width("Total", 10.0) > f.width("Total", 10.0));
        let lines = f.wrap(
            "a-very-long-domain-name-that-cannot-break.example.ch web",
            10.0,
            80.0,
        );
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| f.width(l, 10.0) <= 80.0));
        assert_eq!(
            lines.concat().replace(' ', ""),
            "a-very-long-domain-name-that-cannot-break.example.chweb"
        );
    }
}
