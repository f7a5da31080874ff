package dev.ossdirect.client.upload;

/** Where one file's upload stands. */
public enum UploadPhase {
  /** Bytes are on their way (or waiting for a transfer slot, or for a retry); it can be cancelled. */
  UPLOADING("uploading"),
  /**
   * Every byte is out and OSS is asked to store the object: past the point where cancelling could still
   * keep the object out of the bucket, so it cannot be cancelled any more.
   */
  FINISHING("finishing"),
  /**
   * OSS may hold the object but has not said so: CompleteMultipartUpload was told {@code NoSuchUpload},
   * which is what OSS says to a retry once an earlier attempt, whose answer was lost, completed the upload
   * (and also once an upload was aborted). The token may not read objects, so a service that reads it, IMM, settles it:
   * {@link ObjectUpload#confirmStored} or {@link ObjectUpload#notStored}.
   */
  UNCONFIRMED("unconfirmed"),
  /** OSS confirmed the object. */
  UPLOADED("uploaded"),
  /** It failed for good; the failure says why. */
  FAILED("failed"),
  /** The person cancelled it. */
  CANCELLED("cancelled");

  private final String state;

  UploadPhase(String state) {
    this.state = state;
  }

  /**
   * The phase's word in the page ({@code data-state} of its card, which the style sheet and the tests
   * read): a fixed string rather than {@link #name()}, so that the compiler may leave the enums' names out
   * of the script ({@code compiler.enum.obfuscate.names}).
   */
  public String state() {
    return state;
  }

  /** Whether nothing more will happen to the upload itself (a cancelled one may still be cleaning up). */
  public boolean isFinal() {
    return this == UPLOADED || this == FAILED || this == CANCELLED;
  }
}
