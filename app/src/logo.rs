//! Organisation logos: uploaded PNG or JPEG files are decoded with limits, checked to be
//! horizontal, scaled to fit the top bar and stored as a fresh PNG (no uploaded bytes,
//! metadata or hidden payloads survive).

use domain::dto::LOGO_MAX_BYTES;
use image::{ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// The logo fits in this box (twice the top bar's size, for sharp high-density screens).
const MAX_WIDTH: u32 = 480;
const MAX_HEIGHT: u32 = 96;

pub struct Logo {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Field-error codes: `logo-type` (not a readable PNG/JPEG), `logo-too-large`,
/// `logo-not-horizontal` (not clearly wider than tall).
pub fn reencode(bytes: &[u8]) -> Result<Logo, &'static str> {
    if bytes.len() > LOGO_MAX_BYTES {
        return Err("logo-too-large");
    }
    let format = image::guess_format(bytes).map_err(|_| "logo-type")?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg) {
        return Err("logo-type");
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(4096);
    limits.max_image_height = Some(4096);
    limits.max_alloc = Some(64 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| "logo-type")?;
    // Horizontal: at least 4:3, so it reads as a wordmark next to the menu.
    if u64::from(image.width()) * 3 < u64::from(image.height()) * 4 {
        return Err("logo-not-horizontal");
    }
    let fitted = if image.width() > MAX_WIDTH || image.height() > MAX_HEIGHT {
        image.resize(MAX_WIDTH, MAX_HEIGHT, image::imageops::FilterType::Lanczos3)
    } else {
        image
    };
    let mut png = Vec::new();
    fitted
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| "logo-type")?;
    Ok(Logo {
        width: fitted.width(),
        height: fitted.height(),
        png,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{DynamicImage, RgbaImage};

    fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let img = DynamicImage::ImageRgba8(RgbaImage::from_pixel(
            width,
            height,
            [20, 90, 200, 255].into(),
        ));
        let img = if format == ImageFormat::Jpeg {
            DynamicImage::ImageRgb8(img.to_rgb8())
        } else {
            img
        };
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    #[test]
    fn wide_images_are_scaled_into_the_box_and_stored_as_png() {
        let logo = reencode(&encoded(1200, 300, ImageFormat::Jpeg)).unwrap();
        assert_eq!((logo.width, logo.height), (384, 96));
        assert_eq!(image::guess_format(&logo.png).unwrap(), ImageFormat::Png);
        let small = reencode(&encoded(200, 50, ImageFormat::Png)).unwrap();
        assert_eq!(
            (small.width, small.height),
            (200, 50),
            "small logos keep their size"
        );
    }

    #[test]
    fn square_tall_broken_and_foreign_files_are_refused() {
        assert_eq!(
            reencode(&encoded(100, 100, ImageFormat::Png)).err(),
            Some("logo-not-horizontal")
        );
        assert_eq!(
            reencode(&encoded(100, 300, ImageFormat::Png)).err(),
            Some("logo-not-horizontal")
        );
        assert_eq!(reencode(b"GIF89a\x01\x00\x01\x00").err(), Some("logo-type"));
        assert_eq!(
            reencode(b"<svg xmlns='http://www.w3.org/2000/svg'/>").err(),
            Some("logo-type")
        );
        let mut truncated = encoded(400, 100, ImageFormat::Png);
        truncated.truncate(truncated.len() / 2);
        assert_eq!(reencode(&truncated).err(), Some("logo-type"));
        assert_eq!(
            reencode(&vec![0u8; LOGO_MAX_BYTES + 1]).err(),
            Some("logo-too-large")
        );
    }
}
