//! Reading a PDF back as a reader's viewer would, with Poppler's `pdftotext`
//! (poppler-utils, installed by scripts/setup.sh).

/// The text of `pdf`, laid out.
pub fn text_of(pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("mandant-documents-http-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // One file per call: the tests of this file run at once.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!("document-{n}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils, installed by scripts/setup.sh)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Fails naming the first of `expected` that `text` lacks.
pub fn assert_has(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "{e:?} missing from:\n{text}");
    }
}
