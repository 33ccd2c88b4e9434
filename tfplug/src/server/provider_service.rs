//! The `tfplugin6.Provider` service: decodes requests, calls the provider's traits,
//! encodes responses. RPCs we do not serve answer `Unimplemented` (generated stubs).

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio_util::sync::CancellationToken;
use tonic::{Request, Response, Status};

use crate::convert::{
    diagnostics_to_proto, function_error_to_proto, function_to_proto, path_to_proto,
    schema_to_proto, value_from_proto, value_to_proto,
};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::function::{Function, FunctionError, Signature};
use crate::proto::tfplugin6 as pb;
use crate::proto::tfplugin6::provider_server::Provider as ProviderRpc;
use crate::provider::{
    ApplyRequest, ConfigureRequest, Context, DataSource, PlanRequest, Provider, ReadRequest,
    Resource,
};
use crate::schema::Schema;
use crate::value::{Type, Value};

type RpcResult<T> = Result<Response<T>, Status>;

/// A resource type with its schema computed once.
struct ResourceEntry {
    resource: Arc<dyn Resource>,
    schema: Schema,
    ty: Type,
}

struct DataSourceEntry {
    data_source: Arc<dyn DataSource>,
    schema: Schema,
    ty: Type,
}

struct FunctionEntry {
    function: Arc<dyn Function>,
    signature: Signature,
}

pub(crate) struct ProviderService {
    provider: Arc<dyn Provider>,
    provider_schema: Schema,
    provider_type: Type,
    resources: HashMap<&'static str, ResourceEntry>,
    data_sources: HashMap<&'static str, DataSourceEntry>,
    functions: HashMap<&'static str, FunctionEntry>,
    /// Cancelled by StopProvider; replaced so later requests run normally.
    stop: Mutex<CancellationToken>,
}

impl ProviderService {
    pub(crate) fn new(provider: Arc<dyn Provider>) -> Self {
        let provider_schema = provider.schema();
        let provider_type = provider_schema.value_type();
        let resources = provider
            .resources()
            .into_iter()
            .map(|resource| {
                let schema = resource.schema();
                let ty = schema.value_type();
                (
                    resource.type_name(),
                    ResourceEntry {
                        resource,
                        schema,
                        ty,
                    },
                )
            })
            .collect();
        let data_sources = provider
            .data_sources()
            .into_iter()
            .map(|data_source| {
                let schema = data_source.schema();
                let ty = schema.value_type();
                (
                    data_source.type_name(),
                    DataSourceEntry {
                        data_source,
                        schema,
                        ty,
                    },
                )
            })
            .collect();
        let functions = provider
            .functions()
            .into_iter()
            .map(|function| {
                let signature = Signature::of(function.as_ref());
                (
                    function.name(),
                    FunctionEntry {
                        function,
                        signature,
                    },
                )
            })
            .collect();
        Self {
            provider,
            provider_schema,
            provider_type,
            resources,
            data_sources,
            functions,
            stop: Mutex::new(CancellationToken::new()),
        }
    }

    fn context(&self) -> Context {
        let token = self
            .stop
            .lock()
            .map(|t| t.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone());
        Context::new(token)
    }

    fn resource(&self, type_name: &str) -> Result<&ResourceEntry, Status> {
        self.resources
            .get(type_name)
            .ok_or_else(|| Status::not_found(format!("unknown resource type {type_name:?}")))
    }

    fn data_source(&self, type_name: &str) -> Result<&DataSourceEntry, Status> {
        self.data_sources
            .get(type_name)
            .ok_or_else(|| Status::not_found(format!("unknown data source type {type_name:?}")))
    }

    /// Every function's signature and docs, by name (`GetProviderSchema`, `GetFunctions`).
    fn functions_to_proto(&self) -> HashMap<String, pb::Function> {
        self.functions
            .iter()
            .map(|(name, entry)| {
                (
                    (*name).to_string(),
                    function_to_proto(entry.function.as_ref()),
                )
            })
            .collect()
    }

    /// Decodes the arguments with the declared types and calls the function.
    fn call(
        &self,
        name: &str,
        arguments: &[pb::DynamicValue],
    ) -> Result<(Value, &Type), FunctionError> {
        let entry = self
            .functions
            .get(name)
            .ok_or_else(|| FunctionError::new(format!("this provider has no function {name:?}")))?;
        let signature = &entry.signature;
        signature.check_count(arguments.len())?;
        let args = arguments
            .iter()
            .enumerate()
            .map(|(index, argument)| {
                let ty = signature.argument_type(index)?;
                value_from_proto(Some(argument), ty)
                    .map_err(|e| FunctionError::argument(index, format!("invalid argument: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let result = entry.function.call(args).map_err(|mut error| {
            // Terraform indexes the call's argument expressions with this; never past them.
            error.argument = error.argument.filter(|index| *index < arguments.len());
            error
        })?;
        Ok((result, &signature.return_type))
    }

    fn capabilities() -> pb::ServerCapabilities {
        pb::ServerCapabilities {
            plan_destroy: true,
            get_provider_schema_optional: false,
            ..Default::default()
        }
    }
}

/// Runs `work` unless Terraform stops the provider first; then reports that instead.
async fn stoppable<T>(
    ctx: &Context,
    work: impl Future<Output = T>,
    stopped: impl FnOnce() -> T,
) -> T {
    tokio::select! {
        result = work => result,
        () = ctx.stopped() => stopped(),
    }
}

fn stopped_diagnostics() -> Diagnostics {
    Diagnostic::error(
        "Provider stopped",
        "Terraform asked the provider to stop (interrupt); the operation was cancelled.",
    )
    .into()
}

fn decode(dynamic: Option<&pb::DynamicValue>, ty: &Type, what: &str) -> Result<Value, Status> {
    value_from_proto(dynamic, ty)
        .map_err(|e| Status::invalid_argument(format!("decoding {what}: {e}")))
}

fn encode(value: &Value, ty: &Type, what: &str) -> Result<Option<pb::DynamicValue>, Status> {
    value_to_proto(value, ty)
        .map(Some)
        .map_err(|e| Status::internal(format!("encoding {what}: {e}")))
}

#[tonic::async_trait]
impl ProviderRpc for ProviderService {
    async fn get_metadata(
        &self,
        _request: Request<pb::get_metadata::Request>,
    ) -> RpcResult<pb::get_metadata::Response> {
        let mut resources: Vec<_> = self.resources.keys().collect();
        resources.sort();
        let mut data_sources: Vec<_> = self.data_sources.keys().collect();
        data_sources.sort();
        let mut functions: Vec<_> = self.functions.keys().collect();
        functions.sort();
        Ok(Response::new(pb::get_metadata::Response {
            server_capabilities: Some(Self::capabilities()),
            resources: resources
                .into_iter()
                .map(|name| pb::get_metadata::ResourceMetadata {
                    type_name: (*name).to_string(),
                })
                .collect(),
            data_sources: data_sources
                .into_iter()
                .map(|name| pb::get_metadata::DataSourceMetadata {
                    type_name: (*name).to_string(),
                })
                .collect(),
            functions: functions
                .into_iter()
                .map(|name| pb::get_metadata::FunctionMetadata {
                    name: (*name).to_string(),
                })
                .collect(),
            ..Default::default()
        }))
    }

    async fn get_provider_schema(
        &self,
        _request: Request<pb::get_provider_schema::Request>,
    ) -> RpcResult<pb::get_provider_schema::Response> {
        Ok(Response::new(pb::get_provider_schema::Response {
            provider: Some(schema_to_proto(&self.provider_schema)),
            resource_schemas: self
                .resources
                .iter()
                .map(|(name, entry)| ((*name).to_string(), schema_to_proto(&entry.schema)))
                .collect(),
            data_source_schemas: self
                .data_sources
                .iter()
                .map(|(name, entry)| ((*name).to_string(), schema_to_proto(&entry.schema)))
                .collect(),
            // Terraform 1.8+ reads functions here; older releases skip the unknown field.
            functions: self.functions_to_proto(),
            server_capabilities: Some(Self::capabilities()),
            ..Default::default()
        }))
    }

    async fn get_functions(
        &self,
        _request: Request<pb::get_functions::Request>,
    ) -> RpcResult<pb::get_functions::Response> {
        Ok(Response::new(pb::get_functions::Response {
            functions: self.functions_to_proto(),
            diagnostics: Vec::new(),
        }))
    }

    async fn call_function(
        &self,
        request: Request<pb::call_function::Request>,
    ) -> RpcResult<pb::call_function::Response> {
        let request = request.into_inner();
        let outcome = self
            .call(&request.name, &request.arguments)
            .and_then(|(result, ty)| {
                value_to_proto(&result, ty).map_err(|e| {
                    FunctionError::new(format!(
                        "function {} returned a value that does not match its return type: {e}",
                        request.name
                    ))
                })
            });
        Ok(Response::new(match outcome {
            Ok(result) => pb::call_function::Response {
                result: Some(result),
                error: None,
            },
            Err(error) => pb::call_function::Response {
                result: None,
                error: Some(function_error_to_proto(&error)),
            },
        }))
    }

    async fn validate_provider_config(
        &self,
        request: Request<pb::validate_provider_config::Request>,
    ) -> RpcResult<pb::validate_provider_config::Response> {
        let request = request.into_inner();
        let config = decode(
            request.config.as_ref(),
            &self.provider_type,
            "provider config",
        )?;
        let ctx = self.context();
        let diagnostics = self.provider.validate(&ctx, &config).await;
        Ok(Response::new(pb::validate_provider_config::Response {
            diagnostics: diagnostics_to_proto(&diagnostics),
        }))
    }

    async fn validate_resource_config(
        &self,
        request: Request<pb::validate_resource_config::Request>,
    ) -> RpcResult<pb::validate_resource_config::Response> {
        let request = request.into_inner();
        let entry = self.resource(&request.type_name)?;
        let config = decode(request.config.as_ref(), &entry.ty, "resource config")?;
        let ctx = self.context();
        let diagnostics = entry.resource.validate(&ctx, &config).await;
        Ok(Response::new(pb::validate_resource_config::Response {
            diagnostics: diagnostics_to_proto(&diagnostics),
        }))
    }

    async fn validate_data_resource_config(
        &self,
        request: Request<pb::validate_data_resource_config::Request>,
    ) -> RpcResult<pb::validate_data_resource_config::Response> {
        let request = request.into_inner();
        let entry = self.data_source(&request.type_name)?;
        let config = decode(request.config.as_ref(), &entry.ty, "data source config")?;
        let ctx = self.context();
        let diagnostics = entry.data_source.validate(&ctx, &config).await;
        Ok(Response::new(pb::validate_data_resource_config::Response {
            diagnostics: diagnostics_to_proto(&diagnostics),
        }))
    }

    async fn upgrade_resource_state(
        &self,
        request: Request<pb::upgrade_resource_state::Request>,
    ) -> RpcResult<pb::upgrade_resource_state::Response> {
        let request = request.into_inner();
        let entry = self.resource(&request.type_name)?;
        let json = request.raw_state.map(|raw| raw.json).unwrap_or_default();
        if json.is_empty() {
            let diagnostics: Diagnostics = Diagnostic::error(
                "Unsupported legacy state",
                "This provider reads only JSON state (Terraform 0.12 or later).",
            )
            .into();
            return Ok(Response::new(pb::upgrade_resource_state::Response {
                upgraded_state: None,
                diagnostics: diagnostics_to_proto(&diagnostics),
            }));
        }
        // Terraform sends every stored state through here, mostly of the current version:
        // decode those with the cached type; only older versions go to the resource.
        let upgraded = if request.version == entry.schema.version {
            crate::value::decode_json(&json, &entry.ty).map_err(|e| {
                Diagnostics::from(Diagnostic::from_value_error("Invalid stored state", &e))
            })
        } else {
            entry.resource.upgrade_state(request.version, &json)
        };
        match upgraded {
            Ok(state) => Ok(Response::new(pb::upgrade_resource_state::Response {
                upgraded_state: encode(&state, &entry.ty, "upgraded state")?,
                diagnostics: Vec::new(),
            })),
            Err(diagnostics) => Ok(Response::new(pb::upgrade_resource_state::Response {
                upgraded_state: None,
                diagnostics: diagnostics_to_proto(&diagnostics),
            })),
        }
    }

    async fn configure_provider(
        &self,
        request: Request<pb::configure_provider::Request>,
    ) -> RpcResult<pb::configure_provider::Response> {
        let request = request.into_inner();
        let config = decode(
            request.config.as_ref(),
            &self.provider_type,
            "provider config",
        )?;
        let ctx = self.context();
        let diagnostics = self
            .provider
            .configure(
                &ctx,
                ConfigureRequest {
                    terraform_version: request.terraform_version,
                    config,
                },
            )
            .await;
        Ok(Response::new(pb::configure_provider::Response {
            diagnostics: diagnostics_to_proto(&diagnostics),
        }))
    }

    async fn read_resource(
        &self,
        request: Request<pb::read_resource::Request>,
    ) -> RpcResult<pb::read_resource::Response> {
        let request = request.into_inner();
        let entry = self.resource(&request.type_name)?;
        let current_state = decode(request.current_state.as_ref(), &entry.ty, "current state")?;
        let ctx = self.context();
        let fallback = current_state.clone();
        let response = stoppable(
            &ctx,
            entry.resource.read(
                &ctx,
                ReadRequest {
                    current_state,
                    private: request.private,
                },
            ),
            || crate::provider::ReadResponse {
                new_state: fallback,
                private: Vec::new(),
                diagnostics: stopped_diagnostics(),
            },
        )
        .await;
        Ok(Response::new(pb::read_resource::Response {
            new_state: encode(&response.new_state, &entry.ty, "new state")?,
            diagnostics: diagnostics_to_proto(&response.diagnostics),
            private: response.private,
            ..Default::default()
        }))
    }

    async fn plan_resource_change(
        &self,
        request: Request<pb::plan_resource_change::Request>,
    ) -> RpcResult<pb::plan_resource_change::Response> {
        let request = request.into_inner();
        let entry = self.resource(&request.type_name)?;
        let prior_state = decode(request.prior_state.as_ref(), &entry.ty, "prior state")?;
        let proposed_new_state = decode(
            request.proposed_new_state.as_ref(),
            &entry.ty,
            "proposed state",
        )?;
        let config = decode(request.config.as_ref(), &entry.ty, "config")?;

        // A destroy plan (Terraform 1.3+ asks because we advertise plan_destroy).
        if proposed_new_state.is_null() {
            return Ok(Response::new(pb::plan_resource_change::Response {
                planned_state: encode(&Value::Null, &entry.ty, "planned state")?,
                planned_private: request.prior_private,
                ..Default::default()
            }));
        }

        let ctx = self.context();
        let fallback = proposed_new_state.clone();
        let response = stoppable(
            &ctx,
            entry.resource.plan(
                &ctx,
                PlanRequest {
                    prior_state,
                    proposed_new_state,
                    config,
                    prior_private: request.prior_private,
                },
            ),
            || crate::provider::PlanResponse {
                planned_state: fallback,
                requires_replace: Vec::new(),
                planned_private: Vec::new(),
                diagnostics: stopped_diagnostics(),
            },
        )
        .await;
        Ok(Response::new(pb::plan_resource_change::Response {
            planned_state: encode(&response.planned_state, &entry.ty, "planned state")?,
            requires_replace: response
                .requires_replace
                .iter()
                .map(path_to_proto)
                .collect(),
            planned_private: response.planned_private,
            diagnostics: diagnostics_to_proto(&response.diagnostics),
            ..Default::default()
        }))
    }

    async fn apply_resource_change(
        &self,
        request: Request<pb::apply_resource_change::Request>,
    ) -> RpcResult<pb::apply_resource_change::Response> {
        let request = request.into_inner();
        let entry = self.resource(&request.type_name)?;
        let prior_state = decode(request.prior_state.as_ref(), &entry.ty, "prior state")?;
        let planned_state = decode(request.planned_state.as_ref(), &entry.ty, "planned state")?;
        let config = decode(request.config.as_ref(), &entry.ty, "config")?;
        let ctx = self.context();

        if planned_state.is_null() {
            let kept = prior_state.clone();
            let diagnostics = stoppable(
                &ctx,
                entry.resource.delete(&ctx, prior_state),
                stopped_diagnostics,
            )
            .await;
            // On failure the object still exists: keep it in state.
            let new_state = if diagnostics.has_errors() {
                kept
            } else {
                Value::Null
            };
            return Ok(Response::new(pb::apply_resource_change::Response {
                new_state: encode(&new_state, &entry.ty, "new state")?,
                diagnostics: diagnostics_to_proto(&diagnostics),
                ..Default::default()
            }));
        }

        let creating = prior_state.is_null();
        let fallback = prior_state.clone();
        let apply = ApplyRequest {
            prior_state,
            planned_state,
            config,
            planned_private: request.planned_private,
        };
        let work = async {
            if creating {
                entry.resource.create(&ctx, apply).await
            } else {
                entry.resource.update(&ctx, apply).await
            }
        };
        let response = stoppable(&ctx, work, || {
            crate::provider::ApplyResponse::failed(fallback, stopped_diagnostics())
        })
        .await;
        Ok(Response::new(pb::apply_resource_change::Response {
            new_state: encode(&response.new_state, &entry.ty, "new state")?,
            private: response.private,
            diagnostics: diagnostics_to_proto(&response.diagnostics),
            ..Default::default()
        }))
    }

    async fn import_resource_state(
        &self,
        request: Request<pb::import_resource_state::Request>,
    ) -> RpcResult<pb::import_resource_state::Response> {
        let request = request.into_inner();
        let entry = self.resource(&request.type_name)?;
        let ctx = self.context();
        let (objects, diagnostics) =
            stoppable(&ctx, entry.resource.import(&ctx, &request.id), || {
                (Vec::new(), stopped_diagnostics())
            })
            .await;
        let mut imported_resources = Vec::with_capacity(objects.len());
        for object in objects {
            imported_resources.push(pb::import_resource_state::ImportedResource {
                type_name: request.type_name.clone(),
                state: encode(&object.state, &entry.ty, "imported state")?,
                private: object.private,
                ..Default::default()
            });
        }
        Ok(Response::new(pb::import_resource_state::Response {
            imported_resources,
            diagnostics: diagnostics_to_proto(&diagnostics),
            ..Default::default()
        }))
    }

    async fn read_data_source(
        &self,
        request: Request<pb::read_data_source::Request>,
    ) -> RpcResult<pb::read_data_source::Response> {
        let request = request.into_inner();
        let entry = self.data_source(&request.type_name)?;
        let config = decode(request.config.as_ref(), &entry.ty, "data source config")?;
        let ctx = self.context();
        let fallback = config.clone();
        let (state, diagnostics) = stoppable(&ctx, entry.data_source.read(&ctx, config), || {
            (fallback, stopped_diagnostics())
        })
        .await;
        Ok(Response::new(pb::read_data_source::Response {
            state: encode(&state, &entry.ty, "data source state")?,
            diagnostics: diagnostics_to_proto(&diagnostics),
            ..Default::default()
        }))
    }

    async fn stop_provider(
        &self,
        _request: Request<pb::stop_provider::Request>,
    ) -> RpcResult<pb::stop_provider::Response> {
        log::info!("StopProvider: cancelling work in flight");
        let mut guard = self
            .stop
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        guard.cancel();
        *guard = CancellationToken::new();
        Ok(Response::new(pb::stop_provider::Response {
            error: String::new(),
        }))
    }
}
