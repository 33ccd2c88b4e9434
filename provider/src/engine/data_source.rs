//! The data source twin of every artifact resource: the same arguments without the
//! output location, and the rendered text as attributes, for any other sink
//! (`github_repository_file`, `kubernetes_manifest`, a module output...).
//!
//! A data source renders exactly what its resource renders; it writes nothing and reads
//! nothing from disk, so neither the provider's `root_dir` nor `content_in_state` changes it.
//!
//! ## Where the files are
//!
//! The resource's location attribute ([`ArtifactKind::LOCATION_ATTRIBUTE`]) is not an
//! argument. The kind renders at a neutral location, which is then taken off the paths:
//! - [`Layout::Files`] kinds: every key of `files` is the file's path relative to the
//!   directory the resource writes to (its `output_dir`, or that attribute's default).
//!   The resource with `output_dir = "d"` writes `d/<key>` for every key.
//! - [`Layout::File`] kinds: `content` is the text the resource writes at its `path`;
//!   `files` holds that text too, under the kind's short name (the type name without
//!   `devopsflow_`, e.g. `alert_rules`), since the file has no name until a sink gives it one,
//!   and the kind's extra files ([`ArtifactKind::EXTRA_FILES`]) under their paths relative
//!   to the directory of `path` (e.g. `runbooks/pod-down.md`).
//!
//! `id` is a hex SHA-256: of the text for one file (the resource's `sha256`), else over
//! every key of `files` and its text, in key order.

use std::collections::BTreeMap;
use std::marker::PhantomData;

use tfplug::{Attribute, Block, Context, DataSource, Diagnostic, Diagnostics, Schema, Type, Value};

use super::{ArtifactKind, Layout, files_sha256, settings, with_attr, with_texts};

/// The location a data source renders at; no rendered path may keep it.
const NEUTRAL_LOCATION: &str = "devopsflow-data-source";

/// The data source built from an [`ArtifactKind`].
pub(crate) struct ArtifactDataSource<K> {
    _kind: PhantomData<fn() -> K>,
}

impl<K: ArtifactKind> Default for ArtifactDataSource<K> {
    fn default() -> Self {
        Self { _kind: PhantomData }
    }
}

impl<K: ArtifactKind> ArtifactDataSource<K> {
    /// The `files` key of the one file of a [`Layout::File`] kind (the type name without
    /// `devopsflow_`), which also names the kind's renderer function.
    pub(crate) fn file_name() -> &'static str {
        K::TYPE_NAME
            .strip_prefix("devopsflow_")
            .unwrap_or(K::TYPE_NAME)
    }

    /// The resource's inputs without the location attribute.
    fn inputs() -> Block {
        let mut block = K::inputs();
        block
            .attributes
            .retain(|attribute| attribute.name != K::LOCATION_ATTRIBUTE);
        block
    }

    /// Renders a wholly known configuration: path relative to the location => text.
    pub(crate) fn render(config: &Value) -> Result<BTreeMap<String, String>, Diagnostics> {
        let located = with_attr(
            config,
            K::LOCATION_ATTRIBUTE,
            Value::String(NEUTRAL_LOCATION.to_string()),
        );
        let mut files = BTreeMap::new();
        for (path, text) in K::render(&located)? {
            let relative = match K::LAYOUT {
                Layout::File if path == NEUTRAL_LOCATION => Some(Self::file_name()),
                Layout::File => K::EXTRA_FILES.map(|_| path.as_str()),
                Layout::Files => path
                    .strip_prefix(NEUTRAL_LOCATION)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .filter(|rest| !rest.is_empty()),
            };
            let Some(relative) = relative else {
                return Err(Diagnostic::error(
                    "Cannot render artifact",
                    format!(
                        "{} rendered {path:?}, outside the location it was given; this is a \
                         bug in the provider.",
                        K::TYPE_NAME
                    ),
                )
                .into());
            };
            files.insert(relative.to_string(), text);
        }
        Ok(files)
    }

    /// The state of a read: the configuration plus the computed attributes, from the
    /// rendered files, or all `absent` (unknown or null) without them.
    fn state(config: &Value, files: Option<&BTreeMap<String, String>>, absent: &Value) -> Value {
        let (id, texts, content) = match files {
            Some(files) => (
                Value::String(files_sha256(files)),
                Value::Map(
                    files
                        .iter()
                        .map(|(path, text)| (path.clone(), Value::String(text.clone())))
                        .collect(),
                ),
                files
                    .get(Self::file_name())
                    .or_else(|| files.values().next())
                    .map_or(Value::Null, |text| Value::String(text.clone())),
            ),
            None => (absent.clone(), absent.clone(), absent.clone()),
        };
        let state = with_attr(config, "id", id);
        // Unknown `sensitive`: every text attribute is unknown; else the text goes to the
        // plain attributes or their sensitive twins, and the others are null.
        if config.get_attr("sensitive") == Some(&Value::Unknown) {
            let state = with_attr(&state, "files", Value::Unknown);
            let state = with_attr(&state, "sensitive_files", Value::Unknown);
            return match K::LAYOUT {
                Layout::File => with_texts(Layout::File, &state, Value::Unknown),
                Layout::Files => state,
            };
        }
        let (files_name, content_name) = if super::is_sensitive(config) {
            ("sensitive_files", "sensitive_content")
        } else {
            ("files", "content")
        };
        let state = with_attr(&state, "files", Value::Null);
        let state = with_attr(&state, "sensitive_files", Value::Null);
        let state = with_attr(&state, files_name, texts);
        match K::LAYOUT {
            Layout::File => {
                let state = with_texts(Layout::File, &state, Value::Null);
                with_attr(&state, content_name, content)
            }
            Layout::Files => state,
        }
    }
}

#[tfplug::async_trait]
impl<K: ArtifactKind> DataSource for ArtifactDataSource<K> {
    fn type_name(&self) -> &'static str {
        K::TYPE_NAME
    }

    fn schema(&self) -> Schema {
        let (files_doc, location_doc) = match K::LAYOUT {
            Layout::File => (
                format!(
                    "The rendered file, under the key `{}` (it has no path until a sink gives \
                     it one) => its text, the same as `content`.{}",
                    Self::file_name(),
                    K::EXTRA_FILES.map_or(String::new(), |what| format!(
                        " {what} too, under their paths relative to the directory of the \
                         resource's `{}`.",
                        K::LOCATION_ATTRIBUTE
                    ))
                ),
                format!(
                    "There is no `{}`: the text does not depend on it.",
                    K::LOCATION_ATTRIBUTE
                ),
            ),
            Layout::Files => (
                format!(
                    "Every rendered file: path relative to the resource's `{0}` => text. The \
                     resource with `{0} = \"d\"` (or its default) writes `d/<path>`.",
                    K::LOCATION_ATTRIBUTE
                ),
                format!(
                    "There is no `{}`: the paths in `files` are relative to it.",
                    K::LOCATION_ATTRIBUTE
                ),
            ),
        };
        let mut block = Self::inputs().description(format!(
            "Renders the text the `{name}` resource writes, from the same arguments, without \
             writing or reading any file: for other sinks such as `github_repository_file` or \
             `kubernetes_manifest`, or a module output. {location_doc} Bad arguments fail the \
             plan with the same errors as the resource's.\n\n{description}",
            name = K::TYPE_NAME,
            description = K::DESCRIPTION,
        ));
        block.attributes.insert(
            0,
            Attribute::computed("id", Type::String).description(
                "Hex SHA-256 of the rendered text: for one file, of its text (the `sha256` the \
                 resource records); for several, over each path in `files` and its text, in \
                 path order.",
            ),
        );
        block.attributes.push(settings::sensitive_attribute(
            "When `true`, the text goes to `sensitive_files` (and `sensitive_content`) instead \
             of `files` (and `content`), which stay null: plans, `terraform show` and outputs \
             show `(sensitive value)`. Terraform does not tell a provider which values are \
             sensitive, so set it whenever an argument holds a secret. Default `false`.",
        ));
        if K::LAYOUT == Layout::File {
            block
                .attributes
                .push(Attribute::computed("content", Type::String).description(
                    "The file's text, as the resource writes it at its `path`; null when \
                 `sensitive` is `true`.",
                ));
            block.attributes.push(
                Attribute::computed("sensitive_content", Type::String)
                    .sensitive()
                    .description(
                        "The file's text when `sensitive` is `true` (else null); shown as \
                         `(sensitive value)`.",
                    ),
            );
        }
        block.attributes.push(
            Attribute::computed("files", Type::Map(Box::new(Type::String)))
                .description(format!("{files_doc} Null when `sensitive` is `true`.")),
        );
        block.attributes.push(
            Attribute::computed("sensitive_files", Type::Map(Box::new(Type::String)))
                .sensitive()
                .description(
                    "The same map as `files` when `sensitive` is `true` (else null); shown as \
                     `(sensitive value)`.",
                ),
        );
        Schema::new(block)
    }

    async fn validate(&self, _ctx: &Context, config: &Value) -> Diagnostics {
        // Unknown values are checked when Terraform knows them, at read.
        if !config.is_wholly_known() {
            return Diagnostics::new();
        }
        match Self::render(config) {
            Ok(_) => Diagnostics::new(),
            Err(diagnostics) => diagnostics,
        }
    }

    async fn read(&self, _ctx: &Context, config: Value) -> (Value, Diagnostics) {
        // Terraform defers a read whose configuration is not wholly known; should one
        // come anyway, the result is unknown rather than an error.
        if !config.is_wholly_known() {
            return (
                Self::state(&config, None, &Value::Unknown),
                Diagnostics::new(),
            );
        }
        match Self::render(&config) {
            Ok(files) => (
                Self::state(&config, Some(&files), &Value::Null),
                Diagnostics::new(),
            ),
            Err(diagnostics) => (Self::state(&config, None, &Value::Null), diagnostics),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kind whose renderer writes where its configuration's `dir` says, plus `extra`.
    struct Stray<const FILE: bool>;

    impl<const FILE: bool> ArtifactKind for Stray<FILE> {
        const TYPE_NAME: &'static str = "devopsflow_stray";
        const DESCRIPTION: &'static str = "A test kind.";
        const LAYOUT: Layout = if FILE { Layout::File } else { Layout::Files };
        const LOCATION_ATTRIBUTE: &'static str = "dir";

        fn inputs() -> Block {
            Block::new()
                .attribute(Attribute::optional("dir", Type::String))
                .attribute(Attribute::required("extra", Type::String))
        }

        fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
            let dir = config.get_attr("dir").and_then(Value::as_str).unwrap_or("");
            let extra = config
                .get_attr("extra")
                .and_then(Value::as_str)
                .unwrap_or("");
            let path = if FILE {
                format!("{dir}{extra}")
            } else {
                format!("{dir}/{extra}")
            };
            Ok(vec![(path, "text".to_string())])
        }
    }

    fn config(extra: &str) -> Value {
        Value::object([("extra", Value::String(extra.to_string()))])
    }

    #[test]
    fn paths_lose_the_location() {
        let files = ArtifactDataSource::<Stray<false>>::render(&config("a/b.yml")).expect("ok");
        assert_eq!(files, BTreeMap::from([("a/b.yml".into(), "text".into())]));
        let file = ArtifactDataSource::<Stray<true>>::render(&config("")).expect("ok");
        assert_eq!(file, BTreeMap::from([("stray".into(), "text".into())]));
    }

    #[test]
    fn a_path_outside_the_location_is_an_error() {
        for result in [
            ArtifactDataSource::<Stray<false>>::render(&config("")),
            ArtifactDataSource::<Stray<true>>::render(&config(".bak")),
        ] {
            let diagnostics = result.expect_err("outside the location");
            assert!(diagnostics.has_errors());
            assert!(
                diagnostics.as_slice()[0]
                    .detail
                    .contains("outside the location"),
                "{diagnostics:?}"
            );
        }
    }

    #[test]
    fn sensitive_text_goes_only_to_the_sensitive_twins() {
        let files = BTreeMap::from([("stray".to_string(), "secret".to_string())]);
        let config = with_attr(&config(""), "sensitive", Value::Bool(true));
        let state = ArtifactDataSource::<Stray<true>>::state(&config, Some(&files), &Value::Null);
        assert_eq!(state.get_attr("content"), Some(&Value::Null));
        assert_eq!(state.get_attr("files"), Some(&Value::Null));
        assert_eq!(
            state.get_attr("sensitive_content"),
            Some(&Value::String("secret".into()))
        );
        assert!(matches!(state.get_attr("sensitive_files"), Some(Value::Map(m)) if m.len() == 1));
        let plain = ArtifactDataSource::<Stray<true>>::state(
            &crate::engine::with_attr(&config, "sensitive", Value::Bool(false)),
            Some(&files),
            &Value::Null,
        );
        assert_eq!(plain.get_attr("sensitive_content"), Some(&Value::Null));
        assert_eq!(plain.get_attr("sensitive_files"), Some(&Value::Null));
        assert_eq!(
            plain.get_attr("content"),
            Some(&Value::String("secret".into()))
        );
    }

    #[test]
    fn the_schema_has_no_location() {
        let schema = ArtifactDataSource::<Stray<true>>::default().schema();
        let names: Vec<&str> = schema
            .block
            .attributes
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "id",
                "extra",
                "sensitive",
                "content",
                "sensitive_content",
                "files",
                "sensitive_files"
            ]
        );
        let schema = ArtifactDataSource::<Stray<false>>::default().schema();
        assert!(schema.block.get_attribute("content").is_none());
        assert!(schema.block.get_attribute("dir").is_none());
    }
}
