package dev.ossdirect.reliability.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.signing.codec.Base64;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's answer reduced to what the tests judge: the status, the error code in the protocol's own
 * format (the {@code Code} of an RPC JSON body, the {@code <Code>} of an OSS XML body or of a HEAD's
 * {@code x-oss-err} header), and which of those formats the error came in, if any.
 *
 * @param code the error code, or {@code ""} for a success or a body in no known format
 * @param format the format of the error document
 */
public record Answer(int status, String code, Format format, RawHttp.Response response) {

  /** The error formats of the services. */
  public enum Format {
    /** {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}}, as STS and IMM answer. */
    RPC_JSON,
    /** {@code <Error><Code/>...</Error>}, as OSS answers. */
    OSS_XML,
    /** Anything else: a success, or an error in no service's format. */
    NONE
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern XML_CODE =
      Pattern.compile("^(?:<\\?xml[^>]*\\?>)?\\s*<Error>.*?<Code>([^<]*)</Code>.*</Error>\\s*$", Pattern.DOTALL);

  /** The answer of {@code response}. */
  public static Answer of(RawHttp.Response response) {
    String contentType = String.valueOf(response.header("Content-Type"));
    String body = response.text();
    String ossError = response.header("x-oss-err");
    if (ossError != null) {
      body = new String(Base64.decode(ossError), StandardCharsets.UTF_8);
    }
    if (contentType.startsWith("application/json")) {
      try {
        JsonNode json = JSON.readTree(body);
        if (json != null && json.hasNonNull("Code") && json.hasNonNull("RequestId")) {
          return new Answer(response.status(), json.get("Code").asText(), Format.RPC_JSON, response);
        }
      } catch (IOException e) {
        // not JSON after all: reported as not well formed
      }
    }
    Matcher xml = XML_CODE.matcher(body);
    if (xml.matches()) {
      return new Answer(response.status(), xml.group(1), Format.OSS_XML, response);
    }
    return new Answer(response.status(), "", Format.NONE, response);
  }

  /** Whether the request was accepted: a 2xx status. */
  public boolean accepted() {
    return status >= 200 && status < 300;
  }

  /** Whether this is the error {@code expectedCode} with {@code expectedStatus}, in the protocol's format. */
  public boolean isError(int expectedStatus, String expectedCode) {
    return status == expectedStatus && code.equals(expectedCode) && format != Format.NONE;
  }

  /** Whether this is a clean client error: a 4xx in a service's error format. */
  public boolean isCleanClientError() {
    return status >= 400 && status < 500 && format != Format.NONE;
  }

  /** Whether this is a clean client error in {@code expected}, the format of the service asked. */
  public boolean isCleanClientError(Format expected) {
    return isCleanClientError() && format == expected;
  }

  @Override
  public String toString() {
    String text = response.text();
    return status + " " + code + (text.isEmpty() ? "" : ": " + text.substring(0, Math.min(300, text.length())));
  }
}
