/**
 * The ossdirect server: serves the browser app and issues each browser session a short-lived STS token
 * that may only upload into the session's own folder and detect faces in the one IMM project. It runs
 * against Alibaba Cloud (cloud mode), or against a cloud stand-in started in the same process (local
 * mode, {@link dev.ossdirect.server.EmbeddedCloud}), through the same code path. Its own jar runs cloud
 * mode only; the all-in-one launcher supplies the local cloud.
 */
package dev.ossdirect.server;
