package dev.ossdirect.client.ui;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.browser.BrowserFile;
import dev.ossdirect.client.faces.FaceDetection;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.upload.ContentTypes;
import dev.ossdirect.client.upload.FileAdmission;
import dev.ossdirect.client.upload.ObjectUpload;
import dev.ossdirect.client.upload.ScriptBuild;
import dev.ossdirect.client.upload.TransferRate;
import dev.ossdirect.client.upload.UploadPhase;
import dev.ossdirect.client.upload.UploadStatusText;
import dev.ossdirect.signing.upload.ObjectKeys;

/**
 * Everything that happens to one chosen file, shown on its card: the check against the server's
 * limits, the upload, then face detection once OSS has confirmed the object.
 */
final class FileJob {

  private static final PageMessages MESSAGES = GWT.create(PageMessages.class);

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
      page.announce(MESSAGES.notUploadedBecause(file.name(), refusal));
      return;
    }
    if (contentType.startsWith("image/")) {
      card.showPreview(file.file());
    }
    card.onCancel(() -> {
      if (upload.cancel()) {
        page.announce(MESSAGES.uploadCancelled(file.name()));
      }
    });
    // Admission refused a page-signed upload already if this script cannot sign one; the second test
    // tells the compiler so, and it leaves the page's OSS signers out of that script.
    if (!ScriptBuild.pageSignsUploads() || config.isServerSigned()) {
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
      card.showStatus(phase.state(), UploadStatusText.of(upload), phase == UploadPhase.UPLOADING);
      if (phase == UploadPhase.FAILED && shownPhase != UploadPhase.FAILED) {
        card.showError(upload.failure());
        page.announce(MESSAGES.uploadFailedBecause(file.name(), upload.failure().summary()));
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
      page.announce(MESSAGES.checkingUpload(file.name()));
    } else {
      card.showStatus("detecting", MESSAGES.findingFaces(), false);
      page.announce(MESSAGES.uploadedFindingFaces(file.name()));
    }
    page.faceDetector().detect(upload.key(), page.immSignature(), new Callback<FaceDetection>() {
      @Override
      public void onSuccess(FaceDetection detection) {
        upload.confirmStored();
        int count = detection.faces().size();
        String found = count == 0 ? MESSAGES.noFaces() : count == 1 ? MESSAGES.oneFace() : MESSAGES.faces(Integer.toString(count));
        card.showStatus("done", MESSAGES.uploadedWith(found), false);
        card.showFaces(detection);
        page.announce(MESSAGES.foundIn(file.name(), found));
      }

      @Override
      public void onFailure(Failure failure) {
        if (unconfirmed && failure.serviceError() != null
            && "ResourceNotFound".equals(failure.serviceError().code())) {
          upload.notStored(Failure.of(MESSAGES.lostAndNotStored(), failure.serviceError())
              .withHint(MESSAGES.uploadAgain()));
          return;
        }
        String status = unconfirmed
            ? MESSAGES.unconfirmedDetectionFailed()
            : MESSAGES.detectionFailed();
        card.showStatus("detection-failed", status, false);
        card.showError(failure);
        page.announce(MESSAGES.detectionFailedBecause(file.name(), failure.summary()));
      }
    });
  }
}
