//! Layer 7: inline suppressions and their governance.
//!
//! Syntax (after `#` or `//`):
//!
//! ```text
//! devopsflow-lint:ignore[RULE, ...] until=YYYY-MM-DD reason text
//! ```
//!
//! `until=` is optional; the rest of the comment is the reason. Comments of
//! other tools are honoured for the IDs that map onto our rules (see
//! [`foreign`]): `tfsec:ignore:ID[:exp:YYYY-MM-DD]`,
//! `trivy:ignore:ID[:exp:YYYY-MM-DD]`, `checkov:skip=ID[,ID]:reason` and
//! `tflint-ignore: rule[, rule] # reason`.
//!
//! A comment on its own line applies to the block or attribute that starts on
//! the next code line; a comment at the end of a line applies to the block or
//! attribute that starts on that line. "Applies" means every line the block or
//! attribute spans. A Checkov comment inside a block applies to the whole
//! top-level block, as in Checkov.
//!
//! In Terraform's JSON syntax, where comments are `"//"` properties, a
//! string of a block's `"//"` property that starts with a marker applies to
//! every line of that block (see [`json_comments`]).
//!
//! A suppression suppresses nothing when it has expired (`until` is before
//! today), when its `until` is not a date, when the configuration requires a
//! reason and it has none, or (for one rule) when the configuration forbids
//! suppressing that rule. Each of these is reported as a finding of a
//! governance rule (`DFL9xx`).

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::structure::Body;

use crate::findings::RuleMeta;
use crate::registry::find_rule_in;
use crate::settings::SuppressionPolicy;
use crate::source::SourceFile;
use crate::source::json_syntax::Comment;

pub mod foreign;

use foreign::Tool;

const MARKER: &str = "devopsflow-lint:ignore[";

/// A calendar date (proleptic Gregorian), for `until=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y) && digits(m) && digits(d)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        ((1..=12).contains(&date.month)
            && (1..=days_in_month(date.year, date.month)).contains(&date.day))
        .then_some(date)
    }

    /// The date `days` days after 1970-01-01.
    #[must_use]
    pub fn from_unix_days(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u32::try_from(month).unwrap_or(1),
            day: u32::try_from(day).unwrap_or(1),
        }
    }

    /// Today in UTC, from the system clock.
    #[must_use]
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0))
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Which comment syntax a suppression was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `devopsflow-lint:ignore[...]`.
    Own,
    /// Another tool's comment, mapped through [`foreign::MAPPING`].
    Foreign(Tool),
}

/// The `until=` of a suppression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Until {
    /// A valid date: the suppression holds through that day.
    Date(Date),
    /// Something that is not a `YYYY-MM-DD` date.
    Invalid(String),
}

/// One suppression comment, resolved to the lines it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Rule codes it names (codes or names are accepted in the comment).
    pub codes: Vec<&'static str>,
    /// First covered line (1-based).
    pub first_line: usize,
    /// Last covered line (1-based, inclusive).
    pub last_line: usize,
    /// The reason written after the bracket, if any.
    pub reason: String,
    /// The expiry, if any.
    pub until: Option<Until>,
    /// Which syntax it was written in.
    pub origin: Origin,
    /// Byte span of the comment text (from the marker to the end of the line).
    pub span: Range<usize>,
}

/// Why a suppression does not suppress a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `until` is before today.
    Expired(Date),
    /// `until` is not a date.
    InvalidDate(String),
    /// The configuration requires a reason and there is none.
    NoReason,
    /// The configuration forbids suppressing this rule.
    Forbidden,
}

impl Suppression {
    /// Whether this suppression's lines include a line and it names a rule
    /// (whether or not it is in force).
    #[must_use]
    pub fn covers(&self, code: &str, line: usize) -> bool {
        (self.first_line..=self.last_line).contains(&line) && self.codes.contains(&code)
    }

    /// Why this suppression does not hold as a whole (expiry, reason), if so.
    #[must_use]
    pub fn problem(&self, policy: &SuppressionPolicy, today: Date) -> Option<Problem> {
        match &self.until {
            Some(Until::Invalid(text)) => return Some(Problem::InvalidDate(text.clone())),
            Some(Until::Date(until)) if *until < today => return Some(Problem::Expired(*until)),
            _ => {}
        }
        (policy.require_reason && self.reason.is_empty()).then_some(Problem::NoReason)
    }

    /// Whether it is in force for a rule: no problem, and the rule may be suppressed.
    #[must_use]
    pub fn holds_for(&self, code: &str, policy: &SuppressionPolicy, today: Date) -> bool {
        self.codes.contains(&code)
            && !policy.forbid.contains(&code)
            && self.problem(policy, today).is_none()
    }
}

/// For every line, the last line of the longest block or attribute starting there.
fn structure_ends(file: &SourceFile, body: &Body, ends: &mut HashMap<usize, usize>) {
    for structure in body.iter() {
        let Some(span) = structure.span() else {
            continue;
        };
        let first = file.line_of(span.start);
        let last = file.line_of(span.end.saturating_sub(1).max(span.start));
        let entry = ends.entry(first).or_insert(last);
        *entry = (*entry).max(last);
        if let Some(block) = structure.as_block() {
            structure_ends(file, &block.body, ends);
        }
    }
}

/// The lines of the top-level block enclosing a line, if any.
fn enclosing_block(file: &SourceFile, line: usize) -> Option<(usize, usize)> {
    file.body.as_ref()?.iter().find_map(|s| {
        let span = s.as_block()?.span()?;
        let first = file.line_of(span.start);
        let last = file.line_of(span.end.saturating_sub(1).max(span.start));
        (first < line && line < last).then_some((first, last))
    })
}

/// Splits `until=...` tokens out of the text after a marker; the rest is the reason.
fn until_and_reason(text: &str) -> (Option<Until>, String) {
    let mut until = None;
    let mut reason = Vec::new();
    for word in text.split_whitespace() {
        if let Some(value) = word.strip_prefix("until=") {
            until = Some(
                Date::parse(value).map_or_else(|| Until::Invalid(value.to_owned()), Until::Date),
            );
        } else {
            reason.push(word);
        }
    }
    (until, reason.join(" "))
}

/// A parsed comment before it is placed on lines.
struct Parsed {
    codes: Vec<&'static str>,
    reason: String,
    until: Option<Until>,
    origin: Origin,
}

fn end_of_comment(text: &str) -> &str {
    text.trim().trim_end_matches("*/").trim()
}

/// Our own syntax: `ignore[RULE, ...] until=... reason`.
fn parse_own(rest: &str, policies: &[&'static RuleMeta]) -> Option<Parsed> {
    let close = rest.find(']')?;
    let codes = rest[..close]
        .split(',')
        .filter_map(|name| find_rule_in(name.trim(), policies).map(|m| m.code))
        .collect::<Vec<_>>();
    let (until, reason) = until_and_reason(end_of_comment(&rest[close + 1..]));
    (!codes.is_empty()).then_some(Parsed {
        codes,
        reason,
        until,
        origin: Origin::Own,
    })
}

/// `ID[:exp:YYYY-MM-DD]` after `tfsec:ignore:` or `trivy:ignore:`.
fn parse_trivy(rest: &str, _: &[&'static RuleMeta]) -> Option<Parsed> {
    let token = rest.split_whitespace().next()?;
    let id_end = token.find([':', '[']).unwrap_or(token.len());
    let codes = foreign::codes(Tool::Trivy, &token[..id_end]);
    let until = token[id_end..].find(":exp:").map(|at| {
        let value = &token[id_end + at + 5..];
        let value = value.split(['[', ':']).next().unwrap_or(value);
        Date::parse(value).map_or_else(|| Until::Invalid(value.to_owned()), Until::Date)
    });
    (!codes.is_empty()).then_some(Parsed {
        codes,
        reason: String::new(),
        until,
        origin: Origin::Foreign(Tool::Trivy),
    })
}

/// `ID[,ID]:reason` after `checkov:skip=`.
fn parse_checkov(rest: &str, _: &[&'static RuleMeta]) -> Option<Parsed> {
    let rest = end_of_comment(rest);
    let (ids, reason) = rest.split_once(':').unwrap_or((rest, ""));
    let mut codes: Vec<&'static str> = ids
        .split(',')
        .flat_map(|id| foreign::codes(Tool::Checkov, id))
        .collect();
    codes.dedup();
    (!codes.is_empty()).then_some(Parsed {
        codes,
        reason: reason.trim().to_owned(),
        until: None,
        origin: Origin::Foreign(Tool::Checkov),
    })
}

/// `rule[, rule] # reason` after `tflint-ignore:`.
fn parse_tflint(rest: &str, _: &[&'static RuleMeta]) -> Option<Parsed> {
    let rest = end_of_comment(rest);
    let (rules, reason) = rest.split_once('#').unwrap_or((rest, ""));
    let codes: Vec<&'static str> = rules
        .split(',')
        .flat_map(|id| foreign::codes(Tool::Tflint, id))
        .collect();
    (!codes.is_empty()).then_some(Parsed {
        codes,
        reason: reason.trim().to_owned(),
        until: None,
        origin: Origin::Foreign(Tool::Tflint),
    })
}

type Parser = fn(&str, &[&'static RuleMeta]) -> Option<Parsed>;

const MARKERS: [(&str, Parser); 5] = [
    (MARKER, parse_own),
    ("tfsec:ignore:", parse_trivy),
    ("trivy:ignore:", parse_trivy),
    ("checkov:skip=", parse_checkov),
    ("tflint-ignore:", parse_tflint),
];

/// The part of a line before a comment marker, if the marker opens a comment
/// (it follows `#` or `//`, possibly with spaces between).
fn code_before(text: &str, at: usize) -> Option<&str> {
    let before = text[..at].trim_end();
    before
        .strip_suffix('#')
        .or_else(|| before.strip_suffix("//"))
}

/// The suppressions in a file.
#[must_use]
pub fn collect(file: &SourceFile) -> Vec<Suppression> {
    collect_with(file, &[])
}

/// The suppressions in a file, whose comments may also name `policies`
/// (user policies) by code or name.
#[must_use]
pub fn collect_with(file: &SourceFile, policies: &[&'static RuleMeta]) -> Vec<Suppression> {
    if !MARKERS.iter().any(|(m, _)| file.text.contains(m)) {
        return Vec::new();
    }
    if let Some(generated) = &file.generated {
        return json_comments(file, &generated.comments, policies);
    }
    let mut ends = HashMap::new();
    if let Some(body) = &file.body {
        structure_ends(file, body, &mut ends);
    }
    let mut out = Vec::new();
    for line in 1..=file.line_count() {
        let text = file.line_text(line);
        let line_start = file.line_start(line);
        for (marker, parse) in MARKERS {
            for (at, _) in text.match_indices(marker) {
                let Some(code) = code_before(text, at) else {
                    continue;
                };
                let Some(parsed) = parse(&text[at + marker.len()..], policies) else {
                    continue;
                };
                let own_line = code.trim().is_empty();
                let inside = (parsed.origin == Origin::Foreign(Tool::Checkov) && own_line)
                    .then(|| enclosing_block(file, line))
                    .flatten();
                let (first_line, last_line) = if let Some(lines) = inside {
                    lines
                } else {
                    let target = if own_line {
                        // Own line: the next line that holds code.
                        (line + 1..=file.line_count()).find(|&l| {
                            let t = file.line_text(l).trim();
                            !(t.is_empty() || t.starts_with('#') || t.starts_with("//"))
                        })
                    } else {
                        Some(line)
                    };
                    let Some(first) = target else { continue };
                    (first, ends.get(&first).copied().unwrap_or(first))
                };
                out.push(Suppression {
                    codes: parsed.codes,
                    first_line,
                    last_line,
                    reason: parsed.reason,
                    until: parsed.until,
                    origin: parsed.origin,
                    span: line_start + at..line_start + text.trim_end().len(),
                });
            }
        }
    }
    out
}

/// The suppressions of a JSON configuration: each `"//"` string of a block
/// that starts with a marker (after spaces) covers the block's lines, from
/// its name to the end of its object.
fn json_comments(
    file: &SourceFile,
    comments: &[Comment],
    policies: &[&'static RuleMeta],
) -> Vec<Suppression> {
    let mut out = Vec::new();
    for comment in comments {
        let text = comment.text.trim_start();
        for (marker, parse) in MARKERS {
            let Some(parsed) = text.strip_prefix(marker).and_then(|r| parse(r, policies)) else {
                continue;
            };
            out.push(Suppression {
                codes: parsed.codes,
                first_line: file.line_of(comment.block.start),
                last_line: file.line_of(comment.block.end.saturating_sub(1)),
                reason: parsed.reason,
                until: parsed.until,
                origin: parsed.origin,
                span: comment.span.clone(),
            });
        }
    }
    out
}
