package dev.ossdirect.localcloud.imm.images;

/**
 * The image formats the {@link ImageDecoder} decodes: those that IMM analyses directly (JPEG, PNG, BMP,
 * and the first frame of a GIF) and WebP. Anything else is refused before it reaches a native decoder.
 */
public enum ImageFormat {
  JPEG("JPEG"),
  PNG("PNG"),
  GIF("GIF"),
  BMP("BMP"),
  WEBP("WebP");

  private final String displayName;

  ImageFormat(String displayName) {
    this.displayName = displayName;
  }

  /** The usual written name of the format, for messages. */
  public String displayName() {
    return displayName;
  }
}
