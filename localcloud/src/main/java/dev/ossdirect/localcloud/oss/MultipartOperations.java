package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.time.UtcTimestamps;
import java.io.IOException;
import java.util.List;

/**
 * InitiateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload and ListParts over
 * HTTP, with the XML documents Alibaba's SDKs parse. The rules are {@link MultipartUploads}'.
 */
final class MultipartOperations {

  private static final int DEFAULT_MAX_PARTS = 1000;

  private final ObjectStore store;
  private final MultipartUploads uploads;

  MultipartOperations(ObjectStore store, MultipartUploads uploads) {
    this.store = store;
    this.uploads = uploads;
  }

  /**
   * {@code POST /key?uploads}: answers the new upload id; {@code FileAlreadyExists} instead if
   * {@code x-oss-forbid-overwrite: true} and the object exists ({@link ForbidOverwrite}).
   */
  void initiate(OssExchange exchange) throws OssException, IOException {
    if (ForbidOverwrite.requested(exchange.headers()) && store.exists(exchange.bucket(), exchange.key())) {
      throw ForbidOverwrite.fileAlreadyExists();
    }
    MultipartUpload upload =
        uploads.initiate(exchange.bucket(), exchange.key(), ObjectAttributes.fromHeaders(exchange.headers()));
    exchange.respondXml(200, new XmlWriter("InitiateMultipartUploadResult")
        .element("Bucket", upload.bucket())
        .element("Key", upload.key())
        .element("UploadId", upload.uploadId())
        .end()
        .toBytes());
  }

  /**
   * {@code PUT /key?partNumber=n&uploadId=id}: stores the part and answers its ETag and CRC-64. Times
   * {@code receive} (reading the body into its file, hashing it on the way) and {@code commit} (forcing
   * the file to disk and renaming it into the upload).
   */
  void uploadPart(OssExchange exchange) throws OssException, IOException {
    int partNumber = integer(exchange, "partNumber", 1, MultipartUploads.MAX_PART_NUMBER);
    MultipartUpload upload = find(exchange);
    try (ReceivedBody body =
        store.receive(exchange.body(), exchange.declaredLength(), exchange.header("content-md5"))) {
      exchange.timings().lap("receive");
      ObjectMetadata part = uploads.putPart(upload, partNumber, body);
      exchange.timings().lap("commit");
      ObjectOperations.answerStored(exchange, part);
    }
  }

  /**
   * {@code POST /key?uploadId=id} with the part list: assembles the object, unless
   * {@code x-oss-forbid-overwrite: true} and the object exists ({@link ForbidOverwrite}). Times the stages
   * of {@link MultipartUploads#complete}.
   */
  void complete(OssExchange exchange) throws OssException, IOException {
    boolean forbidOverwrite = ForbidOverwrite.requested(exchange.headers());
    MultipartUpload upload = find(exchange);
    List<PartReference> parts = CompleteMultipartUploadXml.parse(exchange.body(), exchange.declaredLength());
    exchange.timings().lap("read");
    ObjectMetadata object = uploads.complete(upload, parts, forbidOverwrite, exchange.timings());
    exchange.header("ETag", object.quotedEtag());
    exchange.header("x-oss-hash-crc64ecma", object.crc64Header());
    exchange.respondXml(200, new XmlWriter("CompleteMultipartUploadResult")
        .element("Location", exchange.objectUrl())
        .element("Bucket", upload.bucket())
        .element("Key", upload.key())
        .element("ETag", object.quotedEtag())
        .end()
        .toBytes());
  }

  /** {@code DELETE /key?uploadId=id}: ends the upload and deletes its parts. */
  void abort(OssExchange exchange) throws OssException, IOException {
    uploads.abort(find(exchange));
    exchange.respondEmpty(204);
  }

  /** {@code GET /key?uploadId=id[&max-parts=n][&part-number-marker=m]}: the parts after the marker. */
  void listParts(OssExchange exchange) throws OssException, IOException {
    int maxParts = integer(exchange, "max-parts", 0, DEFAULT_MAX_PARTS, DEFAULT_MAX_PARTS);
    int marker = integer(exchange, "part-number-marker", 0, MultipartUploads.MAX_PART_NUMBER, 0);
    MultipartUpload upload = find(exchange);
    List<UploadedPart> after =
        uploads.parts(upload).stream().filter(part -> part.partNumber() > marker).toList();
    List<UploadedPart> page = after.subList(0, Math.min(maxParts, after.size()));
    XmlWriter xml = new XmlWriter("ListPartsResult")
        .element("Bucket", upload.bucket())
        .element("Key", upload.key())
        .element("UploadId", upload.uploadId())
        .element("StorageClass", "Standard")
        .element("PartNumberMarker", marker)
        .element("NextPartNumberMarker", page.isEmpty() ? marker : page.get(page.size() - 1).partNumber())
        .element("MaxParts", maxParts)
        .element("IsTruncated", Boolean.toString(page.size() < after.size()));
    for (UploadedPart part : page) {
      xml.start("Part")
          .element("PartNumber", part.partNumber())
          .element("LastModified", UtcTimestamps.formatIso8601(part.metadata().lastModifiedMillis()))
          .element("ETag", part.metadata().quotedEtag())
          .element("HashCrc64ecma", part.metadata().crc64Header())
          .element("Size", part.metadata().size())
          .end();
    }
    exchange.respondXml(200, xml.end().toBytes());
  }

  private MultipartUpload find(OssExchange exchange) throws OssException, IOException {
    return uploads.find(exchange.bucket(), exchange.key(), exchange.query().get("uploadId"));
  }

  /** The query parameter {@code name}, which must be an integer from {@code min} to {@code max}. */
  private static int integer(OssExchange exchange, String name, int min, int max) throws OssException {
    String text = exchange.query().getOrDefault(name, "");
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw OssException.invalidArgument(
            name + " must be an integer between " + min + " and " + max + ", inclusive.")
        .with("ArgumentName", name)
        .with("ArgumentValue", text);
  }

  /** Like {@link #integer(OssExchange, String, int, int)}, but {@code whenAbsent} if it is not given. */
  private static int integer(OssExchange exchange, String name, int min, int max, int whenAbsent)
      throws OssException {
    return exchange.query().containsKey(name) ? integer(exchange, name, min, max) : whenAbsent;
  }
}
