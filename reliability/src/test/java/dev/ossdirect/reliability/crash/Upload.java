package dev.ossdirect.reliability.crash;

import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.storage.StoredObjects;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One upload to a local OSS that may be killed at any moment: a single PutObject, or a multipart upload
 * of a few parts, with its bytes and how far it got. What may be visible after a restart follows from that:
 * a confirmed upload must be there, whole; one whose last request was not sent to its end must not be
 * there at all; one whose last request was sent but never answered may be there or not, but whole.
 */
final class Upload {

  /** How far an upload got before the kill. */
  enum Outcome {
    /** Its last request (the PUT, or CompleteMultipartUpload) was not sent to its end. */
    NOT_SENT,
    /** Its last request was sent to its end, and no answer came. */
    IN_DOUBT,
    /** Its last request was answered 200. */
    CONFIRMED,
    /** It was answered with an error: the upload failed without a crash, which must not happen. */
    REFUSED
  }

  private static final int CHUNK = 64 * 1024;
  private static final int MIN_PART = 100 * 1024;
  private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([0-9A-F]+)</UploadId>");

  final String bucket;
  final String key;
  final byte[] bytes;
  final boolean multipart;
  volatile Outcome outcome = Outcome.NOT_SENT;
  volatile String refusal = "";

  Upload(String bucket, String key, int size, boolean multipart, long seed) {
    this.bucket = bucket;
    this.key = key;
    this.bytes = OssBytes.random(multipart ? Math.max(size, 2 * MIN_PART) : size, seed);
    this.multipart = multipart;
  }

  /** Uploads the bytes through {@code signed}, noting how far it got; a failure to connect ends it. */
  void run(SignedRequests signed) {
    try {
      if (multipart) {
        runMultipart(signed);
      } else {
        finish(putStreaming(signed, Map.of(), bytes));
      }
    } catch (IOException killed) {
      // the cloud died: the outcome says how far the upload got
    }
  }

  /** The hex MD5 of the bytes. */
  String md5() {
    return StoredObjects.md5(bytes);
  }

  private void runMultipart(SignedRequests signed) throws IOException {
    RawHttp.Response initiated = signed.send("POST", bucket, key, Map.of("uploads", ""), new byte[0]);
    Matcher id = UPLOAD_ID.matcher(initiated.text());
    if (!id.find()) {
      refuse(initiated);
      return;
    }
    String uploadId = id.group(1);
    List<String> etags = new ArrayList<>();
    int parts = bytes.length >= 3 * MIN_PART ? 3 : 2;
    int partSize = bytes.length / parts;
    for (int part = 0; part < parts; part++) {
      int from = part * partSize;
      int to = part == parts - 1 ? bytes.length : from + partSize;
      byte[] partBytes = java.util.Arrays.copyOfRange(bytes, from, to);
      RawHttp.Response uploaded = signed.send("PUT", bucket, key,
          Map.of("partNumber", Integer.toString(part + 1), "uploadId", uploadId), partBytes);
      if (uploaded.status() != 200) {
        refuse(uploaded);
        return;
      }
      etags.add(uploaded.header("ETag"));
    }
    StringBuilder complete = new StringBuilder("<CompleteMultipartUpload>");
    for (int i = 0; i < etags.size(); i++) {
      complete.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><ETag>").append(etags.get(i))
          .append("</ETag></Part>");
    }
    complete.append("</CompleteMultipartUpload>");
    byte[] body = complete.toString().getBytes(StandardCharsets.UTF_8);
    try (Socket socket = RawHttp.startRequest(signed.port(), "POST",
        SignedRequests.target(bucket, key, Map.of("uploadId", uploadId)),
        signed.headers("POST", bucket, key, Map.of("uploadId", uploadId)), body.length)) {
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      outcome = Outcome.IN_DOUBT;
      finish(RawHttp.readResponse(socket, false));
    }
  }

  /** A PUT whose body goes out in chunks, so that a kill can land in the middle of it. */
  private RawHttp.Response putStreaming(SignedRequests signed, Map<String, String> query, byte[] body)
      throws IOException {
    try (Socket socket = signed.startPut(bucket, key, query, body.length)) {
      OutputStream out = socket.getOutputStream();
      for (int offset = 0; offset < body.length; offset += CHUNK) {
        out.write(body, offset, Math.min(CHUNK, body.length - offset));
      }
      out.flush();
      outcome = Outcome.IN_DOUBT;
      return RawHttp.readResponse(socket, false);
    }
  }

  private void finish(RawHttp.Response response) {
    if (response.status() == 200) {
      outcome = Outcome.CONFIRMED;
    } else {
      refuse(response);
    }
  }

  private void refuse(RawHttp.Response response) {
    outcome = Outcome.REFUSED;
    refusal = response.status() + " " + response.text();
  }

  @Override
  public String toString() {
    return key + " (" + bytes.length + " bytes" + (multipart ? ", multipart" : "") + ", " + outcome + ")";
  }
}
