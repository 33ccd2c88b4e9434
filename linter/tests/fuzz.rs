//! Property tests: parsing and linting never panic, whatever the input.

use devopsflow_lint::{Settings, config, lint_sources};
use proptest::prelude::*;

/// Fragments of real Terraform, recombined into mostly-valid programs.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("resource \"aws_s3_bucket\" \"b\" { bucket = var.x }\n".to_owned()),
        Just("resource \"aws_security_group\" \"g\" { ingress { protocol = \"-1\" from_port = 0 to_port = 0 cidr_blocks = [\"0.0.0.0/0\"] } }\n".to_owned()),
        Just("locals { a = local.b\n b = local.a }\n".to_owned()),
        Just("variable \"x\" { default = { a = [1, 2, 3] } }\n".to_owned()),
        Just("resource \"aws_db_instance\" \"d\" { count = length(var.x.a) storage_encrypted = var.x.a[count.index] > 1 }\n".to_owned()),
        Just("resource \"aws_iam_policy\" \"p\" { policy = jsonencode({ Statement = [{ Effect = \"Allow\", Action = \"*\", Resource = \"*\" }] }) }\n".to_owned()),
        Just("dynamic \"ingress\" { for_each = var.x content { from_port = ingress.value } }\n".to_owned()),
        Just("provider \"aws\" { default_tags { tags = merge(var.x, { a = 1 }) } }\n".to_owned()),
        Just("module \"m\" { source = \"./m\" x = [for k, v in var.x : v if k != \"\"] }\n".to_owned()),
        Just("terraform { backend \"s3\" { encrypt = try(var.x.e, false) } }\n".to_owned()),
        "[a-z_{}\\[\\]()=\"$.,:*?<>!0-9 \n-]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(text in "\\PC{0,200}") {
        let _ = lint_sources(&[("main.tf", &text)], &Settings::default());
    }

    #[test]
    fn recombined_terraform_never_panics(parts in proptest::collection::vec(fragment(), 0..12)) {
        let text = parts.concat();
        let vars = "x = { a = [3], e = true }\n";
        let _ = lint_sources(&[("main.tf", &text), ("terraform.tfvars", vars)], &Settings::default());
    }

    #[test]
    fn config_parsing_never_panics(text in "\\PC{0,120}") {
        let _ = config::parse(&text, "fuzz.hcl");
    }
}
