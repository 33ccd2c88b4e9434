//! Findings inside downloaded modules (`.terraform/modules`), attributed to
//! the module call that leads to them: the call site's file and line, the
//! module's address (`module.sg`, `module.app.module.sg`) in the finding and
//! its message, and where inside the module it is.

use crate::findings::Finding;
use crate::model::{FileBlock, header_span, label};
use crate::source::modules_json::{ManifestEntry, is_downloaded};
use crate::source::registry_pack;
use crate::source::registry_pack::version::admits;
use crate::source::workspace::Workspace;

/// Moves the findings that a call produced (`findings[start..]`) inside
/// downloaded files to the call. Called at each level of calls, innermost
/// first, so a finding ends at the outermost call that is in the user's code.
/// Module-level findings inside a downloaded module (its own version
/// constraints, backend) are dropped: they are the module author's, and the
/// caller cannot change them.
pub(super) fn attribute_to_call(
    ws: &Workspace,
    call: FileBlock<'_>,
    entry: Option<&ManifestEntry>,
    findings: &mut Vec<Finding>,
    start: usize,
) {
    let name = label(call.block, 0).unwrap_or_default();
    let call_file = &ws.files[call.file];
    let in_user_code = !is_downloaded(&call_file.path);
    let mut produced = findings.split_off(start);
    produced.retain(|f| !is_downloaded(&ws.files[f.file].path) || f.resource.is_some());
    for finding in &mut produced {
        let file = &ws.files[finding.file];
        if !is_downloaded(&file.path) {
            continue;
        }
        if finding.module.is_none() {
            let line = file.line_of(finding.span.start);
            finding
                .message
                .push_str(&format!(" (in {}:{line})", file.display));
        }
        finding.module = Some(match finding.module.take() {
            Some(inner) => format!("module.{name}.{inner}"),
            None => format!("module.{name}"),
        });
        if let Some(resource) = &finding.resource {
            finding.resource = Some(format!("module.{name}.{resource}"));
        }
        finding.file = call.file;
        finding.span = call_file.text_span(header_span(call.block));
        finding.attribute = None;
        finding.fix = None;
        if in_user_code {
            let module = finding.module.as_deref().unwrap_or_default();
            let from = entry.map_or_else(String::new, |e| match &e.version {
                Some(v) => format!(" ({} {v})", e.source),
                None => format!(" ({})", e.source),
            });
            finding.message = format!("{module}{from}: {}", finding.message);
        }
    }
    findings.extend(produced);
}

/// Merges the findings a call of a registry-pack module produced
/// (`findings[start..]`, each tagged in `entries` with the pack entry whose
/// evaluation produced it): identical findings from several release ranges
/// become one, which names the releases it holds for. Ranges described by
/// different models (a module whose code changed) place the same finding at
/// different lines of their models: those lines do not keep findings apart,
/// and the merged finding names the line in the oldest range's model.
pub(super) fn merge_pack_findings(
    findings: &mut Vec<Finding>,
    start: usize,
    entries: &[usize],
    constraint: Option<&str>,
) {
    let produced = findings.split_off(start);
    let mut groups: Vec<(Finding, Vec<usize>)> = Vec::new();
    for (finding, &entry) in produced.into_iter().zip(entries) {
        let same = groups.iter_mut().find(|(f, _)| {
            f.rule.code == finding.rule.code
                && without_model_line(&f.message) == without_model_line(&finding.message)
                && f.resource == finding.resource
                && f.suppressed == finding.suppressed
        });
        match same {
            Some((_, list)) => {
                if !list.contains(&entry) {
                    list.push(entry);
                }
            }
            None => groups.push((finding, vec![entry])),
        }
    }
    for (mut finding, mut list) in groups {
        list.sort_unstable();
        let pack = registry_pack::entries();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for index in list {
            match ranges.last_mut() {
                Some((_, last)) if *last + 1 == index => *last = index,
                _ => ranges.push((index, index)),
            }
        }
        let text: Vec<String> = ranges
            .iter()
            .filter_map(|&(a, b)| {
                // The releases of these entries that the constraint admits.
                let admitted: Vec<_> = pack
                    .get(a..=b)?
                    .iter()
                    .flat_map(|e| e.versions.iter().copied())
                    .filter(|&v| constraint.is_none_or(|c| admits(c, v) == Some(true)))
                    .collect();
                let (first, last) = (admitted.first()?, admitted.last()?);
                Some(if first == last {
                    first.to_string()
                } else {
                    format!("{first}–{last}")
                })
            })
            .collect();
        finding
            .message
            .push_str(&format!(" (registry pack: releases {})", text.join(", ")));
        findings.push(finding);
    }
}

/// A message without its trailing `(in the registry pack's model of S:N)`.
fn without_model_line(message: &str) -> &str {
    message
        .rfind(&format!(" (in {} ", registry_pack::MODEL_NAME))
        .map_or(message, |at| &message[..at])
}
