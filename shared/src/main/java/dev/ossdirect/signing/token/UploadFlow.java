package dev.ossdirect.signing.token;

/**
 * How the browser gets its files into the bucket.
 *
 * <ul>
 *   <li>{@link #SERVER_SIGNED} (the default): the server names each object and signs each request for
 *       exactly the file the browser declared (its size, its type, its key), counting what every session
 *       stores. The browser's token carries no OSS right at all, so a client that ignores the page cannot
 *       store more, larger or other objects than the server signed.
 *   <li>{@link #BROWSER_TOKEN}: the browser's token may write into the session's folder and the page signs
 *       its own requests. The size and type limits then hold only in the page: a client with the token may
 *       store anything of up to 5 GiB there, any number of times.
 * </ul>
 */
public enum UploadFlow {
  SERVER_SIGNED("server-signed"),
  BROWSER_TOKEN("browser-token");

  private final String wireName;

  UploadFlow(String wireName) {
    this.wireName = wireName;
  }

  /** The name the settings and the token answer use. */
  public String wireName() {
    return wireName;
  }

  /**
   * {@link #SERVER_SIGNED} for {@code "server-signed"}, in any case; {@link #BROWSER_TOKEN} for anything
   * else: a server that names no flow lets the token upload, as the flow was before the server signed.
   */
  public static UploadFlow fromWireName(String name) {
    return SERVER_SIGNED.wireName.equalsIgnoreCase(name) ? SERVER_SIGNED : BROWSER_TOKEN;
  }
}
