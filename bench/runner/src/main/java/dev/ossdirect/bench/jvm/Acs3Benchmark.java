package dev.ossdirect.bench.jvm;

import com.aliyun.openapiutil.Client;
import com.aliyun.tea.TeaRequest;
import dev.ossdirect.bench.SigningInputs;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3Signature;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ACS3-HMAC-SHA256 of the {@code DetectImageFaces} call: ours ({@link Acs3Signature#sign}),
 * {@code openapiutil}'s {@code getAuthorization}, and the bare HMAC-SHA256 of the same string to sign.
 * Both sides start from a request that already carries every header.
 */
@State(Scope.Thread)
public class Acs3Benchmark {

  private SignableRequest request;
  private TeaRequest teaRequest;
  private HmacFloor floor;

  @Setup
  public void checkBothSidesAgree() throws Exception {
    request = SignableRequest.builder("POST", "/")
        .query(SigningInputs.acs3Query())
        .headers(SigningInputs.acs3Headers())
        .build();
    teaRequest = new TeaRequest();
    teaRequest.method = "POST";
    teaRequest.pathname = "/";
    teaRequest.query = new HashMap<>(SigningInputs.acs3Query());
    teaRequest.headers = new HashMap<>(SigningInputs.acs3Headers());
    SignatureAgreement.require("ACS3", ours(), official());
    floor = new HmacFloor("HmacSHA256", SigningInputs.ACCESS_KEY_SECRET.getBytes(StandardCharsets.UTF_8),
        Acs3Signature.stringToSign(
            Acs3Signature.canonicalRequest(request, Acs3Signature.defaultSignedHeaders(request))));
  }

  @Benchmark
  public String ours() {
    return Acs3Signature.sign(request, SigningInputs.ACCESS_KEY_ID, SigningInputs.ACCESS_KEY_SECRET);
  }

  @Benchmark
  public String official() throws Exception {
    return Client.getAuthorization(teaRequest, Acs3Signature.ALGORITHM,
        request.header(Acs3Signature.CONTENT_SHA256_HEADER), SigningInputs.ACCESS_KEY_ID,
        SigningInputs.ACCESS_KEY_SECRET);
  }

  @Benchmark
  public byte[] hmacFloor() {
    return floor.compute();
  }
}
