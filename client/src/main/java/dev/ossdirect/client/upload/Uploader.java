package dev.ossdirect.client.upload;

import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.http.ChosenFile;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.oss.OssRequests;

/** Makes {@link ObjectUpload}s, holding what all of them share. */
public final class Uploader {

  private final ServiceCalls calls;
  private final OssRequests requests;
  private final OssDialect dialect;
  private final TransferSlots slots;

  public Uploader(ServiceCalls calls, OssRequests requests, OssDialect dialect, TransferSlots slots) {
    this.calls = calls;
    this.requests = requests;
    this.dialect = dialect;
    this.slots = slots;
  }

  /**
   * An upload, not yet started, of {@code file} as object {@code key} of {@code contentType}, signed by the
   * page; {@code listener} hears every change.
   */
  public ObjectUpload create(ChosenFile file, String key, String contentType, ObjectUpload.Listener listener) {
    return new ObjectUpload(this, false, file, key, contentType, listener);
  }

  /**
   * An upload, not yet started, of {@code file} of {@code contentType} that the app's server signs and names;
   * {@code listener} hears every change.
   */
  public ObjectUpload createServerSigned(ChosenFile file, String contentType, ObjectUpload.Listener listener) {
    return new ObjectUpload(this, true, file, null, contentType, listener);
  }

  ServiceCalls calls() {
    return calls;
  }

  OssRequests requests() {
    return requests;
  }

  OssDialect dialect() {
    return dialect;
  }

  TransferSlots slots() {
    return slots;
  }
}
