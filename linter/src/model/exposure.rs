//! Network exposure, computed once per module and shared by the `DFL2xx`
//! rules: every form of firewall rule (AWS security groups with inline
//! rules, `aws_security_group_rule`,
//! `aws_vpc_security_group_{ingress,egress}_rule`, Azure NSGs with inline
//! rules and `azurerm_network_security_rule`, GCP firewalls) turned into
//! [`Exposure`]s: a rule open to the whole internet, with its ports as
//! intervals. The rules classify them against the settings.

use std::ops::Range;

use super::{ModuleCtx, Node, ResourceDecl, references};
use crate::value::Value;

/// Traffic direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Ingress,
    Egress,
}

/// The transport an exposure lets through. AWS `-1`/`all`, Azure `*` and
/// GCP `all` are every protocol; ICMP and other portless protocols are never
/// exposures (they reach no port).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Protocol {
    Any,
    Tcp,
    Udp,
    /// A port-carrying protocol other than TCP and UDP (GCP `sctp`).
    Other,
}

impl Protocol {
    /// Reads a protocol name or IANA number (`tcp`/`6`, `udp`/`17`,
    /// `sctp`/`132`); `None` for anything else (ICMP, ESP, unknown).
    fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "tcp" | "6" => Some(Self::Tcp),
            "udp" | "17" => Some(Self::Udp),
            "sctp" | "132" => Some(Self::Other),
            _ => None,
        }
    }

    /// The protocol's name in messages, `None` for TCP and any protocol
    /// (the messages' default reading).
    pub(crate) fn qualifier(self) -> Option<&'static str> {
        match self {
            Self::Any | Self::Tcp => None,
            Self::Udp => Some("udp"),
            Self::Other => Some("sctp"),
        }
    }
}

/// Ports of an exposure: inclusive intervals, never materialised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ports {
    All,
    Ranges(Vec<(u32, u32)>),
}

impl Ports {
    pub(crate) fn covers(&self, port: u16) -> bool {
        let port = u32::from(port);
        match self {
            Ports::All => true,
            Ports::Ranges(ranges) => ranges.iter().any(|&(lo, hi)| lo <= port && port <= hi),
        }
    }

    pub(crate) fn describe(&self) -> String {
        match self {
            Ports::All => "all ports".to_owned(),
            Ports::Ranges(ranges) => {
                let parts: Vec<String> = ranges
                    .iter()
                    .map(|&(lo, hi)| {
                        if lo == hi {
                            lo.to_string()
                        } else {
                            format!("{lo}-{hi}")
                        }
                    })
                    .collect();
                format!("port {}", parts.join(", "))
            }
        }
    }
}

/// One rule open to the internet.
pub(crate) struct Exposure<'w> {
    pub(crate) decl: ResourceDecl<'w>,
    pub(crate) span: Range<usize>,
    pub(crate) direction: Direction,
    pub(crate) protocol: Protocol,
    pub(crate) ports: Ports,
    pub(crate) source: String,
    pub(crate) group: Option<String>,
}

const PUBLIC: [&str; 6] = ["0.0.0.0/0", "::/0", "*", "internet", "any", "0.0.0.0"];

/// The first public source among known strings; `None` if none or unknown.
fn public_source(values: &[Option<Value>]) -> Option<String> {
    for value in values.iter().flatten() {
        let Some(list) = value.string_list() else {
            continue;
        };
        if let Some(hit) = list
            .iter()
            .find(|s| PUBLIC.contains(&s.trim().to_ascii_lowercase().as_str()))
        {
            return Some(hit.clone());
        }
    }
    None
}

fn port_number(value: Option<Value>) -> Option<u32> {
    let n = value?.as_f64()?;
    (n.fract() == 0.0 && (-1.0..=65535.0).contains(&n)).then_some(if n < 0.0 {
        0
    } else {
        n as u32
    })
}

/// Protocol and ports of an AWS rule from `protocol`, `from_port` and
/// `to_port` (`-1`/`all` is every protocol and port; ICMP has no ports).
fn aws_ports(node: &Node<'_, '_>, protocol_attr: &str) -> Option<(Protocol, Ports)> {
    let text = node
        .value(protocol_attr)?
        .to_string_value()?
        .to_ascii_lowercase();
    if matches!(text.as_str(), "-1" | "all") {
        return Some((Protocol::Any, Ports::All));
    }
    let protocol = Protocol::parse(&text).filter(|p| *p != Protocol::Other)?;
    let from = port_number(node.value("from_port"))?;
    let to = port_number(node.value("to_port"))?;
    if from == 0 && to == 0 {
        return Some((protocol, Ports::All));
    }
    Some((protocol, Ports::Ranges(vec![(from.min(to), from.max(to))])))
}

fn group_of(node: &Node<'_, '_>, attrs: &[&str], rtype: &str) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let value = node.body.get_attribute(attr)?;
        let mut refs = Vec::new();
        references(&value.value, &mut refs);
        refs.into_iter()
            .find(|(t, _)| *t == rtype)
            .map(|(t, n)| format!("{t}.{n}"))
    })
}

fn push<'w>(
    out: &mut Vec<Exposure<'w>>,
    decl: &ResourceDecl<'w>,
    node: &Node<'_, '_>,
    direction: Direction,
    traffic: Option<(Protocol, Ports)>,
    source: Option<String>,
    group: Option<String>,
) {
    let (Some((protocol, ports)), Some(source)) = (traffic, source) else {
        return;
    };
    out.push(Exposure {
        decl: *decl,
        span: node.span.clone(),
        direction,
        protocol,
        ports,
        source,
        group,
    });
}

fn aws<'w>(module: &ModuleCtx<'w>, out: &mut Vec<Exposure<'w>>) {
    for rtype in ["aws_security_group", "aws_default_security_group"] {
        for decl in module.items.of_type(rtype) {
            for node in module.instances(decl) {
                for (name, direction) in [
                    ("ingress", Direction::Ingress),
                    ("egress", Direction::Egress),
                ] {
                    for rule in node.blocks(name) {
                        let source = public_source(&[
                            rule.value("cidr_blocks"),
                            rule.value("ipv6_cidr_blocks"),
                        ]);
                        push(
                            out,
                            decl,
                            &rule,
                            direction,
                            aws_ports(&rule, "protocol"),
                            source,
                            None,
                        );
                    }
                }
            }
        }
    }
    for decl in module.items.of_type("aws_security_group_rule") {
        for node in module.instances(decl) {
            let direction = match node.value("type").as_ref().and_then(Value::as_str) {
                Some("ingress") => Direction::Ingress,
                Some("egress") => Direction::Egress,
                _ => continue,
            };
            let source =
                public_source(&[node.value("cidr_blocks"), node.value("ipv6_cidr_blocks")]);
            let group = group_of(&node, &["security_group_id"], "aws_security_group");
            push(
                out,
                decl,
                &node,
                direction,
                aws_ports(&node, "protocol"),
                source,
                group,
            );
        }
    }
    for (rtype, direction) in [
        ("aws_vpc_security_group_ingress_rule", Direction::Ingress),
        ("aws_vpc_security_group_egress_rule", Direction::Egress),
    ] {
        for decl in module.items.of_type(rtype) {
            for node in module.instances(decl) {
                let source = public_source(&[node.value("cidr_ipv4"), node.value("cidr_ipv6")]);
                let group = group_of(&node, &["security_group_id"], "aws_security_group");
                push(
                    out,
                    decl,
                    &node,
                    direction,
                    aws_ports(&node, "ip_protocol"),
                    source,
                    group,
                );
            }
        }
    }
}

/// Protocol and ports of an Azure rule; `None` for ICMP, ESP, AH or unknown
/// values.
fn azure_ports(node: &Node<'_, '_>) -> Option<(Protocol, Ports)> {
    let text = node.value("protocol")?.as_str()?.to_ascii_lowercase();
    let protocol = match text.as_str() {
        "*" => Protocol::Any,
        "tcp" => Protocol::Tcp,
        "udp" => Protocol::Udp,
        _ => return None,
    };
    let mut specs = Vec::new();
    for attr in ["destination_port_range", "destination_port_ranges"] {
        match node.value(attr) {
            None | Some(Value::Null) => {}
            Some(value) => specs.extend(value.string_list()?),
        }
    }
    Some((protocol, port_specs(&specs)?))
}

/// Parses `"*"`, `"22"` and `"1000-2000"` port specifications.
fn port_specs(specs: &[String]) -> Option<Ports> {
    if specs.is_empty() {
        return None;
    }
    let mut ranges = Vec::new();
    for spec in specs {
        let spec = spec.trim();
        if spec == "*" {
            return Some(Ports::All);
        }
        let (lo, hi) = spec.split_once('-').unwrap_or((spec, spec));
        let lo: u32 = lo.trim().parse().ok()?;
        let hi: u32 = hi.trim().parse().ok()?;
        ranges.push((lo.min(hi), lo.max(hi)));
    }
    Some(Ports::Ranges(ranges))
}

fn azure_rule<'w>(
    out: &mut Vec<Exposure<'w>>,
    decl: &ResourceDecl<'w>,
    node: &Node<'_, '_>,
    group: Option<String>,
) {
    let text = |attr: &str| {
        node.value(attr)
            .and_then(|v| v.as_str().map(str::to_ascii_lowercase))
    };
    if text("direction").as_deref() != Some("inbound") || text("access").as_deref() != Some("allow")
    {
        return;
    }
    let source = public_source(&[
        node.value("source_address_prefix"),
        node.value("source_address_prefixes"),
    ]);
    push(
        out,
        decl,
        node,
        Direction::Ingress,
        azure_ports(node),
        source,
        group,
    );
}

fn azure<'w>(module: &ModuleCtx<'w>, out: &mut Vec<Exposure<'w>>) {
    for decl in module.items.of_type("azurerm_network_security_group") {
        for node in module.instances(decl) {
            for rule in node.blocks("security_rule") {
                azure_rule(out, decl, &rule, None);
            }
        }
    }
    for decl in module.items.of_type("azurerm_network_security_rule") {
        for node in module.instances(decl) {
            let group = group_of(
                &node,
                &["network_security_group_name"],
                "azurerm_network_security_group",
            );
            azure_rule(out, decl, &node, group);
        }
    }
}

fn gcp<'w>(module: &ModuleCtx<'w>, out: &mut Vec<Exposure<'w>>) {
    for decl in module.items.of_type("google_compute_firewall") {
        for node in module.instances(decl) {
            // Only a firewall known to be enabled (`disabled` false, absent or null).
            let enabled = match node.value("disabled") {
                None | Some(Value::Null) => true,
                Some(value) => value.as_bool() == Some(false),
            };
            if !enabled {
                continue;
            }
            let direction = match node.value("direction") {
                None | Some(Value::Null) => Direction::Ingress,
                Some(Value::String(d)) if d == "INGRESS" => Direction::Ingress,
                Some(Value::String(d)) if d == "EGRESS" => Direction::Egress,
                Some(_) => continue,
            };
            let ranges_attr = if direction == Direction::Ingress {
                "source_ranges"
            } else {
                "destination_ranges"
            };
            let source = public_source(&[node.value(ranges_attr)]);
            for allow in node.blocks("allow") {
                let traffic = allow
                    .value("protocol")
                    .and_then(|p| p.to_string_value())
                    .and_then(|p| gcp_ports(&allow, &p));
                push(out, decl, &allow, direction, traffic, source.clone(), None);
            }
        }
    }
}

/// Protocol and ports of a GCP `allow` block: `all` is every protocol and
/// port, a port-carrying protocol without `ports` is all of its ports.
fn gcp_ports(allow: &Node<'_, '_>, protocol: &str) -> Option<(Protocol, Ports)> {
    if protocol.eq_ignore_ascii_case("all") {
        return Some((Protocol::Any, Ports::All));
    }
    let protocol = Protocol::parse(protocol)?;
    let ports = match allow.value("ports") {
        None | Some(Value::Null) => Ports::All,
        Some(v) => port_specs(&v.string_list()?)?,
    };
    Some((protocol, ports))
}

/// Every internet-facing rule in the module (see [`ModuleCtx::exposures`]).
pub(super) fn collect<'w>(module: &ModuleCtx<'w>) -> Vec<Exposure<'w>> {
    let mut out = Vec::new();
    aws(module, &mut out);
    azure(module, &mut out);
    gcp(module, &mut out);
    out
}
