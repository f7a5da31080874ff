package dev.ossdirect.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON answers of the server's API, errors included: {@code {"Code":…,"Message":…,"RequestId":…}}, the
 * shape of Alibaba Cloud's RPC errors, which the page already reads from STS and IMM.
 */
final class JsonAnswers {

  static final ObjectMapper JSON = new ObjectMapper();

  private JsonAnswers() {}

  /** An error body; {@code requestId} is a cloud service's, or {@code null}. */
  static Map<String, Object> error(String code, String message, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Code", code);
    body.put("Message", message);
    body.put("RequestId", requestId);
    return body;
  }

  /** Answers {@code status} with {@code body} as JSON. */
  static void respond(Context ctx, int status, Map<String, Object> body) throws IOException {
    respond(ctx, status, JSON.writeValueAsString(body));
  }

  /** Answers {@code status} with {@code json}, a JSON document written already. */
  static void respond(Context ctx, int status, String json) {
    ctx.status(status).contentType("application/json").result(json);
  }

  /** Answers {@code status} with {@code json}, a JSON document written and encoded in UTF-8 already. */
  static void respond(Context ctx, int status, byte[] json) {
    ctx.status(status).contentType("application/json").result(json);
  }
}
