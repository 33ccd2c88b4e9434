//! markdownlint-cli2, the judge of generated Markdown (runbooks).

use std::path::Path;
use std::process::Command;

use crate::tools_dir;

/// markdownlint-cli2 (scripts/install-validators.sh) with its default rules must find
/// nothing in `files` (paths relative to `dir`).
pub fn assert_markdownlint_clean(dir: &Path, files: &[String]) {
    let bin = tools_dir().join("markdownlint/node_modules/.bin/markdownlint-cli2");
    assert!(
        bin.exists(),
        "{} is missing: run scripts/install-validators.sh",
        bin.display()
    );
    let output = Command::new(&bin)
        .args(files)
        .current_dir(dir)
        .output()
        .expect("run markdownlint-cli2");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "markdownlint-cli2 failed:\n{report}"
    );
    assert!(
        report.contains(&format!("Linting: {} file", files.len())),
        "{report}"
    );
}
