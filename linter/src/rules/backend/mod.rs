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

    /// `true` when the block is empty and no file completes it: the settings
    /// come from `-backend-config` on the command line.
    pub(crate) fn is_partial(&self) -> bool {
        self.node.body.is_empty() && self.files.is_empty()
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
