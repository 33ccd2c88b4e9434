//! Release artifacts and installation without `dev_overrides` (issue 16): `scripts/release.sh`
//! lays out what the registries require, and real `terraform init` (1.0.3 and the current 1.x)
//! installs the provider from them: from a filesystem mirror in the packed layout, and from a
//! provider registry on a loopback HTTPS port, checking the lock file's hashes against
//! SHA256SUMS and rejecting a tampered zip or a wrong signature.
//!
//! The release is made from the provider binary the suite built (no release build here).

use std::path::Path;
use std::process::Command;

use devopsflow_e2e::release::{
    PROVIDER_NAME, RegistryServer, Release, VERSION, h1_hash, lock_hashes, release_sh,
    sha256_file_hex,
};
use devopsflow_e2e::{DEVOPSFLOW_SOURCE, Terraform, Workspace, hcl_string, require_on_path};
use serde_json::Value;

/// A configuration requiring the provider from `source` at exactly the released version.
fn config(source: &str) -> String {
    format!(
        r#"
terraform {{
  required_providers {{
    devopsflow = {{
      source  = "{source}"
      version = "{VERSION}"
    }}
  }}
}}
"#
    )
}

/// Runs `cmd`, returning whether it succeeded and its combined output.
fn run(cmd: &mut Command) -> (bool, String) {
    let output = cmd.output().expect("run a command");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

/// `text` with every run of whitespace made one space (Terraform wraps its messages).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name of the executable inside the zip.
fn executable_name() -> String {
    format!("{PROVIDER_NAME}_v{VERSION}")
}

/// `terraform init`, then `terraform providers schema -json`, which starts the installed
/// binary: the provider must answer with its schema under `source`.
fn init_and_start(ws: &Workspace, source: &str) {
    ws.run_ok(&["init", "-input=false", "-no-color"]);
    let schema = ws.run_ok(&["providers", "schema", "-json"]);
    let schema: Value = serde_json::from_str(&schema.stdout).expect("schema JSON");
    let resources = &schema["provider_schemas"][source]["resource_schemas"];
    assert!(
        resources.get("devopsflow_alert_rules").is_some(),
        "the installed provider did not report its schema under {source}: {schema}"
    );
}

/// Removes what `init` installed (`.terraform/`, if any), keeping the lock file.
fn forget_install(ws: &Workspace) {
    if ws.exists(".terraform") {
        std::fs::remove_dir_all(ws.path(".terraform")).expect("remove .terraform");
    }
}

/// Rewrites the zip at `path` with the same entry name holding different bytes (the provider
/// binary plus a trailer): a valid package that is not the released one.
fn tamper_zip(release: &Release, path: &Path) {
    let dir = release.scratch("tamper");
    let entry = dir.join(executable_name());
    let mut bytes = std::fs::read(release.binary()).expect("read the provider binary");
    bytes.extend_from_slice(b"tampered");
    std::fs::write(&entry, bytes).expect("write the tampered binary");
    std::fs::remove_file(path).expect("remove the zip");
    let (ok, out) = run(Command::new(require_on_path("zip"))
        .current_dir(&dir)
        .arg("-q")
        .arg(path)
        .arg(executable_name()));
    assert!(ok, "zip failed: {out}");
}

#[test]
fn release_sh_writes_what_the_registry_requires() {
    let release = Release::build();

    let mut names: Vec<String> = std::fs::read_dir(release.dir())
        .expect("list the release")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    let expected: Vec<String> = [
        "SHA256SUMS",
        "SHA256SUMS.sig",
        "linux_amd64.zip",
        "manifest.json",
        "signing-key.asc",
    ]
    .iter()
    .map(|suffix| Release::file_name(suffix))
    .collect();
    assert_eq!(names, expected);

    // The zip holds exactly terraform-provider-devopsflow_vVERSION, the binary given, executable.
    let unzip = require_on_path("unzip");
    let (ok, listing) = run(Command::new(&unzip).arg("-Z1").arg(release.zip()));
    assert!(ok, "unzip -Z1 failed: {listing}");
    assert_eq!(listing.lines().collect::<Vec<_>>(), [executable_name()]);
    let (ok, details) = run(Command::new(&unzip).arg("-Z").arg(release.zip()));
    assert!(ok && details.contains("-rwxr-xr-x"), "not 0755: {details}");
    let unpacked = release.scratch("unpacked");
    let (ok, out) = run(Command::new(&unzip)
        .arg("-q")
        .arg(release.zip())
        .arg("-d")
        .arg(&unpacked));
    assert!(ok, "unzip failed: {out}");
    assert_eq!(
        sha256_file_hex(&unpacked.join(executable_name())),
        sha256_file_hex(release.binary()),
        "the zip does not hold the binary given"
    );

    // SHA256SUMS covers the zip and the manifest, with their real hashes.
    let sums = release.sums();
    let covered: Vec<&String> = sums.keys().collect();
    assert_eq!(
        covered,
        [
            &Release::file_name("linux_amd64.zip"),
            &Release::file_name("manifest.json")
        ]
    );
    for (name, hash) in &sums {
        assert_eq!(
            &sha256_file_hex(&release.dir().join(name)),
            hash,
            "{name} in SHA256SUMS"
        );
    }

    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(release.file("manifest.json")).expect("read the manifest"),
    )
    .expect("manifest JSON");
    assert_eq!(
        manifest,
        serde_json::json!({"version": 1, "metadata": {"protocol_versions": ["6.0"]}})
    );

    // The signature verifies with the published key alone, and not over other bytes.
    let gnupg = release.scratch("gnupg");
    let gpg = |args: &[&Path]| {
        run(Command::new(require_on_path("gpg"))
            .env("GNUPGHOME", &gnupg)
            .arg("--batch")
            .args(args))
    };
    let (ok, out) = gpg(&[Path::new("--import"), &release.file("signing-key.asc")]);
    assert!(ok, "the public key does not import: {out}");
    let sig = release.file("SHA256SUMS.sig");
    let (ok, out) = gpg(&[Path::new("--verify"), &sig, &release.file("SHA256SUMS")]);
    assert!(ok, "the signature does not verify: {out}");
    let (ok, out) = gpg(&[Path::new("--verify"), &sig, &release.file("manifest.json")]);
    assert!(!ok, "the signature verified over other bytes: {out}");
}

#[test]
fn release_sh_refuses_a_version_other_than_the_crates() {
    let out = tempfile::tempdir().expect("temp dir");
    let output = release_sh(&[
        "9.9.9",
        "--binary",
        "linux_amd64=/bin/true",
        "--out",
        &out.path().join("dist").to_string_lossy(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "release.sh accepted 9.9.9");
    assert!(
        stderr.contains("differs from the workspace version"),
        "{stderr}"
    );
    assert!(!out.path().join("dist").exists(), "wrote a release anyway");
}

#[test]
fn init_installs_from_a_filesystem_mirror_and_rejects_a_tampered_zip() {
    let release = Release::build();
    let sums = release.sums();
    let zip_name = Release::file_name("linux_amd64.zip");
    let zh = format!("zh:{}", sums[&zip_name]);
    let h1 = h1_hash(release.binary(), &executable_name());

    for tf in Terraform::all() {
        // The packed layout: HOSTNAME/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip
        let mirror = release.scratch(&format!("mirror-{}", tf.version()));
        let packed = mirror.join(DEVOPSFLOW_SOURCE);
        std::fs::create_dir_all(&packed).expect("create the mirror");
        std::fs::copy(release.zip(), packed.join(&zip_name)).expect("copy the zip");

        let ws = Workspace::new(&tf, &[]);
        std::fs::write(
            ws.cli_config(),
            format!(
                "provider_installation {{\n  filesystem_mirror {{\n    path    = {}\n    include = [\"{DEVOPSFLOW_SOURCE}\"]\n  }}\n  direct {{\n    exclude = [\"{DEVOPSFLOW_SOURCE}\"]\n  }}\n}}\n",
                hcl_string(&mirror.to_string_lossy())
            ),
        )
        .expect("write the CLI configuration");
        ws.set_config(&config("devopsflow/devopsflow"));

        // A lock file as a registry install writes it (the zip's zh: hash from SHA256SUMS):
        // init checks the mirror's zip against it, then adds the h1: hash of its contents.
        ws.write_file(
            ".terraform.lock.hcl",
            &format!(
                "provider \"{DEVOPSFLOW_SOURCE}\" {{\n  version     = \"{VERSION}\"\n  constraints = \"{VERSION}\"\n  hashes = [\n    \"{zh}\",\n  ]\n}}\n"
            ),
        );
        init_and_start(&ws, DEVOPSFLOW_SOURCE);
        let lock = ws.read_file(".terraform.lock.hcl");
        assert_eq!(
            lock_hashes(&lock, DEVOPSFLOW_SOURCE),
            [h1.clone(), zh.clone()],
            "{tf}: lock file after init:\n{lock}"
        );

        // Again, with that lock file and nothing installed.
        forget_install(&ws);
        init_and_start(&ws, DEVOPSFLOW_SOURCE);
        assert_eq!(
            ws.read_file(".terraform.lock.hcl"),
            lock,
            "{tf}: lock changed"
        );

        // A zip with other contents under the same name does not match the lock.
        forget_install(&ws);
        tamper_zip(&release, &packed.join(&zip_name));
        let stderr = one_line(&ws.run_expect_error(&["init", "-input=false", "-no-color"]));
        assert!(
            stderr.contains("doesn't match any of the checksums"),
            "{tf}: {stderr}"
        );
        assert!(!ws.exists(".terraform/providers"), "{tf}: installed anyway");

        // Without a lock file the mirror install records the h1: hash of what it installed.
        std::fs::copy(release.zip(), packed.join(&zip_name)).expect("restore the zip");
        forget_install(&ws);
        ws.remove_file(".terraform.lock.hcl");
        init_and_start(&ws, DEVOPSFLOW_SOURCE);
        let lock = ws.read_file(".terraform.lock.hcl");
        assert_eq!(
            lock_hashes(&lock, DEVOPSFLOW_SOURCE),
            std::slice::from_ref(&h1),
            "{tf}"
        );
    }
}

/// A workspace that installs from `server` only (trusting its CA), requiring the provider from
/// it; returns the workspace and the provider's source address.
fn registry_workspace(tf: &Terraform, server: &RegistryServer) -> (Workspace, String) {
    let source = format!("{}/devopsflow/devopsflow", server.host());
    let mut ws = Workspace::new(tf, &[]);
    std::fs::write(ws.cli_config(), "provider_installation {\n  direct {}\n}\n")
        .expect("write the CLI configuration");
    ws.set_env("SSL_CERT_FILE", server.ca_file());
    ws.set_config(&config(&source));
    (ws, source)
}

#[test]
fn init_installs_from_a_registry_verifying_the_signature() {
    let release = Release::build();
    let sums = release.sums();
    let h1 = h1_hash(release.binary(), &executable_name());
    let mut expected_hashes = vec![h1];
    expected_hashes.extend(sums.values().map(|hash| format!("zh:{hash}")));
    expected_hashes.sort();

    for tf in Terraform::all() {
        let state = release.scratch(&format!("registry-{}", tf.version()));
        let server = RegistryServer::start(&release.dir(), &state);
        let (ws, source) = registry_workspace(&tf, &server);

        ws.run_ok(&["init", "-input=false", "-no-color"]);
        let schema = ws.run_ok(&["providers", "schema", "-json"]);
        assert!(
            schema.stdout.contains("devopsflow_alert_rules"),
            "{tf}: {schema}"
        );
        let requests = server.requests();
        for path in [
            "/.well-known/terraform.json".to_string(),
            "/v1/providers/devopsflow/devopsflow/versions".to_string(),
            format!("/v1/providers/devopsflow/devopsflow/{VERSION}/download/linux/amd64"),
            format!("/files/{}", Release::file_name("SHA256SUMS.sig")),
            format!("/files/{}", Release::file_name("linux_amd64.zip")),
        ] {
            assert!(requests.contains(&path), "{tf}: no {path} in {requests:?}");
        }

        // The lock records every zh: hash of the signed SHA256SUMS and the package's h1:.
        let lock = ws.read_file(".terraform.lock.hcl");
        let mut hashes = lock_hashes(&lock, &source);
        hashes.sort();
        assert_eq!(hashes, expected_hashes, "{tf}: lock file:\n{lock}");

        forget_install(&ws);
        ws.run_ok(&["init", "-input=false", "-no-color"]);
        assert_eq!(
            ws.read_file(".terraform.lock.hcl"),
            lock,
            "{tf}: lock changed"
        );

        // SHA256SUMS that are not what the key signed: init refuses, installs nothing.
        let served = release.scratch(&format!("served-{}", tf.version()));
        for entry in std::fs::read_dir(release.dir()).expect("list the release") {
            let entry = entry.expect("entry");
            std::fs::copy(entry.path(), served.join(entry.file_name())).expect("copy");
        }
        let sums_file = served.join(Release::file_name("SHA256SUMS"));
        let mut text = std::fs::read_to_string(&sums_file).expect("read SHA256SUMS");
        text.push_str(&format!("{}  extra.zip\n", "0".repeat(64)));
        std::fs::write(&sums_file, text).expect("write SHA256SUMS");
        drop(server);
        let state = release.scratch(&format!("registry-bad-{}", tf.version()));
        let server = RegistryServer::start(&served, &state);
        let (ws, _) = registry_workspace(&tf, &server);
        let stderr = one_line(&ws.run_expect_error(&["init", "-input=false", "-no-color"]));
        assert!(
            stderr.contains("error checking signature"),
            "{tf}: {stderr}"
        );
        assert!(!ws.exists(".terraform.lock.hcl"), "{tf}: wrote a lock file");
    }
}
