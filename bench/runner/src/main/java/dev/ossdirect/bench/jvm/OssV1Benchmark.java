package dev.ossdirect.bench.jvm;

import com.aliyun.oss.common.auth.ServiceSignature;
import com.aliyun.oss.common.comm.RequestMessage;
import com.aliyun.oss.internal.SignUtils;
import dev.ossdirect.bench.SigningInputs;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssSignatureV1;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * OSS signature V1 of a {@code PutObject} with an STS token: ours (string to sign and signature), the
 * OSS SDK's {@code SignUtils.buildCanonicalString} plus {@code ServiceSignature}, as its V1 signer calls
 * them, and the bare HMAC-SHA1 of the same string to sign. Both sides start from a request that already
 * carries every header.
 */
@State(Scope.Thread)
public class OssV1Benchmark {

  private static final String RESOURCE_PATH = "/" + SigningInputs.BUCKET + "/" + SigningInputs.OBJECT_KEY;

  private SignableRequest request;
  private RequestMessage message;
  private HmacFloor floor;

  @Setup
  public void checkBothSidesAgree() {
    Map<String, String> headers = SigningInputs.ossV1Headers();
    request = SignableRequest.builder("PUT", SignableRequest.ossPath(SigningInputs.BUCKET, SigningInputs.OBJECT_KEY))
        .headers(headers)
        .build();
    message = new RequestMessage(SigningInputs.BUCKET, SigningInputs.OBJECT_KEY);
    headers.forEach(message::addHeader);
    SignatureAgreement.require("OSS V1", ours(), official());
    floor = new HmacFloor("HmacSHA1", SigningInputs.ACCESS_KEY_SECRET.getBytes(StandardCharsets.UTF_8),
        OssSignatureV1.stringToSign(request));
  }

  @Benchmark
  public String ours() {
    return OssSignatureV1.signature(OssSignatureV1.stringToSign(request), SigningInputs.ACCESS_KEY_SECRET);
  }

  @Benchmark
  public String official() {
    String canonical = SignUtils.buildCanonicalString("PUT", RESOURCE_PATH, message, null);
    return ServiceSignature.create().computeSignature(SigningInputs.ACCESS_KEY_SECRET, canonical);
  }

  @Benchmark
  public byte[] hmacFloor() {
    return floor.compute();
  }
}
