package dev.ossdirect.signing.oracle;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.common.utils.BinaryUtil;
import com.aliyun.oss.model.MatchMode;
import com.aliyun.oss.model.PolicyConditions;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

/**
 * PostObject policies and their V1 and V4 signatures as Alibaba's {@code com.aliyun.oss:aliyun-sdk-oss}
 * computes them, through the public {@code OSSClient} calls that a server uses: {@code generatePostPolicy}
 * and {@code calculatePostSignature}. A reference for tests: nothing here uses this project's signing code.
 *
 * <p>The client is never asked to send anything: its endpoint is a closed loopback port, and it is only
 * built to hold the credentials, the region and the signature version that {@code calculatePostSignature}
 * reads.
 *
 * <p>The SDK writes {@code in} and {@code not-in} with the field name in lower case and the values without
 * escaping: give it lower-case names and values that need no escape.
 */
public final class OfficialOssPost {

  private static final String NO_SERVER = "http://127.0.0.1:1";

  private OfficialOssPost() {}

  /**
   * One policy condition, described without this project's types.
   *
   * @param match {@code exact}, {@code eq}, {@code starts-with}, {@code in}, {@code not-in} or
   *     {@code content-length-range}
   * @param field the field, without {@code $}; unused for a size range
   * @param values the value, or the values of {@code in} and {@code not-in}
   * @param min the fewest bytes of a size range
   * @param max the most bytes of a size range
   */
  public record Condition(String match, String field, List<String> values, long min, long max) {

    public static Condition exact(String field, String value) {
      return new Condition("exact", field, List.of(value), 0, 0);
    }

    public static Condition eq(String field, String value) {
      return new Condition("eq", field, List.of(value), 0, 0);
    }

    public static Condition startsWith(String field, String prefix) {
      return new Condition("starts-with", field, List.of(prefix), 0, 0);
    }

    public static Condition in(String field, List<String> values) {
      return new Condition("in", field, values, 0, 0);
    }

    public static Condition notIn(String field, List<String> values) {
      return new Condition("not-in", field, values, 0, 0);
    }

    public static Condition contentLengthRange(long min, long max) {
      return new Condition("content-length-range", "content-length-range", List.of(), min, max);
    }
  }

  /** The policy document, from {@code OSSClient.generatePostPolicy}. */
  public static String policy(long expirationMillis, List<Condition> conditions) {
    PolicyConditions sdk = new PolicyConditions();
    for (Condition condition : conditions) {
      switch (condition.match()) {
        case "exact" -> sdk.addConditionItem(condition.field(), condition.values().get(0));
        case "eq" -> sdk.addConditionItem(MatchMode.Exact, condition.field(), condition.values().get(0));
        case "starts-with" ->
            sdk.addConditionItem(MatchMode.StartWith, condition.field(), condition.values().get(0));
        case "in" ->
            sdk.addConditionItem(MatchMode.In, condition.field(), condition.values().toArray(new String[0]));
        case "not-in" ->
            sdk.addConditionItem(MatchMode.NotIn, condition.field(), condition.values().toArray(new String[0]));
        case "content-length-range" ->
            sdk.addConditionItem(PolicyConditions.COND_CONTENT_LENGTH_RANGE, condition.min(), condition.max());
        default -> throw new IllegalArgumentException("Unknown match " + condition.match());
      }
    }
    OSS client = client(SignVersion.V1, "unused", "unused", "cn-hangzhou");
    try {
      return client.generatePostPolicy(new Date(expirationMillis), sdk);
    } finally {
      client.shutdown();
    }
  }

  /** The {@code policy} form field: Base64 of the document's UTF-8, from {@code BinaryUtil}. */
  public static String encoded(String policy) {
    return BinaryUtil.toBase64String(policy.getBytes(StandardCharsets.UTF_8));
  }

  /** The V1 signature of {@code policy}, from {@code OSSClient.calculatePostSignature(policy)}. */
  public static String v1Signature(String accessKeyId, String accessKeySecret, String policy) {
    OSS client = client(SignVersion.V1, accessKeyId, accessKeySecret, "cn-hangzhou");
    try {
      return client.calculatePostSignature(policy);
    } finally {
      client.shutdown();
    }
  }

  /**
   * The V4 signature of {@code policy} signed at {@code epochMillis} in {@code region}, from
   * {@code OSSClient.calculatePostSignature(policy, date)} on a client configured for V4.
   */
  public static String v4Signature(
      String accessKeyId, String accessKeySecret, String region, long epochMillis, String policy) {
    OSS client = client(SignVersion.V4, accessKeyId, accessKeySecret, region);
    try {
      return client.calculatePostSignature(policy, new Date(epochMillis));
    } finally {
      client.shutdown();
    }
  }

  private static OSS client(
      SignVersion version, String accessKeyId, String accessKeySecret, String region) {
    ClientBuilderConfiguration configuration = new ClientBuilderConfiguration();
    configuration.setSignatureVersion(version);
    configuration.setMaxErrorRetry(0);
    return OSSClientBuilder.create()
        .endpoint(NO_SERVER)
        .credentialsProvider(new DefaultCredentialProvider(accessKeyId, accessKeySecret))
        .clientConfiguration(configuration)
        .region(region)
        .build();
  }
}
