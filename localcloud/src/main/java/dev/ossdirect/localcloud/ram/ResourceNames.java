package dev.ossdirect.localcloud.ram;

/** The Alibaba Cloud Resource Names (ARNs) that policies match against. */
public final class ResourceNames {

  private ResourceNames() {}

  /** {@code acs:oss:<region>:<account>:<bucket>/<key>}. */
  public static String ossObject(String region, String accountId, String bucket, String key) {
    return "acs:oss:" + region + ":" + accountId + ":" + bucket + "/" + key;
  }

  /** {@code acs:imm:<region>:<account>:project/<name>}. */
  public static String immProject(String region, String accountId, String project) {
    return "acs:imm:" + region + ":" + accountId + ":project/" + project;
  }

  /** {@code acs:ram::<account>:role/<name>}. */
  public static String role(String accountId, String roleName) {
    return "acs:ram::" + accountId + ":role/" + roleName;
  }
}
