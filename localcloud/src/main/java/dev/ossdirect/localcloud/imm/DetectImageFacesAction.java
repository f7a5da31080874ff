package dev.ossdirect.localcloud.imm;

import dev.ossdirect.localcloud.imm.faces.DetectedFace;
import dev.ossdirect.localcloud.imm.faces.FaceDetector;
import dev.ossdirect.localcloud.imm.images.DecodeBudget;
import dev.ossdirect.localcloud.imm.images.DecodePermit;
import dev.ossdirect.localcloud.imm.images.DecodeThrottledException;
import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.imm.images.ImageDecodingException;
import dev.ossdirect.localcloud.imm.images.ImageHeader;
import dev.ossdirect.localcloud.imm.images.ImageTooLargeException;
import dev.ossdirect.localcloud.oss.ObjectStore;
import dev.ossdirect.localcloud.oss.StoredObject;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.localcloud.rpc.RpcAction;
import dev.ossdirect.localcloud.rpc.RpcCall;
import dev.ossdirect.localcloud.rpc.RpcException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * IMM {@code DetectImageFaces} (version 2020-09-30): finds the faces in an image of the local OSS.
 *
 * <ul>
 *   <li>The caller needs {@code imm:DetectImageFaces} on {@code acs:imm:<region>:<account>:project/<name>},
 *       or gets {@code AccessDenied}; this is checked before the project's existence, so a caller learns
 *       nothing of projects it may not use.
 *   <li>{@code SourceURI} must be {@code oss://<bucket>/<key>} of a bucket here ({@code InvalidArgument});
 *       a missing object is {@code ResourceNotFound}, a file that is not an image (or too large to decode)
 *       is {@code InvalidArgument}.
 *   <li>Decoding is bounded by a {@link DecodeBudget}: so many images at once, so many pixels together
 *       (as their headers declare them, checked before anything is decoded); an image larger than the
 *       whole budget is too large. A call that finds no room within the budget's longest wait gets
 *       {@code Throttling} with HTTP 429 (the code Alibaba's SDKs count as throttling, and a status the
 *       app's page retries with backoff); it holds nothing afterwards. The decoded picture is searched after its
 *       permit is given back: it is small by then (see {@link ImageDecoder}).
 *   <li>IMM reads the object as the project's service, not as the caller: the caller needs no OSS read
 *       permission, as on Alibaba Cloud. {@code CredentialConfig} is accepted and ignored.
 *   <li>Each face has {@code FigureId}, {@code FigureType} ({@code face}), {@code FigureConfidence},
 *       {@code Sharpness}, {@code Boundary} and {@code HeadPose} with its {@code Roll} only (see
 *       {@link dev.ossdirect.localcloud.imm.faces.HeadPose}). What the local detector cannot measure
 *       (age, gender, emotion, pitch and yaw…) is left out, never made up.
 * </ul>
 */
public final class DetectImageFacesAction implements RpcAction {

  /** The largest object this action reads into memory to decode. */
  public static final long MAX_SOURCE_BYTES = 50L * 1024 * 1024;

  private final String region;
  private final String accountId;
  private final String project;
  private final ObjectStore objects;
  private final ImageDecoder decoder;
  private final DecodeBudget budget;
  private final FaceDetector detector;

  public DetectImageFacesAction(String region, String accountId, String project, ObjectStore objects,
      ImageDecoder decoder, DecodeBudget budget, FaceDetector detector) {
    this.region = region;
    this.accountId = accountId;
    this.project = project;
    this.objects = objects;
    this.decoder = decoder;
    this.budget = budget;
    this.detector = detector;
  }

  @Override
  public void authorize(RpcCall call) throws RpcException {
    String projectName = call.required("ProjectName");
    if (!call.caller().policy().allows(
        "imm:DetectImageFaces", ResourceNames.immProject(region, accountId, projectName))) {
      throw new RpcException(403, "AccessDenied",
          "You are not authorized to perform this operation on project " + projectName + ".");
    }
  }

  @Override
  public Map<String, Object> handle(RpcCall call) throws RpcException {
    String projectName = call.required("ProjectName");
    if (!projectName.equals(project)) {
      throw new RpcException(404, "ResourceNotFound", "The specified project " + projectName + " does not exist.");
    }
    String sourceUri = call.required("SourceURI");
    Optional<SourceUri> source = SourceUri.parse(sourceUri);
    if (source.isEmpty() || !objects.hasBucket(source.get().bucket())) {
      throw new RpcException(400, "InvalidArgument",
          "SourceURI must be oss://<bucket>/<object> of a bucket in " + region + ".");
    }
    byte[] image = read(source.get());
    call.timings().lap("read");
    List<DetectedFace> faces;
    try (GrayImage gray = decode(image, call)) {
      faces = detector.detect(gray);
      call.timings().lap("detect");
    }
    List<Map<String, Object>> figures = new ArrayList<>();
    for (DetectedFace face : faces) {
      Map<String, Object> figure = new LinkedHashMap<>();
      figure.put("FigureId", UUID.randomUUID().toString());
      figure.put("FigureType", "face");
      figure.put("FigureConfidence", rounded(face.confidence()));
      figure.put("Sharpness", rounded(face.sharpness()));
      Map<String, Object> boundary = new LinkedHashMap<>();
      boundary.put("Left", face.boundary().left());
      boundary.put("Top", face.boundary().top());
      boundary.put("Width", face.boundary().width());
      boundary.put("Height", face.boundary().height());
      figure.put("Boundary", boundary);
      face.headPose().ifPresent(pose -> figure.put("HeadPose", Map.of("Roll", rounded(pose.roll()))));
      figures.add(figure);
    }
    return Map.of("Faces", figures);
  }

  /** {@code image} decoded for the detector, within the budget; the stages {@code wait} and {@code decode}. */
  private GrayImage decode(byte[] image, RpcCall call) throws RpcException {
    try {
      ImageHeader header = decoder.readHeader(image);
      if (header.pixels() > budget.pixelBudget()) { // it could never be decoded
        throw new ImageTooLargeException(
            header.format(), header.width(), header.height(), budget.pixelBudget());
      }
      try (DecodePermit permit = acquire(header, call)) {
        call.timings().lap("wait");
        GrayImage gray = decoder.decode(image, header, detector.decodeSide());
        call.timings().lap("decode");
        return gray;
      }
    } catch (ImageDecodingException e) {
      throw new RpcException(400, "InvalidArgument", "The source file is not an image that can be decoded: "
          + e.getMessage());
    }
  }

  private DecodePermit acquire(ImageHeader header, RpcCall call) throws RpcException {
    try {
      return budget.acquire(header.pixels());
    } catch (DecodeThrottledException e) {
      call.timings().lap("wait");
      throw new RpcException(429, "Throttling",
          "Request was denied due to request throttling: " + e.getMessage() + ". Please try again later.");
    }
  }

  private byte[] read(SourceUri source) throws RpcException {
    try {
      Optional<StoredObject> stored = objects.open(source.bucket(), source.key());
      if (stored.isEmpty()) {
        throw new RpcException(404, "ResourceNotFound",
            "The specified SourceURI oss://" + source.bucket() + "/" + source.key() + " does not exist.");
      }
      try (StoredObject object = stored.get(); InputStream content = object.content()) {
        if (object.metadata().size() > MAX_SOURCE_BYTES) {
          throw new RpcException(400, "InvalidArgument",
              "The source file is larger than " + MAX_SOURCE_BYTES + " bytes.");
        }
        return content.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
