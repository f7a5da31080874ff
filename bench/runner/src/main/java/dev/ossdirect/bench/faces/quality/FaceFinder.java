package dev.ossdirect.bench.faces.quality;

import java.util.List;

/**
 * A detector under evaluation, as the local IMM runs it for DetectImageFaces: from the encoded picture
 * (decoding included) to the faces in it.
 */
public interface FaceFinder {

  /** What the report calls it. */
  String name();

  /** The faces in {@code encodedPicture}, boxes in its own pixels. */
  List<Detection> find(byte[] encodedPicture) throws Exception;
}
