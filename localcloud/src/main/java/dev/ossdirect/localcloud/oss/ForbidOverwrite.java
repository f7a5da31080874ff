package dev.ossdirect.localcloud.oss;

import java.util.Map;

/**
 * The {@code x-oss-forbid-overwrite} header of PutObject, InitiateMultipartUpload and
 * CompleteMultipartUpload. With {@code true}, a write that would replace an existing object fails with
 * {@code FileAlreadyExists} (409) and the object stays as it was; with {@code false}, or without the header,
 * the write replaces it, as by default. Any other value is {@code InvalidArgument}, as in OSS.
 *
 * <p>PutObject checks before it reads the body, so a refused upload sends no bytes to disk, and again
 * when it publishes the object: the object is put in place only if no object has that key at that
 * instant ({@link DurableFiles#moveIntoPlaceIfAbsent}), so of two such writes racing for a new key exactly
 * one succeeds. InitiateMultipartUpload refuses to start an upload whose object already exists; only the
 * header of CompleteMultipartUpload guards the write of the assembled object, and a refused completion
 * leaves the upload and its parts in place, to be completed otherwise or aborted.
 */
final class ForbidOverwrite {

  static final String HEADER = "x-oss-forbid-overwrite";

  private ForbidOverwrite() {}

  /**
   * Whether {@code headers} (lower-case names) forbid replacing an existing object; {@code InvalidArgument}
   * for a value other than {@code true} or {@code false}.
   */
  static boolean requested(Map<String, String> headers) throws OssException {
    String value = headers.get(HEADER);
    if (value == null || value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    throw OssException.invalidArgument(HEADER + " must be true or false.")
        .with("ArgumentName", HEADER)
        .with("ArgumentValue", value);
  }

  /** 409 {@code FileAlreadyExists}: the write would have replaced an object. */
  static OssException fileAlreadyExists() {
    return new OssException(409, "FileAlreadyExists",
        "The object you specified already exists and can not be overwritten.");
  }
}
