//! The registry-module pack: for well-known public modules that were not
//! downloaded (no `terraform init`), a model of the resources each creates,
//! with the module's own variables (names and defaults) at each range of
//! releases where they differ. It is data: `data/registry-pack.tf`, written by
//! `scripts/gen-registry-pack.py` from the modules' repositories. A call is
//! judged by the described releases its `version` constraint admits; a call
//! that admits none is not judged.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub mod version;

use version::{Version, admits};

const PACK: &str = include_str!("../../../data/registry-pack.tf");

/// The first component of the directory of a pack module in a workspace.
pub const ROOT: &str = "<registry-pack>";

/// How a pack module's file is named in messages, before its source.
pub const MODEL_NAME: &str = "the registry pack's model of";

/// One range of releases of one module.
#[derive(Debug)]
pub struct Entry {
    /// The registry address, e.g. `terraform-aws-modules/rds/aws`.
    pub source: &'static str,
    /// The releases this entry describes, oldest first.
    pub versions: Vec<Version>,
    /// The module text: the model, then the module's variables.
    pub text: String,
}

impl Entry {
    /// `3.17.0–4.2.0`, or the one release.
    #[must_use]
    pub fn range(&self) -> String {
        match (self.versions.first(), self.versions.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        }
    }
}

/// Every entry of the pack, in pack order.
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| parse(PACK))
}

/// The entries of a pack's text. An entry's variables are the blocks its
/// header names (`variables ID...`), then any written after the header (the
/// format before blocks were shared, still read).
fn parse(pack: &'static str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut models: Vec<(&str, &str)> = Vec::new();
    let mut variables: HashMap<&str, &str> = HashMap::new();
    let mut starts = pack.match_indices("\n#= ").map(|(i, _)| i + 1).peekable();
    while let Some(start) = starts.next() {
        let end = starts.peek().copied().unwrap_or(pack.len());
        let chunk = &pack[start..end];
        let (head, inline) = chunk.split_once('\n').unwrap_or((chunk, ""));
        // `#= model SOURCE [from VERSION]`: the model of the entries that
        // follow it, up to the next model of the same source.
        if let Some(rest) = head.strip_prefix("#= model ") {
            let source = rest.split_whitespace().next().unwrap_or_default();
            models.push((source, inline));
            continue;
        }
        if let Some(id) = head.strip_prefix("#= variable ") {
            variables.insert(id.trim(), inline);
            continue;
        }
        let (head, ids) = head.split_once(" variables ").unwrap_or((head, ""));
        let mut words = head.trim_start_matches("#= module ").split_whitespace();
        let Some(source) = words.next() else {
            continue;
        };
        // A module with one model per era: the last one written before this
        // entry describes it.
        let Some(&(_, model)) = models.iter().rev().find(|(s, _)| *s == source) else {
            continue;
        };
        let versions = words
            .skip_while(|w| *w == "versions")
            .filter_map(|w| Version::parse(w).map(|(v, _)| v))
            .collect();
        let mut text = String::from(model);
        let named = ids.split_whitespace().map(|id| variables.get(id).copied());
        for block in named.chain([Some(inline)]).flatten() {
            if !block.trim().is_empty() {
                text.push('\n');
                text.push_str(block);
            }
        }
        out.push(Entry {
            source,
            versions,
            text,
        });
    }
    out
}

/// The registry address of a module `source` (`registry.terraform.io/` is
/// optional), or `None` for a local, git or other source.
#[must_use]
pub fn registry_address(source: &str) -> Option<&str> {
    let address = source
        .strip_prefix("registry.terraform.io/")
        .unwrap_or(source);
    let parts: Vec<&str> = address.split('/').collect();
    (parts.len() == 3 && !address.contains(':') && !address.starts_with('.')).then_some(address)
}

/// The entries (by index) that a call of `source` with this `version`
/// constraint admits: every one without a constraint, none when the
/// constraint does not parse.
#[must_use]
pub fn admitted(source: &str, constraint: Option<&str>) -> Vec<usize> {
    let Some(address) = registry_address(source) else {
        return Vec::new();
    };
    entries()
        .iter()
        .enumerate()
        .filter(|(_, e)| e.source == address)
        .filter(|(_, e)| {
            constraint.is_none_or(|c| e.versions.iter().any(|&v| admits(c, v) == Some(true)))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The workspace directory of an entry.
#[must_use]
pub fn dir_of(index: usize) -> PathBuf {
    Path::new(ROOT).join(index.to_string())
}

/// Whether a path is a pack module's.
#[must_use]
pub fn is_pack(path: &Path) -> bool {
    path.starts_with(ROOT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_shared_and_inline_variable_blocks() {
        let pack = "# header\n\
            #= model a/b/aws\nresource \"x\" \"y\" {}\n\
            #= variable 1\nvariable \"one\" {}\n\
            #= module a/b/aws versions 1.0.0 1.1.0 variables 1\n\
            #= module a/b/aws versions 2.0.0\nvariable \"two\" {}\n";
        let entries = parse(pack);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].range(), "1.0.0–1.1.0");
        assert_eq!(
            entries[0].text,
            "resource \"x\" \"y\" {}\n\nvariable \"one\" {}\n"
        );
        assert_eq!(
            entries[1].text,
            "resource \"x\" \"y\" {}\n\nvariable \"two\" {}\n"
        );
    }

    /// The part of the pack's freshness that needs no clone of the modules: each model in
    /// the pack is, byte for byte, one of the hand-written files in `data/registry/`, and
    /// every such file is in the pack. (The variable blocks need the clones:
    /// `python3 scripts/gen-registry-pack.py CLONE... --check`.)
    #[test]
    fn the_models_in_the_pack_are_the_files_in_data_registry() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/registry");
        let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| path.extension().is_some_and(|ext| ext == "tf"))
                    .map(|path| {
                        let text = std::fs::read_to_string(&path).unwrap_or_default();
                        (path.display().to_string(), text.trim_end().to_owned())
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        assert!(files.len() >= 13, "{}: {files:?}", dir.display());
        let mut models: Vec<String> = Vec::new();
        for chunk in PACK.split("\n#= ").skip(1) {
            if let Some(rest) = chunk.strip_prefix("model ") {
                let text = rest.split_once('\n').map_or("", |(_, text)| text);
                models.push(text.trim_end().to_owned());
            }
        }
        for model in &models {
            assert!(
                files.iter().any(|(_, text)| text == model),
                "a model in the pack is no file of data/registry (regenerate the pack):\n{model}"
            );
        }
        for (path, text) in &files {
            assert!(
                models.contains(text),
                "{path} is not in the pack as written (regenerate the pack)"
            );
        }
    }

    #[test]
    fn every_variable_block_an_entry_names_is_in_the_pack() {
        let defined: Vec<&str> = PACK
            .lines()
            .filter_map(|l| l.strip_prefix("#= variable "))
            .collect();
        let lines: Vec<&str> = PACK
            .lines()
            .filter_map(|l| l.strip_prefix("#= module "))
            .collect();
        let named: Vec<&str> = lines
            .iter()
            .filter_map(|l| l.split_once(" variables "))
            .flat_map(|(_, ids)| ids.split_whitespace())
            .collect();
        assert!(!named.is_empty());
        for id in &named {
            assert!(
                defined.contains(id),
                "variable block {id} is not in the pack"
            );
        }
        assert_eq!(entries().len(), lines.len());
        // Each block is written once.
        let mut unique = defined.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), defined.len());
        // An entry holds its model and every block it names.
        let rds = entries()
            .iter()
            .find(|e| e.source == "terraform-aws-modules/rds/aws")
            .map(|e| e.text.as_str())
            .unwrap_or_default();
        assert!(rds.starts_with("# Model of terraform-aws-modules/rds/aws"));
        assert!(rds.contains("variable \"storage_encrypted\""), "{rds}");
    }

    #[test]
    fn the_pack_describes_the_modules_by_release_range() {
        let rds: Vec<&Entry> = entries()
            .iter()
            .filter(|e| e.source == "terraform-aws-modules/rds/aws")
            .collect();
        assert!(rds.len() >= 2, "rds has ranges");
        assert!(entries().iter().all(|e| !e.versions.is_empty()));
        let v3 = admitted("terraform-aws-modules/rds/aws", Some("~> 3.0"));
        assert!(!v3.is_empty());
        assert!(
            v3.iter()
                .all(|&i| entries()[i].versions.iter().any(|v| v.0[0] == 3))
        );
        assert!(admitted("terraform-aws-modules/rds/aws", Some("~> 99.0")).is_empty());
        assert!(admitted("./modules/rds", None).is_empty());
        assert_eq!(
            registry_address("registry.terraform.io/terraform-aws-modules/rds/aws"),
            Some("terraform-aws-modules/rds/aws")
        );
        assert_eq!(registry_address("git::https://example.com/x.git"), None);
    }

    #[test]
    fn each_entry_takes_the_last_model_of_its_source_before_it() {
        let pack = "# header\n\
            #= model a/m/aws\nold model\n\
            #= module a/m/aws versions 1.0.0 1.1.0\nold vars\n\
            #= model b/m/aws\nother model\n\
            #= module b/m/aws versions 2.0.0\nother vars\n\
            #= model a/m/aws from 2.0.0\nnew model\n\
            #= module a/m/aws versions 2.0.0\nnew vars\n";
        let entries = parse(pack);
        let texts: Vec<(&str, &str)> = entries
            .iter()
            .map(|e| (e.source, e.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                ("a/m/aws", "old model\n\nold vars\n"),
                ("b/m/aws", "other model\n\nother vars\n"),
                ("a/m/aws", "new model\n\nnew vars\n"),
            ]
        );
        assert_eq!(entries[0].range(), "1.0.0–1.1.0");
    }
}
