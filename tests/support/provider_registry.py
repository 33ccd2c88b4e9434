#!/usr/bin/env python3
"""A provider registry for tests, on a loopback HTTPS port, serving release artifacts.

It implements the parts of Terraform's provider registry protocol that `terraform init` uses:

  GET /.well-known/terraform.json                         service discovery: providers.v1
  GET /v1/providers/NAMESPACE/TYPE/versions               versions, protocols and platforms
  GET /v1/providers/NAMESPACE/TYPE/VERSION/download/OS/ARCH
                                                          the package: download_url, shasum,
                                                          shasums_url, shasums_signature_url and
                                                          the signing key (gpg_public_keys)
  GET /files/NAME                                         the artifact files themselves

from a directory written by scripts/release.sh (terraform-provider-TYPE_VERSION_OS_ARCH.zip,
..._SHA256SUMS, ..._SHA256SUMS.sig, ..._manifest.json, ..._signing-key.asc). Every file is
read when it is requested, so a test may change one between requests.

At start it makes a throw-away certificate authority and a server certificate for
`localhost` and 127.0.0.1 with the openssl command, writes the CA certificate to
STATE/ca.pem (point SSL_CERT_FILE at it so that Terraform trusts the server), and prints
`listening on PORT` on stdout once it accepts connections. Each request's path is appended to
STATE/requests.log. It serves until it is killed.

Usage: provider_registry.py --artifacts DIR --state DIR [--namespace NS] [--type TYPE]
"""

import argparse
import http.server
import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
import threading


def make_certificates(state):
    """Writes ca.pem, server.pem and server.key into `state` with openssl; returns their paths."""
    ca_key = os.path.join(state, "ca.key")
    ca_pem = os.path.join(state, "ca.pem")
    key = os.path.join(state, "server.key")
    csr = os.path.join(state, "server.csr")
    pem = os.path.join(state, "server.pem")
    ext = os.path.join(state, "server.ext")

    def openssl(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", ca_key, "-out", ca_pem, "-days", "1",
            "-subj", "/CN=devopsflow test registry CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", csr, "-subj", "/CN=localhost")
    with open(ext, "w", encoding="utf-8") as f:
        f.write("basicConstraints=critical,CA:FALSE\n"
                "keyUsage=critical,digitalSignature\n"
                "extendedKeyUsage=serverAuth\n"
                "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", csr, "-CA", ca_pem, "-CAkey", ca_key, "-CAcreateserial",
            "-out", pem, "-days", "1", "-extfile", ext)
    return ca_pem, pem, key


def key_id(armored_key_path):
    """The long key ID of the armoured public key, as gpg reads it (in a scratch GNUPGHOME)."""
    with tempfile.TemporaryDirectory() as home:
        out = subprocess.run(
            ["gpg", "--batch", "--with-colons", "--show-keys", armored_key_path],
            check=True, capture_output=True, text=True,
            env={**os.environ, "GNUPGHOME": home},
        ).stdout
    for line in out.splitlines():
        fields = line.split(":")
        if fields[0] == "pub":
            return fields[4]
    raise SystemExit(f"no public key in {armored_key_path}")


class Registry:
    """What the release directory holds for one provider."""

    def __init__(self, artifacts, namespace, type_name):
        self.artifacts = artifacts
        self.namespace = namespace
        self.type = type_name
        self.prefix = f"terraform-provider-{type_name}_"

    def platforms(self):
        """{version: [(os, arch), ...]} from the zips present."""
        pattern = re.compile(re.escape(self.prefix) + r"([^_]+)_([a-z0-9]+)_([a-z0-9]+)\.zip$")
        found = {}
        for name in sorted(os.listdir(self.artifacts)):
            m = pattern.match(name)
            if m:
                found.setdefault(m.group(1), []).append((m.group(2), m.group(3)))
        return found

    def file(self, name):
        return os.path.join(self.artifacts, name)

    def protocols(self, version):
        with open(self.file(f"{self.prefix}{version}_manifest.json"), encoding="utf-8") as f:
            return json.load(f)["metadata"]["protocol_versions"]

    def versions(self):
        return {
            "versions": [
                {
                    "version": version,
                    "protocols": self.protocols(version),
                    "platforms": [{"os": o, "arch": a} for o, a in platforms],
                }
                for version, platforms in self.platforms().items()
            ]
        }

    def download(self, base, version, os_name, arch):
        if (os_name, arch) not in self.platforms().get(version, []):
            return None
        zip_name = f"{self.prefix}{version}_{os_name}_{arch}.zip"
        sums = f"{self.prefix}{version}_SHA256SUMS"
        with open(self.file(sums), encoding="utf-8") as f:
            shasum = next(
                (line.split()[0] for line in f if line.split()[1:] == [zip_name]), None)
        if shasum is None:
            raise ValueError(f"{sums} lists no {zip_name}")
        key_file = self.file(f"{self.prefix}{version}_signing-key.asc")
        with open(key_file, encoding="utf-8") as f:
            armor = f.read()
        return {
            "protocols": self.protocols(version),
            "os": os_name,
            "arch": arch,
            "filename": zip_name,
            "download_url": f"{base}/files/{zip_name}",
            "shasums_url": f"{base}/files/{sums}",
            "shasums_signature_url": f"{base}/files/{sums}.sig",
            "shasum": shasum,
            "signing_keys": {
                "gpg_public_keys": [{"key_id": key_id(key_file), "ascii_armor": armor}]
            },
        }


def handler_for(registry, log_path):
    log_lock = threading.Lock()
    api = re.compile(r"^/v1/providers/([^/]+)/([^/]+)/(versions|([^/]+)/download/([^/]+)/([^/]+))$")

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, fmt, *args):  # quiet: requests go to requests.log
            pass

        def send_body(self, status, body, content_type):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def send_json(self, value):
            self.send_body(200, json.dumps(value).encode(), "application/json")

        def not_found(self):
            self.send_body(404, b'{"errors":["Not Found"]}', "application/json")

        def do_GET(self):
            with log_lock, open(log_path, "a", encoding="utf-8") as log:
                log.write(self.path + "\n")
            path = self.path.split("?", 1)[0]
            if path == "/.well-known/terraform.json":
                return self.send_json({"providers.v1": "/v1/providers/"})
            if path.startswith("/files/"):
                name = path[len("/files/"):]
                if "/" in name or not os.path.isfile(registry.file(name)):
                    return self.not_found()
                with open(registry.file(name), "rb") as f:
                    return self.send_body(200, f.read(), "application/octet-stream")
            m = api.match(path)
            if not m or (m.group(1), m.group(2)) != (registry.namespace, registry.type):
                return self.not_found()
            if m.group(3) == "versions":
                return self.send_json(registry.versions())
            base = f"https://{self.headers['Host']}"
            found = registry.download(base, m.group(4), m.group(5), m.group(6))
            return self.send_json(found) if found else self.not_found()

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--state", required=True)
    parser.add_argument("--namespace", default="devopsflow")
    parser.add_argument("--type", default="devopsflow")
    args = parser.parse_args()

    _, cert, key = make_certificates(args.state)
    registry = Registry(os.path.abspath(args.artifacts), args.namespace, args.type)
    handler = handler_for(registry, os.path.join(args.state, "requests.log"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
