//! `provider::devopsflow::k8s_name(text)`: a Kubernetes name (DNS-1123 label) from any text.

use tfplug::function::{Function, FunctionError, Parameter};
use tfplug::{Type, Value};

/// The longest DNS-1123 label.
const MAX_LEN: usize = 63;

/// The function.
pub(crate) struct K8sName;

impl Function for K8sName {
    fn name(&self) -> &'static str {
        "k8s_name"
    }

    fn parameters(&self) -> Vec<Parameter> {
        vec![Parameter::new("text", Type::String).description(
            "Any text: a service name, a branch name, an environment name such as `Prod_EU`.",
        )]
    }

    fn return_type(&self) -> Type {
        Type::String
    }

    fn summary(&self) -> &str {
        "Turns text into a valid Kubernetes name (a DNS-1123 label)"
    }

    fn description(&self) -> &str {
        "Returns `text` as a DNS-1123 label, the form Kubernetes requires of most object names \
         (namespaces, services, labels' values of names): lower case letters, digits and `-`, \
         starting and ending with a letter or digit, at most 63 characters.\n\n\
         ASCII letters are lower-cased. Every other character that is not a letter or digit \
         (`_`, spaces, dots, slashes, non-ASCII letters) becomes `-`, runs of `-` become one, \
         and `-` is trimmed from both ends. A result longer than 63 characters is cut to 63, \
         then trimmed again. The same text always gives the same name.\n\n\
         Text with no ASCII letter or digit (for example `\"__\"` or `\"\"`) is an error on \
         the argument.\n\n\
         ```terraform\n\
         output \"namespace\" {\n  \
           value = provider::devopsflow::k8s_name(\"Team_Payments EU\") # \"team-payments-eu\"\n\
         }\n\
         ```"
    }

    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        let text = args.first().and_then(Value::as_str).unwrap_or_default();
        label(text).map(Value::String).ok_or_else(|| {
            FunctionError::argument(
                0,
                format!(
                    "{text:?} has no ASCII letter or digit, so it gives no Kubernetes name; \
                     a name needs at least one of a-z, 0-9"
                ),
            )
        })
    }
}

/// The DNS-1123 label for `text`, if it has a letter or digit.
fn label(text: &str) -> Option<String> {
    let mut name = String::with_capacity(text.len().min(MAX_LEN));
    for c in text.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
        if name.len() > MAX_LEN {
            break;
        }
    }
    name.truncate(MAX_LEN);
    let name = name.trim_end_matches('-');
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::functions::test_support::call;

    fn is_dns1123_label(name: &str) -> bool {
        !name.is_empty()
            && name.len() <= MAX_LEN
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !name.starts_with('-')
            && !name.ends_with('-')
    }

    #[test]
    fn separators_become_one_hyphen_and_case_is_lowered() {
        for (text, name) in [
            ("api", "api"),
            ("Team_Payments EU", "team-payments-eu"),
            ("my.app__v2", "my-app-v2"),
            ("  --Prod_EU--  ", "prod-eu"),
            ("feature/JIRA-123: fix", "feature-jira-123-fix"),
            ("café", "caf"),
            ("0-day", "0-day"),
        ] {
            assert_eq!(label(text).as_deref(), Some(name), "{text:?}");
        }
    }

    #[test]
    fn long_text_is_cut_to_63_without_a_trailing_hyphen() {
        let text = format!("{}_{}", "a".repeat(62), "b".repeat(10));
        let name = label(&text).expect("a name");
        assert_eq!(name, "a".repeat(62));
        let name = label(&"x".repeat(200)).expect("a name");
        assert_eq!(name.len(), 63);
        for text in [text.as_str(), "A_b.C d", "9", "ÀÉÎ x ÕÜ"] {
            let name = label(text).expect("a name");
            assert!(is_dns1123_label(&name), "{text:?} gave {name:?}");
        }
    }

    #[test]
    fn text_without_a_letter_or_digit_has_no_name() {
        for text in ["", "__", " . ", "éé"] {
            assert_eq!(label(text), None, "{text:?}");
        }
    }

    #[test]
    fn terraform_gets_the_name_or_an_error_on_argument_0() {
        assert_eq!(
            call("k8s_name", vec!["Prod_EU".into()]),
            Ok(Value::from("prod-eu"))
        );
        let error = call("k8s_name", vec!["__".into()]).expect_err("no name");
        assert_eq!(error.argument, Some(0));
        assert!(
            error.message.contains("no ASCII letter or digit"),
            "{error:?}"
        );
    }
}
