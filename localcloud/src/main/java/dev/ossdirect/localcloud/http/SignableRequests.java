package dev.ossdirect.localcloud.http;

import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parts of a received request that signatures cover, as the signing library takes them: its method,
 * the path the service signs, the decoded query and every header. OSS and the RPC-style APIs verify
 * signatures over the same parts of a request, so both read them here.
 */
public final class SignableRequests {

  private SignableRequests() {}

  /**
   * The request of {@code ctx} with {@code path} (already decoded, as each service decides), its decoded
   * query string, and each header with its repeated values joined by commas, as HTTP allows a repeated
   * header to be read. Throws {@link IllegalArgumentException} for a malformed query string or a path that
   * does not start with {@code /}, which each service answers in its own format.
   */
  public static SignableRequest of(Context ctx, String path) {
    SignableRequest.Builder builder =
        SignableRequest.builder(ctx.req().getMethod(), path).query(QueryString.parse(ctx.queryString()));
    for (Enumeration<String> names = ctx.req().getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      builder.header(name, String.join(",", Collections.list(ctx.req().getHeaders(name))));
    }
    return builder.build();
  }
}
