package dev.ossdirect.signing.time;

/**
 * Formats and parses the three UTC timestamp forms of Alibaba Cloud's protocols, from and to milliseconds
 * since the epoch, without {@code java.time} (which GWT lacks):
 *
 * <ul>
 *   <li>ISO 8601, as in RPC's {@code Timestamp}, ACS3's {@code x-acs-date} and STS's {@code Expiration}:
 *       {@code 2015-04-09T11:52:19Z}; and with milliseconds, {@code 2015-04-09T11:52:19.123Z}, as Alibaba's
 *       SDKs write the {@code expiration} of an OSS POST policy;
 *   <li>RFC 1123, as in HTTP's {@code Date} header and OSS V1: {@code Wed, 28 Dec 2022 10:27:41 GMT};
 *   <li>the compact ISO 8601 basic form of OSS V4's {@code x-oss-date}: {@code 20231216T162057Z}, whose
 *       first eight characters are the date in the V4 scope.
 * </ul>
 *
 * <p>Formatting drops milliseconds, except in the form that has them. Parsing is strict: it accepts
 * exactly these shapes, with valid field ranges, a real calendar day, and for RFC 1123 the right day of
 * the week; anything else throws {@link IllegalArgumentException}. Years run from 1970 to 9999.
 *
 * <p>The arithmetic is done in {@code double}, which holds every whole number of milliseconds up to
 * 2^53 (some 285,000 years) exactly, and converted from and to {@code long} only at the edges: in the
 * browser's script GWT emulates {@code long} in software, and its division and multiplication would
 * otherwise come along for these few sums.
 */
public final class UtcTimestamps {

  private static final double MILLIS_PER_SECOND = 1000;
  private static final double MILLIS_PER_DAY = 86_400_000;
  private static final String[] DAY_NAMES = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
  private static final String[] MONTH_NAMES = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private UtcTimestamps() {}

  /** {@code 2015-04-09T11:52:19Z}. */
  public static String formatIso8601(long epochMillis) {
    CivilTime t = CivilTime.of(epochMillis);
    return pad4(t.year) + "-" + pad2(t.month) + "-" + pad2(t.day)
        + "T" + pad2(t.hour) + ":" + pad2(t.minute) + ":" + pad2(t.second) + "Z";
  }

  /** Parses {@code 2015-04-09T11:52:19Z} into epoch milliseconds. */
  public static long parseIso8601(String text) {
    Parser p = new Parser(text, "yyyy-MM-ddTHH:mm:ssZ");
    p.expectLength(20);
    long millis = isoDateTime(p);
    p.expect(19, 'Z');
    return millis;
  }

  /** {@code 2015-04-09T11:52:19.123Z}. */
  public static String formatIso8601Millis(long epochMillis) {
    String seconds = formatIso8601(epochMillis);
    double millis = epochMillis;
    int millisOfSecond = (int) (millis - floorDiv(millis, MILLIS_PER_SECOND) * MILLIS_PER_SECOND);
    String digits = Integer.toString(millisOfSecond + 1000).substring(1);
    return seconds.substring(0, seconds.length() - 1) + "." + digits + "Z";
  }

  /**
   * Parses {@code 2015-04-09T11:52:19.123Z}, with exactly three digits of milliseconds, into epoch
   * milliseconds.
   */
  public static long parseIso8601Millis(String text) {
    Parser p = new Parser(text, "yyyy-MM-ddTHH:mm:ss.SSSZ");
    p.expectLength(24);
    long seconds = isoDateTime(p);
    p.expect(19, '.');
    int millis = p.digits(20, 3);
    p.expect(23, 'Z');
    return seconds + millis;
  }

  /** The epoch milliseconds of {@code yyyy-MM-ddTHH:mm:ss}, the first 19 characters of both ISO forms. */
  private static long isoDateTime(Parser p) {
    int year = p.digits(0, 4);
    p.expect(4, '-');
    int month = p.digits(5, 2);
    p.expect(7, '-');
    int day = p.digits(8, 2);
    p.expect(10, 'T');
    int hour = p.digits(11, 2);
    p.expect(13, ':');
    int minute = p.digits(14, 2);
    p.expect(16, ':');
    int second = p.digits(17, 2);
    return p.toEpochMillis(year, month, day, hour, minute, second);
  }

  /** {@code Wed, 28 Dec 2022 10:27:41 GMT}. */
  public static String formatRfc1123(long epochMillis) {
    CivilTime t = CivilTime.of(epochMillis);
    return DAY_NAMES[dayOfWeekIndex(epochMillis)] + ", " + pad2(t.day) + " " + MONTH_NAMES[t.month - 1]
        + " " + pad4(t.year) + " " + pad2(t.hour) + ":" + pad2(t.minute) + ":" + pad2(t.second) + " GMT";
  }

  /** Parses {@code Wed, 28 Dec 2022 10:27:41 GMT} into epoch milliseconds. */
  public static long parseRfc1123(String text) {
    Parser p = new Parser(text, "EEE, dd MMM yyyy HH:mm:ss GMT");
    p.expectLength(29);
    int dayName = p.oneOf(0, DAY_NAMES);
    p.expect(3, ',');
    p.expect(4, ' ');
    int day = p.digits(5, 2);
    p.expect(7, ' ');
    int month = p.oneOf(8, MONTH_NAMES) + 1;
    p.expect(11, ' ');
    int year = p.digits(12, 4);
    p.expect(16, ' ');
    int hour = p.digits(17, 2);
    p.expect(19, ':');
    int minute = p.digits(20, 2);
    p.expect(22, ':');
    int second = p.digits(23, 2);
    p.expect(25, ' ');
    p.expect(26, 'G');
    p.expect(27, 'M');
    p.expect(28, 'T');
    long millis = p.toEpochMillis(year, month, day, hour, minute, second);
    if (dayOfWeekIndex(millis) != dayName) {
      throw p.invalid("the day of the week does not match the date");
    }
    return millis;
  }

  /** {@code 20231216T162057Z}, the {@code x-oss-date} of OSS V4. */
  public static String formatCompact(long epochMillis) {
    CivilTime t = CivilTime.of(epochMillis);
    return pad4(t.year) + pad2(t.month) + pad2(t.day)
        + "T" + pad2(t.hour) + pad2(t.minute) + pad2(t.second) + "Z";
  }

  /** {@code 20231216}, the date of an OSS V4 scope. */
  public static String formatCompactDate(long epochMillis) {
    CivilTime t = CivilTime.of(epochMillis);
    return pad4(t.year) + pad2(t.month) + pad2(t.day);
  }

  /** Parses {@code 20231216T162057Z} into epoch milliseconds. */
  public static long parseCompact(String text) {
    Parser p = new Parser(text, "yyyyMMddTHHmmssZ");
    p.expectLength(16);
    int year = p.digits(0, 4);
    int month = p.digits(4, 2);
    int day = p.digits(6, 2);
    p.expect(8, 'T');
    int hour = p.digits(9, 2);
    int minute = p.digits(11, 2);
    int second = p.digits(13, 2);
    p.expect(15, 'Z');
    return p.toEpochMillis(year, month, day, hour, minute, second);
  }

  /** 0 for Thursday (1970-01-01 was one) through 6 for Wednesday, indexing {@link #DAY_NAMES}. */
  private static int dayOfWeekIndex(double epochMillis) {
    double days = floorDiv(epochMillis, MILLIS_PER_DAY);
    return (int) (days - floorDiv(days, 7) * 7);
  }

  /**
   * The whole quotient rounded toward negative infinity, of whole numbers below 2^53 and a positive
   * {@code divisor}. Exact: a remainder of doubles is exact, and so is dividing the multiple left.
   */
  static double floorDiv(double dividend, double divisor) {
    double remainder = dividend % divisor;
    if (remainder < 0) {
      remainder += divisor;
    }
    return (dividend - remainder) / divisor;
  }

  private static String pad2(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static String pad4(int value) {
    String digits = Integer.toString(value);
    while (digits.length() < 4) {
      digits = "0" + digits;
    }
    return digits;
  }

  /** A UTC instant broken into calendar fields (proleptic Gregorian). */
  private static final class CivilTime {
    final int year;
    final int month;
    final int day;
    final int hour;
    final int minute;
    final int second;

    private CivilTime(int year, int month, int day, int hour, int minute, int second) {
      this.year = year;
      this.month = month;
      this.day = day;
      this.hour = hour;
      this.minute = minute;
      this.second = second;
    }

    /** Days to civil date, after Howard Hinnant's {@code civil_from_days}. */
    static CivilTime of(long epochMillis) {
      double millis = epochMillis;
      double days = floorDiv(millis, MILLIS_PER_DAY);
      int secondOfDay = (int) floorDiv(millis - days * MILLIS_PER_DAY, MILLIS_PER_SECOND);
      double shifted = days + 719_468;
      double era = floorDiv(shifted, 146_097);
      int dayOfEra = (int) (shifted - era * 146_097);
      int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365;
      int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
      int monthIndex = (5 * dayOfYear + 2) / 153;
      int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
      int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
      int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
      return new CivilTime(
          year, month, day, secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60);
    }
  }

  /** Reads fixed-position fields from one timestamp text, with errors that name the expected shape. */
  private static final class Parser {
    private final String text;
    private final String shape;

    Parser(String text, String shape) {
      if (text == null) {
        throw new IllegalArgumentException("Missing timestamp; expected " + shape);
      }
      this.text = text;
      this.shape = shape;
    }

    void expectLength(int length) {
      if (text.length() != length) {
        throw invalid("wrong length");
      }
    }

    void expect(int index, char c) {
      if (text.charAt(index) != c) {
        throw invalid("expected '" + c + "' at index " + index);
      }
    }

    int digits(int index, int count) {
      int value = 0;
      for (int i = index; i < index + count; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw invalid("expected a digit at index " + i);
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    int oneOf(int index, String[] names) {
      for (int i = 0; i < names.length; i++) {
        if (text.startsWith(names[i], index)) {
          return i;
        }
      }
      throw invalid("unknown name at index " + index);
    }

    long toEpochMillis(int year, int month, int day, int hour, int minute, int second) {
      if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        throw invalid("no such date");
      }
      if (hour > 23 || minute > 59 || second > 59) {
        throw invalid("no such time of day");
      }
      double days = daysFromCivil(year, month, day);
      return (long) (days * MILLIS_PER_DAY + (hour * 3600 + minute * 60 + second) * MILLIS_PER_SECOND);
    }

    IllegalArgumentException invalid(String why) {
      return new IllegalArgumentException(
          "Invalid timestamp \"" + text + "\" (" + why + "); expected " + shape);
    }

    private static int daysInMonth(int year, int month) {
      if (month == 2) {
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      }
      return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Civil date to days since the epoch, after Howard Hinnant's {@code days_from_civil}. */
    private static int daysFromCivil(int year, int month, int day) {
      int y = month <= 2 ? year - 1 : year;
      int era = y / 400;
      int yearOfEra = y - era * 400;
      int monthIndex = month > 2 ? month - 3 : month + 9;
      int dayOfYear = (153 * monthIndex + 2) / 5 + day - 1;
      int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
      return era * 146_097 + dayOfEra - 719_468;
    }
  }
}
