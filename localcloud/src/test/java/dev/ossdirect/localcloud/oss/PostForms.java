package dev.ossdirect.localcloud.oss;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code multipart/form-data} bodies of PostObject requests, built part by part as a browser's
 * {@code FormData} sends them, and sent with {@link RawHttp}: so that tests control the order of the parts,
 * every byte of them, and where a body stops.
 *
 * <pre>
 * RawHttp.Response response = PostForms.form()
 *     .fields(signedFields)
 *     .field("key", "uploads/a.jpg")
 *     .file("a.jpg", "image/jpeg", bytes)
 *     .post(port, "/web-direct-upload");
 * </pre>
 */
public final class PostForms {

  public static final String BOUNDARY = "----ossdirectFormBoundary7MA4YWxkTrZu0gW";

  private final List<byte[]> parts = new ArrayList<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  private PostForms() {
    headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
  }

  /** An empty form. */
  public static PostForms form() {
    return new PostForms();
  }

  /** Adds a text field. */
  public PostForms field(String name, String value) {
    return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n",
        value.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds every field of {@code fields}, in their order. */
  public PostForms fields(Map<String, String> fields) {
    fields.forEach(this::field);
    return this;
  }

  /** Adds the {@code file} part, with its file name and content type. */
  public PostForms file(String fileName, String contentType, byte[] content) {
    return part("Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: " + contentType + "\r\n", content);
  }

  /** Adds a part with {@code partHeaders} (each ending with CRLF) and {@code content}. */
  public PostForms part(String partHeaders, byte[] content) {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    part.writeBytes(("--" + BOUNDARY + "\r\n" + partHeaders + "\r\n").getBytes(StandardCharsets.UTF_8));
    part.writeBytes(content);
    part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    parts.add(part.toByteArray());
    return this;
  }

  /** Sets request header {@code name}, such as {@code Host} or {@code Origin}. */
  public PostForms header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The whole body: the parts, then the closing boundary. */
  public byte[] body() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    parts.forEach(body::writeBytes);
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** The request headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** POSTs the form to {@code target} (such as {@code /bucket}) on the port on loopback. */
  public RawHttp.Response post(int port, String target) throws IOException {
    return RawHttp.send(port, "POST", target, headers, body());
  }

  /**
   * POSTs the form with its whole length declared but only its first {@code sentBytes} sent, then stops
   * sending, as a client that dies mid-upload; returns what the server answers, or {@code null} if it
   * closed the connection without an answer.
   */
  public RawHttp.Response postCutShort(int port, String target, int sentBytes) throws IOException {
    byte[] body = body();
    try (Socket socket = RawHttp.startRequest(port, "POST", target, headers, body.length)) {
      socket.getOutputStream().write(body, 0, sentBytes);
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      try {
        return RawHttp.readResponse(socket, false);
      } catch (IOException e) {
        return null;
      }
    }
  }
}
