package dev.ossdirect.client.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * How far one file's upload has come, in bytes, such that the figure never goes backwards and reads 100%
 * only once OSS has confirmed the object.
 *
 * <p>Each part counts the most bytes it has ever reported sent. A part sent again (after a timeout or an
 * expired token) reports from 0 once more, but does not lower its count until it passes its old mark, so
 * the total cannot drop. Until OSS confirms the object (PutObject or CompleteMultipartUpload answered
 * 200), the percentage stops at 99 even when every byte is out.
 */
public final class UploadProgress {

  private final long totalBytes;
  /** The most bytes part {@code n} has reported sent, at {@code n - 1}. */
  private final List<Double> sentByPart = new ArrayList<>();
  private double sentBytes;
  private boolean confirmed;

  public UploadProgress(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  /** Part {@code partNumber} (1 for a PutObject) has had {@code bytes} of its body sent. */
  public void partSent(int partNumber, long bytes) {
    while (sentByPart.size() < partNumber) {
      sentByPart.add(0.0);
    }
    double previous = sentByPart.get(partNumber - 1);
    if (bytes > previous) {
      sentByPart.set(partNumber - 1, (double) bytes);
      sentBytes += bytes - previous;
    }
  }

  /** OSS has stored the whole object. */
  public void confirmObject() {
    confirmed = true;
  }

  public long totalBytes() {
    return totalBytes;
  }

  /** The bytes sent so far, never more than the total; the total once confirmed. */
  public long sentBytes() {
    return confirmed ? totalBytes : (long) Math.min(sentBytes, totalBytes);
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  /** The whole percentage done, from 0 to 99, or 100 once confirmed. */
  public int percent() {
    return percent(sentBytes(), totalBytes, confirmed);
  }

  /** The whole percentage of {@code sent} out of {@code total}: at most 99 unless {@code confirmed}. */
  static int percent(long sent, long total, boolean confirmed) {
    if (confirmed) {
      return 100;
    }
    if (total <= 0) {
      return 0;
    }
    double hundredfold = sent * 100.0;
    return (int) Math.min(99, (hundredfold - hundredfold % total) / total);
  }
}
