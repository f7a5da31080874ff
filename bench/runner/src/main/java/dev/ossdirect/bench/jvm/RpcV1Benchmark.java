package dev.ossdirect.bench.jvm;

import com.aliyun.openapiutil.Client;
import dev.ossdirect.bench.SigningInputs;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RPC signature V1 of the twelve-parameter {@code DetectImageFaces} call: ours, {@code openapiutil}'s
 * {@code getRPCSignature}, and the bare HMAC-SHA1 of the same string to sign.
 */
@State(Scope.Thread)
public class RpcV1Benchmark {

  private Map<String, String> parameters;
  private HmacFloor floor;

  @Setup
  public void checkBothSidesAgree() throws Exception {
    parameters = SigningInputs.rpcParameters();
    SignatureAgreement.require("RPC V1", ours(), official());
    floor = new HmacFloor("HmacSHA1",
        (SigningInputs.ACCESS_KEY_SECRET + "&").getBytes(StandardCharsets.UTF_8),
        RpcSignatureV1.stringToSign("POST", parameters));
  }

  @Benchmark
  public String ours() {
    return RpcSignatureV1.sign("POST", parameters, SigningInputs.ACCESS_KEY_SECRET);
  }

  @Benchmark
  public String official() throws Exception {
    return Client.getRPCSignature(parameters, "POST", SigningInputs.ACCESS_KEY_SECRET);
  }

  @Benchmark
  public byte[] hmacFloor() {
    return floor.compute();
  }
}
