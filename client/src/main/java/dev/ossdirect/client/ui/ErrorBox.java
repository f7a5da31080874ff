package dev.ossdirect.client.ui;

import dev.ossdirect.client.call.Failure;
import dev.ossdirect.client.call.ServiceError;
import elemental2.dom.HTMLElement;

/**
 * Shows a {@link Failure} in a box with {@code role="alert"}: the plain-words summary, then the
 * service's code, message and request id (what support asks for), then the hint.
 */
final class ErrorBox {

  private ErrorBox() {}

  /** A new, hidden error box. */
  static HTMLElement create() {
    HTMLElement box = Dom.testId(Dom.element("div", "error-box"), "error-box");
    box.setAttribute("role", "alert");
    box.hidden = true;
    return box;
  }

  /** Fills {@code box} with {@code failure} and shows it. */
  static void show(HTMLElement box, Failure failure) {
    Dom.clear(box);
    box.appendChild(Dom.text("p", "error-summary", failure.summary()));
    ServiceError error = failure.serviceError();
    if (error != null) {
      HTMLElement details = Dom.element("dl", "error-details");
      addDetail(details, "Code", error.code(), "error-code");
      addDetail(details, "Message", error.message(), "error-message");
      addDetail(details, "Request ID", error.requestId(), "error-request-id");
      addDetail(details, "Diagnosis", error.recommend(), "error-recommend");
      if (details.firstChild != null) {
        box.appendChild(details);
      }
    }
    if (failure.hint() != null) {
      box.appendChild(Dom.text("p", "error-hint", failure.hint()));
    }
    box.hidden = false;
  }

  static void hide(HTMLElement box) {
    Dom.clear(box);
    box.hidden = true;
  }

  private static void addDetail(HTMLElement list, String term, String value, String testId) {
    if (value == null || value.isEmpty()) {
      return;
    }
    list.appendChild(Dom.text("dt", null, term));
    list.appendChild(Dom.testId(Dom.text("dd", null, value), testId));
  }
}
