/**
 * Who is calling: access keys and security tokens resolved to a caller with its permissions, the
 * self-contained security tokens themselves (sealed when STS issues them, opened by every service), and
 * replay protection.
 */
package dev.ossdirect.localcloud.auth;
