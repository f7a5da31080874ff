package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;

/** A parsed OSS V1 {@code Authorization} header: {@code OSS <AccessKeyId>:<Base64 signature>}. */
public final class OssV1Authorization {

  private static final String PART = "Authorization";

  private final String accessKeyId;
  private final String signature;

  private OssV1Authorization(String accessKeyId, String signature) {
    this.accessKeyId = accessKeyId;
    this.signature = signature;
  }

  /** Whether {@code header} claims to be a V1 signature. */
  public static boolean isV1(String header) {
    return header != null && header.startsWith(OssSignatureV1.AUTHORIZATION_PREFIX);
  }

  /** Parses {@code header}; throws {@link SignatureFormatException} if it is malformed. */
  public static OssV1Authorization parse(String header) {
    if (header == null || header.isEmpty()) {
      throw SignatureFormatException.missing(PART);
    }
    if (!isV1(header)) {
      throw SignatureFormatException.invalid(PART, "it does not start with \"OSS \"");
    }
    String credential = header.substring(OssSignatureV1.AUTHORIZATION_PREFIX.length());
    int colon = credential.lastIndexOf(':');
    if (colon <= 0 || colon == credential.length() - 1) {
      throw SignatureFormatException.invalid(PART, "it must be OSS AccessKeyId:Signature");
    }
    return new OssV1Authorization(credential.substring(0, colon), credential.substring(colon + 1));
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  /** The Base64 signature. */
  public String signature() {
    return signature;
  }
}
