package dev.ossdirect.localcloud.oss;

import java.util.List;

/**
 * Where the body of an object completed by a multipart upload lies: the files of its parts, linked as they
 * were into a folder of their own ({@link StorageLayout#segmentFolder}), in order. The object's file holds
 * only its metadata and this list, so completing an upload writes no byte of the body a second time.
 *
 * <p>Each segment file is a part file as UploadPart wrote it ({@link ObjectFile}): its first
 * {@code sizes.get(i)} bytes are the object's bytes, the rest is the part's own metadata.
 *
 * @param folder the name of the segments' folder in the bucket's segments folder
 * @param sizes the number of body bytes of each segment, in order; together the object's size
 */
record Segments(String folder, List<Long> sizes) {

  Segments {
    sizes = List.copyOf(sizes);
  }

  /** The object's size: the sum of the segments'. */
  long totalSize() {
    long total = 0;
    for (long size : sizes) {
      total += size;
    }
    return total;
  }
}
