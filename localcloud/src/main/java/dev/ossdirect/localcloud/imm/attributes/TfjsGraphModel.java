package dev.ossdirect.localcloud.imm.attributes;

import static org.bytedeco.opencv.global.opencv_dnn.readNetFromTensorflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.imm.images.OpenCvRuntime;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * A TensorFlow.js graph model read from the class path and run by OpenCV's deep learning module
 * ({@code cv::dnn}), which the OpenCV platform jar already carries: no other inference engine, and no
 * other native library, is needed.
 *
 * <p>The model's {@code model.json} and weight shards are read once, converted to a TensorFlow
 * {@code GraphDef} in memory ({@link GraphDefWriter}, {@link TfjsWeights}), and kept as those bytes;
 * the conversion is the same on every load, and nothing is written to disk. An OpenCV {@link Net} keeps
 * its intermediate blobs while it runs, so it must not be shared between threads: each thread builds
 * its own from the bytes on first use and keeps it.
 */
final class TfjsGraphModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final byte[] graphDef;
  private final ThreadLocal<Net> nets = ThreadLocal.withInitial(this::newNet);

  private TfjsGraphModel(String name, byte[] graphDef) {
    this.name = name;
    this.graphDef = graphDef;
  }

  /**
   * Reads the model {@code <folder>/<name>.json} and its shards (named in it, in the same folder) from
   * the class path, converts it, and builds a network once to check that OpenCV takes it.
   *
   * @throws IOException if a file is missing or unreadable
   * @throws IllegalArgumentException if the model holds what the conversion does not write
   * @throws IllegalStateException if OpenCV cannot load the native libraries or refuses the graph
   */
  static TfjsGraphModel load(String folder, String name) throws IOException {
    OpenCvRuntime.ensureLoaded();
    JsonNode model;
    try (InputStream in = open(folder + "/" + name + ".json")) {
      model = JSON.readTree(in);
    }
    TfjsWeights weights = TfjsWeights.read(model.get("weightsManifest"), path -> open(folder + "/" + path));
    TfjsGraphModel loaded = new TfjsGraphModel(name, GraphDefWriter.write(model.get("modelTopology"), weights));
    loaded.netForCurrentThread();
    return loaded;
  }

  /** The calling thread's network. Do not call inside a JavaCPP {@code PointerScope}: it is kept. */
  Net netForCurrentThread() {
    return nets.get();
  }

  /** The model's name, as its file is named. */
  String name() {
    return name;
  }

  private Net newNet() {
    BytePointer bytes = new BytePointer(graphDef);
    try {
      return readNetFromTensorflow(bytes, graphDef.length);
    } catch (RuntimeException e) { // cv::Exception from the importer
      throw new IllegalStateException("OpenCV could not import the model " + name + ": " + e.getMessage(), e);
    } finally {
      bytes.deallocate();
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = TfjsGraphModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new FileNotFoundException("the class path has no " + resource);
    }
    return in;
  }
}
