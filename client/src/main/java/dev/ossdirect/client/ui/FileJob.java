package dev.ossdirect.client.ui;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.browser.BrowserFile;
import dev.ossdirect.client.faces.FaceDetection;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.upload.ContentTypes;
import dev.ossdirect.client.upload.FileAdmission;
import dev.ossdirect.client.upload.ObjectUpload;
import dev.ossdirect.client.upload.TransferRate;
import dev.ossdirect.client.upload.UploadPhase;
import dev.ossdirect.client.upload.UploadStatusText;
import dev.ossdirect.signing.Ascii;
import dev.ossdirect.signing.upload.ObjectKeys;

/**
 * Everything that happens to one chosen file, shown on its card: the check against the server's
 * limits, the upload, then face detection once OSS has confirmed the object.
 */
final class FileJob {

  private final UploadPage page;
  private final BrowserFile file;
  private final String contentType;
  private final FileCard card;
  private final TransferRate rate = new TransferRate();
  private ObjectUpload upload;
  private UploadPhase shownPhase;
  private String shownKey;
  private boolean detectionStarted;

  FileJob(UploadPage page, BrowserFile file) {
    this.page = page;
    this.file = file;
    this.contentType = ContentTypes.of(file.name(), file.browserType());
    this.card = new FileCard(file.name(), contentType, file.size());
  }

  FileCard card() {
    return card;
  }

  /** The upload, or {@code null} before the file was admitted (or when it was refused). */
  ObjectUpload upload() {
    return upload;
  }

  /** Whether the file is still uploading. */
  boolean isUploading() {
    return upload != null && !upload.phase().isFinal();
  }

  /** Checks the file against {@code config}; uploads it if it passes, else says why not. */
  void admit(SessionConfig config) {
    String refusal = FileAdmission.refusal(file, contentType, config);
    if (refusal != null) {
      card.showRefusal(Failure.of(refusal));
      page.announce(file.name() + " was not uploaded. " + refusal);
      return;
    }
    if (contentType.startsWith("image/")) {
      card.showPreview(file.file());
    }
    card.onCancel(() -> {
      if (upload.cancel()) {
        page.announce("The upload of " + file.name() + " was cancelled.");
      }
    });
    if (config.isServerSigned()) {
      upload = page.uploader().createServerSigned(file, contentType, changed -> update());
    } else {
      String key = ObjectKeys.forUpload(config.uploadPrefix(), file.name(), page.random());
      card.showObjectKey(key);
      upload = page.uploader().create(file, key, contentType, changed -> update());
    }
    upload.start();
    update();
  }

  /** Shows that the file cannot be uploaded because the upload settings could not be loaded. */
  void refuse(Failure failure) {
    card.showRefusal(failure);
  }

  /** Redraws the transfer line, whose speed changes even when no progress event comes. */
  void refreshTransfer() {
    if (upload != null) {
      card.showProgress(upload.progress().percent(), UploadStatusText.transfer(
          upload.progress(), rate.bytesPerSecond(page.now()), isUploading()));
    }
  }

  private void update() {
    if (upload.key() != null && !upload.key().equals(shownKey)) {
      shownKey = upload.key();
      card.showObjectKey(shownKey);
    }
    rate.record(page.now(), upload.progress().sentBytes());
    refreshTransfer();
    UploadPhase phase = upload.phase();
    if (phase == UploadPhase.UPLOADED || phase == UploadPhase.UNCONFIRMED) {
      if (!detectionStarted) {
        detectionStarted = true;
        detectFaces(phase == UploadPhase.UNCONFIRMED);
      }
    } else {
      card.showStatus(Ascii.toLowerCase(phase.name()), UploadStatusText.of(upload), phase == UploadPhase.UPLOADING);
      if (phase == UploadPhase.FAILED && shownPhase != UploadPhase.FAILED) {
        card.showError(upload.failure());
        page.announce(file.name() + ": the upload failed. " + upload.failure().summary());
      }
    }
    shownPhase = phase;
    page.jobChanged();
  }

  /**
   * Runs face detection on the stored object. IMM reads the object, so for an {@code unconfirmed} upload
   * its answer also settles whether OSS stored it: any answer about the picture says it did, and
   * {@code ResourceNotFound} says it did not.
   */
  private void detectFaces(boolean unconfirmed) {
    if (unconfirmed) {
      card.showStatus("unconfirmed", UploadStatusText.of(upload), false);
      page.announce(file.name() + " is probably uploaded; checking that it is there.");
    } else {
      card.showStatus("detecting", "Uploaded \u00b7 finding faces\u2026", false);
      page.announce(file.name() + " is uploaded. Finding faces\u2026");
    }
    page.faceDetector().detect(upload.key(), page.immSignature(), new Callback<FaceDetection>() {
      @Override
      public void onSuccess(FaceDetection detection) {
        upload.confirmStored();
        int count = detection.faces().size();
        String found = count == 0 ? "no faces found" : count == 1 ? "1 face found" : count + " faces found";
        card.showStatus("done", "Uploaded \u00b7 " + found, false);
        card.showFaces(detection);
        page.announce(file.name() + ": " + found + ".");
      }

      @Override
      public void onFailure(Failure failure) {
        if (unconfirmed && failure.serviceError() != null
            && "ResourceNotFound".equals(failure.serviceError().code())) {
          upload.notStored(Failure.of("OSS's answer to the last step of the upload was lost, and the picture "
              + "is not in the bucket.", failure.serviceError()).withHint("Upload the file again."));
          return;
        }
        String status = unconfirmed
            ? "Probably uploaded \u00b7 face detection failed, so the upload could not be confirmed"
            : "Uploaded \u00b7 face detection failed";
        card.showStatus("detection-failed", status, false);
        card.showError(failure);
        page.announce(file.name() + ": face detection failed. " + failure.summary());
      }
    });
  }
}
