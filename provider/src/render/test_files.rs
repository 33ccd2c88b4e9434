//! Helpers for the renderers' tests: finding rendered files and snapshotting them.

#![allow(clippy::expect_used)]

/// The names of rendered files.
pub(crate) fn names(files: &[(String, String)]) -> Vec<&str> {
    files.iter().map(|(n, _)| n.as_str()).collect()
}

/// The text of the rendered file `name`; panics, listing the files, when there is none.
pub(crate) fn file<'a>(files: &'a [(String, String)], name: &str) -> &'a str {
    files
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("no {name} in {:?}", names(files)))
}

/// All files, each after a `### name` line, for snapshots.
pub(crate) fn concatenated(files: &[(String, String)]) -> String {
    files
        .iter()
        .map(|(name, text)| format!("### {name}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Snapshots every file of a render as `render/snapshots/<name>.snap`.
pub(crate) fn assert_snapshot_named(name: &str, files: &[(String, String)]) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots");
    settings.bind(|| insta::assert_snapshot!(name, concatenated(files)));
}

/// Snapshots one text as `render/snapshots/<name>.snap`, without the asserting expression.
#[track_caller]
pub(crate) fn assert_text_snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots");
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, text));
}
