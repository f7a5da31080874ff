package dev.ossdirect.client.ui;

import elemental2.dom.ClipboardEvent;
import elemental2.dom.DataTransfer;
import elemental2.dom.DomGlobal;
import elemental2.dom.DragEvent;
import elemental2.dom.Event;
import elemental2.dom.File;
import elemental2.dom.FileList;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLInputElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jsinterop.base.Js;

/**
 * The three ways to choose pictures, all giving the same list of files: the file picker (opened by the
 * drop zone, a real button, so that keyboards reach it), dropping files anywhere on the page, and pasting
 * (a screenshot, or files copied in a file manager).
 */
final class FilePicker {

  private static final String DRAG_OVER = "drag-over";

  private final HTMLElement dropZone;
  private final HTMLInputElement input;
  private final Consumer<List<File>> onFiles;

  FilePicker(HTMLElement dropZone, HTMLInputElement input, Consumer<List<File>> onFiles) {
    this.dropZone = dropZone;
    this.input = input;
    this.onFiles = onFiles;
  }

  /**
   * Starts listening, and takes the files already in the input: the page shows it before this script has
   * loaded, so a person may have chosen pictures before anyone listened for the change.
   */
  void bind() {
    dropZone.addEventListener("click", event -> input.click());
    input.addEventListener("change", event -> takeChosen());
    takeChosen();
    DomGlobal.document.addEventListener("dragover", this::dragOver);
    DomGlobal.document.addEventListener("dragleave", this::dragLeave);
    DomGlobal.document.addEventListener("drop", this::drop);
    DomGlobal.document.addEventListener("paste", this::paste);
  }

  private void takeChosen() {
    deliver(input.files);
    input.value = "";
  }

  /** Accepts a drag anywhere on the page (else the browser would open the file in place of the app). */
  private void dragOver(Event event) {
    DataTransfer transfer = Js.<DragEvent>uncheckedCast(event).dataTransfer;
    if (transfer == null) {
      return;
    }
    event.preventDefault();
    transfer.dropEffect = "copy";
    dropZone.classList.add(DRAG_OVER);
  }

  private void dragLeave(Event event) {
    if (Js.<DragEvent>uncheckedCast(event).relatedTarget == null) {
      dropZone.classList.remove(DRAG_OVER);
    }
  }

  private void drop(Event event) {
    DataTransfer transfer = Js.<DragEvent>uncheckedCast(event).dataTransfer;
    event.preventDefault();
    dropZone.classList.remove(DRAG_OVER);
    if (transfer != null) {
      deliver(transfer.files);
    }
  }

  private void paste(Event event) {
    DataTransfer clipboard = Js.<ClipboardEvent>uncheckedCast(event).clipboardData;
    if (clipboard != null && clipboard.files != null && clipboard.files.length > 0) {
      event.preventDefault();
      deliver(clipboard.files);
    }
  }

  private void deliver(FileList list) {
    if (list == null || list.length == 0) {
      return;
    }
    List<File> files = new ArrayList<>();
    for (int i = 0; i < list.length; i++) {
      files.add(list.item(i));
    }
    onFiles.accept(files);
  }
}
