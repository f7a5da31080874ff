package dev.ossdirect.localcloud.ram;

import java.util.Random;

/**
 * Random object keys built to fool a RAM resource check: pieces of ARNs, colons, slashes, the wildcard
 * characters {@code *} and {@code ?}, {@code ..}, non-ASCII text, the bucket's name and both sessions'
 * folders, in any order. About a third start with the own session's folder, so that allowed keys are
 * tried as often as refused ones.
 */
public final class HostileObjectKeys {

  private static final String[] FIXED_PIECES = {
    ":", ":", "/", "/", "*", "?", "..", ".", "", "x", "z.png", "index.html", "acs", "oss", "acs:oss:",
    "*:*:", "cn-hangzhou", "1234567890123456", "uploads", "uploads/", "%2F", "%3A", "\\", " ", "é", "中文",
    "😀", "\u2028", "\u00a0"
  };

  private final Random random;
  private final String[] pieces;
  private final String ownFolder;

  /**
   * Keys for the session that owns {@code ownFolder} (such as {@code uploads/<id>/}), mixing in
   * {@code bucket} and {@code otherFolder}, another session's folder.
   */
  public HostileObjectKeys(Random random, String bucket, String ownFolder, String otherFolder) {
    this.random = random;
    this.ownFolder = ownFolder;
    String[] named = {bucket, bucket + "/", ownFolder, otherFolder, strip(ownFolder), strip(otherFolder),
        bucket + "/" + ownFolder, bucket + "/" + otherFolder, ":" + bucket + "/" + ownFolder};
    this.pieces = new String[FIXED_PIECES.length + named.length];
    System.arraycopy(FIXED_PIECES, 0, pieces, 0, FIXED_PIECES.length);
    System.arraycopy(named, 0, pieces, FIXED_PIECES.length, named.length);
  }

  /** The next key: up to 12 pieces, after the own folder one time in three. */
  public String next() {
    StringBuilder key = new StringBuilder(random.nextInt(3) == 0 ? ownFolder : "");
    int count = random.nextInt(13);
    for (int i = 0; i < count; i++) {
      key.append(pieces[random.nextInt(pieces.length)]);
    }
    return key.toString();
  }

  /** What the session's policy must allow: exactly the keys inside its own folder. */
  public boolean insideOwnFolder(String key) {
    return key.startsWith(ownFolder);
  }

  private static String strip(String folder) {
    return folder.replaceAll("^uploads/|/$", "");
  }
}
