//! Release versions and Terraform's version constraints (`~> 4.0`,
//! `>= 3.1, < 5`, `= 4.17.2`, `4.17.2`), enough to tell which described
//! releases a module call's `version` admits.

use std::cmp::Ordering;

/// A release version, `major.minor.patch` (missing parts are zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub [u64; 3]);

impl Version {
    /// Parses `4`, `4.17`, `4.17.2` or `v4.17.2`; a pre-release or build
    /// suffix is ignored.
    #[must_use]
    pub fn parse(text: &str) -> Option<(Version, usize)> {
        let text = text.trim();
        let text = text.strip_prefix('v').unwrap_or(text);
        let core = text.split(['-', '+']).next()?;
        let mut parts = [0; 3];
        let mut count = 0;
        for (i, part) in core.split('.').enumerate() {
            if i >= 3 {
                return None;
            }
            parts[i] = part.parse().ok()?;
            count = i + 1;
        }
        Some((Version(parts), count))
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [a, b, c] = self.0;
        write!(f, "{a}.{b}.{c}")
    }
}

/// Whether a version meets every comma-separated constraint; `None` when
/// the constraint does not parse.
#[must_use]
pub fn admits(constraint: &str, version: Version) -> Option<bool> {
    for part in constraint.split(',') {
        let part = part.trim();
        let (op, rest) = ["~>", ">=", "<=", "!=", ">", "<", "="]
            .iter()
            .find_map(|op| part.strip_prefix(op).map(|rest| (*op, rest)))
            .unwrap_or(("=", part));
        let (bound, parts) = Version::parse(rest)?;
        let order = version.cmp(&bound);
        let ok = match op {
            "=" => order == Ordering::Equal,
            "!=" => order != Ordering::Equal,
            ">" => order == Ordering::Greater,
            ">=" => order != Ordering::Less,
            "<" => order == Ordering::Less,
            "<=" => order != Ordering::Greater,
            // `~> 4.1` allows 4.x from 4.1; `~> 4.1.2` allows 4.1.x from 4.1.2.
            _ => {
                let fixed = parts.saturating_sub(1).max(1);
                order != Ordering::Less && version.0[..fixed] == bound.0[..fixed]
            }
        };
        if !ok {
            return Some(false);
        }
    }
    Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).expect("a version").0
    }

    #[test]
    fn constraints_follow_terraform() {
        assert_eq!(admits("~> 4.0", v("4.17.2")), Some(true));
        assert_eq!(admits("~> 4.0", v("5.0.0")), Some(false));
        assert_eq!(admits("~> 4.17.0", v("4.17.2")), Some(true));
        assert_eq!(admits("~> 4.17.0", v("4.18.0")), Some(false));
        assert_eq!(admits("~> 4", v("5.0.0")), Some(false));
        assert_eq!(admits(">= 3.1, < 5", v("4.2.0")), Some(true));
        assert_eq!(admits(">= 3.1, < 5", v("5.0.0")), Some(false));
        assert_eq!(admits("4.17.2", v("4.17.2")), Some(true));
        assert_eq!(admits("= 4.17.2", v("4.17.1")), Some(false));
        assert_eq!(admits("!= 4.17.2", v("4.17.1")), Some(true));
        assert_eq!(admits("banana", v("4.17.1")), None);
    }
}
