//! The crate as `cargo publish` packs it holds every file the sources embed.
//!
//! `Cargo.toml`'s `include` list names the packed files; a data file embedded with
//! `include_str!` but missing from it builds here and fails `cargo publish` (it did
//! once, for `data/registry-pack.tf`). `cargo package --list` costs no build.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// Every `include_str!("...")`/`include_bytes!("...")` with a literal path in `dir`,
/// resolved against the including file, relative to the crate root.
fn embedded_files(root: &Path, dir: &Path, found: &mut BTreeSet<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            embedded_files(root, &path, found);
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read a source file");
        for marker in ["include_str!(\"", "include_bytes!(\""] {
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                let Some(end) = rest.find('"') else { continue };
                let relative = path.parent().expect("parent").join(&rest[..end]);
                found.insert(normalise(
                    relative.strip_prefix(root).expect("inside the crate"),
                ));
            }
        }
    }
}

/// `a/b/../c` as `a/c`, without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[test]
fn the_published_package_holds_every_embedded_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut embedded = BTreeSet::new();
    embedded_files(root, &root.join("src"), &mut embedded);
    assert!(
        embedded.contains(Path::new("data/taggable.tsv")),
        "the scan finds the embedded files: {embedded:?}"
    );

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "-p",
            "devopsflow-lint",
        ])
        .current_dir(root)
        .output()
        .expect("run cargo package --list");
    assert!(
        output.status.success(),
        "cargo package --list failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let listed: BTreeSet<PathBuf> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(PathBuf::from)
        .collect();
    let missing: Vec<_> = embedded.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "embedded but not packed (add them to `include` in linter/Cargo.toml): {missing:?}"
    );
}
