package dev.ossdirect.client.http;

/**
 * A file the person chose, as the app's logic sees it. The browser implementation wraps a DOM
 * {@code File} and sends byte ranges of it as request bodies; tests use a plain stand-in.
 */
public interface ChosenFile {

  /** The name as the person's system gave it, without any folder. */
  String name();

  /** The media type the browser reported, or the empty string when it did not know. */
  String browserType();

  /** The size in bytes. */
  long size();
}
