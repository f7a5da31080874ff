package dev.ossdirect.reliability.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test whose every run (every invocation of a parameterized test) is one case of a row of
 * RELIABILITY.md: a test that passes counts as handled correctly, one that fails does not, one skipped by
 * an assumption marks the row as skipped ({@link CaseRecorder}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CaseRecorder.class)
public @interface ReliabilityCase {

  /** The row the test counts towards. */
  Row value();
}
