package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerMetricsTest {

  @Test
  void failedAssumeRolesAreTimedAndCountedByStsCodeAndPurposeAndRethrown() throws Exception {
    ServerMetrics metrics = new ServerMetrics();
    StsFailure denied = new StsFailure("NoPermission", "You are not authorized.", "req-1", null);
    assertSame(denied, assertThrows(StsFailure.class, () -> metrics.assumeRole(ServerMetrics.BROWSER, () -> {
      throw denied;
    })));
    assertThrows(StsFailure.class, () -> metrics.assumeRole(ServerMetrics.BROWSER, () -> {
      throw denied;
    }));
    assertThrows(StsFailure.class, () -> metrics.assumeRole(ServerMetrics.SIGNING, () -> {
      throw new StsFailure("StsUnreachable", "STS could not be reached.", null, null);
    }));
    IssuedToken token = new IssuedToken("STS.id", "secret", "token", "2030-01-01T00:00:00Z", 1_893_456_000_000L, 0);
    assertSame(token, metrics.assumeRole(ServerMetrics.SIGNING, () -> token));

    PrometheusText scrape = new PrometheusText(metrics.scrape());
    assertEquals(2, scrape.value("ossdirect_sts_assume_role_failures_total", "purpose", "browser", "code", "NoPermission"));
    assertEquals(1, scrape.value("ossdirect_sts_assume_role_failures_total", "purpose", "signing", "code", "StsUnreachable"));
    assertEquals(3, scrape.value("ossdirect_sts_assume_role_failures_total"));
    assertEquals(2, scrape.value("ossdirect_sts_assume_role_seconds_count", "purpose", "browser", "outcome", "failure"));
    assertEquals(1, scrape.value("ossdirect_sts_assume_role_seconds_count", "purpose", "signing", "outcome", "failure"));
    assertEquals(1, scrape.value("ossdirect_sts_assume_role_seconds_count", "purpose", "signing", "outcome", "success"));
    assertEquals(0, scrape.value("ossdirect_sts_assume_role_seconds_count", "purpose", "browser", "outcome", "success"));
  }
}
