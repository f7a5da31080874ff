package dev.ossdirect.bench.journey;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A picture of two people of about a megabyte, as a person might choose: the fixtures
 * {@code grace_hopper.jpg} and {@code astronaut.png} side by side, scaled to one height, that height
 * raised in fixed steps until the JPEG (quality 0.9) reaches {@link #TARGET_BYTES}. The same inputs
 * give the same bytes on every run.
 */
final class TwoFacesPicture {

  static final int TARGET_BYTES = 1_000_000;
  private static final int FIRST_HEIGHT = 600;
  private static final int HEIGHT_STEP = 100;
  private static final float QUALITY = 0.9f;

  private TwoFacesPicture() {}

  /** Writes the picture to {@code file} and returns it. */
  static Path write(Path fixtures, Path file) throws IOException {
    BufferedImage left = ImageIO.read(fixtures.resolve("grace_hopper.jpg").toFile());
    BufferedImage right = ImageIO.read(fixtures.resolve("astronaut.png").toFile());
    for (int height = FIRST_HEIGHT; ; height += HEIGHT_STEP) {
      byte[] jpeg = jpeg(sideBySide(left, right, height));
      if (jpeg.length >= TARGET_BYTES) {
        return Files.write(file, jpeg);
      }
    }
  }

  private static BufferedImage sideBySide(BufferedImage left, BufferedImage right, int height) {
    int leftWidth = left.getWidth() * height / left.getHeight();
    int rightWidth = right.getWidth() * height / right.getHeight();
    BufferedImage both = new BufferedImage(leftWidth + rightWidth, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = both.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    graphics.drawImage(left, 0, 0, leftWidth, height, null);
    graphics.drawImage(right, leftWidth, 0, rightWidth, height, null);
    graphics.dispose();
    return both;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
