//! SLO burn-rate alerts: the recording rules, the multiwindow alerts and their maths.

use super::output::Alert;
use super::presets::{PresetContext, SLO_ALERT_NAMES};
use crate::yaml::Yaml;

/// One long/short window pair of the multiwindow, multi-burn-rate scheme.
pub(super) struct BurnWindow {
    pub(super) long: &'static str,
    pub(super) long_ms: u64,
    pub(super) short: &'static str,
    /// Percent of the error budget spent within `long` at the alerting
    /// burn rate.
    pub(super) budget_percent: u64,
}

pub(super) const HOUR_MS: u64 = 3_600_000;

/// Window pairs of `ErrorBudgetBurnFast` (page).
pub(super) const FAST_BURN: [BurnWindow; 2] = [
    BurnWindow {
        long: "1h",
        long_ms: HOUR_MS,
        short: "5m",
        budget_percent: 2,
    },
    BurnWindow {
        long: "6h",
        long_ms: 6 * HOUR_MS,
        short: "30m",
        budget_percent: 5,
    },
];

/// Window pairs of `ErrorBudgetBurnSlow` (ticket).
pub(super) const SLOW_BURN: [BurnWindow; 2] = [
    BurnWindow {
        long: "1d",
        long_ms: 24 * HOUR_MS,
        short: "2h",
        budget_percent: 10,
    },
    BurnWindow {
        long: "3d",
        long_ms: 72 * HOUR_MS,
        short: "6h",
        budget_percent: 10,
    },
];

/// `for` of `ErrorBudgetBurnFast`: the short windows already confirm the burn,
/// so this only rides out one evaluation's blip.
pub(super) const FAST_BURN_FOR: &str = "2m";

/// `for` of `ErrorBudgetBurnSlow`.
pub(super) const SLOW_BURN_FOR: &str = "15m";

/// Every window an error ratio is recorded for, shortest first.
pub(super) const RECORDED_WINDOWS: [&str; 7] = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];

/// The windows whose ratio is computed from the 5m rate recordings rather
/// than from the raw request series (see [`long_window_ratio`]).
pub(super) const LONG_WINDOWS: [&str; 2] = ["1d", "3d"];

/// Name of the recording rule holding the job's 5xx rate over 5m.
pub(super) const ERRORS_RATE5M: &str = "job:slo_errors:rate5m";

/// Name of the recording rule holding the job's request rate over 5m.
pub(super) const REQUESTS_RATE5M: &str = "job:slo_requests:rate5m";

/// The shortest SLO window accepted: the longest alerting window.
pub(super) const MIN_SLO_WINDOW_MS: u64 = 72 * HOUR_MS;

/// A validated [`SloSpec`], with the numbers the alerts need.
#[derive(Debug)]
pub(super) struct CheckedSlo {
    /// The objective as written in descriptions, e.g. `99.9`.
    pub(super) objective: String,
    /// The error budget as an exact decimal, e.g. `0.001`.
    pub(super) budget: String,
    pub(super) window: String,
    pub(super) window_ms: u64,
}

/// Name of the recording rule holding the job's error ratio over `window`.
pub(super) fn error_ratio_record(window: &str) -> String {
    format!("job:slo_errors_per_request:ratio_rate{window}")
}

/// The recording rules of the SLO alerts as `(record, expr)`, in output
/// order: the job's 5m error and request rates, then one error ratio per
/// window of [`RECORDED_WINDOWS`].
pub(super) fn slo_records(ctx: &PresetContext<'_>) -> Vec<(String, String)> {
    let mut records = vec![
        (ERRORS_RATE5M.to_owned(), ctx.errors_rate("5m")),
        (REQUESTS_RATE5M.to_owned(), ctx.requests_rate("5m")),
    ];
    records.extend(RECORDED_WINDOWS.iter().map(|window| {
        let expr = if LONG_WINDOWS.contains(window) {
            long_window_ratio(ctx, window)
        } else {
            ctx.error_ratio(window)
        };
        (error_ratio_record(window), expr)
    }));
    records
}

/// The error ratio over a long window, from the 5m rate recordings: the sum
/// of the 5m error rates over the window divided by the sum of the 5m
/// request rates, i.e. the 5m ratios weighted by traffic. It reads one
/// series per job instead of every raw request series over days.
fn long_window_ratio(ctx: &PresetContext<'_>, window: &str) -> String {
    let job = &ctx.job_matcher;
    format!(
        "sum_over_time({ERRORS_RATE5M}{{{job}}}[{window}])\n/\n\
         sum_over_time({REQUESTS_RATE5M}{{{job}}}[{window}])"
    )
}

pub(super) fn slo_recording_rules(ctx: &PresetContext<'_>) -> Vec<Yaml> {
    slo_records(ctx)
        .into_iter()
        .map(|(record, expr)| Yaml::map().with("record", record).with("expr", expr))
        .collect()
}

pub(super) fn slo_alerts(slo: &CheckedSlo, ctx: &PresetContext<'_>) -> Vec<Alert> {
    let condition = |windows: &[BurnWindow]| {
        windows
            .iter()
            .map(|w| {
                let threshold = format!("({} * {})", burn_factor(w, slo.window_ms), slo.budget);
                let selector = |window: &str| {
                    format!(
                        "{}{{{}}} > {threshold}",
                        error_ratio_record(window),
                        ctx.job_matcher
                    )
                };
                format!(
                    "(\n  {}\n  and\n  {}\n)",
                    selector(w.long),
                    selector(w.short)
                )
            })
            .collect::<Vec<_>>()
            .join("\nor\n")
    };
    let describe = |speed: &str, windows: &[BurnWindow]| {
        let spends = windows
            .iter()
            .map(|w| format!("{}% of it within {}", w.budget_percent, w.long))
            .collect::<Vec<_>>()
            .join(" or ");
        format!(
            "Job {{{{ $labels.job }}}} is burning its {} error budget (objective {}%) {speed}: \
             at this error rate it spends {spends}.",
            slo.window, slo.objective
        )
    };
    vec![
        ctx.alert(
            SLO_ALERT_NAMES[0],
            "critical",
            condition(&FAST_BURN),
            Some(FAST_BURN_FOR),
        )
        .annotate("summary", "Error budget burning fast")
        .annotate("description", describe("fast", &FAST_BURN)),
        ctx.alert(
            SLO_ALERT_NAMES[1],
            "warning",
            condition(&SLOW_BURN),
            Some(SLOW_BURN_FOR),
        )
        .annotate("summary", "Error budget burning")
        .annotate("description", describe("steadily", &SLOW_BURN)),
    ]
}

/// Burn rate at which `window.budget_percent` of the budget of an SLO
/// window of `slo_window_ms` is spent within `window.long`. Computed as one
/// division of integers, so the result prints as its exact decimal value
/// whenever that is short (14.4, not 14.400000000000002).
pub(super) fn burn_factor(window: &BurnWindow, slo_window_ms: u64) -> f64 {
    let numerator = u128::from(window.budget_percent) * u128::from(slo_window_ms);
    let denominator = 100 * u128::from(window.long_ms);
    // Durations are capped at MAX_DURATION_MS (about 292 years), so both
    // stay below 2^53 and convert to f64 exactly.
    numerator as f64 / denominator as f64
}

/// The error budget `1 - objective/100` as a decimal string, computed on the
/// objective's shortest decimal form so that 99.9 gives `0.001` exactly.
pub(super) fn error_budget(objective: f64) -> String {
    let text = objective.to_string();
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let exact = (frac.len() <= 30)
        .then(|| format!("{int_part}{frac}").parse::<u128>().ok())
        .flatten()
        .and_then(|mantissa| {
            let scale = 10u128.checked_pow(u32::try_from(frac.len()).ok()?)?;
            let budget = (100 * scale).checked_sub(mantissa)?;
            Some(decimal(budget, frac.len() + 2))
        });
    exact.unwrap_or_else(|| ((100.0 - objective) / 100.0).to_string())
}

/// `value / 10^scale` as a decimal string without trailing zeros.
pub(super) fn decimal(value: u128, scale: usize) -> String {
    let digits = format!("{value:0>width$}", width = scale + 1);
    let (int_part, frac) = digits.split_at(digits.len() - scale);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int_part.to_owned()
    } else {
        format!("{int_part}.{frac}")
    }
}

/// A ratio as a percentage for descriptions: 0.05 gives `5%`.
pub(super) fn percent(ratio: f64) -> String {
    let text = format!("{:.6}", ratio * 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}%")
}
