package dev.ossdirect.client.faces;

import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.client.text.Decimals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one face of IMM's answer into table rows, showing exactly the attributes the answer has. The
 * local cloud reports a few (type, confidence, sharpness, box, emotion); the real IMM adds age, gender,
 * head pose, mouth, beard, hat, mask, glasses, quality and more. Known attributes get a readable label,
 * their {@code …Confidence} beside them as a percentage, and a fixed order; any other attribute is shown
 * under its own name after them, so nothing IMM says is hidden.
 */
final class FaceAttributes {

  /** Attributes with a categorical value and a {@code <name>Confidence}, after type, box and age. */
  private static final String[][] CATEGORIES = {
    {"Gender", "Gender"},
    {"Emotion", "Emotion"},
    {"Mouth", "Mouth"},
    {"Beard", "Beard"},
    {"Hat", "Hat"},
    {"Mask", "Mask"},
    {"Glasses", "Glasses"},
  };

  /** Scores from 0 to 1, shown with two decimals. */
  private static final String[][] SCORES = {
    {"FaceQuality", "Face quality"},
    {"Sharpness", "Sharpness"},
    {"Attractive", "Attractiveness"},
  };

  private static final String[][] IDENTIFIERS = {
    {"FigureId", "Figure ID"},
    {"FigureClusterId", "Figure cluster ID"},
  };

  private static final String[] HEAD_POSE_ANGLES = {"Pitch", "Roll", "Yaw"};

  private final JsonObject face;
  private final FaceBoundary boundary;
  private final List<FaceAttribute> rows = new ArrayList<>();
  private final Set<String> shown = new HashSet<>();

  private FaceAttributes(JsonObject face, FaceBoundary boundary) {
    this.face = face;
    this.boundary = boundary;
  }

  /** The rows for {@code face}, one of the objects in IMM's {@code Faces}, whose box is {@code boundary}. */
  static List<FaceAttribute> of(JsonObject face, FaceBoundary boundary) {
    FaceAttributes attributes = new FaceAttributes(face, boundary);
    attributes.addCategory("FigureType", "Type");
    attributes.addBox();
    attributes.addAge();
    for (String[] category : CATEGORIES) {
      attributes.addCategory(category[0], category[1]);
    }
    attributes.addHeadPose();
    for (String[] score : SCORES) {
      attributes.addNumber(score[0], score[1], 2);
    }
    for (String[] identifier : IDENTIFIERS) {
      attributes.addText(identifier[0], identifier[1]);
    }
    attributes.addTheRest();
    return attributes.rows;
  }

  private void addCategory(String name, String label) {
    Object value = face.get(name);
    if (value == null) {
      return;
    }
    String confidenceName = name.equals("FigureType") ? "FigureConfidence" : name + "Confidence";
    Double confidence = face.number(confidenceName);
    add(name, label, describe(value), confidence == null ? "" : Decimals.percent(confidence));
    if (confidence != null) {
      shown.add(confidenceName);
    }
  }

  private void addBox() {
    if (face.get("Boundary") != null) {
      add("Boundary", "Box", boundary != null ? boundary.describe() : describe(face.get("Boundary")), "");
    }
  }

  private void addAge() {
    Double age = face.number("Age");
    if (age == null) {
      return;
    }
    Double deviation = face.number("AgeSD");
    String value = Decimals.format(age, 1);
    if (deviation != null) {
      value += " \u00b1 " + Decimals.format(deviation, 1);
      shown.add("AgeSD");
    }
    add("Age", "Age", value, "");
  }

  private void addHeadPose() {
    JsonObject pose = face.object("HeadPose");
    if (pose == null) {
      return;
    }
    StringBuilder value = new StringBuilder();
    Set<String> angles = new HashSet<>();
    for (String angle : HEAD_POSE_ANGLES) {
      Double degrees = pose.number(angle);
      if (degrees != null) {
        appendPart(value, lowerFirst(angle) + " " + Decimals.format(degrees, 1) + "\u00b0");
        angles.add(angle);
      }
    }
    for (String other : pose.names()) {
      if (!angles.contains(other)) {
        appendPart(value, other + " " + describe(pose.get(other)));
      }
    }
    add("HeadPose", "Head pose", value.toString(), "");
  }

  private void addNumber(String name, String label, int decimals) {
    Double number = face.number(name);
    if (number != null) {
      add(name, label, Decimals.format(number, decimals), "");
    }
  }

  private void addText(String name, String label) {
    if (face.get(name) != null) {
      add(name, label, describe(face.get(name)), "");
    }
  }

  private void addTheRest() {
    for (String name : face.names()) {
      if (!shown.contains(name) && face.get(name) != null) {
        add(name, name, describe(face.get(name)), "");
      }
    }
  }

  private void add(String name, String label, String value, String confidence) {
    shown.add(name);
    rows.add(new FaceAttribute(label, value, confidence));
  }

  /** Any JSON value in words: numbers rounded, objects as {@code name value} pairs. */
  private static String describe(Object value) {
    if (value == null) {
      return "\u2014";
    }
    if (value instanceof Double) {
      return Decimals.format((Double) value, 3);
    }
    if (value instanceof Boolean) {
      return ((Boolean) value) ? "yes" : "no";
    }
    JsonObject object = JsonObject.of(value);
    if (object != null) {
      StringBuilder out = new StringBuilder();
      for (String name : object.names()) {
        appendPart(out, name + " " + describe(object.get(name)));
      }
      return out.toString();
    }
    if (value instanceof List) {
      StringBuilder out = new StringBuilder();
      for (Object item : (List<?>) value) {
        appendPart(out, describe(item));
      }
      return out.toString();
    }
    return String.valueOf(value);
  }

  private static void appendPart(StringBuilder out, String part) {
    if (out.length() > 0) {
      out.append(", ");
    }
    out.append(part);
  }

  private static String lowerFirst(String word) {
    return Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }
}
