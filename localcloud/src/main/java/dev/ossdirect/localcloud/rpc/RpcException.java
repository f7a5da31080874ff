package dev.ossdirect.localcloud.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RPC-style API error, answered as {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}} with
 * an HTTP status. Messages never contain secrets.
 */
public final class RpcException extends Exception {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;
  private final String code;

  public RpcException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** {@code Missing<Parameter>}: a required parameter is absent. */
  public static RpcException missing(String parameter) {
    return new RpcException(400, "Missing" + parameter, parameter + " is mandatory for this action.");
  }

  /** {@code InvalidParameter}: a parameter has a value the action cannot accept. */
  public static RpcException invalidParameter(String message) {
    return new RpcException(400, "InvalidParameter", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The JSON error document of this error, for the request {@code requestId} sent to {@code hostId}. */
  byte[] toJson(String requestId, String hostId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("HostId", hostId);
    body.put("Code", code);
    body.put("Message", getMessage());
    body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code);
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
