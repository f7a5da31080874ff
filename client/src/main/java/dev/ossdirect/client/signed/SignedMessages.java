package dev.ossdirect.client.signed;

import com.google.gwt.i18n.client.Messages;

/**
 * What this package says when the app's server does not sign an upload, in English here and in
 * Simplified Chinese in {@code SignedMessages_zh.properties}.
 */
public interface SignedMessages extends Messages {

  @DefaultMessage("The app''s server could not be reached to sign the upload.")
  String unreachable();

  @DefaultMessage("Check the network connection, then try again.")
  String checkNetwork();

  @DefaultMessage("The server refused the upload: {0}")
  String refused(String reason);

  @DefaultMessage("The server could not sign the upload (HTTP {0}).")
  String notSigned(String status);
}
