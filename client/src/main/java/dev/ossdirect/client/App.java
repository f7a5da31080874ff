package dev.ossdirect.client;

import com.google.gwt.core.client.EntryPoint;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.Sha256;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;

/** The browser app's entry point. */
public final class App implements EntryPoint {

  @Override
  public void onModuleLoad() {
    HTMLElement status = (HTMLElement) DomGlobal.document.getElementById("status");
    String digest = Hex.encode(Sha256.hash(Utf8.encode("ossdirect")));
    status.textContent = "Signing library loaded (SHA-256 self-check " + digest.substring(0, 12) + "…)";
  }
}
