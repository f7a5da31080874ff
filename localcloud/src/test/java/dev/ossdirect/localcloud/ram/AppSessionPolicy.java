package dev.ossdirect.localcloud.ram;

/**
 * The session policy the app's server sends with each AssumeRole (the server's {@code SessionPolicy}, which
 * this module cannot use, as the server depends on it): upload actions on
 * {@code acs:oss:*:*:<bucket>/<session folder>*} and face detection on one IMM project. Tests of the local
 * cloud's RAM use it to check what a browser's token may really do.
 */
public final class AppSessionPolicy {

  private AppSessionPolicy() {}

  /** The policy of the session whose objects live under {@code sessionFolder} (ending in '/') of {@code bucket}. */
  public static String document(String bucket, String sessionFolder, String immProjectArn) {
    return "{\"Version\":\"1\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Action\":[\"oss:PutObject\",\"oss:AbortMultipartUpload\",\"oss:ListParts\"],"
        + "\"Resource\":[\"acs:oss:*:*:" + bucket + "/" + sessionFolder + "*\"]},"
        + "{\"Effect\":\"Allow\",\"Action\":[\"imm:DetectImageFaces\"],\"Resource\":[\"" + immProjectArn + "\"]}]}";
  }
}
