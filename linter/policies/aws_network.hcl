# Built-in policies: AWS network exposure (VPC defaults, network ACLs,
# public addresses, public endpoints). Embedded in the binary and loaded like
# users' policies; see "Writing policies" in linter/README.md.

policy "DFL206" {
  name           = "default-security-group-allows-traffic"
  category       = "network"
  severity       = "medium"
  resource_types = ["aws_default_security_group"]
  condition      = length(lookup(self, "ingress", [])) + length(lookup(self, "egress", [])) == 0
  message        = "the VPC's default security group allows traffic"
  help           = "remove every ingress and egress block: resources should use their own groups"
  doc            = <<-EOT
    ## What it does
    Checks that an `aws_default_security_group` declares no `ingress` and
    no `egress` rule. Terraform removes every rule it does not declare, so
    an empty resource closes the default group.

    ## Why is this bad?
    Every resource launched without an explicit security group lands in the
    default group; rules there silently apply to all of them.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: AWS creates each VPC's default group with an
    ingress rule from the group itself and an egress rule to everywhere;
    adopting it with `aws_default_security_group` removes the rules not
    declared.

    ## Example
    ```hcl
    resource "aws_default_security_group" "default" {
      vpc_id = aws_vpc.main.id
      egress {
        from_port   = 0
        to_port     = 0
        protocol    = "-1"
        cidr_blocks = ["0.0.0.0/0"]
      }
    }
    ```

    Use instead:
    ```hcl
    resource "aws_default_security_group" "default" {
      vpc_id = aws_vpc.main.id
    }
    ```

    ## References
    Checkov `CKV2_AWS_12`; CIS AWS 5.4.
  EOT
}

policy "DFL207" {
  name           = "vpc-default-security-group-open"
  category       = "network"
  severity       = "low"
  resource_types = ["aws_vpc"]
  condition      = length(try(referenced_by.aws_default_security_group, [])) > 0
  message        = "the VPC's default security group keeps AWS's allow rules"
  help           = "adopt it with an empty aws_default_security_group { vpc_id = ... }"
  doc            = <<-EOT
    ## What it does
    Checks that each `aws_vpc` has, in the same module, an
    `aws_default_security_group` that refers to it (through `vpc_id`).
    Whether that group is closed is DFL206's check.

    ## Why is this bad?
    The default group AWS creates lets its members reach one another on
    every port and reach anywhere; any resource launched without a group
    joins it.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `aws_vpc` does not manage the default group's
    rules; only `aws_default_security_group` does.

    ## Example
    ```hcl
    resource "aws_vpc" "main" {
      cidr_block = "10.0.0.0/16"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_vpc" "main" {
      cidr_block = "10.0.0.0/16"
    }

    resource "aws_default_security_group" "default" {
      vpc_id = aws_vpc.main.id
    }
    ```

    ## References
    Checkov `CKV2_AWS_12`; CIS AWS 5.4.
  EOT
}

policy "DFL208" {
  name           = "network-acl-admin-port-public"
  category       = "network"
  severity       = "high"
  resource_types = ["aws_network_acl", "aws_network_acl_rule"]
  condition      = alltrue([for r in (can(self.rule_action) ? [merge(self, { action = self.rule_action })] : lookup(self, "ingress", [])) : !(try(tobool(r.egress), false) == false && lower(try(r.action, "")) == "allow" && (try(r.cidr_block, "") == "0.0.0.0/0" || try(r.ipv6_cidr_block, "") == "::/0") && contains(["-1", "all", "6", "tcp"], lower(tostring(r.protocol))) && anytrue([for p in [22, 3389] : contains(["-1", "all"], lower(tostring(r.protocol))) || (tonumber(r.from_port) <= p && p <= tonumber(r.to_port))]))])
  message        = "the network ACL lets the internet reach SSH or RDP"
  help           = "allow ports 22 and 3389 only from known ranges"
  doc            = <<-EOT
    ## What it does
    Checks that no inbound `allow` entry of an `aws_network_acl` (inline
    `ingress` blocks) or `aws_network_acl_rule` (with `egress = false`)
    admits `0.0.0.0/0` or `::/0` to TCP port 22 or 3389, including entries
    for all protocols (`-1`).

    ## Why is this bad?
    Network ACLs are the subnet's outer fence; opening remote
    administration ports to the internet there leaves only the security
    groups between the hosts and brute force.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `aws_network_acl_rule`'s `egress` defaults to
    `false` (inbound); there is no default for `rule_action`, `protocol`,
    `cidr_block` or the ports. A VPC's default network ACL allows
    everything, which checkov reports as a separate concern.

    ## Example
    ```hcl
    resource "aws_network_acl_rule" "ssh" {
      network_acl_id = aws_network_acl.main.id
      rule_number    = 100
      protocol       = "tcp"
      rule_action    = "allow"
      cidr_block     = "0.0.0.0/0"
      from_port      = 22
      to_port        = 22
    }
    ```

    Use instead:
    ```hcl
    resource "aws_network_acl_rule" "ssh" {
      network_acl_id = aws_network_acl.main.id
      rule_number    = 100
      protocol       = "tcp"
      rule_action    = "allow"
      cidr_block     = "10.0.0.0/8"
      from_port      = 22
      to_port        = 22
    }
    ```

    ## References
    Checkov `CKV_AWS_229`, `CKV_AWS_230`, `CKV_AWS_231`, `CKV_AWS_232`;
    Trivy `AWS-0105`.
  EOT
}

policy "DFL209" {
  name           = "instance-public-ip"
  category       = "network"
  severity       = "medium"
  resource_types = ["aws_instance", "aws_launch_template"]
  condition      = !try(tobool(self.associate_public_ip_address), false) && alltrue([for n in lookup(self, "network_interfaces", []) : !try(tobool(n.associate_public_ip_address), false)])
  message        = "instances get a public IP address"
  help           = "set associate_public_ip_address = false and reach instances through a load balancer or SSM"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_instance` resources and `aws_launch_template`
    `network_interfaces` do not set `associate_public_ip_address = true`.

    ## Why is this bad?
    A public address makes the instance reachable from the internet
    wherever its security groups allow, and bypasses the load balancers and
    firewalls in front of the VPC.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `associate_public_ip_address` is optional;
    unset, the subnet's `map_public_ip_on_launch` decides (DFL210), so
    only an explicit `true` is reported here.

    ## Example
    ```hcl
    resource "aws_instance" "web" {
      ami                         = var.ami
      instance_type               = "t3.micro"
      associate_public_ip_address = true
    }
    ```

    Use instead:
    ```hcl
    resource "aws_instance" "web" {
      ami           = var.ami
      instance_type = "t3.micro"
    }
    ```

    ## References
    Checkov `CKV_AWS_88`; Trivy `AWS-0009`.
  EOT
}

policy "DFL210" {
  name           = "subnet-assigns-public-ips"
  category       = "network"
  severity       = "low"
  resource_types = ["aws_subnet"]
  condition      = !try(tobool(self.map_public_ip_on_launch), false)
  message        = "instances launched in this subnet get a public IP address"
  help           = "set map_public_ip_on_launch = false unless the subnet only hosts internet-facing load balancers or NAT"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_subnet` resources do not set
    `map_public_ip_on_launch = true`.

    ## Why is this bad?
    Every instance launched in the subnet gets a public address, whether
    or not it should be reachable from the internet.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `map_public_ip_on_launch` defaults to
    `false`, so only an explicit `true` is reported.

    ## Example
    ```hcl
    resource "aws_subnet" "app" {
      vpc_id                  = aws_vpc.main.id
      cidr_block              = "10.0.1.0/24"
      map_public_ip_on_launch = true
    }
    ```

    Use instead:
    ```hcl
    resource "aws_subnet" "app" {
      vpc_id     = aws_vpc.main.id
      cidr_block = "10.0.1.0/24"
    }
    ```

    ## References
    Checkov `CKV_AWS_130`; Trivy `AWS-0164`.
  EOT
}

policy "DFL211" {
  name           = "database-publicly-accessible"
  category       = "network"
  severity       = "high"
  resource_types = ["aws_db_instance", "aws_rds_cluster_instance", "aws_redshift_cluster", "aws_dms_replication_instance"]
  condition      = !try(tobool(self.publicly_accessible), false)
  message        = "the database has a public endpoint"
  help           = "set publicly_accessible = false"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_db_instance`, `aws_rds_cluster_instance`,
    `aws_redshift_cluster` and `aws_dms_replication_instance` resources do
    not set `publicly_accessible = true`.

    ## Why is this bad?
    A public endpoint resolves to a public address; the database is then
    one security-group rule away from the internet.

    ## Provider defaults
    hashicorp/aws 6.x: `publicly_accessible` defaults to `false` for all
    four types (`aws_redshift_cluster` defaulted to `true` before 6.0 and
    `aws_dms_replication_instance` leaves it to the API, which follows the
    subnet). Only an explicit `true` is reported; pin aws >= 6 or set it.

    ## Example
    ```hcl
    resource "aws_db_instance" "main" {
      engine              = "postgres"
      instance_class      = "db.t3.micro"
      publicly_accessible = true
    }
    ```

    Use instead:
    ```hcl
    resource "aws_db_instance" "main" {
      engine         = "postgres"
      instance_class = "db.t3.micro"
    }
    ```

    ## References
    Checkov `CKV_AWS_17`, `CKV_AWS_87`, `CKV_AWS_89`; Trivy `AWS-0180`.
  EOT
}

policy "DFL212" {
  name           = "eks-endpoint-public"
  category       = "network"
  severity       = "medium"
  resource_types = ["aws_eks_cluster"]
  condition      = !try(tobool(self.vpc_config[0].endpoint_public_access), true) || !contains(try(self.vpc_config[0].public_access_cidrs, ["0.0.0.0/0"]), "0.0.0.0/0")
  message        = "the Kubernetes API endpoint is open to the internet"
  help           = "set vpc_config { endpoint_public_access = false } or restrict public_access_cidrs"
  doc            = <<-EOT
    ## What it does
    Checks that an `aws_eks_cluster` either disables its public API
    endpoint (`endpoint_public_access = false`) or limits
    `public_access_cidrs` to ranges other than `0.0.0.0/0`.

    ## Why is this bad?
    The Kubernetes API is then reachable by anyone, leaving authentication
    as the only barrier against credential stuffing and API exploits.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `endpoint_public_access` defaults to `true`
    and `public_access_cidrs` to `["0.0.0.0/0"]`, so a cluster that sets
    neither is reported.

    ## Example
    ```hcl
    vpc_config {
      subnet_ids = var.subnet_ids
    }
    ```

    Use instead:
    ```hcl
    vpc_config {
      subnet_ids              = var.subnet_ids
      endpoint_private_access = true
      endpoint_public_access  = false
    }
    ```

    ## References
    Checkov `CKV_AWS_38`, `CKV_AWS_39`; Trivy `AWS-0040`, `AWS-0041`.
  EOT
}
