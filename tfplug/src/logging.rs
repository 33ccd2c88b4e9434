//! Logs on stderr in the form Terraform shows under `TF_LOG`.
//!
//! go-plugin reads the provider's stderr line by line; a line starting with
//! `[TRACE]`, `[DEBUG]`, `[INFO]`, `[WARN]` or `[ERROR]` is logged at that level,
//! so `TF_LOG=debug terraform plan` shows the provider's messages.

use log::{Level, LevelFilter, Log, Metadata, Record};

struct StderrLogger;

impl Log for StderrLogger {
    fn enabled(&self, _metadata: &Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &Record<'_>) {
        let level = match record.level() {
            Level::Error => "ERROR",
            Level::Warn => "WARN",
            Level::Info => "INFO",
            Level::Debug => "DEBUG",
            Level::Trace => "TRACE",
        };
        // One line per record: go-plugin splits on newlines.
        let message = record.args().to_string().replace('\n', " ");
        eprintln!("[{level}] {}: {message}", record.target());
    }

    fn flush(&self) {}
}

static LOGGER: StderrLogger = StderrLogger;

/// Installs the stderr logger (once; later calls do nothing).
pub(crate) fn init() {
    if log::set_logger(&LOGGER).is_ok() {
        // rustls logs every handshake detail at trace; keep our own debug output useful.
        let level = match std::env::var("TF_LOG_PROVIDER")
            .or_else(|_| std::env::var("TF_LOG"))
            .map(|v| v.to_ascii_uppercase())
            .as_deref()
        {
            Ok("TRACE") => LevelFilter::Trace,
            Ok("DEBUG" | "JSON") => LevelFilter::Debug,
            Ok("WARN") => LevelFilter::Warn,
            Ok("ERROR") => LevelFilter::Error,
            _ => LevelFilter::Info,
        };
        log::set_max_level(level);
    }
}
