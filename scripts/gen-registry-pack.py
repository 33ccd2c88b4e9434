#!/usr/bin/env python3
"""Writes linter/data/registry-pack.tf, the linter's registry-module pack.

Usage (each argument is a git clone of the module's repository, e.g. the
directory `fetch github:terraform-aws-modules/terraform-aws-rds` gives):

    python3 scripts/gen-registry-pack.py CLONE... [--check]

For every module of MODULES, every release tag (vX.Y.Z) dated 2020 or later
is read: the `variable` blocks of the inputs the model reads are copied from
the module's own files at that tag. Consecutive releases whose copied blocks
are identical form one range. The pack holds, per module, the hand-written
model (linter/data/registry/<name>.tf) once (`#= model SOURCE`), each
distinct variable block once (`#= variable ID`, written before the first
entry that uses it), and one line per range naming its blocks
(`#= module SOURCE versions V... variables ID...`); the linter evaluates each
entry as the model followed by its variables. A module
whose resources changed shape between majors has one model per era (ERAS):
each is written before the first range it describes, and an entry uses the
last model written before it. `--check` compares instead of writing (exit 1 on a difference).
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

# Our own block, after the existing modules: rds-aurora, ec2-instance,
# autoscaling, eks, alb.
MODULES.update({
    "rds-aurora": (
        "terraform-aws-modules/rds-aurora/aws",
        "terraform-aws-rds-aurora",
        ["variables.tf"],
        [
            "create",
            "create_cluster",
            "engine_mode",
            "storage_encrypted",
            "kms_key_id",
            "replication_source_identifier",
            "snapshot_identifier",
            "global_cluster_identifier",
            "source_region",
            "replica_count",
            "replica_scale_enabled",
            "replica_scale_min",
            "instances",
            "publicly_accessible",
            "tags",
        ],
    ),
    "ec2-instance": (
        "terraform-aws-modules/ec2-instance/aws",
        "terraform-aws-ec2-instance",
        ["variables.tf"],
        [
            "create",
            "instance_count",
            "create_spot_instance",
            "associate_public_ip_address",
            "launch_template",
            "root_block_device",
            "ebs_block_device",
            "ebs_volumes",
        ],
    ),
    "autoscaling": (
        "terraform-aws-modules/autoscaling/aws",
        "terraform-aws-autoscaling",
        ["variables.tf"],
        [
            "create_lc",
            "create_lt",
            "create_launch_template",
            "associate_public_ip_address",
            "root_block_device",
            "ebs_block_device",
            "block_device_mappings",
            "network_interfaces",
        ],
    ),
    "eks": (
        "terraform-aws-modules/eks/aws",
        "terraform-aws-eks",
        ["variables.tf"],
        [
            "create_eks",
            "create",
            "cluster_version",
            "kubernetes_version",
            "cluster_endpoint_public_access",
            "cluster_endpoint_public_access_cidrs",
            "endpoint_public_access",
            "endpoint_public_access_cidrs",
            "cluster_encryption_config",
            "encryption_config",
            "create_kms_key",
        ],
    ),
    "alb": (
        "terraform-aws-modules/alb/aws",
        "terraform-aws-alb",
        ["variables.tf"],
        [
            "create_lb",
            "create",
            "load_balancer_type",
            "http_tcp_listeners",
            "https_listeners",
            "listener_ssl_policy_default",
            "listeners",
            "default_protocol",
        ],
    ),
})

# name: [(first release, model file)], oldest first, for modules whose
# resources changed shape between majors; any other module uses
# linter/data/registry/<name>.tf for every release.
ERAS = {
    "sqs": [
        ((0, 0, 0), "sqs-v0.tf"),
        ((3, 4, 0), "sqs-v3.4.0.tf"),
        ((3, 4, 1), "sqs-v3.4.1.tf"),
        ((4, 0, 0), "sqs-v4.tf"),
    ],
    "sns": [
        ((0, 0, 0), "sns-v0.tf"),
        ((5, 0, 0), "sns-v5.tf"),
    ],
    "kms": [
        ((0, 0, 0), "kms-v0.tf"),
        ((1, 4, 0), "kms-v1.4.tf"),
    ],
    "rds-aurora": [
        ((0, 0, 0), "rds-aurora-v2.tf"),
        ((6, 0, 0), "rds-aurora-v6.tf"),
        ((8, 0, 0), "rds-aurora-v8.tf"),
    ],
    "ec2-instance": [
        ((0, 0, 0), "ec2-instance-v1.tf"),
        ((3, 0, 0), "ec2-instance-v3.tf"),
        ((6, 0, 0), "ec2-instance-v6.tf"),
    ],
    "autoscaling": [
        ((0, 0, 0), "autoscaling-v3.tf"),
        ((4, 0, 0), "autoscaling-v4.tf"),
        ((5, 1, 0), "autoscaling-v5.1.tf"),
    ],
    "eks": [
        ((0, 0, 0), "eks-v8.tf"),
        ((10, 0, 0), "eks-v10.tf"),
        ((19, 0, 0), "eks-v19.tf"),
        ((21, 0, 0), "eks-v21.tf"),
    ],
    "alb": [
        ((0, 0, 0), "alb-v5.tf"),
        ((5, 3, 0), "alb-v6.tf"),
        ((9, 0, 0), "alb-v9.tf"),
    ],
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


def model_of(name, version):
    """The model file describing release `version` of module `name`."""
    model = f"{name}.tf"
    for first, path in ERAS.get(name, []):
        if version >= first:
            model = path
    return model


def ranges(name, clone, files, inputs):
    """[(versions, model, variable blocks)] for consecutive releases with the
    same model and blocks."""
    out = []
    for version, tag in releases(clone):
        blocks = {}
        for path in files:
            try:
                text = git(clone, "show", f"{tag}:{path}")
            except subprocess.CalledProcessError:
                continue
            blocks.update(variable_blocks(text, inputs))
        found = tuple(blocks[n] for n in inputs if n in blocks)
        label = ".".join(str(p) for p in version)
        model = model_of(name, version)
        if out and out[-1][1:] == (model, found):
            out[-1][0].append(label)
        else:
            out.append(([label], model, found))
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
        "# module's own variable blocks at those releases (each distinct block written",
        "# once, `#= variable ID`, and named by the entries that use it), evaluated",
        "# after the module's model (hand-written in linter/data/registry/, copied once",
        "# per era here).",
        "# Generated: never edit by hand. Regenerate with",
        "#   python3 scripts/gen-registry-pack.py CLONE...",
        "# where each CLONE is a git clone of a module's repository (see the script).",
    ]
    body = []
    ids = {}
    for name, (source, repo, files, inputs) in MODULES.items():
        clone = clones.get(repo)
        if clone is None:
            sys.exit(f"gen-registry-pack: no clone of {repo} given")
        head = git(clone, "rev-parse", "HEAD").strip()
        header.append(f"# source {name}: terraform-aws-modules/{repo} {head}")
        written = None
        for versions, model, blocks in ranges(name, clone, files, inputs):
            if model != written:
                with open(os.path.join(ROOT, "linter", "data", "registry", model)) as f:
                    body.append(f"#= model {source}")
                    body.append(f.read().rstrip("\n"))
                written = model
            for block in blocks:
                if block not in ids:
                    ids[block] = str(len(ids) + 1)
                    body.append(f"#= variable {ids[block]}")
                    body.append(block)
            used = " ".join(ids[b] for b in blocks)
            body.append(f"#= module {source} versions {' '.join(versions)} variables {used}")
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
