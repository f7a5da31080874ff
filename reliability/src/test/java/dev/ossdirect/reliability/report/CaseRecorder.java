package dev.ossdirect.reliability.report;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Records the outcome of each test marked {@link ReliabilityCase} in the {@link Ledger}, whether it passed
 * or not, so that the report counts what actually ran. Objects are counted by the tests themselves.
 */
public final class CaseRecorder implements TestWatcher {

  @Override
  public void testSuccessful(ExtensionContext context) {
    row(context).ifPresent(row -> Ledger.record(Tally.of(row, 1, 1, Tally.NO_OBJECTS)));
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    row(context).ifPresent(row -> Ledger.record(Tally.of(row, 1, 0, Tally.NO_OBJECTS)
        .withNote("failed: " + context.getDisplayName())));
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    row(context).ifPresent(row -> Ledger.record(Tally.skipped(row, String.valueOf(cause.getMessage()))));
  }

  private static Optional<Row> row(ExtensionContext context) {
    Optional<ReliabilityCase> onMethod =
        AnnotationSupport.findAnnotation(context.getTestMethod(), ReliabilityCase.class);
    if (onMethod.isPresent()) {
      return onMethod.map(ReliabilityCase::value);
    }
    return AnnotationSupport.findAnnotation(context.getTestClass(), ReliabilityCase.class)
        .map(ReliabilityCase::value);
  }
}
