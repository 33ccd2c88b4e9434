//! Plan-time syntax check of the Go templates Prometheus expands in alert
//! annotations and labels, so that a broken template fails the plan instead
//! of `promtool check rules` (or Prometheus at load time).
//!
//! It checks what Go's `text/template` lexer rejects: every `{{` action is
//! closed by `}}`; an action is not empty; quoted strings (`"..."`, ending
//! on the same line), raw strings (`` `...` ``) and character constants
//! (`'x'`) are terminated; parentheses balance; `:` is only used in `:=`;
//! no character outside the template language (`{`, `}`, `[`, `!`, `;` ...)
//! appears in an action; trim markers are written `{{- ` and ` -}}`, with
//! whitespace on their inner side; comments `{{/* ... */}}` are closed and
//! end right at the closing delimiter. Function and variable names and
//! block structure (`if` ... `end`) are not checked.

/// The action delimiters.
const OPEN: &str = "{{";
const CLOSE: &str = "}}";

/// Checks the syntax of a Prometheus template; the error says what is wrong
/// and where (the action's byte offset).
pub(super) fn check_template(text: &str) -> Result<(), String> {
    let mut from = 0;
    while let Some(found) = text[from..].find(OPEN) {
        let start = from + found;
        from = action_end(text, start).map_err(|problem| {
            format!(
                "the template action starting at byte {start} ({}) {problem}.",
                excerpt(&text[start..])
            )
        })?;
    }
    Ok(())
}

/// The first characters of an action, for messages.
fn excerpt(action: &str) -> String {
    let short: String = action.chars().take(24).collect();
    if short.len() < action.len() {
        format!("{short:?}...")
    } else {
        format!("{short:?}")
    }
}

/// Whether `c` is whitespace as the Go template lexer sees it.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// At `rest`, a right trim marker and delimiter: whitespace, `-`, `}}`.
/// Returns its length.
fn right_trim_len(rest: &str) -> Option<usize> {
    let mut chars = rest.chars();
    let first = chars.next()?;
    (is_space(first) && rest[1..].starts_with("-}}")).then_some(4)
}

/// Checks the action that opens at `start` (at a `{{`) and returns the
/// offset just after its closing `}}`.
fn action_end(text: &str, start: usize) -> Result<usize, String> {
    let mut pos = start + OPEN.len();
    let after = &text[pos..];
    if let Some(marker) = after.strip_prefix('-') {
        match marker.chars().next() {
            Some(c) if is_space(c) => pos += 2,
            Some(c) if c.is_ascii_digit() || c == '.' => {} // a negative number
            _ => {
                return Err("has a trim marker without a space after it: write \"{{- \"".to_owned());
            }
        }
    }
    if text[pos..].starts_with("/*") {
        return comment_end(text, pos);
    }
    let mut parens = 0usize;
    let mut empty = true;
    let mut chars = text[pos..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = pos + offset;
        let rest = &text[at..];
        if let Some(len) = right_trim_len(rest).filter(|_| parens == 0) {
            return finish(empty, at + len);
        }
        if rest.starts_with(CLOSE) {
            if parens > 0 {
                return Err("has an unclosed left parenthesis".to_owned());
            }
            return finish(empty, at + CLOSE.len());
        }
        if is_space(c) {
            continue;
        }
        empty = false;
        match c {
            '"' | '\'' => {
                let kind = if c == '"' {
                    "string"
                } else {
                    "character constant"
                };
                let mut closed = false;
                while let Some((_, inner)) = chars.next() {
                    match inner {
                        '\\' => {
                            if matches!(chars.next(), None | Some((_, '\n'))) {
                                break;
                            }
                        }
                        '\n' => break,
                        _ if inner == c => {
                            closed = true;
                            break;
                        }
                        _ => {}
                    }
                }
                if !closed {
                    return Err(format!("has an unterminated quoted {kind}"));
                }
            }
            '`' if !chars.by_ref().any(|(_, inner)| inner == '`') => {
                return Err("has an unterminated raw string".to_owned());
            }
            '(' => parens += 1,
            ')' => {
                if parens == 0 {
                    return Err("has an unexpected right parenthesis".to_owned());
                }
                parens -= 1;
            }
            ':' if chars.peek().map(|(_, next)| *next) != Some('=') => {
                return Err("uses ':' outside ':='".to_owned());
            }
            // A closed raw string, or ':='.
            '`' | ':' => {}
            '-' if rest[1..].starts_with(CLOSE) => {
                return Err(
                    "has a trim marker without a space before it: write \" -}}\"".to_owned(),
                );
            }
            c if c.is_ascii() && !c.is_ascii_alphanumeric() && !"_$.=|,+-".contains(c) => {
                return Err(format!(
                    "contains {c:?}, which is not part of the template language"
                ));
            }
            _ => {}
        }
    }
    Err(if parens > 0 {
        "has an unclosed left parenthesis and no closing \"}}\"".to_owned()
    } else {
        "is not closed by \"}}\"".to_owned()
    })
}

/// The end of a non-empty action that closes at `end`.
fn finish(empty: bool, end: usize) -> Result<usize, String> {
    if empty {
        Err("is empty".to_owned())
    } else {
        Ok(end)
    }
}

/// Checks the comment that starts at `pos` (at `/*`) and returns the offset
/// after its action's closing delimiter.
fn comment_end(text: &str, pos: usize) -> Result<usize, String> {
    let Some(close) = text[pos + 2..].find("*/") else {
        return Err("opens a comment that is never closed with \"*/\"".to_owned());
    };
    let after = pos + 2 + close + 2;
    let rest = &text[after..];
    if rest.starts_with(CLOSE) {
        Ok(after + CLOSE.len())
    } else if let Some(len) = right_trim_len(rest) {
        Ok(after + len)
    } else {
        Err("has a comment that does not end right before \"}}\"".to_owned())
    }
}
