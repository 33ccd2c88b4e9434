//! ## What it does
//! Checks that `aws_lb_listener` and `aws_alb_listener` with `protocol = "HTTP"`
//! only redirect to HTTPS. A listener whose default action is a redirect with
//! `protocol = "HTTPS"` is fine; listeners with an unknown protocol or action
//! are not reported. A listener without `protocol` is HTTP when its
//! `load_balancer_arn` refers to an application load balancer of the module
//! (`aws_lb`/`aws_alb` whose `load_balancer_type` is `"application"`, the
//! default): hashicorp/aws (2.x to 6.x) defaults `protocol` to `HTTP` for
//! application load balancers and to `TCP` for network ones.
//!
//! ## Why is this bad?
//! Plain HTTP exposes credentials, cookies and data to anyone on the path.
//!
//! ## Example
//! ```hcl
//! resource "aws_lb_listener" "web" {
//!   load_balancer_arn = aws_lb.web.arn
//!   port              = 80
//!   protocol          = "HTTP"
//!   default_action {
//!     type             = "forward"
//!     target_group_arn = aws_lb_target_group.web.arn
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_lb_listener" "web" {
//!   load_balancer_arn = aws_lb.web.arn
//!   port              = 80
//!   protocol          = "HTTP"
//!   default_action {
//!     type = "redirect"
//!     redirect {
//!       port        = "443"
//!       protocol    = "HTTPS"
//!       status_code = "HTTP_301"
//!     }
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_2`; Trivy `AWS-0054`.
//!

use crate::model::{ModuleCtx, Node, traversal_path};
use crate::rule::{Ctx, Rule};

/// `true` when a listener's `load_balancer_arn` refers to an application
/// load balancer declared in the module.
fn on_application_lb(module: &ModuleCtx<'_>, listener: &Node<'_, '_>) -> bool {
    let Some(attr) = listener.attr("load_balancer_arn") else {
        return false;
    };
    let Some(path) = traversal_path(attr.expr) else {
        return false;
    };
    let [rtype @ ("aws_lb" | "aws_alb"), name, ..] = path.as_slice() else {
        return false;
    };
    module
        .items
        .of_type(rtype)
        .filter(|d| d.name == *name)
        .flat_map(|d| module.instances(d))
        .any(|lb| {
            lb.value("load_balancer_type")
                .is_none_or(|t| t.as_str() == Some("application"))
        })
}

/// DFL117
pub(crate) struct LbListenerNotHttps;

impl Rule for LbListenerNotHttps {
    fn help(&self) -> &'static str {
        "serve HTTPS, or make the HTTP listener redirect to HTTPS"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for rtype in ["aws_lb_listener", "aws_alb_listener"] {
            for decl in module.items.of_type(rtype) {
                for node in module.instances(decl) {
                    let span = match node.attr("protocol") {
                        Some(protocol) if protocol.value.as_str() == Some("HTTP") => protocol.span,
                        Some(_) => continue,
                        None if on_application_lb(module, &node) => node.span.clone(),
                        None => continue,
                    };
                    let actions = node.blocks("default_action");
                    let redirects = actions.iter().any(|a| {
                        a.uncertain
                            || match a.value("type") {
                                Some(crate::value::Value::String(t)) if t == "redirect" => {
                                    a.blocks("redirect").iter().any(|r| {
                                        r.value("protocol")
                                            .is_none_or(|p| p.as_str() != Some("HTTP"))
                                    })
                                }
                                Some(crate::value::Value::String(_)) => false,
                                _ => true,
                            }
                    });
                    if !redirects {
                        cx.report_resource(
                            decl,
                            span,
                            "listener serves plain HTTP without redirecting to HTTPS".to_owned(),
                        );
                    }
                }
            }
        }
    }
}
