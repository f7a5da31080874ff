/**
 * The local OSS: object and multipart-upload operations over HTTP with OSS's addressing, signatures
 * (V1 and V4, in headers or in signed URLs), RAM permissions, bucket CORS and XML errors, and a durable
 * object store under the data folder that other local services read in process ({@link
 * dev.ossdirect.localcloud.oss.ObjectStore#open}).
 */
package dev.ossdirect.localcloud.oss;
