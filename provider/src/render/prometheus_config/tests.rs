//! Tests of the Prometheus configuration renderer: snapshots, promtool,
//! validation.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use tfplug::AttributePath;

use super::validate::host_port;
use super::*;
use crate::render::alert_rules::{self, AlertRulesSpec};
use crate::render::test_files::assert_snapshot_named;

fn labels(pairs: &[(&str, &str)]) -> std::collections::BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn job(name: &str, targets: &[&str]) -> ScrapeJob {
    ScrapeJob {
        name: name.to_owned(),
        targets: strings(targets),
        metrics_path: "/metrics".to_owned(),
        scheme: "http".to_owned(),
        kubernetes_pods: None,
    }
}

/// The sketch: intervals, rule files, an Alertmanager, a static job
/// and a pod discovery job.
fn sketch() -> PrometheusConfigSpec {
    PrometheusConfigSpec {
        scrape_interval: "15s".to_owned(),
        evaluation_interval: "30s".to_owned(),
        rule_files: strings(&["alerts/*.rules.yml"]),
        alertmanagers: strings(&["alertmanager:9093"]),
        jobs: vec![
            job("api-service", &["api:8000"]),
            ScrapeJob {
                kubernetes_pods: Some(KubernetesPods {
                    namespaces: strings(&["prod"]),
                    ..KubernetesPods::default()
                }),
                ..job("kubernetes-pods", &[])
            },
        ],
        header: "Managed by Terraform (devopsflow_prometheus_config.main).".to_owned(),
    }
}

/// Everything else: several targets, IPv6, https, a custom path, both
/// static targets and discovery in one job, discovery in every namespace.
fn full() -> PrometheusConfigSpec {
    let mut spec = sketch();
    spec.alertmanagers = strings(&["am-0.monitoring:9093", "[::1]:9093"]);
    spec.rule_files = strings(&["alerts/*.rules.yml", "recording/[a-z]*.yml"]);
    spec.jobs.push(ScrapeJob {
        scheme: "https".to_owned(),
        metrics_path: "/internal/metrics".to_owned(),
        kubernetes_pods: Some(KubernetesPods {
            pod_labels: labels(&[("app.kubernetes.io/name", "edge"), ("tier", "")]),
            ..KubernetesPods::default()
        }),
        ..job(
            "edge",
            &["10.0.0.5:9100", "[2001:db8::1]:9100", "edge_1:443"],
        )
    });
    spec
}

fn render_ok(spec: &PrometheusConfigSpec) -> String {
    render(spec).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

#[test]
fn snapshots() {
    for (name, spec) in [
        ("prometheus_config__sketch", sketch()),
        ("prometheus_config__full", full()),
        (
            "prometheus_config__minimal",
            PrometheusConfigSpec {
                scrape_interval: "1m".to_owned(),
                evaluation_interval: "1m".to_owned(),
                jobs: vec![job("node", &["localhost:9100"])],
                ..PrometheusConfigSpec::default()
            },
        ),
    ] {
        assert_snapshot_named(name, &[("prometheus.yml".to_owned(), render_ok(&spec))]);
    }
}

#[test]
fn the_declaration_gives_the_sketch_defaults() {
    let block = PrometheusConfigSpec::block();
    let names: Vec<&str> = block.attributes.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "scrape_interval",
            "evaluation_interval",
            "rule_files",
            "alertmanagers"
        ]
    );
    let job_block = &block.blocks[0];
    assert_eq!(job_block.type_name, "job");
    let job_attributes: Vec<(&str, bool)> = job_block
        .block
        .attributes
        .iter()
        .map(|a| (a.name.as_str(), a.required))
        .collect();
    assert_eq!(
        job_attributes,
        [
            ("name", true),
            ("targets", false),
            ("metrics_path", false),
            ("scheme", false)
        ]
    );
    assert_eq!(job_block.block.blocks[0].type_name, "kubernetes_pods");
}

// -- promtool ------------------------------------------------------------

/// `promtool check config FILE` run from `cwd`; fails (never skips) when
/// promtool is missing. Returns whether it succeeded and its output.
fn promtool_check_config(cwd: &Path, file: &Path) -> (bool, String) {
    let output = Command::new("promtool")
        .args(["check", "config"])
        .arg(file)
        .current_dir(cwd)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run promtool ({e}); install it: apt-get install prometheus (or run \
                 scripts/install-tools.sh)"
            )
        });
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

/// Writes `config` to `<dir>/monitoring/prometheus.yml` and, under
/// `monitoring/alerts/`, the rule file `devopsflow_alert_rules` renders for
/// the job `api-service`.
fn write_monitoring(dir: &Path, config: &str) -> std::path::PathBuf {
    let alerts = dir.join("monitoring/alerts");
    std::fs::create_dir_all(&alerts).unwrap();
    let rules = alert_rules::render(&AlertRulesSpec {
        group: "api".to_owned(),
        job: Some("api-service".to_owned()),
        presets: strings(&["high_error_rate", "pod_down"]),
        ..AlertRulesSpec::default()
    })
    .unwrap();
    std::fs::write(alerts.join("api.rules.yml"), rules).unwrap();
    let file = dir.join("monitoring/prometheus.yml");
    std::fs::write(&file, config).unwrap();
    file
}

/// `text` with each `kubernetes_sd_configs` block replaced by a `file_sd_configs`
/// block reading `pods/*.json`.
///
/// Debian's Prometheus (where the tests get promtool and the server) is built without
/// Kubernetes service discovery, so its promtool refuses `kubernetes_sd_configs`. With
/// file discovery in its place it still checks everything else of the job, the pod
/// relabelling included (actions, regular expressions, target labels).
pub(crate) fn with_file_discovery(text: &str) -> String {
    let mut out = String::new();
    let mut skipping: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        if let Some(block_indent) = skipping {
            if indent > block_indent {
                continue;
            }
            skipping = None;
        }
        if line.trim_start() == "kubernetes_sd_configs:" {
            let pad = " ".repeat(indent);
            out.push_str(&format!(
                "{pad}file_sd_configs:\n{pad}  - files:\n{pad}      - pods/*.json\n"
            ));
            skipping = Some(indent);
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn promtool_accepts_the_configs_and_loads_the_rules_relative_to_the_file() {
    let static_only = PrometheusConfigSpec {
        jobs: vec![job("api-service", &["api:8000"])],
        ..sketch()
    };
    for (name, spec) in [
        ("static only", static_only),
        ("sketch", sketch()),
        ("full", full()),
    ] {
        let text = render_ok(&spec);
        let checked = with_file_discovery(&text);
        assert_eq!(
            checked.contains("file_sd_configs"),
            spec.jobs.iter().any(|j| j.kubernetes_pods.is_some()),
            "{name}: only pod discovery is replaced"
        );
        let dir = tempfile::tempdir().unwrap();
        let file = write_monitoring(dir.path(), &checked);
        // Run from elsewhere: the glob resolves against the file's directory.
        let elsewhere = tempfile::tempdir().unwrap();
        let (ok, output) = promtool_check_config(elsewhere.path(), &file);
        assert!(
            ok,
            "{name}: promtool check config failed:\n{output}\n{checked}"
        );
        assert!(
            output.contains("1 rule files found") && output.contains("api.rules.yml"),
            "{name}: the alert rules are found and checked:\n{output}"
        );
    }
}

#[test]
fn promtool_checks_the_rule_files_the_globs_match() {
    // The check above is not vacuous: a broken rule file under the glob fails it.
    let dir = tempfile::tempdir().unwrap();
    let file = write_monitoring(dir.path(), &render_ok(&sketch()));
    std::fs::write(
        dir.path().join("monitoring/alerts/broken.rules.yml"),
        "groups:\n  - name: x\n    rules:\n      - alert: A\n        expr: sum(\n",
    )
    .unwrap();
    let (ok, output) = promtool_check_config(dir.path(), &file);
    assert!(!ok, "a broken rule file fails the check:\n{output}");
}

// -- validation ----------------------------------------------------------

/// The `(path, summary)` of every problem of `spec`.
fn problems(spec: &PrometheusConfigSpec) -> Vec<(String, String)> {
    render(spec)
        .expect_err("invalid")
        .into_iter()
        .map(|e| (e.path.to_string(), e.summary))
        .collect()
}

#[test]
fn every_problem_is_reported_at_its_path_at_once() {
    let mut spec = sketch();
    spec.scrape_interval = "15 s".to_owned();
    spec.evaluation_interval = "0".to_owned();
    spec.rule_files = strings(&["/etc/prometheus/*.yml", "alerts/[a-z.yml", ""]);
    spec.alertmanagers = strings(&["http://alertmanager:9093", "am:9093", "am:9093"]);
    spec.jobs[1].kubernetes_pods = Some(KubernetesPods {
        namespaces: strings(&["Prod"]),
        pod_labels: labels(&[("Example.com/app", "api"), ("app", "-api"), ("ok", "yes")]),
    });
    spec.jobs.push(ScrapeJob {
        metrics_path: "metrics".to_owned(),
        scheme: "ftp".to_owned(),
        ..job("api-service", &["api", "api:0", "api:8000/x"])
    });
    spec.jobs.push(job("", &[]));
    let p = |path: &str, summary: &str| (path.to_owned(), summary.to_owned());
    assert_eq!(
        problems(&spec),
        [
            p("scrape_interval", "Invalid duration"),
            p("evaluation_interval", "Invalid duration"),
            p("rule_files[0]", "Invalid rule file glob"),
            p("rule_files[1]", "Invalid rule file glob"),
            p("rule_files[2]", "Invalid rule file glob"),
            p("alertmanagers[0]", "Invalid address"),
            p("alertmanagers[2]", "Duplicate address"),
            p("job[1].kubernetes_pods.namespaces[0]", "Invalid namespace"),
            p(
                "job[1].kubernetes_pods.pod_labels[\"Example.com/app\"]",
                "Invalid pod label"
            ),
            p(
                "job[1].kubernetes_pods.pod_labels[\"app\"]",
                "Invalid pod label"
            ),
            p("job[2].name", "Duplicate job name"),
            p("job[2].targets[0]", "Invalid address"),
            p("job[2].targets[1]", "Invalid address"),
            p("job[2].targets[2]", "Invalid address"),
            p("job[2].metrics_path", "Invalid metrics path"),
            p("job[2].scheme", "Invalid scheme"),
            p("job[3].name", "Missing job name"),
            p("job[3]", "Job scrapes nothing"),
        ]
    );
}

#[test]
fn error_details_say_what_is_accepted() {
    let mut spec = sketch();
    spec.evaluation_interval = "30 seconds".to_owned();
    spec.jobs.push(job("api-service", &["api:8000"]));
    let errors = render(&spec).expect_err("invalid");
    assert_eq!(errors[0].path, AttributePath::attr("evaluation_interval"));
    assert!(errors[0].detail.contains("\"30 seconds\""), "{errors:?}");
    assert!(errors[0].detail.contains("e.g. \"15s\""), "{errors:?}");
    assert!(
        errors[1].detail.contains("already the name of job 0"),
        "{errors:?}"
    );
}

#[test]
fn addresses() {
    for good in [
        "api:8000",
        "10.0.0.5:9100",
        "[::1]:9090",
        "[2001:db8::1]:1",
        "host_1.example.com:65535",
    ] {
        assert_eq!(host_port(good), Ok(()), "{good}");
    }
    for bad in [
        "",
        "api",
        ":8000",
        "api:",
        "api:0",
        "api:65536",
        "api:80a",
        "api:+80",
        "::1:9090",
        "[::1]9090",
        "[::1:9090",
        "[]:9090",
        "[zz]:9090",
        "http://api:8000",
        "api:8000/metrics",
        "a pi:8000",
    ] {
        assert!(host_port(bad).is_err(), "{bad:?} should be refused");
    }
}

#[test]
fn globs() {
    let glob_errors = |glob: &str| {
        let mut spec = sketch();
        spec.rule_files = vec![glob.to_owned()];
        render(&spec).err().unwrap_or_default().len()
    };
    for good in [
        "a.yml",
        "alerts/*.yml",
        "r/[^x]?.yml",
        "r/[]].yml",
        "a\\*b",
        "../x/*.yml",
    ] {
        assert_eq!(glob_errors(good), 0, "{good}");
    }
    for bad in ["", "  ", "/abs/*.yml", "~/x.yml", "a[", "a[]", "a[^", "a\\"] {
        assert_eq!(glob_errors(bad), 1, "{bad:?} should be refused");
    }
}
