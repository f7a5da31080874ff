package dev.ossdirect.localcloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ossdirect.localcloud.ram.EffectivePolicy;
import dev.ossdirect.localcloud.ram.PolicyDocument;
import dev.ossdirect.localcloud.ram.PolicyGrammarException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and opens self-contained STS security tokens, so that OSS and IMM can check a temporary
 * credential without any state shared with STS.
 *
 * <pre>
 * token  = "v1." + base64url(deflate(claims)) + "." + base64url(HMAC-SHA256(key, "v1." + payload))
 * claims = {"ak": access key id, "exp": expiry (epoch ms), "role": role ARN, "session": session name,
 *           "rolePolicies": [policy text...], "sessionPolicy": policy text or null}
 * secret = base64url(HMAC-SHA256(key, "secret:" + access key id))
 * </pre>
 *
 * <p>The token binds the temporary access key id, the expiry and the effective policy; the MAC makes any
 * change evident. The secret is not in the token: it is derived again from the access key id, so a leaked
 * token alone cannot sign requests. The key is the local cloud's and never leaves it.
 */
public final class SecurityTokenCodec {

  private static final String VERSION = "v1.";
  private static final int MAX_TOKEN_LENGTH = 16 * 1024;
  private static final int MAX_CLAIMS_LENGTH = 64 * 1024;
  private static final String ACCESS_KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] key;
  private final SecureRandom random;

  /** A codec whose tokens are authenticated with {@code key} (at least 32 bytes). */
  public SecurityTokenCodec(byte[] key, SecureRandom random) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the token key must be at least 32 bytes");
    }
    this.key = key.clone();
    this.random = random;
  }

  /** Issues a new temporary credential for {@code roleArn} with {@code policy}, valid until {@code expirationMillis}. */
  public TemporaryCredential issue(
      String roleArn, String sessionName, EffectivePolicy policy, long expirationMillis) {
    String accessKeyId = "STS." + randomAccessKeySuffix();
    ObjectNode claims = JSON.createObjectNode();
    claims.put("ak", accessKeyId);
    claims.put("exp", expirationMillis);
    claims.put("role", roleArn);
    claims.put("session", sessionName);
    ArrayNode rolePolicies = claims.putArray("rolePolicies");
    for (PolicyDocument document : policy.identityPolicies()) {
      rolePolicies.add(document.text());
    }
    claims.put("sessionPolicy", policy.sessionPolicy() == null ? null : policy.sessionPolicy().text());
    String payload = VERSION + base64(deflate(claims.toString().getBytes(StandardCharsets.UTF_8)));
    String token = payload + "." + base64(mac(payload));
    return new TemporaryCredential(
        accessKeyId, secretFor(accessKeyId), token, expirationMillis, roleArn, sessionName, policy);
  }

  /**
   * Checks {@code token} and reads the credential it proves. It does not check the expiry; callers compare
   * {@link TemporaryCredential#expirationMillis()} with their clock.
   */
  public TemporaryCredential open(String token) throws InvalidSecurityTokenException {
    if (token == null || token.length() > MAX_TOKEN_LENGTH || !token.startsWith(VERSION)) {
      throw new InvalidSecurityTokenException("The security token is malformed.");
    }
    int dot = token.lastIndexOf('.');
    if (dot <= VERSION.length()) {
      throw new InvalidSecurityTokenException("The security token is malformed.");
    }
    String payload = token.substring(0, dot);
    byte[] receivedMac;
    try {
      receivedMac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new InvalidSecurityTokenException("The security token is malformed.");
    }
    if (!MessageDigest.isEqual(mac(payload), receivedMac)) {
      throw new InvalidSecurityTokenException("The security token was not issued by this STS or was altered.");
    }
    try {
      JsonNode claims =
          JSON.readTree(inflate(Base64.getUrlDecoder().decode(payload.substring(VERSION.length()))));
      String accessKeyId = claims.get("ak").textValue();
      List<PolicyDocument> rolePolicies = new ArrayList<>();
      for (JsonNode policy : claims.get("rolePolicies")) {
        rolePolicies.add(PolicyDocument.parse(policy.textValue()));
      }
      JsonNode sessionPolicy = claims.get("sessionPolicy");
      EffectivePolicy policy =
          new EffectivePolicy(
              rolePolicies,
              sessionPolicy == null || sessionPolicy.isNull()
                  ? null
                  : PolicyDocument.parse(sessionPolicy.textValue()));
      return new TemporaryCredential(
          accessKeyId,
          secretFor(accessKeyId),
          token,
          claims.get("exp").longValue(),
          claims.get("role").textValue(),
          claims.get("session").textValue(),
          policy);
    } catch (IOException | DataFormatException | PolicyGrammarException | RuntimeException e) {
      // Authenticated by our own key, so this means the key was reused across incompatible versions.
      throw new InvalidSecurityTokenException("The security token cannot be read.");
    }
  }

  private String secretFor(String accessKeyId) {
    return base64(mac("secret:" + accessKeyId));
  }

  private String randomAccessKeySuffix() {
    StringBuilder suffix = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      suffix.append(ACCESS_KEY_ALPHABET.charAt(random.nextInt(ACCESS_KEY_ALPHABET.length())));
    }
    return suffix.toString();
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] deflate(byte[] input) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(input);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] input) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_CLAIMS_LENGTH) {
          throw new DataFormatException("too large");
        }
      }
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }
}
