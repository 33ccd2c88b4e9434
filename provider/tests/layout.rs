//! The source layout rules of `provider/src`: files do one job and stay small.

use std::path::{Path, PathBuf};

/// The most lines of code a source file may have before its `#[cfg(test)]` module.
const MAX_CODE_LINES: usize = 800;

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_is_over_800_lines_of_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "found only {files:?}");
    let too_long: Vec<String> = files
        .iter()
        // A `tests.rs` is a test module of its directory's module.
        .filter(|path| path.file_name().is_some_and(|n| n != "tests.rs"))
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).expect("readable source");
            let code = code_lines(&text);
            (code > MAX_CODE_LINES).then(|| format!("{}: {code}", path.display()))
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "over {MAX_CODE_LINES} lines: {too_long:?}"
    );
}

/// The lines before the file's `#[cfg(test)] mod tests {` (all lines when it has none).
fn code_lines(text: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .position(|pair| pair[0].trim() == "#[cfg(test)]" && pair[1].trim() == "mod tests {")
        .unwrap_or(lines.len())
}

#[test]
fn code_lines_stop_at_the_test_module_only() {
    let text = "fn a() {}\n#[cfg(test)]\nmod tests;\nfn b() {}\n#[cfg(test)]\nmod tests {\n}\n";
    assert_eq!(code_lines(text), 4);
    assert_eq!(code_lines("fn a() {}\nfn b() {}\n"), 2);
}
