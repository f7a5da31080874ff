package dev.ossdirect.client.upload;

import dev.ossdirect.signing.Ascii;
import dev.ossdirect.signing.upload.AllowedContentTypes;
import java.util.List;

/**
 * The media type a file is uploaded with, and whether the server's list accepts it.
 *
 * <p>Browsers report the type from the file's extension, and report nothing for extensions they do not
 * know (some systems do not know {@code .webp}); for common picture extensions the type is then guessed
 * the same way.
 */
public final class ContentTypes {

  private static final String[][] BY_EXTENSION = {
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"png", "image/png"},
    {"gif", "image/gif"},
    {"webp", "image/webp"},
    {"bmp", "image/bmp"},
    {"heic", "image/heic"},
    {"tif", "image/tiff"},
    {"tiff", "image/tiff"},
  };

  private ContentTypes() {}

  /** The type of a file named {@code fileName} that the browser reported as {@code browserType}; "" if unknown. */
  public static String of(String fileName, String browserType) {
    if (browserType != null && !browserType.isEmpty()) {
      return Ascii.toLowerCase(browserType);
    }
    String extension = Ascii.toLowerCase(fileName.substring(fileName.lastIndexOf('.') + 1));
    for (String[] entry : BY_EXTENSION) {
      if (entry[0].equals(extension)) {
        return entry[1];
      }
    }
    return "";
  }

  /** Whether {@code allowed} (such as {@code image/png} or {@code image/*}) accepts {@code type}. */
  public static boolean isAllowed(String type, List<String> allowed) {
    return AllowedContentTypes.accepts(type, allowed);
  }
}
