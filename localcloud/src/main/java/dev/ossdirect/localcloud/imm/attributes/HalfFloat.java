package dev.ossdirect.localcloud.imm.attributes;

/**
 * IEEE 754 half-precision floats (binary16), in which TensorFlow.js may store a model's float weights.
 * Java 17 has no conversion of its own ({@code Float.float16ToFloat} came in Java 20).
 */
final class HalfFloat {

  private HalfFloat() {}

  /** The float of the same value as the half float whose 16 bits are {@code bits}. */
  static float toFloat(short bits) {
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) { // infinity or NaN
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    if (exponent == 0) { // zero or subnormal: mantissa * 2^-24, exact in a float
      float magnitude = mantissa * 0x1p-24f;
      return sign == 0 ? magnitude : -magnitude;
    }
    return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
  }
}
