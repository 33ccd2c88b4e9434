//! The one way devopsflow writes a file: atomically and durably.
//!
//! [`write_atomically`] writes to a temporary file in the target's directory, fsyncs it,
//! sets its mode, renames it over the target and fsyncs the directory. A reader sees the
//! old file or the new one, never half of either; a crash leaves at most a temporary
//! file whose name ends in [`TEMP_SUFFIX`], which [`remove_stale_temps`] clears.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// The suffix of every temporary file this crate creates.
pub const TEMP_SUFFIX: &str = ".devopsflow.tmp";

/// How to write a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// The file's permission bits, set exactly (the umask does not apply). `None` keeps
    /// `0o644` for a new file and the old mode for an existing one.
    pub mode: Option<u32>,
    /// The permission bits of parent directories this write creates, set exactly.
    /// `None` leaves them to the umask.
    pub dir_mode: Option<u32>,
}

/// Writes `bytes` to `path` atomically with the default options, creating parents.
///
/// # Errors
/// The parent cannot be created, or the temporary file cannot be written, synced or
/// renamed over `path` (the temporary file is then removed).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, bytes, WriteOptions::default())
}

/// Writes `bytes` to `path` atomically, creating parent directories.
///
/// # Errors
/// As [`write_atomically`].
pub fn write_atomically_with(path: &Path, bytes: &[u8], options: WriteOptions) -> io::Result<()> {
    let target = write_target(path)?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        Some(_) => PathBuf::from("."),
        None => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "path has no parent directory",
            ));
        }
    };
    create_dirs(&dir, options.dir_mode)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&dir)?;
    temp.write_all(bytes)?;
    let mode = match options.mode {
        Some(mode) => Some(mode),
        None => existing_mode(path).or(Some(0o644)),
    };
    if let Some(mode) = mode {
        set_mode(temp.path(), mode)?;
    }
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir);
    Ok(())
}

/// Writes a report or other output to `path`: a regular file (or a new one) atomically,
/// while a device or pipe such as `/dev/stdout`, which cannot be renamed over, is
/// written to directly.
///
/// # Errors
/// As [`write_atomically`], or the device cannot be opened or written.
pub fn write_output(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut file = fs::OpenOptions::new().write(true).open(path)?;
            file.write_all(bytes)?;
            file.flush()
        }
        _ => write_atomically(path, bytes),
    }
}

/// The file a write really replaces: a symlink's final target (so the link stays a
/// link), and never anything but a regular file.
fn write_target(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(path.to_path_buf()),
        Err(e) => Err(e),
        Ok(meta) if meta.is_file() => Ok(path.to_path_buf()),
        Ok(meta) if meta.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(real) if real.is_file() => Ok(real),
            Ok(real) => Err(not_a_file(&real)),
            // A dangling link: the write creates the file it points to.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let link = fs::read_link(path)?;
                Ok(match path.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                })
            }
            Err(e) => Err(e),
        },
        Ok(_) => Err(not_a_file(path)),
    }
}

fn not_a_file(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} is not a regular file; refusing to replace it",
            path.display()
        ),
    )
}

/// Removes temporary files that an interrupted write of `name` in `dir` left behind.
/// Returns how many were removed; a missing directory removes none.
///
/// # Errors
/// The directory cannot be listed.
pub fn remove_stale_temps(dir: &Path, name: &str) -> io::Result<usize> {
    let prefix = format!(".{name}.");
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if file_name.starts_with(&prefix)
            && file_name.ends_with(TEMP_SUFFIX)
            && entry.file_type().is_ok_and(|t| t.is_file())
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Creates `dir` and its missing parents; each directory created gets `mode` exactly.
fn create_dirs(dir: &Path, mode: Option<u32>) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        if !parent.as_os_str().is_empty() {
            create_dirs(parent, mode)?;
        }
    }
    match fs::create_dir(dir) {
        Ok(()) => {
            if let Some(mode) = mode {
                set_mode(dir, mode)?;
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn existing_mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

#[cfg(not(unix))]
fn existing_mode(_path: &Path) -> Option<u32> {
    None
}

/// Sets permission bits exactly (a no-op where the platform has none).
///
/// # Errors
/// The permissions cannot be changed.
#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

/// Sets permission bits exactly (a no-op where the platform has none).
///
/// # Errors
/// Never on this platform.
#[cfg(not(unix))]
pub fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

/// Makes a rename durable (best effort: not every platform can open a directory).
fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode_of(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt as _;
        fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o7777)
            .unwrap_or(0)
    }

    #[test]
    fn writes_creates_parents_and_leaves_no_temp_file() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("a/b/out.txt");
        write_atomically(&path, b"one")?;
        write_atomically(&path, b"two")?;
        assert_eq!(fs::read_to_string(&path)?, "two");
        let names: Vec<_> = fs::read_dir(dir.path().join("a/b"))?
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.txt")]);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn modes_are_exact_whatever_the_umask() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("d/x.sh");
        let options = WriteOptions {
            mode: Some(0o750),
            dir_mode: Some(0o700),
        };
        write_atomically_with(&path, b"#!/bin/sh\n", options)?;
        assert_eq!(mode_of(&path), 0o750);
        assert_eq!(mode_of(&dir.path().join("d")), 0o700);
        // Without a mode, a rewrite keeps the file's mode; a new file gets 0644.
        write_atomically(&path, b"#!/bin/sh\necho\n")?;
        assert_eq!(mode_of(&path), 0o750);
        let fresh = dir.path().join("d/new.txt");
        write_atomically(&fresh, b"x")?;
        assert_eq!(mode_of(&fresh), 0o644);
        Ok(())
    }

    #[cfg(unix)]
    fn is_char_device(path: &Path) -> bool {
        use std::os::unix::fs::FileTypeExt as _;
        fs::metadata(path).is_ok_and(|m| m.file_type().is_char_device())
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_stays_a_link_and_a_device_is_never_replaced() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let real = dir.path().join("real.tf");
        fs::write(&real, "old")?;
        let link = dir.path().join("link.tf");
        std::os::unix::fs::symlink("real.tf", &link)?;
        write_atomically(&link, b"new")?;
        assert!(fs::symlink_metadata(&link)?.file_type().is_symlink());
        assert_eq!(fs::read_to_string(&real)?, "new");

        let err = write_atomically(Path::new("/dev/null"), b"x").err();
        assert_eq!(err.map(|e| e.kind()), Some(io::ErrorKind::InvalidInput));
        assert!(is_char_device(Path::new("/dev/null")));
        write_output(Path::new("/dev/null"), b"x")?;
        assert!(is_char_device(Path::new("/dev/null")));
        write_output(&dir.path().join("report.json"), b"{}")?;
        assert_eq!(fs::read_to_string(dir.path().join("report.json"))?, "{}");
        Ok(())
    }

    #[test]
    fn stale_temps_of_one_name_are_removed() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(
            dir.path().join(format!(".out.txt.abc123{TEMP_SUFFIX}")),
            "x",
        )?;
        fs::write(
            dir.path().join(format!(".other.txt.abc123{TEMP_SUFFIX}")),
            "x",
        )?;
        fs::write(dir.path().join("out.txt"), "kept")?;
        assert_eq!(remove_stale_temps(dir.path(), "out.txt")?, 1);
        assert!(
            dir.path()
                .join(format!(".other.txt.abc123{TEMP_SUFFIX}"))
                .exists()
        );
        assert!(dir.path().join("out.txt").exists());
        assert_eq!(remove_stale_temps(&dir.path().join("missing"), "x")?, 0);
        Ok(())
    }
}
