//! Backend, state and version constraints (`DFL4xx`).

use hcl_edit::structure::Block;

use crate::model::{Attr, ModuleCtx, Node, header_span, label};
use crate::source::FileId;

pub(crate) mod backend_missing;
pub(crate) mod backend_without_kms;
pub(crate) mod credentials_in_code;
pub(crate) mod provider_version_unconstrained;
pub(crate) mod required_version_missing;
pub(crate) mod s3_backend_not_encrypted;
pub(crate) mod s3_backend_state_not_locked;

/// A `backend` block with the partial configuration of the module's
/// `*.tfbackend` files merged in.
pub(crate) struct Backend<'w, 'e> {
    pub(crate) kind: &'w str,
    pub(crate) block: &'w Block,
    pub(crate) node: Node<'w, 'e>,
    pub(crate) files: Vec<Node<'w, 'e>>,
}

impl<'w> Backend<'w, '_> {
    /// An attribute from the block, else from a `.tfbackend` file.
    pub(crate) fn attr(&self, name: &str) -> Option<(Attr<'w>, FileId)> {
        std::iter::once(&self.node)
            .chain(&self.files)
            .find_map(|n| n.attr(name).map(|a| (a, n.file)))
    }

    /// `true` when `terraform init` needs `-backend-config` to complete the
    /// block: a setting the backend type requires is neither in the block
    /// nor in a `.tfbackend` file (for a type whose required settings are not
    /// listed here, when the block and files are empty). The command line may
    /// then bring any other setting too (locking, encryption, keys), so rules
    /// stay silent about what the block leaves out.
    pub(crate) fn is_partial(&self) -> bool {
        match required_settings(self.kind) {
            Some(names) => names.iter().any(|name| self.attr(name).is_none()),
            None => self.node.body.is_empty() && self.files.is_empty(),
        }
    }
}

/// The settings a backend type cannot do without (Terraform's backend
/// documentation: `s3` needs `bucket` and `key`, its `region` may come from
/// the environment; `gcs` needs `bucket`; `azurerm` needs the storage
/// account, container and key).
fn required_settings(kind: &str) -> Option<&'static [&'static str]> {
    match kind {
        "s3" => Some(&["bucket", "key"]),
        "gcs" => Some(&["bucket"]),
        "azurerm" => Some(&["storage_account_name", "container_name", "key"]),
        _ => None,
    }
}

/// The module's `backend` blocks.
pub(crate) fn backends<'w, 'e>(module: &'e ModuleCtx<'w>) -> Vec<Backend<'w, 'e>> {
    let mut out = Vec::new();
    for terraform in &module.items.terraform {
        for block in terraform.block.body.blocks() {
            if block.ident.value().as_str() != "backend" {
                continue;
            }
            let Some(kind) = label(block, 0) else {
                continue;
            };
            let mut node = module.node(*terraform);
            node.body = &block.body;
            node.span = header_span(block);
            let files = module
                .items
                .backend_files
                .iter()
                .map(|&(file, body)| module.body_node(file, body))
                .collect();
            out.push(Backend {
                kind,
                block,
                node,
                files,
            });
        }
    }
    out
}
