//! Prometheus durations (`model.ParseDuration`).

use super::slo::HOUR_MS;

/// The longest duration Prometheus accepts: it keeps durations as
/// nanoseconds in an `i64` (about 292 years).
pub(super) const MAX_DURATION_MS: u64 = i64::MAX as u64 / 1_000_000;

/// Parses a Prometheus duration (`model.ParseDuration`): `0`, or numbers
/// each followed by a unit among `y w d h m s ms`, in that order, each unit
/// at most once. Returns milliseconds.
pub(crate) fn parse_duration(text: &str) -> Result<u64, String> {
    const UNITS: [(&str, u64); 7] = [
        ("y", 365 * 24 * HOUR_MS),
        ("w", 7 * 24 * HOUR_MS),
        ("d", 24 * HOUR_MS),
        ("h", HOUR_MS),
        ("m", 60_000),
        ("s", 1_000),
        ("ms", 1),
    ];
    if text == "0" {
        return Ok(0);
    }
    if text.is_empty() {
        return Err("it is empty".to_owned());
    }
    let mut rest = text;
    let mut next_unit = 0;
    let mut total: u64 = 0;
    while !rest.is_empty() {
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits_end == 0 {
            return Err(format!("expected a number at {rest:?}"));
        }
        let (digits, after) = rest.split_at(digits_end);
        // "ms" before "m", so that "5ms" is not read as 5m followed by "s".
        let unit = if after.starts_with("ms") {
            "ms"
        } else {
            after.get(..1).unwrap_or("")
        };
        let Some(index) = UNITS.iter().position(|(name, _)| *name == unit) else {
            return Err(format!("{digits:?} has no valid unit after it"));
        };
        if index < next_unit {
            return Err(format!("unit {unit:?} is repeated or out of order"));
        }
        next_unit = index + 1;
        let value: u64 = digits
            .parse()
            .map_err(|_| "a number is too large".to_owned())?;
        total = value
            .checked_mul(UNITS[index].1)
            .and_then(|ms| total.checked_add(ms))
            .filter(|ms| *ms <= MAX_DURATION_MS)
            .ok_or_else(|| "it is too long".to_owned())?;
        rest = &after[unit.len()..];
    }
    Ok(total)
}
