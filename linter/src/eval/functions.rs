//! The subset of Terraform's built-in functions the linter evaluates.
//!
//! A function that is not listed here, or that gets an unknown argument where
//! the result depends on it, returns [`Value::Unknown`].

use std::collections::BTreeMap;

use hcl_edit::expr::Expression;

use crate::eval::{EvalError, Scope, loose_eq};
use crate::value::Value;

type Eval = Result<Value, EvalError>;

/// Every function [`call`] evaluates (others give an unknown value).
pub(crate) const NAMES: &[&str] = &[
    "abs",
    "alltrue",
    "anytrue",
    "can",
    "coalesce",
    "coalescelist",
    "compact",
    "concat",
    "contains",
    "distinct",
    "element",
    "endswith",
    "flatten",
    "format",
    "join",
    "jsondecode",
    "jsonencode",
    "keys",
    "length",
    "lookup",
    "lower",
    "max",
    "merge",
    "min",
    "nonsensitive",
    "one",
    "replace",
    "sensitive",
    "split",
    "startswith",
    "strcontains",
    "tobool",
    "tolist",
    "tomap",
    "tonumber",
    "toset",
    "tostring",
    "trimspace",
    "try",
    "upper",
    "values",
    "zipmap",
];

/// Calls a function by name.
pub(crate) fn call(
    scope: &Scope<'_, '_>,
    name: &str,
    args: &[&Expression],
    expand_final: bool,
) -> Eval {
    match name {
        "try" => return call_try(scope, args),
        "can" => return call_can(scope, args),
        _ => {}
    }
    let mut values = Vec::with_capacity(args.len());
    for arg in args {
        values.push(scope_eval(scope, arg)?);
    }
    if expand_final {
        match values.pop() {
            Some(Value::List(items)) => values.extend(items),
            Some(_) | None => return Ok(Value::Unknown),
        }
    }
    apply(name, values)
}

fn scope_eval(scope: &Scope<'_, '_>, expr: &Expression) -> Eval {
    // Errors inside arguments are real errors for the call (so `try` sees them).
    let value = scope.eval_checked(expr)?;
    Ok(value)
}

fn call_try(scope: &Scope<'_, '_>, args: &[&Expression]) -> Eval {
    for arg in args {
        match scope.eval_checked(arg) {
            Ok(value) if value.is_wholly_known() => return Ok(value),
            Ok(_) => return Ok(Value::Unknown),
            Err(_) => {}
        }
    }
    Err(EvalError)
}

fn call_can(scope: &Scope<'_, '_>, args: &[&Expression]) -> Eval {
    let Some(arg) = args.first() else {
        return Err(EvalError);
    };
    Ok(match scope.eval_checked(arg) {
        Ok(value) if value.is_wholly_known() => Value::Bool(true),
        Ok(_) => Value::Unknown,
        Err(_) => Value::Bool(false),
    })
}

fn strings(values: &[Value]) -> Option<Vec<String>> {
    values.iter().map(Value::to_string_value).collect()
}

fn apply(name: &str, args: Vec<Value>) -> Eval {
    // `merge` and `concat` keep known keys even when some values are unknown,
    // so only an unknown argument at the top level makes them unknown.
    if args.iter().any(Value::is_unknown) {
        return Ok(Value::Unknown);
    }
    let arg = |i: usize| args.get(i).ok_or(EvalError);
    Ok(match name {
        "merge" => {
            let mut out = BTreeMap::new();
            for value in args {
                match value {
                    Value::Object(map) => out.extend(map),
                    Value::Null => {}
                    _ => return Err(EvalError),
                }
            }
            Value::Object(out)
        }
        "concat" => {
            let mut out = Vec::new();
            for value in args {
                match value {
                    Value::List(items) => out.extend(items),
                    _ => return Err(EvalError),
                }
            }
            Value::List(out)
        }
        "lookup" => {
            let map = arg(0)?.as_object().ok_or(EvalError)?;
            let key = arg(1)?.to_string_value().ok_or(EvalError)?;
            match map.get(&key) {
                Some(found) => found.clone(),
                None => arg(2)?.clone(),
            }
        }
        "coalesce" => {
            for value in &args {
                match value {
                    Value::Null => {}
                    Value::String(s) if s.is_empty() => {}
                    other if other.is_wholly_known() => return Ok(other.clone()),
                    _ => return Ok(Value::Unknown),
                }
            }
            return Err(EvalError);
        }
        "coalescelist" => {
            for value in &args {
                match value {
                    Value::List(items) if items.is_empty() => {}
                    Value::List(_) => return Ok(value.clone()),
                    _ => return Err(EvalError),
                }
            }
            return Err(EvalError);
        }
        "tomap" | "tolist" | "toset" | "tostring" | "sensitive" | "nonsensitive" => arg(0)?.clone(),
        "tonumber" => match arg(0)? {
            Value::Null => Value::Null,
            v => Value::Number(v.as_f64().ok_or(EvalError)?),
        },
        "tobool" => match arg(0)? {
            Value::Null => Value::Null,
            v => Value::Bool(v.as_bool().ok_or(EvalError)?),
        },
        "jsonencode" => arg(0)?.to_json().map_or(Value::Unknown, Value::String),
        "jsondecode" => {
            let text = arg(0)?.as_str().ok_or(EvalError)?;
            let json: serde_json::Value = serde_json::from_str(text).map_err(|_| EvalError)?;
            Value::from_json(&json)
        }
        "length" => match arg(0)? {
            Value::List(items) => Value::Number(items.len() as f64),
            Value::Object(map) => Value::Number(map.len() as f64),
            Value::String(s) => Value::Number(s.chars().count() as f64),
            _ => return Err(EvalError),
        },
        "keys" => Value::List(
            arg(0)?
                .as_object()
                .ok_or(EvalError)?
                .keys()
                .map(|k| Value::String(k.clone()))
                .collect(),
        ),
        "values" => Value::List(
            arg(0)?
                .as_object()
                .ok_or(EvalError)?
                .values()
                .cloned()
                .collect(),
        ),
        "contains" => {
            let list = arg(0)?.as_list().ok_or(EvalError)?;
            let needle = arg(1)?;
            Value::Bool(list.iter().any(|item| loose_eq(item, needle)))
        }
        "element" => {
            let list = arg(0)?.as_list().ok_or(EvalError)?;
            let index = arg(1)?.as_f64().ok_or(EvalError)?;
            if list.is_empty() || index < 0.0 {
                return Err(EvalError);
            }
            list[(index as usize) % list.len()].clone()
        }
        "one" => match arg(0)?.as_list().ok_or(EvalError)? {
            [] => Value::Null,
            [single] => single.clone(),
            _ => return Err(EvalError),
        },
        "join" => {
            let sep = arg(0)?.to_string_value().ok_or(EvalError)?;
            let mut parts = Vec::new();
            for list in &args[1..] {
                parts.extend(list.string_list().ok_or(EvalError)?);
            }
            Value::String(parts.join(&sep))
        }
        "split" => {
            let sep = arg(0)?.to_string_value().ok_or(EvalError)?;
            let text = arg(1)?.to_string_value().ok_or(EvalError)?;
            Value::List(
                text.split(sep.as_str())
                    .map(|s| Value::String(s.to_owned()))
                    .collect(),
            )
        }
        "lower" | "upper" | "trimspace" => {
            let text = arg(0)?.to_string_value().ok_or(EvalError)?;
            Value::String(match name {
                "lower" => text.to_lowercase(),
                "upper" => text.to_uppercase(),
                _ => text.trim().to_owned(),
            })
        }
        "alltrue" | "anytrue" => {
            // `alltrue` is decided by a known `false`, `anytrue` by a known
            // `true`; otherwise an unknown element makes the result unknown.
            let decisive = name == "anytrue";
            let mut unknown = false;
            for item in arg(0)?.as_list().ok_or(EvalError)? {
                match item {
                    Value::Unknown => unknown = true,
                    other if other.as_bool().ok_or(EvalError)? == decisive => {
                        return Ok(Value::Bool(decisive));
                    }
                    _ => {}
                }
            }
            if unknown {
                Value::Unknown
            } else {
                Value::Bool(!decisive)
            }
        }
        "strcontains" => {
            let text = arg(0)?.to_string_value().ok_or(EvalError)?;
            let part = arg(1)?.to_string_value().ok_or(EvalError)?;
            Value::Bool(text.contains(&part))
        }
        "startswith" | "endswith" => {
            let text = arg(0)?.to_string_value().ok_or(EvalError)?;
            let affix = arg(1)?.to_string_value().ok_or(EvalError)?;
            Value::Bool(if name == "startswith" {
                text.starts_with(&affix)
            } else {
                text.ends_with(&affix)
            })
        }
        "replace" => {
            let [text, from, to] = [arg(0)?, arg(1)?, arg(2)?].map(Value::to_string_value);
            let (Some(text), Some(from), Some(to)) = (text, from, to) else {
                return Err(EvalError);
            };
            if from.len() > 1 && from.starts_with('/') && from.ends_with('/') {
                return Ok(Value::Unknown);
            }
            Value::String(text.replace(&from, &to))
        }
        "format" => format(&args)?,
        "flatten" => Value::List(flatten(arg(0)?)?),
        "distinct" => {
            let mut out: Vec<Value> = Vec::new();
            for item in arg(0)?.as_list().ok_or(EvalError)? {
                if !out.contains(item) {
                    out.push(item.clone());
                }
            }
            Value::List(out)
        }
        "compact" => Value::List(
            arg(0)?
                .as_list()
                .ok_or(EvalError)?
                .iter()
                .filter(|v| !matches!(v, Value::Null) && v.as_str() != Some(""))
                .cloned()
                .collect(),
        ),
        "zipmap" => {
            let keys = strings(arg(0)?.as_list().ok_or(EvalError)?).ok_or(EvalError)?;
            let values = arg(1)?.as_list().ok_or(EvalError)?;
            Value::Object(keys.into_iter().zip(values.iter().cloned()).collect())
        }
        "min" | "max" => {
            let mut nums = args.iter().map(|v| v.as_f64().ok_or(EvalError));
            let first = nums.next().ok_or(EvalError)??;
            let mut acc = first;
            for n in nums {
                let n = n?;
                acc = if name == "min" {
                    acc.min(n)
                } else {
                    acc.max(n)
                };
            }
            Value::Number(acc)
        }
        "abs" => Value::Number(arg(0)?.as_f64().ok_or(EvalError)?.abs()),
        _ => Value::Unknown,
    })
}

fn flatten(value: &Value) -> Result<Vec<Value>, EvalError> {
    let mut out = Vec::new();
    for item in value.as_list().ok_or(EvalError)? {
        match item {
            Value::List(_) => out.extend(flatten(item)?),
            other => out.push(other.clone()),
        }
    }
    Ok(out)
}

fn format(args: &[Value]) -> Eval {
    let spec = args.first().and_then(Value::as_str).ok_or(EvalError)?;
    let mut rest = args[1..].iter();
    let mut out = String::new();
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('s' | 'd' | 'v') => {
                let value = rest.next().ok_or(EvalError)?;
                out.push_str(&value.to_string_value().ok_or(EvalError)?);
            }
            _ => return Ok(Value::Unknown),
        }
    }
    Ok(Value::String(out))
}
