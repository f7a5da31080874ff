package dev.ossdirect.client.upload;

import dev.ossdirect.client.async.Cancellable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Limits how many request bodies go to OSS at once, across every file: {@value #PARALLEL_TRANSFERS}.
 * Four parts in flight fill most connections, and staying under the browser's six connections per host
 * keeps a request from waiting for a free connection while its timeout runs. Waiters are served in
 * order, so a small file chosen after a large one still gets its turn between parts. The queue is a plain
 * list, which stays short: an {@code ArrayDeque} would add its emulation to the browser's script.
 */
public final class TransferSlots {

  /** The default number of transfers at once. */
  public static final int PARALLEL_TRANSFERS = 4;

  /** A place to transfer in; give it back once done. */
  public interface Slot {
    /** Frees the slot for the next waiter. Calling it again does nothing. */
    void release();
  }

  private final int capacity;
  private final List<Consumer<Slot>> waiting = new ArrayList<>();
  private int inUse;

  public TransferSlots(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Hands a slot to {@code onGranted}: at once if one is free, else when one is released. Cancelling the
   * handle gives up the place in the queue (it does not release a slot already granted).
   */
  public Cancellable acquire(Consumer<Slot> onGranted) {
    if (inUse < capacity) {
      inUse++;
      onGranted.accept(new GrantedSlot());
      return () -> {};
    }
    waiting.add(onGranted);
    return () -> waiting.remove(onGranted);
  }

  /** How many slots are in use. */
  public int inUse() {
    return inUse;
  }

  private final class GrantedSlot implements Slot {
    private boolean released;

    @Override
    public void release() {
      if (released) {
        return;
      }
      released = true;
      if (waiting.isEmpty()) {
        inUse--;
      } else {
        waiting.remove(0).accept(new GrantedSlot());
      }
    }
  }
}
