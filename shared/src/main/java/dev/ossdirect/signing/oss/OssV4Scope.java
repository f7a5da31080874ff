package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;

/** The credential scope of an OSS V4 signature: {@code yyyyMMdd/region/oss/aliyun_v4_request}. */
public final class OssV4Scope {

  private final String date;
  private final String region;

  private OssV4Scope(String date, String region) {
    this.date = date;
    this.region = region;
  }

  /**
   * Parses {@code scope}; {@code part} names where it came from, for the error. Throws
   * {@link SignatureFormatException} unless it has a date of eight digits, a region, {@code oss} and
   * {@code aliyun_v4_request}.
   */
  static OssV4Scope parse(String scope, String part) {
    String[] elements = scope.split("/", -1);
    if (elements.length != 4) {
      throw SignatureFormatException.invalid(part, "the scope must be date/region/oss/aliyun_v4_request");
    }
    String date = elements[0];
    if (date.length() != 8 || !isDigits(date)) {
      throw SignatureFormatException.invalid(part, "the scope date must be yyyyMMdd");
    }
    if (elements[1].isEmpty()) {
      throw SignatureFormatException.invalid(part, "the scope has no region");
    }
    if (!OssSignatureV4.PRODUCT.equals(elements[2])) {
      throw SignatureFormatException.invalid(part, "the scope product must be oss");
    }
    if (!OssSignatureV4.TERMINATOR.equals(elements[3])) {
      throw SignatureFormatException.invalid(part, "the scope must end with aliyun_v4_request");
    }
    return new OssV4Scope(date, elements[1]);
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code yyyyMMdd}. */
  public String date() {
    return date;
  }

  public String region() {
    return region;
  }

  @Override
  public String toString() {
    return OssSignatureV4.scope(date, region);
  }
}
