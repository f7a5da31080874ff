package dev.ossdirect.localcloud.imm.images;

import java.nio.charset.StandardCharsets;

/**
 * Reads the format and the dimensions of an encoded image from its header, in plain Java, and checks
 * that the file is structurally complete, before any native decoder sees the bytes.
 *
 * <p>This is what lets the decoder refuse a decompression bomb before decoding it: the pixel count
 * comes from the same header fields the decoders use to allocate their buffers. It also gives precise
 * messages for the common ways an upload goes wrong (not an image, cut short), where the native decoders
 * would only report that decoding failed. The messages say what was expected, where and how large, but
 * never quote the file's own bytes: they reach IMM's caller, who may have no right to read the object.
 * The structural checks are the ones that can be made without decompressing anything:
 *
 * <ul>
 *   <li>JPEG: the segments up to the first scan are walked, the first frame header gives the size, and
 *       an end-of-image marker must follow the scan data;
 *   <li>PNG: every chunk must fit in the data, the first must be IHDR, and there must be image data and
 *       an IEND chunk;
 *   <li>GIF: every block is walked up to the trailer; the size covers the logical screen and every frame;
 *   <li>BMP: the pixel array of an uncompressed bitmap must fit in the data;
 *   <li>WebP: the RIFF container must be complete, and the size comes from its VP8, VP8L or VP8X chunk.
 * </ul>
 *
 * Damage inside the compressed data is left to the decoder, which reports it as a failure to decode.
 */
final class ImageHeaderReader {

  private static final byte[] PNG_SIGNATURE = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
  };

  private final byte[] data;
  private final ImageFormat format;

  private ImageHeaderReader(byte[] data, ImageFormat format) {
    this.data = data;
    this.format = format;
  }

  /**
   * The header of {@code data}.
   *
   * @throws ImageDecodingException if {@code data} is empty, is not in one of the {@link ImageFormat}s,
   *     or is truncated or malformed in a way its header shows
   */
  static ImageHeader read(byte[] data) throws ImageDecodingException {
    if (data.length == 0) {
      throw new ImageDecodingException("the image is empty (0 bytes)");
    }
    ImageFormat format = sniff(data);
    if (format == null) {
      throw new ImageDecodingException(
          "the data (" + data.length + " bytes) is not a JPEG, PNG, GIF, BMP or WebP image");
    }
    ImageHeaderReader reader = new ImageHeaderReader(data, format);
    return switch (format) {
      case JPEG -> reader.readJpeg();
      case PNG -> reader.readPng();
      case GIF -> reader.readGif();
      case BMP -> reader.readBmp();
      case WEBP -> reader.readWebp();
    };
  }

  private static ImageFormat sniff(byte[] data) {
    if (startsWith(data, 0, (byte) 0xff, (byte) 0xd8, (byte) 0xff)) {
      return ImageFormat.JPEG;
    }
    if (startsWith(data, 0, PNG_SIGNATURE)) {
      return ImageFormat.PNG;
    }
    if (startsWith(data, 0, ascii("GIF87a")) || startsWith(data, 0, ascii("GIF89a"))) {
      return ImageFormat.GIF;
    }
    if (startsWith(data, 0, ascii("RIFF")) && startsWith(data, 8, ascii("WEBP"))) {
      return ImageFormat.WEBP;
    }
    if (startsWith(data, 0, ascii("BM")) && data.length >= 18 && isBmpInfoHeaderSize(le32(data, 14))) {
      return ImageFormat.BMP;
    }
    return null;
  }

  // JPEG (ITU T.81): markers and their segments, up to the first scan.

  private ImageHeader readJpeg() throws ImageDecodingException {
    int position = 2;
    int width = -1;
    int height = -1;
    while (true) {
      if (u8(position) != 0xff) {
        throw corrupt("expected a marker at byte " + position);
      }
      while (u8(position) == 0xff) {
        position++; // a marker may be preceded by any number of fill bytes
      }
      int marker = u8(position++);
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        continue; // markers without a segment
      }
      if (marker == 0xd9) {
        throw corrupt("it ends (end-of-image marker at byte " + (position - 2) + ") before its image data");
      }
      if (marker == 0x00 || marker == 0xd8) {
        throw corrupt("it has a marker that cannot appear there at byte " + (position - 1));
      }
      int length = be16(position);
      if (length < 2) {
        throw corrupt("the segment at byte " + position + " has a length of " + length);
      }
      require(position + length, "its segment at byte " + position + " needs " + length + " bytes");
      if (isJpegFrameHeader(marker)) {
        if (width >= 0) {
          throw corrupt("it has a second frame header at byte " + position);
        }
        if (length < 8) {
          throw corrupt("its frame header at byte " + position + " is too short");
        }
        height = be16(position + 3);
        width = be16(position + 5);
        if (width == 0 || height == 0) {
          throw corrupt("its frame header declares an empty image (" + width + "x" + height + ")");
        }
      }
      if (marker == 0xda) {
        if (width < 0) {
          throw corrupt("its image data starts before its frame header");
        }
        if (!hasJpegEndMarker(position + length)) {
          throw truncated("it has no end-of-image marker after its image data");
        }
        return new ImageHeader(format, width, height);
      }
      position += length;
    }
  }

  /** SOF0 to SOF15, less DHT (0xC4), JPG (0xC8) and DAC (0xCC), which share that range. */
  private static boolean isJpegFrameHeader(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  /**
   * Whether an end-of-image marker (FF D9) follows {@code from}. Entropy-coded data escapes every 0xFF
   * byte as FF 00 and only puts restart markers (FF D0 to FF D7) in it, so FF D9 after the first scan is
   * the end-of-image marker. Files may carry padding after it, hence the search from the end.
   */
  private boolean hasJpegEndMarker(int from) {
    for (int i = data.length - 2; i >= from; i--) {
      if (data[i] == (byte) 0xff && data[i + 1] == (byte) 0xd9) {
        return true;
      }
    }
    return false;
  }

  // PNG (ISO/IEC 15948): a signature, then chunks of length, type, data and CRC.

  private ImageHeader readPng() throws ImageDecodingException {
    int position = PNG_SIGNATURE.length;
    require(position + 8 + 13, "it ends inside its IHDR chunk");
    if (!startsWith(data, position + 4, ascii("IHDR")) || be32(position) != 13) {
      throw corrupt("its first chunk is not a 13-byte IHDR chunk");
    }
    long width = be32(position + 8);
    long height = be32(position + 12);
    if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      throw corrupt("its IHDR chunk declares an invalid size (" + width + "x" + height + ")");
    }
    boolean hasImageData = false;
    while (true) {
      if (position + 8 > data.length) {
        throw truncated("it ends after " + data.length + " bytes, without an IEND chunk");
      }
      long length = be32(position);
      String type = new String(data, position + 4, 4, StandardCharsets.ISO_8859_1);
      if (length > Integer.MAX_VALUE) {
        throw corrupt("its chunk at byte " + position + " declares " + length + " bytes");
      }
      long end = position + 12 + length;
      if (end > data.length) {
        throw truncated("its chunk at byte " + position + " needs " + (12 + length)
            + " bytes but only " + (data.length - position) + " remain");
      }
      if (type.equals("IDAT")) {
        hasImageData = true;
      } else if (type.equals("IEND")) {
        break;
      }
      position = (int) end;
    }
    if (!hasImageData) {
      throw corrupt("it has no image data (no IDAT chunk)");
    }
    return new ImageHeader(format, (int) width, (int) height);
  }

  // GIF (GIF89a specification): header, logical screen descriptor, then blocks up to the trailer.

  private ImageHeader readGif() throws ImageDecodingException {
    require(13, "it ends inside its logical screen descriptor");
    int width = le16(6);
    int height = le16(8);
    int position = 13 + colorTableSize(u8(10));
    int frames = 0;
    while (true) {
      int introducer = u8(position++);
      if (introducer == 0x3b) {
        break; // trailer
      } else if (introducer == 0x21) {
        position = skipGifSubBlocks(position + 1); // extension: a label, then sub-blocks
      } else if (introducer == 0x2c) {
        int right = le16(position) + le16(position + 4);
        int bottom = le16(position + 2) + le16(position + 6);
        width = Math.max(width, right);
        height = Math.max(height, bottom);
        position += 9 + colorTableSize(u8(position + 8));
        u8(position); // the LZW minimum code size
        position = skipGifSubBlocks(position + 1);
        frames++;
      } else {
        throw corrupt("it has a block of an unknown kind at byte " + (position - 1));
      }
    }
    if (frames == 0 || width == 0 || height == 0) {
      throw corrupt("it has no image");
    }
    return new ImageHeader(format, width, height);
  }

  private static int colorTableSize(int packedFields) {
    return (packedFields & 0x80) == 0 ? 0 : 3 << ((packedFields & 0x07) + 1);
  }

  private int skipGifSubBlocks(int position) throws ImageDecodingException {
    while (true) {
      int size = u8(position);
      position += 1 + size;
      if (size == 0) {
        return position;
      }
    }
  }

  // BMP: file header, then a core (12-byte) or info (40 bytes and more) header.

  private ImageHeader readBmp() throws ImageDecodingException {
    long pixelOffset = le32(data, 10);
    long infoSize = le32(data, 14);
    long width;
    long height;
    int bitsPerPixel;
    long compression;
    if (infoSize == 12) {
      require(26, "it ends inside its header");
      width = le16(18);
      height = le16(20);
      bitsPerPixel = le16(24);
      compression = 0;
    } else {
      require(34, "it ends inside its header");
      width = (int) le32(data, 18);
      height = Math.abs((long) (int) le32(data, 22)); // negative for rows stored top-down
      bitsPerPixel = le16(28);
      compression = le32(data, 30);
    }
    if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      throw corrupt("its header declares an invalid size (" + width + "x" + height + ")");
    }
    boolean uncompressed = compression == 0 || compression == 3 || compression == 6;
    if (uncompressed && bitsPerPixel > 0 && bitsPerPixel <= 32) {
      long rowBytes = (width * bitsPerPixel + 31) / 32 * 4;
      if (pixelOffset > data.length || rowBytes > data.length || pixelOffset + rowBytes * height > data.length) {
        throw truncated("its " + width + "x" + height + " pixels at " + bitsPerPixel
            + " bits each do not fit in its " + data.length + " bytes");
      }
    }
    return new ImageHeader(format, (int) width, (int) height);
  }

  private static boolean isBmpInfoHeaderSize(long size) {
    return size == 12 || size == 40 || size == 52 || size == 56 || size == 64 || size == 108
        || size == 124;
  }

  // WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended).

  private ImageHeader readWebp() throws ImageDecodingException {
    long riffEnd = 8 + le32(data, 4);
    if (riffEnd > data.length) {
      throw truncated("its RIFF header declares " + riffEnd + " bytes but there are only " + data.length);
    }
    require(30, "it ends inside its first chunk");
    String chunk = new String(data, 12, 4, StandardCharsets.ISO_8859_1);
    int width;
    int height;
    switch (chunk) {
      case "VP8 " -> {
        if (u8(23) != 0x9d || u8(24) != 0x01 || u8(25) != 0x2a) {
          throw corrupt("its VP8 frame has no start code");
        }
        width = le16(26) & 0x3fff;
        height = le16(28) & 0x3fff;
      }
      case "VP8L" -> {
        if (u8(20) != 0x2f) {
          throw corrupt("its VP8L chunk has no signature");
        }
        long bits = le32(data, 21);
        width = (int) (bits & 0x3fff) + 1;
        height = (int) ((bits >> 14) & 0x3fff) + 1;
      }
      case "VP8X" -> {
        width = (u8(24) | u8(25) << 8 | u8(26) << 16) + 1;
        height = (u8(27) | u8(28) << 8 | u8(29) << 16) + 1;
      }
      default -> throw corrupt("its first chunk is not VP8, VP8L or VP8X");
    }
    if (width == 0 || height == 0) {
      throw corrupt("it declares an empty image (" + width + "x" + height + ")");
    }
    return new ImageHeader(format, width, height);
  }

  // Bounds-checked reading: running past the end of the data means the image was cut short.

  private void require(long end, String what) throws ImageDecodingException {
    if (end > data.length) {
      throw truncated(what + ", but the data ends after " + data.length + " bytes");
    }
  }

  private int u8(int position) throws ImageDecodingException {
    if (position >= data.length) {
      throw truncated("the data ends after " + data.length + " bytes, before the image does");
    }
    return data[position] & 0xff;
  }

  private int be16(int position) throws ImageDecodingException {
    return u8(position) << 8 | u8(position + 1);
  }

  private long be32(int position) throws ImageDecodingException {
    return (long) be16(position) << 16 | be16(position + 2);
  }

  private int le16(int position) throws ImageDecodingException {
    return u8(position) | u8(position + 1) << 8;
  }

  /** A little-endian unsigned 32-bit value; the caller has checked that the four bytes are there. */
  private static long le32(byte[] data, int position) {
    return (data[position] & 0xffL) | (data[position + 1] & 0xffL) << 8
        | (data[position + 2] & 0xffL) << 16 | (data[position + 3] & 0xffL) << 24;
  }

  private ImageDecodingException truncated(String detail) {
    return new ImageDecodingException("the " + format.displayName() + " image is truncated: " + detail);
  }

  private ImageDecodingException corrupt(String detail) {
    return new ImageDecodingException("the " + format.displayName() + " image is corrupt: " + detail);
  }

  private static boolean startsWith(byte[] data, int offset, byte... prefix) {
    if (data.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

}
