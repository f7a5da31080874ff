/** Who is calling: access keys and security tokens resolved to a caller with its permissions, and replay protection. */
package dev.ossdirect.localcloud.auth;
