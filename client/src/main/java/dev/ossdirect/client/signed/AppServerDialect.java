package dev.ossdirect.client.signed;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.call.ServiceDialect;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpResponse;

/** The app's own server: errors as JSON {@code {"Code", "Message", "RequestId"}}, like Alibaba's RPC APIs. */
public final class AppServerDialect implements ServiceDialect {

  private static final SignedMessages MESSAGES = GWT.create(SignedMessages.class);

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
      return Failure.of(MESSAGES.unreachable()).withHint(MESSAGES.checkNetwork());
    }
    if (error != null && error.message() != null && response.status() < 500) {
      return Failure.of(MESSAGES.refused(error.message()), error);
    }
    return Failure.of(MESSAGES.notSigned(Integer.toString(response.status())), error);
  }
}
