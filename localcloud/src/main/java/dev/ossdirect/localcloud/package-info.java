/**
 * A local stand-in for Alibaba Cloud STS, OSS and IMM that speaks their wire protocols, verifies every
 * signature, enforces RAM policies and bucket CORS, and detects real faces. Start it with
 * {@link dev.ossdirect.localcloud.LocalCloud#start}, or run {@link dev.ossdirect.localcloud.LocalCloudMain}.
 */
package dev.ossdirect.localcloud;
