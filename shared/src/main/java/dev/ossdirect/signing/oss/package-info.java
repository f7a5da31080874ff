/**
 * OSS request signatures: V1 (HMAC-SHA1) and V4 (OSS4-HMAC-SHA256), each in the {@code Authorization}
 * header, in a signed URL, or on the policy of a PostObject form ({@link
 * dev.ossdirect.signing.oss.OssPostPolicy}).
 */
package dev.ossdirect.signing.oss;
