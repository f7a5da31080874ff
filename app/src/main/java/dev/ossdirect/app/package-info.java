/**
 * The all-in-one launcher: the server with the local cloud wired in process for local mode. The server
 * itself knows the local cloud only as an {@link dev.ossdirect.server.EmbeddedCloud}, so that the jar a
 * cloud deployment runs carries none of it.
 */
package dev.ossdirect.app;
