/** The HTTP endpoints of the local cloud, one per service, each on its own port like a distinct cloud host. */
package dev.ossdirect.localcloud.http;
