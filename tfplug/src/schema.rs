//! The schema model: what a provider, resource or data source accepts and computes.
//!
//! Descriptions are Markdown; they feed `terraform providers schema -json` and the
//! generated documentation.

use std::collections::BTreeMap;

use crate::value::Type;

/// A versioned schema of a provider, resource or data source.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    /// The schema version; stored in state and passed to `UpgradeResourceState`.
    pub version: i64,
    /// The top-level block.
    pub block: Block,
}

impl Schema {
    /// A version-0 schema with the given top-level block.
    #[must_use]
    pub fn new(block: Block) -> Self {
        Self { version: 0, block }
    }

    /// Sets the schema version.
    #[must_use]
    pub fn version(mut self, version: i64) -> Self {
        self.version = version;
        self
    }

    /// The type of a whole value conforming to this schema.
    #[must_use]
    pub fn value_type(&self) -> Type {
        self.block.value_type()
    }
}

/// A block: attributes plus nested block types.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    /// Attributes, in declaration order.
    pub attributes: Vec<Attribute>,
    /// Nested block types, in declaration order.
    pub blocks: Vec<NestedBlock>,
    /// Markdown description.
    pub description: String,
    /// Whether the whole block is deprecated.
    pub deprecated: bool,
}

impl Block {
    /// An empty block.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the Markdown description.
    #[must_use]
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = text.into();
        self
    }

    /// Adds an attribute.
    #[must_use]
    pub fn attribute(mut self, attribute: Attribute) -> Self {
        self.attributes.push(attribute);
        self
    }

    /// Adds a nested block type.
    #[must_use]
    pub fn block(mut self, block: NestedBlock) -> Self {
        self.blocks.push(block);
        self
    }

    /// The attribute named `name`, if any.
    #[must_use]
    pub fn get_attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The object type of a value of this block: one key per attribute and per nested block type.
    #[must_use]
    pub fn value_type(&self) -> Type {
        let mut fields = BTreeMap::new();
        for attribute in &self.attributes {
            fields.insert(attribute.name.clone(), attribute.value_type());
        }
        for nested in &self.blocks {
            let inner = nested.block.value_type();
            let ty = match nested.nesting {
                Nesting::Single | Nesting::Group => inner,
                Nesting::List => Type::List(Box::new(inner)),
                Nesting::Set => Type::Set(Box::new(inner)),
                Nesting::Map => Type::Map(Box::new(inner)),
            };
            fields.insert(nested.type_name.clone(), ty);
        }
        Type::Object(fields)
    }
}

/// How nested blocks or nested attributes repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nesting {
    /// At most one; null when absent.
    Single,
    /// Exactly one; never null (blocks only).
    Group,
    /// An ordered list.
    List,
    /// An unordered set.
    Set,
    /// A map keyed by label.
    Map,
}

/// What an attribute holds: a plain type or nested attributes (protocol 6 only).
#[derive(Debug, Clone, PartialEq)]
pub enum AttributeKind {
    /// A value of a cty type.
    Type(Type),
    /// A nested object (or collection of objects) with its own attributes.
    Nested {
        /// How the nested objects repeat.
        nesting: Nesting,
        /// The nested attributes.
        attributes: Vec<Attribute>,
    },
}

/// One attribute of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// The attribute name.
    pub name: String,
    /// Its type.
    pub kind: AttributeKind,
    /// Markdown description.
    pub description: String,
    /// Must be set in configuration.
    pub required: bool,
    /// May be set in configuration.
    pub optional: bool,
    /// Set by the provider (alone, or when the configuration leaves it null if also optional).
    pub computed: bool,
    /// Redacted in Terraform's output.
    pub sensitive: bool,
    /// Deprecated.
    pub deprecated: bool,
}

impl Attribute {
    fn new(name: impl Into<String>, kind: AttributeKind) -> Self {
        Self {
            name: name.into(),
            kind,
            description: String::new(),
            required: false,
            optional: false,
            computed: false,
            sensitive: false,
            deprecated: false,
        }
    }

    /// A required attribute.
    #[must_use]
    pub fn required(name: impl Into<String>, ty: Type) -> Self {
        Self {
            required: true,
            ..Self::new(name, AttributeKind::Type(ty))
        }
    }

    /// An optional attribute.
    #[must_use]
    pub fn optional(name: impl Into<String>, ty: Type) -> Self {
        Self {
            optional: true,
            ..Self::new(name, AttributeKind::Type(ty))
        }
    }

    /// A computed (read-only) attribute.
    #[must_use]
    pub fn computed(name: impl Into<String>, ty: Type) -> Self {
        Self {
            computed: true,
            ..Self::new(name, AttributeKind::Type(ty))
        }
    }

    /// An optional attribute the provider fills in when left unset.
    #[must_use]
    pub fn optional_computed(name: impl Into<String>, ty: Type) -> Self {
        Self {
            optional: true,
            computed: true,
            ..Self::new(name, AttributeKind::Type(ty))
        }
    }

    /// An attribute holding nested attributes; set the flags with the builder methods.
    #[must_use]
    pub fn nested(name: impl Into<String>, nesting: Nesting, attributes: Vec<Attribute>) -> Self {
        Self::new(
            name,
            AttributeKind::Nested {
                nesting,
                attributes,
            },
        )
    }

    /// Marks the attribute optional (for nested attributes).
    #[must_use]
    pub fn set_optional(mut self) -> Self {
        self.optional = true;
        self
    }

    /// Sets the Markdown description.
    #[must_use]
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = text.into();
        self
    }

    /// Marks the attribute sensitive.
    #[must_use]
    pub fn sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }

    /// Marks the attribute deprecated.
    #[must_use]
    pub fn deprecated(mut self) -> Self {
        self.deprecated = true;
        self
    }

    /// The type of this attribute's value.
    #[must_use]
    pub fn value_type(&self) -> Type {
        match &self.kind {
            AttributeKind::Type(ty) => ty.clone(),
            AttributeKind::Nested {
                nesting,
                attributes,
            } => {
                let object = Type::Object(
                    attributes
                        .iter()
                        .map(|a| (a.name.clone(), a.value_type()))
                        .collect(),
                );
                match nesting {
                    Nesting::Single | Nesting::Group => object,
                    Nesting::List => Type::List(Box::new(object)),
                    Nesting::Set => Type::Set(Box::new(object)),
                    Nesting::Map => Type::Map(Box::new(object)),
                }
            }
        }
    }
}

/// A nested block type of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct NestedBlock {
    /// The block type name, as written in HCL.
    pub type_name: String,
    /// The nested block's own schema.
    pub block: Block,
    /// How it repeats.
    pub nesting: Nesting,
    /// Minimum count (0 = none).
    pub min_items: i64,
    /// Maximum count (0 = unlimited).
    pub max_items: i64,
}

impl NestedBlock {
    /// A nested block type.
    #[must_use]
    pub fn new(type_name: impl Into<String>, nesting: Nesting, block: Block) -> Self {
        Self {
            type_name: type_name.into(),
            block,
            nesting,
            min_items: 0,
            max_items: 0,
        }
    }

    /// Sets the allowed count.
    #[must_use]
    pub fn items(mut self, min: i64, max: i64) -> Self {
        self.min_items = min;
        self.max_items = max;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_type_covers_attributes_and_nested_blocks() {
        let block = Block::new()
            .attribute(Attribute::required("path", Type::String))
            .attribute(Attribute::computed("sha256", Type::String))
            .block(NestedBlock::new(
                "rule",
                Nesting::List,
                Block::new().attribute(Attribute::required("expr", Type::String)),
            ))
            .block(NestedBlock::new(
                "slo",
                Nesting::Single,
                Block::new().attribute(Attribute::required("objective", Type::Number)),
            ));
        let Type::Object(fields) = block.value_type() else {
            panic!("block type must be an object");
        };
        assert_eq!(fields["path"], Type::String);
        assert_eq!(
            fields["rule"],
            Type::List(Box::new(Type::Object(
                [("expr".to_string(), Type::String)].into_iter().collect()
            )))
        );
        assert!(matches!(fields["slo"], Type::Object(_)));
    }
}
