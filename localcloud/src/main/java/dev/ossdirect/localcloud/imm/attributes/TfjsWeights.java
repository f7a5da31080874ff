package dev.ossdirect.localcloud.imm.attributes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * The weights of a TensorFlow.js graph model: its {@code weightsManifest} read against the weight
 * shards it names, each weight decoded to the little-endian bytes TensorFlow keeps a tensor's content in.
 *
 * <p>The shards hold the weights one after the other, in the manifest's order, as one byte stream cut
 * into files. Each weight is {@code float32} or {@code int32} as stored, or {@code float32} stored as
 * IEEE half floats ({@code "quantization": {"dtype": "float16"}}), which are widened here exactly: a
 * half float has a float of the same value. The affine 8- and 16-bit quantizations of TensorFlow.js are
 * not read (no model used here has them), and a manifest that uses one is refused rather than misread.
 */
final class TfjsWeights {

  /** A weight: its element type as TensorFlow names it, its shape, and its content. */
  record Weight(String dtype, long[] shape, byte[] content) {}

  /** Opens a shard named in the manifest. */
  @FunctionalInterface
  interface ShardSource {
    InputStream open(String path) throws IOException;
  }

  private final Map<String, Weight> byName;

  private TfjsWeights(Map<String, Weight> byName) {
    this.byName = byName;
  }

  /**
   * Reads every weight of {@code manifest} (the model's {@code weightsManifest}) from the shards
   * {@code shards} opens.
   *
   * @throws IOException if a shard cannot be read, or the manifest asks for more bytes than its shards hold
   * @throws IllegalArgumentException if the manifest uses a type or quantization not read here
   */
  static TfjsWeights read(JsonNode manifest, ShardSource shards) throws IOException {
    Map<String, Weight> weights = new HashMap<>();
    for (JsonNode group : manifest) {
      ByteBuffer data = ByteBuffer.wrap(concatenate(group.get("paths"), shards)).order(ByteOrder.LITTLE_ENDIAN);
      for (JsonNode spec : group.get("weights")) {
        String name = spec.get("name").asText();
        long[] shape = new long[spec.get("shape").size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
          shape[i] = spec.get("shape").get(i).asLong();
          count *= shape[i];
        }
        weights.put(name, decode(name, spec, shape, Math.toIntExact(count), data));
      }
      if (data.hasRemaining()) {
        throw new IOException("the shards " + group.get("paths") + " hold " + data.remaining()
            + " bytes more than their weights");
      }
    }
    return new TfjsWeights(weights);
  }

  /** The weight called {@code name}, or {@code null}. */
  Weight get(String name) {
    return byName.get(name);
  }

  private static Weight decode(String name, JsonNode spec, long[] shape, int count, ByteBuffer data)
      throws IOException {
    String dtype = spec.get("dtype").asText();
    JsonNode quantization = spec.get("quantization");
    String stored = quantization == null || quantization.isNull() ? dtype : quantization.get("dtype").asText();
    if (!dtype.equals("float32") && !dtype.equals("int32")) {
      throw new IllegalArgumentException("weight " + name + " is of type " + dtype + ", not float32 or int32");
    }
    if (!stored.equals(dtype) && !(stored.equals("float16") && dtype.equals("float32"))) {
      throw new IllegalArgumentException("weight " + name + " is quantized as " + stored
          + "; only float16 for float32 weights is read");
    }
    int storedSize = stored.equals("float16") ? 2 : 4;
    if (data.remaining() < (long) count * storedSize) {
      throw new IOException("the shards end inside weight " + name);
    }
    ByteBuffer content = ByteBuffer.allocate(count * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      if (storedSize == 2) {
        content.putFloat(HalfFloat.toFloat(data.getShort()));
      } else {
        content.putInt(data.getInt());
      }
    }
    return new Weight(dtype, shape, content.array());
  }

  private static byte[] concatenate(JsonNode paths, ShardSource shards) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (JsonNode path : paths) {
      try (InputStream in = shards.open(path.asText())) {
        in.transferTo(all);
      }
    }
    return all.toByteArray();
  }
}
