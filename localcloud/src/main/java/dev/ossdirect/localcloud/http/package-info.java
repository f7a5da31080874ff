/**
 * The HTTP endpoints of the local cloud, one per service, each on its own port like a distinct cloud host,
 * and the parts of a received request that signatures cover.
 */
package dev.ossdirect.localcloud.http;
