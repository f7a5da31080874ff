package dev.ossdirect.localcloud.imm.attributes;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;

import dev.ossdirect.localcloud.imm.faces.Boundary;
import dev.ossdirect.localcloud.imm.images.GrayImage;
import java.io.IOException;
import java.util.Objects;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * Tells whether a face is happy, with the facial expression model that the Human library uses
 * ({@code emotion.json}: Octavio Arriaga's mini-Xception trained on FER-2013, seven expressions), run as
 * Human runs it ({@code src/gear/emotion.ts}): the face cut out as {@link FaceCrop} describes, resized to
 * 64 x 64, in grayscale ({@code 0.2989 R + 0.5870 G + 0.1140 B}, the weights of the decoder's own
 * grayscale, so the decoded {@link GrayImage} is used as it is), scaled from [0, 1] to [-1, 1].
 *
 * <p>Only one thing is read from the seven probabilities: that of {@code happy}, which gives IMM's
 * {@code happiness} or {@code none} ({@link FaceEmotion#ofHappiness}). The six others are not reported:
 * IMM has no value for them, and the model's choice among them changed with a 15% change in the size
 * of the face's box on the test portraits, while happy-or-not did not.
 *
 * <p>A classifier is safe to share between threads (see {@link TfjsGraphModel} for how they share the
 * model's networks).
 */
public final class EmotionClassifier {

  static final String RESOURCE_FOLDER = "/dev/ossdirect/localcloud/imm/attributes";
  static final String MODEL = "emotion";
  static final String OUTPUT = "StatefulPartitionedCall/model_1/predictions/Softmax";
  static final int INPUT_SIDE = 64;
  /** The model's classes, in the order of its output (Human's {@code annotations} for this model). */
  static final String[] CLASSES = {"angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"};
  private static final int HAPPY = 3;

  private final TfjsGraphModel model;

  private EmotionClassifier(TfjsGraphModel model) {
    this.model = model;
  }

  /**
   * Loads the model from the class path, converts it, and checks that OpenCV runs it.
   *
   * @throws IllegalStateException if it is missing, unreadable, or refused by OpenCV, with the reason
   */
  public static EmotionClassifier load() {
    return load(RESOURCE_FOLDER);
  }

  /** {@link #load()} from another folder of the class path. */
  static EmotionClassifier load(String folder) {
    try {
      return new EmotionClassifier(TfjsGraphModel.load(folder, MODEL));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the facial expression model " + folder + "/" + MODEL
          + ".json could not be loaded: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the face at {@code boundary} (in the pixels of the picture {@code image} was decoded from)
   * is happy.
   */
  public FaceEmotion classify(GrayImage image, Boundary boundary) {
    return FaceEmotion.ofHappiness(probabilities(image, boundary, FaceCrop.ENLARGEMENT)[HAPPY]);
  }

  /** The model's seven probabilities, in the order of {@link #CLASSES}, the box enlarged {@code enlargement} times. */
  float[] probabilities(GrayImage image, Boundary boundary, double enlargement) {
    Objects.requireNonNull(boundary, "boundary");
    return model.run(net -> probabilities(net, image, boundary, enlargement));
  }

  /** How many networks the model has built so far (see {@link TfjsGraphModel}). */
  int networksBuilt() {
    return model.networksBuilt();
  }

  @SuppressWarnings("try") // the scope is only there to be closed
  private static float[] probabilities(Net net, GrayImage image, Boundary boundary, double enlargement) {
    try (PointerScope scope = new PointerScope()) {
      double scaleX = (double) image.width() / image.sourceWidth();
      double scaleY = (double) image.height() / image.sourceHeight();
      double growth = enlargement / FaceCrop.ENLARGEMENT; // the crop enlarges by ENLARGEMENT itself
      double width = boundary.width() * scaleX * growth;
      double height = boundary.height() * scaleY * growth;
      double centreX = (boundary.left() + boundary.width() / 2.0) * scaleX;
      double centreY = (boundary.top() + boundary.height() / 2.0) * scaleY;
      Mat face = FaceCrop.cut(image.pixels(), centreX - width / 2, centreY - height / 2, width, height);
      Mat small = FaceCrop.resize(face, INPUT_SIDE);
      Mat input = new Mat();
      small.convertTo(input, CV_32F, 2.0 / 255, -1.0); // [0, 255] to [-1, 1]
      net.setInput(blobFromImage(input));
      Mat output = net.forward(OUTPUT);
      float[] probabilities = new float[CLASSES.length];
      new FloatPointer(output.data()).get(probabilities);
      return probabilities;
    }
  }
}
