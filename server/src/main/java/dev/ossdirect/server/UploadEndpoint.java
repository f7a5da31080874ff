package dev.ossdirect.server;

import static dev.ossdirect.server.JsonAnswers.JSON;
import static dev.ossdirect.server.JsonAnswers.error;
import static dev.ossdirect.server.JsonAnswers.respond;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.UploadFlow;
import dev.ossdirect.signing.upload.AllowedContentTypes;
import dev.ossdirect.signing.upload.ObjectKeys;
import dev.ossdirect.signing.upload.PartPlan;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link UploadFlow#SERVER_SIGNED} flow's API: the server checks each file the page declares, names its
 * object, counts it against the session's {@link UploadBudget} and signs exactly that upload; the bytes still
 * go from the browser straight to OSS.
 *
 * <ul>
 *   <li>{@code POST /api/uploads} with {@code {"name":…,"size":…,"contentType":…}}: refuses an empty file
 *       (400 {@code InvalidSize}), one over the maximum file size (413 {@code FileTooLarge}), a type not
 *       allowed (400 {@code ContentTypeNotAllowed}), a session without a token (403 {@code NoSession}) or
 *       over its budget (403 {@code TooManyFiles} or {@code TooManyBytes}: waiting would not help, so not 429).
 *       Otherwise it answers the upload's {@code Id}, its {@code Key}, the {@code ServerTime} it signed at
 *       (epoch milliseconds: the page signs its IMM calls by it when its own clock is far off), and either {@code "Method":"PostObject"}, a {@code Url} and the
 *       form {@code Fields} to post before the file (below the multipart threshold, and every file when the
 *       bucket uses V1 signatures, which cannot sign a part's size), or {@code "Method":"Multipart"} with
 *       {@code PartSize} and {@code PartCount}: the server has started the multipart upload itself.
 *   <li>{@code POST /api/uploads/{id}/parts/{n}}: the {@code Url} and {@code Headers} of UploadPart
 *       {@code n}, signed for exactly the plan's size of that part; a part number outside the plan is
 *       400 {@code InvalidPartNumber}.
 *   <li>{@code POST /api/uploads/{id}/complete} with {@code {"Parts":[{"PartNumber":1,"ETag":"…"},…]}}: the
 *       server completes the upload once the list names every part of the plan exactly once (else 400
 *       {@code InvalidPart}).
 *   <li>{@code DELETE /api/uploads/{id}}: the server aborts the multipart upload, and the session gets its
 *       share of the budget back.
 * </ul>
 *
 * <p>An upload of another session, or one that is over, is 404 {@code NoSuchUpload}. When OSS or STS fails,
 * the answer is 502 with their code, message and request id. Answers are never cached, and the signatures
 * in them are the only secrets they carry (derived from the server's token, good for one request each).
 */
public final class UploadEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(UploadEndpoint.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The largest object one PostObject may store: 5 GiB. */
  static final long MAX_POST_OBJECT_SIZE = 5L * 1024 * 1024 * 1024;

  /** A media type as the object may be stored with: lower case, no parameters. */
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9.+-]{1,64}/[a-z0-9.+-]{1,64}");

  /** The longest file name the page may declare; the key keeps at most 80 characters of it. */
  static final int MAX_NAME_LENGTH = 1024;

  private final ServerSettings settings;
  private final Deployment deployment;
  private final UploadBudget budget;
  private final SignedUploads uploads;
  private final UploadSignatures signatures;
  private final SigningCredentials credentials;
  private final OssUploadCalls oss;
  private final Clock clock;

  public UploadEndpoint(
      ServerSettings settings,
      Deployment deployment,
      UploadBudget budget,
      SignedUploads uploads,
      UploadSignatures signatures,
      SigningCredentials credentials,
      OssUploadCalls oss,
      Clock clock) {
    this.settings = settings;
    this.deployment = deployment;
    this.budget = budget;
    this.uploads = uploads;
    this.signatures = signatures;
    this.credentials = credentials;
    this.oss = oss;
    this.clock = clock;
  }

  /** {@code POST /api/uploads}. */
  public void create(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    if (settings.uploadFlow() != UploadFlow.SERVER_SIGNED) {
      respond(ctx, 403, error("ServerSignedUploadsOff",
          "This server gives the page a token to upload with; it does not sign uploads.", null));
      return;
    }
    JsonNode request = readJson(ctx);
    String name = request == null ? null : text(request, "name");
    String contentType = request == null ? null : text(request, "contentType");
    JsonNode sizeNode = request == null ? null : request.get("size");
    if (name == null || contentType == null || sizeNode == null || !sizeNode.canConvertToExactIntegral()
        || !sizeNode.canConvertToLong() || name.length() > MAX_NAME_LENGTH) {
      respond(ctx, 400, error("InvalidRequest",
          "Send JSON {\"name\":\"photo.jpg\",\"size\":12345,\"contentType\":\"image/jpeg\"}.", null));
      return;
    }
    long size = sizeNode.asLong();
    if (size < 1) {
      respond(ctx, 400, error("InvalidSize", "The file is empty; there is nothing to upload.", null));
      return;
    }
    if (size > maxSize()) {
      respond(ctx, 413, error("FileTooLarge",
          "The file has " + size + " bytes; the limit is " + maxSize() + " bytes.", null));
      return;
    }
    if (!MEDIA_TYPE.matcher(contentType).matches()
        || !AllowedContentTypes.accepts(contentType, settings.allowedContentTypes())) {
      respond(ctx, 400, error("ContentTypeNotAllowed", "The type " + contentType + " is not accepted; "
          + "accepted are " + String.join(", ", settings.allowedContentTypes()) + ".", null));
      return;
    }
    BrowserSession session = BrowserSession.of(ctx, settings.sessionKey());
    UploadBudget.Refusal refusal = budget.reserve(session, size);
    if (refusal != null) {
      refuse(ctx, refusal);
      return;
    }
    String key = ObjectKeys.forUpload(session.uploadPrefix(settings.uploadPrefix()), name, RANDOM::nextBytes);
    String id = SignedUploads.newId();
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("Id", id);
      body.put("Key", key);
      body.put("ServerTime", clock.currentTimeMillis());
      if (usesPostObject(size)) {
        body.put("Method", "PostObject");
        body.put("Url", deployment.bucketUrl().toString());
        body.put("Fields", signatures.postForm(key, size, contentType, credentials.current()));
        uploads.add(new SignedUpload(id, session.id(), key, size, contentType, null, null));
      } else {
        PartPlan plan = PartPlan.forObject(size);
        String ossUploadId = oss.initiate(key, contentType);
        uploads.add(new SignedUpload(id, session.id(), key, size, contentType, ossUploadId, plan));
        body.put("Method", "Multipart");
        body.put("PartSize", plan.partSize());
        body.put("PartCount", plan.partCount());
      }
      LOG.info("event=upload-signed session={} bytes={} method={}", session.logTag(), size, body.get("Method"));
      respond(ctx, 200, body);
    } catch (StsFailure | OssFailure failure) {
      budget.release(session, size);
      failedUpstream(ctx, session, failure);
    }
  }

  /** {@code POST /api/uploads/{id}/parts/{n}}. */
  public void signPart(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    BrowserSession session = BrowserSession.of(ctx, settings.sessionKey());
    SignedUpload upload = multipartUpload(ctx, session);
    if (upload == null) {
      return;
    }
    int partNumber = partNumber(ctx.pathParam("n"));
    if (!upload.plan().hasPart(partNumber)) {
      respond(ctx, 400, error("InvalidPartNumber", "This upload has parts 1 to " + upload.plan().partCount()
          + "; part " + ctx.pathParam("n") + " is not one of them.", null));
      return;
    }
    try {
      Map<String, String> headers = signatures.part(upload.key(), upload.ossUploadId(), partNumber,
          upload.plan().partLength(partNumber), credentials.current());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("Url", oss.url(upload.key(), partQuery(upload, partNumber)).toString());
      body.put("Headers", headers);
      body.put("ContentLength", upload.plan().partLength(partNumber));
      respond(ctx, 200, body);
    } catch (StsFailure failure) {
      failedUpstream(ctx, session, failure);
    }
  }

  /** {@code POST /api/uploads/{id}/complete}. */
  public void complete(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    BrowserSession session = BrowserSession.of(ctx, settings.sessionKey());
    SignedUpload upload = multipartUpload(ctx, session);
    if (upload == null) {
      return;
    }
    Map<Integer, String> etags = etags(readJson(ctx), upload.plan());
    if (etags == null) {
      respond(ctx, 400, error("InvalidPart", "List every part from 1 to " + upload.plan().partCount()
          + " once, each with its ETag: {\"Parts\":[{\"PartNumber\":1,\"ETag\":\"...\"}]}.", null));
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Key", upload.key());
    finish(ctx, session, upload, () -> oss.complete(upload.key(), upload.ossUploadId(), etags),
        () -> respond(ctx, 200, body));
  }

  /** {@code DELETE /api/uploads/{id}}. */
  public void abort(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    BrowserSession session = BrowserSession.of(ctx, settings.sessionKey());
    SignedUpload upload = multipartUpload(ctx, session);
    if (upload == null) {
      return;
    }
    finish(ctx, session, upload, () -> oss.abort(upload.key(), upload.ossUploadId()), () -> {
      budget.release(session, upload.size());
      ctx.status(204);
    });
  }

  /** A call to OSS that ends a multipart upload. */
  @FunctionalInterface
  private interface Ending {
    void run() throws OssFailure, StsFailure, IOException;
  }

  /**
   * Ends {@code upload} with {@code ending}, then forgets it and runs {@code answer}. An upload OSS no longer
   * knows ({@code NoSuchUpload}) is forgotten too: it was completed by an attempt whose answer was lost, or
   * aborted; either way nothing is left to end, and OSS's answer goes back to the page.
   */
  private void finish(Context ctx, BrowserSession session, SignedUpload upload, Ending ending, Ending answer)
      throws IOException {
    try {
      ending.run();
      uploads.remove(upload);
      answer.run();
    } catch (OssFailure failure) {
      if ("NoSuchUpload".equals(failure.code())) {
        uploads.remove(upload);
      }
      answerOssFailure(ctx, session, failure);
    } catch (StsFailure failure) {
      failedUpstream(ctx, session, failure);
    }
  }

  /** The largest file accepted: the setting, and at most what one PostObject stores when every file is one. */
  private long maxSize() {
    return settings.ossSignatureVersion() == OssSignatureVersion.V1
        ? Math.min(settings.maxFileSize(), MAX_POST_OBJECT_SIZE)
        : settings.maxFileSize();
  }

  /**
   * Whether a file of {@code size} bytes goes up in one PostObject: below the multipart threshold, and always
   * with V1 signatures, which cannot bind a part to its size.
   */
  private boolean usesPostObject(long size) {
    return settings.ossSignatureVersion() == OssSignatureVersion.V1 || !PartPlan.usesMultipart(size);
  }

  private SignedUpload multipartUpload(Context ctx, BrowserSession session) throws IOException {
    SignedUpload upload = uploads.find(session, ctx.pathParam("id")).orElse(null);
    if (upload == null || !upload.isMultipart()) {
      respond(ctx, 404, error("NoSuchUpload",
          "This session has no multipart upload under way with that id.", null));
      return null;
    }
    return upload;
  }

  private void refuse(Context ctx, UploadBudget.Refusal refusal) throws IOException {
    switch (refusal) {
      case UNKNOWN_SESSION -> respond(ctx, 403, error("NoSession",
          "This session has no upload permission yet: load the page (GET /api/sts-token) first.", null));
      case FILES -> respond(ctx, 403, error("TooManyFiles",
          "This session has uploaded its " + budget.maxFiles() + " files.", null));
      case BYTES -> respond(ctx, 403, error("TooManyBytes",
          "This file would take the session over its " + budget.maxBytes() + " bytes.", null));
    }
  }

  private void answerOssFailure(Context ctx, BrowserSession session, OssFailure failure) throws IOException {
    if (failure.status() / 100 == 4 && !OssFailure.UNREACHABLE.equals(failure.code())) {
      LOG.info("event=oss-refused session={} code={} requestId={}", session.logTag(), failure.code(),
          failure.requestId());
      respond(ctx, failure.status(), error(failure.code(), failure.getMessage(), failure.requestId()));
      return;
    }
    failedUpstream(ctx, session, failure);
  }

  private static void failedUpstream(Context ctx, BrowserSession session, UpstreamFailure failure)
      throws IOException {
    LOG.warn("event=upload-signing-failed session={} code={} requestId={}", session.logTag(), failure.code(),
        failure.requestId());
    respond(ctx, 502, error(failure.code(), failure.getMessage(), failure.requestId()));
  }

  private static Map<String, String> partQuery(SignedUpload upload, int partNumber) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("partNumber", Integer.toString(partNumber));
    query.put("uploadId", upload.ossUploadId());
    return query;
  }

  private static int partNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The ETags of a complete request, if it names every part of {@code plan} exactly once; else {@code null}. */
  static Map<Integer, String> etags(JsonNode request, PartPlan plan) {
    JsonNode parts = request == null ? null : request.get("Parts");
    if (parts == null || !parts.isArray() || parts.size() != plan.partCount()) {
      return null;
    }
    Map<Integer, String> etags = new TreeMap<>();
    for (JsonNode part : parts) {
      JsonNode number = part.get("PartNumber");
      String etag = text(part, "ETag");
      if (number == null || !number.canConvertToExactIntegral() || etag == null || etag.isEmpty()
          || !plan.hasPart(number.asInt()) || etags.put(number.asInt(), etag) != null) {
        return null;
      }
    }
    return etags;
  }

  private static JsonNode readJson(Context ctx) {
    try {
      JsonNode node = JSON.readTree(ctx.body());
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
