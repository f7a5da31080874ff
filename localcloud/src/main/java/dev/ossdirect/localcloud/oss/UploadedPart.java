package dev.ossdirect.localcloud.oss;

/**
 * A part stored for a multipart upload.
 *
 * @param partNumber 1 to 10,000
 * @param metadata its size, entity tag, CRC-64 and when it was uploaded
 */
record UploadedPart(int partNumber, ObjectMetadata metadata) {}
