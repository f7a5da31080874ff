package dev.ossdirect.localcloud.imm.faces;

/**
 * The face detection model cannot be loaded. The local IMM has no weaker detector to fall back on, so
 * the local cloud does not start without it.
 */
public final class FaceModelUnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  FaceModelUnavailableException(String message) {
    super(message);
  }

  FaceModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
