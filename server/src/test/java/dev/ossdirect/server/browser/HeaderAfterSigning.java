package dev.ossdirect.server.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Stands for something between the page and the bucket (a proxy, a browser extension) that adds an
 * {@code x-oss-} header to the page's PUTs (UploadPart) after the server signed them. OSS signs every
 * {@code x-oss-} header, so it refuses them: {@code SignatureDoesNotMatch}, with an EC. Installed before
 * the page's own scripts run, on every page the browser opens from then on.
 */
final class HeaderAfterSigning {

  private HeaderAfterSigning() {}

  /** Every PUT to {@code ossOrigin} whose address contains {@code addressPart} gets the extra header. */
  static void onPuts(ChromeDriver driver, String ossOrigin, String addressPart) {
    String script = "(() => {"
        + "  const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;"
        + "  XMLHttpRequest.prototype.open = function (method, url) {"
        + "    this.sentTo = method + ' ' + url; return open.apply(this, arguments); };"
        + "  XMLHttpRequest.prototype.send = function () {"
        + "    if (this.sentTo.startsWith('PUT " + ossOrigin + "') && this.sentTo.includes('" + addressPart + "')) {"
        + "      this.setRequestHeader('x-oss-meta-added-after-signing', 'yes'); }"
        + "    return send.apply(this, arguments); };"
        + "})();";
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
  }
}
