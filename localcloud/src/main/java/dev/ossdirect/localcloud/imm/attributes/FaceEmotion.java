package dev.ossdirect.localcloud.imm.attributes;

/**
 * What {@link EmotionClassifier} found a face to express.
 *
 * @param emotion {@link Emotion#HAPPINESS} when the model finds a happy face more likely than not,
 *     {@link Emotion#NONE} otherwise
 * @param confidence the model's probability of that answer, in [0.5, 1]: {@code p} for happiness,
 *     {@code 1 - p} for none, with {@code p} its probability of a happy face
 */
public record FaceEmotion(Emotion emotion, double confidence) {

  public FaceEmotion {
    if (emotion == null || !(confidence >= 0.5 && confidence <= 1)) {
      throw new IllegalArgumentException("an emotion needs a value and a confidence in [0.5, 1], not "
          + emotion + " and " + confidence);
    }
  }

  /** The answer for a model's probability {@code happiness} (in [0, 1]) that a face is happy. */
  static FaceEmotion ofHappiness(double happiness) {
    return happiness > 0.5
        ? new FaceEmotion(Emotion.HAPPINESS, happiness)
        : new FaceEmotion(Emotion.NONE, 1 - happiness);
  }
}
