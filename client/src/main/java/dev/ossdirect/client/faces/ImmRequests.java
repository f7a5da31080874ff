package dev.ossdirect.client.faces;

import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.RandomSource;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3RequestSigner;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import dev.ossdirect.signing.token.ImmSignature;

/**
 * Builds the signed IMM {@code DetectImageFaces} call (RPC style, API version 2020-09-30): a POST whose
 * parameters all travel in the query string, signed with RPC signature V1 (the {@code Signature}
 * parameter) or ACS3-HMAC-SHA256 (the {@code Authorization} and {@code x-acs-*} headers).
 */
public final class ImmRequests {

  public static final String ACTION = "DetectImageFaces";
  public static final String VERSION = "2020-09-30";

  /** IMM reads the picture from OSS and runs the model; this allows for a slow first call. */
  static final int TIMEOUT_MILLIS = 60_000;

  private final Clock clock;
  private final RandomSource random;

  /** Requests dated by {@code clock}, with nonces from {@code random}. */
  public ImmRequests(Clock clock, RandomSource random) {
    this.clock = clock;
    this.random = random;
  }

  /** DetectImageFaces on object {@code key} of the session's bucket, signed with {@code signature}. */
  public HttpRequest detectImageFaces(SessionConfig session, String key, ImmSignature signature) {
    SignableRequest call = SignableRequest.builder("POST", "/")
        .query("ProjectName", session.immProject())
        .query("SourceURI", "oss://" + session.bucket() + "/" + key)
        .build();
    if (signature == ImmSignature.ACS3) {
      SignableRequest signed = new Acs3RequestSigner(clock, random).signRpcCall(
          call, authority(session.immEndpoint()), ACTION, VERSION, session.credentials());
      return request(session, signed).headersOf(signed, "host").build();
    }
    SignableRequest signed = new RpcRequestSigner(clock, random).sign(call, ACTION, VERSION, session.credentials());
    return request(session, signed).build();
  }

  /** The POST of {@code signed}'s parameters in the query string to IMM's endpoint. */
  private static HttpRequest.Builder request(SessionConfig session, SignableRequest signed) {
    return HttpRequest.builder("POST", session.immEndpoint() + "/?" + QueryString.format(signed))
        .timeoutMillis(TIMEOUT_MILLIS);
  }

  /** {@code host[:port]} of {@code endpoint}, which the browser sends as {@code Host} and ACS3 signs. */
  static String authority(String endpoint) {
    int start = endpoint.indexOf("://");
    String rest = start < 0 ? endpoint : endpoint.substring(start + 3);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }
}
