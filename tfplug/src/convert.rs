//! The only place where SDK types meet generated protobuf types.
//!
//! Everything public in tfplug is plain Rust; handlers convert at this boundary.

use crate::diagnostics::{AttributePath, Diagnostic, Diagnostics, PathStep, Severity};
use crate::function::{Function, FunctionError, Parameter};
use crate::proto::tfplugin6 as pb;
use crate::schema::{Attribute, AttributeKind, Block, NestedBlock, Nesting, Schema};
use crate::value::{self, Type, Value};

// ---- values -------------------------------------------------------------------------

/// Decodes a `DynamicValue`: msgpack when present, JSON otherwise, null when empty.
pub(crate) fn value_from_proto(
    dynamic: Option<&pb::DynamicValue>,
    ty: &Type,
) -> Result<Value, value::ValueError> {
    match dynamic {
        Some(d) if !d.msgpack.is_empty() => value::decode_msgpack(&d.msgpack, ty),
        Some(d) if !d.json.is_empty() => value::decode_json(&d.json, ty),
        _ => Ok(Value::Null),
    }
}

/// Encodes a value as msgpack, the encoding Terraform reads in every version.
pub(crate) fn value_to_proto(
    value: &Value,
    ty: &Type,
) -> Result<pb::DynamicValue, value::ValueError> {
    Ok(pb::DynamicValue {
        msgpack: value::encode_msgpack(value, ty)?,
        json: Vec::new(),
    })
}

// ---- diagnostics ----------------------------------------------------------------------

pub(crate) fn path_to_proto(path: &AttributePath) -> pb::AttributePath {
    use pb::attribute_path::step::Selector;
    pb::AttributePath {
        steps: path
            .steps()
            .iter()
            .map(|step| pb::attribute_path::Step {
                selector: Some(match step {
                    PathStep::Attr(name) => Selector::AttributeName(name.clone()),
                    PathStep::Key(key) => Selector::ElementKeyString(key.clone()),
                    PathStep::Index(index) => Selector::ElementKeyInt(*index),
                }),
            })
            .collect(),
    }
}

#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn path_from_proto(path: &pb::AttributePath) -> AttributePath {
    use pb::attribute_path::step::Selector;
    AttributePath::from_steps(
        path.steps
            .iter()
            .filter_map(|step| {
                Some(match step.selector.as_ref()? {
                    Selector::AttributeName(name) => PathStep::Attr(name.clone()),
                    Selector::ElementKeyString(key) => PathStep::Key(key.clone()),
                    Selector::ElementKeyInt(index) => PathStep::Index(*index),
                })
            })
            .collect(),
    )
}

pub(crate) fn diagnostic_to_proto(diagnostic: &Diagnostic) -> pb::Diagnostic {
    let severity = match diagnostic.severity {
        Severity::Error => pb::diagnostic::Severity::Error,
        Severity::Warning => pb::diagnostic::Severity::Warning,
    };
    pb::Diagnostic {
        severity: severity as i32,
        summary: diagnostic.summary.clone(),
        detail: diagnostic.detail.clone(),
        attribute: diagnostic.attribute.as_ref().map(path_to_proto),
    }
}

pub(crate) fn diagnostics_to_proto(diagnostics: &Diagnostics) -> Vec<pb::Diagnostic> {
    diagnostics
        .as_slice()
        .iter()
        .map(diagnostic_to_proto)
        .collect()
}

#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn diagnostics_from_proto(diagnostics: &[pb::Diagnostic]) -> Diagnostics {
    diagnostics
        .iter()
        .map(|d| Diagnostic {
            severity: if d.severity == pb::diagnostic::Severity::Warning as i32 {
                Severity::Warning
            } else {
                Severity::Error
            },
            summary: d.summary.clone(),
            detail: d.detail.clone(),
            attribute: d.attribute.as_ref().map(path_from_proto),
        })
        .collect()
}

// ---- schemas ----------------------------------------------------------------------------

pub(crate) fn schema_to_proto(schema: &Schema) -> pb::Schema {
    pb::Schema {
        version: schema.version,
        block: Some(block_to_proto(&schema.block, schema.version)),
    }
}

fn block_to_proto(block: &Block, version: i64) -> pb::schema::Block {
    pb::schema::Block {
        version,
        attributes: block.attributes.iter().map(attribute_to_proto).collect(),
        block_types: block.blocks.iter().map(nested_block_to_proto).collect(),
        description: block.description.clone(),
        description_kind: pb::StringKind::Markdown as i32,
        deprecated: block.deprecated,
        ..Default::default()
    }
}

fn attribute_to_proto(attribute: &Attribute) -> pb::schema::Attribute {
    let (ty, nested_type) = match &attribute.kind {
        AttributeKind::Type(ty) => (ty.to_json(), None),
        AttributeKind::Nested {
            nesting,
            attributes,
        } => {
            use pb::schema::object::NestingMode;
            let mode = match nesting {
                Nesting::Single | Nesting::Group => NestingMode::Single,
                Nesting::List => NestingMode::List,
                Nesting::Set => NestingMode::Set,
                Nesting::Map => NestingMode::Map,
            };
            (
                Vec::new(),
                Some(pb::schema::Object {
                    attributes: attributes.iter().map(attribute_to_proto).collect(),
                    nesting: mode as i32,
                    ..Default::default()
                }),
            )
        }
    };
    pb::schema::Attribute {
        name: attribute.name.clone(),
        r#type: ty,
        nested_type,
        description: attribute.description.clone(),
        required: attribute.required,
        optional: attribute.optional,
        computed: attribute.computed,
        sensitive: attribute.sensitive,
        description_kind: pb::StringKind::Markdown as i32,
        deprecated: attribute.deprecated,
        ..Default::default()
    }
}

fn nested_block_to_proto(nested: &NestedBlock) -> pb::schema::NestedBlock {
    use pb::schema::nested_block::NestingMode;
    let mode = match nested.nesting {
        Nesting::Single => NestingMode::Single,
        Nesting::Group => NestingMode::Group,
        Nesting::List => NestingMode::List,
        Nesting::Set => NestingMode::Set,
        Nesting::Map => NestingMode::Map,
    };
    pb::schema::NestedBlock {
        type_name: nested.type_name.clone(),
        block: Some(block_to_proto(&nested.block, 0)),
        nesting: mode as i32,
        min_items: nested.min_items,
        max_items: nested.max_items,
    }
}

// ---- functions ---------------------------------------------------------------------------

pub(crate) fn function_to_proto(function: &dyn Function) -> pb::Function {
    let text = |s: &str| s.to_string();
    pb::Function {
        parameters: function
            .parameters()
            .iter()
            .map(parameter_to_proto)
            .collect(),
        variadic_parameter: function
            .variadic_parameter()
            .as_ref()
            .map(parameter_to_proto),
        r#return: Some(pb::function::Return {
            r#type: function.return_type().to_json(),
        }),
        summary: text(function.summary()),
        description: text(function.description()),
        description_kind: pb::StringKind::Markdown as i32,
        deprecation_message: text(function.deprecation_message()),
    }
}

fn parameter_to_proto(parameter: &Parameter) -> pb::function::Parameter {
    pb::function::Parameter {
        name: parameter.name.clone(),
        r#type: parameter.ty.to_json(),
        allow_null_value: parameter.allow_null,
        allow_unknown_values: parameter.allow_unknown,
        description: parameter.description.clone(),
        description_kind: pb::StringKind::Markdown as i32,
    }
}

pub(crate) fn function_error_to_proto(error: &FunctionError) -> pb::FunctionError {
    pb::FunctionError {
        text: error.message.clone(),
        function_argument: error
            .argument
            .map(|index| i64::try_from(index).unwrap_or(i64::MAX)),
    }
}

#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn function_error_from_proto(error: &pb::FunctionError) -> FunctionError {
    FunctionError {
        message: error.text.clone(),
        argument: error
            .function_argument
            .and_then(|index| usize::try_from(index).ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_paths_round_trip() {
        let path = AttributePath::attr("rule")
            .index(3)
            .then_attr("labels")
            .key("team");
        assert_eq!(path_from_proto(&path_to_proto(&path)), path);
    }

    #[test]
    fn diagnostics_keep_severity_and_path() {
        let mut diags = Diagnostics::new();
        diags.attribute_error(AttributePath::attr("path"), "Invalid path", "escapes");
        diags.warning("Heads up", "");
        let back = diagnostics_from_proto(&diagnostics_to_proto(&diags));
        assert_eq!(back, diags);
    }

    struct Concat;

    impl Function for Concat {
        fn name(&self) -> &'static str {
            "concat"
        }
        fn parameters(&self) -> Vec<Parameter> {
            vec![Parameter::new("first", Type::String).description("The start.")]
        }
        fn variadic_parameter(&self) -> Option<Parameter> {
            Some(Parameter::new("rest", Type::list(Type::String)).allow_null())
        }
        fn return_type(&self) -> Type {
            Type::String
        }
        fn summary(&self) -> &str {
            "Joins texts"
        }
        fn call(&self, _args: Vec<Value>) -> Result<Value, FunctionError> {
            Ok(Value::Null)
        }
    }

    #[test]
    fn function_signatures_convert_with_types_and_docs() {
        let function = function_to_proto(&Concat);
        assert_eq!(function.parameters.len(), 1);
        let first = &function.parameters[0];
        assert_eq!(first.name, "first");
        assert_eq!(first.r#type, br#""string""#);
        assert_eq!(first.description, "The start.");
        assert!(!first.allow_null_value && !first.allow_unknown_values);
        let rest = function.variadic_parameter.expect("variadic");
        assert_eq!(rest.r#type, br#"["list","string"]"#);
        assert!(rest.allow_null_value);
        assert_eq!(
            function.r#return.map(|r| r.r#type),
            Some(b"\"string\"".to_vec())
        );
        assert_eq!(function.summary, "Joins texts");
        assert!(function.deprecation_message.is_empty());
    }

    #[test]
    fn function_errors_keep_the_argument() {
        for error in [
            FunctionError::argument(3, "bad"),
            FunctionError::new("whole"),
        ] {
            assert_eq!(
                function_error_from_proto(&function_error_to_proto(&error)),
                error
            );
        }
    }

    #[test]
    fn empty_dynamic_value_is_null() {
        let v = value_from_proto(None, &Type::String).expect("decode");
        assert!(v.is_null());
        let empty = pb::DynamicValue::default();
        assert!(
            value_from_proto(Some(&empty), &Type::String)
                .expect("decode")
                .is_null()
        );
    }
}
