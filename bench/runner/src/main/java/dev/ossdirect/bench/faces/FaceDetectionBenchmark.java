package dev.ossdirect.bench.faces;

import dev.ossdirect.bench.AppSession;
import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.LocalApp;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Samples;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 6: how long IMM {@code DetectImageFaces} takes on the local cloud, per fixture image, called as
 * the browser calls it (a session's STS token, RPC V1 signatures, one call at a time), with the time split
 * into the stages the IMM gateway reports in its {@code Server-Timing} header.
 */
public final class FaceDetectionBenchmark implements BenchmarkPart {

  static final int CALLS = 50;
  static final int WARMUP_CALLS = 5;
  static final List<String> FIXTURES = List.of("grace_hopper.jpg", "astronaut.png", "coffee.png");
  /** The gateway's stages, in the order it ends them, and what the report calls them. */
  static final Map<String, String> STAGES = stages();

  @Override
  public String name() {
    return "face-detection";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Path fixtures = context.root().resolve("localcloud/src/test/resources/fixtures");
    Map<String, Map<String, List<Double>>> byFixture = new LinkedHashMap<>();
    Map<String, String> sizes = new LinkedHashMap<>();
    try (LocalApp app = LocalApp.start(context.freshFolder("faces-data"), "--upload-flow=browser-token")) {
      AppSession session = AppSession.open(app.url("/api/sts-token"));
      for (String fixture : FIXTURES) {
        byte[] image = Files.readAllBytes(fixtures.resolve(fixture));
        sizes.put(fixture, Figures.bytes(image.length));
        String key = session.uploadPrefix() + fixture;
        session.putObject(key, image, fixture.endsWith(".png") ? "image/png" : "image/jpeg");
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        for (int call = 0; call < WARMUP_CALLS + CALLS; call++) {
          long start = System.nanoTime();
          HttpResponse<String> response = session.detectImageFaces(key);
          double total = (System.nanoTime() - start) / 1e6;
          if (response.statusCode() != 200) {
            throw new IllegalStateException("DetectImageFaces " + fixture + " answered " + response.statusCode()
                + ": " + response.body());
          }
          if (call >= WARMUP_CALLS) {
            timings.computeIfAbsent("total", name -> new ArrayList<>()).add(total);
            ServerTiming.parse(response.headers().firstValue("Server-Timing").orElse(""))
                .forEach((stage, millis) -> timings.computeIfAbsent(stage, name -> new ArrayList<>()).add(millis));
          }
        }
        byFixture.put(fixture, timings);
      }
    }
    return section(byFixture, sizes);
  }

  private static Section section(Map<String, Map<String, List<Double>>> byFixture, Map<String, String> sizes) {
    Section section = new Section("6. Face detection latency");
    section.paragraph(CALLS + " calls per fixture image (`localcloud/src/test/resources/fixtures/`), one at a "
        + "time, after " + WARMUP_CALLS + " calls not counted (the first loads OpenCV and the model), through the real IMM "
        + "endpoint of the local cloud: RPC V1 signed with a session's STS token from the token endpoint. The "
        + "stages are those the IMM gateway measures and sends in its `Server-Timing` header; \"round trip\" "
        + "is the whole call as the caller saw it, so it also holds HTTP, JSON and the gateway's own work "
        + "between stages. Median and p95 (nearest rank) of the " + CALLS + " calls; there is no reference "
        + "to compare with here (the seed calls Alibaba Cloud's IMM).");
    Table table = new Table("image", "stage", "median", "p95", "range");
    byFixture.forEach((fixture, timings) -> {
      boolean first = true;
      for (Map.Entry<String, String> stage : STAGES.entrySet()) {
        List<Double> values = timings.get(stage.getKey());
        if (values == null || values.size() != CALLS) {
          throw new IllegalStateException(fixture + ": the gateway did not report the stage " + stage.getKey()
              + " on every call");
        }
        Samples samples = Samples.of(values);
        table.row(first ? "`" + fixture + "`, " + sizes.get(fixture) : "", stage.getValue(),
            Figures.millis(samples.median()), Figures.millis(samples.percentile(95)),
            samples.range(Figures::millis));
        first = false;
      }
    });
    section.table(table);
    return section;
  }

  private static Map<String, String> stages() {
    Map<String, String> stages = new LinkedHashMap<>();
    stages.put("authenticate", "signature verification (and parameters)");
    stages.put("read", "object read from the local OSS");
    stages.put("decode", "decode to grayscale (OpenCV)");
    stages.put("detect", "detection (BlazeFace)");
    stages.put("total", "round trip");
    return stages;
  }
}
