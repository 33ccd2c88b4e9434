//! Network exposure (`DFL2xx`).
//!
//! Every form of firewall rule (AWS security groups with inline rules,
//! `aws_security_group_rule`, `aws_vpc_security_group_{ingress,egress}_rule`,
//! Azure NSGs with inline rules and `azurerm_network_security_rule`, GCP
//! firewalls) is first turned into [`Exposure`]s (once per module, by
//! [`crate::model::ModuleCtx::exposures`]): a rule open to the whole
//! internet, with its ports as intervals. The rules then classify them.

use crate::model::exposure::{Exposure, Ports, Protocol};
use crate::settings::Settings;

pub(crate) use crate::model::exposure::Direction;

pub(crate) mod egress_unrestricted;
pub(crate) mod ingress_admin_port_public;
pub(crate) mod ingress_all_ports_public;
pub(crate) mod ingress_other_port_public;
pub(crate) mod ingress_sensitive_port_public;
/// How bad an ingress exposure is; each gets exactly one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    AllPorts,
    Admin(u16),
    Sensitive(u16),
    Other,
    Allowed,
}

const ADMIN_PORTS: [u16; 2] = [22, 3389];

/// Admin and default sensitive ports whose service listens on TCP only, so
/// UDP to them reaches nothing: SSH 22, SQL Server 1433, Oracle 1521, MySQL
/// 3306, PostgreSQL 5432, CouchDB 5984, Redis 6379, Cassandra 7000 and 9042,
/// Elasticsearch 9200, MongoDB 27017. RDP 3389, NFS 2049 and memcached 11211
/// also listen on UDP, and so does any port a configuration adds.
const TCP_ONLY: [u16; 11] = [
    22, 1433, 1521, 3306, 5432, 5984, 6379, 7000, 9042, 9200, 27017,
];

/// Whether the exposure reaches the service on `port`: the port is covered
/// and the protocol is one the service speaks (TCP, or UDP where it listens
/// on UDP too; never another protocol such as SCTP).
fn reaches(exposure: &Exposure<'_>, port: u16) -> bool {
    exposure.ports.covers(port)
        && match exposure.protocol {
            Protocol::Any | Protocol::Tcp => true,
            Protocol::Udp => !TCP_ONLY.contains(&port),
            Protocol::Other => false,
        }
}

pub(crate) fn classify(exposure: &Exposure<'_>, settings: &Settings) -> Class {
    let ports = &exposure.ports;
    let all = match ports {
        Ports::All => true,
        Ports::Ranges(r) => r.iter().any(|&(lo, hi)| lo == 0 && hi >= 65535),
    };
    if all {
        return Class::AllPorts;
    }
    if let Some(&p) = ADMIN_PORTS.iter().find(|&&p| reaches(exposure, p)) {
        return Class::Admin(p);
    }
    if let Some(&p) = settings
        .sensitive_ports
        .iter()
        .find(|&&p| reaches(exposure, p))
    {
        return Class::Sensitive(p);
    }
    let Ports::Ranges(ranges) = ports else {
        return Class::Other;
    };
    let allowed = ranges.iter().all(|&(lo, hi)| {
        (lo..=hi)
            .all(|p| u16::try_from(p).is_ok_and(|p| settings.allowed_public_ports.contains(&p)))
    });
    if allowed {
        Class::Allowed
    } else {
        Class::Other
    }
}

/// Reports every ingress exposure of one class.
pub(crate) fn report_class(
    cx: &mut crate::rule::Ctx<'_, '_>,
    pick: &dyn Fn(Class, &Ports) -> Option<String>,
) {
    let module = cx.module;
    for exposure in module.exposures() {
        if exposure.direction != Direction::Ingress {
            continue;
        }
        let Some(what) = pick(classify(exposure, cx.settings), &exposure.ports) else {
            continue;
        };
        let group = exposure
            .group
            .as_ref()
            .map(|g| format!(" (in {g})"))
            .unwrap_or_default();
        let over = exposure
            .protocol
            .qualifier()
            .map(|p| format!(" over {p}"))
            .unwrap_or_default();
        let message = format!(
            "ingress from `{}`{over} is allowed to {what}{group}",
            exposure.source
        );
        cx.report_resource(&exposure.decl, exposure.span.clone(), message);
    }
}
