package dev.ossdirect.localcloud.sts;

import dev.ossdirect.localcloud.auth.SecurityTokenCodec;
import dev.ossdirect.localcloud.auth.TemporaryCredential;
import dev.ossdirect.localcloud.ram.EffectivePolicy;
import dev.ossdirect.localcloud.ram.PolicyDocument;
import dev.ossdirect.localcloud.ram.PolicyGrammarException;
import dev.ossdirect.localcloud.ram.RamAccount;
import dev.ossdirect.localcloud.ram.RamRole;
import dev.ossdirect.localcloud.rpc.RpcAction;
import dev.ossdirect.localcloud.rpc.RpcCall;
import dev.ossdirect.localcloud.rpc.RpcException;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * STS {@code AssumeRole} (version 2015-04-01): checks the request against the documented rules and issues
 * a temporary credential whose permissions are the role's policies narrowed by the session policy.
 *
 * <ul>
 *   <li>{@code RoleArn}: {@code acs:ram::<account>:role/<name>}; a role that does not exist gives
 *       {@code EntityNotExist.Role}.
 *   <li>{@code RoleSessionName}: 2 to 64 letters, digits and {@code . @ - _}.
 *   <li>{@code DurationSeconds}: 900 up to the role's maximum session duration; 3600 by default.
 *   <li>{@code Policy}: at most 2048 bytes of UTF-8 (as STS counts; for ASCII as many characters) of valid
 *       policy grammar.
 *   <li>The caller needs {@code sts:AssumeRole} on the role, or gets {@code NoPermission}; this is
 *       checked ({@link #authorize}) before the other parameters and before the role's existence.
 * </ul>
 */
public final class AssumeRoleAction implements RpcAction {

  private static final Pattern ROLE_ARN = Pattern.compile("acs:ram::(\\d+):role/([A-Za-z0-9.\\-_]{1,64})");
  private static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9.@\\-_]{2,64}");
  private static final int MIN_DURATION_SECONDS = 900;
  private static final int DEFAULT_DURATION_SECONDS = 3600;
  private static final int MAX_POLICY_BYTES = 2048;

  private final RamAccount account;
  private final SecurityTokenCodec tokens;
  private final Clock clock;
  private final AtomicLong issued = new AtomicLong();

  public AssumeRoleAction(RamAccount account, SecurityTokenCodec tokens, Clock clock) {
    this.account = account;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** How many credentials this action has issued since start. */
  public long issuedCount() {
    return issued.get();
  }

  /**
   * The caller needs {@code sts:AssumeRole} on the role: the ARN of the role when it exists (role names
   * are matched without regard to case), the ARN as given otherwise, so that a caller without the right
   * learns nothing of which roles exist.
   */
  @Override
  public void authorize(RpcCall call) throws RpcException {
    String roleArn = roleArn(call);
    String resource = account.roleWithArn(roleArn).map(RamRole::arn).orElse(roleArn);
    if (!call.caller().policy().allows("sts:AssumeRole", resource)) {
      throw new RpcException(403, "NoPermission",
          "You are not authorized to do this action. You should be authorized by RAM.");
    }
  }

  @Override
  public Map<String, Object> handle(RpcCall call) throws RpcException {
    String roleArn = roleArn(call);
    String sessionName = call.required("RoleSessionName");
    if (!SESSION_NAME.matcher(sessionName).matches()) {
      throw new RpcException(400, "InvalidParameter.RoleSessionName",
          "The parameter RoleSessionName is wrongly formed: 2 to 64 letters, digits and . @ - _");
    }
    String policyText = call.optional("Policy");
    PolicyDocument sessionPolicy = null;
    if (policyText != null) {
      if (policyText.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
        throw new RpcException(400, "InvalidParameter.PolicySize",
            "The size of Policy must be smaller than " + MAX_POLICY_BYTES + " bytes.");
      }
      try {
        sessionPolicy = PolicyDocument.parse(policyText);
      } catch (PolicyGrammarException e) {
        throw new RpcException(400, "InvalidParameter.PolicyGrammar",
            "The parameter Policy has not passed grammar check. " + e.getMessage());
      }
    }
    Optional<RamRole> found = account.roleWithArn(roleArn);
    if (found.isEmpty()) {
      throw new RpcException(404, "EntityNotExist.Role", "The role not exists: " + roleArn + ".");
    }
    RamRole role = found.get();
    int durationSeconds = duration(call.optional("DurationSeconds"), role);
    long now = clock.currentTimeMillis();
    long expiration = (now / 1000L + durationSeconds) * 1000L;
    TemporaryCredential credential =
        tokens.issue(role.arn(), sessionName, new EffectivePolicy(role.policies(), sessionPolicy), expiration);
    issued.incrementAndGet();

    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("AccessKeyId", credential.accessKeyId());
    credentials.put("AccessKeySecret", credential.accessKeySecret());
    credentials.put("SecurityToken", credential.securityToken());
    credentials.put("Expiration", UtcTimestamps.formatIso8601(expiration));
    Map<String, Object> assumedRoleUser = new LinkedHashMap<>();
    assumedRoleUser.put("Arn", role.arn() + "/" + sessionName);
    assumedRoleUser.put("AssumedRoleId", role.id() + ":" + sessionName);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("AssumedRoleUser", assumedRoleUser);
    response.put("Credentials", credentials);
    return response;
  }

  private static String roleArn(RpcCall call) throws RpcException {
    String roleArn = call.required("RoleArn");
    if (!ROLE_ARN.matcher(roleArn).matches()) {
      throw new RpcException(400, "InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.");
    }
    return roleArn;
  }

  private static int duration(String text, RamRole role) throws RpcException {
    if (text == null) {
      return Math.min(DEFAULT_DURATION_SECONDS, role.maxSessionDurationSeconds());
    }
    int seconds;
    try {
      seconds = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < MIN_DURATION_SECONDS || seconds > role.maxSessionDurationSeconds()) {
      throw new RpcException(400, "InvalidParameter.DurationSeconds",
          "The Min/Max value of DurationSeconds is " + MIN_DURATION_SECONDS + "/"
              + role.maxSessionDurationSeconds() + " seconds.");
    }
    return seconds;
  }
}
