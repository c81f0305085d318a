//! Fetches the script fonts pinned in `script-fonts.lock` (Arabic,
//! Ethiopic, Devanagari, emoji) from the npm registry, checks each tarball's
//! SHA-256, and writes `script_fonts.rs` into OUT_DIR for the PDF renderer
//! to embed (`src/render/pdf/fonts.rs`).

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

const LOCK: &str = "script-fonts.lock";
/// A folder holding the tarballs, for building without the network.
const OFFLINE: &str = "HANDBOOK_SCRIPT_FONTS";
const REGISTRY: &str = "https://registry.npmjs.org";

/// One line of the lock file.
struct Package {
    name: String,
    version: String,
    sha256: String,
    script: String,
    files: Vec<String>,
}

impl Package {
    /// `noto-emoji` of `@expo-google-fonts/noto-emoji`.
    fn base_name(&self) -> &str {
        self.name.rsplit('/').next().unwrap_or(&self.name)
    }

    /// `noto-emoji-0.4.7.tgz`, as npm names the tarball.
    fn tarball(&self) -> String {
        format!("{}-{}.tgz", self.base_name(), self.version)
    }

    fn url(&self) -> String {
        format!("{REGISTRY}/{}/-/{}", self.name, self.tarball())
    }
}

fn parse(lock: &str) -> Result<Vec<Package>, String> {
    let mut packages = Vec::new();
    for (index, line) in lock.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [name, version, sha256, script, files @ ..] = fields.as_slice() else {
            return Err(format!("{LOCK}:{}: too few fields", index + 1));
        };
        if files.is_empty() || sha256.len() != 64 {
            return Err(format!(
                "{LOCK}:{}: want `package version sha256 script file...`",
                index + 1
            ));
        }
        packages.push(Package {
            name: (*name).to_owned(),
            version: (*version).to_owned(),
            sha256: sha256.to_ascii_lowercase(),
            script: (*script).to_owned(),
            files: files.iter().map(|f| (*f).to_owned()).collect(),
        });
    }
    Ok(packages)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// The tarball at `url`, trusting the certificates the system trusts.
fn download(url: &str) -> Result<Vec<u8>, String> {
    use ureq::tls::{RootCerts, TlsConfig};
    let agent = ureq::Agent::config_builder()
        .tls_config(
            TlsConfig::builder()
                .root_certs(RootCerts::PlatformVerifier)
                .build(),
        )
        .build()
        .new_agent();
    let mut response = agent.get(url).call().map_err(|e| e.to_string())?;
    response
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_vec()
        .map_err(|e| e.to_string())
}

/// The package's tarball: from OUT_DIR when an earlier build fetched it,
/// else from the offline folder or the registry, checked against the lock.
fn tarball(package: &Package, out: &Path) -> Result<Vec<u8>, String> {
    let cached = out.join(package.tarball());
    if let Ok(bytes) = std::fs::read(&cached)
        && sha256_hex(&bytes) == package.sha256
    {
        return Ok(bytes);
    }
    let (bytes, from) = match std::env::var_os(OFFLINE) {
        Some(folder) => {
            let path = PathBuf::from(folder).join(package.tarball());
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            (bytes, path.display().to_string())
        }
        None => {
            let url = package.url();
            let bytes = download(&url).map_err(|e| {
                format!(
                    "could not fetch {url}: {e}\n  offline, put {} in a folder and set {OFFLINE} to that folder",
                    package.tarball()
                )
            })?;
            (bytes, url)
        }
    };
    let found = sha256_hex(&bytes);
    if found != package.sha256 {
        return Err(format!(
            "{from} has SHA-256 {found}, not the {} of {LOCK}: not used",
            package.sha256
        ));
    }
    std::fs::write(&cached, &bytes).map_err(|e| format!("{}: {e}", cached.display()))?;
    Ok(bytes)
}

/// The font licence every package carries (the OFL, with the font's
/// copyright), beside its files.
const LICENCE: &str = "LICENSE_FONT";

/// Writes the package's font files into `folder`, returning their paths in
/// the lock's order, then its licence's (`OFL-<package>.txt`).
fn extract(package: &Package, tgz: &[u8], folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut wanted = package.files.clone();
    wanted.push(LICENCE.to_owned());
    let mut found: Vec<Option<PathBuf>> = vec![None; wanted.len()];
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tgz));
    let entries = archive.entries().map_err(|e| e.to_string())?;
    for entry in entries {
        let mut entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path().map_err(|e| e.to_string())?.into_owned();
        let inside = path.strip_prefix("package").unwrap_or(&path);
        let Some(index) = wanted.iter().position(|f| Path::new(f) == inside) else {
            continue;
        };
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        let target = if wanted[index] == LICENCE {
            folder.join(format!("OFL-{}.txt", package.base_name()))
        } else {
            folder.join(inside.file_name().ok_or("a file without a name")?)
        };
        std::fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))?;
        found[index] = Some(target);
    }
    found
        .into_iter()
        .zip(&wanted)
        .map(|(path, file)| path.ok_or_else(|| format!("{} has no {file}", package.tarball())))
        .collect()
}

fn generate(out: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(LOCK).map_err(|e| format!("{LOCK}: {e}"))?;
    let folder = out.join("script-fonts");
    // Files of an earlier lock are not left beside the current ones.
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    let mut code = String::from("// Generated by build.rs from script-fonts.lock.\n");
    code.push_str("pub(crate) const SCRIPT_FONTS: &[ScriptFont] = &[\n");
    for package in parse(&lock)? {
        let tgz = tarball(&package, out)?;
        let mut paths = extract(&package, &tgz, &folder)?;
        let licence = paths.pop().ok_or("no licence")?;
        let licence_name = licence.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let licence = licence.to_str().ok_or("OUT_DIR is not UTF-8")?;
        for path in paths {
            let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let path = path.to_str().ok_or("OUT_DIR is not UTF-8")?;
            let _ = writeln!(
                code,
                "    // from {} {}\n    ScriptFont {{ file: {file:?}, script: {:?}, bytes: include_bytes!({path:?}), licence: ({licence_name:?}, include_bytes!({licence:?})) }},",
                package.name, package.version, package.script
            );
        }
    }
    code.push_str("];\n");
    Ok(code)
}

fn main() {
    println!("cargo::rerun-if-changed={LOCK}");
    println!("cargo::rerun-if-env-changed={OFFLINE}");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    match generate(&out) {
        Ok(code) => {
            if let Err(e) = std::fs::write(out.join("script_fonts.rs"), code) {
                eprintln!("handbook's script fonts: {e}");
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("handbook's script fonts ({LOCK}): {e}");
            std::process::exit(1);
        }
    }
}
