package dev.ossdirect.client.ui;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.faces.DetectedFace;
import dev.ossdirect.client.faces.FaceDetection;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.text.ByteSizes;
import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.dom.File;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLImageElement;
import elemental2.dom.URL;

/**
 * One chosen file on the page: its preview with the face rectangles, name, type and size, a cancel
 * button, the progress bar, a status line, a transfer line, an error box, and the faces' tables with
 * IMM's raw answer.
 *
 * <p>Every line is there from the start, so that nothing below moves while the file uploads. The card's
 * {@code data-state} says where it stands ({@code refused}, {@code uploading}, {@code finishing},
 * {@code unconfirmed}, {@code detecting}, {@code done}, {@code detection-failed}, {@code failed},
 * {@code cancelled}), for styles and for tests.
 */
final class FileCard {

  private static final PageMessages MESSAGES = GWT.create(PageMessages.class);

  private final HTMLElement card;
  private final HTMLElement media;
  private final HTMLElement frame;
  private final HTMLImageElement picture;
  private final HTMLButtonElement cancelButton;
  private final ProgressBar progressBar;
  private final HTMLElement status;
  private final HTMLElement transfer;
  private final HTMLElement errorBox;
  private final HTMLElement faces;
  private final FaceOverlay overlay;

  FileCard(String name, String type, long size) {
    card = Dom.testId(Dom.element("li", "card"), "file-card");
    card.setAttribute("data-file-name", name);
    card.tabIndex = -1;

    media = Dom.element("div", "card-media");
    frame = Dom.testId(Dom.element("div", "picture-frame"), "picture-frame");
    picture = Dom.testId(Dom.element("img", "picture"), "picture");
    picture.alt = name;
    frame.appendChild(picture);
    media.appendChild(frame);
    media.hidden = true;
    overlay = new FaceOverlay(frame, picture);

    HTMLElement body = Dom.element("div", "card-body");
    HTMLElement head = Dom.element("div", "card-head");
    head.appendChild(Dom.text("h3", "file-name", name));
    cancelButton = Dom.testId(Dom.element("button", "button cancel-button"), "cancel-button");
    cancelButton.type = "button";
    cancelButton.textContent = MESSAGES.cancel();
    cancelButton.setAttribute("aria-label", MESSAGES.cancelUploadOf(name));
    cancelButton.classList.add("is-inactive");
    cancelButton.disabled = true;
    head.appendChild(cancelButton);
    body.appendChild(head);
    body.appendChild(Dom.text("p", "file-meta", (type.isEmpty() ? MESSAGES.unknownType() : type) + " \u00b7 " + ByteSizes.format(size)));
    progressBar = ProgressBar.create(MESSAGES.uploadOf(name), "progress-bar");
    body.appendChild(progressBar.element());
    status = Dom.testId(Dom.text("p", "status", MESSAGES.waitingForSettings()), "file-status");
    body.appendChild(status);
    transfer = Dom.testId(Dom.text("p", "transfer", "\u00a0"), "transfer-text");
    body.appendChild(transfer);
    errorBox = ErrorBox.create();
    body.appendChild(errorBox);

    faces = Dom.testId(Dom.element("div", "faces"), "faces");
    faces.hidden = true;

    card.appendChild(media);
    card.appendChild(body);
    card.appendChild(faces);
    setState("waiting");
  }

  HTMLElement element() {
    return card;
  }

  /**
   * Shows {@code file} as the picture. Its object URL is revoked as soon as the browser has decoded it
   * (or failed to), which frees the memory the URL holds; the picture stays on screen.
   */
  void showPreview(File file) {
    String url = URL.createObjectURL(file);
    picture.addEventListener("load", event -> URL.revokeObjectURL(url));
    picture.addEventListener("error", event -> {
      URL.revokeObjectURL(url);
      media.hidden = true;
      card.classList.remove("has-preview");
    });
    picture.src = url;
    media.hidden = false;
    card.classList.add("has-preview");
  }

  /** Records, in {@code data-object-key}, the key the file is stored under: where to look for it in the bucket. */
  void showObjectKey(String key) {
    card.setAttribute("data-object-key", key);
  }

  /** Runs {@code action} when the cancel button is pressed. */
  void onCancel(Runnable action) {
    cancelButton.addEventListener("click", event -> {
      action.run();
      card.focus();
    });
  }

  /** Shows that the file will not be uploaded, and why. */
  void showRefusal(Failure reason) {
    setState("refused");
    progressBar.element().hidden = true;
    transfer.hidden = true;
    status.textContent = MESSAGES.notUploaded();
    ErrorBox.show(errorBox, reason);
  }

  /** Sets the data-state, the status line and whether the upload can still be cancelled. */
  void showStatus(String state, String statusText, boolean cancellable) {
    setState(state);
    status.textContent = statusText;
    cancelButton.disabled = !cancellable;
    cancelButton.classList.toggle("is-inactive", !cancellable);
  }

  /** Sets the progress bar and the transfer line. */
  void showProgress(int percent, String transferText) {
    progressBar.set(percent, transferText);
    transfer.textContent = transferText;
  }

  void showError(Failure failure) {
    ErrorBox.show(errorBox, failure);
  }

  /** Shows the rectangles, one table per face (or "No faces found"), and IMM's answer as it came. */
  void showFaces(FaceDetection detection) {
    Dom.clear(faces);
    overlay.show(detection.faces());
    if (detection.faces().isEmpty()) {
      faces.appendChild(Dom.testId(Dom.text("p", "no-faces", MESSAGES.noFacesFound()), "no-faces"));
    } else {
      HTMLElement tables = Dom.element("div", "face-tables");
      for (DetectedFace face : detection.faces()) {
        tables.appendChild(FaceTables.of(face));
      }
      faces.appendChild(tables);
    }
    HTMLElement details = Dom.testId(Dom.element("details", "raw-json"), "raw-json");
    details.appendChild(Dom.text("summary", null, MESSAGES.immAnswer()));
    details.appendChild(scrollableAnswer(detection.json()));
    faces.appendChild(details);
    faces.hidden = false;
  }

  /**
   * IMM's answer, indented, in a box that scrolls past a certain height. Keyboards scroll only what
   * takes the focus, so the box is in the tab order, as a region named for screen readers.
   */
  private static HTMLElement scrollableAnswer(String json) {
    HTMLElement answer = Dom.testId(Dom.text("pre", null, pretty(json)), "raw-json-text");
    answer.tabIndex = 0;
    answer.setAttribute("role", "region");
    answer.setAttribute("aria-label", MESSAGES.immAnswerRegion());
    return answer;
  }

  private void setState(String state) {
    card.setAttribute("data-state", state);
  }

  /** {@code json} indented by the browser's own JSON, which needs no code of ours. */
  private static String pretty(String json) {
    return Global.JSON.stringify(Global.JSON.parse(json), (JsArray<String>) null, 2);
  }
}
