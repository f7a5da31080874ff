package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Utf8;

/**
 * The rules an object key must follow in the local OSS: OSS's own (1 to 1,023 bytes of UTF-8, not starting
 * with {@code /} or {@code \}), and, because keys end up in file systems and URLs of other tools, no
 * backslash, no control character and no {@code .} or {@code ..} segment anywhere.
 *
 * <p>The store never uses a key as a path ({@link StorageLayout}), so these rules are a second line of
 * defence and a courtesy to clients, which learn early that such a key would be trouble.
 */
final class ObjectNames {

  /** The longest key, in UTF-8 bytes. */
  static final int MAX_KEY_BYTES = 1023;

  private ObjectNames() {}

  /** Throws {@code InvalidObjectName} unless {@code key} (decoded text) follows the rules. */
  static void check(String key) throws OssException {
    if (key.isEmpty()) {
      throw OssException.invalidObjectName("The Object name can not be empty.")
          .diagnosed(FineGrainedErrorCode.EMPTY_OBJECT_NAME);
    }
    if (Utf8.encodedLength(key) > MAX_KEY_BYTES) {
      throw OssException.invalidObjectName("The Length of Object name must be less than 1024.")
          .diagnosed(FineGrainedErrorCode.OBJECT_NAME_TOO_LONG_OR_NOT_UTF8);
    }
    if (key.startsWith("/") || key.startsWith("\\")) {
      throw invalid("it must not start with a slash or a backslash")
          .diagnosed(FineGrainedErrorCode.OBJECT_NAME_STARTS_WITH_SLASH);
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\') {
        throw invalid("it must not contain a backslash");
      }
      if (c < 0x20 || c == 0x7f) {
        throw invalid("it must not contain control characters");
      }
      if (Character.isSurrogate(c) && !isPaired(key, i)) {
        throw invalid("it is not valid Unicode")
            .diagnosed(FineGrainedErrorCode.OBJECT_NAME_TOO_LONG_OR_NOT_UTF8);
      }
    }
    for (String segment : key.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        throw invalid("it must not contain . or .. segments");
      }
    }
  }

  private static boolean isPaired(String key, int index) {
    char c = key.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 < key.length() && Character.isLowSurrogate(key.charAt(index + 1));
    }
    return index > 0 && Character.isHighSurrogate(key.charAt(index - 1));
  }

  private static OssException invalid(String why) {
    return OssException.invalidObjectName("The specified object is not valid: " + why + ".");
  }
}
