//! `provider::devopsflow::promql_valid(expr)`: whether a PromQL expression parses.

use tfplug::function::{Function, FunctionError, Parameter};
use tfplug::{Type, Value};

/// The function.
pub(crate) struct PromqlValid;

impl Function for PromqlValid {
    fn name(&self) -> &'static str {
        "promql_valid"
    }

    fn parameters(&self) -> Vec<Parameter> {
        vec![Parameter::new("expr", Type::String).description("A PromQL expression.")]
    }

    fn return_type(&self) -> Type {
        Type::Bool
    }

    fn summary(&self) -> &str {
        "Whether a PromQL expression parses"
    }

    fn description(&self) -> &str {
        "Returns `true` when `expr` is a PromQL expression that parses, `false` otherwise \
         (an empty or blank text included). It uses the parser that checks the expressions \
         of `devopsflow_alert_rules` at plan time (`promql-parser`), so an expression it \
         accepts passes that check. It checks syntax only: metric and label names are not \
         looked up anywhere.\n\n\
         Use it in a variable's `validation` block (Terraform 1.8+), so that a bad \
         expression is reported on the variable:\n\n\
         ```terraform\n\
         variable \"backlog_expr\" {\n  \
           type    = string\n  \
           default = \"sum(queue_depth{job=\\\"api\\\"}) > 100\"\n  \
           validation {\n    \
             condition     = provider::devopsflow::promql_valid(var.backlog_expr)\n    \
             error_message = \"backlog_expr must be a PromQL expression.\"\n  \
           }\n\
         }\n\
         ```"
    }

    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        let expr = args.first().and_then(Value::as_str).unwrap_or_default();
        Ok(Value::Bool(parses(expr)))
    }
}

/// Whether `expr` parses, by the same check the alert rules run at plan (a panic in
/// the third-party parser counts as "does not parse").
fn parses(expr: &str) -> bool {
    crate::render::alert_rules::parse_promql(expr).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::functions::test_support::call;

    #[test]
    fn valid_expressions_parse() {
        for expr in [
            "up",
            "sum(rate(http_requests_total{job=\"api\", code=~\"5..\"}[5m])) by (job) > 0.05",
            "histogram_quantile(0.99, sum by (le) (rate(latency_bucket[5m])))",
            "kube_pod_status_ready{condition=\"false\"} == 1",
        ] {
            assert!(parses(expr), "{expr}");
        }
    }

    #[test]
    fn invalid_expressions_do_not() {
        for expr in [
            "",
            "   ",
            "sum(",
            "rate(up[5x])",
            "up{job=}",
            "1 +",
            "{{ $value }}",
        ] {
            assert!(!parses(expr), "{expr:?}");
        }
    }

    #[test]
    fn terraform_gets_a_bool() {
        assert_eq!(
            call("promql_valid", vec!["rate(up[5m]) > 0".into()]),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            call("promql_valid", vec!["sum(".into()]),
            Ok(Value::Bool(false))
        );
    }
}
