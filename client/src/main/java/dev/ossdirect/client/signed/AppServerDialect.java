package dev.ossdirect.client.signed;

import dev.ossdirect.client.call.ServiceDialect;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpResponse;

/** The app's own server: errors as JSON {@code {"Code", "Message", "RequestId"}}, like Alibaba's RPC APIs. */
public final class AppServerDialect implements ServiceDialect {

  @Override
  public ServiceError parseError(HttpResponse response) {
    return ServiceError.fromJson(response.body());
  }

  /** The server signs with its own clock; the page's clock plays no part. */
  @Override
  public boolean isClockSkew(ServiceError error) {
    return false;
  }

  @Override
  public Failure describe(HttpResponse response, ServiceError error) {
    if (!response.isReceived()) {
      return Failure.of("The app's server could not be reached to sign the upload.")
          .withHint("Check the network connection, then try again.");
    }
    if (error != null && error.message() != null && response.status() < 500) {
      return Failure.of("The server refused the upload: " + error.message(), error);
    }
    return Failure.of("The server could not sign the upload (HTTP " + response.status() + ").", error);
  }
}
