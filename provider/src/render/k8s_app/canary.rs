//! The canary split: how many pods the canary and stable Deployments get for
//! a `canary_weight`, and the plan-time check that a pod count (`replicas`, or
//! the HPA's `min_replicas` and `max_replicas`) can honour that weight.
//!
//! The canary gets `max(1, round(count * weight / 100))` pods (halves round
//! up) and stable the rest. The count honours the weight when stable keeps at
//! least one pod and the canary's share of the pods is within
//! [`WEIGHT_TOLERANCE`] percentage points of the weight; otherwise the plan
//! fails and the diagnostic names the counts that would work.

use tfplug::AttributePath;

use super::{DEFAULT_CANARY_WEIGHT, K8sAppSpec};
use crate::render::FieldError;

/// How far, in percentage points, the canary's share of the pods may be from
/// `canary_weight`.
pub const WEIGHT_TOLERANCE: i64 = 1;

/// How many counts that work a diagnostic suggests, besides the nearest one.
const SUGGESTIONS: usize = 3;

/// The number of canary and stable pods for `count` pods and a canary weight
/// in percent: the canary gets `max(1, round(count * weight / 100))` (halves
/// round up), stable the rest (never negative).
pub fn canary_split(count: i64, weight: i64) -> (i64, i64) {
    let scaled = count.saturating_mul(weight).saturating_add(50) / 100;
    let canary = scaled.max(1);
    (canary, count.saturating_sub(canary).max(0))
}

/// Whether `count` pods split for `weight` keep a stable pod and give the
/// canary a share within [`WEIGHT_TOLERANCE`] points of `weight`.
fn honours(count: i64, weight: i64) -> bool {
    let (canary, stable) = canary_split(count, weight);
    // |canary / count * 100 - weight| <= tolerance, in integers.
    let off = canary
        .saturating_mul(100)
        .saturating_sub(weight.saturating_mul(count))
        .saturating_abs();
    stable >= 1 && off <= WEIGHT_TOLERANCE.saturating_mul(count)
}

/// The plan-time errors of a canary's pod counts for a validated weight and
/// counts: `replicas` without autoscaling, `min_replicas` and `max_replicas`
/// with it. Empty for other strategies.
pub(super) fn check(spec: &K8sAppSpec) -> Vec<FieldError> {
    if spec.strategy != "canary" {
        return Vec::new();
    }
    let weight = spec.canary_weight.unwrap_or(DEFAULT_CANARY_WEIGHT);
    let counts = match &spec.autoscaling {
        None => vec![(AttributePath::attr("replicas"), "replicas", spec.replicas)],
        Some(autoscaling) => vec![
            (
                AttributePath::attr("autoscaling").then_attr("min_replicas"),
                "autoscaling.min_replicas",
                autoscaling.min_replicas,
            ),
            (
                AttributePath::attr("autoscaling").then_attr("max_replicas"),
                "autoscaling.max_replicas",
                autoscaling.max_replicas,
            ),
        ],
    };
    counts
        .into_iter()
        .filter(|(_, _, count)| !honours(*count, weight))
        .map(|(path, field, count)| split_error(path, field, count, weight))
        .collect()
}

/// The error for `count` pods (attribute `field`) that cannot honour `weight`.
fn split_error(count_path: AttributePath, field: &str, count: i64, weight: i64) -> FieldError {
    let (canary, stable) = canary_split(count, weight);
    let working = working_counts(count, weight);
    let suggestion = format!(
        "Counts that honour canary_weight {weight}: {field} = {}, or change canary_weight.",
        working
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    if stable == 0 {
        return FieldError {
            path: count_path,
            summary: "Too few replicas for a canary".to_owned(),
            detail: format!(
                "With {field} = {count} and canary_weight {weight}, the canary gets {canary} \
                 pods and stable none. {suggestion}"
            ),
        };
    }
    FieldError {
        path: AttributePath::attr("canary_weight"),
        summary: "Canary weight not honoured".to_owned(),
        detail: format!(
            "With {field} = {count}, the canary gets {canary} of {count} pods ({}%), not \
             {weight}% (at most {WEIGHT_TOLERANCE} point away is accepted). {suggestion}",
            share_text(canary, count)
        ),
    }
}

/// `part / whole` in percent with one decimal, e.g. `33.3`.
fn share_text(part: i64, whole: i64) -> String {
    let tenths = (part.saturating_mul(1000).saturating_add(whole / 2)) / whole.max(1);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The smallest counts that honour `weight`, then the nearest one at or above
/// `count` if it is not among them. Every weight of 1-99 is honoured by 100
/// pods, so the search ends within 100 steps.
fn working_counts(count: i64, weight: i64) -> Vec<i64> {
    let mut found: Vec<i64> = (2..=100)
        .filter(|n| honours(*n, weight))
        .take(SUGGESTIONS)
        .collect();
    if let Some(nearest) = (count..=count.saturating_add(100)).find(|n| honours(*n, weight))
        && !found.contains(&nearest)
    {
        found.push(nearest);
    }
    found
}
