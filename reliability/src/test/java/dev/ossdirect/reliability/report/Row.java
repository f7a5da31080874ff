package dev.ossdirect.reliability.report;

/**
 * The rows of RELIABILITY.md, each one kind of attack or failure, in the order they appear. Tests record
 * their counts against a row ({@link Ledger}); the report lists every row, so a row that no test recorded
 * shows up as missing rather than silently disappearing.
 */
public enum Row {
  TAMPER_RPC_STS_SIGNED(Section.TAMPER,
      "RPC V1, STS AssumeRole from the STS SDK: the method, each signed parameter, a parameter added, the"
          + " secret, the AccessKeyId and the timestamp changed"),
  TAMPER_RPC_STS_UNSIGNED(Section.TAMPER,
      "RPC V1, STS AssumeRole: User-Agent, an unsigned header, the path and an empty (unsigned) parameter"
          + " changed"),
  TAMPER_RPC_IMM_SIGNED(Section.TAMPER,
      "RPC V1, IMM DetectImageFaces from the IMM SDK with an STS token: the method, each signed parameter,"
          + " the secret, the security token, the AccessKeyId and the timestamp changed"),
  TAMPER_RPC_IMM_UNSIGNED(Section.TAMPER,
      "RPC V1, IMM DetectImageFaces: User-Agent, an unsigned header and an empty (unsigned) parameter"
          + " changed"),
  TAMPER_ACS3_SIGNED(Section.TAMPER,
      "ACS3, IMM DetectImageFaces from the IMM SDK: the method, the path, each query parameter, each signed"
          + " header, the body, the secret, the security token, the AccessKeyId and the date changed"),
  TAMPER_ACS3_UNSIGNED(Section.TAMPER,
      "ACS3, IMM DetectImageFaces: User-Agent and an unsigned header changed"),
  TAMPER_OSS_V1_HEADER_SIGNED(Section.TAMPER,
      "OSS V1 Authorization header, PutObject and UploadPart from the OSS SDK: the method, the key, each"
          + " sub-resource, each signed header, the secret, the security token, the AccessKeyId and the date"
          + " changed"),
  TAMPER_OSS_V1_HEADER_UNSIGNED(Section.TAMPER,
      "OSS V1 Authorization header: User-Agent, an unsigned header, an unsigned query parameter and the"
          + " body (no Content-MD5 signed) changed"),
  TAMPER_OSS_V1_URL_SIGNED(Section.TAMPER,
      "OSS V1 signed URL from the OSS SDK: the method, the key, Expires, each sub-resource, the signed"
          + " Content-Type, the signature, the secret, the security token and the AccessKeyId changed"),
  TAMPER_OSS_V1_URL_UNSIGNED(Section.TAMPER,
      "OSS V1 signed URL: User-Agent, an unsigned header and an unsigned query parameter changed"),
  TAMPER_OSS_V4_HEADER_SIGNED(Section.TAMPER,
      "OSS V4 Authorization header, PutObject and UploadPart from the OSS SDK: the method, the key, each"
          + " query parameter, each signed header, the scope, the secret, the security token, the"
          + " AccessKeyId and the date changed"),
  TAMPER_OSS_V4_HEADER_UNSIGNED(Section.TAMPER,
      "OSS V4 Authorization header: User-Agent, an unsigned header and the (unsigned) body changed"),
  TAMPER_OSS_V4_URL_SIGNED(Section.TAMPER,
      "OSS V4 signed URL from the OSS SDK: the method, the key, each query parameter, the date, the expiry,"
          + " the credential scope, the signature, the secret, the security token and the AccessKeyId"
          + " changed"),
  TAMPER_OSS_V4_URL_UNSIGNED(Section.TAMPER,
      "OSS V4 signed URL: User-Agent and an unsigned header changed"),

  CLOCK_SKEW(Section.TIME,
      "Requests dated 14 minutes off (accepted) and 16 minutes off (refused), either way, for RPC V1, ACS3,"
          + " OSS V1 and OSS V4"),
  NONCE_REPLAY(Section.TIME,
      "A signature nonce used again within the 15-minute window (refused) and after it (accepted), for RPC"
          + " V1 and ACS3"),
  NONCE_FLOODING(Section.TIME,
      "Nonce flooding: DetectImageFaces calls with 900,000-character nonces (refused, the heap kept), nonces"
          + " of exactly and one over the length limit, a token holding its whole budget of nonces and more"
          + " (Throttling.User for it alone, until the window passes), calls refused as unauthorised leaving"
          + " their nonce unused"),
  TOKEN_EXPIRY(Section.TIME,
      "An STS token used one second before (accepted) and one second after (refused) its expiry, on OSS"
          + " and IMM"),
  SIGNED_URL_EXPIRY(Section.TIME,
      "OSS V1 and V4 signed URLs used one second before (accepted) and after (refused) they expire"),

  POLICY_SESSION_TOKEN(Section.POLICY,
      "The server's session token: writes outside its folder, into another session's folder and into"
          + " another bucket; GetObject and DeleteObject; IMM on another project; its own folder and project"
          + " (allowed)"),
  POLICY_ARN_SEGMENTS(Section.POLICY,
      "RAM resource matching across ARN segments: a session's token PUTs keys that spell its own ARN after a"
          + " colon, over other objects, and random hostile keys (colons, slashes, * and ?, .., non-ASCII,"
          + " bucket and session names); only keys inside its folder are written"),
  POLICY_INTERSECTION(Section.POLICY,
      "A session policy that tries to widen the role's rights: the token keeps the intersection"),
  POLICY_GRAMMAR(Section.POLICY,
      "Malformed session policies sent to AssumeRole get InvalidParameter.PolicyGrammar"),
  LIMITS_ENFORCED_BY_SERVICE(Section.POLICY,
      "Limits enforced by the service, with everything the page gets: the browser's token writing 60 MiB of"
          + " text/html; uploads declared too large, empty or of a type not allowed; a signed part sent"
          + " longer, shorter, to another key or as another part; a completion listing other parts; an"
          + " existing object named again; more files than the session's budget"),

  HOSTILE_KEYS(Section.HOSTILE,
      "Object keys: .. segments and their encoded forms, absolute paths, NUL and control characters,"
          + " backslashes, over-long keys, invalid UTF-8 and broken escapes"),
  HOSTILE_SIZES(Section.HOSTILE,
      "Bodies: zero-length objects (stored), over the maximum size (declared and chunked), shorter or"
          + " longer than their Content-Length, wrong and malformed Content-MD5"),
  HOSTILE_MULTIPART(Section.HOSTILE,
      "CompleteMultipartUpload: malformed XML, duplicate and out-of-order parts, wrong ETags, a part under"
          + " 100 KB, oversized and deeply nested bodies, XXE and entity expansion"),
  HOSTILE_HTTP(Section.HOSTILE,
      "Malformed HTTP to STS, IMM and OSS: unparsable targets, two Host headers, oversized headers,"
          + " unknown methods and paths, broken framing"),
  HOSTILE_POLICY_JSON(Section.HOSTILE,
      "Session policies to STS: oversized, deeply nested, and not JSON"),
  HOSTILE_IMAGES(Section.HOSTILE,
      "Files sent to IMM DetectImageFaces: non-images, truncated and corrupted images, an empty file"),
  HOSTILE_UNIMPLEMENTED(Section.HOSTILE,
      "OSS headers and sub-resources the local OSS does not implement (copy, ACL, storage class, tagging,"
          + " callback, server-side encryption, symlinks, append, restore, versions), on new keys and over"
          + " stored objects: 501 NotImplemented, nothing stored"),

  FUZZ_CODECS(Section.FUZZ,
      "Percent-encoding and decoding (round trip, JDK agreement), Base64, Hex and UTF-8 decoding (JDK"
          + " agreement)"),
  FUZZ_CANONICALIZERS(Section.FUZZ,
      "RPC canonical query, ACS3 canonical request, OSS V1 string to sign and V4 canonical request, each"
          + " against Alibaba's SDK"),
  FUZZ_SIGNATURE_PARSERS(Section.FUZZ,
      "Authorization headers (ACS3, OSS V1, OSS V4), signed-URL and RPC signature parameters, query strings"
          + " and the three timestamp forms"),
  FUZZ_COMPLETE_XML(Section.FUZZ, "The CompleteMultipartUpload XML parser"),
  FUZZ_POLICY(Section.FUZZ, "The RAM policy parser"),

  CRASH_UPLOADS(Section.CRASH,
      "Single and multipart uploads at the kill: confirmed ones present with their MD5 after the restart,"
          + " ones never sent whole invisible, ones sent but unanswered invisible or whole; no temporary file"
          + " left"),

  LOAD_UPLOADS(Section.LOAD, "Concurrent uploads of mixed sizes: intact by MD5, no 5xx"),
  LOAD_TOKEN_BURST(Section.LOAD,
      "Token requests at ten times the rate limit: the excess gets 429, no 5xx, the health check keeps"
          + " answering during the burst (p99 under 2 s)"),
  LOAD_SLOW_CLIENTS(Section.LOAD,
      "Clients sending bodies at 1 KB/s: the others complete meanwhile; a client that stops sending is cut"
          + " off by the idle timeout, and its upload leaves nothing behind"),
  LOAD_IMAGE_BOMBS(Section.LOAD,
      "32 DetectImageFaces calls at once on a 30 kB GIF that decodes to 40 megapixels, against a local"
          + " cloud in a JVM of its own: each answered or throttled (429 Throttling), never a 5xx; then a"
          + " portrait still gives its face. Its resident memory may grow by 8 bytes per pixel of the"
          + " decode budget and its heap, no more"),

  SECRETS_BROWSER(Section.SECRETS,
      "Uploading a picture and finding its faces in Chromium: the RAM user's secret appears in no log line"
          + " and no response; temporary secrets and tokens only in the token response"),

  RESPONSES_NO_ECHO(Section.RESPONSES,
      "Errors echo no object bytes or tokens: DetectImageFaces on files that are not whole pictures, each"
          + " carrying a marker; RPC V1 and ACS3 signature mismatches with an STS token, on STS and IMM"),
  RESPONSES_SECURITY_HEADERS(Section.RESPONSES,
      "nosniff and a CSP with frame-ancestors 'none' on every answer of the app, STS, OSS and IMM, the HTTP"
          + " server's own error pages included: an over-long request target, an oversized header block, an"
          + " unknown HTTP version, a malformed request line, a broken escape"),
  RESPONSES_APP_FILES_ONLY(Section.RESPONSES,
      "Only the app's own files are served: GWT's development artifacts, WEB-INF and META-INF answer 404; the"
          + " page and its scripts load");

  private final Section section;
  private final String description;

  Row(Section section, String description) {
    this.section = section;
    this.description = description;
  }

  public Section section() {
    return section;
  }

  /** What was tried, as the report says it. */
  public String description() {
    return description;
  }
}
