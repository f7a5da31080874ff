package dev.ossdirect.client.ui;

import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.text.WebLinks;
import elemental2.dom.HTMLElement;

/**
 * Shows a {@link Failure} in a box with {@code role="alert"}: the plain-words summary, then the
 * service's code, message and request id (what support asks for), OSS's fine-grained error code (EC) and
 * the service's troubleshooting page, as the OSS console shows them, then the hint.
 *
 * <p>The troubleshooting page is a link, opened in a new tab without giving it access to this page
 * ({@code rel="noopener noreferrer"}), only when its address is an http(s) one ({@link WebLinks}): the
 * error document comes from the network, so anything else is shown as text.
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
      addDetail(details, ecTerm(), error.ec(), "error-ec");
      addTroubleshooting(details, error.recommend());
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
    addDetail(list, Dom.text("dt", null, term), value, testId);
  }

  private static void addDetail(HTMLElement list, HTMLElement term, String value, String testId) {
    if (value == null || value.isEmpty()) {
      return;
    }
    list.appendChild(term);
    list.appendChild(Dom.testId(Dom.text("dd", null, value), testId));
  }

  /** "EC", spelled out for those who hover it or whose screen reader reads abbreviations' titles. */
  private static HTMLElement ecTerm() {
    HTMLElement abbreviation = Dom.text("abbr", null, "EC");
    abbreviation.setAttribute("title", "fine-grained error code");
    HTMLElement term = Dom.element("dt", null);
    term.appendChild(abbreviation);
    return term;
  }

  /** The troubleshooting page: a link to {@code address} if it is a web address, else its text. */
  private static void addTroubleshooting(HTMLElement list, String address) {
    if (!WebLinks.isWebAddress(address)) {
      addDetail(list, "Troubleshooting", address, "error-doc");
      return;
    }
    HTMLElement link = Dom.testId(Dom.text("a", "error-doc-link", address), "error-doc");
    link.setAttribute("href", address);
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener noreferrer");
    link.appendChild(Dom.text("span", "visually-hidden", " (opens in a new tab)"));
    HTMLElement value = Dom.element("dd", null);
    value.appendChild(link);
    list.appendChild(Dom.text("dt", null, "Troubleshooting"));
    list.appendChild(value);
  }
}
