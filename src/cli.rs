//! The command line: clap definitions, and the only place that prints or
//! reads the terminal. Exit codes: 0 success, 1 problems in the handbook, 2 usage.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand};

use crate::build::{self, BuildOptions, Loaded, Progress};
use crate::check;
use crate::diag::Diagnostics;
use crate::i18n::{status, sync};
use crate::manifest::Project;
use crate::render::Format;

#[derive(Parser, Debug)]
#[command(
    name = "handbook",
    version,
    about = "Publish a single-source, Fluent-translated handbook as PDF, EPUB and a website"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Debug)]
struct ProjectArg {
    /// The project folder (holding handbook/handbook.yaml)
    #[arg(long, value_name = "DIR", default_value = ".")]
    project: PathBuf,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build PDF, EPUB and HTML for every language (or those chosen)
    Build(BuildArgs),
    /// Report problems in the source and the translations
    Check(CheckArgs),
    /// Show translation progress per language (and chapter)
    Status(StatusArgs),
    /// Update every language's .ftl files from the Markdown, losing nothing
    Sync(ProjectArg),
    /// Confirm stale translations without editing them (after a review)
    Confirm(ConfirmArgs),
    /// Start a new handbook project in DIR that builds and checks clean at once
    New(NewArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
    /// Serve the site on 127.0.0.1 and rebuild it when a file changes
    Serve(ServeArgs),
    /// Write one language's messages as XLIFF 1.2 for a CAT tool
    Export(ExportArgs),
    /// Bring translations back from an XLIFF file (its target-language), losing nothing
    Import(ImportArgs),
}

#[derive(clap::Args, Debug)]
struct BuildArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// Languages to build, e.g. sl,it (default: all)
    #[arg(long, value_delimiter = ',', value_name = "LANGS")]
    lang: Option<Vec<String>>,
    /// Formats to build (default: all)
    #[arg(long, value_delimiter = ',', value_name = "FORMATS", help = format!("Formats to build: {} (default: all)", Format::names()))]
    format: Option<Vec<String>>,
    /// Output folder (default: dist/ in the project)
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Fail a language that has untranslated messages, and a PDF with
    /// characters no font has
    #[arg(long)]
    strict: bool,
    /// Also write the generated Typst source beside each PDF
    #[arg(long)]
    emit_typst: bool,
    /// Recompile every PDF even if nothing changed
    #[arg(long)]
    no_cache: bool,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// Print the diagnostics as JSON
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args, Debug)]
struct StatusArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// Print as JSON
    #[arg(long)]
    json: bool,
    /// Also show every chapter
    #[arg(long)]
    chapter: bool,
    /// Exit with 1 if a language is below this percentage (0 to 100)
    #[arg(long, value_name = "PCT", value_parser = parse_percentage)]
    min: Option<f64>,
}

#[derive(clap::Args, Debug)]
struct ConfirmArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// The language whose translations are confirmed
    language: String,
    /// Only this chapter (its file name without .md, e.g. 05-campaign)
    #[arg(long, value_name = "CHAPTER")]
    chapter: Option<String>,
    /// Only these messages (default: every stale one)
    ids: Vec<String>,
}

#[derive(clap::Args, Debug)]
struct NewArgs {
    /// The folder to create (it must not exist, or be empty)
    dir: PathBuf,
    /// The handbook's title
    #[arg(long, default_value = "A handbook for local communities")]
    title: String,
    /// The language the handbook is written in
    #[arg(long, value_name = "LANG", default_value = "en")]
    source_language: String,
    /// The first language it is translated into
    #[arg(long, value_name = "LANG", default_value = "de")]
    language: String,
}

#[derive(clap::Args, Debug)]
struct ExportArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// The language to export, e.g. sl
    #[arg(long, value_name = "LANG")]
    xliff: String,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct ImportArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// The XLIFF 1.2 file (as `handbook export --xliff` wrote it, translated)
    file: PathBuf,
}

#[derive(clap::Args, Debug)]
struct ServeArgs {
    #[command(flatten)]
    project: ProjectArg,
    /// Port to listen on
    #[arg(long, default_value_t = 8000)]
    port: u16,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => match err.downcast_ref::<Reported>() {
            Some(Reported(code)) => ExitCode::from(*code),
            None => {
                eprintln!("error: {err:#}");
                ExitCode::from(1)
            }
        },
    }
}

/// A command stopped after printing why: exit with this code, print nothing more.
#[derive(Debug)]
struct Reported(u8);

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stopped with exit code {}", self.0)
    }
}

impl std::error::Error for Reported {}

fn load_project(dir: &Path) -> anyhow::Result<Project> {
    let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    Project::load(&root).map_err(|diags| {
        print_diagnostics(&root, &diags);
        Reported(1).into()
    })
}

/// `--min`: a finite percentage (NaN would make every comparison pass).
fn parse_percentage(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(value) if (0.0..=100.0).contains(&value) => Ok(value),
        _ => Err(format!("`{text}` is not a percentage from 0 to 100")),
    }
}

/// Prints a line to standard output. A closed pipe (`| head`) is not an
/// error; any other failure (a full disk) is, so that no JSON is lost quietly.
fn print_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("cannot write to standard output: {err}"))
        }
        _ => Ok(()),
    }
}

fn print_diagnostics(root: &Path, diags: &Diagnostics) {
    for diagnostic in &diags.items {
        eprint!("{}", diagnostic.render(root));
    }
}

fn summary_line(diags: &Diagnostics) -> String {
    format!(
        "{} error(s), {} warning(s)",
        diags.error_count(),
        diags.warning_count()
    )
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build(args) => build_command(args),
        Command::Check(args) => check_command(args),
        Command::Status(args) => status_command(args),
        Command::Sync(args) => sync_command(args),
        Command::Confirm(args) => confirm_command(args),
        Command::New(args) => new_command(args),
        Command::Completions { shell } => completions_command(shell),
        Command::Serve(args) => serve_command(args),
        Command::Export(args) => export_command(args),
        Command::Import(args) => import_command(args),
    }
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn build_command(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let project = load_project(&args.project.project)?;
    let formats = match args.format {
        None => Format::ALL.to_vec(),
        Some(names) => {
            let mut formats = Vec::new();
            for name in names {
                let Some(format) = Format::parse(&name) else {
                    eprintln!(
                        "error: unknown format `{name}`: choose from {}",
                        Format::names()
                    );
                    return Err(Reported(2).into());
                };
                formats.push(format);
            }
            formats
        }
    };
    let out = args.out.unwrap_or_else(|| project.root.join("dist"));
    let root = project.root.clone();
    let loaded = Loaded::load_for(project, args.lang.as_deref());
    let options = BuildOptions {
        languages: args.lang,
        formats,
        out,
        strict: args.strict,
        emit_typst: args.emit_typst,
        cache: !args.no_cache,
    };
    let progress = TerminalProgress::new();
    let report = build::build(&loaded, &options, &progress);
    progress.finish();
    print_diagnostics(&root, &report.diagnostics);
    let failed = report.results.values().filter(|r| r.is_err()).count();
    eprintln!(
        "built {} of {} outputs into {}; {}",
        report.results.len() - failed,
        report.results.len(),
        options.out.display(),
        summary_line(&report.diagnostics)
    );
    Ok(exit_code(report.failed()))
}

fn check_command(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let loaded = Loaded::load(load_project(&args.project.project)?);
    let mut diags = loaded.diagnostics.clone();
    diags.extend(check::check(
        &loaded.project,
        &loaded.book,
        &loaded.catalogs,
    ));
    diags.sort();
    if args.json {
        print_stdout(&serde_json::to_string_pretty(
            &serde_json::json!({ "diagnostics": diags.items }),
        )?)?;
    } else {
        print_diagnostics(&loaded.project.root, &diags);
        eprintln!("check: {}", summary_line(&diags));
    }
    Ok(exit_code(diags.has_errors()))
}

fn status_command(args: StatusArgs) -> anyhow::Result<ExitCode> {
    let loaded = Loaded::load(load_project(&args.project.project)?);
    if loaded.diagnostics.has_errors() {
        print_diagnostics(&loaded.project.root, &loaded.diagnostics);
    }
    let source = loaded.catalog(&loaded.project.source_language);
    let statuses: Vec<_> = loaded
        .catalogs
        .iter()
        .map(|c| status::language_status(&loaded.project, &loaded.book, c, source))
        .collect();
    if args.json {
        print_stdout(&serde_json::to_string_pretty(
            &serde_json::json!({ "languages": statuses }),
        )?)?;
    } else {
        print_stdout(status::format_table(&statuses, args.chapter).trim_end())?;
    }
    if let Some(min) = args.min {
        let below: Vec<&str> = statuses
            .iter()
            .filter(|s| s.counts.percent < min)
            .map(|s| s.language.as_str())
            .collect();
        if !below.is_empty() {
            eprintln!("below {min}%: {}", below.join(", "));
            return Ok(ExitCode::from(1));
        }
    }
    Ok(exit_code(loaded.diagnostics.has_errors()))
}

fn sync_command(args: ProjectArg) -> anyhow::Result<ExitCode> {
    run_sync(&args.project, None)
}

fn confirm_command(args: ConfirmArgs) -> anyhow::Result<ExitCode> {
    let confirm = sync::Confirm {
        language: args.language,
        chapter: args.chapter,
        ids: args.ids,
    };
    run_sync(&args.project.project, Some(&confirm))
}

/// `sync`, or `confirm` (a sync that also confirms what it is told to).
fn run_sync(dir: &Path, confirm: Option<&sync::Confirm>) -> anyhow::Result<ExitCode> {
    let project = load_project(dir)?;
    if let Some(confirm) = confirm {
        let known_language = project.languages.contains(&confirm.language)
            && confirm.language != project.source_language;
        let known_chapter = confirm
            .chapter
            .as_ref()
            .is_none_or(|stem| project.chapters.iter().any(|c| c.stem == *stem));
        if !known_language || !known_chapter {
            eprintln!(
                "error: `{}`{} is not a translated language and chapter of this handbook",
                confirm.language,
                confirm
                    .chapter
                    .as_deref()
                    .map(|c| format!(" / `{c}`"))
                    .unwrap_or_default()
            );
            return Err(Reported(2).into());
        }
    }
    let mut diags = Diagnostics::default();
    let book = crate::source::Book::load(&project, &mut diags);
    if diags.has_errors() {
        print_diagnostics(&project.root, &diags);
        eprintln!("sync: nothing written; fix the source first");
        return Ok(ExitCode::from(1));
    }
    let report = match confirm {
        Some(confirm) => sync::confirm(&project, &book, confirm, &mut diags),
        None => sync::sync(&project, &book, &mut diags),
    };
    diags.sort();
    print_diagnostics(&project.root, &diags);
    if let Some(replaced) = report.recovered {
        eprintln!("finished a sync that was stopped: {replaced} file(s) replaced");
    }
    for file in &report.written {
        eprintln!("wrote {file}");
    }
    if let Some(confirm) = confirm {
        eprintln!(
            "confirmed {} stale translation(s) of `{}`",
            report.confirmed, confirm.language
        );
        if report.confirmed == 0 && !confirm.ids.is_empty() {
            eprintln!("(none of the ids given is a stale translation)");
        }
    }
    if report.rekeyed > 0 {
        eprintln!(
            "{} translation(s) moved to the current message id scheme",
            report.rekeyed
        );
    }
    eprintln!(
        "sync: {} file(s) written, {} translation(s) marked stale, {} moved to obsolete.ftl, {} restored from it",
        report.written.len(),
        report.stale,
        report.obsoleted,
        report.restored
    );
    Ok(exit_code(diags.has_errors()))
}

fn export_command(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let project = load_project(&args.project.project)?;
    let languages = [args.xliff.clone()];
    let loaded = Loaded::load_for(project, Some(&languages));
    let xliff = match crate::xliff::export(&loaded, &args.xliff) {
        Ok(xliff) => xliff,
        Err(mut diags) => {
            diags.sort();
            print_diagnostics(&loaded.project.root, &diags);
            eprintln!("export: nothing written; {}", summary_line(&diags));
            return Ok(ExitCode::from(1));
        }
    };
    match &args.output {
        Some(path) => {
            crate::output::write_atomic(path, xliff.as_bytes(), crate::output::Durability::Atomic)
                .map_err(|err| anyhow::anyhow!("cannot write {}: {err}", path.display()))?;
            eprintln!("wrote {}", path.display());
        }
        None => print_stdout(xliff.trim_end())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn import_command(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let project = load_project(&args.project.project)?;
    let mut diags = Diagnostics::default();
    let book = crate::source::Book::load(&project, &mut diags);
    if diags.has_errors() {
        print_diagnostics(&project.root, &diags);
        eprintln!("import: nothing written; fix the source first");
        return Ok(ExitCode::from(1));
    }
    let shown = args.file.to_string_lossy().into_owned();
    let mut problems = Diagnostics::default();
    let report = crate::xliff::import(&project, &book, &args.file, &shown, &mut problems);
    // The XLIFF file's problems are shown from where it is, the rest from the project.
    let (theirs, ours): (Vec<_>, Vec<_>) = problems
        .items
        .into_iter()
        .partition(|d| d.file.as_deref() == Some(shown.as_str()));
    let (theirs, ours) = (Diagnostics { items: theirs }, Diagnostics { items: ours });
    print_diagnostics(Path::new(""), &theirs);
    print_diagnostics(&project.root, &ours);
    let Some(report) = report else {
        eprintln!("import: nothing written; {}", summary_line(&theirs));
        return Ok(ExitCode::from(1));
    };
    for file in &report.written {
        eprintln!("wrote {file}");
    }
    for file in report
        .sync
        .written
        .iter()
        .filter(|f| !report.written.contains(f))
    {
        eprintln!("sync wrote {file}");
    }
    eprintln!(
        "import: {}: {} translation(s) added, {} changed, {} unchanged, {} unit(s) without a translation",
        report.language, report.added, report.changed, report.unchanged, report.untranslated
    );
    Ok(exit_code(ours.has_errors()))
}

fn new_command(args: NewArgs) -> anyhow::Result<ExitCode> {
    let new = crate::scaffold::NewProject {
        dir: args.dir.clone(),
        title: args.title,
        source_language: args.source_language,
        language: args.language,
    };
    match crate::scaffold::create(&new) {
        Ok(written) => {
            for file in &written {
                eprintln!("wrote {file}");
            }
            eprintln!(
                "a new handbook is in {0}: `handbook build --project {0}` makes its PDF, EPUB and website",
                args.dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(diagnostic) => {
            eprint!("{}", diagnostic.render(&args.dir));
            Ok(ExitCode::from(1))
        }
    }
}

fn completions_command(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    use clap::CommandFactory as _;
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "handbook", &mut script);
    print_stdout(String::from_utf8_lossy(&script).trim_end())?;
    Ok(ExitCode::SUCCESS)
}

fn serve_command(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let project = load_project(&args.project.project)?;
    crate::serve::serve(project, args.port, std::sync::Arc::new(TerminalServe))?;
    Ok(ExitCode::SUCCESS)
}

/// The terminal's progress bars and, by `language/format`, each step's bar.
type Bars = (
    indicatif::MultiProgress,
    Mutex<Vec<(String, indicatif::ProgressBar)>>,
);

/// Progress bars per language and format on a terminal; plain lines when piped.
struct TerminalProgress {
    bars: Option<Bars>,
}

impl TerminalProgress {
    fn new() -> Self {
        let bars = std::io::stderr()
            .is_terminal()
            .then(|| (indicatif::MultiProgress::new(), Mutex::new(Vec::new())));
        TerminalProgress { bars }
    }

    /// Leaves every step's final line on screen, flushed before the summary.
    fn finish(&self) {
        if let Some((multi, _)) = &self.bars {
            let _ = multi.println("");
        }
    }
}

impl Progress for TerminalProgress {
    fn started(&self, language: &str, format: Format) {
        if let Some((multi, bars)) = &self.bars {
            let bar = multi.add(indicatif::ProgressBar::new_spinner());
            bar.set_message(format!("{language} {format}: building"));
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bars.lock()
                .expect("no panics while locked")
                .push((format!("{language}/{format}"), bar));
        }
    }

    fn finished(&self, language: &str, format: Format, outcome: &build::Outcome) {
        let line = match outcome {
            Ok(n) => format!("{language} {format}: done ({n} file(s))"),
            Err(problems) => {
                let first = problems.first().map_or("", |d| d.message.as_str());
                match problems.len() {
                    0 | 1 => format!("{language} {format}: failed: {first}"),
                    n => format!("{language} {format}: failed: {first} (and {} more)", n - 1),
                }
            }
        };
        match &self.bars {
            Some((_, bars)) => {
                let key = format!("{language}/{format}");
                if let Some((_, bar)) = bars
                    .lock()
                    .expect("no panics while locked")
                    .iter()
                    .find(|(k, _)| *k == key)
                {
                    bar.finish_with_message(line);
                }
            }
            None => eprintln!("{line}"),
        }
    }
}

/// What `serve` reports, as lines on standard error.
struct TerminalServe;

impl crate::serve::ServeEvents for TerminalServe {
    fn listening(&self, url: &str, out: &Path) {
        eprintln!("serving {} on {url} (Ctrl-C stops)", out.display());
    }

    fn rebuilt(&self, languages: Option<&[String]>, elapsed: std::time::Duration) {
        let which = languages.map_or_else(|| "all languages".to_owned(), |l| l.join(", "));
        eprintln!("rebuilt the HTML of {which} in {} ms", elapsed.as_millis());
    }

    fn problems(&self, rendered: &str) {
        eprint!("{rendered}");
    }
}
