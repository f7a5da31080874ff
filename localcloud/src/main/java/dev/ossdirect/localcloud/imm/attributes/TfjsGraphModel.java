package dev.ossdirect.localcloud.imm.attributes;

import static org.bytedeco.opencv.global.opencv_dnn.readNetFromTensorflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.imm.images.OpenCvRuntime;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
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
 * its intermediate blobs while it runs, so it must not be used by two threads at once. The model keeps
 * a pool of at most as many networks as the machine has processors, each built from the bytes when
 * first needed: a call borrows one, or waits for one (a run takes milliseconds), so that the native
 * memory the networks hold is bounded whatever the number of threads serving requests.
 */
final class TfjsGraphModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final byte[] graphDef;
  private final int maxNets;
  private final BlockingQueue<Net> idle = new LinkedBlockingQueue<>();
  private int built; // guarded by this

  private TfjsGraphModel(String name, byte[] graphDef, int maxNets) {
    this.name = name;
    this.graphDef = graphDef;
    this.maxNets = maxNets;
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
    TfjsGraphModel loaded = new TfjsGraphModel(name, GraphDefWriter.write(model.get("modelTopology"), weights),
        Runtime.getRuntime().availableProcessors());
    loaded.run(net -> net); // builds the first network, so that OpenCV's refusal comes now
    return loaded;
  }

  /**
   * {@code use} applied to a network of this model that no other thread uses meanwhile; it must not
   * keep the network. Do not call inside a JavaCPP {@code PointerScope}: a network built here is kept.
   *
   * @throws IllegalStateException if the thread is interrupted while it waits for a network
   */
  <T> T run(Function<Net, T> use) {
    Net net = borrow();
    try {
      return use.apply(net);
    } finally {
      idle.add(net);
    }
  }

  /** How many networks the pool has built so far: at most the number of processors. */
  synchronized int networksBuilt() {
    return built;
  }

  private Net borrow() {
    Net net = idle.poll();
    if (net != null) {
      return net;
    }
    synchronized (this) {
      if (built < maxNets) {
        net = newNet();
        built++;
        return net;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a network of the model " + name, e);
    }
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
