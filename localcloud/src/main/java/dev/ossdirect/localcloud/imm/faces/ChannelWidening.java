package dev.ossdirect.localcloud.imm.faces;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites BlazeFace's ONNX graph so that its first stage has {@code to} channels instead of
 * {@code from}, the added channels zero throughout: it gives the same outputs (to float rounding), and
 * lets ONNX Runtime keep the whole stage in its blocked layout (NCHWc).
 *
 * <p>Why: ONNX Runtime runs convolutions fastest on channels in blocks of 16 where the processor has
 * AVX-512 (8 with AVX2 only). The model's first stage, 16 of its 32 blocks at 128 to 32 pixels, has 24
 * channels, not a multiple of 16, so there every depthwise convolution ran in the plain layout and
 * ONNX Runtime reordered each block's tensors into the blocked layout and back: 17% of a run's time.
 * With 32 channels, 16 more per block are computed, all zero, and no tensor is reordered; a run took
 * 7.0 ms instead of 8.1 on this project's AVX-512 machines (one thread, median of 180 runs each).
 *
 * <p>What changes, in the model as {@code tf2onnx} wrote it (MediaPipe's graph, opset 12):
 *
 * <ul>
 *   <li>every convolution's weights and bias with {@code from} output channels get {@code to}, the new
 *       ones zero (so the new channels are 0, and stay 0 through ReLU and the residual additions);
 *   <li>every convolution's weights with {@code from} input channels get {@code to}, the new ones zero
 *       (so the new channels add nothing where the stage ends);
 *   <li>a depthwise convolution's {@code group} of {@code from} becomes {@code to};
 *   <li>the zeros the model appends to grow the stage's {@code from} channels (a {@code ConstantOfShape}
 *       shape of {@code [1, from, h, w]} before a {@code Concat}) are {@code to - from} fewer, so the
 *       next stage has its own channels where it had them;
 *   <li>the graph's intermediate shapes ({@code value_info}, optional) are dropped: ONNX Runtime infers
 *       them again.
 * </ul>
 */
final class ChannelWidening {

  // Field numbers of onnx.proto3.
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int GRAPH_VALUE_INFO = 13;
  private static final int NODE_INPUT = 1;
  private static final int NODE_OP_TYPE = 4;
  private static final int NODE_ATTRIBUTE = 5;
  private static final int ATTRIBUTE_NAME = 1;
  private static final int ATTRIBUTE_INT = 3;
  private static final int TENSOR_DIMS = 1;
  private static final int TENSOR_DATA_TYPE = 2;
  private static final int TENSOR_INT64_DATA = 7;
  private static final int TENSOR_NAME = 8;
  private static final int TENSOR_RAW_DATA = 9;
  private static final int FLOAT = 1;
  private static final int INT64 = 7;

  private final int from;
  private final int to;

  private ChannelWidening(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * {@code model} (an ONNX {@code ModelProto}) with its stage of {@code from} channels widened to
   * {@code to}, as described above.
   *
   * @throws IllegalArgumentException if the model is not one this rewrite understands: not protobuf, a
   *     tensor to widen whose values are not raw little-endian floats, or no stage of {@code from} channels
   */
  static byte[] widen(byte[] model, int from, int to) {
    if (to <= from) {
      throw new IllegalArgumentException("cannot widen " + from + " channels to " + to);
    }
    ChannelWidening widening = new ChannelWidening(from, to);
    UnknownFieldSet modelFields = parse(ByteString.copyFrom(model));
    Counts counts = new Counts();
    UnknownFieldSet widened = replace(modelFields, MODEL_GRAPH, graph -> widening.graph(graph, counts));
    if (counts.weights == 0 || counts.zeros == 0) {
      throw new IllegalArgumentException("the model has no stage of " + from + " channels to widen ("
          + counts.weights + " convolutions, " + counts.zeros + " zero paddings found)");
    }
    return widened.toByteArray();
  }

  /** What the rewrite found, so that a model it does not apply to is refused rather than half-changed. */
  private static final class Counts {
    int weights;
    int zeros;
  }

  private ByteString graph(ByteString graphBytes, Counts counts) {
    UnknownFieldSet graph = parse(graphBytes);
    List<UnknownFieldSet> nodes = messages(graph, GRAPH_NODE);
    List<String> convWeights = new ArrayList<>();
    List<String> zeroShapes = new ArrayList<>();
    List<ByteString> newNodes = new ArrayList<>();
    for (UnknownFieldSet node : nodes) {
      String op = string(node, NODE_OP_TYPE);
      List<String> inputs = strings(node, NODE_INPUT);
      if (op.equals("Conv")) {
        convWeights.addAll(inputs.subList(1, inputs.size())); // the weights, and the bias if any
        newNodes.add(replaceEach(node, NODE_ATTRIBUTE, this::group).toByteString());
      } else {
        if (op.equals("ConstantOfShape")) {
          zeroShapes.add(inputs.get(0));
        }
        newNodes.add(node.toByteString());
      }
    }
    List<ByteString> initializers = new ArrayList<>();
    for (UnknownFieldSet tensor : messages(graph, GRAPH_INITIALIZER)) {
      String name = string(tensor, TENSOR_NAME);
      UnknownFieldSet changed = tensor;
      if (convWeights.contains(name)) {
        changed = widenedWeights(tensor);
        counts.weights += changed == tensor ? 0 : 1;
      } else if (zeroShapes.contains(name)) {
        changed = fewerZeros(tensor);
        counts.zeros += changed == tensor ? 0 : 1;
      }
      initializers.add(changed.toByteString());
    }
    UnknownFieldSet.Builder out = UnknownFieldSet.newBuilder(graph);
    out.clearField(GRAPH_VALUE_INFO);
    out.addField(GRAPH_NODE, lengthDelimited(newNodes));
    out.addField(GRAPH_INITIALIZER, lengthDelimited(initializers));
    return out.build().toByteString();
  }

  /** A depthwise convolution's {@code group} attribute of {@code from}, made {@code to}. */
  private ByteString group(ByteString attributeBytes) {
    UnknownFieldSet attribute = parse(attributeBytes);
    if (!string(attribute, ATTRIBUTE_NAME).equals("group")
        || !attribute.getField(ATTRIBUTE_INT).getVarintList().equals(List.of((long) from))) {
      return attributeBytes;
    }
    return UnknownFieldSet.newBuilder(attribute)
        .addField(ATTRIBUTE_INT, UnknownFieldSet.Field.newBuilder().addVarint(to).build())
        .build().toByteString();
  }

  /**
   * A convolution's weights ({@code [out, in, h, w]}) or bias ({@code [out]}) with {@code from} in its
   * first two dimensions made {@code to}, new values zero; the tensor itself where none is {@code from}.
   */
  private UnknownFieldSet widenedWeights(UnknownFieldSet tensor) {
    long[] dims = dims(tensor);
    long[] wide = dims.clone();
    for (int i = 0; i < Math.min(2, dims.length); i++) {
      if (dims[i] == from) {
        wide[i] = to;
      }
    }
    if (Arrays.equals(dims, wide)) {
      return tensor;
    }
    FloatBuffer values = rawData(tensor, FLOAT).asFloatBuffer();
    int inner = 1; // values per (out, in) pair: the kernel's area
    for (int i = 2; i < dims.length; i++) {
      inner *= (int) dims[i];
    }
    int outs = (int) dims[0];
    int ins = dims.length > 1 ? (int) dims[1] : 1;
    int wideIns = wide.length > 1 ? (int) wide[1] : 1;
    ByteBuffer out = ByteBuffer.allocate(4 * (int) wide[0] * wideIns * inner).order(ByteOrder.LITTLE_ENDIAN);
    FloatBuffer outValues = out.asFloatBuffer();
    for (int o = 0; o < outs; o++) {
      for (int i = 0; i < ins; i++) {
        for (int k = 0; k < inner; k++) {
          outValues.put((o * wideIns + i) * inner + k, values.get((o * ins + i) * inner + k));
        }
      }
    }
    return withDimsAndData(tensor, wide, out.array());
  }

  /** A {@code ConstantOfShape} shape {@code [1, from, h, w]}, made {@code [1, from - (to - from), h, w]}. */
  private UnknownFieldSet fewerZeros(UnknownFieldSet tensor) {
    long[] shape = int64s(tensor);
    if (shape.length != 4 || shape[1] != from) {
      return tensor;
    }
    if (to - from >= from) {
      throw new IllegalArgumentException("widening " + from + " channels to " + to
          + " leaves no zeros to append where the model appends " + from);
    }
    shape[1] = from - (to - from);
    return UnknownFieldSet.newBuilder(tensor)
        .clearField(TENSOR_RAW_DATA)
        .addField(TENSOR_INT64_DATA, varints(shape))
        .build();
  }

  /** An {@code INT64} tensor's values, from {@code int64_data} (packed or not) or from raw data. */
  private static long[] int64s(UnknownFieldSet tensor) {
    if (tensor.hasField(TENSOR_RAW_DATA)) {
      LongBuffer raw = rawData(tensor, INT64).asLongBuffer();
      long[] values = new long[raw.remaining()];
      raw.get(values);
      return values;
    }
    return varints(tensor, TENSOR_INT64_DATA);
  }

  private static ByteBuffer rawData(UnknownFieldSet tensor, int dataType) {
    List<Long> type = tensor.getField(TENSOR_DATA_TYPE).getVarintList();
    List<ByteString> raw = tensor.getField(TENSOR_RAW_DATA).getLengthDelimitedList();
    if (!type.equals(List.of((long) dataType)) || raw.size() != 1) {
      throw new IllegalArgumentException("the tensor " + string(tensor, TENSOR_NAME)
          + " does not hold its values as raw data of type " + dataType);
    }
    return raw.get(0).asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
  }

  private static long[] dims(UnknownFieldSet tensor) {
    return varints(tensor, TENSOR_DIMS);
  }

  /** The integers of a repeated field, written packed or one by one. */
  private static long[] varints(UnknownFieldSet message, int number) {
    UnknownFieldSet.Field field = message.getField(number);
    List<Long> dims = new ArrayList<>(field.getVarintList());
    for (ByteString packed : field.getLengthDelimitedList()) {
      CodedInputStream in = packed.newCodedInput();
      try {
        while (!in.isAtEnd()) {
          dims.add(in.readInt64());
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("field " + number + " does not hold protobuf varints", e);
      }
    }
    return dims.stream().mapToLong(Long::longValue).toArray();
  }

  private static UnknownFieldSet.Field varints(long[] values) {
    UnknownFieldSet.Field.Builder field = UnknownFieldSet.Field.newBuilder();
    for (long value : values) {
      field.addVarint(value);
    }
    return field.build();
  }

  private static UnknownFieldSet withDimsAndData(UnknownFieldSet tensor, long[] dims, byte[] data) {
    return UnknownFieldSet.newBuilder(tensor)
        .addField(TENSOR_DIMS, varints(dims))
        .addField(TENSOR_RAW_DATA, lengthDelimited(List.of(ByteString.copyFrom(data))))
        .build();
  }

  private static UnknownFieldSet replace(UnknownFieldSet message, int field, UnaryOperator<ByteString> change) {
    List<ByteString> values = message.getField(field).getLengthDelimitedList();
    if (values.size() != 1) {
      throw new IllegalArgumentException("expected one field " + field + ", found " + values.size());
    }
    return UnknownFieldSet.newBuilder(message)
        .addField(field, lengthDelimited(List.of(change.apply(values.get(0)))))
        .build();
  }

  private static UnknownFieldSet replaceEach(UnknownFieldSet message, int field, UnaryOperator<ByteString> change) {
    List<ByteString> values = new ArrayList<>();
    for (ByteString value : message.getField(field).getLengthDelimitedList()) {
      values.add(change.apply(value));
    }
    return UnknownFieldSet.newBuilder(message).addField(field, lengthDelimited(values)).build();
  }

  private static UnknownFieldSet.Field lengthDelimited(List<ByteString> values) {
    UnknownFieldSet.Field.Builder field = UnknownFieldSet.Field.newBuilder();
    values.forEach(field::addLengthDelimited);
    return field.build();
  }

  private static List<UnknownFieldSet> messages(UnknownFieldSet message, int field) {
    return message.getField(field).getLengthDelimitedList().stream().map(ChannelWidening::parse).toList();
  }

  private static String string(UnknownFieldSet message, int field) {
    List<ByteString> values = message.getField(field).getLengthDelimitedList();
    return values.isEmpty() ? "" : values.get(0).toStringUtf8();
  }

  private static List<String> strings(UnknownFieldSet message, int field) {
    return message.getField(field).getLengthDelimitedList().stream().map(ByteString::toStringUtf8).toList();
  }

  private static UnknownFieldSet parse(ByteString bytes) {
    try {
      return UnknownFieldSet.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not an ONNX model (protobuf): " + e.getMessage(), e);
    }
  }
}
