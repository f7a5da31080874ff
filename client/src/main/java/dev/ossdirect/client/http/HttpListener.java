package dev.ossdirect.client.http;

/** Hears how one request goes. */
public interface HttpListener {

  /** {@code sentBytes} of the request body have gone out so far. */
  void onUploadProgress(long sentBytes);

  /** The request ended; called once, unless the request was aborted. */
  void onResponse(HttpResponse response);
}
