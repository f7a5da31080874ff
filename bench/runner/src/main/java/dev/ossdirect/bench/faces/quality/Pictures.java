package dev.ossdirect.bench.faces.quality;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What the labelled set does to pictures, with Java 2D only, so that the same seed gives the same bytes
 * on any JDK 17: geometry through an {@link AffineTransform} (the same one then moves the true boxes),
 * and the photometric damage a phone picture suffers.
 */
final class Pictures {

  private Pictures() {}

  /** A new RGB picture of {@code width} x {@code height}, filled with {@code background}. */
  static BufferedImage blank(int width, int height, Color background) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return canvas;
  }

  /** {@code source} drawn onto {@code canvas} through {@code transform}, bilinearly. Returns the canvas. */
  static BufferedImage draw(BufferedImage canvas, BufferedImage source, AffineTransform transform) {
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(source, transform, null);
    g.dispose();
    return canvas;
  }

  /**
   * {@code source} scaled to {@code width} pixels wide, its proportions kept: bilinearly when it grows,
   * by area averaging when it shrinks (no aliasing to make false faces of).
   */
  static BufferedImage scaledToWidth(BufferedImage source, int width) {
    double scale = (double) width / source.getWidth();
    int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    if (scale >= 1) {
      return draw(canvas, source, AffineTransform.getScaleInstance(
          (double) width / source.getWidth(), (double) height / source.getHeight()));
    }
    Graphics2D g = canvas.createGraphics();
    g.drawImage(source.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    return canvas;
  }

  /**
   * Pastes the part {@code crop} of {@code source} onto {@code canvas} through {@code transform} (which
   * maps {@code source}'s pixels to the canvas's), fading it out towards the crop's edges in an ellipse,
   * so that no straight seam is left for a detector to key on.
   */
  static void pasteFeathered(BufferedImage canvas, BufferedImage source, Box crop, AffineTransform transform) {
    Box target = crop.transformed(transform);
    int left = (int) Math.floor(target.left());
    int top = (int) Math.floor(target.top());
    int width = (int) Math.ceil(target.right()) - left;
    int height = (int) Math.ceil(target.bottom()) - top;
    BufferedImage patch = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    AffineTransform toPatch = AffineTransform.getTranslateInstance(-left, -top);
    toPatch.concatenate(transform);
    Graphics2D g = patch.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, toPatch, null);
    g.dispose();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double dx = (x + 0.5) / width * 2 - 1;
        double dy = (y + 0.5) / height * 2 - 1;
        double radius = Math.sqrt(dx * dx + dy * dy);
        // Opaque out to 80% of the ellipse, then a linear fade to nothing at its edge.
        double opacity = Math.max(0, Math.min(1, (1 - radius) / 0.2));
        int argb = patch.getRGB(x, y);
        int alpha = (int) Math.round(((argb >>> 24) & 0xff) * opacity);
        patch.setRGB(x, y, (alpha << 24) | (argb & 0xffffff));
      }
    }
    Graphics2D onCanvas = canvas.createGraphics();
    onCanvas.drawImage(patch, left, top, null);
    onCanvas.dispose();
  }

  /** Every channel multiplied by {@code factor}: a picture taken in poor light. */
  static BufferedImage darkened(BufferedImage source, float factor) {
    return new RescaleOp(factor, 0, null).filter(copy(source), null);
  }

  /** A Gaussian blur of standard deviation {@code sigma} pixels: a picture out of focus. */
  static BufferedImage blurred(BufferedImage source, double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    float[] weights = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      weights[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += weights[i + radius];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= sum;
    }
    ConvolveOp horizontal = new ConvolveOp(new Kernel(weights.length, 1, weights), ConvolveOp.EDGE_NO_OP, null);
    ConvolveOp vertical = new ConvolveOp(new Kernel(1, weights.length, weights), ConvolveOp.EDGE_NO_OP, null);
    return vertical.filter(horizontal.filter(copy(source), null), null);
  }

  /** Gaussian noise of standard deviation {@code sigma} levels added to every channel: sensor noise. */
  static BufferedImage noisy(BufferedImage source, double sigma, Random random) {
    BufferedImage out = copy(source);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int rgb = out.getRGB(x, y);
        int red = clampLevel(((rgb >> 16) & 0xff) + random.nextGaussian() * sigma);
        int green = clampLevel(((rgb >> 8) & 0xff) + random.nextGaussian() * sigma);
        int blue = clampLevel((rgb & 0xff) + random.nextGaussian() * sigma);
        out.setRGB(x, y, (red << 16) | (green << 8) | blue);
      }
    }
    return out;
  }

  /** The picture in shades of grey, one channel. */
  static BufferedImage grey(BufferedImage source) {
    BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    return new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_GRAY), null).filter(source, out);
  }

  /** {@code source} as an RGB picture of its own, whatever its type (PNGs may be grey or indexed). */
  static BufferedImage copy(BufferedImage source) {
    BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(source, 0, 0, null);
    g.dispose();
    return out;
  }

  /** The picture as a baseline JPEG of {@code quality} (0 to 1), as ImageIO's encoder writes it. */
  static byte[] jpeg(BufferedImage picture, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam parameters = writer.getDefaultWriteParam();
    parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    parameters.setCompressionQuality(quality);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(picture, null, null), parameters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** The picture as a PNG. */
  static byte[] png(BufferedImage picture) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(picture, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static int clampLevel(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
