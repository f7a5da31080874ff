package dev.ossdirect.bench.faces.quality;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * How much one piece of work made this JVM's memory grow, at its peak.
 *
 * <p>Heap: after two full collections and a pause (so that the start is quiet: no garbage, no
 * collection under way), the peak usage of every heap pool is reset through its
 * {@link MemoryPoolMXBean}; after the work, the growth is the sum of the pools' peaks less the sum of
 * their usage at the start. The JVM tracks those peaks itself, at every allocation that grows a pool, so
 * no short peak is missed between samples. Summing per-pool peaks can only overstate the true peak (the
 * pools need not peak together, and the young pools' peaks count garbage not yet collected): an upper
 * bound.
 *
 * <p>Resident memory, for what the heap does not see (OpenCV's and ONNX Runtime's native buffers):
 * Linux's peak resident set ({@code VmHWM} in {@code /proc/self/status}) is reset by writing 5 to
 * {@code /proc/self/clear_refs}, and read after the work, less the resident set at the start. It also
 * counts heap pages touched for the first time, so it is not to be added to the heap's growth.
 *
 * @param heapBytes the heap's peak growth, in bytes
 * @param residentBytes the resident set's peak growth, in bytes; empty where Linux does not give it
 */
public record MemoryPeak(long heapBytes, OptionalLong residentBytes) {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  /** Runs {@code work} once, on this thread, and measures its peak. */
  public static MemoryPeak of(Callable<?> work) throws Exception {
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
    System.gc();
    System.gc();
    Thread.sleep(300);
    long heapBefore = heapPools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    boolean residentKnown = resetResidentPeak();
    OptionalLong residentBefore = residentKnown ? statusKilobytes("VmRSS:") : OptionalLong.empty();

    work.call();

    long heapPeak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    OptionalLong residentPeak = residentKnown ? statusKilobytes("VmHWM:") : OptionalLong.empty();
    OptionalLong residentGrowth = residentBefore.isPresent() && residentPeak.isPresent()
        ? OptionalLong.of(1024 * (residentPeak.getAsLong() - residentBefore.getAsLong()))
        : OptionalLong.empty();
    return new MemoryPeak(heapPeak - heapBefore, residentGrowth);
  }

  private static boolean resetResidentPeak() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static OptionalLong statusKilobytes(String field) {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(field)) {
          return OptionalLong.of(Long.parseLong(line.substring(field.length()).replace("kB", "").strip()));
        }
      }
    } catch (IOException e) {
      // not Linux: no resident figures
    }
    return OptionalLong.empty();
  }
}
