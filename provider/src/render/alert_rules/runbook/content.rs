//! What the runbook of each preset and SLO alert says.

use super::super::output::{Alert, promql_string};
use super::super::presets::PresetContext;
use super::super::slo::{
    CheckedSlo, ERRORS_RATE5M, FAST_BURN, REQUESTS_RATE5M, SLOW_BURN, error_ratio_record, percent,
};
use super::{Runbook, escalation};

/// The runbook of a generated alert.
pub(in super::super) fn generated_runbook(
    alert: &Alert,
    ctx: &PresetContext<'_>,
    slo: Option<&CheckedSlo>,
) -> Runbook {
    let severity = alert
        .labels
        .iter()
        .find(|(name, _)| name == "severity")
        .map_or("warning", |(_, value)| value.as_str())
        .to_owned();
    let owner = format!("job `{}`", ctx.job.replace('`', "'"));
    let text = texts(&alert.name, ctx, slo);
    Runbook {
        alert: alert.name.clone(),
        job: Some(ctx.job.to_owned()),
        expr: alert.expr.clone(),
        for_: alert.for_.clone(),
        meaning: text.meaning,
        quoted: Vec::new(),
        impact: text.impact,
        diagnosis: text.diagnosis,
        mitigation: text.mitigation,
        escalation: escalation(&severity, &owner),
        severity,
    }
}

/// The sections that differ from one alert to another.
struct Texts {
    meaning: Vec<String>,
    impact: Vec<String>,
    diagnosis: Vec<(String, String)>,
    mitigation: Vec<String>,
}

fn q(what: &str, query: String) -> (String, String) {
    (what.to_owned(), query)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn texts(name: &str, ctx: &PresetContext<'_>, slo: Option<&CheckedSlo>) -> Texts {
    let t = ctx.thresholds;
    let m = ctx.metrics;
    let job = &ctx.job_matcher;
    let window = &t.rate_window;
    let requests = &m.requests_total;
    let job_pods = ctx.job_pods();
    match name {
        "HighErrorRate" => Texts {
            meaning: vec![format!(
                "More than {} of the requests to the job failed with a 5xx status over \
                 the last {window} (`{requests}`, status in {}).",
                percent(t.error_rate),
                m.status_labels
                    .iter()
                    .map(|l| format!("`{l}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )],
            impact: vec![if ctx.slo {
                "Users get errors on about that share of their requests, and the error \
                 budget of the SLO drains; if it keeps up, ErrorBudgetBurnFast pages."
                    .to_owned()
            } else {
                "Users get errors on about that share of their requests.".to_owned()
            }],
            diagnosis: {
                let mut queries = vec![q(
                    "The ratio of 5xx responses now:",
                    ctx.error_ratio(window),
                )];
                for label in &m.status_labels {
                    queries.push(q(
                        &format!("Failing requests per second by `{label}` and instance:"),
                        format!(
                            "sum by (instance, {label}) (\n  rate({requests}{{{job}, {label}=~\"5..\"}}[{window}])\n)"
                        ),
                    ));
                }
                queries.push(q(
                    "All requests per second (did the traffic change?):",
                    ctx.requests_rate(window),
                ));
                queries
            },
            mitigation: strings(&[
                "If a deployment started shortly before the alert, roll it back.",
                "If one instance serves most of the errors, take it out of the load \
                 balancer or restart it.",
                "If the errors come from a dependency (database, queue, another \
                 service), follow that dependency's runbook.",
                "If the traffic rose sharply, scale the job out or shed load.",
            ]),
        },
        "HighLatency" => {
            let quantile = |q: &str, by: &str| {
                format!(
                    "histogram_quantile({q},\n  sum by ({by}le) (rate({}{{{job}}}[{window}]))\n)",
                    m.latency_histogram
                )
            };
            Texts {
                meaning: vec![format!(
                    "The 99th percentile of the job's request latency (`{}`) has been \
                     above {}s over the last {window}.",
                    m.latency_histogram, t.latency_p99_seconds
                )],
                impact: strings(&[
                    "One request in a hundred, or more, is slower than the threshold: \
                     users wait, and clients may time out and retry, which adds load.",
                ]),
                diagnosis: vec![
                    q("The p99 latency now:", quantile("0.99", "job, ")),
                    q(
                        "The median latency (slow for everyone, or only the tail?):",
                        quantile("0.5", "job, "),
                    ),
                    q(
                        "The p99 latency by instance:",
                        quantile("0.99", "instance, "),
                    ),
                    q(
                        "Requests per second (more load than usual?):",
                        ctx.requests_rate(window),
                    ),
                ],
                mitigation: strings(&[
                    "If a deployment started shortly before the alert, roll it back.",
                    "If one instance is slow, restart it or take it out of the load \
                     balancer.",
                    "If every instance is slow under more load, scale the job out.",
                    "If a dependency is slow, follow that dependency's runbook.",
                ]),
            }
        }
        "PodDown" => Texts {
            meaning: vec![format!(
                "More than {} of the job's scrape targets have failed their scrapes \
                 (`up == 0`) for {}.",
                percent(t.pod_down_ratio),
                t.pod_down_for
            )],
            impact: strings(&[
                "The targets that are down serve no requests, so the others carry their \
                 load; if more fail, the service goes down. Their metrics are missing, so \
                 other alerts of the job may stay silent.",
            ]),
            diagnosis: vec![
                q("Which targets are down:", format!("up{{{job}}} == 0")),
                q(
                    "The share of targets down:",
                    format!("count by (job) (up{{{job}}} == 0)\n/\ncount by (job) (up{{{job}}})"),
                ),
                q(
                    "How long each scrape takes (timeouts show as down):",
                    format!("scrape_duration_seconds{{{job}}}"),
                ),
            ],
            mitigation: strings(&[
                "Check the pods or hosts of the down targets: are they running, ready, \
                 out of memory, or evicted?",
                "If a deployment is rolling out, check that the new version starts and \
                 passes its probes; roll back if it does not.",
                "If the processes run but cannot be scraped, check the network policy, \
                 the metrics port and path, and the scrape timeout.",
            ]),
        },
        "JobAbsent" => Texts {
            meaning: vec![format!(
                "Prometheus has had no scrape target of the job at all for {}: the job is \
                 gone from service discovery, or every one of its targets is gone.",
                t.pod_down_for
            )],
            impact: strings(&[
                "The service may be down entirely. Nothing of it is measured, so every \
                 other alert on the job is blind until its targets come back.",
            ]),
            diagnosis: vec![
                q(
                    "Whether any target of the job exists:",
                    format!("up{{{job}}}"),
                ),
                q("The alert's own condition:", format!("absent(up{{{job}}})")),
                q(
                    "The targets Prometheus found for the job's scrape configuration:",
                    format!(
                        "prometheus_target_scrape_pool_targets{{scrape_job={}}}",
                        promql_string(ctx.job)
                    ),
                ),
                q(
                    "Every job Prometheus scrapes now (renamed?):",
                    "count by (job) (up)".to_owned(),
                ),
            ],
            mitigation: strings(&[
                "Check that the workload exists and runs (Deployment scaled to zero, \
                 namespace deleted, host stopped?).",
                "Check the scrape configuration: job name, service discovery selectors, \
                 pod annotations or ServiceMonitor labels.",
                "If Prometheus itself was reconfigured or restarted, check its \
                 configuration reload and its targets page.",
            ]),
        },
        "PodCrashLooping" => Texts {
            meaning: vec![format!(
                "A container of the job's pods restarted at least {} times within {}.",
                t.pod_restarts, t.pod_restarts_window
            )],
            impact: strings(&[
                "The pod serves nothing while it restarts, and Kubernetes waits longer \
                 before each new start (back-off). If every replica loops, the service \
                 is down.",
            ]),
            diagnosis: vec![
                q(
                    "Restarts per container over the window:",
                    format!(
                        "max by (namespace, pod, container) (\n  increase(kube_pod_container_status_restarts_total[{}])\n)\n{job_pods}",
                        t.pod_restarts_window
                    ),
                ),
                q(
                    "Why the containers last stopped (OOMKilled, Error...):",
                    format!(
                        "max by (namespace, pod, container, reason) (\n  kube_pod_container_status_last_terminated_reason\n)\n{job_pods}"
                    ),
                ),
            ],
            mitigation: strings(&[
                "Read the logs of the previous run of the container (`kubectl logs \
                 --previous`).",
                "If it was OOMKilled, raise its memory limit or find the leak.",
                "If a new version or configuration fails at start, roll it back.",
            ]),
        },
        "PodNotReady" => Texts {
            meaning: vec![format!(
                "A pod of the job has not been ready for {}: its readiness probe fails, \
                 or it has not started.",
                t.pod_not_ready_for
            )],
            impact: strings(&[
                "A pod that is not ready gets no traffic from its Services, so the \
                 job runs with less capacity; a rollout waiting on it stalls.",
            ]),
            diagnosis: vec![
                q(
                    "The pods of the job that are not ready:",
                    format!(
                        "max by (namespace, pod) (kube_pod_status_ready{{condition=\"true\"}}) == 0\n{job_pods}"
                    ),
                ),
                q(
                    "Why their containers wait (image pull, crash loop, configuration):",
                    format!(
                        "max by (namespace, pod, container, reason) (\n  kube_pod_container_status_waiting_reason\n)\n{job_pods}"
                    ),
                ),
            ],
            mitigation: strings(&[
                "Describe the pod (`kubectl describe pod`): events show failed probes, \
                 image pulls and scheduling problems.",
                "If the readiness probe fails because a dependency is down, fix or \
                 follow the runbook of that dependency.",
                "If a rollout brought it, roll back.",
            ]),
        },
        "HighMemoryUsage" => Texts {
            meaning: vec![format!(
                "A container of the job's pods uses more than {} of its memory limit \
                 (working set).",
                percent(t.memory_ratio)
            )],
            impact: strings(&[
                "At its limit the container is OOMKilled and restarts, dropping the \
                 requests it was serving.",
            ]),
            diagnosis: vec![
                q(
                    "Working set per container, in bytes:",
                    format!(
                        "max by (namespace, pod, container) (\n  container_memory_working_set_bytes{{container!=\"\", container!=\"POD\"}}\n)\n{job_pods}"
                    ),
                ),
                q(
                    "Containers of the job killed for memory:",
                    format!(
                        "max by (namespace, pod, container) (\n  kube_pod_container_status_last_terminated_reason{{reason=\"OOMKilled\"}}\n)\n{job_pods}"
                    ),
                ),
            ],
            mitigation: strings(&[
                "If the usage grows steadily after each start, look for a leak; a \
                 restart buys time.",
                "If the usage follows the load, raise the memory limit or scale out.",
            ]),
        },
        "HighCpuUsage" => Texts {
            meaning: vec![format!(
                "A container of the job's pods uses more than {} of its CPU limit over \
                 the last {window}.",
                percent(t.cpu_ratio)
            )],
            impact: strings(&[
                "Near its limit the container is throttled: requests slow down and \
                 probes may time out.",
            ]),
            diagnosis: vec![
                q(
                    "CPU cores used per container:",
                    format!(
                        "sum by (namespace, pod, container) (\n  rate(container_cpu_usage_seconds_total{{container!=\"\", container!=\"POD\"}}[{window}])\n)\n{job_pods}"
                    ),
                ),
                q(
                    "Share of CPU periods throttled per container:",
                    format!(
                        "sum by (namespace, pod, container) (\n  rate(container_cpu_cfs_throttled_periods_total{{container!=\"\"}}[{window}])\n)\n/\nsum by (namespace, pod, container) (\n  rate(container_cpu_cfs_periods_total{{container!=\"\"}}[{window}])\n)\n{job_pods}"
                    ),
                ),
            ],
            mitigation: strings(&[
                "If the usage follows the load, scale out or raise the CPU limit.",
                "If it rose without more load, look for a hot loop or a new code path; \
                 roll back a recent deployment.",
            ]),
        },
        _ => slo_texts(name, ctx, slo),
    }
}

/// The texts of `ErrorBudgetBurnFast` and `ErrorBudgetBurnSlow`.
fn slo_texts(name: &str, ctx: &PresetContext<'_>, slo: Option<&CheckedSlo>) -> Texts {
    let job = &ctx.job_matcher;
    let fast = name == "ErrorBudgetBurnFast";
    let windows = if fast { &FAST_BURN } else { &SLOW_BURN };
    let (objective, budget, slo_window) = slo.map_or(("?", "?", "?"), |s| {
        (s.objective.as_str(), s.budget.as_str(), s.window.as_str())
    });
    let mut diagnosis = Vec::new();
    for w in windows {
        diagnosis.push(q(
            &format!(
                "Burn rate over {} (1 spends the budget in exactly the SLO window):",
                w.long
            ),
            format!("{}{{{job}}} / {budget}", error_ratio_record(w.long)),
        ));
    }
    diagnosis.push(q(
        &format!("Share of the {slo_window} error budget left:"),
        format!(
            "1 - (\n  sum_over_time({ERRORS_RATE5M}{{{job}}}[{slo_window}])\n  /\n  sum_over_time({REQUESTS_RATE5M}{{{job}}}[{slo_window}])\n) / {budget}"
        ),
    ));
    diagnosis.push(q(
        "Failing requests per second now:",
        format!("{ERRORS_RATE5M}{{{job}}}"),
    ));
    Texts {
        meaning: vec![format!(
            "The job fails so many requests that it spends its {slo_window} error budget \
             (objective {objective}%, budget {budget}) {}: at this rate it spends {}.",
            if fast { "fast" } else { "steadily" },
            windows
                .iter()
                .map(|w| format!("{}% of it within {}", w.budget_percent, w.long))
                .collect::<Vec<_>>()
                .join(" or ")
        )],
        impact: vec![if fast {
            "Users get errors now, and at this pace the whole budget is gone within \
             days: the objective will be missed unless the errors stop."
                .to_owned()
        } else {
            "Errors are fewer but lasting: the budget will run out before the end of \
             the SLO window if nothing changes."
                .to_owned()
        }],
        diagnosis,
        mitigation: strings(&[
            "Find the failing requests as in the HighErrorRate runbook: by status, \
             instance and route, then roll back or fix what changed.",
            "If the budget is nearly spent, freeze risky deployments until it \
             recovers.",
        ]),
    }
}
