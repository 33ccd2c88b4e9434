//! The settings every artifact resource has besides its inputs: file modes, what to do
//! with a file the resource did not write, whether to keep files on destroy, and
//! whether the files are managed or scaffolded.

use tfplug::{Attribute, AttributePath, Diagnostic, Diagnostics, Type, Value};

/// The default `file_permission`.
pub(crate) const DEFAULT_FILE_MODE: &str = "0644";
/// The default `directory_permission`.
pub(crate) const DEFAULT_DIR_MODE: &str = "0755";

/// What apply does at a path that holds a file the resource did not write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnConflict {
    /// The plan warns, apply overwrites.
    Warn,
    /// The plan (and apply) fail; nothing is written.
    Error,
    /// Apply overwrites and owns it, without a warning.
    Adopt,
}

/// The resolved settings of one resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Settings {
    pub(crate) file_mode: u32,
    pub(crate) dir_mode: u32,
    pub(crate) on_conflict: OnConflict,
    pub(crate) keep_on_destroy: bool,
    pub(crate) scaffold: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            file_mode: 0o644,
            dir_mode: 0o755,
            on_conflict: OnConflict::Warn,
            keep_on_destroy: false,
            scaffold: false,
        }
    }
}

/// The settings' attributes, added to every artifact resource's schema.
pub(crate) fn attributes() -> Vec<Attribute> {
    vec![
        Attribute::optional_computed("file_permission", Type::String).description(
            "Permission bits of the files written, as an octal string (`\"0644\"`, the \
             default, or `\"0600\"`...). Set exactly, whatever the umask. A mode changed on \
             disk shows as an update.",
        ),
        Attribute::optional_computed("directory_permission", Type::String).description(
            "Permission bits of the directories the resource creates, as an octal string \
             (default `\"0755\"`). Set exactly, whatever the umask; a mode changed on disk \
             (of a directory it created) shows as an update. Directories that existed before \
             are left as they are.",
        ),
        Attribute::optional("on_conflict", Type::String).description(
            "What to do at a path that already holds a file this resource did not write: \
             `\"warn\"` (the default: the plan warns, apply overwrites), `\"error\"` (the plan \
             fails and nothing is written) or `\"adopt\"` (apply overwrites it and owns it, \
             without a warning).",
        ),
        Attribute::optional("keep_on_destroy", Type::Bool).description(
            "When `true`, the resource never deletes a file: destroy leaves its files on disk \
             (it stops managing them), and so does an update that stops rendering one. Takes \
             effect once applied.",
        ),
        sensitive_attribute(
            "When `true`, the rendered text goes to `sensitive_content` (single-file \
             resources) or `sensitive_files` instead of `content`/`files`, which stay null: \
             plans, `terraform show` and outputs show `(sensitive value)` instead of the \
             text. Set it whenever an argument holds a secret, since Terraform does not tell \
             a provider which values are sensitive and shows computed text in clear \
             otherwise. Default `false`.",
        ),
        Attribute::optional("lifecycle_mode", Type::String).description(
            "`\"managed\"` (the default): the files follow the configuration and edits on disk \
             show as drift. `\"scaffold\"`: each file is written once, when it is missing; \
             later edits on disk are the user's and never show as drift, and a changed \
             configuration does not rewrite an existing file. `content`/`files` then hold the \
             rendered text, not the text on disk.",
        ),
    ]
}

/// The `sensitive` argument, shared by resources and data sources.
pub(crate) fn sensitive_attribute(description: &str) -> Attribute {
    Attribute::optional("sensitive", Type::Bool).description(description)
}

/// Parses an octal mode string: three or four octal digits.
pub(crate) fn parse_mode(text: &str) -> Option<u32> {
    if !(3..=4).contains(&text.len()) || !text.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return None;
    }
    u32::from_str_radix(text, 8).ok()
}

/// A mode as the four-digit octal string the attributes hold.
pub(crate) fn format_mode(mode: u32) -> String {
    format!("{mode:04o}")
}

fn string<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    value.get_attr(name).and_then(Value::as_str)
}

/// Reads the settings of a configuration or state; every bad value is reported on its
/// attribute, all at once. Unknown values read as the default.
pub(crate) fn parse(value: &Value) -> Result<Settings, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    let mut settings = Settings::default();
    let mut mode = |name: &str, slot: &mut u32| {
        if let Some(text) = string(value, name) {
            match parse_mode(text) {
                Some(mode) => *slot = mode,
                None => diagnostics.push(
                    Diagnostic::error(
                        format!("Invalid {name}"),
                        format!(
                            "{text:?} is not an octal mode: give three or four octal digits, \
                             such as \"0644\"."
                        ),
                    )
                    .at(AttributePath::attr(name)),
                ),
            }
        }
    };
    mode("file_permission", &mut settings.file_mode);
    mode("directory_permission", &mut settings.dir_mode);
    match string(value, "on_conflict") {
        None | Some("warn") => {}
        Some("error") => settings.on_conflict = OnConflict::Error,
        Some("adopt") => settings.on_conflict = OnConflict::Adopt,
        Some(other) => diagnostics.push(
            Diagnostic::error(
                "Invalid on_conflict",
                format!("{other:?} is not one of \"warn\", \"error\", \"adopt\"."),
            )
            .at(AttributePath::attr("on_conflict")),
        ),
    }
    match string(value, "lifecycle_mode") {
        None | Some("managed") => {}
        Some("scaffold") => settings.scaffold = true,
        Some(other) => diagnostics.push(
            Diagnostic::error(
                "Invalid lifecycle_mode",
                format!("{other:?} is not one of \"managed\", \"scaffold\"."),
            )
            .at(AttributePath::attr("lifecycle_mode")),
        ),
    }
    settings.keep_on_destroy = matches!(value.get_attr("keep_on_destroy"), Some(Value::Bool(true)));
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(settings)
    }
}

/// The planned values of the two mode attributes: the configured ones, else the defaults.
pub(crate) fn planned_modes(config: &Value) -> [(&'static str, Value); 2] {
    let pick = |name: &str, default: &str| {
        Value::String(string(config, name).unwrap_or(default).to_string())
    };
    [
        (
            "file_permission",
            pick("file_permission", DEFAULT_FILE_MODE),
        ),
        (
            "directory_permission",
            pick("directory_permission", DEFAULT_DIR_MODE),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, Value)]) -> Value {
        Value::Object(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn modes_are_octal_strings() {
        assert_eq!(parse_mode("0644"), Some(0o644));
        assert_eq!(parse_mode("600"), Some(0o600));
        for bad in ["", "64", "0648", "u+rw", "07777x", "12345"] {
            assert_eq!(parse_mode(bad), None, "{bad}");
        }
        assert_eq!(format_mode(0o600), "0600");
    }

    #[test]
    fn every_bad_setting_is_reported_on_its_attribute() {
        let bad = config(&[
            ("file_permission", Value::String("rw".into())),
            ("directory_permission", Value::String("0999".into())),
            ("on_conflict", Value::String("ignore".into())),
            ("lifecycle_mode", Value::String("once".into())),
        ]);
        let Err(diagnostics) = parse(&bad) else {
            panic!("accepted");
        };
        let paths: Vec<String> = diagnostics
            .as_slice()
            .iter()
            .map(|d| format!("{:?}", d.attribute))
            .collect();
        assert_eq!(paths.len(), 4, "{paths:?}");
        for name in [
            "file_permission",
            "directory_permission",
            "on_conflict",
            "lifecycle_mode",
        ] {
            assert!(paths.iter().any(|p| p.contains(name)), "{name}: {paths:?}");
        }
    }

    #[test]
    fn unset_settings_are_the_defaults() {
        assert_eq!(parse(&config(&[])), Ok(Settings::default()));
        let set = config(&[
            ("file_permission", Value::String("0600".into())),
            ("on_conflict", Value::String("adopt".into())),
            ("keep_on_destroy", Value::Bool(true)),
            ("lifecycle_mode", Value::String("scaffold".into())),
        ]);
        let settings = parse(&set).expect("valid");
        assert_eq!(settings.file_mode, 0o600);
        assert_eq!(settings.on_conflict, OnConflict::Adopt);
        assert!(settings.keep_on_destroy && settings.scaffold);
    }
}
