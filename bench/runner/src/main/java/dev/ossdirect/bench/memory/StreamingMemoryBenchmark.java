package dev.ossdirect.bench.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

/**
 * Part 7: a 1 GiB {@code PutObject} into the local OSS, the local cloud running as a child JVM from its
 * runnable jar with the JVM's default settings, its heap sampled from this process during the upload.
 * A streaming server holds a bounded window of the body at a time, so its heap may grow by at most
 * {@value #ALLOWED_GROWTH_MIB} MiB over idle; more fails the run.
 */
public final class StreamingMemoryBenchmark implements BenchmarkPart {

  static final long OBJECT_BYTES = 1L << 30;
  static final long WARMUP_BYTES = 16L << 20;
  static final int ALLOWED_GROWTH_MIB = 64;
  static final int IDLE_MILLIS = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "streaming-memory";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Path jar = context.root().resolve("localcloud/target/ossdirect-localcloud.jar");
    Path dataDir = context.freshFolder("memory-data");
    try (ChildLocalCloud cloud = ChildLocalCloud.start(jar, dataDir, context.work().resolve("localcloud-child.log"));
        HeapSampler heap = HeapSampler.attach(cloud.pid())) {
      HttpClient http = HttpClient.newHttpClient();
      Credentials sts = assumeRole(http, cloud);
      put(http, cloud, sts, "uploads/warm-up.bin", WARMUP_BYTES);

      heap.collectGarbage();
      heap.start();
      Thread.sleep(IDLE_MILLIS);
      heap.stop();
      long idle = heap.peakUsed();
      long idleOld = heap.peakOldGeneration();

      heap.start();
      long start = System.nanoTime();
      put(http, cloud, sts, "uploads/one-gibibyte.bin", OBJECT_BYTES);
      double seconds = (System.nanoTime() - start) / 1e9;
      heap.stop();
      long peak = heap.peakUsed();
      long growth = peak - idle;
      if (growth >= (long) ALLOWED_GROWTH_MIB << 20) {
        throw new IllegalStateException("the local cloud's heap grew by " + Figures.mebibytes(growth)
            + " during a 1 GiB upload, more than " + ALLOWED_GROWTH_MIB + " MiB: it does not stream");
      }
      Section section = new Section("7. Streaming memory: a 1 GiB PutObject");
      section.paragraph("The local cloud runs as a child JVM (`java -jar localcloud/target/ossdirect-localcloud.jar`, "
          + "the JVM's default heap settings); this process uploads 1 GiB to its OSS in one V4-signed "
          + "`PutObject` with STS credentials from its STS, the body generated as it is sent. The child's heap "
          + "is read through JMX every " + HeapSampler.PERIOD_MILLIS + " ms (" + heap.samples() + " samples "
          + "during the upload). Idle is the highest reading over " + IDLE_MILLIS + " ms after a warm-up "
          + "upload of " + (WARMUP_BYTES >> 20) + " MiB and a full collection. Heap in use counts garbage not "
          + "yet collected; the old generation shows what survived collections.");
      section.table(new Table("measure", "value")
          .row("heap in use, idle", Figures.mebibytes(idle))
          .row("heap in use, peak during the upload", Figures.mebibytes(peak))
          .row("peak above idle (must stay under " + ALLOWED_GROWTH_MIB + " MiB)", Figures.mebibytes(growth))
          .row("old generation, idle → peak", Figures.mebibytes(idleOld) + " → " + Figures.mebibytes(heap.peakOldGeneration()))
          .row("upload time", Figures.decimal(seconds, 2) + " s")
          .row("throughput", Figures.megabytesPerSecond(OBJECT_BYTES / seconds)));
      return section;
    } finally {
      context.freshFolder("memory-data");
    }
  }

  private static Credentials assumeRole(HttpClient http, ChildLocalCloud cloud) throws Exception {
    SecureRandom random = new SecureRandom();
    Map<String, String> parameters = new RpcRequestSigner(System::currentTimeMillis, random::nextBytes).sign(
        "POST", "AssumeRole", "2015-04-01",
        Map.of("RoleArn", cloud.roleArn(), "RoleSessionName", "streaming-memory"), cloud.ramUserKey());
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(cloud.stsEndpoint() + "/?" + QueryString.format(parameters)))
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("AssumeRole answered " + response.statusCode() + ": " + response.body());
    }
    JsonNode credentials = JSON.readTree(response.body()).get("Credentials");
    return Credentials.temporary(credentials.get("AccessKeyId").asText(), credentials.get("AccessKeySecret").asText(),
        credentials.get("SecurityToken").asText(), Instant.parse(credentials.get("Expiration").asText()).toEpochMilli());
  }

  private static void put(HttpClient http, ChildLocalCloud cloud, Credentials sts, String key, long length)
      throws Exception {
    SignableRequest signed = new OssSignatureV4("cn-hangzhou", System::currentTimeMillis).sign(
        SignableRequest.builder("PUT", SignableRequest.ossPath(cloud.bucket(), key))
            .header("Content-Type", "application/octet-stream")
            .build(),
        sts);
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(cloud.ossEndpoint() + "/" + cloud.bucket() + "/" + key))
        .PUT(HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(() -> new PatternStream(length)), length));
    signed.headers().forEach(request::header);
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("PutObject " + key + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
