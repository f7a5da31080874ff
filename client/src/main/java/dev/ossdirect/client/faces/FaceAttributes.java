package dev.ossdirect.client.faces;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.client.text.Decimals;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one face of IMM's answer into table rows, showing exactly the attributes the answer has. The
 * local cloud reports a few (type, confidence, sharpness, box, emotion); the real IMM adds age, gender,
 * head pose, mouth, beard, hat, mask, glasses, quality and more. Known attributes get a readable label,
 * their {@code …Confidence} beside them as a percentage, and a fixed order; any other attribute is shown
 * under its own name after them, so nothing IMM says is hidden. Labels and the values IMM documents are
 * in the page's language ({@link FaceMessages}); names and values it does not document are shown as IMM
 * writes them.
 */
final class FaceAttributes {

  private static final FaceMessages MESSAGES = GWT.create(FaceMessages.class);

  /** Attributes with a categorical value and a {@code <name>Confidence}, after type, box and age. */
  private static final String[][] CATEGORIES = {
    {"Gender", MESSAGES.gender()},
    {"Emotion", MESSAGES.emotion()},
    {"Mouth", MESSAGES.mouth()},
    {"Beard", MESSAGES.beard()},
    {"Hat", MESSAGES.hat()},
    {"Mask", MESSAGES.mask()},
    {"Glasses", MESSAGES.glasses()},
  };

  /** Scores from 0 to 1, shown with two decimals. */
  private static final String[][] SCORES = {
    {"FaceQuality", MESSAGES.faceQuality()},
    {"Sharpness", MESSAGES.sharpness()},
    {"Attractive", MESSAGES.attractiveness()},
  };

  private static final String[][] IDENTIFIERS = {
    {"FigureId", MESSAGES.figureId()},
    {"FigureClusterId", MESSAGES.figureClusterId()},
  };

  /** IMM's names of the head's angles, and their words on the page. */
  private static final String[][] HEAD_POSE_ANGLES = {
    {"Pitch", MESSAGES.pitch()},
    {"Roll", MESSAGES.roll()},
    {"Yaw", MESSAGES.yaw()},
  };

  private final JsonObject face;
  private final FaceBoundary boundary;
  private final List<FaceAttribute> rows = new ArrayList<>();
  /** The names already in a row: a few dozen at most, so a list (the script then needs no hash set). */
  private final List<String> shown = new ArrayList<>();

  private FaceAttributes(JsonObject face, FaceBoundary boundary) {
    this.face = face;
    this.boundary = boundary;
  }

  /** The rows for {@code face}, one of the objects in IMM's {@code Faces}, whose box is {@code boundary}. */
  static List<FaceAttribute> of(JsonObject face, FaceBoundary boundary) {
    FaceAttributes attributes = new FaceAttributes(face, boundary);
    attributes.addCategory("FigureType", MESSAGES.type());
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
    add(name, label, value instanceof String ? word(name, (String) value) : describe(value),
        confidence == null ? "" : Decimals.percent(confidence));
    if (confidence != null) {
      shown.add(confidenceName);
    }
  }

  private void addBox() {
    if (face.get("Boundary") != null) {
      add("Boundary", MESSAGES.box(), boundary != null ? boundary.describe() : describe(face.get("Boundary")), "");
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
    add("Age", MESSAGES.age(), value, "");
  }

  private void addHeadPose() {
    JsonObject pose = face.object("HeadPose");
    if (pose == null) {
      return;
    }
    StringBuilder value = new StringBuilder();
    List<String> angles = new ArrayList<>();
    for (String[] angle : HEAD_POSE_ANGLES) {
      Double degrees = pose.number(angle[0]);
      if (degrees != null) {
        appendPart(value, angle[1] + " " + Decimals.format(degrees, 1) + "\u00b0");
        angles.add(angle[0]);
      }
    }
    for (String other : pose.names()) {
      if (!angles.contains(other)) {
        appendPart(value, other + " " + describe(pose.get(other)));
      }
    }
    add("HeadPose", MESSAGES.headPose(), value.toString(), "");
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
      return ((Boolean) value) ? MESSAGES.yes() : MESSAGES.no();
    }
    JsonObject object = JsonObject.of(value);
    if (object != null) {
      StringBuilder out = new StringBuilder();
      for (String name : object.names()) {
        appendPart(out, name + " " + describe(object.get(name)));
      }
      return out.toString();
    }
    List<?> items = JsonObject.items(value);
    if (items != null) {
      StringBuilder out = new StringBuilder();
      for (Object item : items) {
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

  /** The categorical {@code value} of attribute {@code name} in the page's language, if IMM documents it. */
  private static String word(String name, String value) {
    switch (name + "=" + value) {
      case "FigureType=face":
        return MESSAGES.face();
      case "Gender=female":
        return MESSAGES.female();
      case "Gender=male":
        return MESSAGES.male();
      case "Mouth=open":
        return MESSAGES.open();
      case "Mouth=close":
        return MESSAGES.close();
      case "Beard=beard":
        return MESSAGES.hasBeard();
      case "Hat=hat":
        return MESSAGES.wearsHat();
      case "Mask=mask":
        return MESSAGES.wearsMask();
      case "Glasses=glasses":
        return MESSAGES.wearsGlasses();
      case "Glasses=sunglasses":
        return MESSAGES.wearsSunglasses();
      case "Beard=none":
      case "Hat=none":
      case "Mask=none":
      case "Glasses=none":
        return MESSAGES.none();
      case "Emotion=none":
        return MESSAGES.noEmotion();
      case "Emotion=happiness":
        return MESSAGES.happiness();
      case "Emotion=surprise":
        return MESSAGES.surprise();
      case "Emotion=sadness":
        return MESSAGES.sadness();
      case "Emotion=anger":
        return MESSAGES.anger();
      case "Emotion=disgust":
        return MESSAGES.disgust();
      case "Emotion=fear":
        return MESSAGES.fear();
      case "Emotion=calm":
        return MESSAGES.calm();
      default:
        return value;
    }
  }
}
