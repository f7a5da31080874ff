package dev.ossdirect.localcloud.imm.faces;

/**
 * The six key points BlazeFace places on a face, in the pixels of the picture as it is displayed. Right
 * and left are the face's own: for a face looking at the camera, its right eye is seen on the left of
 * the picture. They locate the face for whatever measures it further (its roll here; aligning it for
 * another model).
 */
public record FaceLandmarks(
    FacePoint rightEye, FacePoint leftEye, FacePoint noseTip, FacePoint mouth, FacePoint rightEar,
    FacePoint leftEar) {}
