//! ## What it does
//! Reports firewall rules (every form listed in DFL201) that let the internet
//! reach a sensitive port: databases, caches and similar services, configured
//! with `sensitive_ports` (default 1433, 1521, 2049, 3306, 5432, 5984, 6379,
//! 7000, 9042, 9200, 11211, 27017, plus 22 and 3389 which DFL202 reports).
//!
//! The protocol counts as in DFL202: UDP reaches a port only where its
//! service also listens on UDP. Of the default ports, those that listen on
//! TCP only (SQL Server, Oracle, MySQL, PostgreSQL, CouchDB, Redis, Cassandra,
//! Elasticsearch, MongoDB) are not reported for UDP; NFS 2049 and memcached
//! 11211 are, and so is every port a configuration adds.
//!
//! ## Why is this bad?
//! Databases and caches exposed to the internet are scanned continuously and
//! often run without authentication or with default credentials.
//!
//! ## Example
//! ```hcl
//! resource "aws_security_group_rule" "db" {
//!   type              = "ingress"
//!   security_group_id = aws_security_group.db.id
//!   protocol          = "tcp"
//!   from_port         = 5432
//!   to_port           = 5432
//!   cidr_blocks       = ["0.0.0.0/0"]
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_security_group_rule" "db" {
//!   type                     = "ingress"
//!   security_group_id        = aws_security_group.db.id
//!   protocol                 = "tcp"
//!   from_port                = 5432
//!   to_port                  = 5432
//!   source_security_group_id = aws_security_group.app.id
//! }
//! ```
//!
//! ## References
//! KICS `sensitive_port_is_exposed_to_entire_network`; Checkov `CKV_GCP_88`.
//!

use crate::rule::{Ctx, Rule};

/// DFL203
pub(crate) struct IngressSensitivePortPublic;

impl Rule for IngressSensitivePortPublic {
    fn help(&self) -> &'static str {
        "allow the port only from the application security group or private ranges"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_class(cx, &|class, _| match class {
            super::Class::Sensitive(port) => Some(format!("sensitive port {port}")),
            _ => None,
        });
    }
}
