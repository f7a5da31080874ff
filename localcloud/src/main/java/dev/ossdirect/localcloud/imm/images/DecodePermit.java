package dev.ossdirect.localcloud.imm.images;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A decode's share of a {@link DecodeBudget}: one slot and the pixels of its image, held until closed.
 * Close it as soon as decoding ends, whether it succeeded or not, in a try-with-resources block; closing
 * it again does nothing, so a permit is never given back twice.
 */
public final class DecodePermit implements AutoCloseable {

  private final DecodeBudget budget;
  private final long pixels;
  private final AtomicBoolean closed = new AtomicBoolean();

  DecodePermit(DecodeBudget budget, long pixels) {
    this.budget = budget;
    this.pixels = pixels;
  }

  /** The pixels this permit counts against the budget. */
  public long pixels() {
    return pixels;
  }

  /** Gives the slot and the pixels back to the budget, the first time only. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      budget.release(this);
    }
  }
}
