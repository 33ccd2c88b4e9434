//! Reading a git repository at one commit.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result, bail};

use super::Source;

/// One git repository, read at one commit.
pub(crate) struct Repo {
    pub(crate) dir: PathBuf,
    /// The Go module's repository (`hashicorp/terraform-provider-azurerm`).
    pub(crate) name: String,
    pub(crate) commit: String,
    pub(crate) date: String,
}

impl Repo {
    pub(crate) fn open(source: &Source) -> Result<Self> {
        let dir = &source.dir;
        let rev = format!("{}^{{commit}}", source.rev.as_deref().unwrap_or("HEAD"));
        let head = git(dir, &["log", "-1", "--format=%H %cs", &rev])?;
        let (commit, date) = head
            .trim()
            .split_once(' ')
            .with_context(|| format!("{}: no commit {rev}", dir.display()))?;
        let go_mod = git(dir, &["show", &format!("{commit}:go.mod")])?;
        // `github.com/OWNER/NAME` or `github.com/OWNER/NAME/v2`.
        let name = go_mod
            .lines()
            .find_map(|l| l.strip_prefix("module github.com/"))
            .map(|m| m.trim().split('/').take(2).collect::<Vec<_>>().join("/"))
            .with_context(|| format!("{}: go.mod names no github.com module", dir.display()))?;
        Ok(Self {
            dir: dir.to_owned(),
            name,
            commit: commit.to_owned(),
            date: date.to_owned(),
        })
    }

    pub(crate) fn show(&self, path: &str) -> Result<String> {
        git(&self.dir, &["show", &format!("{}:{path}", self.commit)])
    }

    /// The text of every file under `dir` at this commit, by path.
    pub(crate) fn files_under(&self, dir: &str) -> Result<BTreeMap<String, String>> {
        let list = git(&self.dir, &["ls-tree", "--name-only", &self.commit, dir])?;
        let paths: Vec<&str> = list.lines().collect();
        if paths.is_empty() {
            bail!("{}: no files under {dir}", self.dir.display());
        }
        let files = self.read(&paths)?;
        if files.len() != paths.len() {
            bail!(
                "{}: {} files under {dir} are not in this clone",
                self.dir.display(),
                paths.len() - files.len()
            );
        }
        Ok(files)
    }

    /// The files under `dir` at this commit whose text matches the extended
    /// regular expression `pattern`.
    pub(crate) fn grep(&self, pattern: &str, dir: &str) -> Result<Vec<String>> {
        let output = Command::new("git")
            .arg("-C")
            .arg(&self.dir)
            .args(["grep", "-l", "-E", "-e", pattern, &self.commit, "--", dir])
            .output()
            .context("running git grep")?;
        // Exit 1 is "no match"; anything else is an error.
        if !output.status.success() && output.status.code() != Some(1) {
            bail!(
                "git grep in {}: {}",
                self.dir.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let prefix = format!("{}:", self.commit);
        Ok(String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|l| l.strip_prefix(&prefix).unwrap_or(l).to_owned())
            .collect())
    }

    /// The text of the given files at this commit, by path; a file this clone
    /// lacks is left out.
    pub(crate) fn read(&self, paths: &[&str]) -> Result<BTreeMap<String, String>> {
        let mut child = Command::new("git")
            .arg("-C")
            .arg(&self.dir)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .context("running git cat-file")?;
        let mut stdin = child.stdin.take().context("git stdin")?;
        let request: String = paths
            .iter()
            .map(|p| format!("{}:{p}\n", self.commit))
            .collect();
        let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
        let output = child.wait_with_output().context("reading git cat-file")?;
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("git writer panicked"))??;
        let mut rest = output.stdout.as_slice();
        let mut files = BTreeMap::new();
        for path in paths {
            let end = rest
                .iter()
                .position(|b| *b == b'\n')
                .context("truncated git output")?;
            let header = String::from_utf8_lossy(&rest[..end]).into_owned();
            if header.ends_with(" missing") {
                // Not in this clone (for example a partial one): the caller
                // sees the path absent.
                rest = rest.get(end + 1..).unwrap_or_default();
                continue;
            }
            let size: usize = header
                .rsplit(' ')
                .next()
                .and_then(|s| s.parse().ok())
                .with_context(|| format!("{path}: unexpected git header {header:?}"))?;
            let body = rest
                .get(end + 1..end + 1 + size)
                .context("truncated git output")?;
            files.insert(
                (*path).to_owned(),
                String::from_utf8_lossy(body).into_owned(),
            );
            rest = rest.get(end + 2 + size..).unwrap_or_default();
        }
        Ok(files)
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("running git")?;
    if !output.status.success() {
        bail!(
            "git -C {} {}: {}",
            dir.display(),
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
