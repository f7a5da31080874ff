package dev.ossdirect.localcloud.imm.faces;

/** A point of a face, in the pixels of the picture as it is displayed, counted from its top-left corner. */
public record FacePoint(double x, double y) {}
