//! The layer order of `src/lib.rs` holds: no module imports a module of a
//! layer above it (or a later module of its own layer), and every top-level
//! module has a place in the table.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Module name → (layer, position in the layer), parsed from the lib.rs
/// table rows `//! | N | [`a`], `b` | ... |`.
fn layers(lib: &str) -> BTreeMap<String, (u32, usize)> {
    let mut out = BTreeMap::new();
    for line in lib.lines() {
        let Some(row) = line.strip_prefix("//! | ") else {
            continue;
        };
        let cells: Vec<&str> = row.split(" | ").collect();
        let Some(layer) = cells.first().and_then(|c| c.trim().parse::<u32>().ok()) else {
            continue;
        };
        let names = cells.get(1).copied().unwrap_or_default();
        let modules = names
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|name| !name.contains('.'));
        for (position, name) in modules.enumerate() {
            out.insert(name.to_owned(), (layer, position));
        }
    }
    out
}

/// The top-level modules a source text names through `crate::` paths,
/// ignoring comment lines and everything from the `#[cfg(test)]` module on.
fn crate_references(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // e.g. `devopsflow_lint_crate::`
        }
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a, b::{C, D}}`: the names at depth one.
            let mut depth = 0;
            let mut expect_name = true;
            let mut name = String::new();
            for c in group.chars() {
                if depth == 0 && expect_name && (c.is_alphanumeric() || c == '_') {
                    name.push(c);
                    continue;
                }
                if !name.is_empty() {
                    out.push(std::mem::take(&mut name));
                    expect_name = false;
                }
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => expect_name = true,
                    _ => {}
                }
            }
            if !name.is_empty() {
                out.push(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every upward import in the sources, as readable lines.
fn violations(src: &Path) -> (usize, Vec<String>) {
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let layers = layers(&lib);
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(src).expect("under src");
        let first = relative
            .components()
            .next()
            .expect("a component")
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        // The crate roots, and binaries under `src/bin/`: each binary is a
        // crate of its own whose `crate::` paths name its own modules.
        if first == "lib" || first == "main" || first == "bin" {
            continue;
        }
        let Some(&own) = layers.get(&first) else {
            problems.push(format!(
                "{}: module `{first}` has no layer in lib.rs",
                relative.display()
            ));
            continue;
        };
        checked += 1;
        let text = std::fs::read_to_string(file).expect("readable");
        for target in crate_references(&text) {
            if target == first {
                continue;
            }
            match layers.get(&target) {
                Some(&theirs) if theirs < own => {}
                Some(&(layer, _)) => problems.push(format!(
                    "{}: `{first}` (layer {}) imports `crate::{target}` (layer {layer})",
                    relative.display(),
                    own.0
                )),
                None => problems.push(format!(
                    "{}: imports `crate::{target}`, which has no layer in lib.rs",
                    relative.display()
                )),
            }
        }
    }
    (checked, problems)
}

#[test]
fn no_module_imports_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let layers = layers(&lib);
    for name in [
        "value", "source", "findings", "eval", "model", "settings", "rule",
    ] {
        assert!(layers.contains_key(name), "lib.rs table lacks `{name}`");
    }
    assert!(layers["findings"] < layers["rule"]);
    let (checked, problems) = violations(&src);
    assert!(checked > 50, "only {checked} files checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_grouped_nested_and_inline_paths() {
    let text = "use crate::{alpha, beta::{Gamma, delta}};\n\
                use crate::epsilon::Zeta;\n\
                // crate::in_a_comment\n\
                fn f() { crate::inline::call(); }\n\
                #[cfg(test)]\n\
                mod tests { use crate::test_only; }\n";
    assert_eq!(
        crate_references(text),
        ["alpha", "beta", "epsilon", "inline"]
    );
    let lib = "//! | 1 | [`a`], `b` | x |\n//! | 2 | [`c`] | y |\n//! | 10 | `main.rs` | z |\n";
    let layers = layers(lib);
    assert_eq!(layers.len(), 3);
    assert!(layers["a"] < layers["b"] && layers["b"] < layers["c"]);
}
