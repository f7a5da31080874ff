package dev.ossdirect.client.ui;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import jsinterop.base.Js;

/** Small helpers to build the page's DOM. Text always goes in as text, never as HTML. */
final class Dom {

  private Dom() {}

  /** A new {@code <tag class="className">}; no class when {@code className} is {@code null}. */
  static <T extends HTMLElement> T element(String tag, String className) {
    T element = Js.uncheckedCast(DomGlobal.document.createElement(tag));
    if (className != null) {
      element.className = className;
    }
    return element;
  }

  /** A new {@code <tag class="className">text</tag>}. */
  static HTMLElement text(String tag, String className, String text) {
    HTMLElement element = element(tag, className);
    element.textContent = text;
    return element;
  }

  /** The page's element with id {@code id}; the page must have it. */
  static <T extends HTMLElement> T byId(String id) {
    Element element = DomGlobal.document.getElementById(id);
    if (element == null) {
      throw new IllegalStateException("The page has no #" + id);
    }
    return Js.uncheckedCast(element);
  }

  /** Marks {@code element} for tests with {@code data-testid}. */
  static <T extends Element> T testId(T element, String testId) {
    element.setAttribute("data-testid", testId);
    return element;
  }

  /** Removes every child of {@code element}. */
  static void clear(Element element) {
    element.textContent = "";
  }
}
