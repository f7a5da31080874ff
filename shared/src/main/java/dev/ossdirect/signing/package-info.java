/**
 * Alibaba Cloud request signing in plain Java, for the JVM and for GWT.
 *
 * <p>Four schemes, one class each, each with its formula in its class Javadoc:
 * {@link dev.ossdirect.signing.rpc.RpcSignatureV1} (HMAC-SHA1 over the query, used by STS and IMM),
 * {@link dev.ossdirect.signing.acs3.Acs3Signature} (ACS3-HMAC-SHA256, signature V3),
 * {@link dev.ossdirect.signing.oss.OssSignatureV1} (HMAC-SHA1 for OSS) and
 * {@link dev.ossdirect.signing.oss.OssSignatureV4} (OSS4-HMAC-SHA256).
 *
 * <p>The library does no I/O and depends on nothing: time comes from a {@link Clock}, randomness from a
 * {@link RandomSource}, and every hash, MAC and encoding is implemented here, because the browser build
 * has no {@code java.security}.
 */
package dev.ossdirect.signing;
