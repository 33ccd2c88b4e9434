//! Findings on a plan's resource instances, pointed back at the
//! configuration: the resource block of the instance (or the attribute or
//! nested block the finding names) when the configuration directory holds
//! it, else the `module` call that leads to it, else the instance's address
//! in the plan. Every such finding names the instance's full address.

use std::ops::Range;
use std::path::{Path, PathBuf};

use hcl_edit::Span as _;
use hcl_edit::structure::{Block, Body};

use crate::findings::Finding;
use crate::model::{header_span, label};
use crate::source::FileId;
use crate::source::json_syntax::plan::PlannedInstance;
use crate::source::workspace::{PlanSource, Workspace, normalize};

/// Points the findings on each plan's instances at their source, or at the
/// instance's address in the plan. Findings on a plan that concern no
/// instance (module-level checks of blocks a plan does not have) are
/// dropped: the source's own lint reports those.
pub(super) fn to_source(ws: &Workspace, findings: &mut Vec<Finding>) {
    for plan in &ws.plans {
        findings.retain_mut(|finding| {
            if finding.file != plan.file {
                return true;
            }
            if finding.resource.is_none() {
                return false;
            }
            let start = finding.span.start;
            let Some(instance) = plan
                .plan
                .instances
                .iter()
                .find(|i| i.entry.start <= start && start < i.entry.end)
            else {
                return false;
            };
            finding.resource = Some(instance.address.clone());
            match source_of(ws, plan, instance, finding.attribute.as_deref()) {
                Some((file, span)) => {
                    finding.file = file;
                    finding.span = span;
                }
                None => finding.span = instance.address_span.clone(),
            }
            true
        });
    }
}

/// Where an instance (and the attribute path, if any) is declared.
fn source_of(
    ws: &Workspace,
    plan: &PlanSource,
    instance: &PlannedInstance,
    attribute: Option<&str>,
) -> Option<(FileId, Range<usize>)> {
    let mut dir = plan.config.clone();
    for depth in 0..instance.module.len() {
        let path = &instance.module[..=depth];
        let call = &path[depth];
        let child = plan
            .plan
            .module_sources
            .iter()
            .find(|(p, _)| p.as_slice() == path)
            .and_then(|(_, source)| local_dir(&dir, source))
            .filter(|d| ws.modules.contains_key(d));
        match child {
            Some(child) => dir = child,
            // A module the linter has not loaded: point at its call.
            None => {
                return find_block(ws, &dir, |b| {
                    b.ident.value().as_str() == "module" && label(b, 0) == Some(call.as_str())
                })
                .map(|(file, block)| (file, span_in(ws, file, header_span(block))));
            }
        }
    }
    let (file, block) = find_block(ws, &dir, |b| {
        b.ident.value().as_str() == "resource"
            && label(b, 0) == Some(instance.rtype.as_str())
            && label(b, 1) == Some(instance.name.as_str())
    })?;
    let span = attribute
        .and_then(|path| attribute_span(&block.body, path))
        .unwrap_or_else(|| header_span(block));
    Some((file, span_in(ws, file, span)))
}

fn local_dir(dir: &Path, source: &str) -> Option<PathBuf> {
    (source.starts_with("./") || source.starts_with("../")).then(|| normalize(&dir.join(source)))
}

/// The first block of a module directory that matches.
fn find_block<'w>(
    ws: &'w Workspace,
    dir: &Path,
    matches: impl Fn(&Block) -> bool,
) -> Option<(FileId, &'w Block)> {
    ws.modules.get(dir)?.iter().find_map(|&file| {
        let body = ws.files[file].body.as_ref()?;
        body.blocks().find(|b| matches(b)).map(|b| (file, b))
    })
}

/// The span of the deepest part of a dotted attribute path
/// (`root_block_device.encrypted`) that the source body declares.
fn attribute_span(body: &Body, path: &str) -> Option<Range<usize>> {
    let mut body = body;
    let mut found = None;
    for part in path.split('.') {
        if let Some(attr) = body.get_attribute(part) {
            return attr.span().or(found);
        }
        let block = body.get_blocks(part).next()?;
        found = Some(header_span(block));
        body = &block.body;
    }
    found
}

/// A body span as a span of the file's text.
fn span_in(ws: &Workspace, file: FileId, span: Range<usize>) -> Range<usize> {
    ws.files[file].text_span(span)
}
