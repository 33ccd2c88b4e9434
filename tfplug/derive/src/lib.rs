//! `#[derive(Declare)]` for tfplug: a struct with named fields becomes a Terraform
//! block (its schema) and the decoder of that block's values.
//!
//! Use it through `tfplug::Declare`; the derive names `::tfplug` paths, and the
//! field attributes are documented on the `tfplug::declare` module.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;
use syn::{Data, DeriveInput, Expr, Fields, GenericArgument, LitStr, PathArguments, Type};

/// Derives `tfplug::Declare` (and `tfplug::declare::AttributeValue`) for a struct.
#[proc_macro_derive(Declare, attributes(tf))]
pub fn derive_declare(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as DeriveInput);
    expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Where a field's value comes from when the configuration leaves it null.
enum Default {
    /// No default: the attribute is required (unless its type is an `Option`).
    None,
    /// `#[tf(default)]`: the field of `<Self as Default>::default()`.
    FromContainer,
    /// `#[tf(default = EXPR)]`: `From::from(EXPR)`.
    Expr(Box<Expr>),
}

/// What a field is in the schema.
enum Kind {
    /// An attribute (the default).
    Attribute,
    /// `#[tf(block)]`: a nested block type.
    Block,
    /// `#[tf(skip)]`: not in the schema; the field's default (see [`Default`]), or
    /// `Default::default()` of its type when it has none.
    Skip,
}

/// One field and its `#[tf(...)]` options.
struct Field {
    ident: syn::Ident,
    ty: Type,
    name: String,
    doc: String,
    kind: Kind,
    default: Default,
    one_of: Option<Expr>,
    any_of: Option<Expr>,
    unset: Option<Expr>,
    sensitive: bool,
}

fn expand(input: &DeriveInput) -> syn::Result<TokenStream2> {
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            input,
            "Declare is derived for structs with named fields",
        ));
    };
    let Fields::Named(named) = &data.fields else {
        return Err(syn::Error::new_spanned(
            input,
            "Declare is derived for structs with named fields",
        ));
    };
    let fields = named
        .named
        .iter()
        .map(parse_field)
        .collect::<syn::Result<Vec<_>>>()?;
    let uses_container_default = fields
        .iter()
        .any(|f| matches!(f.default, Default::FromContainer));
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();

    let schema_steps = fields
        .iter()
        .map(schema_step)
        .collect::<syn::Result<Vec<_>>>()?;
    let decode_steps = fields
        .iter()
        .map(decode_step)
        .collect::<syn::Result<Vec<_>>>()?;
    let field_idents: Vec<_> = fields.iter().map(|f| &f.ident).collect();
    let literal_parts: Vec<TokenStream2> = fields
        .iter()
        .filter(|f| matches!(f.kind, Kind::Attribute))
        .map(|f| {
            let ident = &f.ident;
            let name = &f.name;
            quote! {
                ::std::format!("{} = {}", #name, ::tfplug::declare::HclLiteral::to_hcl(&self.#ident))
            }
        })
        .collect();
    let defaults = if uses_container_default {
        quote! {
            #[allow(unused_variables)]
            let __defaults = <Self as ::core::default::Default>::default();
        }
    } else {
        quote! {}
    };

    Ok(quote! {
        impl #impl_generics ::tfplug::Declare for #ident #ty_generics #where_clause {
            fn block() -> ::tfplug::Block {
                #defaults
                let mut __block = ::tfplug::Block::new();
                #(#schema_steps)*
                __block
            }

            fn decode_object(
                __value: &::tfplug::Value,
                __path: &::tfplug::AttributePath,
                __diagnostics: &mut ::tfplug::Diagnostics,
            ) -> ::core::option::Option<Self> {
                let __object = ::tfplug::declare::object(__value, __path, __diagnostics)?;
                #defaults
                #(#decode_steps)*
                ::core::option::Option::Some(Self {
                    #(#field_idents: #field_idents?,)*
                })
            }
        }

        impl #impl_generics ::tfplug::declare::HclLiteral for #ident #ty_generics #where_clause {
            fn to_hcl(&self) -> ::std::string::String {
                let __parts: ::std::vec::Vec<::std::string::String> = ::std::vec![#(#literal_parts),*];
                ::std::format!("{{ {} }}", __parts.join(", "))
            }
        }

        impl #impl_generics ::tfplug::declare::AttributeValue for #ident #ty_generics #where_clause {
            fn attribute_type() -> ::tfplug::Type {
                <Self as ::tfplug::Declare>::block().value_type()
            }

            fn decode_value(
                value: &::tfplug::Value,
                path: &::tfplug::AttributePath,
                diagnostics: &mut ::tfplug::Diagnostics,
            ) -> ::core::option::Option<Self> {
                <Self as ::tfplug::Declare>::decode_object(value, path, diagnostics)
            }
        }
    })
}

fn parse_field(field: &syn::Field) -> syn::Result<Field> {
    let Some(ident) = field.ident.clone() else {
        return Err(syn::Error::new_spanned(field, "a named field is expected"));
    };
    let mut parsed = Field {
        name: ident.to_string().trim_start_matches("r#").to_string(),
        ident,
        ty: field.ty.clone(),
        doc: doc_text(&field.attrs),
        kind: Kind::Attribute,
        default: Default::None,
        one_of: None,
        any_of: None,
        unset: None,
        sensitive: false,
    };
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("tf")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                parsed.name = meta.value()?.parse::<LitStr>()?.value();
            } else if meta.path.is_ident("block") {
                parsed.kind = Kind::Block;
            } else if meta.path.is_ident("skip") {
                parsed.kind = Kind::Skip;
            } else if meta.path.is_ident("sensitive") {
                parsed.sensitive = true;
            } else if meta.path.is_ident("default") {
                parsed.default = if meta.input.peek(syn::Token![=]) {
                    Default::Expr(Box::new(meta.value()?.parse()?))
                } else {
                    Default::FromContainer
                };
            } else if meta.path.is_ident("one_of") {
                parsed.one_of = Some(meta.value()?.parse()?);
            } else if meta.path.is_ident("any_of") {
                parsed.any_of = Some(meta.value()?.parse()?);
            } else if meta.path.is_ident("unset") {
                parsed.unset = Some(meta.value()?.parse()?);
            } else {
                return Err(meta.error(
                    "unknown tf option; expected rename, block, skip, sensitive, default, unset, one_of or any_of",
                ));
            }
            Ok(())
        })?;
    }
    if parsed.unset.is_some() && !matches!(parsed.default, Default::None) {
        return Err(syn::Error::new_spanned(
            &parsed.ident,
            "`unset` documents what a null `Option` means; it cannot go with `default`",
        ));
    }
    if matches!(parsed.kind, Kind::Attribute) && parsed.doc.is_empty() {
        return Err(syn::Error::new_spanned(
            &parsed.ident,
            "every attribute needs a doc comment: it is the attribute's description",
        ));
    }
    Ok(parsed)
}

/// The doc comment of a field as one Markdown text: lines joined by spaces,
/// paragraphs by a blank line.
fn doc_text(attrs: &[syn::Attribute]) -> String {
    let mut paragraphs: Vec<String> = vec![String::new()];
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        let Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &nv.value
        else {
            continue;
        };
        let line = text.value();
        let line = line.trim();
        let Some(current) = paragraphs.last_mut() else {
            continue;
        };
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(String::new());
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    paragraphs.retain(|p| !p.is_empty());
    paragraphs.join("\n\n")
}

/// The element type of `Option<T>` or `Vec<T>`, when `ty` is that wrapper.
fn wrapped<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The expression of a field's default value, if it has one.
fn default_expr(field: &Field) -> Option<TokenStream2> {
    let ident = &field.ident;
    let ty = &field.ty;
    match &field.default {
        Default::None => None,
        Default::FromContainer => Some(quote! { __defaults.#ident }),
        Default::Expr(expr) => Some(quote! { <#ty as ::core::convert::From<_>>::from(#expr) }),
    }
}

/// The code that adds a field to the block being built in `block()`.
fn schema_step(field: &Field) -> syn::Result<TokenStream2> {
    let name = &field.name;
    let doc = &field.doc;
    let ty = &field.ty;
    let mut description = quote! { let mut __description = ::std::string::String::from(#doc); };
    if let Some(list) = &field.one_of {
        description.extend(quote! {
            ::tfplug::declare::append_sentence(&mut __description, &::tfplug::declare::one_of("One of", #list));
        });
    }
    if let Some(list) = &field.any_of {
        description.extend(quote! {
            ::tfplug::declare::append_sentence(&mut __description, &::tfplug::declare::one_of("Any of", #list));
        });
    }
    match field.kind {
        Kind::Skip => Ok(quote! {}),
        Kind::Block => {
            let (nesting, inner) = if let Some(inner) = wrapped(ty, "Vec") {
                (quote! { ::tfplug::Nesting::List }, inner)
            } else if let Some(inner) = wrapped(ty, "Option") {
                (quote! { ::tfplug::Nesting::Single }, inner)
            } else {
                (quote! { ::tfplug::Nesting::Single }, ty)
            };
            Ok(quote! {
                {
                    #description
                    let __inner = <#inner as ::tfplug::Declare>::block().description(__description);
                    __block = __block.block(::tfplug::NestedBlock::new(#name, #nesting, __inner));
                }
            })
        }
        Kind::Attribute => {
            let sensitive = if field.sensitive {
                quote! { let __attribute = __attribute.sensitive(); }
            } else {
                quote! {}
            };
            let attribute = match default_expr(field) {
                Some(default) => quote! {
                    ::tfplug::declare::append_sentence(
                        &mut __description,
                        &::std::format!(
                            "Defaults to `{}`.",
                            ::tfplug::declare::HclLiteral::to_hcl(&#default),
                        ),
                    );
                    let __attribute = ::tfplug::Attribute::optional(
                        #name,
                        <#ty as ::tfplug::declare::AttributeValue>::attribute_type(),
                    );
                },
                None => {
                    let unset = field.unset.as_ref().map(|value| {
                        quote! {
                            ::tfplug::declare::append_sentence(
                                &mut __description,
                                &::std::format!(
                                    "Defaults to `{}`.",
                                    ::tfplug::declare::HclLiteral::to_hcl(&#value),
                                ),
                            );
                        }
                    });
                    quote! {
                    #unset
                    let __attribute = if <#ty as ::tfplug::declare::AttributeValue>::NULLABLE {
                        ::tfplug::Attribute::optional(
                            #name,
                            <#ty as ::tfplug::declare::AttributeValue>::attribute_type(),
                        )
                    } else {
                        ::tfplug::Attribute::required(
                            #name,
                            <#ty as ::tfplug::declare::AttributeValue>::attribute_type(),
                        )
                    };
                    }
                }
            };
            Ok(quote! {
                {
                    #description
                    #attribute
                    #sensitive
                    __block = __block.attribute(__attribute.description(__description));
                }
            })
        }
    }
}

/// The code that decodes a field into a local `Option` named like the field.
fn decode_step(field: &Field) -> syn::Result<TokenStream2> {
    let ident = &field.ident;
    let name = &field.name;
    let ty = &field.ty;
    Ok(match field.kind {
        Kind::Skip => {
            let value = default_expr(field)
                .unwrap_or_else(|| quote! { <#ty as ::core::default::Default>::default() });
            quote! { let #ident = ::core::option::Option::Some(#value); }
        }
        Kind::Block => {
            if let Some(inner) = wrapped(ty, "Vec") {
                quote! {
                    let #ident = ::tfplug::declare::block_list::<#inner>(__object, #name, __path, __diagnostics);
                }
            } else if let Some(inner) = wrapped(ty, "Option") {
                quote! {
                    let #ident = ::tfplug::declare::block_optional::<#inner>(__object, #name, __path, __diagnostics);
                }
            } else {
                quote! {
                    let #ident = ::tfplug::declare::block_optional::<#ty>(__object, #name, __path, __diagnostics)
                        .map(::core::option::Option::unwrap_or_default);
                }
            }
        }
        Kind::Attribute => match default_expr(field) {
            Some(default) => quote! {
                let #ident = match ::tfplug::declare::attribute_or_null(__object, #name) {
                    ::tfplug::Value::Null => ::core::option::Option::Some(#default),
                    __present => <#ty as ::tfplug::declare::AttributeValue>::decode_value(
                        __present,
                        &__path.clone().then_attr(#name),
                        __diagnostics,
                    ),
                };
            },
            None => quote! {
                let #ident = <#ty as ::tfplug::declare::AttributeValue>::decode_value(
                    ::tfplug::declare::attribute_or_null(__object, #name),
                    &__path.clone().then_attr(#name),
                    __diagnostics,
                );
            },
        },
    })
}
