#!/usr/bin/env python3
"""Writes linter/data/registry-pack.tf, the linter's registry-module pack.

Usage (each argument is a git clone of the module's repository, e.g. the
directory `fetch github:terraform-aws-modules/terraform-aws-rds` gives):

    python3 scripts/gen-registry-pack.py CLONE... [--check]

For every module of MODULES, every release tag (vX.Y.Z) dated 2020 or later
is read: the `variable` blocks of the inputs the model reads are copied from
the module's own files at that tag. Consecutive releases whose copied blocks
are identical form one range. The pack holds, per module, the hand-written
model (linter/data/registry/<name>.tf) once (`#= model SOURCE`), then one
entry per range with its variables (`#= module SOURCE versions V...`); the
linter evaluates each entry as the last model before it followed by its
variables. Where the module's own code changed how an input is used, a
second model `<name>@X.Y.Z.tf` describes the releases from X.Y.Z on
(`#= model SOURCE from X.Y.Z`, written before the first entry it serves). `--check` compares instead of writing (exit 1 on a difference).
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "linter", "data", "registry-pack.tf")
SINCE = "2020-01-01"

# name: (registry source, repository, files holding the variables, inputs)
MODULES = {
    "security-group": (
        "terraform-aws-modules/security-group/aws",
        "terraform-aws-security-group",
        ["variables.tf", "rules.tf"],
        [
            "create",
            "ingress_rules",
            "ingress_cidr_blocks",
            "ingress_ipv6_cidr_blocks",
            "ingress_with_cidr_blocks",
            "rules",
        ],
    ),
    "rds": (
        "terraform-aws-modules/rds/aws",
        "terraform-aws-rds",
        ["variables.tf"],
        [
            "create_db_instance",
            "identifier",
            "engine",
            "storage_encrypted",
            "kms_key_id",
            "publicly_accessible",
            "replicate_source_db",
            "snapshot_identifier",
            "tags",
        ],
    ),
    # Storage and messaging modules whose inputs decide encryption at rest.
    "s3-bucket": (
        "terraform-aws-modules/s3-bucket/aws",
        "terraform-aws-s3-bucket",
        ["variables.tf"],
        ["create_bucket", "bucket", "server_side_encryption_configuration", "tags"],
    ),
    "sqs": (
        "terraform-aws-modules/sqs/aws",
        "terraform-aws-sqs",
        ["variables.tf"],
        [
            "create",
            "name",
            "kms_master_key_id",
            "sqs_managed_sse_enabled",
            "create_dlq",
            "dlq_kms_master_key_id",
            "dlq_sqs_managed_sse_enabled",
            "tags",
        ],
    ),
    "sns": (
        "terraform-aws-modules/sns/aws",
        "terraform-aws-sns",
        ["variables.tf"],
        ["create_sns_topic", "create", "name", "kms_master_key_id", "tags"],
    ),
    "kms": (
        "terraform-aws-modules/kms/aws",
        "terraform-aws-kms",
        ["variables.tf"],
        [
            "create",
            "create_external",
            "create_replica",
            "create_replica_external",
            "description",
            "enable_key_rotation",
            "customer_master_key_spec",
            "key_usage",
            "tags",
        ],
    ),
    "efs": (
        "terraform-aws-modules/efs/aws",
        "terraform-aws-efs",
        ["variables.tf"],
        ["create", "name", "encrypted", "kms_key_arn", "tags"],
    ),
    "elasticache": (
        "terraform-aws-modules/elasticache/aws",
        "terraform-aws-elasticache",
        ["variables.tf"],
        [
            "create",
            "create_replication_group",
            "create_secondary_global_replication_group",
            "engine",
            "at_rest_encryption_enabled",
            "kms_key_arn",
            "transit_encryption_enabled",
            "tags",
        ],
    ),
}

TAG = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")


def git(clone, *args):
    return subprocess.run(
        ["git", "--git-dir", git_dir(clone), *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def git_dir(clone):
    inner = os.path.join(clone, ".git")
    return inner if os.path.isdir(inner) else clone


def variable_blocks(text, names):
    """The `variable "NAME" { ... }` blocks of `names`, by name, as written."""
    found = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = re.match(r'^variable\s+"([^"]+)"\s*\{', lines[i])
        if not match:
            i += 1
            continue
        depth = 0
        block = []
        while i < len(lines):
            line = lines[i]
            block.append(line)
            depth += line.count("{") - line.count("}")
            i += 1
            if depth <= 0:
                break
        if match.group(1) in names:
            found[match.group(1)] = "\n".join(block)
    return found


def releases(clone):
    out = []
    for line in git(clone, "tag", "--list", "v*", "--format=%(refname:short) %(creatordate:short)").splitlines():
        tag, _, date = line.partition(" ")
        match = TAG.match(tag)
        if match and date >= SINCE:
            out.append((tuple(int(g) for g in match.groups()), tag))
    return sorted(out)


def models(name):
    """[(first version or None, model text)] of a module, oldest first."""
    out = []
    folder = os.path.join(ROOT, "linter", "data", "registry")
    for file in os.listdir(folder):
        base, _, since = file[: -len(".tf")].partition("@")
        if base != name or not file.endswith(".tf"):
            continue
        with open(os.path.join(folder, file)) as f:
            text = f.read().rstrip("\n")
        start = tuple(int(p) for p in since.split(".")) if since else None
        out.append((start, text))
    out.sort(key=lambda m: m[0] or ())
    return out


def model_for(all_models, version):
    """The index of the last model whose first version is at most `version`."""
    chosen = 0
    for i, (start, _) in enumerate(all_models):
        if start is None or start <= version:
            chosen = i
    return chosen


def ranges(clone, files, inputs, all_models):
    """[(versions, model index, variables text)] for consecutive releases
    with the same model and the same text."""
    out = []
    for version, tag in releases(clone):
        blocks = {}
        for name in files:
            try:
                text = git(clone, "show", f"{tag}:{name}")
            except subprocess.CalledProcessError:
                continue
            blocks.update(variable_blocks(text, inputs))
        text = "\n\n".join(blocks[n] for n in inputs if n in blocks)
        label = ".".join(str(p) for p in version)
        model = model_for(all_models, version)
        if out and out[-1][1:] == (model, text):
            out[-1][0].append(label)
        else:
            out.append(([label], model, text))
    return out


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    clones = {}
    for clone in args:
        # A clone named after its repository, or a mirror named owner+repository.
        parts = os.path.normpath(os.path.abspath(clone)).split(os.sep)
        for _, (_, wanted, _, _) in MODULES.items():
            if any(p == wanted or p.endswith("+" + wanted) for p in parts):
                clones[wanted] = clone
    header = [
        "# The registry-module pack of devopsflow-lint: for each module, one entry per",
        "# range of releases (2020 and later) whose deciding inputs are the same: the",
        "# module's own variable blocks at those releases, evaluated after the module's",
        "# model (hand-written in linter/data/registry/<name>.tf, copied once here).",
        "# Generated: never edit by hand. Regenerate with",
        "#   python3 scripts/gen-registry-pack.py CLONE...",
        "# where each CLONE is a git clone of a module's repository (see the script).",
    ]
    body = []
    for name, (source, repo, files, inputs) in MODULES.items():
        clone = clones.get(repo)
        if clone is None:
            sys.exit(f"gen-registry-pack: no clone of {repo} given")
        head = git(clone, "rev-parse", "HEAD").strip()
        header.append(f"# source {name}: terraform-aws-modules/{repo} {head}")
        all_models = models(name)
        if not all_models or all_models[0][0] is not None:
            sys.exit(f"gen-registry-pack: no model linter/data/registry/{name}.tf")
        written = None
        for versions, model, text in ranges(clone, files, inputs, all_models):
            if model != written:
                start, model_text = all_models[model]
                since = f" from {'.'.join(map(str, start))}" if start else ""
                body.append(f"#= model {source}{since}")
                body.append(model_text)
                written = model
            body.append(f"#= module {source} versions {' '.join(versions)}")
            body.append(text)
    content = "\n".join(header + body) + "\n"
    if check:
        with open(OUT) as f:
            if f.read() != content:
                sys.exit("gen-registry-pack: linter/data/registry-pack.tf is out of date")
        return
    with open(OUT, "w") as f:
        f.write(content)
    entries = sum(1 for line in body if line.startswith("#= module "))
    print(f"gen-registry-pack: wrote {OUT} ({entries} entries)")


if __name__ == "__main__":
    main()
