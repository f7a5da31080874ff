package dev.ossdirect.reliability.wire;

import dev.ossdirect.localcloud.oss.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in endpoint that an official SDK is pointed at instead of the local cloud: it records each
 * request byte for byte ({@link CapturedRequest}) and answers with a fixed error, so the SDK gives up
 * without retrying and the test can send the request to the real endpoint itself, as it is or tampered
 * with. Nothing is forwarded, so a captured request's nonce is still unused.
 */
public final class RecordingEndpoint implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final ServerSocket server;
  private final String contentType;
  private final byte[] answer;
  private final BlockingQueue<CapturedRequest> captured = new LinkedBlockingQueue<>();
  private final Thread acceptor;

  private RecordingEndpoint(String contentType, byte[] answer) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.contentType = contentType;
    this.answer = answer;
    this.acceptor = new Thread(this::acceptAll, "recording-endpoint");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** An endpoint answering as an RPC API (STS, IMM) refuses a request: JSON with a {@code Code}. */
  public static RecordingEndpoint forRpc() throws IOException {
    return new RecordingEndpoint("application/json;charset=utf-8",
        "{\"RequestId\":\"0\",\"HostId\":\"recording\",\"Code\":\"Recorded\",\"Message\":\"Recorded.\"}"
            .getBytes(StandardCharsets.UTF_8));
  }

  /** An endpoint answering as OSS refuses a request: an {@code <Error>} document. */
  public static RecordingEndpoint forOss() throws IOException {
    return new RecordingEndpoint("application/xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>Recorded</Code><Message>Recorded.</Message>"
            + "<RequestId>000000000000000000000000</RequestId><HostId>recording</HostId></Error>")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** {@code http://127.0.0.1:port}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /**
   * Runs {@code call}, which makes an SDK send one request here (and fail on the answer), and returns that
   * request.
   */
  public CapturedRequest capture(ThrowingRunnable call) throws Exception {
    captured.clear();
    try {
      call.run();
    } catch (Exception expectedFailure) {
      // the SDK fails on the fixed answer; the request is what matters
    }
    CapturedRequest request = captured.poll(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    if (request == null) {
      throw new AssertionError("The SDK sent no request to " + uri());
    }
    return request;
  }

  /** An SDK call that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        captured.add(read(socket));
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: " + contentType + "\r\nContent-Length: "
            + answer.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(answer);
        out.flush();
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // a broken request is not captured; the test reports that none came
      }
    }
  }

  private static CapturedRequest read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    String[] requestLine = RawHttp.readLine(in).split(" ");
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    long contentLength = 0;
    boolean chunked = false;
    for (String line = RawHttp.readLine(in); !line.isEmpty(); line = RawHttp.readLine(in)) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      headers.add(Map.entry(name, value));
      switch (name.toLowerCase(Locale.ROOT)) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "expect" -> {
          socket.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
        }
        default -> {
          // kept as it is
        }
      }
    }
    byte[] body = chunked ? dechunk(in) : in.readNBytes((int) contentLength);
    return new CapturedRequest(requestLine[0], requestLine[1], headers, body);
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(RawHttp.readLine(in).split(";")[0].trim(), 16); size > 0;
        size = Integer.parseInt(RawHttp.readLine(in).split(";")[0].trim(), 16)) {
      body.write(in.readNBytes(size));
      RawHttp.readLine(in);
    }
    for (String trailer = RawHttp.readLine(in); !trailer.isEmpty(); trailer = RawHttp.readLine(in)) {
      // trailers carry nothing the tests need
    }
    return body.toByteArray();
  }
}
