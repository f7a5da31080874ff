package dev.ossdirect.client.faces;

import dev.ossdirect.client.call.ServiceDialect;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpResponse;

/** IMM's errors: a JSON body {@code {RequestId, HostId, Code, Message, Recommend}}. */
public final class ImmDialect implements ServiceDialect {

  private final String pageOrigin;

  /** A dialect whose CORS advice names {@code pageOrigin}. */
  public ImmDialect(String pageOrigin) {
    this.pageOrigin = pageOrigin;
  }

  @Override
  public ServiceError parseError(HttpResponse response) {
    return ServiceError.fromJson(response.body());
  }

  /** IMM does not tell its time; the signing clock is corrected by OSS, which does. */
  @Override
  public boolean isClockSkew(ServiceError error) {
    return false;
  }

  @Override
  public Failure describe(HttpResponse response, ServiceError error) {
    if (response.isNetworkError()) {
      return Failure.of("IMM gave no response that the browser could read.")
          .withHint("Check the network connection. IMM must also allow cross-origin calls from " + pageOrigin + ".");
    }
    if (response.isTimedOut()) {
      return Failure.of("IMM did not answer in time, even after several tries.");
    }
    return Failure.of("Face detection failed (HTTP " + response.status() + ").", error);
  }
}
