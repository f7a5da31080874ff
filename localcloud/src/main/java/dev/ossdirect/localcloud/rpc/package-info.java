/**
 * The gateway of RPC-style APIs (STS and IMM): reads the parameters, checks the signature (RPC V1 or ACS3),
 * the timestamp and the nonce, resolves the caller, and answers in Alibaba Cloud's JSON shapes.
 */
package dev.ossdirect.localcloud.rpc;
