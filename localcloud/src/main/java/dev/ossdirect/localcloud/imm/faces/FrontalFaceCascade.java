package dev.ossdirect.localcloud.imm.faces;

import dev.ossdirect.localcloud.imm.images.OpenCvRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.FileNode;
import org.bytedeco.opencv.opencv_core.FileStorage;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * OpenCV's stock frontal face detector, {@code haarcascade_frontalface_default.xml} (a boosted cascade
 * of 25 stages of Haar-like features by Rainer Lienhart), as shipped in the OpenCV platform jar.
 *
 * <p>The XML is read once from the class path (the jar holds it at
 * {@code org/bytedeco/opencv/<platform>/share/opencv4/haarcascades/}) and parsed in memory by OpenCV's
 * {@code FileStorage}; nothing is written to disk or fetched from the network. A
 * {@link CascadeClassifier} keeps scratch buffers while it detects, so it must not be shared between
 * threads: each thread gets its own, built on first use and kept for the thread's lifetime.
 *
 * <h2>Confidence</h2>
 *
 * A window is a face when it passes every stage: the sum of the weak classifiers' votes in each stage
 * reaches that stage's threshold. With {@code outputRejectLevels}, OpenCV reports for each detection
 * the final stage's sum (the "level weight"; for a group of overlapping windows, the highest among
 * them). So {@code margin = levelWeight - finalStageThreshold} is at least 0 for every detection, and
 * grows as the last and most discriminating stage is more certain. It is mapped into [0, 1] by
 *
 * <pre>    confidence = 1 - exp(-margin / 4)</pre>
 *
 * which is 0 for a window that barely passed and tends to 1. The scale 4 puts the clear frontal faces
 * of the test portraits (margins of about 7.6 and 9.3) at 0.85 and 0.90. The mapping is monotone, so
 * confidences order detections as the detector's own score does, but it is not a calibrated
 * probability: a Haar cascade has no such output, and false detections can score as high as faces.
 */
final class FrontalFaceCascade {

  static final String FILE_NAME = "haarcascade_frontalface_default.xml";
  private static final double CONFIDENCE_MARGIN_SCALE = 4.0;

  private static final Object LOCK = new Object();
  private static volatile FrontalFaceCascade instance;

  private final String xml;
  private final double finalStageThreshold;
  private final ThreadLocal<CascadeClassifier> classifiers = ThreadLocal.withInitial(this::newClassifier);

  private FrontalFaceCascade(String xml, double finalStageThreshold) {
    this.xml = xml;
    this.finalStageThreshold = finalStageThreshold;
  }

  /** The cascade, loaded on first call (with the native libraries). Thread-safe. */
  static FrontalFaceCascade get() {
    FrontalFaceCascade cascade = instance;
    if (cascade != null) {
      return cascade;
    }
    synchronized (LOCK) {
      if (instance == null) {
        OpenCvRuntime.ensureLoaded();
        String xml = readResource();
        instance = new FrontalFaceCascade(xml, readFinalStageThreshold(xml));
      }
      return instance;
    }
  }

  /** The calling thread's classifier. Do not call inside a JavaCPP {@code PointerScope}: it is kept. */
  CascadeClassifier classifierForCurrentThread() {
    return classifiers.get();
  }

  /** The threshold that the last stage's sum must reach, as read from the cascade. */
  double finalStageThreshold() {
    return finalStageThreshold;
  }

  /** The confidence in [0, 1] for a detection whose final stage summed to {@code levelWeight}. */
  double confidence(double levelWeight) {
    double margin = Math.max(0, levelWeight - finalStageThreshold);
    return 1 - Math.exp(-margin / CONFIDENCE_MARGIN_SCALE);
  }

  private CascadeClassifier newClassifier() {
    try (FileStorage storage = openInMemory(xml)) {
      CascadeClassifier classifier = new CascadeClassifier();
      if (!classifier.read(storage.getFirstTopLevelNode()) || classifier.empty()) {
        classifier.close();
        throw new IllegalStateException("OpenCV could not read the cascade " + FILE_NAME);
      }
      storage.release();
      return classifier;
    }
  }

  static String resourcePath() {
    return "/org/bytedeco/opencv/" + Loader.getPlatform() + "/share/opencv4/haarcascades/" + FILE_NAME;
  }

  private static String readResource() {
    String path = resourcePath();
    try (InputStream in = FrontalFaceCascade.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the face cascade " + path + " is not on the class path; it comes"
            + " with the opencv jar for platform " + Loader.getPlatform());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the face cascade " + path, e);
    }
  }

  private static double readFinalStageThreshold(String xml) {
    try (FileStorage storage = openInMemory(xml)) {
      FileNode stages = storage.getFirstTopLevelNode().get("stages");
      if (stages.isNone() || stages.size() == 0) {
        throw new IllegalStateException("the cascade " + FILE_NAME + " has no stages");
      }
      double threshold = stages.at((int) stages.size() - 1).get("stageThreshold").real();
      storage.release();
      return threshold;
    }
  }

  private static FileStorage openInMemory(String xml) {
    FileStorage storage = new FileStorage(xml, FileStorage.READ | FileStorage.MEMORY);
    if (!storage.isOpened()) {
      storage.close();
      throw new IllegalStateException("OpenCV could not parse the cascade " + FILE_NAME);
    }
    return storage;
  }
}
