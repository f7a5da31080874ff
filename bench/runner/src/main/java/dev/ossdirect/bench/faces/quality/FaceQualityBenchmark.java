package dev.ossdirect.bench.faces.quality;

import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Samples;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Part 8: how well the local IMM's face detectors find faces, on the {@link LabelledSet}, side by side
 * in one run: per group of pictures, recall, precision, the overlap of what was found, the roll error
 * where a detector estimates the head's roll, and the time; then the targets, and the memory a large
 * photo takes. {@link FaceQualityReport} runs it alone.
 */
public final class FaceQualityBenchmark implements BenchmarkPart {

  static final double RECALL_TARGET = 0.95;
  static final double PRECISION_TARGET = 0.95;
  static final double SMALL_PICTURE_TARGET_MILLIS = 150;
  static final double LARGE_PICTURE_TARGET_MILLIS = 400;
  static final int WARMUP_CALLS = 3;
  static final int TIMED_CALLS = 21;
  /** The largest file the server lets the browser upload by default, {@code --max-file-size}. */
  static final long LARGE_PHOTO_BYTES = 20L * 1024 * 1024;
  /** The heap of each memory probe's JVM, as the benchmark run's own. */
  static final String CHILD_HEAP = "2g";

  private final List<FaceFinder> finders;

  /** Every detector the local IMM has. */
  public FaceQualityBenchmark() {
    this(LocalImmFinder.all());
  }

  public FaceQualityBenchmark(List<FaceFinder> finders) {
    this.finders = List.copyOf(finders);
  }

  @Override
  public String name() {
    return "face-quality";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    return evaluate(context.root().resolve("localcloud/src/test/resources/fixtures"));
  }

  /** The whole evaluation, with the fixtures in {@code fixtures}. */
  public Section evaluate(Path fixtures) throws Exception {
    byte[] smallPicture = Files.readAllBytes(fixtures.resolve("astronaut.png"));
    for (FaceFinder finder : finders) {
      finder.find(smallPicture); // loads native libraries and models, outside every measure
    }

    LabelledPicture largePhoto = LabelledSet.largePhoto(fixtures, LARGE_PHOTO_BYTES);
    Path largePhotoFile = Files.createTempFile("face-quality-", ".jpg");
    Map<String, MemoryPeak> memory = new LinkedHashMap<>();
    try {
      Files.write(largePhotoFile, largePhoto.encoded());
      for (FaceFinder finder : finders) {
        memory.put(finder.name(), MemoryProbe.inChildJvm(
            finder.name(), largePhotoFile, fixtures.resolve("astronaut.png"), CHILD_HEAP));
      }
    } finally {
      Files.deleteIfExists(largePhotoFile);
    }

    List<LabelledPicture> set = LabelledSet.build(fixtures);
    Map<String, Results> results = new LinkedHashMap<>();
    finders.forEach(finder -> results.put(finder.name(), new Results()));
    for (int p = 0; p < set.size(); p++) {
      LabelledPicture picture = set.get(p);
      for (int f = 0; f < finders.size(); f++) {
        FaceFinder finder = finders.get((p + f) % finders.size()); // who goes first alternates
        long start = System.nanoTime();
        List<Detection> detections = finder.find(picture.encoded());
        double millis = (System.nanoTime() - start) / 1e6;
        results.get(finder.name()).add(picture, Matching.score(picture.faces(), detections), millis);
      }
    }

    LabelledPicture largePicture = set.stream()
        .filter(picture -> picture.group().equals(LabelledSet.SMALL) && picture.width() >= 4000)
        .findFirst().orElseThrow();
    Map<String, Samples> smallTimes = timed(smallPicture);
    Map<String, Samples> largeTimes = timed(largePicture.encoded());

    return section(set, results, smallTimes, largeTimes, largePicture, largePhoto, memory);
  }

  /** {@link #TIMED_CALLS} calls of each detector on {@code picture}, alternating, after warm-up calls. */
  private Map<String, Samples> timed(byte[] picture) throws Exception {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int call = 0; call < WARMUP_CALLS + TIMED_CALLS; call++) {
      for (FaceFinder finder : finders) {
        long start = System.nanoTime();
        finder.find(picture);
        double millis = (System.nanoTime() - start) / 1e6;
        if (call >= WARMUP_CALLS) {
          times.computeIfAbsent(finder.name(), name -> new ArrayList<>()).add(millis);
        }
      }
    }
    Map<String, Samples> samples = new LinkedHashMap<>();
    times.forEach((name, values) -> samples.put(name, Samples.of(values)));
    return samples;
  }

  private Section section(List<LabelledPicture> set, Map<String, Results> results, Map<String, Samples> smallTimes,
      Map<String, Samples> largeTimes, LabelledPicture largePicture, LabelledPicture largePhoto,
      Map<String, MemoryPeak> memory) {
    Section section = new Section("8. Face detection quality");
    long faces = set.stream().mapToLong(picture -> picture.faces().size()).sum();
    section.paragraph(set.size() + " pictures holding " + faces + " faces, made at run time from the fixture "
        + "portraits (`grace_hopper.jpg`, `astronaut.png`) and from pictures without a person (`coffee.png`, and "
        + "three scenes of Debian's `python3-skimage`, `bench/runner/src/main/resources/face-quality/`) by "
        + "transforms with a fixed seed (`LabelledSet`): the true boxes follow from the transforms. A turned "
        + "face has two true boxes, as a turned face can be boxed two ways: the smallest axis-aligned box "
        + "holding the turned corners of its upright box, and a box of the upright box's own size about the "
        + "turned centre; a detection is scored against the one it overlaps more. Its true roll is the turn's "
        + "angle, positive clockwise as the picture is shown. Each detector gets each "
        + "picture's encoded bytes once, as DetectImageFaces hands them over (decoding included), the "
        + "detectors taking turns to go first. A detection finds a face when their boxes overlap by an "
        + "intersection over union of at least " + Matching.IOU_THRESHOLD + ", one detection for one face at "
        + "most, the largest overlaps paired first; the others are false detections. 0.4 rather than the "
        + "usual 0.5, because the truth follows one way of boxing a face: the fixtures' boxes take in the "
        + "forehead, as a Haar cascade's do, while BlazeFace's run from the eyebrows to the chin, 0.85 times as "
        + "wide and lower (an IoU of 0.69 on the untouched portraits, about 0.5 at 45°); and the fixtures' "
        + "boxes are known to 15 px. A box of the right size shifted by a quarter of its side both ways "
        + "overlaps by 0.39, and does not count.");
    section.table(groupTable(results));
    section.paragraph("Recall: faces found ÷ faces; precision: true detections ÷ detections (– where there "
        + "was none); IoU: the mean over the faces found; roll error: |reported − true| in degrees over the "
        + "turned faces found, where the detector reports `HeadPose.Roll`; time: the median of the group's "
        + "pictures, one call each.");

    section.paragraph("Targets. Latency: " + TIMED_CALLS + " calls per detector after " + WARMUP_CALLS
        + " not counted, the detectors alternating, in this JVM: decoding and detection as the local IMM's "
        + "DetectImageFaces runs them, without the HTTP, the signature check and the object read, which "
        + "section 6 shows add a few milliseconds. The 512 px picture is `astronaut.png` (512 × 512 PNG); the "
        + "4,000 px one is the set's `" + largePicture.name() + "` (JPEG, "
        + Figures.bytes(largePicture.encoded().length) + ").");
    section.table(targetTable(results, smallTimes, largeTimes));

    long pixels = (long) largePhoto.width() * largePhoto.height();
    section.paragraph("Memory: a " + Figures.mebibytes(largePhoto.encoded().length) + " JPEG ("
        + largePhoto.name() + ", the largest the quality steps keep under 20 MiB) decoded and searched once "
        + "by each detector, each in a new JVM (`-Xmx" + CHILD_HEAP + "`, `MemoryProbe`) after loading its "
        + "model and searching `astronaut.png` once: in a shared process, memory freed by one detector is "
        + "handed to the next without the process growing. Heap: the JVM's own peak usage of each heap pool (`MemoryPoolMXBean`), reset after two full "
        + "collections and summed after the call, less the usage before: an upper bound, since the pools need "
        + "not peak together. Resident: Linux's peak resident set (`VmHWM`, reset through "
        + "`/proc/self/clear_refs`) less the resident set before; it sees native buffers (OpenCV, ONNX "
        + "Runtime) that the heap does not, and also heap pages touched for the first time. One decoded copy "
        + "of the whole picture would be " + Figures.mebibytes(pixels) + " in grey and "
        + Figures.mebibytes(3 * pixels) + " in colour (" + Figures.whole(pixels) + " pixels).");
    Table memoryTable = new Table("detector", "heap, peak growth", "resident, peak growth",
        "÷ one grey decoded copy (heap, resident)");
    memory.forEach((name, peak) -> memoryTable.row(name, Figures.mebibytes(peak.heapBytes()),
        peak.residentBytes().isPresent() ? Figures.mebibytes(peak.residentBytes().getAsLong()) : "–",
        Figures.decimal((double) peak.heapBytes() / pixels, 2) + ", "
            + (peak.residentBytes().isPresent()
                ? Figures.decimal((double) peak.residentBytes().getAsLong() / pixels, 2) : "–")));
    section.table(memoryTable);

    StringBuilder misses = new StringBuilder("What each detector got wrong:\n\n");
    results.forEach((name, result) -> misses.append("- ").append(name).append(": ")
        .append(result.mistakes.isEmpty() ? "nothing" : String.join("; ", result.mistakes)).append('\n'));
    section.paragraph(misses.toString());
    return section;
  }

  private Table groupTable(Map<String, Results> results) {
    Table table = new Table("group", "pictures", "faces", "detector", "found", "false", "recall", "precision",
        "mean IoU", "roll error, mean (max)", "time, median");
    for (String group : LabelledSet.GROUPS) {
      boolean first = true;
      for (Map.Entry<String, Results> entry : results.entrySet()) {
        Score score = entry.getValue().scores.getOrDefault(group, Score.NONE);
        Samples times = Samples.of(entry.getValue().times.get(group));
        table.row(first ? group : "", first ? Integer.toString(times.count()) : "",
            first ? Integer.toString(score.truths()) : "", entry.getKey(), Integer.toString(score.matched()),
            Integer.toString(score.falseDetections()), fraction(score.recall()), fraction(score.precision()),
            fraction(score.meanIou()), rollError(score), Figures.millis(times.median()));
        first = false;
      }
    }
    boolean first = true;
    for (Map.Entry<String, Results> entry : results.entrySet()) {
      Score total = entry.getValue().total();
      table.row(first ? "**all**" : "", "", first ? Integer.toString(total.truths()) : "", entry.getKey(),
          Integer.toString(total.matched()), Integer.toString(total.falseDetections()),
          "**" + fraction(total.recall()) + "**", "**" + fraction(total.precision()) + "**",
          fraction(total.meanIou()), rollError(total), "");
      first = false;
    }
    return table;
  }

  private Table targetTable(Map<String, Results> results, Map<String, Samples> smallTimes,
      Map<String, Samples> largeTimes) {
    List<String> columns = new ArrayList<>(List.of("measure", "target"));
    columns.addAll(results.keySet());
    Table table = new Table(columns.toArray(String[]::new));
    List<String> recall = new ArrayList<>(List.of("recall over the set", "≥ " + RECALL_TARGET));
    List<String> precision = new ArrayList<>(List.of("precision over the set", "≥ " + PRECISION_TARGET));
    List<String> small = new ArrayList<>(List.of("median time, 512 px picture",
        "≤ " + Figures.millis(SMALL_PICTURE_TARGET_MILLIS)));
    List<String> large = new ArrayList<>(List.of("median time, 4,000 px picture",
        "≤ " + Figures.millis(LARGE_PICTURE_TARGET_MILLIS)));
    results.forEach((name, result) -> {
      Score total = result.total();
      recall.add(verdict(fraction(total.recall()), total.recall().orElse(0) >= RECALL_TARGET));
      precision.add(verdict(fraction(total.precision()), total.precision().orElse(0) >= PRECISION_TARGET));
      small.add(timeVerdict(smallTimes.get(name), SMALL_PICTURE_TARGET_MILLIS));
      large.add(timeVerdict(largeTimes.get(name), LARGE_PICTURE_TARGET_MILLIS));
    });
    for (List<String> row : List.of(recall, precision, small, large)) {
      table.row(row.toArray(String[]::new));
    }
    return table;
  }

  private static String timeVerdict(Samples times, double targetMillis) {
    return verdict(Figures.millis(times.median()) + " (" + times.range(Figures::millis) + ")",
        times.median() <= targetMillis);
  }

  private static String verdict(String figure, boolean met) {
    return figure + (met ? " met" : " **missed**");
  }

  private static String fraction(OptionalDouble value) {
    return value.isPresent() ? Figures.decimal(value.getAsDouble(), 2) : "–";
  }

  private static String rollError(Score score) {
    OptionalDouble mean = score.meanRollError();
    return mean.isPresent()
        ? Figures.decimal(mean.getAsDouble(), 1) + "° (" + Figures.decimal(score.maxRollError().getAsDouble(), 1)
            + "°)"
        : "–";
  }

  /** One detector's scores and times, by group, and the pictures it got wrong. */
  private static final class Results {

    final Map<String, Score> scores = new LinkedHashMap<>();
    final Map<String, List<Double>> times = new LinkedHashMap<>();
    final List<String> mistakes = new ArrayList<>();

    void add(LabelledPicture picture, Score score, double millis) {
      scores.merge(picture.group(), score, Score::plus);
      times.computeIfAbsent(picture.group(), group -> new ArrayList<>()).add(millis);
      List<String> wrong = new ArrayList<>();
      if (score.missed() > 0) {
        wrong.add(score.missed() + " of " + score.truths() + " missed");
      }
      if (score.falseDetections() > 0) {
        wrong.add(score.falseDetections() + " false");
      }
      if (!wrong.isEmpty()) {
        mistakes.add(picture.name() + " (" + String.join(", ", wrong) + ")");
      }
    }

    Score total() {
      return scores.values().stream().reduce(Score.NONE, Score::plus);
    }
  }
}
