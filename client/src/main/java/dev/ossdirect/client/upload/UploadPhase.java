package dev.ossdirect.client.upload;

/** Where one file's upload stands. */
public enum UploadPhase {
  /** Bytes are on their way (or waiting for a transfer slot, or for a retry); it can be cancelled. */
  UPLOADING,
  /**
   * Every byte is out and OSS is asked to store the object: past the point where cancelling could still
   * keep the object out of the bucket, so it cannot be cancelled any more.
   */
  FINISHING,
  /**
   * OSS may hold the object but has not said so: CompleteMultipartUpload was told {@code NoSuchUpload},
   * which is what OSS says to a retry once an earlier attempt, whose answer was lost, completed the upload
   * (and also once an upload was aborted). The token may not read objects, so a service that reads it, IMM, settles it:
   * {@link ObjectUpload#confirmStored} or {@link ObjectUpload#notStored}.
   */
  UNCONFIRMED,
  /** OSS confirmed the object. */
  UPLOADED,
  /** It failed for good; the failure says why. */
  FAILED,
  /** The person cancelled it. */
  CANCELLED;

  /** Whether nothing more will happen to the upload itself (a cancelled one may still be cleaning up). */
  public boolean isFinal() {
    return this == UPLOADED || this == FAILED || this == CANCELLED;
  }
}
