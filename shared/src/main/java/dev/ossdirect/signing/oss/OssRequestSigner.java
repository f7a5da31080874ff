package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import java.util.Map;

/** Signs OSS requests with one signature version: {@link OssSignatureV1} or {@link OssSignatureV4}. */
public interface OssRequestSigner {

  /**
   * {@code request} with the headers that authenticate it added: the request date
   * ({@code x-oss-date}, which browsers may set, unlike {@code Date}), {@code x-oss-security-token} for
   * STS credentials, any other header the version needs, and {@code authorization}. Send every header of
   * the result.
   */
  SignableRequest sign(SignableRequest request, Credentials credentials);

  /**
   * The query parameters that turn {@code request} into a signed URL valid for {@code expiresInSeconds}.
   * Append them to the request's own query parameters.
   */
  Map<String, String> presign(SignableRequest request, Credentials credentials, long expiresInSeconds);
}
