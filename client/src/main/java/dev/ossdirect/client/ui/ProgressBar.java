package dev.ossdirect.client.ui;

import elemental2.dom.HTMLElement;
import jsinterop.base.Js;

/**
 * A progress bar as assistive technology knows it: {@code role="progressbar"} with
 * {@code aria-valuemin}, {@code aria-valuemax}, {@code aria-valuenow} (a whole percentage) and
 * {@code aria-valuetext} (the same in bytes). The fill is scaled, not resized, so that the bar never
 * changes the layout around it.
 */
final class ProgressBar {

  private final HTMLElement bar;
  private final HTMLElement fill;
  private int percent = -1;

  private ProgressBar(HTMLElement bar, HTMLElement fill) {
    this.bar = bar;
    this.fill = fill;
  }

  /** A new bar named {@code label} for assistive technology. */
  static ProgressBar create(String label, String testId) {
    HTMLElement bar = Dom.testId(Dom.element("div", "progress"), testId);
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-label", label);
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "100");
    HTMLElement fill = Dom.element("div", "progress-fill");
    bar.appendChild(fill);
    ProgressBar progressBar = new ProgressBar(bar, fill);
    progressBar.set(0, "0%");
    return progressBar;
  }

  /** The bar already in the page as {@code bar}, with its fill as first child. */
  static ProgressBar of(HTMLElement bar) {
    return new ProgressBar(bar, Js.uncheckedCast(bar.firstElementChild));
  }

  HTMLElement element() {
    return bar;
  }

  /** Shows {@code percent} (0 to 100), read out as {@code valueText}. */
  void set(int percent, String valueText) {
    if (percent != this.percent) {
      this.percent = percent;
      bar.setAttribute("aria-valuenow", Integer.toString(percent));
      fill.style.setProperty("transform", "scaleX(" + (percent / 100.0) + ")");
    }
    bar.setAttribute("aria-valuetext", valueText);
  }
}
