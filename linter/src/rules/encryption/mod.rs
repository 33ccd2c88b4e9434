//! Encryption at rest and in transit (`DFL1xx`).

use crate::findings::{Edit, Fix};
use crate::model::{Attr, Node};
use crate::rule::Ctx;
use crate::rule::edits as fix;
use crate::value::Value;

pub(crate) mod cloud_sql_ssl_not_required;
pub(crate) mod compute_disk_key_in_code;
pub(crate) mod compute_disk_without_cmek;
pub(crate) mod dynamodb_table_without_kms;
pub(crate) mod ebs_volume_not_encrypted;
pub(crate) mod efs_not_encrypted;
pub(crate) mod elasticache_not_encrypted_at_rest;
pub(crate) mod elasticache_not_encrypted_in_transit;
pub(crate) mod instance_volume_not_encrypted;
pub(crate) mod kinesis_stream_not_encrypted;
pub(crate) mod kms_key_rotation_disabled;
pub(crate) mod launch_volume_not_encrypted;
pub(crate) mod lb_listener_not_https;
pub(crate) mod lb_listener_outdated_tls_policy;
pub(crate) mod log_group_not_encrypted;
pub(crate) mod managed_disk_encryption_disabled;
pub(crate) mod rds_cluster_storage_not_encrypted;
pub(crate) mod rds_storage_not_encrypted;
pub(crate) mod redshift_cluster_not_encrypted;
pub(crate) mod s3_bucket_not_encrypted;
pub(crate) mod sns_topic_not_encrypted;
pub(crate) mod sql_server_outdated_tls;
pub(crate) mod sqs_queue_not_encrypted;
pub(crate) mod storage_account_https_not_enforced;
pub(crate) mod storage_account_outdated_tls;
pub(crate) mod storage_bucket_without_cmek;

/// What a boolean setting is, as far as it can be known.
pub(crate) enum Setting<'w> {
    /// Known true.
    On,
    /// Known false, written in the code.
    Off(Attr<'w>),
    /// Not written (or `null`): the provider default applies.
    Missing,
    /// Written but unknown.
    Unknown,
}

/// Reads a boolean attribute of a node.
pub(crate) fn setting<'w>(node: &Node<'w, '_>, name: &str) -> Setting<'w> {
    match node.attr(name) {
        None => Setting::Missing,
        Some(attr) => match attr.value.as_bool() {
            Some(true) => Setting::On,
            Some(false) => Setting::Off(attr),
            None if attr.value.is_null() => Setting::Missing,
            None => Setting::Unknown,
        },
    }
}

/// `true` when a string attribute is set to a known non-empty value;
/// `None` when it is written but unknown.
pub(crate) fn has_string(node: &Node<'_, '_>, name: &str) -> Option<bool> {
    match node.value(name) {
        None | Some(Value::Null) => Some(false),
        Some(Value::String(s)) => Some(!s.is_empty()),
        Some(Value::Unknown) => None,
        Some(_) => Some(true),
    }
}

/// Reports every instance of `rtype` where the boolean `attr` is not true.
/// `missing_is_off` says whether the provider default (attribute absent) is
/// off; `skip` excludes instances the rule does not apply to. When the rule
/// is fixable (registry), a literal value becomes `true` and an absent
/// attribute is inserted; an expression is left alone.
pub(crate) fn require_true(
    cx: &mut Ctx<'_, '_>,
    rtype: &str,
    attr: &str,
    missing_is_off: bool,
    skip: &dyn Fn(&Node<'_, '_>) -> bool,
    what: &str,
) {
    let module = cx.module;
    for decl in module.items.of_type(rtype) {
        for node in module.instances(decl) {
            if skip(&node) {
                continue;
            }
            match setting(&node, attr) {
                Setting::Off(a) => {
                    let fix = set_true(cx, fix::replace_literal(a.expr, "true"), attr);
                    cx.report_resource_fix(decl, a.span, format!("{what}: `{attr}` is false"), fix);
                }
                Setting::Missing if missing_is_off => {
                    let edit = fix::set_attribute(cx.text(decl.file), decl.block, attr, "true");
                    let fix = set_true(cx, edit, attr);
                    cx.report_resource_fix(
                        decl,
                        node.span.clone(),
                        format!("{what}: `{attr}` is not set"),
                        fix,
                    );
                }
                _ => {}
            }
        }
    }
}

/// The fix "set `attr = true`" from an edit, when the rule is fixable.
pub(crate) fn set_true(cx: &Ctx<'_, '_>, edit: Option<Edit>, attr: &str) -> Option<Fix> {
    Some(Fix::edit(
        cx.fixable()?,
        edit?,
        format!("set `{attr} = true`"),
    ))
}

/// `true` when an attribute is written with a known, non-null value.
pub(crate) fn is_set(node: &Node<'_, '_>, name: &str) -> bool {
    node.value(name).is_some_and(|v| !v.is_null())
}

/// `true` when the module turns on account-level EBS encryption by default.
pub(crate) fn ebs_encrypted_by_default(module: &crate::model::ModuleCtx<'_>) -> bool {
    module
        .items
        .of_type("aws_ebs_encryption_by_default")
        .any(|decl| {
            module
                .instances(decl)
                .iter()
                .any(|n| !matches!(setting(n, "enabled"), Setting::Off(_)))
        })
}

/// Reports volume blocks (`root_block_device`, `ebs_block_device`, `ebs`)
/// whose `encrypted` is not true. Volumes from a snapshot are skipped.
pub(crate) fn check_volume_blocks(
    cx: &mut Ctx<'_, '_>,
    decl: &crate::model::ResourceDecl<'_>,
    node: &Node<'_, '_>,
    names: &[&str],
) {
    for name in names {
        for block in node.blocks(name) {
            if is_set(&block, "snapshot_id") {
                continue;
            }
            match setting(&block, "encrypted") {
                Setting::Off(attr) => {
                    cx.report_resource(
                        decl,
                        attr.span,
                        format!("`{name}` volume is not encrypted: `encrypted` is false"),
                    );
                }
                Setting::Missing => cx.report_resource(
                    decl,
                    block.span.clone(),
                    format!("`{name}` volume is not encrypted: `encrypted` is not set"),
                ),
                Setting::On | Setting::Unknown => {}
            }
        }
    }
}

/// Reports every instance of `rtype` without a non-empty string `attr`.
pub(crate) fn require_string(cx: &mut Ctx<'_, '_>, rtype: &str, attr: &str, message: &str) {
    let module = cx.module;
    for decl in module.items.of_type(rtype) {
        for node in module.instances(decl) {
            if has_string(&node, attr) == Some(false) {
                cx.report_resource(decl, node.span.clone(), message.to_owned());
            }
        }
    }
}

/// Reports every instance of `rtype` with no `block` that sets the key
/// reference `attr` (a customer-managed key).
pub(crate) fn require_key_block(
    cx: &mut Ctx<'_, '_>,
    rtype: &str,
    block: &str,
    attr: &str,
    message: &str,
) {
    let module = cx.module;
    for decl in module.items.of_type(rtype) {
        for node in module.instances(decl) {
            let blocks = node.blocks(block);
            if blocks
                .iter()
                .any(|b| b.uncertain || has_string(b, attr) != Some(false))
            {
                continue;
            }
            cx.report_resource(decl, node.span.clone(), message.to_owned());
        }
    }
}

/// Reports every instance of `rtype` whose `attr` is one of the `outdated`
/// TLS versions. When the rule is fixable (registry), a literal version
/// becomes `fixed` (a quoted HCL string); an expression is left alone.
pub(crate) fn forbid_versions(
    cx: &mut Ctx<'_, '_>,
    rtype: &str,
    attr: &str,
    outdated: &[&str],
    fixed: &str,
) {
    let module = cx.module;
    for decl in module.items.of_type(rtype) {
        for node in module.instances(decl) {
            let Some(found) = node.attr(attr) else {
                continue;
            };
            let Some(version) = found.value.to_string_value() else {
                continue;
            };
            if outdated.contains(&version.as_str()) {
                let message = format!("minimum TLS version is `{version}`, older than 1.2");
                let fix = cx
                    .fixable()
                    .zip(fix::replace_literal(found.expr, fixed))
                    .map(|(applicability, edit)| {
                        Fix::edit(applicability, edit, format!("set `{attr} = {fixed}`"))
                    });
                cx.report_resource_fix(decl, found.span, message, fix);
            }
        }
    }
}
