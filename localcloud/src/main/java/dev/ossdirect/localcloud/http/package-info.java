/**
 * The HTTP endpoints of the local cloud, one per service, each on its own port like a distinct cloud host,
 * the parts of a received request that signatures cover, and how long each stage of handling one took.
 */
package dev.ossdirect.localcloud.http;
