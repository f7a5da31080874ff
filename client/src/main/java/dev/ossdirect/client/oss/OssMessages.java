package dev.ossdirect.client.oss;

import com.google.gwt.i18n.client.Messages;

/**
 * What this package says about OSS's answers, in English here and in Simplified Chinese in
 * {@code OssMessages_zh.properties}. HTTP statuses arrive as text, so that no number formatting is
 * compiled in.
 */
public interface OssMessages extends Messages {

  @DefaultMessage("The bucket gave no response that the browser could read.")
  String noResponse();

  @DefaultMessage("The bucket did not answer in time, even after several tries.")
  String timedOut();

  @DefaultMessage("Check the network connection and try again.")
  String checkNetwork();

  @DefaultMessage("OSS answered HTTP {0} without an explanation.")
  String unexplained(String status);

  @DefaultMessage("OSS refused the request (HTTP {0}).")
  String refused(String status);

  @DefaultMessage("This is most often the bucket''s CORS rule. It must allow the origin {0}, the methods PUT, POST and DELETE, every request header (AllowedHeader *), and expose the ETag, x-oss-request-id and x-oss-ec headers.")
  String corsAdvice(String pageOrigin);

  @DefaultMessage("The upload permission covers only this session''s folder, and only what the server''s RAM role allows.")
  String accessDenied();

  @DefaultMessage("OSS computed a different signature: check the region and the signature version the server configures for this bucket.")
  String signatureDoesNotMatch();

  @DefaultMessage("This computer''s clock is far from the correct time; set it right and try again.")
  String clockSkewed();

  @DefaultMessage("The upload permission was refused even after it was renewed; reload the page.")
  String tokenRefused();
}
