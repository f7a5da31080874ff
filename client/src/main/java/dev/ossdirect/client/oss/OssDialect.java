package dev.ossdirect.client.oss;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.call.ServiceDialect;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.signing.time.UtcTimestamps;
import dev.ossdirect.signing.upload.XmlElements;

/**
 * OSS's errors: an XML body {@code <Error><Code/><Message/><RequestId/><HostId/>…</Error>}, plus, for
 * {@code RequestTimeTooSkewed}, {@code <ServerTime>}, and, for most errors, the fine-grained error code
 * {@code <EC>} with its troubleshooting page {@code <RecommendDoc>}. The EC is also in the
 * {@code x-oss-ec} header, which is all an error without a body has of it.
 *
 * <p>A request with no response at all is, from a browser, most often a CORS rule that does not allow
 * it: the browser hides the reason from the page. The explanation then says which parts of the bucket's
 * rule to check.
 */
public final class OssDialect implements ServiceDialect {

  private static final OssMessages MESSAGES = GWT.create(OssMessages.class);

  private final String pageOrigin;

  /** A dialect whose CORS advice names {@code pageOrigin}, the origin the page was loaded from. */
  public OssDialect(String pageOrigin) {
    this.pageOrigin = pageOrigin;
  }

  @Override
  public ServiceError parseError(HttpResponse response) {
    String body = response.body();
    if (body.indexOf("<Error") < 0) {
      return null;
    }
    return new ServiceError(
        XmlElements.text(body, "Code"),
        XmlElements.text(body, "Message"),
        orHeader(XmlElements.text(body, "RequestId"), response, "x-oss-request-id"),
        orHeader(XmlElements.text(body, "EC"), response, "x-oss-ec"),
        XmlElements.text(body, "RecommendDoc"),
        parseServerTime(XmlElements.text(body, "ServerTime")));
  }

  @Override
  public boolean isClockSkew(ServiceError error) {
    return "RequestTimeTooSkewed".equals(error.code());
  }

  @Override
  public Failure describe(HttpResponse response, ServiceError error) {
    if (response.isNetworkError()) {
      return Failure.of(MESSAGES.noResponse()).withHint(corsAdvice());
    }
    if (response.isTimedOut()) {
      return Failure.of(MESSAGES.timedOut()).withHint(MESSAGES.checkNetwork());
    }
    if (error == null) {
      return Failure.of(MESSAGES.unexplained(Integer.toString(response.status())),
          new ServiceError(
              null, null, response.header("x-oss-request-id"), response.header("x-oss-ec"), null, null));
    }
    return Failure.of(MESSAGES.refused(Integer.toString(response.status())), error)
        .withHint(adviceFor(error.code()));
  }

  /** What to check in the bucket's CORS configuration. */
  public String corsAdvice() {
    return MESSAGES.corsAdvice(pageOrigin);
  }

  /** {@code fromBody}, or header {@code name} of {@code response} when the body had no such element. */
  private static String orHeader(String fromBody, HttpResponse response, String name) {
    return fromBody != null && !fromBody.isEmpty() ? fromBody : response.header(name);
  }

  private static String adviceFor(String code) {
    if (code == null) {
      return null;
    }
    switch (code) {
      case "AccessDenied":
        return MESSAGES.accessDenied();
      case "SignatureDoesNotMatch":
        return MESSAGES.signatureDoesNotMatch();
      case "RequestTimeTooSkewed":
        return MESSAGES.clockSkewed();
      case "InvalidAccessKeyId":
      case "SecurityTokenExpired":
      case "InvalidSecurityToken":
        return MESSAGES.tokenRefused();
      default:
        return null;
    }
  }

  /**
   * OSS's {@code ServerTime}, {@code 2016-10-25T07:47:41.000Z} or without milliseconds, in epoch
   * milliseconds; {@code null} if unreadable. A {@code Double}, which holds every millisecond up to 2^53
   * exactly: a boxed {@code Long} would bring GWT's {@code long} division along, for its text.
   */
  static Double parseServerTime(String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 24 && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
        return (double) UtcTimestamps.parseIso8601(text.substring(0, 19) + "Z")
            + Integer.parseInt(text.substring(20, 23));
      }
      return (double) UtcTimestamps.parseIso8601(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
