/**
 * The ossdirect server: serves the browser app and issues each browser session a short-lived STS token
 * that may only upload into the session's own folder and detect faces in the one IMM project. It runs
 * against Alibaba Cloud (cloud mode) or an embedded local cloud (local mode, the default), through the
 * same code path.
 */
package dev.ossdirect.server;
