package dev.ossdirect.client.testing;

import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.async.Scheduler;
import dev.ossdirect.signing.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler and clock whose time moves only when a test says so. */
public final class ManualScheduler implements Scheduler, Clock {

  private long now;
  private final List<Task> tasks = new ArrayList<>();
  private final List<Long> delays = new ArrayList<>();

  public ManualScheduler(long startMillis) {
    this.now = startMillis;
  }

  @Override
  public long currentTimeMillis() {
    return now;
  }

  @Override
  public Cancellable schedule(long delayMillis, Runnable task) {
    delays.add(delayMillis);
    Task scheduled = new Task(now + delayMillis, task);
    tasks.add(scheduled);
    return () -> tasks.remove(scheduled);
  }

  /** Moves time forward by {@code millis}, running every task that falls due, in order. */
  public void advance(long millis) {
    long target = now + millis;
    while (true) {
      Task next = tasks.stream().filter(t -> t.due <= target).min(Comparator.comparingLong(t -> t.due)).orElse(null);
      if (next == null) {
        break;
      }
      tasks.remove(next);
      now = Math.max(now, next.due);
      next.task.run();
    }
    now = target;
  }

  /** Runs every pending task, however far away. */
  public void runAll() {
    while (!tasks.isEmpty()) {
      advance(tasks.stream().mapToLong(t -> t.due).max().getAsLong() - now);
    }
  }

  public int pendingTasks() {
    return tasks.size();
  }

  /** The delays of every task scheduled so far, in order. */
  public List<Long> delays() {
    return delays;
  }

  private static final class Task {
    final long due;
    final Runnable task;

    Task(long due, Runnable task) {
      this.due = due;
      this.task = task;
    }
  }
}
