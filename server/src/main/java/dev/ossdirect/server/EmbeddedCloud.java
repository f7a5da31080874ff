package dev.ossdirect.server;

/**
 * A stand-in for STS, OSS and IMM running in this process, which local mode starts before the server.
 * The server knows it only by its endpoints and its RAM user's AccessKey pair, exactly what it would be
 * told of Alibaba Cloud, so that the server's own jar carries no stand-in (nor its native libraries):
 * the all-in-one launcher supplies one.
 */
public final class EmbeddedCloud implements AutoCloseable {

  private final Deployment deployment;
  private final String ramUserAccessKeyId;
  private final String ramUserAccessKeySecret;
  private final Runnable stop;

  /**
   * A started stand-in serving {@code deployment} (whose mode is {@code local}), whose RAM user has the
   * AccessKey pair given, and which {@code stop} stops.
   */
  public EmbeddedCloud(
      Deployment deployment, String ramUserAccessKeyId, String ramUserAccessKeySecret, Runnable stop) {
    this.deployment = deployment;
    this.ramUserAccessKeyId = ramUserAccessKeyId;
    this.ramUserAccessKeySecret = ramUserAccessKeySecret;
    this.stop = stop;
  }

  /** The stand-in's region, bucket, endpoints, IMM project and role. */
  public Deployment deployment() {
    return deployment;
  }

  /** The AccessKey id of the RAM user the server assumes the role as. */
  String ramUserAccessKeyId() {
    return ramUserAccessKeyId;
  }

  /** That user's AccessKey secret: given to the STS client only, never logged. */
  String ramUserAccessKeySecret() {
    return ramUserAccessKeySecret;
  }

  /** Stops it; the server stops first. */
  @Override
  public void close() {
    stop.run();
  }

  /** Starts a stand-in for what {@code request} asks. */
  @FunctionalInterface
  public interface Starter {
    EmbeddedCloud start(EmbeddedCloudRequest request);
  }
}
