package dev.ossdirect.bench.faces.quality;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The labelled set: pictures made from the fixture portraits, whose faces' places follow from what was
 * done to them, and pictures in which nobody is. Built in memory at benchmark time from a fixed seed;
 * only the sources are in the repository.
 *
 * <p>The sources: the fixtures of {@code localcloud/src/test/resources/fixtures/} (two portraits, whose
 * face boxes are those DEVELOPERS.md gives, and a cup of coffee) and three scenes without a person from
 * Debian's {@code python3-skimage} ({@code src/main/resources/face-quality/README.md}).
 *
 * <p>The groups, each a row of the report:
 *
 * <ul>
 *   <li>{@value #AS_GIVEN}: the three fixtures unchanged.
 *   <li>{@value #TURNED}: each portrait turned about its centre by ±10, ±20, ±30 and ±45° onto a canvas
 *       large enough to hold all of it (the corners grey). The true box is the face box's four corners
 *       turned the same way, and the smallest axis-aligned box that holds them ({@link Box#transformed});
 *       a box of the face's own size about the turned centre is also true ({@link TrueFace}). The true
 *       roll is the angle of the turn ({@link Roll}).
 *   <li>{@value #SMALL}: a portrait's head scaled so that its face is 40, 48 or 80 pixels wide, pasted at a
 *       random place into a scene 1,024, 2,048 or 4,000 pixels wide.
 *   <li>{@value #CROWD}: six heads, the portraits in turn, the third and fourth mirrored, on one scene, one
 *       at a random place in each cell of a 3 x 2 grid: faces of 64 to 160 pixels on a 1,600-pixel canvas, and of 40 to 96 on a 2,400-pixel one.
 *   <li>{@value #DEGRADED}: each portrait darkened to 30%, blurred (a Gaussian of 1/40 of the face's
 *       width), noisy (Gaussian, 30 levels), saved as a JPEG of quality 15, and in grey.
 *   <li>{@value #MIRRORED}: the three fixtures mirrored left to right.
 *   <li>{@value #NOBODY}: the three scenes as they are, the rocket enlarged to 2,048 pixels,
 *       and the cat turned by 20°.
 * </ul>
 *
 * A pasted head is the face box grown 1.8 times ({@link Portrait#head}), faded out at its edges; its true
 * box is the face box moved by the same scaling and offset. Every picture is a JPEG of quality 92 unless
 * its group says otherwise.
 */
public final class LabelledSet {

  public static final String AS_GIVEN = "as given";
  public static final String TURNED = "turned ±10° to ±45°";
  public static final String SMALL = "faces of 40 to 80 px in a large scene";
  public static final String CROWD = "six faces on one canvas";
  public static final String DEGRADED = "degraded";
  public static final String MIRRORED = "mirrored";
  public static final String NOBODY = "no person";

  /** The groups, in the report's order. */
  public static final List<String> GROUPS = List.of(AS_GIVEN, TURNED, SMALL, CROWD, DEGRADED, MIRRORED, NOBODY);

  /** The seed of every random choice: places, sizes and noise. */
  public static final long SEED = 20_261_206L;

  static final int[] TURNS = {-45, -30, -20, -10, 10, 20, 30, 45};
  static final int[] SMALL_FACES = {40, 48, 80};
  static final int[] SCENE_WIDTHS = {1024, 2048, 4000};
  static final float QUALITY = 0.92f;
  private static final Color CORNERS = new Color(128, 128, 128);

  private final Portrait grace;
  private final Portrait astronaut;
  private final BufferedImage coffee;
  private final List<BufferedImage> scenes;
  private final Random random = new Random(SEED);
  private final List<LabelledPicture> pictures = new ArrayList<>();

  private LabelledSet(Path fixtures) {
    grace = new Portrait("grace_hopper", read(fixtures.resolve("grace_hopper.jpg")), new Box(149, 100, 231, 231));
    astronaut = new Portrait("astronaut", read(fixtures.resolve("astronaut.png")), new Box(177, 67, 93, 93));
    coffee = read(fixtures.resolve("coffee.png"));
    scenes = List.of(scene("rocket.jpg"), scene("chelsea.png"), scene("brick.png"));
  }

  /** The whole set, the same on every call: {@code fixtures} is the fixtures folder. */
  public static List<LabelledPicture> build(Path fixtures) {
    LabelledSet set = new LabelledSet(fixtures);
    set.asGiven();
    set.turned();
    set.small();
    set.crowds();
    set.degraded();
    set.mirrored();
    set.nobody();
    return List.copyOf(set.pictures);
  }

  /**
   * A photo of a camera's size for the memory measure: the cat scene enlarged to 6,400 x 4,257 pixels
   * (27 megapixels), with Gaussian noise of 18 levels (the grain that makes real photos large) and
   * Grace Hopper's head, a face of 600 pixels, in its middle; saved as the JPEG of the highest quality
   * in {@code 1.00, 0.99, ...} that stays within {@code maxBytes}.
   */
  public static LabelledPicture largePhoto(Path fixtures, long maxBytes) {
    LabelledSet set = new LabelledSet(fixtures);
    BufferedImage canvas = Pictures.noisy(Pictures.scaledToWidth(set.scenes.get(1), 6400), 18, set.random);
    double scale = 600.0 / set.grace.face().width();
    Box head = set.grace.head();
    TrueFace face = paste(canvas, set.grace, scale, false,
        (canvas.getWidth() - head.width() * scale) / 2, (canvas.getHeight() - head.height() * scale) / 2);
    for (int quality = 100; quality > 50; quality--) {
      byte[] encoded = Pictures.jpeg(canvas, quality / 100f);
      if (encoded.length <= maxBytes) {
        return new LabelledPicture("cat scene with a face, " + canvas.getWidth() + " x " + canvas.getHeight()
            + ", JPEG quality " + quality, "memory", encoded, canvas.getWidth(), canvas.getHeight(), List.of(face));
      }
    }
    throw new IllegalStateException("no JPEG quality above 0.5 brings the photo within " + maxBytes + " bytes");
  }

  private void asGiven() {
    for (Portrait portrait : portraits()) {
      add(portrait.name(), AS_GIVEN, portrait.image(), List.of(TrueFace.at(portrait.face())));
    }
    add("coffee", AS_GIVEN, coffee, List.of());
  }

  private void turned() {
    for (Portrait portrait : portraits()) {
      for (int degrees : TURNS) {
        Turn turn = Turn.of(portrait.image(), degrees);
        BufferedImage canvas = Pictures.draw(
            Pictures.blank(turn.width(), turn.height(), CORNERS), portrait.image(), turn.transform());
        TrueFace face = TrueFace.turned(portrait.face(), turn.transform(), degrees);
        add(portrait.name() + " turned " + signed(degrees) + "°", TURNED, canvas, List.of(face));
      }
    }
  }

  private void small() {
    int index = 0;
    for (int width : SCENE_WIDTHS) {
      for (int faceWidth : SMALL_FACES) {
        Portrait portrait = portraits().get(index % 2);
        BufferedImage canvas = Pictures.scaledToWidth(scenes.get(index % scenes.size()), width);
        double scale = (double) faceWidth / portrait.face().width();
        double headWidth = portrait.head().width() * scale;
        double headHeight = portrait.head().height() * scale;
        double left = headWidth + random.nextDouble() * (canvas.getWidth() - 3 * headWidth);
        double top = headHeight + random.nextDouble() * (canvas.getHeight() - 3 * headHeight);
        TrueFace face = paste(canvas, portrait, scale, false, left, top);
        add(portrait.name() + ", face " + faceWidth + " px in " + width + " x " + canvas.getHeight(), SMALL, canvas,
            List.of(face));
        index++;
      }
    }
  }

  private void crowds() {
    crowd(1600, 64, 160, scenes.get(2));
    crowd(2400, 40, 96, scenes.get(0));
  }

  /** Six heads on {@code scene} scaled to {@code width}, one per cell of a 3 x 2 grid. */
  private void crowd(int width, int smallestFace, int largestFace, BufferedImage scene) {
    BufferedImage canvas = Pictures.scaledToWidth(scene, width);
    int cellWidth = canvas.getWidth() / 3;
    int cellHeight = canvas.getHeight() / 2;
    List<TrueFace> faces = new ArrayList<>();
    for (int cell = 0; cell < 6; cell++) {
      Portrait portrait = portraits().get(cell % 2);
      int faceWidth = smallestFace + random.nextInt(largestFace - smallestFace + 1);
      double scale = (double) faceWidth / portrait.face().width();
      double headWidth = portrait.head().width() * scale;
      double headHeight = portrait.head().height() * scale;
      double left = (cell % 3) * cellWidth + random.nextDouble() * (cellWidth - headWidth);
      double top = (cell / 3) * cellHeight + random.nextDouble() * (cellHeight - headHeight);
      faces.add(paste(canvas, portrait, scale, cell % 4 >= 2, left, top));
    }
    add("six faces of " + smallestFace + " to " + largestFace + " px in " + width + " x " + canvas.getHeight(),
        CROWD, canvas, faces);
  }

  private void degraded() {
    for (Portrait portrait : portraits()) {
      List<TrueFace> face = List.of(TrueFace.at(portrait.face()));
      BufferedImage image = portrait.image();
      add(portrait.name() + " dark (30%)", DEGRADED, Pictures.darkened(image, 0.3f), face);
      double sigma = portrait.face().width() / 40;
      add(portrait.name() + " blurred (σ " + String.format(Locale.ROOT, "%.1f", sigma) + " px)", DEGRADED,
          Pictures.blurred(image, sigma), face);
      add(portrait.name() + " noisy (σ 30)", DEGRADED, Pictures.noisy(image, 30, random), face);
      pictures.add(new LabelledPicture(portrait.name() + " JPEG quality 15", DEGRADED,
          Pictures.jpeg(Pictures.copy(image), 0.15f), image.getWidth(), image.getHeight(), face));
      add(portrait.name() + " grey", DEGRADED, Pictures.grey(image), face);
    }
  }

  private void mirrored() {
    for (Portrait portrait : portraits()) {
      AffineTransform mirror = mirror(portrait.image().getWidth());
      BufferedImage canvas = Pictures.draw(
          Pictures.blank(portrait.image().getWidth(), portrait.image().getHeight(), CORNERS), portrait.image(),
          mirror);
      add(portrait.name() + " mirrored", MIRRORED, canvas, List.of(TrueFace.at(portrait.face().transformed(mirror))));
    }
    add("coffee mirrored", MIRRORED,
        Pictures.draw(Pictures.blank(coffee.getWidth(), coffee.getHeight(), CORNERS), coffee,
            mirror(coffee.getWidth())),
        List.of());
  }

  private void nobody() {
    String[] names = {"rocket", "chelsea (a cat)", "brick wall"};
    for (int i = 0; i < scenes.size(); i++) {
      add(names[i], NOBODY, scenes.get(i), List.of());
    }
    add("rocket enlarged to 2,048 px", NOBODY, Pictures.scaledToWidth(scenes.get(0), 2048), List.of());
    Turn turn = Turn.of(scenes.get(1), 20);
    add("chelsea (a cat) turned +20°", NOBODY, Pictures.draw(
        Pictures.blank(turn.width(), turn.height(), CORNERS), scenes.get(1), turn.transform()), List.of());
  }

  /**
   * Pastes {@code portrait}'s head onto {@code canvas}, scaled by {@code scale} (and mirrored if asked),
   * its top-left corner at {@code left}, {@code top}; the face's true place there.
   */
  private static TrueFace paste(BufferedImage canvas, Portrait portrait, double scale, boolean mirrored,
      double left, double top) {
    Box head = portrait.head();
    AffineTransform transform = AffineTransform.getTranslateInstance(left, top);
    if (mirrored) {
      transform.translate(head.width() * scale, 0);
      transform.scale(-scale, scale);
    } else {
      transform.scale(scale, scale);
    }
    transform.translate(-head.left(), -head.top());
    Pictures.pasteFeathered(canvas, portrait.image(), head, transform);
    return TrueFace.at(portrait.face().transformed(transform));
  }

  private static AffineTransform mirror(int width) {
    AffineTransform mirror = AffineTransform.getTranslateInstance(width, 0);
    mirror.scale(-1, 1);
    return mirror;
  }

  private void add(String name, String group, BufferedImage image, List<TrueFace> faces) {
    pictures.add(new LabelledPicture(name, group, Pictures.jpeg(image, QUALITY), image.getWidth(),
        image.getHeight(), faces));
  }

  private List<Portrait> portraits() {
    return List.of(grace, astronaut);
  }

  private static String signed(int degrees) {
    return degrees > 0 ? "+" + degrees : Integer.toString(degrees);
  }

  private static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IllegalStateException("not a picture ImageIO reads: " + file);
      }
      return Pictures.copy(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage scene(String name) {
    try (InputStream in = LabelledSet.class.getResourceAsStream("/face-quality/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the scene " + name + " is not on the class path");
      }
      return Pictures.copy(ImageIO.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
