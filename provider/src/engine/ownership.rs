//! Who owns a file: the rules that keep one resource from losing another's files.
//!
//! - State records, in `owned_sha256`, the SHA-256 of the text a resource wrote at each
//!   path. Import records none: imported files were not written by the resource.
//! - Delete (and the removal of files an update no longer renders) removes a file only
//!   while it still holds what the resource wrote there.
//! - One provider process serves a whole Terraform walk. [`Registry`] remembers, for
//!   that process, which resource claimed each path during the plan and which wrote it
//!   during the apply; a lock per path keeps a write and a removal of the same path
//!   from interleaving. A path written in this run is never removed by a delete.
//!
//! Terraform does not tell a provider which resource address a request is for, so a
//! resource is told apart by its configuration ([`owner_of`]): two resources with the
//! very same configuration are one owner to the provider.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tfplug::Value;

use crate::artifact;

/// Identifies the resource a request is for: the SHA-256 of its configuration.
pub(crate) type Owner = String;

/// The owner key of a configuration.
pub(crate) fn owner_of(config: &Value) -> Owner {
    artifact::sha256_hex(&format!("{config:?}"))
}

/// The paths claimed and written in this provider process, with one lock per path.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    locks: Mutex<HashMap<PathBuf, Arc<Mutex<()>>>>,
    claims: Mutex<HashMap<PathBuf, (Owner, &'static str)>>,
    written: Mutex<HashMap<PathBuf, Owner>>,
}

fn guard<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The lock of one path, held while a file there is checked and written or removed.
pub(crate) struct PathLock(Arc<Mutex<()>>);

impl PathLock {
    /// Waits for the lock.
    pub(crate) fn hold(&self) -> MutexGuard<'_, ()> {
        guard(&self.0)
    }
}

impl Registry {
    /// The lock of `path`.
    pub(crate) fn lock(&self, path: &Path) -> PathLock {
        PathLock(Arc::clone(
            guard(&self.locks).entry(path.to_path_buf()).or_default(),
        ))
    }

    /// Claims `path` for `owner` (a resource of type `type_name`) during a plan; returns
    /// the type of the other resource when another owner claimed it first.
    pub(crate) fn claim(
        &self,
        path: &Path,
        owner: &Owner,
        type_name: &'static str,
    ) -> Result<(), &'static str> {
        let mut claims = guard(&self.claims);
        match claims.get(path) {
            Some((other, other_type)) if other != owner => Err(other_type),
            Some(_) => Ok(()),
            None => {
                claims.insert(path.to_path_buf(), (owner.clone(), type_name));
                Ok(())
            }
        }
    }

    /// Who wrote `path` in this run, if anyone did.
    pub(crate) fn writer(&self, path: &Path) -> Option<Owner> {
        guard(&self.written).get(path).cloned()
    }

    /// Records that `owner` wrote `path`.
    pub(crate) fn wrote(&self, path: &Path, owner: &Owner) {
        guard(&self.written).insert(path.to_path_buf(), owner.clone());
    }
}

/// The hashes a state records of the text the resource wrote, path by path.
///
/// States written before ownership was recorded (`owned_sha256` null) count every
/// recorded file as written by the resource, with the hash recorded for it.
pub(crate) fn owned(state: &Value, single_path: Option<&str>) -> BTreeMap<String, String> {
    let strings = |value: Option<&Value>| -> BTreeMap<String, String> {
        value
            .and_then(Value::as_map)
            .map(|map| {
                map.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    };
    match state.get_attr("owned_sha256") {
        Some(Value::Map(_)) => strings(state.get_attr("owned_sha256")),
        _ => match single_path {
            Some(path) => state
                .get_attr("sha256")
                .and_then(Value::as_str)
                .map(|hash| [(path.to_string(), hash.to_string())].into())
                .unwrap_or_default(),
            None => strings(state.get_attr("files_sha256")),
        },
    }
}

/// What a removal did with one file.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Removal {
    /// Removed, or already gone.
    Removed,
    /// Left alone: another resource wrote it in this run.
    WrittenInThisRun,
    /// Left alone: its text is not what this resource wrote.
    Changed,
    /// Left alone: this resource never wrote it (imported).
    NotOwned,
}

/// Removes `path` if it still holds the text hashed `owned_hash` and nothing wrote it
/// in this run. Holds the path's lock while checking and removing.
pub(crate) fn remove_if_owned(
    registry: &Registry,
    path: &Path,
    owned_hash: Option<&str>,
) -> std::io::Result<Removal> {
    let Some(owned_hash) = owned_hash else {
        return Ok(Removal::NotOwned);
    };
    let lock = registry.lock(path);
    let _held = lock.hold();
    if registry.writer(path).is_some() {
        return Ok(Removal::WrittenInThisRun);
    }
    let Some(text) = artifact::read_text(path)? else {
        return Ok(Removal::Removed);
    };
    if artifact::sha256_hex(&text) != owned_hash {
        return Ok(Removal::Changed);
    }
    artifact::remove(path)?;
    Ok(Removal::Removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_claimed_by_one_owner_is_refused_to_another() {
        let registry = Registry::default();
        let path = Path::new("/r/a.yml");
        let a = owner_of(&Value::String("a".into()));
        let b = owner_of(&Value::String("b".into()));
        assert_eq!(registry.claim(path, &a, "t_a"), Ok(()));
        assert_eq!(registry.claim(path, &a, "t_a"), Ok(()), "a re-plan");
        assert_eq!(registry.claim(path, &b, "t_b"), Err("t_a"));
    }

    #[test]
    fn removal_keeps_changed_unowned_and_freshly_written_files() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let registry = Registry::default();
        let path = dir.path().join("f.yml");
        std::fs::write(&path, "mine")?;
        let mine = artifact::sha256_hex("mine");
        assert_eq!(remove_if_owned(&registry, &path, None)?, Removal::NotOwned);
        assert_eq!(
            remove_if_owned(&registry, &path, Some(&artifact::sha256_hex("other")))?,
            Removal::Changed
        );
        registry.wrote(&path, &owner_of(&Value::Null));
        assert_eq!(
            remove_if_owned(&registry, &path, Some(&mine))?,
            Removal::WrittenInThisRun
        );
        assert!(path.exists());
        let fresh = Registry::default();
        assert_eq!(
            remove_if_owned(&fresh, &path, Some(&mine))?,
            Removal::Removed
        );
        assert!(!path.exists());
        Ok(())
    }

    #[test]
    fn legacy_states_own_what_they_record() {
        let state = Value::Object(
            [
                ("sha256".to_string(), Value::String("h".into())),
                ("owned_sha256".to_string(), Value::Null),
            ]
            .into(),
        );
        assert_eq!(
            owned(&state, Some("a.yml")),
            [("a.yml".to_string(), "h".to_string())].into()
        );
        let imported =
            Value::Object([("owned_sha256".to_string(), Value::Map(BTreeMap::new()))].into());
        assert!(owned(&imported, Some("a.yml")).is_empty());
    }
}
