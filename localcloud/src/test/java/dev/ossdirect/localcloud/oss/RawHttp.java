package dev.ossdirect.localcloud.oss;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, sending the request target and the headers exactly as given: Java's HTTP
 * clients would normalize or refuse the hostile paths and the {@code Host} headers the tests need.
 */
public final class RawHttp {

  private RawHttp() {}

  /** A response: its status, its headers (lower-case names) and its body. */
  public record Response(int status, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Sends {@code method target} with {@code headers} and {@code body} to the port on loopback. */
  public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = startRequest(port, method, target, headers, body.length)) {
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return readResponse(socket, method.equals("HEAD"));
    }
  }

  /**
   * Sends {@code request}, a whole HTTP/1 message head (and body) written as it is, however malformed, and
   * reads the answer. {@code Connection: close} is added after the first line when the request has one, so
   * that the answer ends with the connection.
   */
  public static Response exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      int firstLineEnd = request.indexOf("\r\n");
      String closing = firstLineEnd < 0 ? request
          : request.substring(0, firstLineEnd + 2) + "Connection: close\r\n" + request.substring(firstLineEnd + 2);
      socket.getOutputStream().write(closing.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readResponse(socket, request.startsWith("HEAD "));
    }
  }

  /**
   * Sends the request line and the headers, with {@code Content-Length: contentLength} (none if it is
   * negative: the caller then sends a chunked body) and {@code Connection: close}, and returns the socket
   * for the caller to write the body to.
   */
  public static Socket startRequest(
      int port, String method, String target, Map<String, String> headers, long contentLength)
      throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(30_000);
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (all.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Host"))) {
      all.put("Host", "127.0.0.1:" + port);
    }
    if (contentLength >= 0) {
      all.put("Content-Length", Long.toString(contentLength));
    }
    all.put("Connection", "close");
    all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return socket;
  }

  /** Reads the response on {@code socket}; a HEAD response has no body. */
  public static Response readResponse(Socket socket, boolean head) throws IOException {
    InputStream in = socket.getInputStream();
    String statusLine = readLine(in);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    byte[] body;
    if (head) {
      body = new byte[0];
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else {
      body = in.readAllBytes();
    }
    return new Response(status, headers, body);
  }

  /** Reads one line of an HTTP head, without its line break; throws if the stream ends first. */
  public static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("The connection closed in the middle of a message head");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.UTF_8);
  }
}
