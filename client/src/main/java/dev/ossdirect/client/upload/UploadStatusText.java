package dev.ossdirect.client.upload;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.text.ByteSizes;

/** The words a file's card shows about its upload. */
public final class UploadStatusText {

  private static final UploadMessages MESSAGES = GWT.create(UploadMessages.class);

  private UploadStatusText() {}

  /** What is happening: "Uploading", "Cancelled · nothing was left in the bucket", … */
  public static String of(ObjectUpload upload) {
    switch (upload.phase()) {
      case UPLOADING:
        return MESSAGES.uploading();
      case FINISHING:
        return MESSAGES.finishing();
      case UNCONFIRMED:
        return MESSAGES.unconfirmed();
      case UPLOADED:
        return MESSAGES.uploaded();
      case FAILED:
        return MESSAGES.uploadFailed();
      default:
        return MESSAGES.cancelled(cleanupText(upload.cleanup()));
    }
  }

  private static String cleanupText(ObjectUpload.Cleanup cleanup) {
    switch (cleanup) {
      case RUNNING:
        return MESSAGES.cleanupRunning();
      case DONE:
        return MESSAGES.cleanupDone();
      case FAILED:
        return MESSAGES.cleanupFailed();
      default:
        return MESSAGES.nothingStored();
    }
  }

  /** How much has gone: "12 MiB of 48 MiB · 3.2 MiB/s" while uploading, the size alone once over. */
  public static String transfer(UploadProgress progress, double bytesPerSecond, boolean active) {
    String total = ByteSizes.format(progress.totalBytes());
    if (!active) {
      return progress.isConfirmed() ? total : MESSAGES.sentOfTotal(ByteSizes.format(progress.sentBytes()), total);
    }
    String text = MESSAGES.progressOfTotal(ByteSizes.format(progress.sentBytes()), total);
    return bytesPerSecond > 0 ? text + " \u00b7 " + ByteSizes.perSecond(bytesPerSecond) : text;
  }
}
