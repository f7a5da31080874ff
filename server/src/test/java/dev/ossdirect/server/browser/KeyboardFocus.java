package dev.ossdirect.server.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Moves the focus with the keyboard, as someone without a mouse does, and tells where it went. Elements are
 * named by one script everywhere: tag, test id or id, the file whose card it is or is in, and its accessible
 * text, so that a tab order reads as a list of names.
 */
final class KeyboardFocus {

  /** The script's function {@code name(element)}; a script using it starts with it. */
  private static final String NAME = "function name(e) {"
      + "  if (!e || e === document.body || e === document.documentElement) return 'body';"
      + "  const card = e.closest('[data-testid=file-card]');"
      + "  return e.tagName.toLowerCase() + '[' + (e.dataset.testid || e.id || '') + ']'"
      + "    + (card ? ' of ' + card.dataset.fileName : '')"
      + "    + ' \"' + (e.getAttribute('aria-label') || e.textContent)"
      + "      .replace(/\\s+/g, ' ').trim().slice(0, 60) + '\"';"
      + "}";

  /**
   * Every element the Tab key should reach, in document order: links, enabled controls, disclosure
   * summaries and anything given a non-negative tabindex, when rendered and not hidden.
   */
  private static final String TABBABLE = NAME
      + "return [...document.querySelectorAll("
      + "    'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]')]"
      + "  .filter(e => e.tabIndex >= 0 && !e.disabled"
      + "    && e.checkVisibility({visibilityProperty: true}))"
      + "  .map(name);";

  /** The focused element's name and how its focus is drawn ({@link FocusRing}). */
  private static final String FOCUS_RING = NAME
      + "const e = document.activeElement;"
      + "const style = getComputedStyle(e);"
      + "let background = 'rgb(255, 255, 255)';"
      + "for (let a = e.parentElement; a; a = a.parentElement) {"
      + "  const color = getComputedStyle(a).backgroundColor;"
      + "  if (color !== 'transparent' && !/^rgba\\(.*, 0\\)$/.test(color)) { background = color; break; }"
      + "}"
      + "return {element: name(e), outlineStyle: style.outlineStyle,"
      + "  outlineWidth: parseFloat(style.outlineWidth), outlineColor: style.outlineColor, background};";

  private final ChromeDriver driver;

  KeyboardFocus(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Presses Tab once; returns how the element it moved to shows its focus. */
  FocusRing tab() {
    new Actions(driver).sendKeys(Keys.TAB).perform();
    return focused();
  }

  /** Presses Shift+Tab once; returns how the element it moved to shows its focus. */
  FocusRing tabBack() {
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    return focused();
  }

  /** Presses {@code key} on the focused element. */
  void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  @SuppressWarnings("unchecked")
  FocusRing focused() {
    return FocusRing.of((Map<String, Object>) driver.executeScript(FOCUS_RING));
  }

  /** The names of every element Tab should reach, in document order. */
  @SuppressWarnings("unchecked")
  List<String> tabbable() {
    return (List<String>) driver.executeScript(TABBABLE);
  }
}
