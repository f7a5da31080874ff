package dev.ossdirect.localcloud.imm.faces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many channels ONNX Runtime's CPU convolutions take in one block (its NCHWc layout) on this
 * processor: 16 where the processor and the kernel offer AVX-512F, 8 otherwise (MLAS's
 * {@code MlasNchwcGetBlockSize} on x86-64, the only platform the project ships for). A convolution
 * whose channels are not a multiple of it runs in the plain layout, between reorders.
 *
 * <p>Read from {@code /proc/cpuinfo}, whose flags list only what the kernel lets programs use; where
 * it cannot be read, 8: the block no model change here relies on.
 */
final class ConvolutionBlock {

  static final int AVX512_CHANNELS = 16;
  static final int DEFAULT_CHANNELS = 8;

  private ConvolutionBlock() {}

  /** The block of this processor. */
  static int channels() {
    try {
      return channels(Files.readAllLines(Path.of("/proc/cpuinfo")));
    } catch (IOException | SecurityException e) {
      return DEFAULT_CHANNELS;
    }
  }

  /** The block of the processor {@code cpuinfo} (the lines of {@code /proc/cpuinfo}) describes. */
  static int channels(List<String> cpuinfo) {
    for (String line : cpuinfo) {
      if (line.startsWith("flags") && line.indexOf(':') > 0) {
        List<String> flags = List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
        return flags.contains("avx512f") ? AVX512_CHANNELS : DEFAULT_CHANNELS;
      }
    }
    return DEFAULT_CHANNELS;
  }

  /** {@code channels} rounded up to a whole number of blocks of {@code block}. */
  static int roundedUp(int channels, int block) {
    return (channels + block - 1) / block * block;
  }
}
