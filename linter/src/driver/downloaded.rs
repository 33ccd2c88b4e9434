//! Findings inside downloaded modules (`.terraform/modules`), attributed to
//! the module call that leads to them: the call site's file and line, the
//! module's address (`module.sg`, `module.app.module.sg`) in the finding and
//! its message, and where inside the module it is.

use crate::findings::Finding;
use crate::model::{FileBlock, header_span, label};
use crate::source::modules_json::{ManifestEntry, is_downloaded};
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
