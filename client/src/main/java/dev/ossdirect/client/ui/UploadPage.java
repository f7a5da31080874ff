package dev.ossdirect.client.ui;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.async.Scheduler;
import dev.ossdirect.client.browser.BrowserFile;
import dev.ossdirect.client.faces.FaceDetector;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.session.SessionCredentials;
import dev.ossdirect.client.text.ByteSizes;
import dev.ossdirect.client.upload.ObjectUpload;
import dev.ossdirect.client.upload.TotalProgress;
import dev.ossdirect.client.upload.TransferRate;
import dev.ossdirect.client.upload.Uploader;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.RandomSource;
import dev.ossdirect.signing.token.ImmSignature;
import elemental2.dom.File;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.HTMLSelectElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The page: loads the upload settings (with the first token), turns chosen files into {@link FileJob}s,
 * and keeps the total progress up to date.
 */
public final class UploadPage {

  /** How often the speeds are redrawn while something uploads. */
  private static final long TICK_MILLIS = 1_000;

  private final SessionCredentials credentials;
  private final Uploader uploader;
  private final FaceDetector faceDetector;
  private final RandomSource random;
  private final Clock clock;
  private final Scheduler scheduler;
  private final List<FileJob> jobs = new ArrayList<>();
  private final List<FileJob> waitingForSettings = new ArrayList<>();
  private final TransferRate totalRate = new TransferRate();

  private HTMLElement limits;
  private HTMLInputElement fileInput;
  private HTMLSelectElement immSignature;
  private HTMLElement pageError;
  private ProgressBar totalBar;
  private HTMLElement totalText;
  private HTMLElement fileList;
  private Announcer announcer;
  private boolean loadingSettings;
  private boolean signatureChosen;
  private Cancellable ticker;

  public UploadPage(
      SessionCredentials credentials,
      Uploader uploader,
      FaceDetector faceDetector,
      RandomSource random,
      Clock clock,
      Scheduler scheduler) {
    this.credentials = credentials;
    this.uploader = uploader;
    this.faceDetector = faceDetector;
    this.random = random;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** Binds the page's elements and loads the settings. */
  public void start() {
    limits = Dom.byId("limits");
    fileInput = Dom.byId("file-input");
    immSignature = Dom.byId("imm-signature");
    immSignature.addEventListener("change", event -> signatureChosen = true);
    pageError = Dom.byId("page-error");
    totalBar = ProgressBar.of(Dom.byId("total-progress"));
    totalText = Dom.byId("total-text");
    fileList = Dom.byId("file-list");
    announcer = new Announcer(Dom.byId("announcer"));
    new FilePicker(Dom.byId("drop-zone"), fileInput, this::add).bind();
    loadSettings();
  }

  private void add(List<File> files) {
    for (File file : files) {
      FileJob job = new FileJob(this, new BrowserFile(file));
      jobs.add(job);
      fileList.appendChild(job.card().element());
      if (credentials.current() != null) {
        job.admit(credentials.current());
      } else {
        waitingForSettings.add(job);
        loadSettings();
      }
    }
    jobChanged();
  }

  private void loadSettings() {
    if (loadingSettings) {
      return;
    }
    loadingSettings = true;
    credentials.withFresh(new Callback<SessionConfig>() {
      @Override
      public void onSuccess(SessionConfig config) {
        loadingSettings = false;
        ErrorBox.hide(pageError);
        showSettings(config);
        for (FileJob job : takeWaiting()) {
          job.admit(config);
        }
      }

      @Override
      public void onFailure(Failure failure) {
        loadingSettings = false;
        limits.textContent = "The upload settings could not be loaded.";
        ErrorBox.show(pageError, failure);
        announce(failure.summary());
        for (FileJob job : takeWaiting()) {
          job.refuse(failure);
        }
      }
    });
  }

  private List<FileJob> takeWaiting() {
    List<FileJob> waiting = new ArrayList<>(waitingForSettings);
    waitingForSettings.clear();
    return waiting;
  }

  private void showSettings(SessionConfig config) {
    limits.textContent = "Accepted: " + String.join(", ", config.allowedContentTypes())
        + " \u00b7 up to " + ByteSizes.format(config.maxFileSize()) + " each";
    fileInput.accept = String.join(",", config.allowedContentTypes());
    if (!signatureChosen) {
      immSignature.value = config.immSignature().wireName();
    }
  }

  /** A job's upload changed: redraws the total and keeps the speed ticker running while needed. */
  void jobChanged() {
    List<ObjectUpload> uploads = new ArrayList<>();
    boolean uploading = false;
    for (FileJob job : jobs) {
      if (job.upload() != null) {
        uploads.add(job.upload());
        uploading |= job.isUploading();
      }
    }
    TotalProgress total = TotalProgress.of(uploads);
    totalRate.record(now(), total.sentBytes());
    String text = total.fileCount() == 0
        ? "No uploads yet."
        : ByteSizes.format(total.sentBytes()) + " of " + ByteSizes.format(total.totalBytes())
            + (uploading ? " \u00b7 " + ByteSizes.perSecond(totalRate.bytesPerSecond(now())) : "")
            + " \u00b7 " + total.uploadedCount() + " of " + total.fileCount() + " files uploaded"
            + (total.stoppedCount() > 0 ? ", " + total.stoppedCount() + " stopped" : "");
    totalBar.set(total.percent(), text);
    totalText.textContent = text;
    if (uploading && ticker == null) {
      ticker = scheduler.schedule(TICK_MILLIS, this::tick);
    }
  }

  private void tick() {
    ticker = null;
    for (FileJob job : jobs) {
      job.refreshTransfer();
    }
    jobChanged();
  }

  void announce(String message) {
    announcer.say(message);
  }

  Uploader uploader() {
    return uploader;
  }

  FaceDetector faceDetector() {
    return faceDetector;
  }

  RandomSource random() {
    return random;
  }

  long now() {
    return clock.currentTimeMillis();
  }

  /** The IMM signature chosen in the page's selector. */
  ImmSignature immSignature() {
    return ImmSignature.fromWireName(immSignature.value);
  }
}
