//! The `settings` object that policy conditions read: the settings that say
//! what to report, so that built-in policies follow the same switches as the
//! rules written in Rust (for example `require_kms` for the customer-managed
//! key policies).

use std::collections::BTreeMap;

use crate::settings::Settings;
use crate::value::Value;

/// `{ require_kms = bool }`.
pub(super) fn value(settings: &Settings) -> Value {
    let mut map = BTreeMap::new();
    map.insert("require_kms".to_owned(), Value::Bool(settings.require_kms));
    Value::Object(map)
}
