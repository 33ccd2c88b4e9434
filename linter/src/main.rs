//! devopsflow-lint: a policy linter for Terraform and OpenTofu.
//!
//! Exit codes: 0 no finding at or above `--fail-on`, 1 at least one, 2 on a
//! parse, configuration or usage error.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use devopsflow_lint::baseline::Baseline;
use devopsflow_lint::config;
use devopsflow_lint::driver;
use devopsflow_lint::fix_apply as fix;
use devopsflow_lint::output::{self, Report};
use devopsflow_lint::registry::find_rule_in;
use devopsflow_lint::suppress::Date;
use devopsflow_lint::{RuleMeta, Settings, Severity, Workspace};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Pretty,
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// JUnit XML, one test suite per rule.
    Junit,
    /// Checkstyle XML.
    Checkstyle,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// `file:line:col: severity RULE message`.
    Compact,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FailOn {
    Critical,
    High,
    Medium,
    Low,
    Info,
    Never,
}

/// A fast, precise policy linter for Terraform and OpenTofu.
#[derive(Debug, Parser)]
#[command(
    name = "devopsflow-lint",
    version,
    args_conflicts_with_subcommands = true
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files and directories to lint (directories are walked recursively).
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Lint the planned values of a plan (`terraform show -json PLANFILE`
    /// output) instead of the source; PATHS is the configuration it was made
    /// from, which findings point back at.
    #[arg(long, value_name = "PLAN.json", conflicts_with_all = ["fix", "diff", "parse_only"])]
    plan: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    format: Format,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Low)]
    fail_on: FailOn,
    /// Write the report to FILE (atomically) and a one-line summary to stderr.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Configuration file (default: `.devopsflow-lint.hcl` found by walking up
    /// from each linted path).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Report only findings that the baseline FILE does not accept, and list
    /// its entries that no longer match.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current unsuppressed findings in a baseline FILE and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Report inline suppressions that match no finding (rule DFL904).
    #[arg(long)]
    report_unused_suppressions: bool,
    /// The date `until=` of suppressions is compared with (tests; default
    /// today in UTC, or `DEVOPSFLOW_LINT_TODAY`).
    #[arg(long, hide = true, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    /// Only discover and parse (benchmark baseline); prints the file count.
    #[arg(long, hide = true)]
    parse_only: bool,
    /// Apply safe fixes in place, then report what remains.
    #[arg(long, conflicts_with = "write_baseline")]
    fix: bool,
    /// Also apply unsafe fixes (with --fix or --diff); they replace resources.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the fixes as a unified diff without writing; exit 1 if any.
    #[arg(long, conflicts_with_all = ["fix", "write_baseline"])]
    diff: bool,
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if let Some(config::ConfigError::Policy(report) | config::ConfigError::Parse(report)) =
                err.downcast_ref()
            {
                // A malformed policy: a miette report with its span.
                let mut text = String::new();
                let handler = miette::GraphicalReportHandler::new_themed(
                    miette::GraphicalTheme::unicode_nocolor(),
                );
                if handler.render_report(&mut text, report).is_ok() {
                    eprint!("{text}");
                    return ExitCode::from(2);
                }
            }
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List every rule: code, name, category, default severity, fixable
    /// (with the policies of the configuration file).
    Rules {
        /// Configuration file whose policies to list (default:
        /// `.devopsflow-lint.hcl` found from the current directory).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Print a rule's or policy's documentation (by code or name).
    Explain {
        /// A rule code (`DFL102`) or name (`rds-storage-not-encrypted`).
        rule: String,
        /// Configuration file whose policies to search (default:
        /// `.devopsflow-lint.hcl` found from the current directory).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

/// Resolves the configuration of every requested module directory.
fn configs(args: &Args, ws: &Workspace) -> anyhow::Result<HashMap<PathBuf, Settings>> {
    let mut by_file: HashMap<PathBuf, Settings> = HashMap::new();
    let mut out = HashMap::new();
    if let Some(path) = &args.config {
        let config = config::load(path)?;
        for dir in &ws.requested {
            out.insert(dir.clone(), config.clone());
        }
        return Ok(out);
    }
    for dir in &ws.requested {
        // A plan's settings are its configuration directory's.
        let lookup = ws
            .plans
            .iter()
            .find(|p| &ws.files[p.file].path == dir)
            .map_or(dir, |p| &p.config);
        let config = match config::discover(lookup) {
            Some(file) => {
                if !by_file.contains_key(&file) {
                    let loaded = config::load(&file)?;
                    by_file.insert(file.clone(), loaded);
                }
                by_file[&file].clone()
            }
            None => Settings::default(),
        };
        out.insert(dir.clone(), config);
    }
    Ok(out)
}

/// The directory baseline paths are relative to: the baseline file's own.
fn baseline_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn run(args: &Args) -> anyhow::Result<u8> {
    if let Some(command) = &args.command {
        return subcommand(command);
    }
    let mut ws = Workspace::load(&args.paths)?;
    if args.parse_only {
        println!(
            "{} file(s), {} parse error(s)",
            ws.files.len(),
            ws.parse_errors.len()
        );
        return Ok(u8::from(!ws.parse_errors.is_empty()) * 2);
    }
    driver::load_called_modules(&mut ws).context("loading called modules")?;
    if let Some(plan) = &args.plan {
        let config = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
        let config = if config.is_file() {
            config.parent().unwrap_or(Path::new("."))
        } else {
            config
        };
        ws.load_plan(plan, config)?;
    }
    let configs = configs(args, &ws)?;
    let today = match args
        .today
        .clone()
        .or_else(|| std::env::var("DEVOPSFLOW_LINT_TODAY").ok())
    {
        Some(text) => Some(
            Date::parse(&text)
                .with_context(|| format!("invalid date `{text}` (expected YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    let options = driver::Options {
        today,
        report_unused_suppressions: args.report_unused_suppressions,
    };
    let lint_ws = |ws: &Workspace| {
        driver::lint_with(
            ws,
            &|dir: &Path| configs.get(dir).cloned().unwrap_or_default(),
            &options,
        )
    };
    let mut findings = if args.fix || args.diff {
        let run = fix::fix_workspace(&mut ws, args.unsafe_fixes, &lint_ws);
        if args.diff {
            print!("{}", fix::diff(&ws, &run));
            eprintln!(
                "devopsflow-lint: {}",
                fix::summary(&run, args.unsafe_fixes, false)
            );
            return Ok(if ws.parse_errors.is_empty() {
                u8::from(!run.original.is_empty())
            } else {
                2
            });
        }
        let written = fix::write(&ws, &run).context("writing fixed files")?;
        for file in &written.skipped {
            eprintln!("warning: {file} changed on disk or is not UTF-8; not fixed");
        }
        eprintln!(
            "devopsflow-lint: {}",
            fix::summary(&run, args.unsafe_fixes, true)
        );
        run.findings
    } else {
        if args.unsafe_fixes {
            anyhow::bail!("--unsafe-fixes needs --fix or --diff");
        }
        lint_ws(&ws)
    };
    if let Some(path) = &args.write_baseline {
        let baseline = Baseline::from_findings(&ws, &findings, &baseline_dir(path));
        devopsflow_fs::write_atomically(path, baseline.to_json().as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "devopsflow-lint: wrote {} baseline entr(y/ies) to {}",
            baseline.entries.len(),
            path.display()
        );
        return Ok(0);
    }
    let outcome = match &args.baseline {
        Some(path) => {
            let baseline = Baseline::load(path)?;
            Some(baseline.apply(&ws, &mut findings, &baseline_dir(path)))
        }
        None => None,
    };
    let report = Report {
        workspace: &ws,
        findings: &findings,
    };
    let mut text = match args.format {
        Format::Json => {
            let mut sections = serde_json::Map::new();
            if let (Some(path), Some(outcome)) = (&args.baseline, &outcome) {
                let file = path.to_string_lossy().replace('\\', "/");
                sections.insert("baseline".to_owned(), outcome.json(&file));
            }
            let mut json = report.json_with(sections);
            json.push('\n');
            json
        }
        Format::Pretty if args.output.is_some() => report.pretty(
            &miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor()),
        ),
        Format::Pretty => {
            let handler = miette::GraphicalReportHandler::new();
            report.pretty(&handler)
        }
        Format::Sarif => output::sarif::render(&report, &root()),
        Format::Junit => output::junit::render(&report),
        Format::Checkstyle => output::checkstyle::render(&report),
        Format::Github => output::github::render(&report, &root()),
        Format::Compact => output::compact::render(&report),
    };
    if let (Format::Pretty, Some(outcome)) = (args.format, &outcome) {
        text.push_str(&outcome.notes());
    }
    if let Some(path) = &args.output {
        write_report(path, &text)?;
        eprintln!(
            "devopsflow-lint: {}; report written to {}",
            output::summary_line(&report),
            path.display()
        );
    } else {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    }
    if !ws.parse_errors.is_empty() {
        return Ok(2);
    }
    let threshold = match args.fail_on {
        FailOn::Critical => Some(Severity::Critical),
        FailOn::High => Some(Severity::High),
        FailOn::Medium => Some(Severity::Medium),
        FailOn::Low => Some(Severity::Low),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    let failed =
        threshold.is_some_and(|t| findings.iter().any(|f| !f.suppressed && f.severity <= t));
    Ok(u8::from(failed))
}

/// The directory GitHub-facing paths are relative to: the git work tree.
fn root() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    output::source_root(&cwd)
}

/// Writes the report atomically and durably (`devopsflow_fs`), so readers
/// never see a half-written report.
fn write_report(path: &Path, text: &str) -> anyhow::Result<()> {
    anyhow::ensure!(
        path.file_name().is_some(),
        "--output {} names no file",
        path.display()
    );
    devopsflow_fs::write_output(path, text.as_bytes())
        .with_context(|| format!("writing {}", path.display()))
}

/// The user policies of the configuration a subcommand names or finds from
/// the current directory.
fn user_policies(config: Option<&Path>) -> anyhow::Result<Vec<&'static RuleMeta>> {
    let file = match config {
        Some(path) => Some(path.to_path_buf()),
        None => config::discover(Path::new(".")),
    };
    let settings = match file {
        Some(file) => config::load(&file)?,
        None => Settings::default(),
    };
    Ok(settings.policies.iter().map(|p| &p.meta).collect())
}

/// `rules` and `explain`.
fn subcommand(command: &Command) -> anyhow::Result<u8> {
    Ok(match command {
        Command::Rules { config } => {
            let policies = user_policies(config.as_deref())?;
            print!("{}", output::rules::table(&policies));
            0
        }
        Command::Explain { rule, config } => {
            let policies = user_policies(config.as_deref())?;
            if let Some(meta) = find_rule_in(rule, &policies) {
                print!("{}", output::rules::explain(meta));
                return Ok(0);
            }
            match output::rules::suggest(rule) {
                Some(close) => eprintln!(
                    "error: unknown rule `{rule}`; did you mean `{}` ({})?",
                    close.code, close.name
                ),
                None => eprintln!(
                    "error: unknown rule `{rule}`; `devopsflow-lint rules` lists them all"
                ),
            }
            2
        }
    })
}
