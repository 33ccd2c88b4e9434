//! Every runnable example under `examples/` applies, plans empty and destroys cleanly
//! under real Terraform (1.0.3 and a current 1.x), with the null provider where an
//! example uses it as a sink.

use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, repo_root, state_addresses};

/// `examples/**/main.tf` that use the provider.
fn provider_examples() -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.file_name().is_some_and(|n| n == "main.tf") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                if text.contains("devopsflow/devopsflow") {
                    out.push(path);
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(&repo_root().join("examples"), &mut found);
    found.sort();
    found
}

#[test]
fn every_example_applies_and_destroys() {
    let examples = provider_examples();
    assert!(
        examples.len() >= 8,
        "expected the provider examples, found {examples:?}"
    );
    for tf in Terraform::all() {
        for example in &examples {
            let config = std::fs::read_to_string(example).expect("read example");
            // Examples may feed our text into the null provider (examples/data-source).
            let mut providers = vec![ProviderOverride::devopsflow()];
            if config.contains("hashicorp/null") {
                providers.push(ProviderOverride::null());
            }
            let ws = Workspace::new(&tf, &providers);
            ws.set_config(&config);
            ws.apply();
            assert_eq!(
                ws.plan_exitcode(true),
                0,
                "{tf}: {}: plan after apply",
                example.display()
            );
            ws.destroy();
            assert!(
                state_addresses(&ws.show_state_json()).is_empty(),
                "{tf}: {}: destroyed",
                example.display()
            );
        }
    }
}
