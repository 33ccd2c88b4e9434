//! The resource types that take tags or labels, and the attribute that holds
//! them: `linter/data/taggable.tsv`, generated from the providers' sources by
//! `gen-taggable` (the command and the source commits are in the file's
//! header). The file is embedded and searched in place.

use std::sync::OnceLock;

/// The checked-in table.
pub(crate) const TABLE: &str = include_str!("../../../data/taggable.tsv");

/// The provider a taggable type belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provider {
    Aws,
    Azurerm,
    Google,
}

impl Provider {
    fn parse(name: &str) -> Option<Self> {
        match name {
            "aws" => Some(Self::Aws),
            "azurerm" => Some(Self::Azurerm),
            "google" => Some(Self::Google),
            _ => None,
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Taggable {
    /// The attribute's path: `tags`, `labels`, or inside nested blocks
    /// (`settings.user_labels`).
    pub(crate) attribute: &'static str,
    pub(crate) provider: Provider,
}

impl Taggable {
    /// The nested blocks leading to the attribute, and the attribute's name.
    pub(crate) fn path(&self) -> (Vec<&'static str>, &'static str) {
        let mut parts: Vec<&'static str> = self.attribute.split('.').collect();
        let name = parts.pop().unwrap_or(self.attribute);
        (parts, name)
    }

    /// GCP label keys are lowercase, so keys compare without case.
    pub(crate) fn folds_case(&self) -> bool {
        self.provider == Provider::Google
    }
}

/// A malformed table line.
#[cfg(test)]
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("taggable.tsv line {line}: {reason}")]
pub(crate) struct TableError {
    line: usize,
    reason: String,
}

#[cfg(test)]
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Reads the table strictly: four tab-separated columns, known providers,
/// types named for their provider, sorted and unique. The tests hold the
/// checked-in table to it; a run only searches it ([`lookup`]).
#[cfg(test)]
pub(crate) fn parse(text: &'static str) -> Result<Vec<(&'static str, Taggable)>, TableError> {
    let mut rows: Vec<(&'static str, Taggable)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let error = |reason: String| TableError {
            line: index + 1,
            reason,
        };
        if line.starts_with('#') {
            continue;
        }
        let columns: Vec<&'static str> = line.split('\t').collect();
        let [rtype, attribute, provider, source] = columns.as_slice() else {
            return Err(error(format!(
                "expected 4 columns, found {}",
                columns.len()
            )));
        };
        let provider_kind = Provider::parse(provider)
            .ok_or_else(|| error(format!("unknown provider {provider:?}")))?;
        if !rtype.starts_with(&format!("{provider}_")) || !is_name(rtype) {
            return Err(error(format!(
                "{rtype:?} is not a {provider} resource type"
            )));
        }
        if !attribute.split('.').all(is_name) {
            return Err(error(format!("bad attribute {attribute:?}")));
        }
        if source.is_empty() {
            return Err(error("empty source".to_owned()));
        }
        if let Some((previous, _)) = rows.last()
            && previous >= rtype
        {
            return Err(error(format!("{rtype} is out of order or repeated")));
        }
        rows.push((
            rtype,
            Taggable {
                attribute,
                provider: provider_kind,
            },
        ));
    }
    Ok(rows)
}

/// The row of a resource type, if it takes tags or labels: a binary search
/// over the embedded text, whose rows are sorted by type (the tests check it
/// with `parse`), so a run builds no table.
pub(crate) fn lookup(rtype: &str) -> Option<Taggable> {
    static ROWS: OnceLock<&'static str> = OnceLock::new();
    let rows = *ROWS.get_or_init(|| {
        let header = TABLE
            .split_inclusive('\n')
            .take_while(|l| l.starts_with('#'))
            .map(str::len)
            .sum::<usize>();
        &TABLE[header..]
    });
    let bytes = rows.as_bytes();
    // `lo` is always the start of a line; the rows left are those starting
    // in `lo..hi`.
    let (mut lo, mut hi) = (0, rows.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rows.len(), |i| start + i);
        let line = &rows[start..end];
        let key = line.split('\t').next().unwrap_or_default();
        match key.cmp(rtype) {
            std::cmp::Ordering::Equal => return row(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// One row's taggable description, read without the checks of `parse`.
fn row(line: &'static str) -> Option<Taggable> {
    let mut columns = line.split('\t').skip(1);
    let attribute = columns.next()?;
    let provider = Provider::parse(columns.next()?)?;
    Some(Taggable {
        attribute,
        provider,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checked_in_table_is_well_formed_and_sorted() {
        let rows = parse(TABLE).expect("taggable.tsv is well-formed");
        let per = |p: Provider| rows.iter().filter(|(_, t)| t.provider == p).count();
        assert!(per(Provider::Aws) > 800, "{}", per(Provider::Aws));
        assert!(per(Provider::Azurerm) > 400, "{}", per(Provider::Azurerm));
        assert!(per(Provider::Google) > 300, "{}", per(Provider::Google));
    }

    #[test]
    fn lookup_finds_every_row_and_nothing_else() {
        let rows = parse(TABLE).expect("taggable.tsv is well-formed");
        for (rtype, taggable) in &rows {
            assert_eq!(lookup(rtype), Some(*taggable), "{rtype}");
        }
        for absent in [
            "",
            "a",
            "aws",
            "aws_",
            "zzz",
            "null_resource",
            "aws_s3_bucketz",
            "google_zzz",
        ] {
            assert_eq!(lookup(absent), None, "{absent}");
        }
    }

    #[test]
    fn the_header_records_the_command_and_every_source_commit() {
        let header: Vec<&str> = TABLE.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header
                .iter()
                .any(|l| l.contains("cargo run -p devopsflow-lint --bin gen-taggable --")),
            "{header:#?}"
        );
        assert!(header.iter().any(|l| l.contains("never edit by hand")));
        let sources: Vec<&&str> = header
            .iter()
            .filter(|l| l.starts_with("# source "))
            .collect();
        for name in [
            "terraform-linters/tflint-ruleset-aws",
            "hashicorp/terraform-provider-azurerm",
            "hashicorp/terraform-provider-google",
        ] {
            let line = sources
                .iter()
                .find(|l| l.contains(&format!(" {name} ")))
                .unwrap_or_else(|| panic!("no source line for {name}: {header:#?}"));
            let commit = line.split(' ').find(|w| w.len() == 40).unwrap_or_default();
            assert!(
                commit.bytes().all(|b| b.is_ascii_hexdigit()) && commit.len() == 40,
                "{line}"
            );
        }
        // Every row's source is named in the header.
        for (index, line) in TABLE
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#'))
        {
            let source = line.rsplit('\t').next().unwrap_or_default();
            assert!(
                sources
                    .iter()
                    .any(|l| l.starts_with(&format!("# source {source}: "))),
                "line {}: source {source} is not in the header",
                index + 1
            );
        }
    }

    #[test]
    fn types_the_old_lists_missed_are_known_with_their_attribute() {
        let cases = [
            ("aws_neptune_cluster", "tags"),
            ("aws_db_option_group", "tags"),
            ("azurerm_key_vault_key", "tags"),
            ("azurerm_key_vault_secret", "tags"),
            ("azurerm_mssql_server", "tags"),
            ("azurerm_linux_web_app", "tags"),
            ("google_sql_database_instance", "settings.user_labels"),
            ("google_container_cluster", "resource_labels"),
            ("google_monitoring_notification_channel", "user_labels"),
            ("google_compute_instance", "labels"),
        ];
        for (rtype, attribute) in cases {
            let row = lookup(rtype).unwrap_or_else(|| panic!("{rtype} is not in the table"));
            assert_eq!(row.attribute, attribute, "{rtype}");
        }
        assert_eq!(lookup("aws_volume_attachment"), None);
        assert_eq!(lookup("google_container_node_pool"), None);
    }

    #[test]
    fn malformed_tables_are_rejected_with_their_line() {
        let bad: [(&'static str, usize); 5] = [
            ("# h\naws_vpc\ttags\taws\n", 2),
            ("aws_vpc\ttags\tgcp\taws\n", 1),
            ("google_vpc\ttags\taws\taws\n", 1),
            ("aws_vpc\ttags\taws\taws\naws_eip\ttags\taws\taws\n", 2),
            ("aws_vpc\ttags\taws\taws\naws_vpc\ttags\taws\taws\n", 2),
        ];
        for (text, line) in bad {
            let error = parse(text).expect_err(text);
            assert_eq!(error.line, line, "{text}: {error}");
        }
        let nested = parse("google_x\tsettings.user_labels\tgoogle\tgoogle\n").expect("valid");
        assert_eq!(nested[0].1.path(), (vec!["settings"], "user_labels"));
    }
}
