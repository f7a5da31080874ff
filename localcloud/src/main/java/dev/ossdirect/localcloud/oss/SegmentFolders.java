package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The segments folders that readers have open, so that one is deleted only once no reader needs it.
 *
 * <p>An opened object must stay readable until it is closed even if it is overwritten or deleted. A simple
 * object keeps its one file open for that. An object of up to 10,000 segments cannot keep every segment
 * open (a reader of such an object would take half of a 20,000 descriptor limit), so its reader opens one
 * segment at a time ({@link SegmentedBody}) and counts itself here instead: an overwrite or a delete
 * retires the old folder, and the folder goes when its last reader closes. A crash meanwhile leaves a
 * folder that no object lists, which the next start deletes ({@link ObjectStore#open}).
 *
 * <p>The store acquires and retires folders while it holds the lock of the object's key, after reading,
 * or replacing, the object's file: so no reader can acquire a folder after it was retired.
 */
final class SegmentFolders {

  private final Map<Path, Integer> readers = new HashMap<>();
  private final Set<Path> retired = new HashSet<>();

  /** Counts one more reader of {@code folder}. */
  synchronized void acquire(Path folder) {
    readers.merge(folder, 1, Integer::sum);
  }

  /** Counts one reader of {@code folder} less, and deletes the folder if it was its last and it is retired. */
  void release(Path folder) throws IOException {
    synchronized (this) {
      if (readers.merge(folder, -1, Integer::sum) > 0) {
        return;
      }
      readers.remove(folder);
      if (!retired.remove(folder)) {
        return;
      }
    }
    DurableFiles.deleteRecursively(folder);
  }

  /** Deletes {@code folder}, which no object lists any longer, now or when its last reader closes. */
  void retire(Path folder) throws IOException {
    synchronized (this) {
      if (readers.containsKey(folder)) {
        retired.add(folder);
        return;
      }
    }
    DurableFiles.deleteRecursively(folder);
  }

  /** How many readers have {@code folder} open. */
  synchronized int readers(Path folder) {
    return readers.getOrDefault(folder, 0);
  }
}
