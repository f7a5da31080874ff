package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Map;

/**
 * The conditional headers of GetObject and HeadObject, which OSS evaluates as HTTP does (RFC 9110, section
 * 13.2.2), in this order:
 *
 * <ol>
 *   <li>{@code If-Match}: none of the entity tags listed is the object's ({@code *} is any) — 412
 *       {@code PreconditionFailed};
 *   <li>otherwise {@code If-Unmodified-Since}: the object was modified after that date — 412;
 *   <li>{@code If-None-Match}: one of the entity tags listed is the object's ({@code *} is any) — 304 Not
 *       Modified;
 *   <li>otherwise {@code If-Modified-Since}: the object was not modified after that date — 304.
 * </ol>
 *
 * A date that is not an HTTP date is ignored, as HTTP says. Answering 200 with the whole object instead, as
 * though the headers were not there, would tell a client that relies on {@code If-Match} that it read the
 * version it asked for.
 */
final class Preconditions {

  /** What the request may go on to. */
  enum Outcome {
    /** The object is answered. */
    PROCEED,
    /** 304, without a body. */
    NOT_MODIFIED
  }

  private Preconditions() {}

  /**
   * The outcome of the conditional headers in {@code headers} (lower-case names) for {@code object};
   * {@code PreconditionFailed} if one does not hold.
   */
  static Outcome evaluate(Map<String, String> headers, ObjectMetadata object) throws OssException {
    long lastModifiedSeconds = object.lastModifiedMillis() / 1000;
    String ifMatch = headers.get("if-match");
    if (ifMatch != null) {
      if (!listsEtagOf(ifMatch, object)) {
        throw preconditionFailed("If-Match");
      }
    } else {
      Long unmodifiedSince = dateSeconds(headers.get("if-unmodified-since"));
      if (unmodifiedSince != null && lastModifiedSeconds > unmodifiedSince) {
        throw preconditionFailed("If-Unmodified-Since");
      }
    }
    String ifNoneMatch = headers.get("if-none-match");
    if (ifNoneMatch != null) {
      return listsEtagOf(ifNoneMatch, object) ? Outcome.NOT_MODIFIED : Outcome.PROCEED;
    }
    Long modifiedSince = dateSeconds(headers.get("if-modified-since"));
    return modifiedSince != null && lastModifiedSeconds <= modifiedSince ? Outcome.NOT_MODIFIED : Outcome.PROCEED;
  }

  /** Whether {@code list} ({@code *}, or entity tags separated by commas, weak or not) names the object's. */
  private static boolean listsEtagOf(String list, ObjectMetadata object) {
    if (list.trim().equals("*")) {
      return true;
    }
    for (String etag : list.split(",")) {
      String tag = etag.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (Etags.same(tag, object.etag())) {
        return true;
      }
    }
    return false;
  }

  private static Long dateSeconds(String date) {
    if (date == null) {
      return null;
    }
    try {
      return UtcTimestamps.parseRfc1123(date.trim()) / 1000;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static OssException preconditionFailed(String header) {
    return new OssException(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold.")
        .with("Condition", header);
  }
}
