package dev.ossdirect.signing;

/**
 * A signed request whose signature parts cannot be read: a malformed {@code Authorization} header, or
 * signature parameters that are missing or invalid. It names the part ({@link #part()}) so that a server
 * can answer with its protocol's error code, and its message never contains a secret.
 */
public class SignatureFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String part;
  private final boolean missing;

  private SignatureFormatException(String part, boolean missing, String message) {
    super(message);
    this.part = part;
    this.missing = missing;
  }

  /** {@code part} (a parameter or header name) is absent or empty. */
  public static SignatureFormatException missing(String part) {
    return new SignatureFormatException(part, true, part + " is missing");
  }

  /** {@code part} is present but cannot be used, for the reason {@code why}. */
  public static SignatureFormatException invalid(String part, String why) {
    return new SignatureFormatException(part, false, part + " is invalid: " + why);
  }

  /**
   * The value of parameter {@code name}; throws {@link #missing} when it is absent or empty. Signature
   * parameters are never legitimately empty.
   */
  public static String requireParameter(java.util.Map<String, String> parameters, String name) {
    String value = parameters.get(name);
    if (value == null || value.isEmpty()) {
      throw missing(name);
    }
    return value;
  }

  /** The parameter or header at fault, such as {@code SignatureNonce} or {@code Authorization}. */
  public String part() {
    return part;
  }

  /** Whether the part is absent, rather than malformed. */
  public boolean isMissing() {
    return missing;
  }
}
