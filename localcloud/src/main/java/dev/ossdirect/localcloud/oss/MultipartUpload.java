package dev.ossdirect.localcloud.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A multipart upload in progress, as InitiateMultipartUpload created it. It is kept as {@code upload.json}
 * in the upload's folder, so uploads survive a restart as they do in OSS.
 *
 * @param uploadId 32 upper-case hex digits, chosen at random
 * @param bucket the bucket
 * @param key the key the assembled object will have
 * @param attributes the content type, HTTP headers and user metadata the assembled object will have
 * @param initiatedMillis when the upload was initiated, epoch milliseconds
 */
record MultipartUpload(
    String uploadId, String bucket, String key, ObjectAttributes attributes, long initiatedMillis) {

  /** The JSON of {@code upload.json}. */
  byte[] toJson() throws IOException {
    ObjectNode node = MetadataJson.object();
    node.put("uploadId", uploadId);
    node.put("bucket", bucket);
    node.put("key", key);
    node.put("contentType", attributes.contentType());
    MetadataJson.putMap(node, "httpHeaders", attributes.httpHeaders());
    MetadataJson.putMap(node, "userMetadata", attributes.userMetadata());
    node.put("initiatedMillis", initiatedMillis);
    return MetadataJson.toBytes(node);
  }

  /** Reads {@code upload.json}; throws {@link IOException} if it is not one. */
  static MultipartUpload fromJson(byte[] json) throws IOException {
    JsonNode node = MetadataJson.parse(json);
    return new MultipartUpload(
        MetadataJson.text(node, "uploadId"),
        MetadataJson.text(node, "bucket"),
        MetadataJson.text(node, "key"),
        new ObjectAttributes(MetadataJson.text(node, "contentType"), MetadataJson.optionalMap(node, "httpHeaders"),
            MetadataJson.map(node, "userMetadata")),
        MetadataJson.number(node, "initiatedMillis"));
  }
}
