package dev.ossdirect.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A browser's session: a random id kept in an HttpOnly, SameSite=Strict cookie (Secure when served over
 * HTTPS). Everything a token may touch is scoped by it.
 *
 * @param id 32 lower-case hex digits (128 random bits)
 */
public record BrowserSession(String id) {

  /** The cookie's name. */
  public static final String COOKIE = "ossdirect_session";

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The session of the request: the one its cookie names, or a new one whose cookie is set on the
   * response.
   */
  public static BrowserSession of(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id != null && ID.matcher(id).matches()) {
      return new BrowserSession(id);
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    BrowserSession session = new BrowserSession(HexFormat.of().formatHex(bytes));
    Cookie cookie = new Cookie(COOKIE, session.id());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure(isHttps(ctx));
    ctx.cookie(cookie);
    return session;
  }

  /** The RoleSessionName for AssumeRole: {@code web-} and the id, within STS's character set. */
  public String roleSessionName() {
    return "web-" + id;
  }

  /** The folder this session uploads into: {@code <upload prefix><id>/}. */
  public String uploadPrefix(String uploadPrefix) {
    return uploadPrefix + id + "/";
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
