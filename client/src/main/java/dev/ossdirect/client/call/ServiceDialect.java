package dev.ossdirect.client.call;

import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpResponse;

/** How one cloud service words its errors: OSS in XML, IMM in JSON. */
public interface ServiceDialect {

  /** The error document of a response that arrived, or {@code null} if it has none. */
  ServiceError parseError(HttpResponse response);

  /** Whether {@code error} says that the request's date is too far from the service's clock. */
  boolean isClockSkew(ServiceError error);

  /** Explains, for the person at the page, a request that failed for good. */
  Failure describe(HttpResponse response, ServiceError error);
}
