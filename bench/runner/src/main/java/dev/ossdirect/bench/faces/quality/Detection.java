package dev.ossdirect.bench.faces.quality;

import java.util.OptionalDouble;

/**
 * A face a detector reported: its box in the picture's pixels and, if the detector estimates it, the
 * head's roll in degrees, signed as {@link Roll} says.
 */
public record Detection(Box box, OptionalDouble roll) {}
