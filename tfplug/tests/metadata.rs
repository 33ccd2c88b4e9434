//! `GetMetadata` and RPCs the SDK does not serve.

mod common;

use common::{SLEEPER, TestProvider};
use tfplug::testing::{EmptyProvider, TestServer};

#[tokio::test]
async fn get_metadata_lists_resource_types_and_plan_destroy() {
    let mut tf = TestServer::start(TestProvider::default())
        .await
        .expect("serve");
    let metadata = tf.metadata().await.expect("GetMetadata answers");
    assert_eq!(metadata.resource_types, vec![SLEEPER.to_string()]);
    assert!(metadata.data_source_types.is_empty());
    assert!(metadata.plan_destroy, "plan_destroy is advertised");
    assert!(
        !metadata.get_provider_schema_optional,
        "Terraform must still call GetProviderSchema"
    );
    // GetMetadata and GetProviderSchema agree on the resource types.
    assert_eq!(
        tf.resource_types().await.expect("GetProviderSchema"),
        metadata.resource_types
    );
}

#[tokio::test]
async fn get_metadata_of_a_provider_without_resources() {
    let mut tf = TestServer::start(EmptyProvider).await.expect("serve");
    let metadata = tf.metadata().await.expect("GetMetadata answers");
    assert!(metadata.resource_types.is_empty());
    assert!(metadata.data_source_types.is_empty());
    assert!(metadata.plan_destroy);
}

#[tokio::test]
async fn an_unserved_newer_rpc_answers_unimplemented() {
    let mut tf = TestServer::start(TestProvider::default())
        .await
        .expect("serve");
    assert_eq!(
        tf.call_unserved_rpc().await.expect("an answer"),
        "Unimplemented"
    );
    // The connection is still good afterwards.
    assert_eq!(
        tf.metadata().await.expect("GetMetadata").resource_types,
        vec![SLEEPER.to_string()]
    );
}
