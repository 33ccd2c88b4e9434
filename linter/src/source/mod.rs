//! Layer 1: source files: their text, display path, parsed body and line index.

use std::ops::Range;
use std::path::{Path, PathBuf};

use hcl_edit::structure::Body;

pub mod json_syntax;
pub mod modules_json;
pub mod registry_pack;
mod repeated_keys;
pub mod workspace;

/// Index of a file in a [`crate::Workspace`].
pub type FileId = usize;

/// What kind of Terraform file a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A configuration file (`.tf`, `.tofu`, or their `.json` forms).
    Config,
    /// A variable definitions file (`.tfvars`, or `.tfvars.json`).
    Vars,
    /// A partial backend configuration (`.tfbackend`).
    Backend,
}

impl FileKind {
    /// Classifies a path by its name; `None` for files the linter does not read.
    #[must_use]
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?;
        if [".tf", ".tofu", ".tf.json", ".tofu.json"]
            .iter()
            .any(|ext| name.ends_with(ext))
        {
            Some(FileKind::Config)
        } else if name.ends_with(".tfvars") || name.ends_with(".tfvars.json") {
            Some(FileKind::Vars)
        } else if name.ends_with(".tfbackend") {
            Some(FileKind::Backend)
        } else {
            None
        }
    }
}

/// One file read from disk, with its parse result.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as discovered (used to read and to group files into modules).
    pub path: PathBuf,
    /// The path shown to users, relative to the current directory when possible.
    pub display: String,
    /// The file's text.
    pub text: String,
    /// The file kind.
    pub kind: FileKind,
    /// The parsed body, or `None` when the file did not parse.
    pub body: Option<Body>,
    /// For a configuration in JSON syntax, the native text its body was
    /// parsed from: the body's spans are offsets in that text, and
    /// [`SourceFile::text_span`] maps them into [`SourceFile::text`].
    pub generated: Option<json_syntax::Generated>,
    line_starts: Vec<usize>,
}

/// A 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl SourceFile {
    /// Builds a source file from its text; the caller parses it.
    #[must_use]
    pub fn new(path: PathBuf, display: String, text: String, kind: FileKind) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            path,
            display,
            text,
            kind,
            body: None,
            generated: None,
            line_starts,
        }
    }

    /// The text the body's spans index: the file's text, or for a JSON
    /// configuration the native text generated from it.
    #[must_use]
    pub fn body_text(&self) -> &str {
        self.generated.as_ref().map_or(&self.text, |g| &g.text)
    }

    /// Maps a span of the body into the file's text (the identity except for
    /// JSON configurations).
    #[must_use]
    pub fn text_span(&self, span: Range<usize>) -> Range<usize> {
        match &self.generated {
            Some(generated) => generated.json_span(span),
            None => span,
        }
    }

    /// The 1-based position of a byte offset (clamped to the text).
    #[must_use]
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Position { line, column }
    }

    /// The 1-based line of a byte offset.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> usize {
        self.position(offset).line
    }

    /// The byte offset where a 1-based line starts (the text's end past the last line).
    #[must_use]
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The text of a 1-based line, without its newline.
    #[must_use]
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e.saturating_sub(1));
        self.text.get(start..end).unwrap_or("")
    }

    /// The number of lines.
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Clamps a span so that it lies within the text.
    #[must_use]
    pub fn clamp(&self, span: Range<usize>) -> Range<usize> {
        let end = span.end.min(self.text.len());
        span.start.min(end)..end
    }
}
