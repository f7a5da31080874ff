package dev.ossdirect.bench.journey;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Where one visit's time went, for {@code -Dbench.firstfaces.detail=true}: printed, not reported, since it
 * explains the phases of {@link FirstFacesBenchmark} rather than measuring them.
 */
final class VisitDetail {

  private VisitDetail() {}

  /** Prints the page's requests, long tasks and picture events, and each answer's {@code Server-Timing}. */
  static void print(ChromeDriver driver, String side) {
    Object page = driver.executeScript(
        "const p = window.firstFaces;"
            + "const r = performance.getEntriesByType('resource').map(e => e.initiatorType + ' '"
            + "  + e.name.replace(/^https?:\\/\\/[^/]*/, '').replace(/\\?.*Action=([A-Za-z]+).*/, '?$1').replace(/\\?.*/, '?…').slice(-60)"
            + "  + ' ' + e.startTime.toFixed(1) + '..' + e.responseEnd.toFixed(1));"
            + "return ['probe ' + JSON.stringify({ready: p.ready, chosen: p.chosen, uploaded: p.uploaded, drawn: p.drawn,"
            + "  states: p.states, marks: p.marks})]"
            + "  .concat(Array.from(document.querySelectorAll('iframe')).flatMap(f => {"
            + "    const w = f.contentWindow, o = w.performance.timeOrigin - performance.timeOrigin;"
            + "    return w.performance.getEntriesByType('resource').map(e => 'iframe ' + e.name.slice(-40) + ' '"
            + "      + (o + e.startTime).toFixed(1) + '..' + (o + e.responseEnd).toFixed(1)); }))"
            + "  .concat(r).concat((p.longTasks || []).map(t => 'longtask ' + t));");
    StringBuilder out = new StringBuilder("[first-faces] " + side + "\n");
    for (Object line : (List<?>) page) {
      out.append("    ").append(line).append('\n');
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (message.contains("\"Network.responseReceived\"") && message.toLowerCase().contains("server-timing")) {
        int url = message.indexOf("\"url\":\"");
        String where = url < 0 ? "?" : message.substring(url + 7, message.indexOf('"', url + 7)).replaceAll("\\?.*", "");
        int timing = message.toLowerCase().indexOf("\"server-timing\":\"");
        String header = message.substring(timing + 17, message.indexOf('"', timing + 17));
        out.append("    server-timing ").append(where.replaceAll("^https?://[^/]*", "")).append(' ').append(header).append('\n');
      }
    }
    System.err.print(out);
  }
}
