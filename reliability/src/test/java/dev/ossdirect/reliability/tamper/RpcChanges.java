package dev.ossdirect.reliability.tamper;

import dev.ossdirect.reliability.wire.CapturedRequest;

/** The changes the RPC tamper tests make to a captured request. */
final class RpcChanges {

  private RpcChanges() {}

  /** The request with one character of parameter {@code name} changed. */
  static CapturedRequest parameter(CapturedRequest request, String name) {
    return request.withQuery(name, Alter.oneCharacter(request.query(name)));
  }

  /** The request with its {@code Timestamp} parameter moved by {@code seconds}. */
  static CapturedRequest timestamp(CapturedRequest request, long seconds) {
    return request.withQuery("Timestamp", Alter.iso8601(request.query("Timestamp"), seconds));
  }

  /** The request with one character of header {@code name} changed. */
  static CapturedRequest header(CapturedRequest request, String name) {
    return request.withHeader(name, Alter.oneCharacter(request.header(name)));
  }

  /** The request with its {@code x-acs-date} header moved by {@code seconds}. */
  static CapturedRequest acsDate(CapturedRequest request, long seconds) {
    return request.withHeader("x-acs-date", Alter.iso8601(request.header("x-acs-date"), seconds));
  }
}
