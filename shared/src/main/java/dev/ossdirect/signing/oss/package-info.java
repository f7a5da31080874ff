/**
 * OSS request signatures: V1 (HMAC-SHA1) and V4 (OSS4-HMAC-SHA256), each in the {@code Authorization}
 * header or in a signed URL.
 */
package dev.ossdirect.signing.oss;
