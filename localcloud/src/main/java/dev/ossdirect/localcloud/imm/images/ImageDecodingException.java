package dev.ossdirect.localcloud.imm.images;

/**
 * The bytes given to the {@link ImageDecoder} are not an image it can decode: empty, not in a supported
 * format, truncated or corrupt, or too large. The message says which, in words fit to show to whoever
 * sent the image.
 */
public class ImageDecodingException extends Exception {

  private static final long serialVersionUID = 1L;

  public ImageDecodingException(String message) {
    super(message);
  }

  public ImageDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
