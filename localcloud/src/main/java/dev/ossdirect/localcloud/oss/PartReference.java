package dev.ossdirect.localcloud.oss;

/**
 * A part as a CompleteMultipartUpload request names it.
 *
 * @param partNumber the part number
 * @param etag the entity tag the client got when it uploaded the part, with or without quotes
 */
record PartReference(int partNumber, String etag) {}
