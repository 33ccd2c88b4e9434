//! IAM policies (`DFL5xx`). The rules read the module's policy statements
//! (`crate::model::iam`), shared and computed once per module.

use std::collections::HashSet;

use crate::model::iam::Statement;
use crate::rule::Ctx;

pub(crate) mod iam_policy_full_admin;
pub(crate) mod iam_privilege_escalation;
pub(crate) mod iam_unconstrained_write;
pub(crate) mod iam_wildcard_action;
pub(crate) mod policy_public_principal;

/// Reports, once per document or statement block, every statement for which
/// `message` returns one.
fn report_statements(cx: &mut Ctx<'_, '_>, message: &dyn Fn(&Statement<'_>) -> Option<String>) {
    let module = cx.module;
    let mut seen = HashSet::new();
    for statement in module.statements() {
        let Some(text) = message(statement) else {
            continue;
        };
        if seen.insert((statement.decl.file, statement.span.clone())) {
            cx.report_resource(&statement.decl, statement.span.clone(), text);
        }
    }
}
