package dev.ossdirect.localcloud.imm.attributes;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromTensorflow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.imm.images.OpenCvRuntime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.junit.jupiter.api.Test;

/**
 * A one-pixel convolution written by {@link GraphDefWriter} and run by OpenCV: {@code relu(2 x - 1)} on
 * four pixels, with the bias and the activation fused into the convolution as TensorFlow.js writes it.
 */
class GraphDefWriterTest {

  private static final float[] INPUT = {0f, 0.25f, 1f, 3f};

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The model.json topology of the convolution, fusing {@code fusedOps}. */
  private static JsonNode topology(List<String> fusedOps, String biasName) throws IOException {
    String fused = fusedOps.stream().map(op -> "\"" + base64(op) + "\"").collect(Collectors.joining(", "));
    String json = """
        {"node": [
          {"name": "input", "op": "Placeholder", "attr": {"dtype": {"type": "DT_FLOAT"},
            "shape": {"shape": {"dim": [{"size": "-1"}, {"size": "2"}, {"size": "2"}, {"size": "1"}]}}}},
          {"name": "kernel", "op": "Const", "attr": {"dtype": {"type": "DT_FLOAT"}, "value": {"tensor": {"dtype": "DT_FLOAT"}}}},
          {"name": "bias", "op": "Const", "attr": {"dtype": {"type": "DT_FLOAT"}, "value": {"tensor": {"dtype": "DT_FLOAT"}}}},
          {"name": "out", "op": "_FusedConv2D", "input": ["input", "kernel", "%s"], "attr": {
            "T": {"type": "DT_FLOAT"}, "strides": {"list": {"i": ["1", "1", "1", "1"]}},
            "padding": {"s": "%s"}, "data_format": {"s": "%s"},
            "dilations": {"list": {"i": ["1", "1", "1", "1"]}}, "fused_ops": {"list": {"s": [%s]}},
            "num_args": {"i": "1"}, "epsilon": {"f": 0}}}
        ], "versions": {"producer": 440}}"""
        .formatted(biasName, base64("VALID"), base64("NHWC"), fused);
    return new ObjectMapper().readTree(json);
  }

  private static TfjsWeights weights() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree("""
        [{"paths": ["w.bin"], "weights": [
          {"name": "kernel", "shape": [1, 1, 1, 1], "dtype": "float32"},
          {"name": "bias", "shape": [1], "dtype": "float32"}]}]""");
    byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(2f).putFloat(-1f).array();
    return TfjsWeights.read(manifest, path -> new ByteArrayInputStream(bytes));
  }

  @SuppressWarnings("try")
  private static float[] run(byte[] graphDef) {
    OpenCvRuntime.ensureLoaded();
    try (PointerScope scope = new PointerScope()) {
      Net net = readNetFromTensorflow(new BytePointer(graphDef), graphDef.length);
      Mat input = new Mat(new int[] {1, 1, 2, 2}, CV_32F);
      new FloatPointer(input.data()).put(INPUT);
      net.setInput(input);
      Mat output = net.forward(); // the last layer: OpenCV may merge a bias into its convolution, and its name
      float[] values = new float[(int) output.total()];
      new FloatPointer(output.data()).get(values);
      return values;
    }
  }

  @Test
  void aConvolutionFusedWithItsBiasAndReluRunsAsTheThree() throws IOException {
    byte[] graph = GraphDefWriter.write(topology(List.of("BiasAdd", "Relu"), "bias"), weights());
    assertArrayEquals(new float[] {0f, 0f, 1f, 5f}, run(graph), 1e-6f);
  }

  @Test
  void aConvolutionFusedWithItsBiasAloneKeepsNegativeValues() throws IOException {
    byte[] graph = GraphDefWriter.write(topology(List.of("BiasAdd"), "bias"), weights());
    assertArrayEquals(new float[] {-1f, -0.5f, 1f, 5f}, run(graph), 1e-6f);
  }

  @Test
  void refusesAFusionItDoesNotWrite() throws IOException {
    JsonNode leaky = topology(List.of("BiasAdd", "LeakyRelu"), "bias");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GraphDefWriter.write(leaky, weights()));
    assertTrue(e.getMessage().contains("LeakyRelu"), e.getMessage());
  }

  @Test
  void refusesAConstantWithoutItsWeight() throws IOException {
    JsonNode topology = topology(List.of("BiasAdd", "Relu"), "bias");
    JsonNode manifest = new ObjectMapper().readTree("""
        [{"paths": ["w.bin"], "weights": [{"name": "kernel", "shape": [1, 1, 1, 1], "dtype": "float32"}]}]""");
    TfjsWeights kernelOnly = TfjsWeights.read(manifest, path -> new ByteArrayInputStream(new byte[4]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GraphDefWriter.write(topology, kernelOnly));
    assertTrue(e.getMessage().contains("bias"), e.getMessage());
  }
}
