package dev.ossdirect.client.upload;

import java.util.Collection;

/**
 * The progress of every upload of the page together. A cancelled or failed upload keeps the bytes it
 * sent, and its total shrinks to them: the figure does not drop when a file is cancelled, and the rest
 * can still reach 100%.
 */
public final class TotalProgress {

  private final long sentBytes;
  private final long totalBytes;
  private final int fileCount;
  private final int uploadedCount;
  private final int stoppedCount;
  private final boolean complete;

  private TotalProgress(
      long sentBytes, long totalBytes, int fileCount, int uploadedCount, int stoppedCount, boolean complete) {
    this.sentBytes = sentBytes;
    this.totalBytes = totalBytes;
    this.fileCount = fileCount;
    this.uploadedCount = uploadedCount;
    this.stoppedCount = stoppedCount;
    this.complete = complete;
  }

  /** The progress of {@code uploads} together. */
  public static TotalProgress of(Collection<ObjectUpload> uploads) {
    long sent = 0;
    long total = 0;
    int uploaded = 0;
    int stopped = 0;
    boolean everyOneOver = true;
    for (ObjectUpload upload : uploads) {
      UploadProgress progress = upload.progress();
      sent += progress.sentBytes();
      UploadPhase phase = upload.phase();
      if (phase == UploadPhase.CANCELLED || phase == UploadPhase.FAILED) {
        stopped++;
        total += progress.sentBytes();
      } else {
        total += progress.totalBytes();
      }
      if (phase == UploadPhase.UPLOADED) {
        uploaded++;
      }
      everyOneOver &= phase.isFinal();
    }
    return new TotalProgress(sent, total, uploads.size(), uploaded, stopped, everyOneOver && uploaded > 0);
  }

  public long sentBytes() {
    return sentBytes;
  }

  public long totalBytes() {
    return totalBytes;
  }

  public int fileCount() {
    return fileCount;
  }

  /** How many files OSS has confirmed. */
  public int uploadedCount() {
    return uploadedCount;
  }

  /** How many files were cancelled or failed. */
  public int stoppedCount() {
    return stoppedCount;
  }

  /** 0 to 99, or 100 once every upload is over and at least one was stored. */
  public int percent() {
    return UploadProgress.percent(sentBytes, totalBytes, complete);
  }
}
