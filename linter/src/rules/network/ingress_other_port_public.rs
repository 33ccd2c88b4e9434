//! ## What it does
//! Reports firewall rules (every form listed in DFL201) that let the internet
//! reach a port outside `allowed_public_ports` (default 80 and 443) that is
//! neither an admin nor a sensitive port.
//!
//! ## Why is this bad?
//! Every public port is attack surface; ports other than the web ports are
//! usually test services or management endpoints opened by mistake.
//!
//! ## Example
//! ```hcl
//! resource "google_compute_firewall" "app" {
//!   name          = "app"
//!   network       = "default"
//!   source_ranges = ["0.0.0.0/0"]
//!   allow {
//!     protocol = "tcp"
//!     ports    = ["8080"]
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "google_compute_firewall" "app" {
//!   name          = "app"
//!   network       = "default"
//!   source_ranges = ["0.0.0.0/0"]
//!   allow {
//!     protocol = "tcp"
//!     ports    = ["443"]
//!   }
//! }
//! ```
//!
//! ## References
//! KICS `unknown_port_exposed_to_internet`.
//!

use crate::rule::{Ctx, Rule};

/// DFL204
pub(crate) struct IngressOtherPortPublic;

impl Rule for IngressOtherPortPublic {
    fn help(&self) -> &'static str {
        "put the service behind a load balancer on 443, restrict the source, or add the port to allowed_public_ports"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_class(cx, &|class, ports| {
            (class == super::Class::Other)
                .then(|| format!("{} (not in allowed_public_ports)", ports.describe()))
        });
    }
}
