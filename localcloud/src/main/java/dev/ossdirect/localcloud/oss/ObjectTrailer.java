package dev.ossdirect.localcloud.oss;

/**
 * What an object file says about its object ({@link ObjectFile}): the metadata, and for an object a
 * multipart upload completed, the segments that hold its body instead of the file itself.
 *
 * @param metadata the object's metadata
 * @param segments where the body lies, or {@code null} if it is the file's own prefix
 */
record ObjectTrailer(ObjectMetadata metadata, Segments segments) {

  boolean isSegmented() {
    return segments != null;
  }
}
