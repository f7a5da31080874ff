package dev.ossdirect.client.faces;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.call.ServiceCall;
import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.signing.token.ImmSignature;

/** Asks IMM for the faces in an uploaded picture. */
public final class FaceDetector {

  private final ServiceCalls calls;
  private final ImmRequests requests;
  private final ImmDialect dialect;

  public FaceDetector(ServiceCalls calls, ImmRequests requests, ImmDialect dialect) {
    this.calls = calls;
    this.requests = requests;
    this.dialect = dialect;
  }

  /** Runs DetectImageFaces on object {@code key}, signed with {@code signature}. */
  public Cancellable detect(String key, ImmSignature signature, Callback<FaceDetection> callback) {
    ServiceCall call = calls.create(
        dialect,
        session -> requests.detectImageFaces(session, key, signature),
        null,
        new Callback<HttpResponse>() {
          @Override
          public void onSuccess(HttpResponse response) {
            FaceDetection detection;
            try {
              detection = FaceDetection.parse(response.body());
            } catch (IllegalArgumentException e) {
              callback.onFailure(Failure.of("IMM's answer could not be read: " + e.getMessage()));
              return;
            }
            callback.onSuccess(detection);
          }

          @Override
          public void onFailure(Failure failure) {
            callback.onFailure(failure);
          }
        });
    call.start();
    return call;
  }
}
