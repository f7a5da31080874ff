package dev.ossdirect.signing.acs3;

import dev.ossdirect.signing.Ascii;
import dev.ossdirect.signing.SignatureFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed ACS3 {@code Authorization} header:
 * {@code ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<a;b;c>,Signature=<hex>}.
 */
public final class Acs3Authorization {

  private final String accessKeyId;
  private final List<String> signedHeaders;
  private final String signature;

  private Acs3Authorization(String accessKeyId, List<String> signedHeaders, String signature) {
    this.accessKeyId = accessKeyId;
    this.signedHeaders = signedHeaders;
    this.signature = signature;
  }

  /**
   * Parses {@code header}. Throws {@link SignatureFormatException} if it is not an ACS3 authorization, a
   * field is missing or repeated, or the signed headers are not lower case, sorted and unique.
   */
  public static Acs3Authorization parse(String header) {
    String prefix = Acs3Signature.ALGORITHM + " ";
    if (header == null || header.isEmpty()) {
      throw SignatureFormatException.missing("Authorization");
    }
    if (!header.startsWith(prefix)) {
      throw SignatureFormatException.invalid("Authorization", "it does not start with " + prefix.trim());
    }
    String accessKeyId = null;
    String signedHeaders = null;
    String signature = null;
    for (String field : header.substring(prefix.length()).split(",", -1)) {
      String trimmed = field.trim();
      int equals = trimmed.indexOf('=');
      String name = equals < 0 ? trimmed : trimmed.substring(0, equals);
      String value = equals < 0 ? "" : trimmed.substring(equals + 1);
      if (name.equals("Credential") && accessKeyId == null) {
        accessKeyId = value;
      } else if (name.equals("SignedHeaders") && signedHeaders == null) {
        signedHeaders = value;
      } else if (name.equals("Signature") && signature == null) {
        signature = value;
      } else {
        throw SignatureFormatException.invalid("Authorization", "unexpected field \"" + name + "\"");
      }
    }
    if (accessKeyId == null || accessKeyId.isEmpty()) {
      throw SignatureFormatException.invalid("Authorization", "Credential is missing");
    }
    if (signedHeaders == null || signedHeaders.isEmpty()) {
      throw SignatureFormatException.invalid("Authorization", "SignedHeaders is missing");
    }
    if (signature == null || signature.isEmpty()) {
      throw SignatureFormatException.invalid("Authorization", "Signature is missing");
    }
    return new Acs3Authorization(accessKeyId, headerNames(signedHeaders), signature);
  }

  private static List<String> headerNames(String signedHeaders) {
    List<String> names = new ArrayList<>();
    String previous = null;
    for (String name : signedHeaders.split(";", -1)) {
      if (name.isEmpty() || !name.equals(Ascii.toLowerCase(name))) {
        throw SignatureFormatException.invalid("Authorization", "SignedHeaders must be lower-case names");
      }
      if (previous != null && previous.compareTo(name) >= 0) {
        throw SignatureFormatException.invalid("Authorization", "SignedHeaders must be sorted and unique");
      }
      names.add(name);
      previous = name;
    }
    return Collections.unmodifiableList(names);
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  /** The lower-case, sorted names of the signed headers. */
  public List<String> signedHeaders() {
    return signedHeaders;
  }

  /** The hex signature. */
  public String signature() {
    return signature;
  }
}
