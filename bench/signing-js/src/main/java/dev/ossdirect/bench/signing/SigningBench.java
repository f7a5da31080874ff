package dev.ossdirect.bench.signing;

import com.google.gwt.core.client.EntryPoint;
import jsinterop.base.Js;

/**
 * Loads the exported signing calls and tells the benchmark page so: GWT's script arrives asynchronously,
 * and the page waits for {@code ossdirectSigningReady} before it measures anything.
 */
public final class SigningBench implements EntryPoint {

  @Override
  public void onModuleLoad() {
    Js.asPropertyMap(Js.global()).set("ossdirectSigningReady", true);
  }
}
