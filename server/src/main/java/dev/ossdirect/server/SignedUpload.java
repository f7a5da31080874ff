package dev.ossdirect.server;

import dev.ossdirect.signing.upload.PartPlan;

/**
 * One upload the server signed for a browser session: the object it may become and, for a multipart
 * upload, OSS's upload id and the plan its parts must follow.
 *
 * @param id the server's own random id for it, which the browser names in later calls
 * @param sessionId the session it belongs to; no other session may touch it
 * @param key the object's key, which the server chose
 * @param size the declared size in bytes, exactly what will be stored
 * @param contentType the declared type, exactly what will be stored
 * @param ossUploadId OSS's upload id for a multipart upload, or {@code null} for a PostObject form
 * @param plan the parts of a multipart upload, or {@code null}
 */
public record SignedUpload(
    String id, String sessionId, String key, long size, String contentType, String ossUploadId, PartPlan plan) {

  /** Whether it is a multipart upload, whose parts the browser asks the server to sign one by one. */
  public boolean isMultipart() {
    return ossUploadId != null;
  }
}
