package dev.ossdirect.client.ui;

import com.google.gwt.core.client.GWT;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;

/**
 * Puts index.html's own text in the page's language. The host page is one file, in English, so that it
 * reads well before the script has loaded (and without it); the compiled script of each language
 * replaces its words at start, together with {@code <html lang>} (which screen readers pronounce by)
 * and the window's title.
 */
final class StaticTexts {

  private static final PageMessages MESSAGES = GWT.create(PageMessages.class);

  private StaticTexts() {}

  static void apply() {
    DomGlobal.document.documentElement.setAttribute("lang", MESSAGES.htmlLang());
    DomGlobal.document.title = MESSAGES.pageTitle();
    setText("language-label", MESSAGES.language());
    setText("page-heading", MESSAGES.heading());
    setText("page-lead", MESSAGES.lead());
    setText("choose-title", MESSAGES.choosePictures());
    HTMLElement dropZoneTitle = Dom.byId("drop-zone-title");
    dropZoneTitle.textContent = MESSAGES.dropZoneTitle();
    dropZoneTitle.appendChild(Dom.text("span", "drop-zone-action", MESSAGES.dropZoneAction()));
    setText("limits", MESSAGES.loadingSettings());
    Dom.byId("file-input").setAttribute("aria-label", MESSAGES.picturesToUpload());
    setText("imm-signature-label", MESSAGES.signatureChoice());
    setText("imm-signature-rpc-v1", MESSAGES.rpcV1Signature());
    setText("uploads-title", MESSAGES.uploads());
    Dom.byId("total-progress").setAttribute("aria-label", MESSAGES.allUploads());
    setText("total-text", MESSAGES.noUploads());
  }

  private static void setText(String id, String text) {
    Dom.byId(id).textContent = text;
  }
}
