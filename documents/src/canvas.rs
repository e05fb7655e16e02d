//! Drawing on one page in millimetres from the top-left corner, with every text run marked
//! as tagged content (its identifier goes into the document's tag tree) and every rule or
//! box marked as an artifact, so assistive technology reads the text and skips the lines.

use crate::fonts::{Face, Fonts};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, Identifier, SpanTag};

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

pub struct Canvas<'s, 'p> {
    surface: &'s mut Surface<'p>,
    fonts: &'s Fonts,
}

impl<'s, 'p> Canvas<'s, 'p> {
    pub fn new(surface: &'s mut Surface<'p>, fonts: &'s Fonts) -> Self {
        Canvas { surface, fonts }
    }

    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.fonts.regular,
            Weight::Bold => &self.fonts.bold,
        }
    }

    /// Draws one line of text with its baseline at `y` mm; `x` is its left or right edge.
    pub fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        align: Align,
        text: &str,
    ) -> Identifier {
        let tag = ContentTag::Span(SpanTag::empty());
        self.run(x, y, size, weight, align, text, tag)
    }

    /// Text that repeats on every page (the page number): an artifact, not content.
    pub fn artifact_text(&mut self, x: f32, y: f32, size: f32, align: Align, text: &str) {
        let tag = ContentTag::Artifact(ArtifactType::Footer);
        self.run(x, y, size, Weight::Regular, align, text, tag);
    }

    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        align: Align,
        text: &str,
        tag: ContentTag,
    ) -> Identifier {
        let face = self.face(weight).clone();
        let glyphs = face.glyphs(text);
        let width: f32 = glyphs.iter().map(|g| g.x_advance * size).sum();
        let left = match align {
            Align::Left => x * MM,
            Align::Right => x * MM - width,
        };
        let id = self.surface.start_tagged(tag);
        self.surface.set_fill(Some(Fill {
            paint: rgb::Color::new(0, 0, 0).into(),
            ..Fill::default()
        }));
        self.surface.draw_glyphs(
            Point::from_xy(left, y * MM),
            &glyphs,
            face.font.clone(),
            text,
            size,
            false,
        );
        self.surface.end_tagged();
        id
    }

    /// A straight rule, `width` points thick, dashed when asked (the payment part's
    /// separation lines).
    pub fn rule(&mut self, from: (f32, f32), to: (f32, f32), width: f32, dashed: bool) {
        let mut path = PathBuilder::new();
        path.move_to(from.0 * MM, from.1 * MM);
        path.line_to(to.0 * MM, to.1 * MM);
        let Some(path) = path.finish() else {
            return;
        };
        self.surface
            .start_tagged(ContentTag::Artifact(ArtifactType::Other));
        self.surface.set_fill(None);
        self.surface.set_stroke(Some(Stroke {
            width,
            dash: dashed.then(|| StrokeDash {
                array: vec![3.0, 2.0],
                offset: 0.0,
            }),
            ..Stroke::default()
        }));
        self.surface.draw_path(&path);
        self.surface.set_stroke(None);
        self.surface.end_tagged();
    }

    /// Filled rectangles in `grey` (0 black … 255 white), drawn as one path; tagged as
    /// content when `content` (a code's modules), else as an artifact.
    pub fn boxes(&mut self, rects: &[(f32, f32, f32, f32)], grey: u8, content: bool) -> Identifier {
        let mut path = PathBuilder::new();
        for &(x, y, w, h) in rects {
            if let Some(r) = Rect::from_xywh(x * MM, y * MM, w * MM, h * MM) {
                path.push_rect(r);
            }
        }
        let tag = if content {
            ContentTag::Other
        } else {
            ContentTag::Artifact(ArtifactType::Other)
        };
        let id = self.surface.start_tagged(tag);
        if let Some(path) = path.finish() {
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(Fill {
                paint: rgb::Color::new(grey, grey, grey).into(),
                ..Fill::default()
            }));
            self.surface.draw_path(&path);
        }
        self.surface.end_tagged();
        id
    }
}
