package dev.ossdirect.signing.oss;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The query parameters that OSS signature V1 signs as sub-resources of the canonicalized resource, as
 * listed by Alibaba's OSS SDK. Any other query parameter is left out of a V1 signature.
 */
public final class OssSubresources {

  /** Sorted by {@link String#compareTo} at start, for {@link Arrays#binarySearch}. */
  private static final String[] SIGNED = sorted(
      "accessPoint", "accessPointPolicy", "acl", "append", "asyncFetch",
      "bucketArchiveDirectRead", "bucketInfo", "callback", "callback-var", "cname", "comp",
      "continuation-token", "cors", "delete", "encryption", "endTime", "httpsConfig", "img",
      "inventory", "inventoryId", "lifecycle", "live", "location", "logging", "metaQuery",
      "objectMeta", "partNumber", "policy", "policyStatus", "position",
      "processConfiguration", "publicAccessBlock", "qos", "qosInfo", "redundancyTransition",
      "referer", "regionList", "replication", "replicationLocation", "replicationProgress",
      "requestPayment", "resourceGroup", "response-cache-control",
      "response-content-disposition", "response-content-encoding",
      "response-content-language", "response-content-type", "response-expires", "restore",
      "seal", "security-token", "sequential", "startTime", "stat", "status", "style",
      "styleName", "symlink", "tagging", "transferAcceleration", "udf", "udfApplication",
      "udfApplicationLog", "udfImage", "udfImageDesc", "udfName", "uploadId", "uploads",
      "versionId", "versioning", "versions", "vip", "vod", "vpcip", "website", "worm",
      "wormExtend", "wormId", "x-oss-ac-forward-allow", "x-oss-ac-source-ip",
      "x-oss-ac-subnet-mask", "x-oss-ac-vpc-id", "x-oss-async-process", "x-oss-delete",
      "x-oss-dir", "x-oss-process", "x-oss-redundancy-transition-taskid", "x-oss-rename",
      "x-oss-request-payer", "x-oss-target-redundancy-type", "x-oss-traffic-limit",
      "x-oss-write-get-object-response");

  private OssSubresources() {}

  /** Whether V1 signs query parameter {@code name} (case-sensitive). */
  public static boolean isSigned(String name) {
    return Arrays.binarySearch(SIGNED, name) >= 0;
  }

  /** Every signed sub-resource name. */
  public static Set<String> all() {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(SIGNED)));
  }

  private static String[] sorted(String... names) {
    Arrays.sort(names);
    return names;
  }
}
