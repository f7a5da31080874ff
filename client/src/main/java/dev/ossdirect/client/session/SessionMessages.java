package dev.ossdirect.client.session;

import com.google.gwt.i18n.client.Messages;

/**
 * What this package says when the upload permission (the STS token) cannot be had, in English here and
 * in Simplified Chinese in {@code SessionMessages_zh.properties}.
 */
public interface SessionMessages extends Messages {

  @DefaultMessage("The server''s answer with the upload permission could not be read: {0}")
  String unreadableAnswer(String problem);

  @DefaultMessage("The app''s server could not be reached to get permission to upload.")
  String unreachable();

  @DefaultMessage("Check the network connection, then reload the page.")
  String checkNetwork();

  @DefaultMessage("The server is getting too many requests for upload permission from this address; wait a minute and try again.")
  String tooManyRequests();

  @DefaultMessage("The server could not give permission to upload (HTTP {0}).")
  String notGiven(String status);
}
