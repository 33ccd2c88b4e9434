//! The artifact engine shared by every resource that renders files.
//!
//! - Paths are relative to the provider's `root_dir` and may not leave it.
//! - Files are written atomically (crate `devopsflow-fs`): a temporary file in the same
//!   directory, fsync, rename, then fsync of the directory; parents are created as needed.
//! - Files are read back on refresh so that edits on disk show up as drift.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use sha2::{Digest as _, Sha256};

/// Why an artifact path is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// The path is empty.
    #[error("the path is empty")]
    Empty,
    /// The path is absolute.
    #[error("{0:?} is absolute; artifact paths are relative to the provider's root_dir")]
    Absolute(String),
    /// The path climbs out of the root.
    #[error("{0:?} leaves the provider's root_dir")]
    Escapes(String),
    /// The path starts with `~`, which is not expanded.
    #[error(
        "{0:?} starts with `~`, which the provider does not expand; artifact paths are relative \
         to the provider's root_dir (use Terraform's pathexpand() in root_dir for a home directory)"
    )]
    Tilde(String),
    /// The path names a directory, not a file.
    #[error("{0:?} does not name a file")]
    NotAFile(String),
}

/// The directory every artifact path is relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    dir: PathBuf,
}

impl Root {
    /// A root at `dir` (made absolute against the current directory).
    pub fn new(dir: impl AsRef<Path>) -> io::Result<Self> {
        let dir = dir.as_ref();
        let dir = if dir.is_absolute() {
            dir.to_path_buf()
        } else {
            std::env::current_dir()?.join(dir)
        };
        Ok(Self {
            dir: normalize(&dir),
        })
    }

    /// The root directory.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Resolves a relative artifact path; refuses absolute paths and paths that escape.
    ///
    /// The check is lexical (`a/../b` is fine, `../b` is not) and, where the path's
    /// directories already exist, also follows symbolic links so a link cannot lead out.
    pub fn resolve(&self, relative: &str) -> Result<PathBuf, PathError> {
        if relative.trim().is_empty() {
            return Err(PathError::Empty);
        }
        let path = Path::new(relative);
        if relative.starts_with('~') {
            return Err(PathError::Tilde(relative.to_string()));
        }
        if path.is_absolute() || path.has_root() {
            return Err(PathError::Absolute(relative.to_string()));
        }
        let mut depth: usize = 0;
        let mut parts = Vec::new();
        for component in path.components() {
            match component {
                Component::Normal(part) => {
                    depth += 1;
                    parts.push(part);
                }
                Component::CurDir => {}
                Component::ParentDir => {
                    if depth == 0 {
                        return Err(PathError::Escapes(relative.to_string()));
                    }
                    depth -= 1;
                    parts.pop();
                }
                Component::RootDir | Component::Prefix(_) => {
                    return Err(PathError::Absolute(relative.to_string()));
                }
            }
        }
        if parts.is_empty() || relative.ends_with('/') {
            return Err(PathError::NotAFile(relative.to_string()));
        }
        let full: PathBuf = parts.iter().fold(self.dir.clone(), |acc, p| acc.join(p));
        // Follow links on the part of the path that exists.
        if let Some(existing) = full.ancestors().find(|a| a.exists()) {
            if let (Ok(real), Ok(real_root)) = (existing.canonicalize(), self.dir.canonicalize()) {
                if !real.starts_with(&real_root) {
                    return Err(PathError::Escapes(relative.to_string()));
                }
            }
        }
        Ok(full)
    }
}

/// Removes `.` and resolves `..` lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The lowercase hex SHA-256 of `text`.
#[must_use]
pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 0xf)]));
    }
    hex
}

/// Writes `content` to `path` atomically, creating parent directories: a reader never
/// sees a half-written file (see [`devopsflow_fs::write_atomically`]). A new file is
/// readable by everyone and writable by its owner (0644).
pub fn write_atomic(path: &Path, content: &str) -> io::Result<()> {
    devopsflow_fs::write_atomically(path, content.as_bytes())
}

/// Reads a file back; `Ok(None)` when it does not exist.
pub fn read_text(path: &Path) -> io::Result<Option<String>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The permission bits of a file (`None` where the platform has none, or on error).
#[must_use]
pub fn file_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::metadata(path)
            .ok()
            .map(|m| m.permissions().mode() & 0o7777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Removes a file; a file that is already gone is fine.
pub fn remove(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> (tempfile::TempDir, Root) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = Root::new(dir.path()).expect("root");
        (dir, root)
    }

    #[test]
    fn relative_paths_resolve_inside_the_root() {
        let (dir, root) = root();
        let path = root
            .resolve("monitoring/./alerts/../alerts/api.yml")
            .expect("ok");
        assert_eq!(path, dir.path().join("monitoring/alerts/api.yml"));
    }

    #[test]
    fn absolute_and_escaping_paths_are_refused() {
        let (_dir, root) = root();
        assert!(matches!(
            root.resolve("/etc/passwd"),
            Err(PathError::Absolute(_))
        ));
        assert!(matches!(
            root.resolve("../x.yml"),
            Err(PathError::Escapes(_))
        ));
        assert!(matches!(
            root.resolve("a/../../x.yml"),
            Err(PathError::Escapes(_))
        ));
        assert!(matches!(root.resolve(""), Err(PathError::Empty)));
        assert!(matches!(root.resolve("~/x.yml"), Err(PathError::Tilde(_))));
        assert!(matches!(root.resolve("."), Err(PathError::NotAFile(_))));
        assert!(matches!(root.resolve("dir/"), Err(PathError::NotAFile(_))));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_out_of_the_root_is_refused() {
        let (dir, root) = root();
        let outside = tempfile::tempdir().expect("tempdir");
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).expect("symlink");
        assert!(matches!(
            root.resolve("link/x.yml"),
            Err(PathError::Escapes(_))
        ));
    }

    #[test]
    fn atomic_write_creates_parents_and_leaves_no_temp_file() {
        let (dir, root) = root();
        let path = root.resolve("a/b/c.yml").expect("ok");
        write_atomic(&path, "one\n").expect("write");
        write_atomic(&path, "two\n").expect("overwrite");
        assert_eq!(read_text(&path).expect("read").as_deref(), Some("two\n"));
        let names: Vec<_> = fs::read_dir(dir.path().join("a/b"))
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("c.yml")]);
        remove(&path).expect("remove");
        remove(&path).expect("removing twice is fine");
        assert_eq!(read_text(&path).expect("read"), None);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_not_executable_nor_world_writable() {
        use std::os::unix::fs::PermissionsExt as _;
        let (_dir, root) = root();
        let path = root.resolve("f.yml").expect("ok");
        write_atomic(&path, "x").expect("write");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode & 0o133, 0, "mode {mode:o}");
    }

    #[test]
    fn sha256_is_hex_of_the_text() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
