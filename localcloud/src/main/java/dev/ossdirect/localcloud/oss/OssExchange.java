package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.http.StageTimings;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * One authenticated request to an object and its response: what the operations read (the target, the
 * decoded query, the headers, the body) and how they answer. Responses are written straight to the
 * servlet response, with their {@code Content-Length}, so that large objects stream through unbuffered.
 * An answer carries the stages the operation timed ({@link #timings()}) in a {@code Server-Timing} header.
 */
final class OssExchange {

  private final Context ctx;
  private final RequestTarget target;
  private final SignableRequest request;
  private final boolean loseAnswer;
  private final StageTimings timings;

  /**
   * The exchange of {@code request}; with {@code loseAnswer}, the operation runs whole but its answer is
   * never sent: the connection is closed where the answer would start ({@link LostAnswers}). The stages
   * are timed into {@code timings}.
   */
  OssExchange(
      Context ctx, RequestTarget target, SignableRequest request, boolean loseAnswer, StageTimings timings) {
    this.loseAnswer = loseAnswer;
    this.timings = timings;
    this.ctx = ctx;
    this.target = target;
    this.request = request;
  }

  String bucket() {
    return target.bucket();
  }

  /** The same exchange, addressed to object {@code key} of the bucket: a PostObject's key is a form field. */
  OssExchange forKey(String key) {
    RequestTarget object = new RequestTarget(target.bucket(), key, target.hostName());
    return new OssExchange(ctx, object, request, loseAnswer, timings);
  }

  String key() {
    return target.key();
  }

  /** The bucket and object addressed. */
  RequestTarget target() {
    return target;
  }

  /** The decoded query parameters. */
  Map<String, String> query() {
    return request.query();
  }

  /** The value of header {@code name} (any case), or {@code null}. */
  String header(String name) {
    return request.header(name);
  }

  /** Every header, with lower-case names. */
  Map<String, String> headers() {
    return request.headers();
  }

  boolean isHead() {
    return request.method().equals("HEAD");
  }

  /** The {@code Content-Length} of the request, or -1 if it has none (a chunked body). */
  long declaredLength() {
    return ctx.req().getContentLengthLong();
  }

  /**
   * The request body. A failure to read it (the client stopped sending, or sent a broken chunk) is a
   * {@link BodyReadException}, so that it can be told apart from a failure of the store.
   */
  InputStream body() throws IOException {
    return new FilterInputStream(ctx.req().getInputStream()) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new BodyReadException(e);
        }
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        try {
          return super.read(bytes, offset, length);
        } catch (IOException e) {
          throw new BodyReadException(e);
        }
      }
    };
  }

  /** Where the operation records how long each of its stages took, for the log and the answer. */
  StageTimings timings() {
    return timings;
  }

  /** The URL of the object, as OSS reports it in {@code Location}. */
  String objectUrl() {
    String host = ctx.header("Host");
    return "http://" + host + (target.isVirtualHosted() ? "" : "/" + target.bucket()) + "/"
        + PercentEncoding.encodePath(target.key());
  }

  /** Sets response header {@code name}. */
  void header(String name, String value) {
    ctx.res().setHeader(name, value);
  }

  /** Answers with {@code status} and an empty body. */
  void respondEmpty(int status) {
    if (loseAnswer) {
      closeWithoutAnswer(ctx);
      return;
    }
    startAnswer(status);
    ctx.res().setContentLengthLong(0);
  }

  /** Answers a HEAD: 200, with the {@code Content-Length} that the body of a GET would have. */
  void respondHead(long contentLength) {
    if (loseAnswer) {
      closeWithoutAnswer(ctx);
      return;
    }
    startAnswer(200);
    ctx.res().setContentLengthLong(contentLength);
  }

  /** Answers with {@code status} and the XML document {@code xml}. */
  void respondXml(int status, byte[] xml) throws IOException {
    if (loseAnswer) {
      closeWithoutAnswer(ctx);
      return;
    }
    startAnswer(status);
    ctx.res().setContentType("application/xml");
    ctx.res().setContentLengthLong(xml.length);
    ctx.res().getOutputStream().write(xml);
  }

  /** Starts an answer of {@code status} with a body of {@code length} bytes, to be written to the stream. */
  OutputStream respondStream(int status, long length) throws IOException {
    if (loseAnswer) {
      closeWithoutAnswer(ctx);
      return OutputStream.nullOutputStream();
    }
    startAnswer(status);
    ctx.res().setContentLengthLong(length);
    return ctx.res().getOutputStream();
  }

  /** Sets the status and, if a stage was timed, the {@code Server-Timing} header. */
  private void startAnswer(int status) {
    ctx.res().setStatus(status);
    if (!timings.millis().isEmpty()) {
      ctx.res().setHeader("Server-Timing", timings.serverTiming());
    }
  }

  /** Closes the request's connection before anything of the answer has gone out. */
  static void closeWithoutAnswer(Context ctx) {
    ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
        .getEndPoint().close();
  }

  /** The request body could not be read: the client's fault, not the server's. */
  static final class BodyReadException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyReadException(IOException cause) {
      super("The request body could not be read", cause);
    }
  }
}
