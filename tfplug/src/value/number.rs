//! Arbitrary-precision cty numbers.

use std::fmt;
use std::str::FromStr;

use super::error::ValueError;
use crate::path::AttributePath;

/// A cty number.
///
/// cty numbers are arbitrary-precision decimals, so a `Number` keeps the
/// exact value it was given: a 64-bit integer, a binary `f64` value, or a
/// decimal text for anything else (huge integers, or fractions such as `0.1`
/// that have no exact `f64` form).
///
/// Every numeric value has exactly one internal form, so `==` compares
/// numbers by value: `Number::from_i64(2) == Number::parse("2.0")?`.
/// Note that the binary `f64` nearest to 0.1 is a different number from the
/// decimal 0.1; see [`Number::from_f64`] and [`Number::from_f64_exact`].
#[derive(Clone, PartialEq)]
pub struct Number(Repr);

#[derive(Clone, Debug, PartialEq)]
enum Repr {
    /// Any integer in the `i64` range.
    Int(i64),
    /// An integer above `i64::MAX` that fits a `u64`.
    UInt(u64),
    /// A value that is exactly an `f64` but none of the above; never NaN,
    /// maybe infinite.
    Float(f64),
    /// Any other finite value.
    Decimal(Decimal),
}

/// `±digits × 10^exponent`; `digits` is non-empty ASCII digits with no
/// leading or trailing zeros.
#[derive(Clone, Debug, PartialEq)]
struct Decimal {
    negative: bool,
    digits: String,
    exponent: i64,
}

/// How a number travels in msgpack.
pub(super) enum WireNumber {
    /// As a msgpack signed integer.
    Int(i64),
    /// As a msgpack unsigned integer.
    UInt(u64),
    /// As a msgpack float64.
    Float(f64),
    /// As a msgpack string holding the exact decimal text.
    Text(String),
}

/// The largest exponent magnitude accepted when parsing; cty itself cannot
/// hold numbers beyond about 10^646456992.
const MAX_PARSE_EXPONENT: i64 = 1_000_000_000;

impl Number {
    /// The number `i`.
    pub fn from_i64(i: i64) -> Number {
        Number(Repr::Int(i))
    }

    /// The number `u`.
    pub fn from_u64(u: u64) -> Number {
        match i64::try_from(u) {
            Ok(i) => Number(Repr::Int(i)),
            Err(_) => Number(Repr::UInt(u)),
        }
    }

    /// The number a person means by `f`: the shortest decimal that reads back
    /// as `f`, so `from_f64(0.1)` is exactly the decimal 0.1 (as written in a
    /// Terraform configuration), not the binary fraction nearest to it.
    /// Returns `None` for NaN, which cty cannot represent. Infinities are
    /// kept.
    pub fn from_f64(f: f64) -> Option<Number> {
        if !f.is_finite() || f == f.trunc() {
            return Number::from_f64_exact(f);
        }
        // Rust's `Display` for f64 prints the shortest text that reads back as
        // the same f64, in plain decimal notation.
        parse_number(&f.to_string())
    }

    /// The exact binary value of `f` (as a msgpack float64 carries it), so
    /// `from_f64_exact(0.1)` is 0.1000000000000000055511151231257827…
    /// Returns `None` for NaN.
    pub fn from_f64_exact(f: f64) -> Option<Number> {
        if f.is_nan() {
            return None;
        }
        if f.is_finite() && f == f.trunc() {
            // -2^63 <= f < 2^63: the cast is exact.
            if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
                return Some(Number(Repr::Int(f as i64)));
            }
            if (0.0..18_446_744_073_709_551_616.0).contains(&f) {
                return Some(Number(Repr::UInt(f as u64)));
            }
        }
        Some(Number(Repr::Float(f)))
    }

    /// Reads a number from text: an optional sign, decimal digits with an
    /// optional fraction and exponent (`-12`, `1.5`, `.5`, `6.02e23`), or an
    /// infinity (`Inf`, `+Inf`, `-Infinity`, any case). The value is kept
    /// exactly.
    pub fn parse(text: &str) -> Result<Number, ValueError> {
        parse_number(text).ok_or_else(|| ValueError::InvalidNumber {
            path: AttributePath::root(),
            text: text.to_owned(),
        })
    }

    /// The value as an `i64`, if it is an integer in that range.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            Repr::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The value as a `u64`, if it is a non-negative integer in that range.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            Repr::Int(i) => u64::try_from(i).ok(),
            Repr::UInt(u) => Some(u),
            _ => None,
        }
    }

    /// The nearest `f64` (correctly rounded; huge values become infinite).
    pub fn as_f64(&self) -> f64 {
        match &self.0 {
            Repr::Int(i) => *i as f64,
            Repr::UInt(u) => *u as f64,
            Repr::Float(f) => *f,
            Repr::Decimal(d) => {
                let sign = if d.negative { "-" } else { "" };
                // Always valid float syntax; the fallback is never taken.
                format!("{sign}{}e{}", d.digits, d.exponent)
                    .parse()
                    .unwrap_or(f64::NAN)
            }
        }
    }

    /// Whether the value is a whole number.
    pub fn is_integer(&self) -> bool {
        match &self.0 {
            Repr::Int(_) | Repr::UInt(_) => true,
            Repr::Float(f) => f.is_finite() && *f == f.trunc(),
            Repr::Decimal(d) => d.exponent >= 0,
        }
    }

    /// Whether the value is positive or negative infinity.
    pub fn is_infinite(&self) -> bool {
        matches!(self.0, Repr::Float(f) if f.is_infinite())
    }

    /// How to put this number into msgpack: integers as integers, values
    /// that are exactly an f64 (and infinities) as float64, and everything
    /// else as its exact decimal text, like cty itself does.
    pub(super) fn to_wire(&self) -> WireNumber {
        match &self.0 {
            Repr::Int(i) => WireNumber::Int(*i),
            Repr::UInt(u) => WireNumber::UInt(*u),
            Repr::Float(f) => WireNumber::Float(*f),
            Repr::Decimal(_) => WireNumber::Text(self.to_string()),
        }
    }
}

impl FromStr for Number {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Number::parse(s)
    }
}

impl Eq for Number {}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({self})")
    }
}

/// Shows the exact value, so `Number::parse(&n.to_string())` gives back `n`.
/// Very large or small values use exponent notation (`1.5e300`); infinities
/// show as `+Inf` and `-Inf` (the spelling cty reads).
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Int(i) => write!(f, "{i}"),
            Repr::UInt(u) => write!(f, "{u}"),
            Repr::Float(x) if x.is_infinite() => {
                f.write_str(if *x > 0.0 { "+Inf" } else { "-Inf" })
            }
            Repr::Float(x) => {
                let (digits, exponent) = exact_decimal(*x);
                write_decimal(f, *x < 0.0, &digits, exponent)
            }
            Repr::Decimal(d) => write_decimal(f, d.negative, &d.digits, d.exponent),
        }
    }
}

macro_rules! from_int {
    ($($t:ty => $via:ident),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Number {
                Number::$via(n.into())
            }
        }
    )*};
}
from_int!(i8 => from_i64, i16 => from_i64, i32 => from_i64, i64 => from_i64,
          u8 => from_u64, u16 => from_u64, u32 => from_u64, u64 => from_u64);

/// Writes `±digits × 10^exponent` as plain decimal text when that is short
/// enough, otherwise in exponent notation.
fn write_decimal(
    f: &mut fmt::Formatter<'_>,
    negative: bool,
    digits: &str,
    exponent: i64,
) -> fmt::Result {
    if negative {
        f.write_str("-")?;
    }
    let len = digits.len() as i64;
    // Position of the decimal point counted from the left of `digits`.
    let point = len + exponent;
    if (0..=21).contains(&exponent) {
        f.write_str(digits)?;
        for _ in 0..exponent {
            f.write_str("0")?;
        }
        Ok(())
    } else if exponent < 0 && point > 0 {
        let (whole, frac) = digits.split_at(point as usize);
        write!(f, "{whole}.{frac}")
    } else if exponent < 0 && point > -7 {
        f.write_str("0.")?;
        for _ in 0..-point {
            f.write_str("0")?;
        }
        f.write_str(digits)
    } else {
        let (first, rest) = digits.split_at(1);
        f.write_str(first)?;
        if !rest.is_empty() {
            write!(f, ".{rest}")?;
        }
        write!(f, "e{}", point - 1)
    }
}

/// Parses number text; `None` if it is not a number.
fn parse_number(text: &str) -> Option<Number> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if ["inf", "infinity"]
        .iter()
        .any(|w| rest.eq_ignore_ascii_case(w))
    {
        let inf = if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return Some(Number(Repr::Float(inf)));
    }
    let bytes = rest.as_bytes();
    let mut pos = 0;
    let digits_in = |pos: &mut usize| {
        let start = *pos;
        while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
            *pos += 1;
        }
        &rest[start..*pos]
    };
    let whole = digits_in(&mut pos);
    let mut frac = "";
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        frac = digits_in(&mut pos);
    }
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    let mut exponent: i64 = 0;
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        let exp_negative = match bytes.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let exp_digits = digits_in(&mut pos);
        if exp_digits.is_empty() {
            return None;
        }
        for d in exp_digits.bytes() {
            exponent = exponent * 10 + i64::from(d - b'0');
            if exponent > MAX_PARSE_EXPONENT {
                return None;
            }
        }
        if exp_negative {
            exponent = -exponent;
        }
    }
    if pos != bytes.len() {
        return None;
    }
    let mut digits = String::with_capacity(whole.len() + frac.len());
    digits.push_str(whole);
    digits.push_str(frac);
    Some(from_decimal_parts(
        negative,
        &digits,
        exponent - frac.len() as i64,
    ))
}

/// The canonical number `±digits × 10^exponent` (`digits` are ASCII digits,
/// maybe with leading or trailing zeros).
fn from_decimal_parts(negative: bool, digits: &str, exponent: i64) -> Number {
    let trimmed = digits.trim_start_matches('0');
    let significant = trimmed.trim_end_matches('0');
    if significant.is_empty() {
        return Number(Repr::Int(0));
    }
    let exponent = exponent + (trimmed.len() - significant.len()) as i64;
    if exponent >= 0 && significant.len() as i64 + exponent <= 20 {
        // At most 20 digits: fits a u128 with room to spare.
        let mut magnitude: u128 = 0;
        for d in significant.bytes() {
            magnitude = magnitude * 10 + u128::from(d - b'0');
        }
        for _ in 0..exponent {
            magnitude *= 10;
        }
        if negative {
            if let Ok(i) = i64::try_from(-(magnitude as i128)) {
                return Number(Repr::Int(i));
            }
        } else if let Ok(u) = u64::try_from(magnitude) {
            return Number::from_u64(u);
        }
    }
    if let Some(f) = exact_f64(significant, exponent) {
        return Number(Repr::Float(if negative { -f } else { f }));
    }
    Number(Repr::Decimal(Decimal {
        negative,
        digits: significant.to_owned(),
        exponent,
    }))
}

/// The positive f64 exactly equal to `digits × 10^exponent`, if there is one.
/// `digits` has no leading or trailing zeros.
fn exact_f64(digits: &str, exponent: i64) -> Option<f64> {
    // An exact f64 has at most 767 significant decimal digits and lies
    // between 10^-324 and 10^309; anything outside cannot be exact.
    let magnitude = digits.len() as i64 + exponent;
    if digits.len() > 800 || !(-330..=310).contains(&magnitude) {
        return None;
    }
    let nearest: f64 = format!("{digits}e{exponent}").parse().ok()?;
    if !nearest.is_finite() || nearest == 0.0 {
        return None;
    }
    let (mantissa, exp2) = decompose(nearest);
    // m × 2^-k = m × 5^k × 10^-k, and m × 5^k is odd, so it has no trailing
    // zeros: the decimal exponents must agree. A non-negative binary exponent
    // means an integer.
    if (exp2 < 0 && exponent != exp2) || (exp2 >= 0 && exponent < 0) {
        return None;
    }
    let (exact_digits, exact_exponent) = expand(mantissa, exp2);
    (exact_digits == digits && exact_exponent == exponent).then_some(nearest)
}

/// The exact decimal value of a finite, non-zero `f64` magnitude, as
/// `(digits, exponent)` with no leading or trailing zeros in `digits`.
fn exact_decimal(f: f64) -> (String, i64) {
    let (mantissa, exp2) = decompose(f);
    expand(mantissa, exp2)
}

/// `|f| = mantissa × 2^exp2` with an odd mantissa (zero gives `(0, 0)`).
fn decompose(f: f64) -> (u64, i64) {
    let bits = f.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp2) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return (0, 0);
    }
    while mantissa % 2 == 0 {
        mantissa /= 2;
        exp2 += 1;
    }
    (mantissa, exp2)
}

/// `mantissa × 2^exp2` as decimal `(digits, exponent)` without trailing zeros.
fn expand(mantissa: u64, exp2: i64) -> (String, i64) {
    if mantissa == 0 {
        return ("0".to_owned(), 0);
    }
    // Little-endian decimal digits.
    let mut acc: Vec<u8> = mantissa
        .to_string()
        .bytes()
        .rev()
        .map(|b| b - b'0')
        .collect();
    let exponent = if exp2 >= 0 {
        for _ in 0..exp2 {
            mul_small(&mut acc, 2);
        }
        0
    } else {
        for _ in 0..-exp2 {
            mul_small(&mut acc, 5);
        }
        exp2
    };
    let text: String = acc.iter().rev().map(|d| char::from(b'0' + d)).collect();
    let significant = text.trim_end_matches('0');
    let exponent = exponent + (text.len() - significant.len()) as i64;
    (significant.to_owned(), exponent)
}

/// Multiplies little-endian decimal digits by a small factor in place.
fn mul_small(acc: &mut Vec<u8>, factor: u8) {
    let mut carry = 0u8;
    for d in acc.iter_mut() {
        let v = *d * factor + carry;
        *d = v % 10;
        carry = v / 10;
    }
    if carry > 0 {
        acc.push(carry);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn n(text: &str) -> Number {
        Number::parse(text).unwrap()
    }

    #[test]
    fn integers_are_ints() {
        assert_eq!(n("42"), Number::from_i64(42));
        assert_eq!(n("-0"), Number::from_i64(0));
        assert_eq!(n("4.20e1"), Number::from_i64(42));
        assert_eq!(n("+7"), Number::from_i64(7));
        assert_eq!(n("-9223372036854775808").as_i64(), Some(i64::MIN));
        assert_eq!(n("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(n("18446744073709551615").as_i64(), None);
        assert_eq!(n("18446744073709551616").as_u64(), None);
        assert!(n("18446744073709551616").is_integer());
        assert_eq!(Number::from_f64(3.0), Some(Number::from_i64(3)));
        assert_eq!(Number::from_f64(-0.0), Some(Number::from_i64(0)));
        assert_eq!(Number::from(7u8), Number::from_i64(7));
    }

    #[test]
    fn exact_binary_values_are_floats() {
        assert_eq!(n("1.5"), Number::from_f64_exact(1.5).unwrap());
        assert_eq!(n("1.5").to_string(), "1.5");
        assert_eq!(n("0.125"), Number::from_f64(0.125).unwrap());
        assert!(matches!(n("-2.5").to_wire(), WireNumber::Float(f) if f == -2.5));
    }

    #[test]
    fn decimal_fractions_stay_exact() {
        let tenth = n("0.1");
        assert!(matches!(tenth.to_wire(), WireNumber::Text(ref t) if t == "0.1"));
        assert_eq!(Number::from_f64(0.1), Some(tenth.clone()));
        assert_ne!(Number::from_f64_exact(0.1), Some(tenth.clone()));
        assert_eq!(tenth.as_f64(), 0.1);
        assert_eq!(
            Number::from_f64_exact(0.1).unwrap().to_string(),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
        let big = n("123456789012345678901234567890");
        assert_eq!(big.to_string(), "123456789012345678901234567890");
        assert_eq!(big.as_i64(), None);
        assert_eq!(n("1e300").to_string(), "1e300");
        assert_eq!(n("-1.25e-30").to_string(), "-1.25e-30");
        assert_eq!(n("0.000001").to_string(), "0.000001");
        assert_eq!(n(".5"), n("0.5"));
        assert_eq!(n("5."), n("5"));
    }

    #[test]
    fn display_round_trips() {
        let samples = [
            "0",
            "-1",
            "1.5",
            "0.1",
            "1e300",
            "5e-324",
            "123.456",
            "-0.000000123",
            "98765432109876543210987654321e-40",
            "18446744073709551615",
            "1.7976931348623157e308",
            "2.2250738585072014e-308",
        ];
        for text in samples {
            let a = n(text);
            assert_eq!(n(&a.to_string()), a, "{text}");
        }
        for f in [
            0.1,
            1.0 / 3.0,
            1e300,
            5e-324,
            -123.456e-7,
            1e21,
            2f64.powi(70),
        ] {
            let a = Number::from_f64_exact(f).unwrap();
            assert_eq!(n(&a.to_string()), a, "{f}");
            assert_eq!(a.as_f64(), f);
            let b = Number::from_f64(f).unwrap();
            assert_eq!(b.as_f64(), f);
        }
    }

    #[test]
    fn infinities() {
        for text in ["Inf", "+Inf", "inf", "Infinity", "+infinity"] {
            assert!(n(text).is_infinite() && n(text).as_f64() > 0.0, "{text}");
        }
        assert_eq!(n("-Infinity").as_f64(), f64::NEG_INFINITY);
        assert_eq!(n("-Inf").to_string(), "-Inf");
        assert_eq!(n(&n("+Inf").to_string()), n("Infinity"));
        assert_eq!(Number::from_f64(f64::NAN), None);
    }

    #[test]
    fn rejects_non_numbers() {
        for text in [
            "",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "abc",
            "1.2.3",
            " 1",
            "1 ",
            "NaN",
            "0x10",
            "1e9999999999",
        ] {
            assert!(Number::parse(text).is_err(), "{text:?}");
        }
        let err = Number::parse("x").unwrap_err();
        assert_eq!(err.to_string(), "at (root): invalid number \"x\"");
    }
}
