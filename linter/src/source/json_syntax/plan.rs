//! Plan JSON: the output of `terraform show -json PLANFILE` (format version
//! 1.x, and 0.x, which Terraform 1.0 writes and 1.x keeps compatible).
//!
//! Every managed resource instance that the plan keeps (every action but a
//! bare `delete`), in the root and in child modules, becomes one native
//! `resource` block holding its planned values (`change.after`). A value the
//! plan marks in `change.after_unknown` stays unknown; a `null` is left out,
//! as Terraform treats it as unset; `tags` is read from `tags_all` when the
//! plan has it, since that is the set the provider applies (with its default
//! tags). The block's header points at the instance's `"address"` in the
//! plan, and its attributes at their planned values.

use std::ops::Range;

use super::parse::{self, JValue, Kind};
use super::{Generated, Mode, SyntaxError, Writer, is_identifier, looks_like_block, member_of};

/// One resource instance of the plan.
#[derive(Debug, Clone)]
pub struct PlannedInstance {
    /// Its full address, e.g. `module.app.aws_s3_bucket.logs["a"]`.
    pub address: String,
    /// The module calls it is in, outermost first (`["app"]`).
    pub module: Vec<String>,
    /// Resource type.
    pub rtype: String,
    /// Resource name.
    pub name: String,
    /// The span of its entry in the plan's `resource_changes`.
    pub entry: Range<usize>,
    /// The span of its `"address"` value in the plan.
    pub address_span: Range<usize>,
}

/// A plan read into native syntax.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The native text of every instance, mapped to the plan.
    pub generated: Generated,
    /// The instances, in plan order.
    pub instances: Vec<PlannedInstance>,
    /// The `source` of each module call of the configuration, by the path of
    /// call names that leads to it.
    pub module_sources: Vec<(Vec<String>, String)>,
}

fn field<'v>(value: &'v JValue, key: &str) -> Option<&'v JValue> {
    member_of(value, key)
}

fn string<'v>(value: &'v JValue, key: &str) -> Option<&'v str> {
    match &field(value, key)?.kind {
        Kind::String(s) => Some(s),
        _ => None,
    }
}

fn error(offset: usize, message: impl Into<String>) -> SyntaxError {
    SyntaxError {
        offset,
        message: message.into(),
    }
}

/// Reads a plan.
///
/// # Errors
/// Malformed JSON, or JSON that is not a plan of a known format version.
pub(crate) fn convert_plan(json: &str) -> Result<Plan, SyntaxError> {
    let root = parse::parse(json)?;
    let version = field(&root, "format_version").ok_or_else(|| {
        error(
            root.span.start,
            "not a plan: no `format_version` (expected the output of `terraform show -json PLANFILE`)",
        )
    })?;
    let text = match &version.kind {
        Kind::String(s) => s.as_str(),
        _ => "",
    };
    if !(text.starts_with("1.") || text.starts_with("0.")) {
        return Err(error(
            version.span.start,
            format!("unsupported plan format_version `{text}` (expected 1.x)"),
        ));
    }
    let Some(changes) = field(&root, "resource_changes") else {
        let what = if field(&root, "values").is_some() {
            "a state, not a plan"
        } else {
            "not a plan"
        };
        return Err(error(
            root.span.start,
            format!(
                "{what}: no `resource_changes` (expected the output of `terraform show -json PLANFILE`)"
            ),
        ));
    };
    let mut module_sources = Vec::new();
    let mut written = Vec::new();
    if let Some(config) = field(&root, "configuration").and_then(|c| field(c, "root_module")) {
        walk_config(config, &mut Vec::new(), &mut module_sources, &mut written);
    }
    let mut out = Writer::default();
    let mut instances = Vec::new();
    if let Kind::Array(entries) = &changes.kind {
        for entry in entries {
            if let Some(instance) = instance(&mut out, entry, &written) {
                instances.push(instance);
            }
        }
    }
    Ok(Plan {
        generated: Generated {
            text: out.text,
            anchors: out.anchors,
            json_len: json.len(),
            comments: out.comments,
        },
        instances,
        module_sources,
    })
}

/// The arguments a configuration's resource writes, by module path and
/// `type.name`.
type Written<'v> = Vec<(Vec<String>, &'v str, Vec<&'v str>)>;

/// The module calls of a configuration module and the arguments its
/// resources write, recursively.
fn walk_config<'v>(
    module: &'v JValue,
    path: &mut Vec<String>,
    sources: &mut Vec<(Vec<String>, String)>,
    written: &mut Written<'v>,
) {
    if let Some(Kind::Array(resources)) = field(module, "resources").map(|r| &r.kind) {
        for resource in resources {
            let (Some(address), Some(Kind::Object(expressions))) = (
                string(resource, "address"),
                field(resource, "expressions").map(|e| &e.kind),
            ) else {
                continue;
            };
            let keys = expressions.iter().map(|m| m.key.as_str()).collect();
            written.push((path.clone(), address, keys));
        }
    }
    let Some(Kind::Object(members)) = field(module, "module_calls").map(|c| &c.kind) else {
        return;
    };
    for call in members {
        path.push(call.key.clone());
        if let Some(source) = string(&call.value, "source") {
            sources.push((path.clone(), source.to_owned()));
        }
        if let Some(inner) = field(&call.value, "module") {
            walk_config(inner, path, sources, written);
        }
        path.pop();
    }
}

/// The module call names of a module address (`module.a[0].module.b`).
fn module_path(address: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = address;
    while let Some(after) = rest.strip_prefix("module.") {
        let end = after.find(['.', '[']).unwrap_or(after.len());
        out.push(after[..end].to_owned());
        rest = &after[end..];
        if rest.starts_with('[') {
            // Skip the instance key, which may hold dots inside quotes.
            let close = rest.find("].").map_or(rest.len(), |i| i + 1);
            rest = &rest[close..];
        }
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    out
}

/// Writes one `resource_changes` entry as a block.
fn instance(out: &mut Writer, entry: &JValue, written: &Written<'_>) -> Option<PlannedInstance> {
    if string(entry, "mode") != Some("managed") {
        return None;
    }
    let rtype = string(entry, "type")?;
    let name = string(entry, "name")?;
    let address = string(entry, "address")?;
    let change = field(entry, "change")?;
    let after = field(change, "after")?;
    let Kind::Object(members) = &after.kind else {
        return None; // A plain delete keeps nothing.
    };
    if !is_identifier(rtype) || !is_identifier(name) {
        return None;
    }
    let unknown = field(change, "after_unknown");
    let module = field(entry, "module_address")
        .and_then(|m| match &m.kind {
            Kind::String(s) => Some(module_path(s)),
            _ => None,
        })
        .unwrap_or_default();
    // An unknown argument that the configuration does not write is computed
    // by the provider (an ID, a `snapshot_id`): not set, rather than unknown.
    let config_address = format!("{rtype}.{name}");
    let writes = written
        .iter()
        .find(|(path, address, _)| *path == module && *address == config_address)
        .map(|(_, _, keys)| keys);
    let writes_key = |key: &str| writes.is_none_or(|keys| keys.contains(&key));
    let head = field(entry, "address").map_or(entry.span.clone(), |a| a.span.clone());
    out.mark(head.start);
    out.text.push_str("resource ");
    super::quote(&mut out.text, rtype, Mode::Literal);
    out.text.push(' ');
    super::quote(&mut out.text, name, Mode::Literal);
    out.mark(head.end.saturating_sub(1));
    out.text.push_str(" {\n");
    let tags_all = members.iter().find(|m| m.key == "tags_all");
    let unknown_of = |key: &str| unknown.and_then(|u| member_of(u, key));
    let tags_unknown = unknown_of("tags_all").is_some_and(super::is_true);
    for member in members {
        if member.key == "tags_all" || (member.key == "tags" && tags_unknown) {
            continue;
        }
        let (value, mask) = match tags_all {
            Some(all) if member.key == "tags" && matches!(all.value.kind, Kind::Object(_)) => {
                (all, unknown_of("tags_all"))
            }
            _ => (member, unknown_of(&member.key)),
        };
        planned(out, &member.key, value, mask);
    }
    // Values unknown until apply are left out of `after` (or `null` there).
    if let Some(Kind::Object(unknowns)) = unknown.map(|u| &u.kind) {
        let known = |key: &str| {
            members
                .iter()
                .any(|m| m.key == key && !matches!(m.value.kind, Kind::Null))
        };
        let mut written: Vec<&str> = Vec::new();
        for member in unknowns.iter().filter(|m| super::is_true(&m.value)) {
            let key = match member.key.as_str() {
                // The tags the provider applies are unknown, whatever `tags` says.
                "tags_all" => "tags",
                "tags" if tags_unknown => continue,
                key if known(key) || !writes_key(key) => continue,
                key => key,
            };
            if written.contains(&key) {
                continue;
            }
            written.push(key);
            if is_identifier(key) && !key.contains('-') {
                out.mark(member.key_span.start);
                out.text.push_str(key);
                out.text.push_str(" = ");
                out.text.push_str(super::UNKNOWN);
                out.mark(member.value.span.end);
                out.text.push('\n');
            }
        }
    }
    out.mark(after.span.end.saturating_sub(1));
    out.text.push('}');
    out.mark(after.span.end);
    out.text.push('\n');
    Some(PlannedInstance {
        address: address.to_owned(),
        module,
        rtype: rtype.to_owned(),
        name: name.to_owned(),
        entry: entry.span.clone(),
        address_span: head,
    })
}

/// Writes one planned attribute or nested block under the name `key`.
fn planned(out: &mut Writer, key: &str, member: &super::Member, unknown: Option<&JValue>) {
    if matches!(member.value.kind, Kind::Null) || !is_identifier(key) || key.contains('-') {
        return;
    }
    if unknown.is_none_or(|u| !super::is_true(u)) && looks_like_block(member) {
        let items: Vec<(&JValue, Option<&JValue>)> = match &member.value.kind {
            Kind::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (v, unknown.and_then(|u| super::item_of(u, i))))
                .collect(),
            _ => vec![(&member.value, unknown)],
        };
        for (value, mask) in items {
            let Kind::Object(members) = &value.kind else {
                continue;
            };
            out.mark(member.key_span.start);
            out.text.push_str(key);
            out.mark(member.key_span.end.saturating_sub(1));
            out.text.push_str(" {\n");
            for inner in members {
                let inner_mask = mask.and_then(|m| member_of(m, &inner.key));
                planned(out, &inner.key, inner, inner_mask);
            }
            out.mark(value.span.end.saturating_sub(1));
            out.text.push('}');
            out.mark(value.span.end);
            out.text.push('\n');
        }
        return;
    }
    out.mark(member.key_span.start);
    out.text.push_str(key);
    out.text.push_str(" = ");
    out.expr_masked(&member.value, Mode::Literal, unknown);
    out.text.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_addresses_split_into_call_names() {
        assert_eq!(module_path("module.a[0].module.b"), ["a", "b"]);
        assert_eq!(module_path(r#"module.a["x.y"].module.b"#), ["a", "b"]);
        assert!(module_path("").is_empty());
    }
}
