package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.credentials.exception.CredentialException;
import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.AlibabaCloudCredentialsProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Cloud mode resolves its credentials when it starts, so that having none stops the start instead of
 * failing every token request. The credentials here come from providers the test gives; the default chain
 * itself, in a child JVM whose environment the test controls, is in {@link ServerProcessTest}.
 */
class CloudCredentialsTest {

  /** Cloud settings whose STS is on loopback: nothing here calls it, and nothing could leave the machine. */
  private static final ServerSettings SETTINGS = ServerSettings.read(Map.of(
      "OSSDIRECT_REGION", "cn-hangzhou",
      "OSSDIRECT_BUCKET", "web-direct-upload",
      "OSSDIRECT_IMM_PROJECT", "web-direct-project",
      "OSSDIRECT_ROLE_ARN", "acs:ram::1413397765616316:role/imm-web-upload",
      "OSSDIRECT_STS_ENDPOINT", "http://127.0.0.1:9",
      "OSSDIRECT_SESSION_KEY", CloudModeApp.SESSION_KEY), List.of("--port=0", "--host=127.0.0.1"));

  /** Credentials from a provider that answers with {@code answer}, counting how often it is asked. */
  private static com.aliyun.credentials.Client credentials(AtomicInteger asked, Supplier<CredentialModel> answer) {
    return new com.aliyun.credentials.Client(new AlibabaCloudCredentialsProvider() {
      @Override
      public CredentialModel getCredentials() {
        asked.incrementAndGet();
        return answer.get();
      }

      @Override
      public String getProviderName() {
        return "test";
      }

      @Override
      public void close() {}
    });
  }

  private static String startUpFailure(com.aliyun.credentials.Client credentials) {
    return assertThrows(ConfigurationException.class, () -> Application.startCloud(SETTINGS, credentials).close())
        .getMessage();
  }

  private static void assertNamesWhereCredentialsComeFrom(String message) {
    for (String named : List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ECS", "RAM role")) {
      assertTrue(message.contains(named), message);
    }
  }

  @Test
  void credentialsNoProviderFindsStopStartUpNamingWhereTheyComeFrom() {
    AtomicInteger asked = new AtomicInteger();
    String message = startUpFailure(credentials(asked, () -> {
      throw new CredentialException("Unable to load credentials from any of the providers in the chain: "
          + "[EnvironmentVariableCredentialsProvider: Environment variable accessKeyId cannot be empty.]");
    }));
    assertTrue(message.startsWith("No Alibaba Cloud credentials for cloud mode"), message);
    assertNamesWhereCredentialsComeFrom(message);
    assertTrue(message.contains("Environment variable accessKeyId cannot be empty."), "the chain's reason: " + message);
    assertEquals(1, asked.get());
  }

  @Test
  void anEmptyAccessKeyIsNoCredentialsEither() {
    String message = startUpFailure(credentials(new AtomicInteger(), () -> CredentialModel.builder()
        .accessKeyId("").accessKeySecret("").type("access_key").build()));
    assertNamesWhereCredentialsComeFrom(message);
  }

  @Test
  void credentialsAreResolvedOnceWhenCloudModeStarts() {
    AtomicInteger asked = new AtomicInteger();
    try (Application application = Application.startCloud(SETTINGS, credentials(asked, () -> CredentialModel.builder()
        .accessKeyId("TEST-ID").accessKeySecret("test-secret").type("access_key").build()))) {
      assertEquals(1, asked.get());
      assertEquals("cloud", application.deployment().mode());
    }
  }
}
