//! Backend, state and version constraints (`DFL4xx`).
