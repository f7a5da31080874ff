package dev.ossdirect.localcloud.imm.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small files that declare enormous images. */
public final class Bombs {

  private static final int GIF_MIN_CODE_SIZE = 2;
  private static final int MAX_GIF_CODES = 1 << 12;

  private Bombs() {}

  /**
   * A valid black PNG of {@code width} x {@code height} pixels at one bit per pixel: the rows of zeros
   * compress about a thousand times, so it is tiny for its pixel count.
   */
  public static byte[] blackPng(int width, int height) {
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
   * A valid GIF of {@code width} x {@code height} pixels, all of the first of its two colours. Its
   * LZW data codes runs of 1, 2, 3… pixels, each code one longer than the last, until the code table
   * is full, then starts again; so a 6324 x 6324 image, just under 40 megapixels, takes about 30 kB.
   */
  public static byte[] blankGif(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
    littleEndian16(out, width);
    littleEndian16(out, height);
    out.writeBytes(new byte[] {(byte) 0x80, 0, 0}); // a global table of 2 colours, background 0
    out.writeBytes(new byte[] {0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff}); // black, white
    out.write(0x2c); // image descriptor: at 0,0, the whole screen, no local table
    littleEndian16(out, 0);
    littleEndian16(out, 0);
    littleEndian16(out, width);
    littleEndian16(out, height);
    out.write(0);
    out.write(GIF_MIN_CODE_SIZE);
    byte[] codes = blankLzw((long) width * height);
    for (int offset = 0; offset < codes.length; offset += 255) {
      int length = Math.min(255, codes.length - offset);
      out.write(length);
      out.write(codes, offset, length);
    }
    out.write(0); // the end of the image data
    out.write(0x3b); // trailer
    return out.toByteArray();
  }

  /**
   * The LZW codes of {@code pixels} pixels of colour 0. After a clear code, the table holds no run of
   * more than one pixel; each code sent adds the run one pixel longer than it, which the next code
   * uses. The width of each code is the one the decoder reads it with: it grows when the decoder's
   * table, which lags one code behind the encoder's, reaches the next power of two.
   */
  private static byte[] blankLzw(long pixels) {
    int clear = 1 << GIF_MIN_CODE_SIZE;
    int firstFree = clear + 2;
    LsbBitWriter bits = new LsbBitWriter();
    int sent = 0; // codes sent since the last clear code
    long remaining = pixels;
    while (remaining > 0) {
      bits.write(clear, codeWidth(firstFree, sent));
      sent = 0;
      while (remaining > 0 && firstFree + sent < MAX_GIF_CODES) {
        int run = (int) Math.min(remaining, sent + 1);
        bits.write(run == 1 ? 0 : firstFree + run - 2, codeWidth(firstFree, sent));
        remaining -= run;
        sent++;
      }
    }
    bits.write(clear + 1, codeWidth(firstFree, sent)); // end of information
    return bits.toByteArray();
  }

  /** The width the decoder reads the next code with, after {@code sent} codes since a clear code. */
  private static int codeWidth(int firstFree, int sent) {
    int decoderTable = sent == 0 ? firstFree : firstFree + sent - 1;
    int width = 32 - Integer.numberOfLeadingZeros(decoderTable);
    return Math.max(GIF_MIN_CODE_SIZE + 1, Math.min(12, width));
  }

  /**
   * A baseline JPEG frame and scan header for a one-component image of {@code width} x {@code height},
   * followed by a few bytes of scan data and the end-of-image marker. Its structure is complete; it has
   * no tables, so no decoder could decode it.
   */
  public static byte[] jpegHeader(int width, int height) {
    return new byte[] {
      (byte) 0xff, (byte) 0xd8, // start of image
      (byte) 0xff, (byte) 0xc0, 0, 11, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
      (byte) width, 1, 1, 0x11, 0, // baseline frame header
      (byte) 0xff, (byte) 0xda, 0, 8, 1, 1, 0, 0, 63, 0, // scan header
      0, 0, 0, 0, // scan data
      (byte) 0xff, (byte) 0xd9 // end of image
    };
  }

  private static void littleEndian16(ByteArrayOutputStream out, int value) {
    out.write(value & 0xff);
    out.write((value >> 8) & 0xff);
  }

  /** Codes packed least significant bit first, as GIF packs them. */
  private static final class LsbBitWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long pending;
    private int pendingBits;

    void write(int code, int width) {
      pending |= (long) code << pendingBits;
      pendingBits += width;
      while (pendingBits >= 8) {
        bytes.write((int) (pending & 0xff));
        pending >>>= 8;
        pendingBits -= 8;
      }
    }

    byte[] toByteArray() {
      if (pendingBits > 0) {
        bytes.write((int) (pending & 0xff));
        pending = 0;
        pendingBits = 0;
      }
      return bytes.toByteArray();
    }
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
