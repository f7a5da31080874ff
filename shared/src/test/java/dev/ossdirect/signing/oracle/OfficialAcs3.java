package dev.ossdirect.signing.oracle;

import com.aliyun.openapiutil.Client;
import com.aliyun.tea.TeaRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * ACS3-HMAC-SHA256 as Alibaba's {@code com.aliyun:openapiutil} computes it. A reference for tests:
 * nothing here uses this project's signing code.
 *
 * <p>{@code Client.getAuthorization} takes the canonical URI as it is, so a decoded path goes through
 * {@code Client.getEncodePath} first, as the Tea SDKs do for ROA-style paths. That function splits on
 * {@code /} and so drops a trailing slash and fails on a path made only of slashes: give it {@code /} or
 * paths of non-empty segments. It also keys the HMAC with {@code secret.getBytes()}, the platform charset,
 * so only ASCII secrets give a platform-independent answer.
 */
public final class OfficialAcs3 {

  static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private OfficialAcs3() {}

  /** The canonical URI of a decoded {@code path}, from {@code Client.getEncodePath}. */
  public static String canonicalUri(String path) {
    try {
      return Client.getEncodePath(path);
    } catch (Exception e) {
      throw new IllegalStateException("openapiutil failed to encode " + path, e);
    }
  }

  /** The hex SHA-256 of {@code body}, from {@code Client.hash}. */
  public static String hashPayload(byte[] body) {
    try {
      return Client.hexEncode(Client.hash(body, ALGORITHM));
    } catch (Exception e) {
      throw new IllegalStateException("openapiutil failed to hash", e);
    }
  }

  /**
   * The {@code Authorization} header for a request, from {@code Client.getAuthorization}.
   *
   * @param canonicalUri the path, already percent-encoded ({@link #canonicalUri})
   * @param query the decoded query parameters
   * @param headers the request headers, in any case
   * @param payloadHash the hex SHA-256 of the body, as sent in {@code x-acs-content-sha256}
   */
  public static String authorization(
      String method,
      String canonicalUri,
      Map<String, String> query,
      Map<String, String> headers,
      String payloadHash,
      String accessKeyId,
      String accessKeySecret) {
    TeaRequest request = new TeaRequest();
    request.method = method;
    request.pathname = canonicalUri;
    request.query = new HashMap<>(query);
    request.headers = new HashMap<>(headers);
    try {
      return Client.getAuthorization(request, ALGORITHM, payloadHash, accessKeyId, accessKeySecret);
    } catch (Exception e) {
      throw new IllegalStateException("openapiutil failed to sign", e);
    }
  }

  /** The hex signature at the end of an ACS3 {@code authorization}. */
  public static String signatureOf(String authorization) {
    String marker = ",Signature=";
    return authorization.substring(authorization.lastIndexOf(marker) + marker.length());
  }
}
