package dev.ossdirect.bench.jvm;

import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Headline;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Part 1: signing throughput on the JVM, ours against Alibaba's official Java SDKs on identical inputs,
 * with the bare HMAC as the floor. JMH, forked and warmed up; iterations are kept few to fit the run's
 * time budget, and the report gives JMH's 99.9% confidence interval for what that costs in precision.
 */
public final class JvmSigningBenchmark implements BenchmarkPart {

  static final int FORKS = 2;
  /**
   * On two shared cores the JIT needs several seconds to finish compiling the SDKs' signing paths and
   * ours: with 2 s of warm-up, both sides were still speeding up in the third measured second.
   */
  static final int WARMUP_ITERATIONS = 4;
  static final int WARMUP_SECONDS_PER_ITERATION = 2;
  /**
   * JMH's 99.9% interval is Student's t over every measured iteration: with 2 × 4 of them its quantile is
   * 5.41 and the interval ±1.91 standard deviations, so a few percent of noise from the machine's other
   * work spread the ratios' ranges across 1.0; with 2 × 10 the quantile is 3.88 and the interval ±0.87
   * standard deviations, for six seconds more per benchmark.
   */
  static final int MEASUREMENT_ITERATIONS = 10;
  static final int SECONDS_PER_ITERATION = 1;

  /** Each benchmark class and the reference it measures ours against. */
  private static final List<Scheme> SCHEMES = List.of(
      new Scheme("RPC V1 (DetectImageFaces, 12 parameters)", RpcV1Benchmark.class,
          "openapiutil 0.2.2 `Client.getRPCSignature`", "HmacSHA1"),
      new Scheme("OSS V1 (PutObject)", OssV1Benchmark.class,
          "aliyun-sdk-oss 3.18.5 `SignUtils.buildCanonicalString` + `ServiceSignature`", "HmacSHA1"),
      new Scheme("OSS V4 (PutObject)", OssV4Benchmark.class,
          "aliyun-sdk-oss 3.18.5 `OSSV4Signer.sign`", "HmacSHA256"),
      new Scheme("ACS3-HMAC-SHA256 (DetectImageFaces)", Acs3Benchmark.class,
          "openapiutil 0.2.2 `Client.getAuthorization`", "HmacSHA256"));

  private record Scheme(String title, Class<?> benchmark, String reference, String hmac) {}

  @Override
  public String name() {
    return "jvm-signing";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    OptionsBuilder builder = new OptionsBuilder();
    for (Scheme scheme : SCHEMES) {
      builder.include(scheme.benchmark().getName() + "\\.");
    }
    Options options = builder
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .forks(FORKS)
        .warmupIterations(WARMUP_ITERATIONS)
        .warmupTime(TimeValue.seconds(WARMUP_SECONDS_PER_ITERATION))
        .measurementIterations(MEASUREMENT_ITERATIONS)
        .measurementTime(TimeValue.seconds(SECONDS_PER_ITERATION))
        .threads(1)
        .jvmArgs("-Xms1g", "-Xmx1g")
        .output(context.work().resolve("jmh.log").toString())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Result<?>> byName = new HashMap<>();
    for (RunResult result : results) {
      byName.put(result.getParams().getBenchmark(), result.getPrimaryResult());
    }

    Section section = new Section("1. Signing throughput on the JVM");
    section.paragraph("JMH " + Version.getPlainVersion()
        + ", " + FORKS + " forks × (" + WARMUP_ITERATIONS + " warm-up iterations of " + WARMUP_SECONDS_PER_ITERATION
        + " s + " + MEASUREMENT_ITERATIONS + " measured iterations of " + SECONDS_PER_ITERATION
        + " s), one thread, `-Xmx1g`. Each pair signs "
        + "the same request with the same STS credentials, and was checked to produce the same signature "
        + "before timing. ± is JMH's 99.9% confidence interval; the ratio's range combines both sides' "
        + "intervals. The floor is javax.crypto's HMAC alone over the same string to sign, its `Mac` "
        + "initialised once (for OSS V4, the last of its five HMACs). Both sides hash with javax.crypto "
        + "and java.security, whose SHA-1 and SHA-256 use the JVM's intrinsics (the browser build of ours "
        + "compiles hand-written hashes instead); ours keeps its OSS V4 signing key per secret, day and "
        + "region.");
    Table table = new Table("scheme", "ours (ops/s)", "reference (ops/s)", "ours ÷ reference",
        "HMAC floor (ops/s)", "ours ÷ floor");
    for (Scheme scheme : SCHEMES) {
      Result<?> ours = find(byName, scheme, "ours");
      Result<?> official = find(byName, scheme, "official");
      Result<?> floor = find(byName, scheme, "hmacFloor");
      table.row(scheme.title() + "; reference: " + scheme.reference(),
          withError(ours), withError(official),
          Figures.ratio(ours.getScore() / official.getScore()) + " (" + ratioInterval(ours, official) + ")",
          withError(floor) + " (" + scheme.hmac() + ")",
          Figures.ratio(ours.getScore() / floor.getScore()));
      section.headline(Headline.ofRates("JVM signing, " + scheme.title().replaceAll(" \\(.*", "")
          + " vs official SDK", ours.getScore(), official.getScore()));
    }
    section.table(table);
    return section;
  }

  private static Result<?> find(Map<String, Result<?>> byName, Scheme scheme, String method) {
    Result<?> result = byName.get(scheme.benchmark().getName() + "." + method);
    if (result == null) {
      throw new IllegalStateException("JMH gave no result for " + scheme.benchmark().getSimpleName() + "." + method);
    }
    return result;
  }

  /**
   * The range of ours ÷ reference that both sides' confidence intervals allow; unbounded when the
   * reference's interval reaches zero, as it does on a loaded machine.
   */
  private static String ratioInterval(Result<?> ours, Result<?> reference) {
    double lowestReference = reference.getScore() - reference.getScoreError();
    double lowestOurs = Math.max(0, ours.getScore() - ours.getScoreError());
    String low = Figures.decimal(lowestOurs / (reference.getScore() + reference.getScoreError()), 2);
    return lowestReference <= 0 ? low + "–unbounded"
        : low + "–" + Figures.decimal((ours.getScore() + ours.getScoreError()) / lowestReference, 2);
  }

  private static String withError(Result<?> result) {
    return Figures.whole(result.getScore()) + " ± " + Figures.whole(result.getScoreError());
  }
}
