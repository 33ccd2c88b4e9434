//! An in-process test harness: serves a provider on loopback and drives it through a
//! real gRPC client, the way Terraform does, so resources can be tested without Terraform.
//!
//! ```text
//! let mut tf = TestServer::start(MyProvider::default()).await?;
//! tf.configure(config).await;
//! let created = tf.create("my_thing", resource_config).await?;
//! ```

use std::collections::HashMap;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tonic::transport::Channel;

use crate::Error;
use crate::convert::{diagnostics_from_proto, path_from_proto, value_from_proto, value_to_proto};
use crate::diagnostics::{AttributePath, Diagnostics};
use crate::proto::tfplugin6 as pb;
use crate::proto::tfplugin6::provider_client::ProviderClient;
use crate::provider::Provider;
use crate::schema::{Block, Schema};
use crate::value::{Type, Value};

/// The result of planning a change.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The planned new state.
    pub planned_state: Value,
    /// Attributes whose change forces replacement.
    pub requires_replace: Vec<AttributePath>,
    /// Opaque planned private data.
    pub planned_private: Vec<u8>,
    /// Diagnostics returned by the provider.
    pub diagnostics: Diagnostics,
}

/// The result of a call returning a state.
#[derive(Debug, Clone)]
pub struct StateResult {
    /// The returned state (null when gone or destroyed).
    pub state: Value,
    /// Diagnostics returned by the provider.
    pub diagnostics: Diagnostics,
}

/// A provider served on loopback, with a connected gRPC client.
pub struct TestServer {
    client: ProviderClient<Channel>,
    shutdown: CancellationToken,
    provider_type: Type,
    resources: HashMap<String, Schema>,
    data_sources: HashMap<String, Schema>,
}

impl TestServer {
    /// Serves `provider` on 127.0.0.1 (plaintext) and connects to it.
    pub async fn start<P: Provider>(provider: P) -> Result<Self, Error> {
        let provider_type = provider.schema().value_type();
        let resources = provider
            .resources()
            .iter()
            .map(|r| (r.type_name().to_string(), r.schema()))
            .collect();
        let data_sources = provider
            .data_sources()
            .iter()
            .map(|d| (d.type_name().to_string(), d.schema()))
            .collect();
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shutdown = CancellationToken::new();
        let incoming = crate::server::accept_loop(listener, None, shutdown.clone());
        let provider: Arc<dyn Provider> = Arc::new(provider);
        let server_shutdown = shutdown.clone();
        tokio::spawn(async move {
            if let Err(e) = crate::server::run_grpc(provider, incoming, server_shutdown, true).await
            {
                log::error!("test server stopped: {e}");
            }
        });
        let channel = Channel::from_shared(format!("http://{addr}"))
            .map_err(|e| Error::Transport(e.to_string()))?
            .connect()
            .await
            .map_err(|e| Error::Transport(e.to_string()))?;
        let client = ProviderClient::new(channel)
            .max_decoding_message_size(crate::server::MAX_MESSAGE_SIZE)
            .max_encoding_message_size(crate::server::MAX_MESSAGE_SIZE);
        Ok(Self {
            client,
            shutdown,
            provider_type,
            resources,
            data_sources,
        })
    }

    fn schema_of(&self, type_name: &str) -> Result<&Schema, Error> {
        self.resources
            .get(type_name)
            .ok_or_else(|| Error::Protocol(format!("unknown resource type {type_name}")))
    }

    fn encode(value: &Value, ty: &Type) -> Result<Option<pb::DynamicValue>, Error> {
        value_to_proto(value, ty)
            .map(Some)
            .map_err(|e| Error::Protocol(e.to_string()))
    }

    fn decode(value: Option<&pb::DynamicValue>, ty: &Type) -> Result<Value, Error> {
        value_from_proto(value, ty).map_err(|e| Error::Protocol(e.to_string()))
    }

    /// The resource type names the provider reports in `GetProviderSchema`.
    pub async fn resource_types(&mut self) -> Result<Vec<String>, Error> {
        schema_resource_types(&mut self.client).await
    }

    /// Sends `ConfigureProvider`.
    pub async fn configure(&mut self, config: Value) -> Result<Diagnostics, Error> {
        let request = pb::configure_provider::Request {
            terraform_version: "1.0.3".to_string(),
            config: Self::encode(&config, &self.provider_type)?,
            ..Default::default()
        };
        let response = self
            .client
            .configure_provider(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(diagnostics_from_proto(&response.diagnostics))
    }

    /// Sends `ValidateResourceConfig`.
    pub async fn validate(&mut self, type_name: &str, config: Value) -> Result<Diagnostics, Error> {
        let ty = self.schema_of(type_name)?.value_type();
        let request = pb::validate_resource_config::Request {
            type_name: type_name.to_string(),
            config: Self::encode(&config, &ty)?,
            ..Default::default()
        };
        let response = self
            .client
            .validate_resource_config(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(diagnostics_from_proto(&response.diagnostics))
    }

    /// Sends `PlanResourceChange` with a proposed state built as Terraform builds it:
    /// the configuration, with computed attributes left null taken from the prior state.
    pub async fn plan(
        &mut self,
        type_name: &str,
        prior_state: &Value,
        config: &Value,
    ) -> Result<Planned, Error> {
        let schema = self.schema_of(type_name)?;
        let ty = schema.value_type();
        let proposed = propose(&schema.block, prior_state, config);
        let request = pb::plan_resource_change::Request {
            type_name: type_name.to_string(),
            prior_state: Self::encode(prior_state, &ty)?,
            proposed_new_state: Self::encode(&proposed, &ty)?,
            config: Self::encode(config, &ty)?,
            ..Default::default()
        };
        let response = self
            .client
            .plan_resource_change(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(Planned {
            planned_state: Self::decode(response.planned_state.as_ref(), &ty)?,
            requires_replace: response
                .requires_replace
                .iter()
                .map(path_from_proto)
                .collect(),
            planned_private: response.planned_private,
            diagnostics: diagnostics_from_proto(&response.diagnostics),
        })
    }

    /// Sends `ApplyResourceChange`.
    pub async fn apply(
        &mut self,
        type_name: &str,
        prior_state: &Value,
        planned: &Planned,
        config: &Value,
    ) -> Result<StateResult, Error> {
        let ty = self.schema_of(type_name)?.value_type();
        let request = pb::apply_resource_change::Request {
            type_name: type_name.to_string(),
            prior_state: Self::encode(prior_state, &ty)?,
            planned_state: Self::encode(&planned.planned_state, &ty)?,
            config: Self::encode(config, &ty)?,
            planned_private: planned.planned_private.clone(),
            ..Default::default()
        };
        let response = self
            .client
            .apply_resource_change(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(StateResult {
            state: Self::decode(response.new_state.as_ref(), &ty)?,
            diagnostics: diagnostics_from_proto(&response.diagnostics),
        })
    }

    /// Plans and applies a change from `prior_state` to `config`; fails on any error diagnostic.
    pub async fn plan_and_apply(
        &mut self,
        type_name: &str,
        prior_state: &Value,
        config: &Value,
    ) -> Result<StateResult, Error> {
        let planned = self.plan(type_name, prior_state, config).await?;
        if planned.diagnostics.has_errors() {
            return Ok(StateResult {
                state: prior_state.clone(),
                diagnostics: planned.diagnostics,
            });
        }
        self.apply(type_name, prior_state, &planned, config).await
    }

    /// Destroys an object: a null plan, then a null apply.
    pub async fn destroy(&mut self, type_name: &str, state: &Value) -> Result<StateResult, Error> {
        let planned = self.plan(type_name, state, &Value::Null).await?;
        self.apply(type_name, state, &planned, &Value::Null).await
    }

    /// Sends `ReadResource`.
    pub async fn read(&mut self, type_name: &str, state: &Value) -> Result<StateResult, Error> {
        let ty = self.schema_of(type_name)?.value_type();
        let request = pb::read_resource::Request {
            type_name: type_name.to_string(),
            current_state: Self::encode(state, &ty)?,
            ..Default::default()
        };
        let response = self
            .client
            .read_resource(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(StateResult {
            state: Self::decode(response.new_state.as_ref(), &ty)?,
            diagnostics: diagnostics_from_proto(&response.diagnostics),
        })
    }

    /// Sends `ImportResourceState`; returns the imported states.
    pub async fn import(
        &mut self,
        type_name: &str,
        id: &str,
    ) -> Result<(Vec<Value>, Diagnostics), Error> {
        let ty = self.schema_of(type_name)?.value_type();
        let request = pb::import_resource_state::Request {
            type_name: type_name.to_string(),
            id: id.to_string(),
            ..Default::default()
        };
        let response = self
            .client
            .import_resource_state(request)
            .await
            .map_err(status)?
            .into_inner();
        let states = response
            .imported_resources
            .iter()
            .map(|r| Self::decode(r.state.as_ref(), &ty))
            .collect::<Result<_, _>>()?;
        Ok((states, diagnostics_from_proto(&response.diagnostics)))
    }

    /// Sends `UpgradeResourceState` with a JSON state of the given version.
    pub async fn upgrade(
        &mut self,
        type_name: &str,
        version: i64,
        json: &[u8],
    ) -> Result<StateResult, Error> {
        let ty = self.schema_of(type_name)?.value_type();
        let request = pb::upgrade_resource_state::Request {
            type_name: type_name.to_string(),
            version,
            raw_state: Some(pb::RawState {
                json: json.to_vec(),
                flatmap: HashMap::new(),
            }),
        };
        let response = self
            .client
            .upgrade_resource_state(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(StateResult {
            state: Self::decode(response.upgraded_state.as_ref(), &ty)?,
            diagnostics: diagnostics_from_proto(&response.diagnostics),
        })
    }

    /// Sends `StopProvider`.
    pub async fn stop_provider(&mut self) -> Result<(), Error> {
        self.client
            .stop_provider(pb::stop_provider::Request {})
            .await
            .map_err(status)?;
        Ok(())
    }

    /// Sends an RPC this SDK does not serve and returns the gRPC status code name.
    pub async fn call_unserved_rpc(&mut self) -> Result<String, Error> {
        match self
            .client
            .get_functions(pb::get_functions::Request {})
            .await
        {
            Ok(_) => Ok("Ok".to_string()),
            Err(status) => Ok(format!("{:?}", status.code())),
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

fn status(status: tonic::Status) -> Error {
    Error::Transport(status.to_string())
}

/// Terraform's proposed new state, simplified: the configuration, except computed
/// top-level attributes that the configuration leaves null, which keep their prior value.
fn propose(block: &Block, prior: &Value, config: &Value) -> Value {
    let (Value::Object(config_fields), prior_fields) = (config, prior) else {
        return config.clone();
    };
    let mut proposed = config_fields.clone();
    for attribute in &block.attributes {
        let configured = config_fields.get(&attribute.name);
        if attribute.computed && configured.is_none_or(Value::is_null) {
            let previous = prior_fields
                .get_attr(&attribute.name)
                .cloned()
                .unwrap_or(Value::Null);
            proposed.insert(attribute.name.clone(), previous);
        }
    }
    Value::Object(proposed)
}

/// A provider with no configuration and no resources, for tests of the transport.
#[derive(Debug, Default, Clone, Copy)]
pub struct EmptyProvider;

#[async_trait::async_trait]
impl Provider for EmptyProvider {
    fn schema(&self) -> Schema {
        Schema::new(Block::new())
    }

    async fn configure(
        &self,
        _ctx: &crate::Context,
        _request: crate::ConfigureRequest,
    ) -> Diagnostics {
        Diagnostics::new()
    }

    fn resources(&self) -> Vec<Arc<dyn crate::Resource>> {
        Vec::new()
    }
}

/// Asks a running plugin (plaintext, e.g. started without `PLUGIN_CLIENT_CERT`) whether
/// its `grpc.health.v1` service reports "plugin" as serving.
pub async fn plugin_is_serving(addr: &str) -> Result<bool, Error> {
    use tonic_health::pb::health_check_response::ServingStatus;
    use tonic_health::pb::{HealthCheckRequest, health_client::HealthClient};
    let channel = connect(addr).await?;
    let response = HealthClient::new(channel)
        .check(HealthCheckRequest {
            service: "plugin".to_string(),
        })
        .await
        .map_err(status)?;
    Ok(response.into_inner().status == ServingStatus::Serving as i32)
}

/// Calls go-plugin's `GRPCController.Shutdown` on a running plugin, as Terraform does
/// at the end of a command.
pub async fn shutdown_plugin(addr: &str) -> Result<(), Error> {
    use crate::proto::plugin::Empty;
    use crate::proto::plugin::grpc_controller_client::GrpcControllerClient;
    let channel = connect(addr).await?;
    GrpcControllerClient::new(channel)
        .shutdown(Empty {})
        .await
        .map_err(status)?;
    Ok(())
}

async fn connect(addr: &str) -> Result<Channel, Error> {
    Channel::from_shared(format!("http://{addr}"))
        .map_err(|e| Error::Transport(e.to_string()))?
        .connect()
        .await
        .map_err(|e| Error::Transport(e.to_string()))
}

/// What a provider reports in `GetMetadata`, as plain Rust values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The managed resource type names, sorted.
    pub resource_types: Vec<String>,
    /// The data source type names, sorted.
    pub data_source_types: Vec<String>,
    /// Whether the provider advertises the `plan_destroy` server capability.
    pub plan_destroy: bool,
    /// Whether the provider advertises `get_provider_schema_optional`.
    pub get_provider_schema_optional: bool,
}

impl TestServer {
    /// A second client of the same server, for requests that run concurrently with this
    /// one's (e.g. `StopProvider` while an apply is in flight). The server keeps running
    /// until the `TestServer` returned by [`TestServer::start`] is dropped; dropping a
    /// handle does not stop it.
    #[must_use]
    pub fn client_handle(&self) -> TestServer {
        TestServer {
            client: self.client.clone(),
            shutdown: self.shutdown.child_token(),
            provider_type: self.provider_type.clone(),
            resources: self.resources.clone(),
            data_sources: self.data_sources.clone(),
        }
    }

    /// Sends `GetMetadata`.
    pub async fn metadata(&mut self) -> Result<Metadata, Error> {
        let response = self
            .client
            .get_metadata(pb::get_metadata::Request {})
            .await
            .map_err(status)?
            .into_inner();
        let capabilities = response.server_capabilities.unwrap_or_default();
        let mut resource_types: Vec<String> = response
            .resources
            .into_iter()
            .map(|r| r.type_name)
            .collect();
        resource_types.sort();
        let mut data_source_types: Vec<String> = response
            .data_sources
            .into_iter()
            .map(|d| d.type_name)
            .collect();
        data_source_types.sort();
        Ok(Metadata {
            resource_types,
            data_source_types,
            plan_destroy: capabilities.plan_destroy,
            get_provider_schema_optional: capabilities.get_provider_schema_optional,
        })
    }
}

impl TestServer {
    fn data_source_type(&self, type_name: &str) -> Result<Type, Error> {
        self.data_sources
            .get(type_name)
            .map(Schema::value_type)
            .ok_or_else(|| Error::Protocol(format!("unknown data source type {type_name}")))
    }

    /// Sends `ValidateDataResourceConfig`.
    pub async fn validate_data_source(
        &mut self,
        type_name: &str,
        config: &Value,
    ) -> Result<Diagnostics, Error> {
        let ty = self.data_source_type(type_name)?;
        let request = pb::validate_data_resource_config::Request {
            type_name: type_name.to_string(),
            config: Self::encode(config, &ty)?,
        };
        let response = self
            .client
            .validate_data_resource_config(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(diagnostics_from_proto(&response.diagnostics))
    }

    /// Sends `ReadDataSource`; returns the data source's state.
    pub async fn read_data_source(
        &mut self,
        type_name: &str,
        config: &Value,
    ) -> Result<StateResult, Error> {
        let ty = self.data_source_type(type_name)?;
        let request = pb::read_data_source::Request {
            type_name: type_name.to_string(),
            config: Self::encode(config, &ty)?,
            ..Default::default()
        };
        let response = self
            .client
            .read_data_source(request)
            .await
            .map_err(status)?
            .into_inner();
        Ok(StateResult {
            state: Self::decode(response.state.as_ref(), &ty)?,
            diagnostics: diagnostics_from_proto(&response.diagnostics),
        })
    }
}

/// Calls `GetProviderSchema` on a running plugin (plaintext) and returns the resource type
/// names it reports, sorted.
pub async fn plugin_resource_types(addr: &str) -> Result<Vec<String>, Error> {
    let channel = connect(addr).await?;
    let mut client =
        ProviderClient::new(channel).max_decoding_message_size(crate::server::MAX_MESSAGE_SIZE);
    schema_resource_types(&mut client).await
}

/// The sorted resource type names a provider reports in `GetProviderSchema`.
async fn schema_resource_types(client: &mut ProviderClient<Channel>) -> Result<Vec<String>, Error> {
    let response = client
        .get_provider_schema(pb::get_provider_schema::Request::default())
        .await
        .map_err(status)?
        .into_inner();
    let mut names: Vec<String> = response.resource_schemas.into_keys().collect();
    names.sort();
    Ok(names)
}
