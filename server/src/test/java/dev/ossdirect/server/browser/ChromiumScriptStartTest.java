package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's compiled script is asked for as soon as the loader runs, while the page is still parsed, not
 * once it has loaded, and downloaded once: the iframe the loader installs it in, once that download is
 * done, takes it from the browser's cache.
 */
class ChromiumScriptStartTest {

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void theCompiledScriptIsAskedForEarlyAndDownloadedOnce() {
    var driver = browser.driver();
    driver.get("about:blank");
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    AppPage page = browser.page();
    page.open(browser.app().url());

    @SuppressWarnings("unchecked")
    Map<String, Object> timing = (Map<String, Object>) driver.executeScript(
        "const nav = performance.getEntriesByType('navigation')[0];"
            + "const preload = performance.getEntriesByType('resource').find(e => e.name.endsWith('.cache.js'));"
            + "const frame = document.querySelector('iframe').contentWindow;"
            + "const installed = frame.performance.getEntriesByType('resource').find(e => e.name.endsWith('.cache.js'));"
            + "return {script: preload && preload.name, initiator: preload && preload.initiatorType,"
            + "  asked: preload && preload.startTime, arrived: preload && preload.responseEnd, interactive: nav.domInteractive,"
            + "  installed: installed && frame.performance.timeOrigin - performance.timeOrigin + installed.startTime};");
    assertEquals("link", timing.get("initiator"), "the loader preloads the compiled script: " + timing);
    assertTrue(number(timing, "asked") < number(timing, "interactive"),
        "asked for while the page was still parsed: " + timing);
    assertTrue(number(timing, "installed") >= number(timing, "arrived"),
        "installed once the download was done, so that it reads the script from the cache: " + timing);
    String script = String.valueOf(timing.get("script"));
    assertEquals(1, page.networkFetches(script.substring(script.lastIndexOf('/'))),
        "the compiled script came over the network once");
  }

  private static double number(Map<String, Object> timing, String name) {
    return ((Number) timing.get(name)).doubleValue();
  }
}
