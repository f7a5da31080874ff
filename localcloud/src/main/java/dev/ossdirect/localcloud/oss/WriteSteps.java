package dev.ossdirect.localcloud.oss;

import java.io.IOException;

/**
 * Told of each durable step of a write once it is done, by name, before the next one starts. The store
 * tells no one by default; crash tests copy the data folder at each step, which gives what a crash at that
 * moment would leave on disk, and start a store on each copy.
 */
@FunctionalInterface
interface WriteSteps {

  WriteSteps NONE = step -> { };

  /** The step {@code step} is done. */
  void done(String step) throws IOException;
}
