package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvolutionBlockTest {

  @Test
  void aProcessorWithAvx512fTakesSixteenChannelsABlock() {
    assertEquals(16, ConvolutionBlock.channels(List.of(
        "processor\t: 0", "flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512bw avx512vl", "")));
  }

  @Test
  void aProcessorWithAvx2OnlyTakesEight() {
    // avx512 extensions the kernel lists without the foundation do not count.
    assertEquals(8, ConvolutionBlock.channels(List.of("flags\t\t: fpu sse2 avx avx2 fma avx512_vnni")));
  }

  @Test
  void withoutFlagsEight() {
    assertEquals(8, ConvolutionBlock.channels(List.of()));
    assertEquals(8, ConvolutionBlock.channels(List.of("processor\t: 0", "model name\t: avx512f")));
  }

  @Test
  void thisMachineAnswersOneOfTheTwo() {
    int block = ConvolutionBlock.channels();
    assertEquals(true, block == 8 || block == 16, "block " + block);
  }

  @ParameterizedTest(name = "{0} channels in blocks of {1}: {2}")
  @CsvSource({"24, 16, 32", "24, 8, 24", "32, 16, 32", "16, 16, 16", "17, 16, 32", "25, 8, 32", "1, 8, 8"})
  void channelsAreRoundedUpToWholeBlocks(int channels, int block, int rounded) {
    assertEquals(rounded, ConvolutionBlock.roundedUp(channels, block));
  }
}
