package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.Ascii;
import dev.ossdirect.signing.SignatureFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed OSS V4 {@code Authorization} header:
 * {@code OSS4-HMAC-SHA256 Credential=<AccessKeyId>/<scope>[,AdditionalHeaders=<a;b>],Signature=<hex>}.
 */
public final class OssV4Authorization {

  private static final String PART = "Authorization";

  private final String accessKeyId;
  private final OssV4Scope scope;
  private final List<String> additionalHeaders;
  private final String signature;

  private OssV4Authorization(
      String accessKeyId, OssV4Scope scope, List<String> additionalHeaders, String signature) {
    this.accessKeyId = accessKeyId;
    this.scope = scope;
    this.additionalHeaders = additionalHeaders;
    this.signature = signature;
  }

  /** Whether {@code header} claims to be a V4 signature, so that it should be parsed with this class. */
  public static boolean isV4(String header) {
    return header != null && header.startsWith(OssSignatureV4.ALGORITHM + " ");
  }

  /** Parses {@code header}; throws {@link SignatureFormatException} if it is malformed. */
  public static OssV4Authorization parse(String header) {
    if (header == null || header.isEmpty()) {
      throw SignatureFormatException.missing(PART);
    }
    if (!isV4(header)) {
      throw SignatureFormatException.invalid(PART, "it does not start with " + OssSignatureV4.ALGORITHM);
    }
    String credential = null;
    String additional = null;
    String signature = null;
    for (String field : header.substring(OssSignatureV4.ALGORITHM.length() + 1).split(",", -1)) {
      String trimmed = field.trim();
      int equals = trimmed.indexOf('=');
      String name = equals < 0 ? trimmed : trimmed.substring(0, equals);
      String value = equals < 0 ? "" : trimmed.substring(equals + 1);
      if (name.equals("Credential") && credential == null) {
        credential = value;
      } else if (name.equals("AdditionalHeaders") && additional == null) {
        additional = value;
      } else if (name.equals("Signature") && signature == null) {
        signature = value;
      } else {
        throw SignatureFormatException.invalid(PART, "unexpected field \"" + name + "\"");
      }
    }
    if (credential == null || credential.isEmpty()) {
      throw SignatureFormatException.invalid(PART, "Credential is missing");
    }
    if (signature == null || signature.isEmpty()) {
      throw SignatureFormatException.invalid(PART, "Signature is missing");
    }
    int scopeStart = scopeStart(credential);
    if (scopeStart <= 0) {
      throw SignatureFormatException.invalid(PART, "Credential must be AccessKeyId/scope");
    }
    return new OssV4Authorization(
        credential.substring(0, scopeStart - 1),
        OssV4Scope.parse(credential.substring(scopeStart), PART),
        headerNames(additional, PART),
        signature);
  }

  /** The index where the four-element scope starts in {@code AccessKeyId/scope}, or -1. */
  static int scopeStart(String credential) {
    int index = credential.length();
    for (int slashes = 0; slashes < 4; slashes++) {
      index = credential.lastIndexOf('/', index - 1);
      if (index < 0) {
        return -1;
      }
    }
    return index + 1;
  }

  /** Parses a {@code ;}-separated list of additional header names, which must be lower case and sorted. */
  static List<String> headerNames(String list, String part) {
    if (list == null || list.isEmpty()) {
      return Collections.emptyList();
    }
    List<String> names = new ArrayList<>();
    String previous = null;
    for (String name : list.split(";", -1)) {
      if (name.isEmpty() || !name.equals(Ascii.toLowerCase(name))) {
        throw SignatureFormatException.invalid(part, "additional headers must be lower-case names");
      }
      if (previous != null && previous.compareTo(name) >= 0) {
        throw SignatureFormatException.invalid(part, "additional headers must be sorted and unique");
      }
      names.add(name);
      previous = name;
    }
    return Collections.unmodifiableList(names);
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  public OssV4Scope scope() {
    return scope;
  }

  /** The lower-case, sorted additional header names; empty when there are none. */
  public List<String> additionalHeaders() {
    return additionalHeaders;
  }

  /** The hex signature. */
  public String signature() {
    return signature;
  }
}
