package dev.ossdirect.client.ui;

import elemental2.dom.HTMLElement;

/**
 * Says status changes to screen readers through the page's polite live region: a file refused, an
 * upload done, faces found. Progress itself is not announced, which would drown everything else.
 */
final class Announcer {

  private final HTMLElement region;

  Announcer(HTMLElement region) {
    this.region = region;
  }

  void say(String message) {
    region.textContent = message;
  }
}
