package dev.ossdirect.localcloud.imm.attributes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfjsWeightsTest {

  private static final String MANIFEST = """
      [{"paths": ["a.bin", "b.bin"], "weights": [
        {"name": "w", "shape": [2, 1], "dtype": "float32"},
        {"name": "axes", "shape": [1], "dtype": "int32"},
        {"name": "h", "shape": [2], "dtype": "float32", "quantization": {"dtype": "float16", "original_dtype": "float32"}}
      ]}]""";

  /** The shard bytes: two floats, an int, two half floats (1.0 and -2.0), split into two files mid-weight. */
  private static byte[] allBytes() {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    b.putFloat(0.5f).putFloat(-3f).putInt(7).putShort((short) 0x3c00).putShort((short) 0xc000);
    return b.array();
  }

  private static TfjsWeights read(String manifest, byte[] all) throws IOException {
    JsonNode json = new ObjectMapper().readTree(manifest);
    Map<String, byte[]> shards = Map.of("a.bin", Arrays.copyOf(all, 6), "b.bin", Arrays.copyOfRange(all, 6, all.length));
    return TfjsWeights.read(json, path -> new ByteArrayInputStream(shards.get(path)));
  }

  private static ByteBuffer content(TfjsWeights weights, String name) {
    return ByteBuffer.wrap(weights.get(name).content()).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void readsEachWeightAcrossShardsWidenedToFloat32() throws IOException {
    TfjsWeights weights = read(MANIFEST, allBytes());
    assertEquals("float32", weights.get("w").dtype());
    assertArrayEquals(new long[] {2, 1}, weights.get("w").shape());
    assertEquals(0.5f, content(weights, "w").getFloat(0));
    assertEquals(-3f, content(weights, "w").getFloat(4));
    assertEquals(7, content(weights, "axes").getInt(0));
    assertEquals(8, weights.get("h").content().length); // two half floats made two floats
    assertEquals(1f, content(weights, "h").getFloat(0));
    assertEquals(-2f, content(weights, "h").getFloat(4));
    assertNull(weights.get("absent"));
  }

  @Test
  void refusesShardsOneByteShort() {
    byte[] all = allBytes();
    IOException e = assertThrows(IOException.class, () -> read(MANIFEST, Arrays.copyOf(all, all.length - 1)));
    assertTrue(e.getMessage().contains("weight h"), e.getMessage());
  }

  @Test
  void refusesShardsOneByteLong() {
    byte[] all = allBytes();
    IOException e = assertThrows(IOException.class, () -> read(MANIFEST, Arrays.copyOf(all, all.length + 1)));
    assertTrue(e.getMessage().contains("1 bytes more"), e.getMessage());
  }

  @Test
  void refusesTheAffineQuantizationsRatherThanMisreadThem() {
    String uint8 = MANIFEST.replace("\"dtype\": \"float16\"", "\"dtype\": \"uint8\", \"scale\": 0.1, \"min\": 0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(uint8, allBytes()));
    assertTrue(e.getMessage().contains("uint8"), e.getMessage());
  }
}
