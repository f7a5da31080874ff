package dev.ossdirect.bench.jvm;

import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.common.auth.DefaultCredentials;
import com.aliyun.oss.common.comm.RequestMessage;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.internal.signer.OSSSignerBase;
import com.aliyun.oss.internal.signer.OSSSignerParams;
import dev.ossdirect.bench.SigningInputs;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.oss.OssSignatureV4;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * OSS signature V4 of a {@code PutObject} with an STS token, as each side signs a new request: ours
 * ({@link OssSignatureV4#sign}) and the OSS SDK's {@code OSSV4Signer}, both adding the date, payload hash,
 * token and {@code Authorization} headers; and the bare HMAC-SHA256 of the final string to sign (the
 * signing key's four derivation HMACs not included).
 *
 * <p>The SDK reads the clock itself; its tick offset dates the request to the same second as ours, so
 * that the signatures can be compared. While measuring, its clock moves on, which changes nothing in the
 * work done.
 */
@State(Scope.Thread)
public class OssV4Benchmark {

  private static final String RESOURCE_PATH = "/" + SigningInputs.BUCKET + "/" + SigningInputs.OBJECT_KEY;
  private static final URI ENDPOINT =
      URI.create("https://" + SigningInputs.BUCKET + ".oss-" + SigningInputs.REGION + ".aliyuncs.com");

  private Map<String, String> headers;
  private OssSignatureV4 signer;
  private Credentials credentials;
  private DefaultCredentials sdkCredentials;
  private long tickOffset;
  private HmacFloor floor;

  @Setup
  public void checkBothSidesAgree() {
    headers = SigningInputs.ossV4Headers();
    signer = new OssSignatureV4(SigningInputs.REGION, Clock.fixed(SigningInputs.EPOCH_MILLIS));
    credentials = Credentials.temporary(SigningInputs.ACCESS_KEY_ID, SigningInputs.ACCESS_KEY_SECRET,
        SigningInputs.SECURITY_TOKEN, SigningInputs.EPOCH_MILLIS + 3_600_000L);
    sdkCredentials = new DefaultCredentials(SigningInputs.ACCESS_KEY_ID, SigningInputs.ACCESS_KEY_SECRET,
        SigningInputs.SECURITY_TOKEN);
    String ours = ours();
    String official = officialDatedLikeOurs();
    SignatureAgreement.require("OSS V4", ours, official);
    String signature = ours.substring(ours.lastIndexOf('=') + 1);
    floor = new HmacFloor("HmacSHA256",
        OssSignatureV4.signingKey(SigningInputs.ACCESS_KEY_SECRET, SigningInputs.OSS_V4_DATE_TIME.substring(0, 8),
            SigningInputs.REGION),
        stringToSign());
    if (!signature.equals(Hex.encode(floor.compute()))) {
      throw new IllegalStateException("OSS V4: the floor does not sign the same string");
    }
  }

  @Benchmark
  public String ours() {
    SignableRequest request =
        SignableRequest.builder("PUT", SignableRequest.ossPath(SigningInputs.BUCKET, SigningInputs.OBJECT_KEY))
            .headers(headers)
            .build();
    return signer.sign(request, credentials).header("authorization");
  }

  @Benchmark
  public String official() {
    RequestMessage message = new RequestMessage(SigningInputs.BUCKET, SigningInputs.OBJECT_KEY);
    message.setMethod(HttpMethod.PUT);
    message.setEndpoint(ENDPOINT);
    headers.forEach(message::addHeader);
    OSSSignerParams params = new OSSSignerParams(RESOURCE_PATH, sdkCredentials);
    params.setProduct(OssSignatureV4.PRODUCT);
    params.setRegion(SigningInputs.REGION);
    params.setTickOffset(tickOffset);
    OSSSignerBase.createRequestSigner(SignVersion.V4, params).sign(message);
    return message.getHeaders().get("Authorization");
  }

  @Benchmark
  public byte[] hmacFloor() {
    return floor.compute();
  }

  /** Signs with the SDK until its clock, moved by the tick offset, falls in our request's second. */
  private String officialDatedLikeOurs() {
    for (int attempt = 0; attempt < 20; attempt++) {
      tickOffset = SigningInputs.EPOCH_MILLIS + 500 - System.currentTimeMillis();
      String authorization = official();
      String ours = ours();
      if (authorization.equals(ours)) {
        return authorization;
      }
    }
    return official();
  }

  private String stringToSign() {
    SignableRequest dated =
        SignableRequest.builder("PUT", SignableRequest.ossPath(SigningInputs.BUCKET, SigningInputs.OBJECT_KEY))
            .headers(headers)
            .header("x-oss-date", SigningInputs.OSS_V4_DATE_TIME)
            .header("x-oss-content-sha256", OssSignatureV4.UNSIGNED_PAYLOAD)
            .header("x-oss-security-token", SigningInputs.SECURITY_TOKEN)
            .build();
    String scope = OssSignatureV4.scope(SigningInputs.OSS_V4_DATE_TIME.substring(0, 8), SigningInputs.REGION);
    return OssSignatureV4.stringToSign(
        SigningInputs.OSS_V4_DATE_TIME, scope, OssSignatureV4.canonicalRequest(dated, List.of()));
  }
}
