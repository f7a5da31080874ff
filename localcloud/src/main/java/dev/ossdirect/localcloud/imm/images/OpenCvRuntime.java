package dev.ossdirect.localcloud.imm.images;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_objdetect;

/**
 * Loads the OpenCV native libraries that the local IMM uses (to decode images and to detect faces), once,
 * on first use, from the platform jars on the class path (JavaCPP extracts them to its cache directory;
 * nothing is downloaded).
 */
public final class OpenCvRuntime {

  private static final Object LOCK = new Object();
  private static volatile boolean loaded;
  private static Throwable failure; // guarded by LOCK

  private OpenCvRuntime() {}

  /**
   * Makes sure the native libraries are loaded. Safe to call from any thread; only the first call does
   * any work, and a failure is reported again, with its cause, to every later caller.
   *
   * @throws IllegalStateException if the libraries cannot be loaded on this platform
   */
  public static void ensureLoaded() {
    if (loaded) {
      return;
    }
    synchronized (LOCK) {
      if (loaded) {
        return;
      }
      if (failure == null) {
        try {
          Loader.load(opencv_core.class);
          Loader.load(opencv_imgproc.class);
          Loader.load(opencv_imgcodecs.class);
          Loader.load(opencv_objdetect.class);
          loaded = true;
          return;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
          failure = e;
        }
      }
      throw new IllegalStateException("the OpenCV native libraries for platform " + Loader.getPlatform()
          + " could not be loaded; the opencv, openblas and javacpp jars for that platform must be on"
          + " the class path", failure);
    }
  }
}
