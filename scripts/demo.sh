#!/usr/bin/env bash
# The main job, end to end on a fresh machine:
#   1. installs the tools the project uses (Terraform 1.0.3 and others, into .tools/);
#   2. builds the provider and the linter;
#   3. runs `terraform apply` of examples/delivery-system (manifests, pipeline, Prometheus,
#      alert rules with runbooks, Alertmanager, dashboard) with the freshly built provider
#      (via dev_overrides, no registry needed) and checks what it wrote with promtool,
#      amtool and kubectl's kustomize;
#   4. lints the example with devopsflow-lint.
# Everything it writes stays under target/demo/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

"$ROOT/scripts/install-tools.sh"
cargo build --release -p terraform-provider-devopsflow -p devopsflow-lint

TF="${DEVOPSFLOW_TF:-$ROOT/.tools/terraform-current/terraform}"
[ -x "$TF" ] || TF="$ROOT/.tools/terraform-1.0.3/terraform"
WORK="$ROOT/target/demo"
rm -rf "$WORK" && mkdir -p "$WORK/plugins"
cp examples/delivery-system/main.tf "$WORK/"
ln -sf "$ROOT/target/release/terraform-provider-devopsflow" "$WORK/plugins/"
cat > "$WORK/dev.tfrc" <<TFRC
provider_installation {
  dev_overrides {
    "devopsflow/devopsflow" = "$WORK/plugins"
  }
  direct {}
}
TFRC
export TF_CLI_CONFIG_FILE="$WORK/dev.tfrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1

echo "== $("$TF" version | head -1): apply examples/delivery-system"
(cd "$WORK" && "$TF" apply -auto-approve -no-color)
echo "== second plan (expect no changes)"
(cd "$WORK" && "$TF" plan -detailed-exitcode -no-color >/dev/null) && echo "no changes"
echo "== files written"
(cd "$WORK" && find k8s .github monitoring -type f | sort)
echo "== promtool check rules"
promtool check rules "$WORK/monitoring/alerts/api.rules.yml"
echo "== amtool check-config"
amtool check-config "$WORK/monitoring/alertmanager.yml"
if command -v kubectl >/dev/null 2>&1; then
    echo "== kubectl kustomize k8s/api (what the pipeline's kubectl apply -k sends)"
    kubectl kustomize "$WORK/k8s/api" | grep -c '^kind:' | sed 's/$/ objects/'
fi
echo "== devopsflow-lint examples/"
"$ROOT/target/release/devopsflow-lint" examples/ || status=$?
echo "devopsflow-lint exit code: ${status:-0}"
