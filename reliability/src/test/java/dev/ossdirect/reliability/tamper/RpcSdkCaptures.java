package dev.ossdirect.reliability.tamper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.imm20200930.models.DetectImageFacesRequest;
import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.TestImages;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.reliability.wire.RecordingEndpoint;
import dev.ossdirect.reliability.wire.SdkCalls;
import dev.ossdirect.signing.Credentials;
import java.io.ByteArrayInputStream;

/**
 * Requests that Alibaba's STS and IMM SDKs make, captured by a {@link RecordingEndpoint}: STS AssumeRole
 * signed by the RAM user's long-term key, and IMM DetectImageFaces signed with an STS token, each with RPC
 * signature V1 ({@code "v2"} in the SDKs' configuration) or ACS3. Each capture is a fresh request, with a
 * nonce never used, so a test can send it once as it is or changed.
 */
public final class RpcSdkCaptures implements Captures<RpcSdkCaptures> {

  /** The SDKs' name for RPC signature V1. */
  public static final String RPC_V1 = "v2";
  /** The SDKs' name for ACS3, their default. */
  public static final String ACS3 = "ACS3-HMAC-SHA256";
  static final String PROJECT = "web-direct-project";
  static final String SOURCE_URI = "oss://" + OssTestCloud.BUCKET + "/uploads/tamper/plain.png";

  private final OssTestCloud oss;
  private final int port;
  private final Credentials sts;
  private final RecordingEndpoint recorder;

  private RpcSdkCaptures(OssTestCloud oss, int port, Credentials sts) throws Exception {
    this.oss = oss;
    this.port = port;
    this.sts = sts;
    this.recorder = RecordingEndpoint.forRpc();
    OSS client = oss.client(SignVersion.V4, sts);
    try {
      client.putObject(OssTestCloud.BUCKET, "uploads/tamper/plain.png", new ByteArrayInputStream(TestImages.plainPng()));
    } finally {
      client.shutdown();
    }
  }

  /** Captures whose cases are sent to the local STS. */
  public static RpcSdkCaptures forSts(OssTestCloud oss) throws Exception {
    return new RpcSdkCaptures(oss, oss.cloud.stsEndpoint().getPort(), oss.assumeRole());
  }

  /** Captures whose cases are sent to the local IMM, signed with an hour-long STS token. */
  public static RpcSdkCaptures forImm(OssTestCloud oss) throws Exception {
    return forImm(oss, oss.assumeRole());
  }

  /** Captures whose cases are sent to the local IMM, signed with the STS credentials {@code sts}. */
  public static RpcSdkCaptures forImm(OssTestCloud oss, Credentials sts) throws Exception {
    return new RpcSdkCaptures(oss, oss.cloud.immEndpoint().getPort(), sts);
  }

  /** The port the cases are sent to. */
  public int port() {
    return port;
  }

  /** The STS credentials that sign DetectImageFaces. */
  public Credentials stsCredentials() {
    return sts;
  }

  /** AssumeRole with a session policy, signed with RPC V1 by the RAM user. */
  public CapturedRequest assumeRole() throws Exception {
    return assumeRole(oss.cloud.ramUserAccessKey().accessKeySecret());
  }

  /** The same AssumeRole signed by an SDK given another secret. */
  public CapturedRequest assumeRoleWithAnotherSecret() throws Exception {
    return assumeRole(oss.cloud.ramUserAccessKey().accessKeySecret() + "x");
  }

  /**
   * AssumeRole signed with {@code algorithm} by the STS credentials, token included, but with another
   * secret than the token's: the signature check fails before any permission is looked at.
   */
  public CapturedRequest assumeRoleWithTheTokenAndAnotherSecret(String algorithm) throws Exception {
    Config config = config(sts.accessKeyId(), sts.accessKeySecret() + "x", sts.securityToken(), algorithm)
        .setEndpoint(recorder.uri().getAuthority());
    com.aliyun.sts20150401.Client client = new com.aliyun.sts20150401.Client(config);
    return recorder.capture(() -> client.assumeRole(new AssumeRoleRequest()
        .setRoleArn(oss.cloud.roleArn())
        .setRoleSessionName("echo-test")));
  }

  /** DetectImageFaces on a small picture, signed with {@code algorithm} and the STS token. */
  public CapturedRequest detectImageFaces(String algorithm) throws Exception {
    return detectImageFaces(algorithm, sts.accessKeySecret(), SOURCE_URI);
  }

  /** DetectImageFaces on {@code sourceUri}, signed with {@code algorithm} and the STS token. */
  public CapturedRequest detectImageFaces(String algorithm, String sourceUri) throws Exception {
    return detectImageFaces(algorithm, sts.accessKeySecret(), sourceUri);
  }

  /** The same DetectImageFaces signed by an SDK given another secret than the token's. */
  public CapturedRequest detectImageFacesWithAnotherSecret(String algorithm) throws Exception {
    return detectImageFaces(algorithm, sts.accessKeySecret() + "x", SOURCE_URI);
  }

  /** Sends the request of {@code tamper} and checks the answer; no object is at stake. */
  @Override
  public void check(Tamper<RpcSdkCaptures> tamper, Row row) throws Exception {
    CapturedRequest request = tamper.variant().from(this);
    Answer answer = request.send(port);
    boolean answered = tamper.expected().matches(answer);
    Ledger.record(Tally.of(row, 1, answered ? 1 : 0, Tally.NO_OBJECTS));
    assertTrue(answered,
        request.method() + " " + request.path() + " should get " + tamper.expected() + ", got " + answer);
  }

  private CapturedRequest assumeRole(String secret) throws Exception {
    Config config = config(oss.cloud.ramUserAccessKey().accessKeyId(), secret, null, RPC_V1)
        .setEndpoint(recorder.uri().getAuthority());
    com.aliyun.sts20150401.Client client = new com.aliyun.sts20150401.Client(config);
    return recorder.capture(() -> client.assumeRole(new AssumeRoleRequest()
        .setRoleArn(oss.cloud.roleArn())
        .setRoleSessionName("tamper-test")
        .setDurationSeconds(900L)
        .setPolicy(OssTestCloud.allow("oss:PutObject", "acs:oss:*:*:" + OssTestCloud.BUCKET + "/uploads/*"))));
  }

  private CapturedRequest detectImageFaces(String algorithm, String secret, String sourceUri) throws Exception {
    Config config = config(sts.accessKeyId(), secret, sts.securityToken(), algorithm)
        .setEndpoint(recorder.uri().getAuthority());
    com.aliyun.imm20200930.Client client = new com.aliyun.imm20200930.Client(config);
    return recorder.capture(() -> client.detectImageFaces(
        new DetectImageFacesRequest().setProjectName(PROJECT).setSourceURI(sourceUri)));
  }

  private Config config(String accessKeyId, String secret, String securityToken, String algorithm) {
    return SdkCalls.config(accessKeyId, secret, securityToken, oss.cloud.region(), algorithm);
  }

  @Override
  public void close() throws Exception {
    recorder.close();
  }
}
