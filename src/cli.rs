//! The command line: clap definitions, and the only place that prints or
//! reads the terminal. Exit codes: 0 success, 1 problems in the handbook, 2 usage.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand};

use crate::build::{self, BuildOptions, Loaded, Progress};
use crate::diag::Diagnostics;
use crate::i18n::{check, status, sync};
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
    Build {
        #[command(flatten)]
        project: ProjectArg,
        /// Languages to build, e.g. sl,it (default: all)
        #[arg(long, value_delimiter = ',', value_name = "LANGS")]
        lang: Option<Vec<String>>,
        /// Formats to build: pdf, epub, html (default: all)
        #[arg(long, value_delimiter = ',', value_name = "FORMATS")]
        format: Option<Vec<String>>,
        /// Output folder (default: dist/ in the project)
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Fail a language that has untranslated messages
        #[arg(long)]
        strict: bool,
        /// Also write the generated Typst source beside each PDF
        #[arg(long)]
        emit_typst: bool,
        /// Recompile every PDF even if nothing changed
        #[arg(long)]
        no_cache: bool,
    },
    /// Report problems in the source and the translations
    Check {
        #[command(flatten)]
        project: ProjectArg,
        /// Print the diagnostics as JSON
        #[arg(long)]
        json: bool,
    },
    /// Show translation progress per language (and chapter)
    Status {
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
    },
    /// Update every language's .ftl files from the Markdown, losing nothing
    Sync {
        #[command(flatten)]
        project: ProjectArg,
    },
    /// Start a new handbook project in DIR that builds and checks clean at once
    New {
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
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
    /// Serve the site on 127.0.0.1 and rebuild it when a file changes
    Serve {
        #[command(flatten)]
        project: ProjectArg,
        /// Port to listen on
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
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
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn load_project(dir: &Path) -> Result<Project, ExitCode> {
    let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    Project::load(&root).map_err(|diags| {
        print_diagnostics(&root, &diags);
        ExitCode::from(1)
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
        Command::Build {
            project,
            lang,
            format,
            out,
            strict,
            emit_typst,
            no_cache,
        } => {
            let project = match load_project(&project.project) {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let formats = match format {
                None => Format::ALL.to_vec(),
                Some(names) => {
                    let mut formats = Vec::new();
                    for name in names {
                        match Format::parse(&name) {
                            Some(f) => formats.push(f),
                            None => {
                                eprintln!(
                                    "error: unknown format `{name}`: choose from pdf, epub, html"
                                );
                                return Ok(ExitCode::from(2));
                            }
                        }
                    }
                    formats
                }
            };
            let out = out.unwrap_or_else(|| project.root.join("dist"));
            let root = project.root.clone();
            let loaded = Loaded::load_for(project, lang.as_deref());
            let options = BuildOptions {
                languages: lang,
                formats,
                out,
                strict,
                emit_typst,
                cache: !no_cache,
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
            Ok(if report.failed() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Check { project, json } => {
            let project = match load_project(&project.project) {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let loaded = Loaded::load(project);
            let mut diags = loaded.diagnostics.clone();
            diags.extend(check::check(
                &loaded.project,
                &loaded.book,
                &loaded.catalogs,
            ));
            diags.sort();
            if json {
                print_stdout(&serde_json::to_string_pretty(
                    &serde_json::json!({ "diagnostics": diags.items }),
                )?)?;
            } else {
                print_diagnostics(&loaded.project.root, &diags);
                eprintln!("check: {}", summary_line(&diags));
            }
            Ok(if diags.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Status {
            project,
            json,
            chapter,
            min,
        } => {
            let project = match load_project(&project.project) {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let loaded = Loaded::load(project);
            if loaded.diagnostics.has_errors() {
                print_diagnostics(&loaded.project.root, &loaded.diagnostics);
            }
            let source = loaded.catalog(&loaded.project.source_language);
            let statuses: Vec<_> = loaded
                .catalogs
                .iter()
                .map(|c| status::language_status(&loaded.project, &loaded.book, c, source))
                .collect();
            if json {
                print_stdout(&serde_json::to_string_pretty(
                    &serde_json::json!({ "languages": statuses }),
                )?)?;
            } else {
                print_stdout(status::format_table(&statuses, chapter).trim_end())?;
            }
            let below: Vec<_> = match min {
                Some(min) => statuses
                    .iter()
                    .filter(|s| s.counts.percent < min)
                    .map(|s| s.language.as_str())
                    .collect(),
                None => vec![],
            };
            if !below.is_empty() {
                eprintln!("below {}%: {}", min.unwrap_or_default(), below.join(", "));
                return Ok(ExitCode::from(1));
            }
            Ok(if loaded.diagnostics.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Sync { project } => {
            let project = match load_project(&project.project) {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let mut diags = Diagnostics::default();
            let book = crate::source::Book::load(&project, &mut diags);
            if diags.has_errors() {
                print_diagnostics(&project.root, &diags);
                eprintln!("sync: nothing written; fix the source first");
                return Ok(ExitCode::from(1));
            }
            let report = sync::sync(&project, &book, &mut diags);
            diags.sort();
            print_diagnostics(&project.root, &diags);
            if report.recovered > 0 {
                eprintln!(
                    "finished a sync that was stopped: {} file(s) replaced",
                    report.recovered
                );
            }
            for file in &report.written {
                eprintln!("wrote {file}");
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
            Ok(if diags.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::New {
            dir,
            title,
            source_language,
            language,
        } => {
            let new = crate::scaffold::NewProject {
                dir: dir.clone(),
                title,
                source_language,
                language,
            };
            match crate::scaffold::create(&new) {
                Ok(written) => {
                    for file in &written {
                        eprintln!("wrote {file}");
                    }
                    eprintln!(
                        "a new handbook is in {0}: `handbook build --project {0}` makes its PDF, EPUB and website",
                        dir.display()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(diagnostic) => {
                    eprint!("{}", diagnostic.render(&dir));
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Completions { shell } => {
            use clap::CommandFactory as _;
            let mut command = Cli::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "handbook", &mut script);
            print_stdout(String::from_utf8_lossy(&script).trim_end())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { project, port } => {
            let project = match load_project(&project.project) {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            crate::serve::serve(project, port, std::sync::Arc::new(TerminalServe))?;
            Ok(ExitCode::SUCCESS)
        }
    }
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

    fn finished(&self, language: &str, format: Format, outcome: &Result<usize, String>) {
        let line = match outcome {
            Ok(n) => format!("{language} {format}: done ({n} file(s))"),
            Err(e) => format!("{language} {format}: failed: {e}"),
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
