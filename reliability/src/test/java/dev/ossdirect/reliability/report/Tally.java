package dev.ossdirect.reliability.report;

/**
 * Counts recorded against a row: how many cases were tried, how many were handled correctly, how many
 * objects were lost, and an optional note (a measurement, or why the row was skipped).
 *
 * @param lost the objects lost, or {@link #NO_OBJECTS} for cases that store no object
 */
public record Tally(Row row, long cases, long correct, long lost, String note, boolean skipped) {

  /** The {@code lost} of cases in which no object is stored, so none can be lost. */
  public static final long NO_OBJECTS = -1;

  /** Counts of cases that stored objects, or {@link #NO_OBJECTS} of them. */
  public static Tally of(Row row, long cases, long correct, long lost) {
    return new Tally(row, cases, correct, lost, "", false);
  }

  /** This tally with {@code note} added. */
  public Tally withNote(String note) {
    return new Tally(row, cases, correct, lost, note, skipped);
  }

  /** A row that could not run here, and why. */
  public static Tally skipped(Row row, String reason) {
    return new Tally(row, 0, 0, NO_OBJECTS, reason, true);
  }

  /** Whether the cases of this tally stored objects that could be lost. */
  public boolean storesObjects() {
    return lost != NO_OBJECTS;
  }
}
