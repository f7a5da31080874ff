package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page names its compiled script itself (the server chose it), so the browser asks for it while the
 * page is still parsed, downloads it once, and downloads no loader: the first visit's only script.
 */
class ChromiumScriptStartTest {

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void theCompiledScriptIsAskedForEarlyAndDownloadedOnceWithoutALoader() {
    var driver = browser.driver();
    driver.get("about:blank");
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    AppPage page = browser.page();
    page.open(browser.app().url());

    @SuppressWarnings("unchecked")
    Map<String, Object> timing = (Map<String, Object>) driver.executeScript(
        "const nav = performance.getEntriesByType('navigation')[0];"
            + "const scripts = performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js'));"
            + "const script = scripts.find(e => e.name.endsWith('.page.cache.js'));"
            + "return {scripts: scripts.length, script: script && script.name, initiator: script && script.initiatorType,"
            + "  asked: script && script.startTime, interactive: nav.domInteractive,"
            + "  iframes: document.querySelectorAll('iframe').length};");
    assertEquals(1L, timing.get("scripts"), "one script, and no loader: " + timing);
    assertEquals("script", timing.get("initiator"), "the page's own script tag asked for it: " + timing);
    assertTrue(number(timing, "asked") < number(timing, "interactive"),
        "asked for while the page was still parsed: " + timing);
    assertEquals(0L, timing.get("iframes"), "the app runs in the page itself: " + timing);
    String script = String.valueOf(timing.get("script"));
    assertEquals(1, page.networkFetches(script.substring(script.lastIndexOf('/'))),
        "the compiled script came over the network once");
  }

  private static double number(Map<String, Object> timing, String name) {
    return ((Number) timing.get(name)).doubleValue();
  }
}
