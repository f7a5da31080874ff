package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.auth.Caller;
import dev.ossdirect.localcloud.auth.CallerDirectory;
import dev.ossdirect.localcloud.http.SignableRequests;
import dev.ossdirect.localcloud.http.StageTimings;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Hex;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.EndpointNotFound;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives every request of the local OSS and answers it as OSS does.
 *
 * <ol>
 *   <li>Finds the bucket and the key ({@link RequestTarget}): {@code InvalidObjectName} for a key that
 *       breaks {@link ObjectNames}, {@code NoSuchBucket} for a bucket that is not configured.
 *   <li>Answers a CORS preflight ({@code OPTIONS}) from the bucket's rules ({@link BucketCors}), without
 *       authentication, as browsers send it; adds the CORS headers to every other response whose origin
 *       a rule allows, errors included.
 *   <li>Authenticates ({@link OssAuthenticator}), selects the operation ({@link OssOperation}), refuses
 *       the headers it does not implement ({@link UnimplementedHeaders}) and checks that the caller's RAM
 *       policy allows its action on {@code acs:oss:<region>:<account>:<bucket>/<key>} ({@code AccessDenied}
 *       otherwise).
 *   <li>Runs it ({@link ObjectOperations}, {@link MultipartOperations}).
 *   <li>A {@code POST} to the bucket itself is a PostObject: its form is read up to the file
 *       ({@link PostForm}), authenticated by its signature fields, checked against its policy, authorized
 *       as a PutObject of the key it names, and run by {@link PostObjectOperation}.
 * </ol>
 *
 * <p>Every response carries {@code x-oss-request-id}; errors are {@code <Error>} XML documents, and a HEAD
 * error carries the document Base64-encoded in {@code x-oss-err} instead, as HEAD responses have no body.
 * An error with a documented fine-grained code ({@link FineGrainedErrorCode}) also carries it in
 * {@code x-oss-ec}, HEAD errors included.
 * Before an error is answered, what remains of the request body is read (up to 8 MiB), so that a client
 * still sending a body reads the error rather than a reset connection; unless reading the body is what
 * failed, for then nothing more will come.
 *
 * <p>Each request is logged on one line: method, bucket, operation, status, error code, access key id,
 * request id, duration and the stages the operation timed (authenticating, receiving a body, committing it;
 * also sent in the answer's {@code Server-Timing} header). Never the query string (signed URLs carry
 * signatures and security tokens), the key, or any credential but the access key id.
 */
public final class OssGateway implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(OssGateway.class);
  private static final long MAX_DRAIN_BYTES = 8L * 1024 * 1024;
  /** Longer {@code x-oss-err} headers are left out rather than risk the response header size limit. */
  private static final int MAX_ERROR_HEADER_CHARS = 4096;
  private static final List<HandlerType> METHODS =
      List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.PUT, HandlerType.POST, HandlerType.DELETE,
          HandlerType.OPTIONS, HandlerType.PATCH);

  private final Map<String, BucketCors> bucketCors = new LinkedHashMap<>();
  private final OssAuthenticator authenticator;
  private final ObjectOperations objects;
  private final MultipartOperations multipart;
  private final PostObjectOperation posts;
  private final String region;
  private final String accountId;
  private final LostAnswers lostAnswers = new LostAnswers();

  /**
   * A gateway to {@code store} for {@code buckets}, authenticating with {@code callers}, in
   * {@code region} of account {@code accountId}.
   */
  public OssGateway(
      ObjectStore store,
      List<BucketConfig> buckets,
      CallerDirectory callers,
      String region,
      String accountId,
      Clock clock) {
    for (BucketConfig bucket : buckets) {
      bucketCors.put(bucket.name(), new BucketCors(bucket.corsRules()));
    }
    this.authenticator = new OssAuthenticator(callers, region, clock);
    this.objects = new ObjectOperations(store);
    this.multipart = new MultipartOperations(store, new MultipartUploads(store));
    this.posts = new PostObjectOperation(store, clock);
    this.region = region;
    this.accountId = accountId;
  }

  /**
   * Routes every request of an endpoint to this gateway, a method that has no route included, answers the
   * requests the HTTP server refuses itself in OSS's format too ({@link RefusedRequests}), and turns off
   * response compression: object bytes go out as stored, with their length.
   */
  public void configure(JavalinConfig config) {
    config.http.compressionStrategy = CompressionStrategy.NONE;
    config.jetty.modifyServer(server -> server.setErrorHandler(new RefusedRequests()));
    for (HandlerType method : METHODS) {
      config.routes.addHttpHandler(method, "*", this);
    }
    config.routes.exception(EndpointNotFound.class, (unrouted, ctx) -> handle(ctx));
  }

  @Override
  public void handle(Context ctx) {
    long start = System.nanoTime();
    String requestId = newRequestId();
    String method = ctx.req().getMethod();
    String hostId = RequestTarget.hostName(ctx.header("Host"));
    ctx.res().setHeader("x-oss-request-id", requestId);
    String bucket = "-";
    String operation = "-";
    String accessKeyId = "-";
    String code = "-";
    boolean loseAnswer = false;
    OssOperation selected = null;
    StageTimings timings = new StageTimings();
    try {
      RequestTarget target = RequestTarget.parse(ctx.header("Host"), ctx.path());
      if (target.bucket() == null) {
        throw OssException.notImplemented("service operations such as ListBuckets");
      }
      bucket = target.bucket();
      BucketCors cors = bucketCors.get(bucket);
      if (cors == null) {
        throw new OssException(404, "NoSuchBucket", "The specified bucket does not exist.")
            .with("BucketName", bucket)
            .diagnosed(FineGrainedErrorCode.NO_SUCH_BUCKET);
      }
      if (method.equals("OPTIONS")) {
        operation = "Options";
        preflight(ctx, cors);
      } else if (PostObjectOperation.accepts(method, target, ctx.queryString())) {
        operation = PostObjectOperation.OPERATION;
        cors.actualRequest(ctx.header("Origin"), method).forEach(ctx.res()::setHeader);
        loseAnswer = lostAnswers.take(operation);
        OssExchange exchange = new OssExchange(
            ctx, target, SignableRequest.builder(method, target.resourcePath()).build(), loseAnswer, timings);
        PostForm form = PostForm.start(exchange.body(), ctx.header("Content-Type"));
        Caller caller = authenticator.authenticatePost(form.fields());
        accessKeyId = caller.accessKeyId();
        PostObjectOperation.Checked checked = posts.check(form, exchange);
        authorize(caller, OssOperation.PUT_OBJECT, checked.object().target());
        posts.store(form, checked);
      } else {
        cors.actualRequest(ctx.header("Origin"), method).forEach(ctx.res()::setHeader);
        SignableRequest request = signableRequest(ctx, target);
        Caller caller = authenticator.authenticate(request);
        accessKeyId = caller.accessKeyId();
        selected = OssOperation.of(method, request.query(), target.key() != null);
        operation = selected.apiName();
        UnimplementedHeaders.check(request.headers());
        authorize(caller, selected, target);
        loseAnswer = lostAnswers.take(operation);
        timings.lap("authenticate");
        run(selected, new OssExchange(ctx, target, request, loseAnswer, timings));
      }
    } catch (OssException e) {
      code = e.code();
      if (loseAnswer) {
        OssExchange.closeWithoutAnswer(ctx);
      } else {
        if (e.ec() == null) {
          e.diagnosed(FineGrainedErrorCode.of(code, selected));
        }
        answerError(ctx, requestId, hostId, e);
      }
    } catch (OssExchange.BodyReadException e) {
      code = "IncompleteBody";
      // The body is broken (the client stopped sending, or was too slow): nothing is left to drain, and
      // waiting for more would hold the thread for another idle timeout.
      respondError(ctx, requestId, hostId,
          new OssException(400, code, "The request body could not be read to its end."));
    } catch (IOException | RuntimeException e) {
      if (ctx.res().isCommitted()) {
        code = "ResponseInterrupted";
      } else {
        code = "InternalError";
        LOG.error("service=oss requestId={} failed", requestId, e);
        answerError(ctx, requestId, hostId,
            new OssException(500, code, "We encountered an internal error. Please try again."));
      }
    }
    log(method, bucket, operation, ctx.res().getStatus(), loseAnswer ? code + "/answer-lost" : code, accessKeyId,
        requestId, start, timings);
  }

  /**
   * Logs the line of one request that started at {@code startNanos}, with the stages it timed; fields that
   * do not apply are "-".
   */
  static void log(String method, String bucket, String operation, int status, String code, String accessKeyId,
      String requestId, long startNanos, StageTimings timings) {
    LOG.info(
        "service=oss method={} bucket={} operation={} status={} code={} accessKeyId={} requestId={} ms={} {}",
        method, bucket, operation, status, code, accessKeyId, requestId,
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e6), timings);
  }

  /** The answers this gateway is to lose on purpose. */
  public LostAnswers lostAnswers() {
    return lostAnswers;
  }

  private void run(OssOperation operation, OssExchange exchange) throws OssException, IOException {
    switch (operation) {
      case PUT_OBJECT -> objects.put(exchange);
      case GET_OBJECT, HEAD_OBJECT, GET_OBJECT_META -> objects.get(exchange);
      case DELETE_OBJECT -> objects.delete(exchange);
      case INITIATE_MULTIPART_UPLOAD -> multipart.initiate(exchange);
      case UPLOAD_PART -> multipart.uploadPart(exchange);
      case COMPLETE_MULTIPART_UPLOAD -> multipart.complete(exchange);
      case ABORT_MULTIPART_UPLOAD -> multipart.abort(exchange);
      case LIST_PARTS -> multipart.listParts(exchange);
      default -> throw new IllegalStateException("Unhandled operation " + operation);
    }
  }

  private void authorize(Caller caller, OssOperation operation, RequestTarget target) throws OssException {
    String resource = ResourceNames.ossObject(region, accountId, target.bucket(), target.key());
    if (!caller.policy().allows(operation.ramAction(), resource)) {
      throw OssException.accessDenied("Access denied by authorizer's policy.").diagnosed(caller.temporary()
          ? FineGrainedErrorCode.DENIED_BY_STS_POLICY
          : FineGrainedErrorCode.DENIED_BY_RAM_POLICY);
    }
  }

  private static void preflight(Context ctx, BucketCors cors) throws OssException {
    String origin = ctx.header("Origin");
    String requestMethod = ctx.header("Access-Control-Request-Method");
    Optional<Map<String, String>> allowed =
        origin == null || requestMethod == null
            ? Optional.empty()
            : cors.preflight(origin, requestMethod, ctx.header("Access-Control-Request-Headers"));
    if (allowed.isEmpty()) {
      throw new OssException(403, "AccessForbidden",
          "CORSResponse: This CORS request is not allowed. This is usually because the evaluation of Origin,"
              + " request method / Access-Control-Request-Method or Access-Control-Request-Headers are not"
              + " allowed by the bucket's CORS rules.");
    }
    allowed.get().forEach(ctx.res()::setHeader);
    ctx.res().setStatus(200);
    ctx.res().setContentLengthLong(0);
  }

  /** The signed parts of the request: the decoded {@code /bucket/key}, the decoded query, every header. */
  private static SignableRequest signableRequest(Context ctx, RequestTarget target) throws OssException {
    try {
      return SignableRequests.of(ctx, target.resourcePath());
    } catch (IllegalArgumentException e) {
      throw OssException.invalidArgument("The query string is malformed: " + e.getMessage() + ".");
    }
  }

  private static void answerError(Context ctx, String requestId, String hostId, OssException error) {
    drainRequestBody(ctx);
    respondError(ctx, requestId, hostId, error);
  }

  /** Answers {@code error}, unless the response has already started. */
  private static void respondError(Context ctx, String requestId, String hostId, OssException error) {
    if (ctx.res().isCommitted()) {
      return;
    }
    byte[] document = error.toXml(requestId, hostId);
    ctx.res().setStatus(error.status());
    ctx.res().setContentType("application/xml");
    if (error.ec() != null) {
      ctx.res().setHeader("x-oss-ec", error.ec());
    }
    try {
      if (ctx.req().getMethod().equals("HEAD")) {
        String encoded = Base64.encode(document);
        if (encoded.length() <= MAX_ERROR_HEADER_CHARS) {
          ctx.res().setHeader("x-oss-err", encoded);
        }
        ctx.res().setContentLengthLong(0);
      } else {
        ctx.res().setContentLengthLong(document.length);
        ctx.res().getOutputStream().write(document);
      }
    } catch (IOException e) {
      // the client has gone; there is no one to tell
    }
  }

  /**
   * Reads and discards the rest of the request body, up to {@link #MAX_DRAIN_BYTES}. A client that asked
   * for {@code 100-continue} has not sent its body and will not: it is left alone.
   */
  private static void drainRequestBody(Context ctx) {
    if ("100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long drained = 0;
      for (int read = in.read(buffer); read >= 0 && drained < MAX_DRAIN_BYTES; read = in.read(buffer)) {
        drained += read;
      }
    } catch (IOException | RuntimeException e) {
      // the client has gone, or sent a broken body: nothing left to drain
    }
  }

  /** 24 upper-case hex digits, the shape of OSS request ids. */
  static String newRequestId() {
    byte[] bytes = new byte[12];
    ThreadLocalRandom.current().nextBytes(bytes);
    return Hex.encode(bytes).toUpperCase(Locale.ROOT);
  }
}
