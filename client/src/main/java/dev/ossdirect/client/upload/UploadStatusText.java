package dev.ossdirect.client.upload;

import dev.ossdirect.client.text.ByteSizes;

/** The words a file's card shows about its upload. */
public final class UploadStatusText {

  private UploadStatusText() {}

  /** What is happening: "Uploading", "Cancelled · nothing was left in the bucket", … */
  public static String of(ObjectUpload upload) {
    switch (upload.phase()) {
      case UPLOADING:
        return "Uploading";
      case FINISHING:
        return "Finishing: OSS is storing the picture";
      case UNCONFIRMED:
        return "Probably uploaded: OSS's last answer was lost, checking that the picture is there";
      case UPLOADED:
        return "Uploaded";
      case FAILED:
        return "Upload failed";
      default:
        return "Cancelled \u00b7 " + cleanupText(upload.cleanup());
    }
  }

  private static String cleanupText(ObjectUpload.Cleanup cleanup) {
    switch (cleanup) {
      case RUNNING:
        return "removing the parts already sent\u2026";
      case DONE:
        return "the parts already sent were removed";
      case FAILED:
        return "the parts already sent could not be removed";
      default:
        return "nothing was stored";
    }
  }

  /** How much has gone: "12 MiB of 48 MiB · 3.2 MiB/s" while uploading, the size alone once over. */
  public static String transfer(UploadProgress progress, double bytesPerSecond, boolean active) {
    String total = ByteSizes.format(progress.totalBytes());
    if (!active) {
      return progress.isConfirmed() ? total : ByteSizes.format(progress.sentBytes()) + " of " + total + " sent";
    }
    String text = ByteSizes.format(progress.sentBytes()) + " of " + total;
    return bytesPerSecond > 0 ? text + " \u00b7 " + ByteSizes.perSecond(bytesPerSecond) : text;
  }
}
