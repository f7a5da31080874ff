package dev.ossdirect.server;

import dev.ossdirect.settings.InvalidValueException;
import dev.ossdirect.settings.ValueParser;
import java.net.URI;

/**
 * GWT's code server (Super Dev Mode) on this machine, which the page loads its script from during
 * development ({@code --dev-code-server}), so that a change to the client shows on reload without a full
 * compile. The server then answers {@code /app/app.nocache.js} with {@link #loaderScript()} instead of the
 * compiled app, and the Content-Security-Policy allows exactly {@link #origin()} besides its own sources.
 *
 * <p>Only an {@code http} origin on the loopback interface is accepted: the code server has no
 * authentication and serves only plain HTTP, and a browser resolves a loopback address on its own machine,
 * so the policy never trusts another host. Cloud mode refuses the setting altogether
 * ({@link ServerSettings}).
 *
 * @param origin {@code http://<loopback host>:<port>}, with nothing after it
 */
public record DevCodeServer(String origin) {

  /** The GWT module the page loads, as its {@code rename-to} names it. */
  static final String MODULE = "app";

  /** What the setting accepts, for its message. */
  static final String EXPECTED = "an http origin on this machine, such as http://127.0.0.1:9876 "
      + "(the host 127.x.x.x, localhost or [::1])";

  /** Reads the setting: an http origin whose host is a loopback address, without path, query or user. */
  static ValueParser<DevCodeServer> parser() {
    return text -> {
      URI uri;
      try {
        uri = URI.create(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(EXPECTED);
      }
      boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
          && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
      if (!"http".equals(uri.getScheme()) || uri.getHost() == null || !bare || !isLoopback(uri.getHost())) {
        throw new InvalidValueException(EXPECTED);
      }
      return new DevCodeServer("http://" + uri.getRawAuthority());
    };
  }

  /**
   * Whether {@code host} is a loopback address by its very spelling: {@code localhost}, an IPv4 address in
   * 127.0.0.0/8 or IPv6's {@code [::1]}. No name is looked up, so no resolver can make another host pass.
   */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost") || host.equals("[::1]")) {
      return true;
    }
    String[] octets = host.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * The script served as {@code /app/app.nocache.js}: it loads the code server's recompile requester, which
   * asks the code server to compile the app for this browser (at once when nothing changed) and then loads
   * the result. Like GWT's own launcher stub, but from the configured origin rather than the page's host
   * name, so that it is exactly the origin the policy allows. When the code server does not answer, the
   * page says so where it shows its own errors.
   */
  public String loaderScript() {
    String requester = origin + "/recompile-requester/" + MODULE;
    String message = "The page could not load its script from GWT's code server at " + origin
        + " (--dev-code-server). Start it with ./dev, or wait until it has started, and reload.";
    return "// Development only (--dev-code-server): the app comes from GWT's code server.\n"
        + "(function (document) {\n"
        + "  var script = document.createElement('script');\n"
        + "  script.src = '" + requester + "';\n"
        + "  script.onerror = function () {\n"
        + "    var message = '" + message.replace("'", "\\'") + "';\n"
        + "    console.error(message);\n"
        + "    var box = document.getElementById('page-error');\n"
        + "    if (box) {\n"
        + "      box.textContent = message;\n"
        + "      box.hidden = false;\n"
        + "    }\n"
        + "  };\n"
        + "  document.head.appendChild(script);\n"
        + "})(document);\n";
  }
}
