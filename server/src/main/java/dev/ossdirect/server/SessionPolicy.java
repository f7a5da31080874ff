package dev.ossdirect.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.token.UploadFlow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The session policies sent with AssumeRole. STS intersects each with the role's own policies, so a token
 * can do at most what its policy says, whatever the role allows.
 *
 * <p>A browser's token ({@link #forBrowser}) may always call {@code imm:DetectImageFaces} on the one IMM
 * project. Only in the {@link UploadFlow#BROWSER_TOKEN} flow may it also write: {@code oss:PutObject},
 * {@code oss:AbortMultipartUpload} and {@code oss:ListParts} on
 * {@code acs:oss:*:*:<bucket>/<upload prefix><session id>/*}. No RAM condition can bound the size of what
 * {@code oss:PutObject} stores, which is why the {@link UploadFlow#SERVER_SIGNED} flow gives the browser no
 * OSS right at all.
 *
 * <p>The server's own token ({@link #forServer}), which signs the browsers' uploads in that flow, may do the
 * three upload actions on the whole upload prefix, and nothing else: no read, list or delete of any object.
 */
public final class SessionPolicy {

  /**
   * The largest {@code Policy} STS accepts. Its API reference says 2048 characters, its error
   * {@code InvalidParameter.PolicySize} 2048 bytes; counting bytes of UTF-8 satisfies both, and for ASCII
   * they are the same.
   */
  public static final int MAX_SIZE = 2048;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> UPLOAD_ACTIONS =
      List.of("oss:PutObject", "oss:AbortMultipartUpload", "oss:ListParts");

  private SessionPolicy() {}

  /**
   * The policy of a browser session whose objects live under {@code sessionPrefix} in {@code deployment},
   * for the upload {@code flow}.
   */
  public static String forBrowser(Deployment deployment, String sessionPrefix, UploadFlow flow) {
    List<Map<String, Object>> statements = new ArrayList<>();
    if (flow == UploadFlow.BROWSER_TOKEN) {
      statements.add(upload(deployment.bucket(), sessionPrefix));
    }
    statements.add(detect(deployment.immProjectArn()));
    return write(statements);
  }

  /** The policy of the server's own token: the upload actions under {@code uploadPrefix}, nothing else. */
  public static String forServer(Deployment deployment, String uploadPrefix) {
    return write(List.of(upload(deployment.bucket(), uploadPrefix)));
  }

  /**
   * A document allowing the upload actions on {@code <bucket>/<objectPrefix>*} and face detection on
   * {@code immProjectArn}. With the whole upload prefix, it is what the role itself must allow.
   */
  public static String document(String bucket, String objectPrefix, String immProjectArn) {
    return write(List.of(upload(bucket, objectPrefix), detect(immProjectArn)));
  }

  private static Map<String, Object> upload(String bucket, String objectPrefix) {
    return Map.of(
        "Effect", "Allow",
        "Action", UPLOAD_ACTIONS,
        "Resource", List.of("acs:oss:*:*:" + bucket + "/" + objectPrefix + "*"));
  }

  private static Map<String, Object> detect(String immProjectArn) {
    return Map.of(
        "Effect", "Allow",
        "Action", List.of("imm:DetectImageFaces"),
        "Resource", List.of(immProjectArn));
  }

  private static String write(List<Map<String, Object>> statements) {
    try {
      return JSON.writeValueAsString(Map.of("Version", "1", "Statement", statements));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The size of {@code document} as STS counts it against {@link #MAX_SIZE}: bytes of UTF-8. */
  public static int size(String document) {
    return document.getBytes(StandardCharsets.UTF_8).length;
  }
}
