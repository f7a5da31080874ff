package dev.ossdirect.client;

import com.google.gwt.core.client.EntryPoint;
import dev.ossdirect.client.async.Scheduler;
import dev.ossdirect.client.browser.BrowserRandom;
import dev.ossdirect.client.browser.BrowserScheduler;
import dev.ossdirect.client.browser.XhrHttpClient;
import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.call.SigningClock;
import dev.ossdirect.client.faces.FaceDetector;
import dev.ossdirect.client.faces.ImmDialect;
import dev.ossdirect.client.faces.ImmRequests;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.oss.OssRequests;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.HttpTokenSource;
import dev.ossdirect.client.session.SessionCredentials;
import dev.ossdirect.client.ui.UploadPage;
import dev.ossdirect.client.upload.TransferSlots;
import dev.ossdirect.client.upload.Uploader;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.RandomSource;
import elemental2.dom.DomGlobal;
import java.util.function.DoubleSupplier;

/**
 * The browser app's entry point: puts the parts together, with the browser's clock, randomness, timers
 * and {@code XMLHttpRequest}, and starts the page.
 */
public final class App implements EntryPoint {

  @Override
  public void onModuleLoad() {
    Clock browserClock = System::currentTimeMillis;
    SigningClock signingClock = new SigningClock(browserClock);
    RandomSource random = new BrowserRandom();
    DoubleSupplier jitter = Math::random;
    Scheduler scheduler = new BrowserScheduler();
    HttpClient http = new XhrHttpClient();
    RetryPolicy retryPolicy = RetryPolicy.standard();
    String origin = DomGlobal.location.origin;

    SessionCredentials credentials = new SessionCredentials(
        new HttpTokenSource(http, HttpTokenSource.PATH, browserClock, retryPolicy, scheduler, jitter),
        scheduler,
        browserClock);
    ServiceCalls calls = new ServiceCalls(http, credentials, signingClock, retryPolicy, scheduler, jitter);
    Uploader uploader = new Uploader(
        calls, new OssRequests(signingClock), new OssDialect(origin), new TransferSlots(TransferSlots.PARALLEL_TRANSFERS));
    FaceDetector faceDetector = new FaceDetector(calls, new ImmRequests(signingClock, random), new ImmDialect(origin));
    new UploadPage(credentials, uploader, faceDetector, random, browserClock, scheduler).start();
  }
}
