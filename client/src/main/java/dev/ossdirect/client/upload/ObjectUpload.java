package dev.ossdirect.client.upload;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.call.ServiceCall;
import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.http.ByteRange;
import dev.ossdirect.client.http.ChosenFile;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.oss.OssRequests;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.signed.AppServerDialect;
import dev.ossdirect.client.signed.PartGrant;
import dev.ossdirect.client.signed.SignedUploadRequests;
import dev.ossdirect.client.signed.UploadGrant;
import dev.ossdirect.signing.upload.PartPlan;
import dev.ossdirect.signing.upload.XmlElements;
import java.util.ArrayList;
import java.util.List;

/**
 * One file on its way into the bucket, straight from the browser.
 *
 * <p>Below {@link PartPlan#MULTIPART_THRESHOLD} it is one PutObject. From there on it is a multipart
 * upload: InitiateMultipartUpload, then the parts of the {@link PartPlan}, up to
 * {@value #PARALLEL_PARTS} at a time (each also waiting for one of the page's {@link TransferSlots}),
 * then CompleteMultipartUpload with every part's ETag. Each request is a {@link ServiceCall}: retried
 * on its own, so a part that fails is sent again without restarting the file.
 *
 * <p>When the answer to CompleteMultipartUpload is lost, the retry finds the upload gone ({@code NoSuchUpload})
 * if the first attempt completed it. The page cannot always tell that a retry happened (a browser sends a
 * request again by itself when a reused connection drops it), so any {@code NoSuchUpload} answer to it
 * leaves the upload {@link UploadPhase#UNCONFIRMED}, for a service that reads the object to settle.
 *
 * <p>In the server-signed flow ({@code serverSigned}) the page signs nothing: it asks the app's server to
 * sign the upload ({@code POST api/uploads}), which names the object and answers either a PostObject form
 * (the file is posted in one request) or a multipart upload it started itself. Each part is then signed by
 * the server for exactly its size just before it is sent (the signature is reused by the part's retries,
 * and asked for once more if they outlast it),
 * and the server completes or aborts the upload. The bytes still go straight to OSS, in the same parallel
 * parts, with the same progress, retries and cancel.
 *
 * <p>Cancelling aborts every request in flight, then AbortMultipartUpload removes the parts already
 * stored. A failed multipart upload is aborted the same way. Nothing of an upload that did not complete
 * stays in the bucket, as far as OSS lets the token clean up (see {@link #cleanup()}).
 */
public final class ObjectUpload {

  /** The most parts of one file in flight at once. */
  public static final int PARALLEL_PARTS = 4;

  /** Hears every change of an upload: its progress, its phase, its cleanup. */
  @FunctionalInterface
  public interface Listener {
    void onChange(ObjectUpload upload);
  }

  /** Whether what a cancelled or failed multipart upload left in the bucket has been removed. */
  public enum Cleanup {
    /** Nothing was left to remove. */
    NOT_NEEDED,
    /** AbortMultipartUpload is under way. */
    RUNNING,
    /** OSS removed the parts. */
    DONE,
    /** Removing the parts failed; {@link #cleanupFailure()} says why. */
    FAILED
  }

  private static final UploadMessages MESSAGES = GWT.create(UploadMessages.class);

  private final ServiceCalls calls;
  private final OssRequests requests;
  private final OssDialect dialect;
  private final AppServerDialect serverDialect = new AppServerDialect();
  private final boolean serverSigned;
  private final TransferSlots slots;
  private final ChosenFile file;
  private String key;
  private final String contentType;
  private final Listener listener;
  private final UploadProgress progress;
  private final List<Transfer> transfers = new ArrayList<>();
  /** The ETag of each part OSS has stored, at {@code partNumber - 1}; {@code null} for the others. */
  private final List<String> etags = new ArrayList<>();
  private int storedParts;

  private UploadPhase phase = UploadPhase.UPLOADING;
  private Failure failure;
  private Cleanup cleanup = Cleanup.NOT_NEEDED;
  private Failure cleanupFailure;
  private ServiceCall controlCall;
  private String uploadId;
  private UploadGrant grant;
  private PartPlan plan;
  private int nextPart = 1;

  ObjectUpload(Uploader uploader, boolean serverSigned, ChosenFile file, String key, String contentType,
      Listener listener) {
    this.serverSigned = serverSigned;
    this.calls = uploader.calls();
    this.requests = uploader.requests();
    this.dialect = uploader.dialect();
    this.slots = uploader.slots();
    this.file = file;
    this.key = key;
    this.contentType = contentType;
    this.listener = listener;
    this.progress = new UploadProgress(file.size());
  }

  /** Starts sending; the listener hears of it from then on. */
  public void start() {
    if (serverSigns()) {
      askForGrant();
    } else if (PartPlan.usesMultipart(file.size())) {
      initiate();
    } else {
      startTransfer(new Transfer(1, new ByteRange(0, file.size())));
    }
  }

  /**
   * Whether the server signs this upload: always in the script built without the page's OSS signers
   * ({@link ScriptBuild}), whose compiler then leaves every request the page would sign out of it.
   */
  private boolean serverSigns() {
    return !ScriptBuild.pageSignsUploads() || serverSigned;
  }

  /**
   * Stops the upload and removes what it stored. Returns {@code false}, doing nothing, once the upload is
   * {@link UploadPhase#FINISHING} or over.
   */
  public boolean cancel() {
    if (phase != UploadPhase.UPLOADING) {
      return false;
    }
    phase = UploadPhase.CANCELLED;
    stopAndCleanUp();
    changed();
    return true;
  }

  /** The object's key in the bucket; in the server-signed flow, {@code null} until the server named it. */
  public String key() {
    return key;
  }

  public UploadPhase phase() {
    return phase;
  }

  public UploadProgress progress() {
    return progress;
  }

  /** Why the upload failed, or {@code null}. */
  public Failure failure() {
    return failure;
  }

  public Cleanup cleanup() {
    return cleanup;
  }

  /** Why removing the stored parts failed, or {@code null}. */
  public Failure cleanupFailure() {
    return cleanupFailure;
  }

  /** An {@link UploadPhase#UNCONFIRMED} upload's object was read whole: it is {@link UploadPhase#UPLOADED}. */
  public void confirmStored() {
    if (phase == UploadPhase.UNCONFIRMED) {
      progress.confirmObject();
      phase = UploadPhase.UPLOADED;
      changed();
    }
  }

  /**
   * An {@link UploadPhase#UNCONFIRMED} upload's object is not in the bucket ({@code reason} says who found
   * so): the upload failed.
   */
  public void notStored(Failure reason) {
    if (phase == UploadPhase.UNCONFIRMED) {
      fail(reason);
    }
  }

  private void askForGrant() {
    controlCall = calls.create(
        serverDialect,
        session -> SignedUploadRequests.create(file, contentType),
        null,
        new Callback<HttpResponse>() {
          @Override
          public void onSuccess(HttpResponse response) {
            controlCall = null;
            try {
              grant = UploadGrant.fromJson(response.body());
            } catch (IllegalArgumentException e) {
              fail(Failure.of(MESSAGES.unreadableUploadGrant(e.getMessage())));
              return;
            }
            key = grant.key();
            if (grant.serverTimeMillis() != null) {
              calls.serverTime(grant.serverTimeMillis().longValue());
            }
            if (!grant.isPostObject()) {
              uploadId = grant.id();
            }
            if (phase != UploadPhase.UPLOADING) {
              abortMultipartUpload();
              return;
            }
            changed();
            if (grant.isPostObject()) {
              startTransfer(new Transfer(1, new ByteRange(0, file.size())));
            } else {
              plan = PartPlan.forObject(file.size());
              startParts();
            }
          }

          @Override
          public void onFailure(Failure grantFailure) {
            controlCall = null;
            if (phase == UploadPhase.UPLOADING) {
              fail(grantFailure);
            } else {
              cleanupOver(Cleanup.NOT_NEEDED, null);
            }
          }
        });
    controlCall.start();
  }

  private void initiate() {
    controlCall = calls.create(
        dialect,
        session -> requests.initiateMultipartUpload(session, key, contentType),
        null,
        new Callback<HttpResponse>() {
          @Override
          public void onSuccess(HttpResponse response) {
            controlCall = null;
            uploadId = XmlElements.text(response.body(), "UploadId");
            if (phase != UploadPhase.UPLOADING) {
              abortMultipartUpload();
            } else if (uploadId == null || uploadId.isEmpty()) {
              uploadId = null;
              fail(Failure.of(MESSAGES.noUploadId()));
            } else {
              plan = PartPlan.forObject(file.size());
              startParts();
            }
          }

          @Override
          public void onFailure(Failure initiateFailure) {
            controlCall = null;
            if (phase == UploadPhase.UPLOADING) {
              fail(initiateFailure);
            } else {
              cleanupOver(Cleanup.NOT_NEEDED, null);
            }
          }
        });
    controlCall.start();
  }

  private void startParts() {
    while (transfers.size() < PARALLEL_PARTS && nextPart <= plan.partCount()) {
      startTransfer(new Transfer(nextPart, new ByteRange(plan.partStart(nextPart), plan.partEnd(nextPart))));
      nextPart++;
    }
  }

  private void startTransfer(Transfer transfer) {
    transfers.add(transfer);
    transfer.start();
  }

  private void bodySent(Transfer transfer, long sentBytes) {
    progress.partSent(transfer.partNumber, sentBytes);
    if (plan == null && sentBytes >= file.size() && phase == UploadPhase.UPLOADING) {
      phase = UploadPhase.FINISHING;
    }
    changed();
  }

  private void stored(Transfer transfer, HttpResponse response) {
    if (plan == null) {
      progress.confirmObject();
      phase = UploadPhase.UPLOADED;
      changed();
      return;
    }
    String etag = response.header("ETag");
    if (etag == null || etag.isEmpty()) {
      fail(Failure.of(MESSAGES.etagHidden()).withHint(MESSAGES.exposeEtag()));
      return;
    }
    while (etags.size() < transfer.partNumber) {
      etags.add(null);
    }
    if (etags.set(transfer.partNumber - 1, etag) == null) {
      storedParts++;
    }
    progress.partSent(transfer.partNumber, transfer.range.length());
    if (storedParts == plan.partCount()) {
      complete();
    } else {
      startParts();
    }
    changed();
  }

  private void complete() {
    phase = UploadPhase.FINISHING;
    controlCall = calls.create(
        serverSigns() ? serverDialect : dialect,
        session -> serverSigns()
            ? SignedUploadRequests.complete(uploadId, etags)
            : requests.completeMultipartUpload(session, key, uploadId, etags),
        null,
        new Callback<HttpResponse>() {
          @Override
          public void onSuccess(HttpResponse response) {
            controlCall = null;
            progress.confirmObject();
            phase = UploadPhase.UPLOADED;
            changed();
          }

          @Override
          public void onFailure(Failure completeFailure) {
            controlCall = null;
            if (completeFailure.serviceError() != null
                && "NoSuchUpload".equals(completeFailure.serviceError().code())) {
              // OSS says this once the upload is complete: an attempt whose answer was lost (ours, or one the
              // browser itself sent again on a dropped connection, unseen by the page) most likely completed
              // it. There is nothing left to abort, and the object may be in the bucket.
              uploadId = null;
              phase = UploadPhase.UNCONFIRMED;
              changed();
              return;
            }
            fail(completeFailure);
          }
        });
    controlCall.start();
  }

  private void fail(Failure reason) {
    if (phase.isFinal()) {
      return;
    }
    phase = UploadPhase.FAILED;
    failure = reason;
    stopAndCleanUp();
    changed();
  }

  /**
   * Stops every transfer, then aborts the multipart upload if one exists; if InitiateMultipartUpload is
   * still under way, its answer triggers the abort, since only it knows the UploadId.
   */
  private void stopAndCleanUp() {
    for (Transfer transfer : new ArrayList<>(transfers)) {
      transfer.stop();
    }
    if (uploadId != null) {
      abortMultipartUpload();
    } else if (controlCall != null) {
      cleanup = Cleanup.RUNNING;
    }
  }

  private void abortMultipartUpload() {
    if (uploadId == null) {
      cleanupOver(Cleanup.NOT_NEEDED, null);
      return;
    }
    cleanup = Cleanup.RUNNING;
    controlCall = calls.create(
        serverSigns() ? serverDialect : dialect,
        session -> serverSigns()
            ? SignedUploadRequests.abort(uploadId)
            : requests.abortMultipartUpload(session, key, uploadId),
        null,
        new Callback<HttpResponse>() {
          @Override
          public void onSuccess(HttpResponse response) {
            controlCall = null;
            cleanupOver(Cleanup.DONE, null);
          }

          @Override
          public void onFailure(Failure abortFailure) {
            controlCall = null;
            boolean alreadyGone = abortFailure.serviceError() != null
                && "NoSuchUpload".equals(abortFailure.serviceError().code());
            cleanupOver(alreadyGone ? Cleanup.DONE : Cleanup.FAILED, alreadyGone ? null : abortFailure);
          }
        });
    controlCall.start();
  }

  private void cleanupOver(Cleanup outcome, Failure reason) {
    cleanup = outcome;
    cleanupFailure = reason;
    changed();
  }

  private void changed() {
    listener.onChange(this);
  }

  /**
   * Whether OSS refused a request because its signature was made too long ago: a V4 signature is accepted
   * for 15 minutes after its {@code x-oss-date}, and OSS then answers {@code RequestTimeTooSkewed}.
   */
  private static boolean signatureOutlived(Failure failure) {
    return failure.serviceError() != null && "RequestTimeTooSkewed".equals(failure.serviceError().code());
  }

  /**
   * One request body on its way: the whole file (part 1 of a PutObject) or one part. It waits for a
   * transfer slot, then sends through a {@link ServiceCall}, and gives the slot back however it ends.
   */
  private final class Transfer {
    final int partNumber;
    final ByteRange range;
    private Cancellable queued;
    private TransferSlots.Slot slot;
    private ServiceCall call;
    private boolean stopped;
    private boolean signedAgain;

    Transfer(int partNumber, ByteRange range) {
      this.partNumber = partNumber;
      this.range = range;
    }

    void start() {
      queued = slots.acquire(this::send);
    }

    private void send(TransferSlots.Slot granted) {
      queued = null;
      slot = granted;
      if (stopped) {
        slot.release();
        return;
      }
      if (serverSigns() && plan != null) {
        askForPartSignature();
      } else {
        sendBody(null);
      }
    }

    /** Asks the server to sign this part, then sends it with that signature. */
    private void askForPartSignature() {
      call = calls.create(
          serverDialect,
          session -> SignedUploadRequests.signPart(uploadId, partNumber),
          null,
          new Callback<HttpResponse>() {
            @Override
            public void onSuccess(HttpResponse response) {
              PartGrant partGrant;
              try {
                partGrant = PartGrant.fromJson(response.body());
              } catch (IllegalArgumentException e) {
                end();
                fail(Failure.of(MESSAGES.unreadablePartGrant(e.getMessage())));
                return;
              }
              sendBody(partGrant);
            }

            @Override
            public void onFailure(Failure signFailure) {
              end();
              fail(signFailure);
            }
          });
      call.start();
    }

    /** PutObject or UploadPart of this transfer's bytes, signed by the page (the browser-token flow). */
    private HttpRequest pageSignedBody(SessionConfig session) {
      if (!ScriptBuild.pageSignsUploads()) {
        throw new IllegalStateException("This build of the page signs no upload");
      }
      return plan == null ? requests.putObject(session, key, contentType, file)
          : requests.uploadPart(session, key, uploadId, partNumber, file, range);
    }

    /** Sends the body: signed by the page, or with the form or part signature the server gave. */
    private void sendBody(PartGrant partGrant) {
      if (stopped) {
        return;
      }
      call = calls.create(
          dialect,
          session -> partGrant != null ? SignedUploadRequests.uploadPart(partGrant, file, range)
              : grant != null ? SignedUploadRequests.postObject(grant, file)
              : pageSignedBody(session),
          sentBytes -> bodySent(this, sentBytes),
          new Callback<HttpResponse>() {
            @Override
            public void onSuccess(HttpResponse response) {
              end();
              stored(Transfer.this, response);
            }

            @Override
            public void onFailure(Failure transferFailure) {
              if (partGrant != null && !signedAgain && signatureOutlived(transferFailure)) {
                // Retries took longer than OSS accepts the server's signature for: one new one.
                signedAgain = true;
                askForPartSignature();
                return;
              }
              end();
              fail(transferFailure);
            }
          });
      call.start();
    }

    private void end() {
      slot.release();
      transfers.remove(this);
    }

    void stop() {
      stopped = true;
      transfers.remove(this);
      if (queued != null) {
        queued.cancel();
      }
      if (call != null) {
        call.cancel();
      }
      if (slot != null) {
        slot.release();
      }
    }
  }
}
