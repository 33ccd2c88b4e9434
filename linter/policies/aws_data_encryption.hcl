# Built-in policies: AWS data services that are not encrypted at rest or in
# transit unless configured to be. Embedded in the binary and loaded like
# users' policies; see "Writing policies" in linter/README.md.

policy "DFL135" {
  name           = "neptune-docdb-storage-not-encrypted"
  category       = "encryption"
  severity       = "high"
  resource_types = ["aws_neptune_cluster", "aws_docdb_cluster"]
  condition      = try(tobool(self.storage_encrypted), false) || try(self.snapshot_identifier, null) != null
  message        = "cluster storage is not encrypted at rest"
  help           = "set storage_encrypted = true (optionally with a KMS key)"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_neptune_cluster` and `aws_docdb_cluster` resources set
    `storage_encrypted = true`. A cluster restored from a snapshot
    (`snapshot_identifier`) inherits the snapshot's encryption and is not
    reported.

    ## Why is this bad?
    Unencrypted storage, its automated backups and snapshots are readable
    by anyone who obtains the underlying volumes or a shared snapshot, and
    encryption cannot be turned on later without recreating the cluster.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `storage_encrypted` defaults to `false` for
    both resource types.

    ## Example
    ```hcl
    resource "aws_docdb_cluster" "main" {
      cluster_identifier = "main"
      master_username    = "admin"
      master_password    = var.password
    }
    ```

    Use instead:
    ```hcl
    resource "aws_docdb_cluster" "main" {
      cluster_identifier = "main"
      master_username    = "admin"
      master_password    = var.password
      storage_encrypted  = true
    }
    ```

    ## References
    Checkov `CKV_AWS_44`, `CKV_AWS_74`; Trivy `AWS-0076`, `AWS-0021`.
  EOT
}

policy "DFL136" {
  name           = "search-domain-not-encrypted-at-rest"
  category       = "encryption"
  severity       = "high"
  resource_types = ["aws_elasticsearch_domain", "aws_opensearch_domain"]
  condition      = try(tobool(self.encrypt_at_rest[0].enabled), false)
  message        = "domain data is not encrypted at rest"
  help           = "add encrypt_at_rest { enabled = true }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_elasticsearch_domain` and `aws_opensearch_domain`
    resources declare `encrypt_at_rest { enabled = true }`.

    ## Why is this bad?
    Indices, logs, swap files and automated snapshots are stored
    unencrypted, and turning encryption on later needs a new domain on
    older engine versions.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: the `encrypt_at_rest` block is optional and
    has no default; a domain created without it gets the service's choice,
    which for Elasticsearch and older OpenSearch versions is unencrypted.
    State it explicitly.

    ## Example
    ```hcl
    resource "aws_opensearch_domain" "logs" {
      domain_name = "logs"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_opensearch_domain" "logs" {
      domain_name = "logs"
      encrypt_at_rest {
        enabled = true
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_5`, `CKV_AWS_247`; Trivy `AWS-0048`.
  EOT
}

policy "DFL137" {
  name           = "search-domain-node-to-node-not-encrypted"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_elasticsearch_domain", "aws_opensearch_domain"]
  condition      = try(tobool(self.node_to_node_encryption[0].enabled), false)
  message        = "traffic between the domain's nodes is not encrypted"
  help           = "add node_to_node_encryption { enabled = true }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_elasticsearch_domain` and `aws_opensearch_domain`
    resources declare `node_to_node_encryption { enabled = true }`.

    ## Why is this bad?
    Without it, data moves between the domain's nodes in clear text inside
    the VPC; fine-grained access control also requires it.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: the block is optional and `enabled` defaults
    to `false`.

    ## Example
    ```hcl
    resource "aws_opensearch_domain" "logs" {
      domain_name = "logs"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_opensearch_domain" "logs" {
      domain_name = "logs"
      node_to_node_encryption {
        enabled = true
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_6`; Trivy `AWS-0043`.
  EOT
}

policy "DFL138" {
  name           = "search-domain-tls-not-enforced"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_elasticsearch_domain", "aws_opensearch_domain"]
  condition      = try(tobool(self.domain_endpoint_options[0].enforce_https), true) && try(!contains(["Policy-Min-TLS-1-0-2019-07"], self.domain_endpoint_options[0].tls_security_policy), false)
  message        = "the endpoint accepts plain HTTP or TLS older than 1.2"
  help           = "set domain_endpoint_options { enforce_https = true, tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\" }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_elasticsearch_domain` and `aws_opensearch_domain`
    resources declare `domain_endpoint_options` with HTTPS enforced and a
    `tls_security_policy` other than `Policy-Min-TLS-1-0-2019-07`.

    ## Why is this bad?
    Clients may send credentials and documents over plain HTTP or over TLS
    1.0/1.1, whose weaknesses are known.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: inside `domain_endpoint_options`,
    `enforce_https` defaults to `true`, but without the block the service
    keeps its own defaults; `tls_security_policy` is left to the service,
    whose default has long been `Policy-Min-TLS-1-0-2019-07`, and
    Terraform only tracks it when set. State both.

    ## Example
    ```hcl
    resource "aws_opensearch_domain" "logs" {
      domain_name = "logs"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_opensearch_domain" "logs" {
      domain_name = "logs"
      domain_endpoint_options {
        enforce_https       = true
        tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_83`, `CKV_AWS_228`; Trivy `AWS-0046`, `AWS-0126`.
  EOT
}

policy "DFL139" {
  name           = "msk-plaintext-traffic"
  category       = "encryption"
  severity       = "high"
  resource_types = ["aws_msk_cluster"]
  condition      = try(self.encryption_info[0].encryption_in_transit[0].client_broker, "TLS") == "TLS" && try(tobool(self.encryption_info[0].encryption_in_transit[0].in_cluster), true) && (!settings.require_kms || try(self.encryption_info[0].encryption_at_rest_kms_key_arn, null) != null)
  message        = "brokers accept plaintext traffic, or storage is not under a customer-managed key"
  help           = "set encryption_info { encryption_in_transit { client_broker = \"TLS\", in_cluster = true } }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_msk_cluster` resources keep client-broker traffic on
    TLS only (`client_broker = "TLS"`) and in-cluster traffic encrypted
    (`in_cluster = true`). With `require_kms = true`, also that
    `encryption_at_rest_kms_key_arn` is set.

    ## Why is this bad?
    `PLAINTEXT` and `TLS_PLAINTEXT` let clients produce and consume
    messages in clear text on the network.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `client_broker` defaults to `"TLS"` and
    `in_cluster` to `true`, and storage is always encrypted (with an
    AWS-managed key unless `encryption_at_rest_kms_key_arn` is set), so a
    cluster without `encryption_info` is not reported.

    ## Example
    ```hcl
    resource "aws_msk_cluster" "events" {
      cluster_name           = "events"
      kafka_version          = "3.6.0"
      number_of_broker_nodes = 3
      encryption_info {
        encryption_in_transit {
          client_broker = "TLS_PLAINTEXT"
        }
      }
    }
    ```

    Use instead:
    ```hcl
    resource "aws_msk_cluster" "events" {
      cluster_name           = "events"
      kafka_version          = "3.6.0"
      number_of_broker_nodes = 3
    }
    ```

    ## References
    Checkov `CKV_AWS_81`; Trivy `AWS-0073`.
  EOT
}

policy "DFL140" {
  name           = "elb-listener-not-encrypted"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_elb"]
  condition      = alltrue([for l in lookup(self, "listener", []) : contains(["https", "ssl"], lower(l.lb_protocol))])
  message        = "a listener accepts clear-text HTTP or TCP"
  help           = "use lb_protocol = \"HTTPS\" (or \"SSL\") with ssl_certificate_id"
  doc            = <<-EOT
    ## What it does
    Checks that every `listener` of a classic `aws_elb` uses `HTTPS` or
    `SSL` as `lb_protocol`.

    ## Why is this bad?
    An `HTTP` or `TCP` listener carries the clients' traffic unencrypted
    between them and the load balancer.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `lb_protocol` is required; there is no
    default to rely on.

    ## Example
    ```hcl
    resource "aws_elb" "web" {
      listener {
        instance_port     = 8080
        instance_protocol = "http"
        lb_port           = 80
        lb_protocol       = "http"
      }
    }
    ```

    Use instead:
    ```hcl
    resource "aws_elb" "web" {
      listener {
        instance_port      = 8080
        instance_protocol  = "http"
        lb_port            = 443
        lb_protocol        = "https"
        ssl_certificate_id = aws_acm_certificate.web.arn
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_127`, `CKV_AWS_376`; Trivy `AWS-0054`.
  EOT
}

policy "DFL141" {
  name           = "cloudfront-allows-http"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_cloudfront_distribution"]
  condition      = alltrue([for b in concat(lookup(self, "default_cache_behavior", []), lookup(self, "ordered_cache_behavior", [])) : try(b.viewer_protocol_policy, "allow-all") != "allow-all"])
  message        = "viewers may fetch content over plain HTTP"
  help           = "set viewer_protocol_policy = \"redirect-to-https\" (or \"https-only\") on every cache behavior"
  doc            = <<-EOT
    ## What it does
    Checks that no cache behavior (`default_cache_behavior`,
    `ordered_cache_behavior`) of an `aws_cloudfront_distribution` has
    `viewer_protocol_policy = "allow-all"`.

    ## Why is this bad?
    With `allow-all`, viewers (and anyone on their network path) exchange
    content, cookies and headers with CloudFront in clear text.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `viewer_protocol_policy` is required.

    ## Example
    ```hcl
    default_cache_behavior {
      viewer_protocol_policy = "allow-all"
    }
    ```

    Use instead:
    ```hcl
    default_cache_behavior {
      viewer_protocol_policy = "redirect-to-https"
    }
    ```

    ## References
    Checkov `CKV_AWS_34`; Trivy `AWS-0012`.
  EOT
}

policy "DFL142" {
  name           = "cloudfront-outdated-tls"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_cloudfront_distribution"]
  condition      = startswith(try(self.viewer_certificate[0].minimum_protocol_version, "TLSv1"), "TLSv1.2") && !try(tobool(self.viewer_certificate[0].cloudfront_default_certificate), false)
  message        = "viewers may connect with TLS older than 1.2"
  help           = "use your own certificate with minimum_protocol_version = \"TLSv1.2_2021\""
  doc            = <<-EOT
    ## What it does
    Checks that an `aws_cloudfront_distribution` uses its own certificate
    with a `minimum_protocol_version` of TLS 1.2 (`TLSv1.2_2019`,
    `TLSv1.2_2021` or later).

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).
    With the default `*.cloudfront.net` certificate CloudFront always
    accepts TLS 1.0, whatever `minimum_protocol_version` says.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `minimum_protocol_version` defaults to
    `"TLSv1"`, and the default certificate ignores it.

    ## Example
    ```hcl
    viewer_certificate {
      cloudfront_default_certificate = true
    }
    ```

    Use instead:
    ```hcl
    viewer_certificate {
      acm_certificate_arn      = aws_acm_certificate.cdn.arn
      ssl_support_method       = "sni-only"
      minimum_protocol_version = "TLSv1.2_2021"
    }
    ```

    ## References
    Checkov `CKV_AWS_174`; Trivy `AWS-0013`.
  EOT
}

policy "DFL143" {
  name           = "api-gateway-outdated-tls"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_api_gateway_domain_name"]
  condition      = startswith(try(self.security_policy, "TLS_1_0"), "TLS_1_2") || startswith(try(self.security_policy, "TLS_1_0"), "SecurityPolicy_TLS12") || startswith(try(self.security_policy, "TLS_1_0"), "SecurityPolicy_TLS13")
  message        = "the custom domain accepts TLS older than 1.2"
  help           = "set security_policy = \"TLS_1_2\""
  doc            = <<-EOT
    ## What it does
    Checks that `aws_api_gateway_domain_name` resources set a TLS 1.2 (or
    later) `security_policy`.

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `security_policy` is optional and computed;
    API Gateway's default for REST API custom domains is `TLS_1_0`.

    ## Example
    ```hcl
    resource "aws_api_gateway_domain_name" "api" {
      domain_name = "api.example.com"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_api_gateway_domain_name" "api" {
      domain_name     = "api.example.com"
      security_policy = "TLS_1_2"
    }
    ```

    ## References
    Checkov `CKV_AWS_206`; Trivy `AWS-0005`.
  EOT
}

policy "DFL144" {
  name           = "api-gateway-cache-not-encrypted"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_api_gateway_method_settings"]
  condition      = !try(tobool(self.settings[0].caching_enabled), false) || try(tobool(self.settings[0].cache_data_encrypted), false)
  message        = "cached responses are not encrypted"
  help           = "set settings { cache_data_encrypted = true }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_api_gateway_method_settings` resources that enable
    caching also set `cache_data_encrypted = true`.

    ## Why is this bad?
    Cached responses may hold personal or secret data, stored unencrypted
    on the cache cluster.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `caching_enabled` and `cache_data_encrypted`
    both default to `false`; without caching nothing is reported.

    ## Example
    ```hcl
    settings {
      caching_enabled = true
    }
    ```

    Use instead:
    ```hcl
    settings {
      caching_enabled      = true
      cache_data_encrypted = true
    }
    ```

    ## References
    Checkov `CKV_AWS_120`; Trivy `AWS-0002`.
  EOT
}

policy "DFL145" {
  name           = "ebs-default-encryption-disabled"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_ebs_encryption_by_default"]
  condition      = try(tobool(self.enabled), true)
  message        = "new EBS volumes in this region are not encrypted by default"
  help           = "set enabled = true (or remove the attribute)"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_ebs_encryption_by_default` resources do not set
    `enabled = false`.

    ## Why is this bad?
    The account setting is the safety net for volumes and snapshots
    created without an explicit `encrypted = true`.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `enabled` defaults to `true`, so only an
    explicit `false` is reported.

    ## Example
    ```hcl
    resource "aws_ebs_encryption_by_default" "this" {
      enabled = false
    }
    ```

    Use instead:
    ```hcl
    resource "aws_ebs_encryption_by_default" "this" {
      enabled = true
    }
    ```

    ## References
    Checkov `CKV_AWS_106`.
  EOT
}

policy "DFL146" {
  name           = "instance-root-volume-encryption-unset"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_instance"]
  condition      = contains(keys(self), "root_block_device") || contains(keys(self), "launch_template") || length(lookup(module_resources, "aws_ebs_encryption_by_default", [])) > 0
  message        = "the root volume's encryption is left to the AMI and the account default"
  help           = "add root_block_device { encrypted = true }, or manage aws_ebs_encryption_by_default"
  doc            = <<-EOT
    ## What it does
    Checks that an `aws_instance` without a launch template says how its
    root volume is encrypted: a `root_block_device` block (whose
    `encrypted` DFL105 checks), or an `aws_ebs_encryption_by_default`
    managed in the same module (whose `enabled` DFL145 checks).

    ## Why is this bad?
    Without either, the root volume is encrypted only if the AMI's snapshot
    is or the region's EBS encryption by default is on. Public AMIs
    (Amazon Linux, Ubuntu, ...) have unencrypted snapshots and the account
    setting is off until someone turns it on, so the volume, its snapshots
    and AMIs made from it are most likely unencrypted.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `root_block_device.encrypted` is optional
    and computed from the AMI and the account setting; EC2 encryption by
    default is off in every region until enabled. Where the account
    setting is managed in another configuration, disable this policy.

    ## Example
    ```hcl
    resource "aws_instance" "web" {
      ami           = var.ami
      instance_type = "t3.micro"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_instance" "web" {
      ami           = var.ami
      instance_type = "t3.micro"
      root_block_device {
        encrypted = true
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_8`; Trivy `AWS-0131`.
  EOT
}

policy "DFL147" {
  name           = "ssm-parameter-secret-in-plain-text"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_ssm_parameter"]
  condition      = try(self.type, "String") == "SecureString" || !anytrue([for word in ["password", "passwd", "secret", "token", "private", "credential", "apikey", "api_key", "api-key"] : strcontains(lower(self.name), word)])
  message        = "a parameter named like a secret is stored in plain text"
  help           = "set type = \"SecureString\""
  doc            = <<-EOT
    ## What it does
    Checks that `aws_ssm_parameter` resources whose name contains
    `password`, `passwd`, `secret`, `token`, `private`, `credential` or
    `api_key` (any case) have `type = "SecureString"`.

    ## Why is this bad?
    `String` and `StringList` parameters are stored and returned
    unencrypted: anyone allowed `ssm:GetParameter` reads them, and they
    appear in clear in the console and in CloudTrail.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `type` is required (`String`, `StringList`
    or `SecureString`); there is no default. Parameters whose name does not
    suggest a secret are not reported.

    ## Example
    ```hcl
    resource "aws_ssm_parameter" "db" {
      name  = "/app/db_password"
      type  = "String"
      value = var.password
    }
    ```

    Use instead:
    ```hcl
    resource "aws_ssm_parameter" "db" {
      name  = "/app/db_password"
      type  = "SecureString"
      value = var.password
    }
    ```

    ## References
    Checkov `CKV2_AWS_34`.
  EOT
}
