package dev.ossdirect.localcloud.imm.images;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many images may be decoded at once, and how many pixels they may hold together: the bound on the
 * memory that decoding takes, whatever arrives.
 *
 * <p>Each image's header says how many pixels it has before anything is decoded, and decoding costs
 * native memory in proportion: 1 byte per pixel for the grayscale result, several more for a decoder
 * that builds the picture in colour first (GIF and WebP do; a progressive JPEG keeps 2 bytes or so of
 * coefficients per pixel, even when decoded at a reduced size). So the budget counts the pixels the
 * header declares, not the fewer a reduced decode produces. A 30 kB GIF can declare 40 megapixels and
 * take some 270 MB to decode (close to 7 bytes a pixel); 32 of them at once, unbounded, took a local
 * cloud past 6.7 GB.
 *
 * <p>A decode needs one of {@link #maxConcurrentDecodes()} slots and its pixels out of
 * {@link #pixelBudget()}, and holds both until its {@link DecodePermit} is closed. A call that cannot
 * have them waits, in turn (first come, first served, so that a large image is not passed over forever
 * by small ones), for at most {@link #maxWait()}; then it is refused with a
 * {@link DecodeThrottledException}, holding nothing. Nothing waits without bound.
 *
 * <p>Both limits are {@link Semaphore}s in fair mode: a slot first, then the pixels, each within what
 * remains of the one wait.
 */
public final class DecodeBudget {

  private final int maxConcurrentDecodes;
  private final long pixelBudget;
  private final Duration maxWait;
  private final Semaphore slots;
  private final Semaphore pixels;

  /**
   * A budget of {@code maxConcurrentDecodes} decodes at once holding at most {@code pixelBudget} pixels
   * together (at most {@link Integer#MAX_VALUE}), for which a call waits at most {@code maxWait}.
   */
  public DecodeBudget(int maxConcurrentDecodes, long pixelBudget, Duration maxWait) {
    if (maxConcurrentDecodes < 1) {
      throw new IllegalArgumentException("at least one decode must be allowed, not " + maxConcurrentDecodes);
    }
    if (pixelBudget < 1 || pixelBudget > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "the pixel budget must be from 1 to " + Integer.MAX_VALUE + ", not " + pixelBudget);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("the longest wait cannot be negative: " + maxWait);
    }
    this.maxConcurrentDecodes = maxConcurrentDecodes;
    this.pixelBudget = pixelBudget;
    this.maxWait = maxWait;
    this.slots = new Semaphore(maxConcurrentDecodes, true);
    this.pixels = new Semaphore((int) pixelBudget, true);
  }

  /** How many images may be decoded at once. */
  public int maxConcurrentDecodes() {
    return maxConcurrentDecodes;
  }

  /** How many pixels the images being decoded may declare together. */
  public long pixelBudget() {
    return pixelBudget;
  }

  /** How long a call waits for a slot and its pixels before it is refused. */
  public Duration maxWait() {
    return maxWait;
  }

  /** How many decodes hold a permit now. */
  public int decodesInFlight() {
    return maxConcurrentDecodes - slots.availablePermits();
  }

  /** How many pixels the permits held now count. */
  public long pixelsInFlight() {
    return pixelBudget - pixels.availablePermits();
  }

  /** How many calls are waiting for a slot or for pixels now. */
  public int waitingCalls() {
    return slots.getQueueLength() + pixels.getQueueLength();
  }

  /**
   * A permit to decode an image of {@code imagePixels} pixels (as its header declares): a slot and the
   * pixels, as soon as both are free, waiting at most {@link #maxWait()}.
   *
   * @throws DecodeThrottledException if they are not free in time; the call then holds nothing
   * @throws IllegalArgumentException if {@code imagePixels} is not from 1 to {@link #pixelBudget()}:
   *     such an image can never be decoded, and must be refused as too large before asking
   */
  public DecodePermit acquire(long imagePixels) throws DecodeThrottledException {
    if (imagePixels < 1 || imagePixels > pixelBudget) {
      throw new IllegalArgumentException("an image of " + imagePixels + " pixels never fits a budget of "
          + pixelBudget + " pixels; refuse it as too large instead");
    }
    long deadline = System.nanoTime() + maxWait.toNanos();
    try {
      if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new DecodeThrottledException("all " + maxConcurrentDecodes + " decodes allowed at once are in"
            + " use, and none ended within " + maxWait.toMillis() + " ms");
      }
      boolean acquired = false;
      try {
        acquired = pixels.tryAcquire((int) imagePixels, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } finally {
        if (!acquired) {
          slots.release();
        }
      }
      if (!acquired) {
        throw new DecodeThrottledException("the images being decoded hold too many of the "
            + pixelBudget + " pixels allowed at once to add " + imagePixels + " more within "
            + maxWait.toMillis() + " ms");
      }
      return new DecodePermit(this, imagePixels);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DecodeThrottledException("the wait for a decode was interrupted");
    }
  }

  /** Gives back what {@code permit} held; called once per permit, by {@link DecodePermit#close}. */
  void release(DecodePermit permit) {
    pixels.release((int) permit.pixels());
    slots.release();
  }
}
