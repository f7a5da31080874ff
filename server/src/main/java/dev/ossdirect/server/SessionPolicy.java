package dev.ossdirect.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The session policy sent with every AssumeRole. STS intersects it with the role's own policies, so the
 * token can do at most this, whatever the role allows:
 *
 * <ul>
 *   <li>{@code oss:PutObject}, {@code oss:AbortMultipartUpload} and {@code oss:ListParts} on
 *       {@code acs:oss:*:*:<bucket>/<upload prefix><session id>/*}: write into the session's own folder,
 *       and clean up its own multipart uploads;
 *   <li>{@code imm:DetectImageFaces} on the one IMM project.
 * </ul>
 *
 * <p>No read, list or delete of any object, and nothing in another session's folder.
 */
public final class SessionPolicy {

  /**
   * The largest {@code Policy} STS accepts. Its API reference says 2048 characters, its error
   * {@code InvalidParameter.PolicySize} 2048 bytes; counting bytes of UTF-8 satisfies both, and for ASCII
   * they are the same.
   */
  public static final int MAX_SIZE = 2048;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SessionPolicy() {}

  /** The policy document for a session whose objects live under {@code sessionPrefix} in {@code deployment}. */
  public static String forSession(Deployment deployment, String sessionPrefix) {
    return document(deployment.bucket(), sessionPrefix, deployment.immProjectArn());
  }

  /**
   * A document allowing the upload actions on {@code <bucket>/<objectPrefix>*} and face detection on
   * {@code immProjectArn}. With the whole upload prefix, it is also what the role itself must allow.
   */
  public static String document(String bucket, String objectPrefix, String immProjectArn) {
    Map<String, Object> upload = Map.of(
        "Effect", "Allow",
        "Action", List.of("oss:PutObject", "oss:AbortMultipartUpload", "oss:ListParts"),
        "Resource", List.of("acs:oss:*:*:" + bucket + "/" + objectPrefix + "*"));
    Map<String, Object> detect = Map.of(
        "Effect", "Allow",
        "Action", List.of("imm:DetectImageFaces"),
        "Resource", List.of(immProjectArn));
    try {
      return JSON.writeValueAsString(Map.of("Version", "1", "Statement", List.of(upload, detect)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The size of {@code document} as STS counts it against {@link #MAX_SIZE}: bytes of UTF-8. */
  public static int size(String document) {
    return document.getBytes(StandardCharsets.UTF_8).length;
  }

}
