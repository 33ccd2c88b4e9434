//! Writes `docs/` from the provider's schemas; `--check` fails if the files differ.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

fn main() -> anyhow::Result<ExitCode> {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some("--help" | "-h") => {
            println!(
                "usage: devopsflow-docs [--check]\n  writes docs/ from the provider schemas; --check reports drift instead"
            );
            return Ok(ExitCode::SUCCESS);
        }
        Some(other) => anyhow::bail!("unknown argument {other:?}; try --help"),
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut stale = Vec::new();
    for (path, text) in devopsflow_provider::docs::pages() {
        let file = root.join(&path);
        let current = std::fs::read_to_string(&file).unwrap_or_default();
        if current == text {
            continue;
        }
        if check {
            stale.push(path);
        } else {
            if let Some(dir) = file.parent() {
                std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
            }
            std::fs::write(&file, text).with_context(|| file.display().to_string())?;
            println!("wrote {path}");
        }
    }
    if stale.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "out of date: {}\nrun `cargo run -p terraform-provider-devopsflow --bin devopsflow-docs`",
            stale.join(", ")
        );
        Ok(ExitCode::FAILURE)
    }
}
