package dev.ossdirect.bench.faces.quality;

import java.util.List;

/**
 * One picture of the labelled set: its encoded bytes, as a detector receives them, and the faces the
 * transforms that made it put in it.
 *
 * @param name what was done to which source, e.g. {@code grace_hopper turned +20°}
 * @param group the kind of transform, one row of the report
 */
public record LabelledPicture(String name, String group, byte[] encoded, int width, int height,
    List<TrueFace> faces) {

  public LabelledPicture {
    faces = List.copyOf(faces);
  }
}
