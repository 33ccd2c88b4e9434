//! What other renderers reuse of the alert rules, so that what they show is what
//! the alerts evaluate: the checks of the `metrics` and `slo` blocks, the PromQL
//! of the job's request and error rates, and the names and maths of the SLO
//! recording rules and burn-rate windows.

use tfplug::AttributePath;

use super::presets::PresetContext;
use super::slo::{self, BurnWindow, FAST_BURN, SLOW_BURN};
use super::validate::{Errors, validate_metrics, validate_slo};
use super::{Metrics, SloSpec, Thresholds};
use crate::render::FieldError;

/// The recording rule of the job's 5xx responses per second over 5m.
pub(crate) const ERRORS_RATE5M: &str = slo::ERRORS_RATE5M;

/// The recording rule of the job's requests per second over 5m.
pub(crate) const REQUESTS_RATE5M: &str = slo::REQUESTS_RATE5M;

/// The recording rule of the job's error ratio over `window` (`1h`, `6h`, `1d`, `3d`, ...).
#[must_use]
pub(crate) fn error_ratio_record(window: &str) -> String {
    slo::error_ratio_record(window)
}

/// The `rate()` window of the alert presets (`5m`).
#[must_use]
pub(crate) fn rate_window() -> String {
    Thresholds::default().rate_window
}

/// The PromQL the alert rules build for one job from a `metrics` block.
pub(crate) struct JobQueries<'a> {
    thresholds: Thresholds,
    job: &'a str,
    metrics: &'a Metrics,
}

impl<'a> JobQueries<'a> {
    #[must_use]
    pub(crate) fn new(job: &'a str, metrics: &'a Metrics) -> Self {
        JobQueries {
            thresholds: Thresholds::default(),
            job,
            metrics,
        }
    }

    fn context(&self) -> PresetContext<'_> {
        PresetContext::new(self.job, &self.thresholds, self.metrics)
    }

    /// `job="..."`, escaped for PromQL.
    #[must_use]
    pub(crate) fn job_matcher(&self) -> String {
        self.context().job_matcher
    }

    /// The job's requests per second over `window`, summed by `job`.
    #[must_use]
    pub(crate) fn requests_rate(&self, window: &str) -> String {
        self.context().requests_rate(window)
    }

    /// The job's ratio of 5xx responses over `window`.
    #[must_use]
    pub(crate) fn error_ratio(&self, window: &str) -> String {
        self.context().error_ratio(window)
    }
}

/// A checked `slo` block: what a burn-rate view needs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SloFacts {
    /// The error budget `1 - objective/100` as an exact decimal, e.g. `0.001`.
    pub(crate) budget: String,
    /// The SLO window as written, e.g. `30d`.
    pub(crate) window: String,
    /// The alerts' burn windows `(long window, burn factor)`: the page's, then the
    /// ticket's, shortest first.
    pub(crate) burn_windows: Vec<(&'static str, f64)>,
}

/// Checks a `metrics` block as the alert rules do; errors are at `metrics.<name>`.
#[must_use]
pub(crate) fn check_metrics(metrics: &Metrics) -> Vec<FieldError> {
    let mut errors = Errors::default();
    validate_metrics(metrics, &mut errors);
    errors.0
}

/// Checks an `slo` block as the alert rules do; errors are at `slo.<name>`.
pub(crate) fn check_slo(spec: &SloSpec) -> Result<SloFacts, Vec<FieldError>> {
    let mut errors = Errors::default();
    let checked = validate_slo(spec, &mut errors);
    match checked {
        Some(checked) if errors.0.is_empty() => {
            let factor = |w: &BurnWindow| (w.long, slo::burn_factor(w, checked.window_ms));
            Ok(SloFacts {
                budget: checked.budget,
                window: checked.window,
                burn_windows: FAST_BURN.iter().chain(&SLOW_BURN).map(factor).collect(),
            })
        }
        _ => Err(errors.0),
    }
}

/// Checks that `expr` parses as PromQL (within the alert rules' size limits);
/// the error, if any, is at `path`.
pub(crate) fn check_promql(path: AttributePath, expr: &str) -> Option<FieldError> {
    let mut errors = Errors::default();
    errors.promql(path, expr);
    errors.0.into_iter().next()
}
