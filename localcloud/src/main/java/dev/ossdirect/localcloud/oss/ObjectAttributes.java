package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Utf8;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an upload says about the object besides its bytes: the {@code Content-Type}, the other standard
 * HTTP headers OSS keeps with an object and sends back with it ({@link #HTTP_HEADERS}), and the user
 * metadata ({@code x-oss-meta-*} headers), given to PutObject or to InitiateMultipartUpload.
 *
 * @param contentType the content type, {@code application/octet-stream} when none was given
 * @param httpHeaders those of {@link #HTTP_HEADERS} that were given, by the names listed there
 * @param userMetadata lower-case names without the {@code x-oss-meta-} prefix, and their values
 */
record ObjectAttributes(String contentType, Map<String, String> httpHeaders, Map<String, String> userMetadata) {

  static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
  static final String USER_METADATA_PREFIX = "x-oss-meta-";
  /** OSS's limit on the user metadata of an object, names and values together. */
  static final int MAX_USER_METADATA_BYTES = 8 * 1024;
  /**
   * The headers of an upload, besides {@code Content-Type}, that OSS stores as the object's own and answers
   * GetObject and HeadObject with: a {@code Content-Disposition: attachment} given at upload is what makes
   * a browser download the object rather than show it.
   */
  static final List<String> HTTP_HEADERS = List.of("Cache-Control", "Content-Disposition", "Content-Encoding",
      "Expires");

  ObjectAttributes {
    httpHeaders = Collections.unmodifiableMap(new TreeMap<>(httpHeaders));
    userMetadata = Collections.unmodifiableMap(new TreeMap<>(userMetadata));
  }

  /**
   * The attributes in {@code headers} (lower-case names, as in a {@link
   * dev.ossdirect.signing.SignableRequest}); {@code InvalidArgument} if the user metadata is over 8 KB.
   */
  static ObjectAttributes fromHeaders(Map<String, String> headers) throws OssException {
    String contentType = headers.get("content-type");
    Map<String, String> userMetadata = new LinkedHashMap<>();
    int bytes = 0;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().startsWith(USER_METADATA_PREFIX)) {
        String name = header.getKey().substring(USER_METADATA_PREFIX.length());
        userMetadata.put(name, header.getValue());
        bytes += Utf8.encodedLength(name) + Utf8.encodedLength(header.getValue());
      }
    }
    if (bytes > MAX_USER_METADATA_BYTES) {
      throw OssException.invalidArgument("The user metadata of an object must be at most 8 KB.")
          .diagnosed(FineGrainedErrorCode.USER_METADATA_TOO_LARGE);
    }
    Map<String, String> httpHeaders = new LinkedHashMap<>();
    for (String name : HTTP_HEADERS) {
      String value = headers.get(name.toLowerCase(Locale.ROOT));
      if (value != null && !value.isBlank()) {
        httpHeaders.put(name, value.trim());
      }
    }
    boolean absent = contentType == null || contentType.isBlank();
    return new ObjectAttributes(absent ? DEFAULT_CONTENT_TYPE : contentType.trim(), httpHeaders, userMetadata);
  }
}
