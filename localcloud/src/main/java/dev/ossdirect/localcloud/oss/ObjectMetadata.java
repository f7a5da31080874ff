package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Hex;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the local OSS keeps about a stored object, or about one part of a multipart upload, next to its
 * bytes.
 *
 * @param key the object key
 * @param size the length of the body in bytes
 * @param etag the entity tag without quotes: the upper-case hex MD5 of the body for a simple object or a
 *     part, and {@code <upper-case hex MD5 of the parts' binary MD5s>-<number of parts>} for an object
 *     assembled by a multipart upload, as OSS computes them
 * @param crc64 the CRC-64 of the body ({@link Crc64}), to be read as unsigned
 * @param contentType the Content-Type given when the object was uploaded
 * @param httpHeaders the other standard HTTP headers given when it was uploaded and sent back with it
 *     ({@link ObjectAttributes#HTTP_HEADERS}); none for a part
 * @param lastModifiedMillis when the upload completed, in epoch milliseconds
 * @param userMetadata the {@code x-oss-meta-*} headers given at upload: lower-case names without the
 *     prefix, and their values
 */
public record ObjectMetadata(
    String key,
    long size,
    String etag,
    long crc64,
    String contentType,
    Map<String, String> httpHeaders,
    long lastModifiedMillis,
    Map<String, String> userMetadata) {

  public ObjectMetadata {
    httpHeaders = Collections.unmodifiableMap(new TreeMap<>(httpHeaders));
    userMetadata = Collections.unmodifiableMap(new TreeMap<>(userMetadata));
  }

  /** Whether the object was assembled from the parts of a multipart upload. */
  public boolean isMultipart() {
    return etag.indexOf('-') >= 0;
  }

  /**
   * The Base64 MD5 of the body, as OSS returns it in {@code Content-MD5}; {@code null} for a multipart
   * object, whose entity tag is not the MD5 of its bytes.
   */
  public String contentMd5() {
    return isMultipart() ? null : Base64.encode(Hex.decode(etag));
  }

  /** The entity tag as HTTP sends it, in double quotes. */
  public String quotedEtag() {
    return "\"" + etag + "\"";
  }

  /** The CRC-64 as {@code x-oss-hash-crc64ecma} writes it: an unsigned decimal number. */
  public String crc64Header() {
    return Long.toUnsignedString(crc64);
  }
}
