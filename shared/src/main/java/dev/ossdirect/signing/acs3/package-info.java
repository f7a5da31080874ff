/** Alibaba Cloud signature V3, ACS3-HMAC-SHA256, carried in the {@code Authorization} header. */
package dev.ossdirect.signing.acs3;
