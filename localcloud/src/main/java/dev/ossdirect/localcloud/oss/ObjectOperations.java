package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.time.UtcTimestamps;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * PutObject, GetObject, HeadObject and DeleteObject, with the headers Alibaba's SDKs read: {@code ETag}
 * (quoted), {@code x-oss-hash-crc64ecma} (which the SDKs check against their own CRC of the bytes),
 * {@code Content-MD5}, {@code Last-Modified}, {@code Content-Type}, {@code Content-Length}, the HTTP
 * headers given at upload ({@link ObjectAttributes#HTTP_HEADERS}) and the user metadata.
 */
final class ObjectOperations {

  private final ObjectStore store;

  ObjectOperations(ObjectStore store) {
    this.store = store;
  }

  /**
   * PutObject: stores the body (see {@link ReceivedBody#receive} for the checks) and answers 200; with
   * {@code x-oss-forbid-overwrite: true}, only if no object has the key ({@link ForbidOverwrite}).
   */
  void put(OssExchange exchange) throws OssException, IOException {
    ObjectAttributes attributes = ObjectAttributes.fromHeaders(exchange.headers());
    boolean forbidOverwrite = ForbidOverwrite.requested(exchange.headers());
    if (forbidOverwrite && store.exists(exchange.bucket(), exchange.key())) {
      throw ForbidOverwrite.fileAlreadyExists();
    }
    try (ReceivedBody body =
        store.receive(exchange.body(), exchange.declaredLength(), exchange.header("content-md5"))) {
      exchange.timings().lap("receive");
      ObjectMetadata stored =
          store.putObject(exchange.bucket(), exchange.key(), body, attributes, forbidOverwrite);
      exchange.timings().lap("commit");
      answerStored(exchange, stored);
    }
  }

  /**
   * GetObject, or HeadObject and GetObjectMeta when {@code exchange} is a HEAD: the object's headers, then
   * its bytes (or the {@code Range} asked for, with 206), streamed from the file; 304 or 412 instead when
   * a conditional header says so ({@link Preconditions}).
   */
  void get(OssExchange exchange) throws OssException, IOException {
    Map<String, String> overrides = ResponseOverrides.of(exchange.query());
    try (StoredObject object =
        store.open(exchange.bucket(), exchange.key()).orElseThrow(ObjectOperations::noSuchKey)) {
      ObjectMetadata metadata = object.metadata();
      Preconditions.Outcome outcome = Preconditions.evaluate(exchange.headers(), metadata);
      ByteRange range = exchange.isHead() || outcome == Preconditions.Outcome.NOT_MODIFIED
          ? null : ByteRange.parse(exchange.header("range"), metadata.size());
      exchange.header("Content-Type", metadata.contentType());
      exchange.header("ETag", metadata.quotedEtag());
      exchange.header("Last-Modified", UtcTimestamps.formatRfc1123(metadata.lastModifiedMillis()));
      exchange.header("Accept-Ranges", "bytes");
      exchange.header("x-oss-object-type", metadata.isMultipart() ? "Multipart" : "Normal");
      exchange.header("x-oss-storage-class", "Standard");
      exchange.header("x-oss-hash-crc64ecma", metadata.crc64Header());
      if (metadata.contentMd5() != null) {
        exchange.header("Content-MD5", metadata.contentMd5());
      }
      metadata.httpHeaders().forEach(exchange::header);
      metadata.userMetadata()
          .forEach((name, value) -> exchange.header(ObjectAttributes.USER_METADATA_PREFIX + name, value));
      overrides.forEach(exchange::header);
      if (outcome == Preconditions.Outcome.NOT_MODIFIED) {
        exchange.respondEmpty(304);
        return;
      }
      if (exchange.isHead()) {
        exchange.respondHead(metadata.size());
        return;
      }
      long offset = range == null ? 0 : range.offset();
      long length = range == null ? metadata.size() : range.length();
      if (range != null) {
        exchange.header("Content-Range", range.contentRange(metadata.size()));
      }
      OutputStream out = exchange.respondStream(range == null ? 200 : 206, length);
      object.copyTo(out, offset, length);
    }
  }

  /** DeleteObject: 204 whether or not the object existed, as in OSS. */
  void delete(OssExchange exchange) throws IOException {
    store.delete(exchange.bucket(), exchange.key());
    exchange.respondEmpty(204);
  }

  /** The headers of a stored object or part: its entity tag, CRC-64 and MD5. */
  static void answerStored(OssExchange exchange, ObjectMetadata stored) {
    exchange.header("ETag", stored.quotedEtag());
    exchange.header("x-oss-hash-crc64ecma", stored.crc64Header());
    exchange.header("Content-MD5", stored.contentMd5());
    exchange.respondEmpty(200);
  }

  private static OssException noSuchKey() {
    return new OssException(404, "NoSuchKey", "The specified key does not exist.");
  }
}
