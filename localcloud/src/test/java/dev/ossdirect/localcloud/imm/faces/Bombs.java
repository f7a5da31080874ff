package dev.ossdirect.localcloud.imm.faces;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small files that declare enormous images. */
final class Bombs {

  private Bombs() {}

  /**
   * A valid black PNG of {@code width} x {@code height} pixels at one bit per pixel: the rows of zeros
   * compress about a thousand times, so it is tiny for its pixel count.
   */
  static byte[] blackPng(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(width).putInt(height).put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0)
        .put((byte) 0);
    chunk(out, "IHDR", header.array());
    byte[] row = new byte[1 + (width + 7) / 8]; // filter type 0, then zero bits
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int y = 0; y < height; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    chunk(out, "IDAT", compressed.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /**
   * A baseline JPEG frame and scan header for a one-component image of {@code width} x {@code height},
   * followed by a few bytes of scan data and the end-of-image marker. Its structure is complete; it has
   * no tables, so no decoder could decode it.
   */
  static byte[] jpegHeader(int width, int height) {
    return new byte[] {
      (byte) 0xff, (byte) 0xd8, // start of image
      (byte) 0xff, (byte) 0xc0, 0, 11, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
      (byte) width, 1, 1, 0x11, 0, // baseline frame header
      (byte) 0xff, (byte) 0xda, 0, 8, 1, 1, 0, 0, 63, 0, // scan header
      0, 0, 0, 0, // scan data
      (byte) 0xff, (byte) 0xd9 // end of image
    };
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
