//! Provider-defined functions: `provider::<name>::<function>(...)` in Terraform 1.8 and later
//! (plugin protocol 6.5).
//!
//! A provider lists its functions in [`crate::Provider::functions`]. tfplug advertises
//! them in `GetProviderSchema` (where Terraform 1.8+ reads them), `GetFunctions` and
//! `GetMetadata`, decodes each call's arguments with the declared parameter types, calls
//! [`Function::call`] and encodes the result with the declared return type. Terraform
//! releases before 1.8 never call functions, and ignore the functions in the schema, so the
//! same binary serves Terraform 1.0 unchanged.

use crate::value::{Type, Value};

/// A provider-defined function.
///
/// Terraform checks the number and types of the arguments against the declared
/// [`parameters`](Function::parameters) (and [`variadic_parameter`](Function::variadic_parameter))
/// before it calls the provider, converting where HCL allows it (a number literal given to a
/// string parameter arrives as a string). Unless a parameter allows it, an argument is never
/// null and never unknown: Terraform rejects null arguments itself and, when an argument is
/// not known yet, skips the call and treats the result as unknown. So [`call`](Function::call)
/// sees known values of the declared types, one per parameter, then one per variadic
/// argument, in order.
///
/// A function must be pure: the same arguments give the same result, on every call, in
/// every plan and apply. It sees no provider configuration: Terraform calls functions on a
/// provider instance it has not configured (even during `terraform validate`), so keep
/// whatever a function needs inside the function value. Errors about one argument should say which
/// ([`FunctionError::argument`]): Terraform then underlines that argument in the
/// configuration and names its position in the message.
///
/// # Example
///
/// `provider::example::slug(text)`, which lower-cases `text` and turns every run of other
/// characters into one `-`:
///
/// ```
/// use tfplug::function::{Function, FunctionError, Parameter};
/// use tfplug::{Type, Value};
///
/// struct Slug;
///
/// impl Function for Slug {
///     fn name(&self) -> &'static str {
///         "slug"
///     }
///
///     fn parameters(&self) -> Vec<Parameter> {
///         vec![Parameter::new("text", Type::String).description("The text to turn into a slug.")]
///     }
///
///     fn return_type(&self) -> Type {
///         Type::String
///     }
///
///     fn summary(&self) -> &str {
///         "Lower-case letters and digits joined by hyphens"
///     }
///
///     fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
///         let text = args[0].as_str().unwrap_or_default();
///         let words: Vec<String> = text
///             .split(|c: char| !c.is_ascii_alphanumeric())
///             .filter(|word| !word.is_empty())
///             .map(str::to_ascii_lowercase)
///             .collect();
///         if words.is_empty() {
///             return Err(FunctionError::argument(0, "text has no letter or digit"));
///         }
///         Ok(Value::String(words.join("-")))
///     }
/// }
///
/// assert_eq!(Slug.call(vec!["My App_v2".into()]), Ok(Value::from("my-app-v2")));
/// let error = Slug.call(vec!["--".into()]).unwrap_err();
/// assert_eq!(error.argument, Some(0));
/// ```
///
/// A provider then lists it: `fn functions(&self) -> Vec<Arc<dyn Function>> { vec![Arc::new(Slug)] }`,
/// and a configuration calls `provider::example::slug("My App")`. Test it in process with
/// `tfplug::testing::TestServer::call_function` (feature `testing`), which goes through the
/// wire encoding as Terraform does.
pub trait Function: Send + Sync + 'static {
    /// The name Terraform calls it by: `provider::<provider>::<name>`. Lower case letters,
    /// digits and underscores, starting with a letter.
    fn name(&self) -> &'static str;

    /// The positional parameters, in order.
    fn parameters(&self) -> Vec<Parameter>;

    /// The parameter that takes any number (zero or more) of further arguments, if any.
    fn variadic_parameter(&self) -> Option<Parameter> {
        None
    }

    /// The type of the result. [`Type::Dynamic`] lets the result's type depend on the
    /// arguments.
    fn return_type(&self) -> Type;

    /// A one-line summary for documentation.
    fn summary(&self) -> &str {
        ""
    }

    /// A longer description (Markdown).
    fn description(&self) -> &str {
        ""
    }

    /// Set to a message to mark the function deprecated; Terraform warns on each call.
    fn deprecation_message(&self) -> &str {
        ""
    }

    /// Computes the result from the arguments: one per parameter, then the variadic ones.
    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError>;
}

/// One parameter of a [`Function`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    /// Its name, shown in documentation and in Terraform's error messages.
    pub name: String,
    /// Its type; [`Type::Dynamic`] accepts any value.
    pub ty: Type,
    /// What it is for (Markdown).
    pub description: String,
    /// Whether the function accepts null for it (otherwise Terraform refuses the call).
    pub allow_null: bool,
    /// Whether the function is called while it is unknown (otherwise Terraform skips the
    /// call and the result is unknown). A function that allows it must handle
    /// [`Value::Unknown`] and usually returns it.
    pub allow_unknown: bool,
}

impl Parameter {
    /// A parameter that must be known and not null.
    #[must_use]
    pub fn new(name: impl Into<String>, ty: Type) -> Self {
        Self {
            name: name.into(),
            ty,
            description: String::new(),
            allow_null: false,
            allow_unknown: false,
        }
    }

    /// Sets the description.
    #[must_use]
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = text.into();
        self
    }

    /// Lets the argument be null.
    #[must_use]
    pub fn allow_null(mut self) -> Self {
        self.allow_null = true;
        self
    }

    /// Lets the argument be unknown.
    #[must_use]
    pub fn allow_unknown(mut self) -> Self {
        self.allow_unknown = true;
        self
    }
}

/// Why a function call failed; Terraform shows it as an error on the call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FunctionError {
    /// What went wrong, as a sentence for the user.
    pub message: String,
    /// The zero-based position of the argument at fault, when one is (variadic arguments
    /// count on from the last positional parameter).
    pub argument: Option<usize>,
}

impl FunctionError {
    /// An error about the call as a whole.
    #[must_use]
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            argument: None,
        }
    }

    /// An error about the argument at zero-based position `index`.
    #[must_use]
    pub fn argument(index: usize, message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            argument: Some(index),
        }
    }
}

/// A function's signature, read once when the server starts.
#[derive(Debug, Clone)]
pub(crate) struct Signature {
    pub(crate) parameters: Vec<Parameter>,
    pub(crate) variadic: Option<Parameter>,
    pub(crate) return_type: Type,
}

impl Signature {
    pub(crate) fn of(function: &dyn Function) -> Self {
        Self {
            parameters: function.parameters(),
            variadic: function.variadic_parameter(),
            return_type: function.return_type(),
        }
    }

    /// The type of the argument at `index`, or an error when there are too many arguments.
    pub(crate) fn argument_type(&self, index: usize) -> Result<&Type, FunctionError> {
        match (self.parameters.get(index), &self.variadic) {
            (Some(parameter), _) | (None, Some(parameter)) => Ok(&parameter.ty),
            (None, None) => Err(FunctionError::new(format!(
                "too many arguments: the function takes {}",
                self.parameters.len()
            ))),
        }
    }

    /// Checks that `count` arguments are enough.
    pub(crate) fn check_count(&self, count: usize) -> Result<(), FunctionError> {
        if count < self.parameters.len() {
            return Err(FunctionError::new(format!(
                "not enough arguments: the function takes {}, got {count}",
                self.parameters.len()
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signature(variadic: bool) -> Signature {
        Signature {
            parameters: vec![Parameter::new("a", Type::String)],
            variadic: variadic.then(|| Parameter::new("rest", Type::Number)),
            return_type: Type::String,
        }
    }

    #[test]
    fn argument_types_follow_parameters_then_the_variadic_one() {
        let fixed = signature(false);
        assert_eq!(fixed.argument_type(0), Ok(&Type::String));
        assert!(fixed.argument_type(1).is_err());
        let variadic = signature(true);
        assert_eq!(variadic.argument_type(1), Ok(&Type::Number));
        assert_eq!(variadic.argument_type(5), Ok(&Type::Number));
    }

    #[test]
    fn too_few_arguments_are_refused() {
        assert!(signature(true).check_count(0).is_err());
        assert!(signature(true).check_count(1).is_ok());
        assert!(signature(false).check_count(1).is_ok());
    }

    #[test]
    fn errors_say_which_argument() {
        let error = FunctionError::argument(2, "bad");
        assert_eq!(error.argument, Some(2));
        assert_eq!(error.to_string(), "bad");
        assert_eq!(FunctionError::new("x").argument, None);
    }
}
