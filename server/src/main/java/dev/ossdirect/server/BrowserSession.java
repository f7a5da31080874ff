package dev.ossdirect.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session: a random id kept in an HttpOnly, SameSite=Strict cookie (Secure when served over
 * HTTPS). Everything a token may touch is scoped by it.
 *
 * <p>The cookie's value is {@code <id>.<MAC of the id>} under the {@link SessionKey}, so only ids this
 * server (or another instance with the same key) issued are taken back; any other value, an id of the
 * browser's own choosing included, gets a new session. The id alone names the session's folder and its
 * RoleSessionName, so the MAC never leaves the cookie.
 *
 * @param id 32 lower-case hex digits (128 random bits)
 */
public record BrowserSession(String id) {

  /** The cookie's name. */
  public static final String COOKIE = "ossdirect_session";

  /** How many hex digits every id has, so that every session's folder is as long as any other's. */
  static final int ID_DIGITS = 32;

  private static final Pattern COOKIE_VALUE = Pattern.compile("([0-9a-f]{" + ID_DIGITS + "})\\.([0-9a-f]{1,64})");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The session of the request: the one its cookie names if {@code key} verifies it, or else a new one
   * whose cookie is set on the response.
   */
  public static BrowserSession of(Context ctx, SessionKey key) {
    String value = ctx.cookie(COOKIE);
    if (value != null) {
      Matcher parts = COOKIE_VALUE.matcher(value);
      if (parts.matches() && key.verifies(parts.group(1), parts.group(2))) {
        return new BrowserSession(parts.group(1));
      }
    }
    byte[] bytes = new byte[ID_DIGITS / 2];
    RANDOM.nextBytes(bytes);
    BrowserSession session = new BrowserSession(HexFormat.of().formatHex(bytes));
    Cookie cookie = new Cookie(COOKIE, session.id() + "." + key.mac(session.id()));
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure(isHttps(ctx));
    ctx.cookie(cookie);
    return session;
  }

  /**
   * The RoleSessionName for AssumeRole: {@code web-} and the id, 36 characters, within STS's 2 to 64
   * letters, digits and {@code . @ - _}.
   */
  public String roleSessionName() {
    return "web-" + id;
  }

  /** The folder this session uploads into: {@code <upload prefix><id>/}. */
  public String uploadPrefix(String uploadPrefix) {
    return uploadPrefix + id + "/";
  }

  /**
   * The folder of a session whose id is {@code ID_DIGITS} digits long, as every id is: the longest folder
   * any session under {@code uploadPrefix} can have.
   */
  static String longestFolder(String uploadPrefix) {
    return new BrowserSession("f".repeat(ID_DIGITS)).uploadPrefix(uploadPrefix);
  }

  /** A short, non-reversible tag for logs, so that the cookie itself never appears in them. */
  public String logTag() {
    return id.substring(0, 8);
  }

  private static boolean isHttps(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(forwarded);
  }

  @Override
  public String toString() {
    return "BrowserSession{" + logTag() + "…}";
  }
}
