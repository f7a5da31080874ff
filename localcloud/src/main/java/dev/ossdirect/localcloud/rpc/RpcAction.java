package dev.ossdirect.localcloud.rpc;

/** One action of an RPC-style API, such as STS {@code AssumeRole} or IMM {@code DetectImageFaces}. */
@FunctionalInterface
public interface RpcAction {

  /**
   * Handles an authenticated call and returns the response body, which the gateway serialises to JSON and
   * completes with the {@code RequestId}.
   */
  java.util.Map<String, Object> handle(RpcCall call) throws RpcException;
}
