//! Compiles `proto/` with protox (a Rust protobuf compiler), so no system `protoc` is needed.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files = [
        "tfplugin6.proto",
        "plugin/grpc_controller.proto",
        "plugin/grpc_stdio.proto",
        "plugin/grpc_broker.proto",
    ];
    for file in files {
        println!("cargo:rerun-if-changed=../proto/{file}");
    }
    let descriptors = protox::compile(files, [concat!(env!("CARGO_MANIFEST_DIR"), "/../proto")])?;
    tonic_prost_build::configure()
        .build_server(true)
        .build_client(true)
        .generate_default_stubs(true)
        .compile_fds(descriptors)?;
    Ok(())
}
