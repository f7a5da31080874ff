package dev.ossdirect.bench.token;

import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.LocalApp;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Part 5: the token endpoint under load from {@code wrk}, a separate process on loopback, against the
 * server in local mode with its rate limit lifted: (a) the same session every time, answered from the
 * token cache; (b) a new session every time (no cookie), so that each request is a real AssumeRole
 * against the local STS; (c) the ceiling, {@code /healthz}, a trivial route of the same server.
 */
public final class TokenEndpointBenchmark implements BenchmarkPart {

  static final int CONNECTIONS = 32;
  static final int THREADS = 2;
  static final int SECONDS = 20;
  static final int WARMUP_SECONDS = 5;

  @Override
  public String name() {
    return "token-endpoint";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Wrk.install();
    try (LocalApp app = LocalApp.start(context.freshFolder("token-data"))) {
      URI token = app.url("/api/sts-token");
      String cookie = sessionCookie(token);
      List<Scenario> scenarios = List.of(
          new Scenario("(a) cache hit: one session's cookie", token, List.of("Cookie: " + cookie)),
          new Scenario("(b) cache miss: a new session per request (AssumeRole)", token, List.of()),
          new Scenario("(c) ceiling: `GET /healthz`", app.url("/healthz"), List.of()));
      // Every scenario is warmed up before any is measured: the first one measured would otherwise pay
      // for the server's JIT compilation of the code all of them share.
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        Wrk.load(scenario.url, THREADS, CONNECTIONS, WARMUP_SECONDS, scenario.headers,
            context.work().resolve("wrk-warmup-" + i + ".txt"));
      }
      Wrk.Result[] results = new Wrk.Result[scenarios.size()];
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        results[i] = Wrk.load(scenario.url, THREADS, CONNECTIONS, SECONDS, scenario.headers,
            context.work().resolve("wrk-" + i + ".txt"));
        if (results[i].failures() > 0) {
          throw new IllegalStateException(scenario.name + ": " + results[i].failures() + " failed requests\n"
              + results[i].output());
        }
      }
      return section(scenarios, results);
    }
  }

  private record Scenario(String name, URI url, List<String> headers) {}

  private static Section section(List<Scenario> scenarios, Wrk.Result[] results) {
    Wrk.Result ceiling = results[2];
    Section section = new Section("5. Token endpoint under load");
    section.paragraph("`wrk` (Debian) in its own process, " + THREADS + " threads, " + CONNECTIONS
        + " connections, " + SECONDS + " s per scenario, measured after every scenario has had a " + WARMUP_SECONDS
        + " s warm-up, over "
        + "loopback to the server in local mode (`--rate-limit=0`), on the same 2 cores as the server and "
        + "its embedded local cloud. Every request answered 200. The ratios are against (c), a trivial "
        + "route of the same server: how much of the server's ceiling each kind of token request reaches.");
    Table table = new Table("scenario", "requests", "requests/s", "p50", "p99", "requests/s ÷ (c)", "p50 ÷ (c)");
    for (int i = 0; i < scenarios.size(); i++) {
      Wrk.Result result = results[i];
      table.row(scenarios.get(i).name, Figures.whole(result.requests()), Figures.whole(result.requestsPerSecond()),
          Figures.millis(result.p50()), Figures.millis(result.p99()),
          Figures.ratio(result.requestsPerSecond() / ceiling.requestsPerSecond()),
          Figures.ratio(result.p50() / ceiling.p50()));
    }
    section.table(table);
    section.paragraph("wrk gives latency percentiles, not a spread between runs: p50 and p99 are the "
        + "spread within each 20 s run. Each scenario ran once.");
    return section;
  }

  /** The session cookie the endpoint sets on a first request, as {@code name=value}. */
  private static String sessionCookie(URI token) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(token).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the token endpoint answered " + response.statusCode() + ": " + response.body());
    }
    String setCookie = response.headers().firstValue("set-cookie")
        .orElseThrow(() -> new IllegalStateException("the token endpoint set no session cookie"));
    return setCookie.substring(0, setCookie.indexOf(';'));
  }
}
