/**
 * Security Token Service: AssumeRole, which issues the self-contained security tokens that
 * {@link dev.ossdirect.localcloud.auth.SecurityTokenCodec} seals, so that every service can open them.
 */
package dev.ossdirect.localcloud.sts;
