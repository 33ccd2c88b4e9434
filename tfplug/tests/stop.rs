//! `StopProvider` (what Terraform sends on Ctrl-C) cancels work in flight, and the
//! provider keeps serving afterwards.

mod common;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use common::{Probe, SLEEPER, TestProvider, sleeper_config};
use tfplug::testing::{StateResult, TestServer};
use tfplug::{Error, Value};
use tokio::task::JoinHandle;

/// How long a stopped apply may take to answer.
const STOP_LATENCY: Duration = Duration::from_secs(2);

/// Starts a slow create of `test_sleeper` `name` on a second client and returns once the
/// resource's create is running; the task yields the result and when it was answered.
async fn start_slow_apply(
    tf: &TestServer,
    probe: &Probe,
    name: &str,
) -> JoinHandle<(Result<StateResult, Error>, Instant)> {
    let mut client = tf.client_handle();
    let config = sleeper_config(name, true);
    let started = probe.slow_started.notified();
    let task = tokio::spawn(async move {
        let result = client.plan_and_apply(SLEEPER, &Value::Null, &config).await;
        (result, Instant::now())
    });
    tokio::time::timeout(Duration::from_secs(10), started)
        .await
        .expect("the slow create starts");
    task
}

#[tokio::test]
async fn stop_provider_cancels_an_apply_in_flight() {
    let provider = TestProvider::default();
    let probe = provider.probe.clone();
    let mut tf = TestServer::start(provider).await.expect("serve");
    assert!(
        tf.configure(Value::object::<&str>([]))
            .await
            .expect("configure")
            .is_empty()
    );

    let apply = start_slow_apply(&tf, &probe, "slow").await;

    let stopped_at = Instant::now();
    tf.stop_provider().await.expect("StopProvider answers");
    let (result, answered_at) = tokio::time::timeout(STOP_LATENCY, apply)
        .await
        .expect("the apply answers within 2 s of StopProvider")
        .expect("the apply task does not panic");
    let latency = answered_at.saturating_duration_since(stopped_at);
    assert!(latency < STOP_LATENCY, "answered after {latency:?}");

    let result = result.expect("the apply is answered, not a transport error");
    let errors: Vec<_> = result
        .diagnostics
        .as_slice()
        .iter()
        .filter(|d| d.severity == tfplug::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{:?}", result.diagnostics);
    assert_eq!(errors[0].summary, "Provider stopped");
    assert!(
        result.state.is_null(),
        "a cancelled create leaves no object"
    );
    assert_eq!(
        probe.slow_cancelled.load(Ordering::SeqCst),
        1,
        "the create's future was dropped"
    );
    assert!(!probe.slow_finished.load(Ordering::SeqCst));

    // The provider keeps serving after a stop: a new request runs normally.
    let created = tf
        .plan_and_apply(SLEEPER, &Value::Null, &sleeper_config("fast", false))
        .await
        .expect("apply after the stop");
    assert!(created.diagnostics.is_empty(), "{:?}", created.diagnostics);
    assert_eq!(
        created.state.get_attr("id").and_then(Value::as_str),
        Some("sleeper-fast")
    );
}

#[tokio::test]
async fn a_stop_cancels_only_the_work_in_flight_at_that_time() {
    let provider = TestProvider::default();
    let probe = provider.probe.clone();
    let mut tf = TestServer::start(provider).await.expect("serve");

    // A stop with nothing in flight is answered and leaves nothing stopped.
    tf.stop_provider().await.expect("StopProvider answers");

    let apply = start_slow_apply(&tf, &probe, "later").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        !apply.is_finished(),
        "work started after a stop is not cancelled by it"
    );
    assert_eq!(probe.slow_cancelled.load(Ordering::SeqCst), 0);

    // Two requests in flight at once: both are cancelled by one stop.
    let other = start_slow_apply(&tf, &probe, "other").await;
    tf.stop_provider().await.expect("StopProvider answers");
    for task in [apply, other] {
        let (result, _) = tokio::time::timeout(STOP_LATENCY, task)
            .await
            .expect("answered within 2 s")
            .expect("no panic");
        let result = result.expect("answered");
        assert_eq!(
            result.diagnostics.as_slice()[0].summary,
            "Provider stopped",
            "{:?}",
            result.diagnostics
        );
    }
    assert_eq!(probe.slow_creates.load(Ordering::SeqCst), 2);
    assert_eq!(probe.slow_cancelled.load(Ordering::SeqCst), 2);
}
