//! The registry pack's modules, one fixture each under `tests/inputs/pack/`:
//! an insecure call is reported at its `module` block, a secure one is not,
//! and a call whose `version` admits no described release is not judged.

use std::path::Path;
use std::process::Command;

/// The JSON report of the linter run in `tests/inputs/pack/<module>`.
fn report(module: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/inputs/pack")
        .join(module);
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(["--format", "json", "."])
        .current_dir(&dir)
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `(rule, line, range)` of every finding of `main.tf`, where `range` is the
/// pack's release range the message names.
fn findings(stdout: &str) -> Vec<(String, u64, String)> {
    let report: serde_json::Value = serde_json::from_str(stdout).expect("the report is JSON");
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["file"] == "main.tf")
        .map(|f| {
            let message = f["message"].as_str().unwrap_or_default();
            let range = message
                .rsplit_once("(registry pack: releases ")
                .map(|(_, r)| r.trim_end_matches(')').to_owned())
                .unwrap_or_default();
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["line"].as_u64().unwrap_or_default(),
                range,
            )
        })
        .collect()
}

fn at(found: &[(String, u64, String)], rule: &str, line: u64) -> Vec<String> {
    found
        .iter()
        .filter(|(r, l, _)| r == rule && *l == line)
        .map(|(_, _, range)| range.clone())
        .collect()
}

#[test]
fn rds_aurora_calls_are_judged_by_the_pack() {
    let stdout = report("rds-aurora");
    let found = findings(&stdout);
    // 3.x: unencrypted storage and public reader instances.
    assert_eq!(at(&found, "DFL103", 8), ["3.0.0–3.13.0"], "{stdout}");
    assert_eq!(at(&found, "DFL211", 8), ["3.0.0–3.13.0"], "{stdout}");
    // 9.x: the public instance of the `instances` map; storage encrypted by
    // the module's default.
    assert_eq!(at(&found, "DFL211", 20), ["9.0.0–9.16.1"], "{stdout}");
    assert!(at(&found, "DFL103", 20).is_empty(), "{stdout}");
    // 7.x: the module-wide `publicly_accessible` reaches every instance.
    assert_eq!(at(&found, "DFL103", 56), ["7.7.0–7.7.1"], "{stdout}");
    assert_eq!(at(&found, "DFL211", 56), ["7.7.0–7.7.1"], "{stdout}");
    // 10.x with the defaults, and a constraint that admits no release.
    assert!(
        found.iter().all(|(_, l, _)| *l != 33 && *l != 45),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn ec2_instance_calls_are_judged_by_the_pack() {
    let stdout = report("ec2-instance");
    let found = findings(&stdout);
    // 2.x: a public address, and an `ebs_block_device` entry unencrypted.
    assert_eq!(at(&found, "DFL209", 8), ["2.19.0–2.21.0"], "{stdout}");
    assert_eq!(at(&found, "DFL105", 8), ["2.19.0–2.21.0"], "{stdout}");
    // 5.x: a `root_block_device` entry without `encrypted`.
    assert_eq!(at(&found, "DFL105", 25), ["5.0.0–5.8.0"], "{stdout}");
    // 6.x: `ebs_volumes` become volumes of their own.
    assert_eq!(at(&found, "DFL104", 38), ["6.0.0–6.4.0"], "{stdout}");
    assert!(at(&found, "DFL105", 38).is_empty(), "{stdout}");
    // Encrypted and private; and a constraint that admits no release.
    assert!(
        found.iter().all(|(_, l, _)| *l != 54 && *l != 70),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn autoscaling_calls_are_judged_by_the_pack() {
    let stdout = report("autoscaling");
    let found = findings(&stdout);
    // 3.x: the launch configuration's `ebs_block_device` is unencrypted.
    assert_eq!(at(&found, "DFL106", 8), ["3.5.0–3.9.0"], "{stdout}");
    // 4.x: the launch template's volume, and its public interfaces.
    assert_eq!(at(&found, "DFL106", 21), ["4.0.0–4.11.0"], "{stdout}");
    assert_eq!(at(&found, "DFL209", 21), ["4.0.0–4.11.0"], "{stdout}");
    // 9.x: `encrypted = false` in a block device mapping.
    assert_eq!(at(&found, "DFL106", 37), ["9.0.0–9.2.1"], "{stdout}");
    // 5.1.0 and later: the launch template is created by default.
    assert_eq!(at(&found, "DFL106", 74), ["5.2.0"], "{stdout}");
    // Encrypted and private; and a constraint that admits no release.
    assert!(
        found.iter().all(|(_, l, _)| *l != 48 && *l != 62),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn eks_calls_are_judged_by_the_pack() {
    let stdout = report("eks");
    let found = findings(&stdout);
    // 17.x: public to the world by default; secrets not envelope-encrypted.
    assert_eq!(at(&found, "DFL212", 9), ["17.0.0–17.24.0"], "{stdout}");
    assert_eq!(at(&found, "DFL128", 9), ["17.0.0–17.24.0"], "{stdout}");
    // 21.x: made public without limiting the ranges; the module's
    // `encryption_config` default encrypts secrets.
    assert_eq!(at(&found, "DFL212", 20), ["21.0.0–21.19.0"], "{stdout}");
    assert!(at(&found, "DFL128", 20).is_empty(), "{stdout}");
    // Private by default from 19.0.0, public from one range only; and a
    // constraint that admits no release.
    assert!(
        found
            .iter()
            .all(|(_, l, _)| *l != 33 && *l != 44 && *l != 57),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn alb_calls_are_judged_by_the_pack() {
    let stdout = report("alb");
    let found = findings(&stdout);
    // 5.x: plain HTTP forwarded, before and after `action_type` (5.3.0).
    assert_eq!(at(&found, "DFL117", 8), ["5.1.0–5.16.0"], "{stdout}");
    // 8.x: the redirect is honoured; the default TLS policy is outdated.
    assert!(at(&found, "DFL117", 20).is_empty(), "{stdout}");
    assert_eq!(at(&found, "DFL118", 20), ["8.0.0–8.7.0"], "{stdout}");
    // 9.x: an HTTP listener of `listeners` that forwards.
    assert_eq!(at(&found, "DFL117", 39), ["9.0.0–9.17.0"], "{stdout}");
    // Redirect and the module's modern policy; and a constraint that admits
    // no release.
    assert!(
        found.iter().all(|(_, l, _)| *l != 54 && *l != 75),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn rds_calls_before_2_21_are_judged_by_the_pack() {
    let stdout = report("rds");
    let found = findings(&stdout);
    // The "" defaults of 1.x and 2.x releases are not a replica or a
    // snapshot restore: every admitted release is unencrypted.
    assert_eq!(at(&found, "DFL102", 8), ["2.9.0–2.35.0"], "{stdout}");
    assert_eq!(at(&found, "DFL102", 16), ["1.37.0"], "{stdout}");
    assert!(at(&found, "DFL102", 24).is_empty(), "{stdout}");
    insta::assert_snapshot!(stdout);
}
