package dev.ossdirect.localcloud.rpc;

/**
 * One action of an RPC-style API, such as STS {@code AssumeRole} or IMM {@code DetectImageFaces}.
 *
 * <p>The gateway calls {@link #authorize} first, then records the request's signature nonce, then calls
 * {@link #handle}. Splitting the two keeps a refused caller from using up room in the nonce registry (a
 * browser's STS token may sign any number of AssumeRole calls, all refused), while a replay of an
 * authorised call is still refused before the action does any work.
 */
public interface RpcAction {

  /**
   * Checks that the authenticated caller may make this call, from the parameters that name what it acts
   * on, and throws the action's own refusal ({@code NoPermission}, {@code AccessDenied}) if not.
   */
  void authorize(RpcCall call) throws RpcException;

  /**
   * Handles a call that {@link #authorize} accepted and returns the response body, which the gateway
   * serialises to JSON and completes with the {@code RequestId}.
   */
  java.util.Map<String, Object> handle(RpcCall call) throws RpcException;
}
