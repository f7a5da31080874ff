/** Alibaba Cloud's RPC-style API signature V1 (HMAC-SHA1), as used by STS AssumeRole and IMM. */
package dev.ossdirect.signing.rpc;
