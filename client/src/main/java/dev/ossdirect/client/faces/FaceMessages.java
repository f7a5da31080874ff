package dev.ossdirect.client.faces;

import com.google.gwt.i18n.client.Messages;

/**
 * What this package says: IMM's failures, and the names and values of the face attributes its answer
 * has, in English here and in Simplified Chinese in {@code FaceMessages_zh.properties}. In English a
 * value is shown as IMM writes it; a value with no translation is shown as IMM writes it in any language.
 */
public interface FaceMessages extends Messages {

  @DefaultMessage("IMM gave no response that the browser could read.")
  String noResponse();

  @DefaultMessage("Check the network connection. IMM must also allow cross-origin calls from {0}.")
  String checkNetwork(String pageOrigin);

  @DefaultMessage("IMM did not answer in time, even after several tries.")
  String timedOut();

  @DefaultMessage("Face detection failed (HTTP {0}).")
  String failed(String status);

  @DefaultMessage("IMM''s answer could not be read: {0}")
  String unreadableAnswer(String problem);

  @DefaultMessage("Type")
  String type();

  @DefaultMessage("Box")
  String box();

  @DefaultMessage("Age")
  String age();

  @DefaultMessage("Gender")
  String gender();

  @DefaultMessage("Emotion")
  String emotion();

  @DefaultMessage("Mouth")
  String mouth();

  @DefaultMessage("Beard")
  String beard();

  @DefaultMessage("Hat")
  String hat();

  @DefaultMessage("Mask")
  String mask();

  @DefaultMessage("Glasses")
  String glasses();

  @DefaultMessage("Head pose")
  String headPose();

  @DefaultMessage("pitch")
  String pitch();

  @DefaultMessage("roll")
  String roll();

  @DefaultMessage("yaw")
  String yaw();

  @DefaultMessage("Face quality")
  String faceQuality();

  @DefaultMessage("Sharpness")
  String sharpness();

  @DefaultMessage("Attractiveness")
  String attractiveness();

  @DefaultMessage("Figure ID")
  String figureId();

  @DefaultMessage("Figure cluster ID")
  String figureClusterId();

  @DefaultMessage("yes")
  String yes();

  @DefaultMessage("no")
  String no();

  @DefaultMessage("face")
  String face();

  @DefaultMessage("female")
  String female();

  @DefaultMessage("male")
  String male();

  @DefaultMessage("open")
  String open();

  @DefaultMessage("close")
  String close();

  @DefaultMessage("beard")
  String hasBeard();

  @DefaultMessage("hat")
  String wearsHat();

  @DefaultMessage("mask")
  String wearsMask();

  @DefaultMessage("glasses")
  String wearsGlasses();

  @DefaultMessage("sunglasses")
  String wearsSunglasses();

  @DefaultMessage("none")
  String none();

  @DefaultMessage("none")
  String noEmotion();

  @DefaultMessage("happiness")
  String happiness();

  @DefaultMessage("surprise")
  String surprise();

  @DefaultMessage("sadness")
  String sadness();

  @DefaultMessage("anger")
  String anger();

  @DefaultMessage("disgust")
  String disgust();

  @DefaultMessage("fear")
  String fear();

  @DefaultMessage("calm")
  String calm();
}
