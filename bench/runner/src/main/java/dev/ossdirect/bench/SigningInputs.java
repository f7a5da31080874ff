package dev.ossdirect.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The requests every signing benchmark signs, on the JVM and in the browser: an IMM
 * {@code DetectImageFaces} call and an OSS {@code PutObject} of the same upload, with the same STS
 * credentials. Fixed values, so that both sides of each comparison sign exactly the same bytes and their
 * signatures can be compared before anything is timed.
 */
public final class SigningInputs {

  public static final String ACCESS_KEY_ID = "STS.NUgYrLnoC37mZZCNnAbez2tTu";
  public static final String ACCESS_KEY_SECRET = "Dv3dGZs8XKNpUC6Z3aXz3ghHUaE8BGB7mHmHvPq7sA9a";
  /** As long as a real STS token (about 600 characters), in the alphabet of one. */
  public static final String SECURITY_TOKEN = securityToken();

  public static final String REGION = "cn-hangzhou";
  public static final String BUCKET = "web-direct-upload";
  public static final String OBJECT_KEY = "uploads/8f14e45fceea167a5a36dedd4bea2543/photo 2025-01-01.jpg";
  public static final String IMM_HOST = "imm.cn-hangzhou.aliyuncs.com";
  public static final String IMM_VERSION = "2020-09-30";

  /** 2025-01-01T00:00:00Z. */
  public static final long EPOCH_MILLIS = 1_735_689_600_000L;
  public static final String RPC_TIMESTAMP = "2025-01-01T00:00:00Z";
  public static final String OSS_V1_DATE = "Wed, 01 Jan 2025 00:00:00 GMT";
  public static final String OSS_V4_DATE_TIME = "20250101T000000Z";
  public static final String NONCE = "3f1a9c0e5b7d2468ace13579bdf02468";

  private SigningInputs() {}

  /**
   * The twelve parameters of the seed's {@code DetectImageFaces} call, in the order the seed writes
   * them, {@code Signature} excluded.
   */
  public static Map<String, String> rpcParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("AccessKeyId", ACCESS_KEY_ID);
    parameters.put("Format", "JSON");
    parameters.put("Action", "DetectImageFaces");
    parameters.put("ProjectName", "web-direct-project");
    parameters.put("Timestamp", RPC_TIMESTAMP);
    parameters.put("SecureTransport", "true");
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", NONCE);
    parameters.put("SignatureVersion", "1.0");
    parameters.put("SourceURI", "oss://" + BUCKET + "/" + OBJECT_KEY);
    parameters.put("Version", IMM_VERSION);
    parameters.put("SecurityToken", SECURITY_TOKEN);
    return parameters;
  }

  /** The headers of the OSS V1 {@code PutObject}, security token included, ready to sign. */
  public static Map<String, String> ossV1Headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "image/jpeg");
    headers.put("Date", OSS_V1_DATE);
    headers.put("x-oss-security-token", SECURITY_TOKEN);
    return headers;
  }

  /** The headers of the OSS V4 {@code PutObject} before signing: the signer adds the rest. */
  public static Map<String, String> ossV4Headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "image/jpeg");
    return headers;
  }

  /** The decoded query of the ACS3 {@code DetectImageFaces} call. */
  public static Map<String, String> acs3Query() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ProjectName", "web-direct-project");
    query.put("SourceURI", "oss://" + BUCKET + "/" + OBJECT_KEY);
    return query;
  }

  /** The headers of the ACS3 call, ready to sign ({@code content-sha256} is of the empty body). */
  public static Map<String, String> acs3Headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", IMM_HOST);
    headers.put("x-acs-action", "DetectImageFaces");
    headers.put("x-acs-version", IMM_VERSION);
    headers.put("x-acs-date", RPC_TIMESTAMP);
    headers.put("x-acs-signature-nonce", NONCE);
    headers.put("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    headers.put("x-acs-security-token", SECURITY_TOKEN);
    return headers;
  }

  private static String securityToken() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder token = new StringBuilder("CAIS");
    long state = 0x5DEECE66DL;
    while (token.length() < 600) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      token.append(alphabet.charAt((int) ((state >>> 33) % alphabet.length())));
    }
    return token.append("==").toString();
  }
}
