//! Layer 9: baselines: accept today's findings so that only new ones are reported.
//!
//! A finding's key is its rule code, its file (relative to the baseline
//! file's directory, with `/` separators), its resource address and its
//! attribute path, never a line number, so edits elsewhere in a file do not
//! invalidate the baseline. Equal keys are counted: two findings of one rule
//! on one resource attribute need an entry with `count: 2`, and a third is new.
//!
//! The file is JSON, sorted and stable:
//!
//! ```json
//! {
//!   "version": 1,
//!   "entries": [
//!     { "rule": "DFL102", "file": "db/main.tf", "resource": "aws_db_instance.main",
//!       "attribute": "storage_encrypted", "count": 1 }
//!   ]
//! }
//! ```

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::findings::Finding;
use crate::source::workspace::{Workspace, normalize};

/// The baseline file format version this build reads and writes.
pub const VERSION: u32 = 1;

/// What identifies a finding across edits.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Key {
    /// Rule code.
    pub rule: String,
    /// File, relative to the baseline's directory.
    pub file: String,
    /// Resource address, if any.
    #[serde(default)]
    pub resource: Option<String>,
    /// Attribute path inside the resource (nested blocks joined with `.`), if any.
    #[serde(default)]
    pub attribute: Option<String>,
}

/// One baseline entry: a key and how many findings it accepts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// The key.
    #[serde(flatten)]
    pub key: Key,
    /// How many findings with this key are accepted.
    pub count: usize,
}

/// A baseline file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Baseline {
    /// Format version ([`VERSION`]).
    pub version: u32,
    /// Entries sorted by key.
    pub entries: Vec<Entry>,
}

/// A baseline file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BaselineError {
    /// Not readable.
    #[error("cannot read baseline {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// Not a baseline.
    #[error("invalid baseline {path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// The result of applying a baseline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Findings the baseline accepted (left out of the report).
    pub matched: usize,
    /// Entries (with the unmatched part of their count) that no finding matches any more.
    pub stale: Vec<Entry>,
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        normalize(path)
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        normalize(&cwd.join(path))
    }
}

/// `path` relative to `base` (both made absolute), with `/` separators.
#[must_use]
pub fn relative(path: &Path, base: &Path) -> String {
    let path = absolute(path);
    let base = absolute(base);
    let p: Vec<Component<'_>> = path.components().collect();
    let b: Vec<Component<'_>> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = b[common..].iter().map(|_| "..".to_owned()).collect();
    parts.extend(
        p[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// A finding's key; `base` is the baseline file's directory.
#[must_use]
pub fn key(ws: &Workspace, finding: &Finding, base: &Path) -> Key {
    let file = &ws.files[finding.file];
    Key {
        rule: finding.rule.code.to_owned(),
        file: relative(&file.path, base),
        resource: finding.resource.clone(),
        attribute: finding.attribute.clone(),
    }
}

impl Baseline {
    /// The baseline of a run's unsuppressed findings.
    #[must_use]
    pub fn from_findings(ws: &Workspace, findings: &[Finding], base: &Path) -> Baseline {
        let mut counts: BTreeMap<Key, usize> = BTreeMap::new();
        for finding in findings.iter().filter(|f| !f.suppressed) {
            *counts.entry(key(ws, finding, base)).or_default() += 1;
        }
        Baseline {
            version: VERSION,
            entries: counts
                .into_iter()
                .map(|(key, count)| Entry { key, count })
                .collect(),
        }
    }

    /// The file's text: pretty JSON with a trailing newline.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a baseline file.
    ///
    /// # Errors
    /// An unreadable file, invalid JSON, or another version.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let invalid = |message: String| BaselineError::Invalid {
            path: path.display().to_string(),
            message,
        };
        let baseline: Baseline = serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        if baseline.version != VERSION {
            return Err(invalid(format!(
                "version {} is not supported (expected {VERSION})",
                baseline.version
            )));
        }
        Ok(baseline)
    }

    /// Removes the unsuppressed findings the baseline accepts, in order, up to
    /// each entry's count, and returns what matched and what is stale.
    #[must_use]
    pub fn apply(&self, ws: &Workspace, findings: &mut Vec<Finding>, base: &Path) -> Outcome {
        let mut budget: BTreeMap<&Key, usize> =
            self.entries.iter().map(|e| (&e.key, e.count)).collect();
        let mut matched = 0;
        findings.retain(|finding| {
            if finding.suppressed {
                return true;
            }
            let key = key(ws, finding, base);
            match budget.get_mut(&key) {
                Some(left) if *left > 0 => {
                    *left -= 1;
                    matched += 1;
                    false
                }
                _ => true,
            }
        });
        let stale = budget
            .into_iter()
            .filter(|(_, left)| *left > 0)
            .map(|(key, count)| Entry {
                key: key.clone(),
                count,
            })
            .collect();
        Outcome { matched, stale }
    }
}

impl Outcome {
    /// The pretty-output notes: one line per stale entry.
    #[must_use]
    pub fn notes(&self) -> String {
        let mut out = String::new();
        for entry in &self.stale {
            let k = &entry.key;
            out.push_str(&format!(
                "note: baseline entry no longer matches: {} {}{}{} (x{})\n",
                k.rule,
                k.file,
                k.resource
                    .as_deref()
                    .map_or(String::new(), |r| format!(" {r}")),
                k.attribute
                    .as_deref()
                    .map_or(String::new(), |a| format!(" {a}")),
                entry.count
            ));
        }
        if !self.stale.is_empty() {
            out.push_str(
                "note: rewrite the baseline with --write-baseline to drop stale entries\n",
            );
        }
        out
    }

    /// The JSON report's `baseline` section.
    #[must_use]
    pub fn json(&self, file: &str) -> serde_json::Value {
        serde_json::json!({
            "file": file,
            "matched": self.matched,
            "stale": self.stale,
        })
    }
}
