package dev.ossdirect.localcloud.imm.attributes;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the graph of a TensorFlow.js graph model as a binary TensorFlow {@code GraphDef}, with its
 * weights as the content of its {@code Const} nodes: the form OpenCV's TensorFlow importer reads.
 *
 * <p>A {@code model.json}'s {@code modelTopology} is a {@code GraphDef} already, in protobuf's JSON
 * form, with the constants' contents left out (they are in the weight shards). So most of the work is a
 * faithful re-encoding, field by field, of the messages {@code NodeDef}, {@code AttrValue},
 * {@code TensorShapeProto} and {@code TensorProto}
 * (<a href="https://github.com/tensorflow/tensorflow/tree/master/tensorflow/core/framework">tensorflow/core/framework</a>),
 * with each constant's content filled in from {@link TfjsWeights}.
 *
 * <p>The one change is to the fused operations the TensorFlow.js converter makes, which only
 * TensorFlow's own runtimes know: {@code _FusedConv2D}, {@code FusedDepthwiseConv2dNative} and
 * {@code _FusedMatMul} are written as the operations they fuse, in order (the convolution or product,
 * then {@code BiasAdd}, then {@code Relu} or {@code Relu6} if fused), the last of them under the fused
 * node's name, so that every consumer still finds it. Any other fused operation (a fused batch norm,
 * a leaky ReLU with its alpha) is refused, not approximated.
 */
final class GraphDefWriter {

  private static final Map<String, Integer> DATA_TYPES = Map.of(
      "DT_FLOAT", 1, "DT_DOUBLE", 2, "DT_INT32", 3, "DT_UINT8", 4, "DT_INT16", 5, "DT_INT8", 6,
      "DT_STRING", 7, "DT_INT64", 9, "DT_BOOL", 10, "DT_HALF", 19);

  /** What a fused node fuses its first operation with, by the fused op's name. */
  private static final Map<String, String> FUSED = Map.of(
      "_FusedConv2D", "Conv2D",
      "FusedDepthwiseConv2dNative", "DepthwiseConv2dNative",
      "_FusedMatMul", "MatMul");

  /** The attributes of a fused node that describe the fusion, not its first operation. */
  private static final Set<String> FUSION_ATTRIBUTES = Set.of("fused_ops", "num_args", "epsilon", "leakyrelu_alpha");

  private GraphDefWriter() {}

  /**
   * The {@code GraphDef} of {@code topology} (a model's {@code modelTopology}), its constants filled
   * from {@code weights}.
   *
   * @throws IllegalArgumentException if a constant has no weight, or a node is of a form not written here
   */
  static byte[] write(JsonNode topology, TfjsWeights weights) {
    return message(out -> {
      for (JsonNode node : topology.get("node")) {
        String op = node.get("op").asText();
        if (op.equals("Const")) {
          out.writeByteArray(1, constant(node, weights));
        } else if (FUSED.containsKey(op)) {
          for (byte[] part : unfused(node, FUSED.get(op))) {
            out.writeByteArray(1, part);
          }
        } else {
          out.writeByteArray(1, node(node.get("name").asText(), op, inputs(node), attributes(node, Set.of())));
        }
      }
      JsonNode producer = topology.path("versions").path("producer");
      if (producer.isNumber() || producer.isTextual()) {
        out.writeByteArray(4, message(versions -> versions.writeInt32(1, producer.asInt())));
      }
    });
  }

  /** The operations a fused node stands for, in order, the last one named as the fused node. */
  private static List<byte[]> unfused(JsonNode node, String firstOp) {
    String name = node.get("name").asText();
    List<String> inputs = inputs(node);
    List<String> fusedOps = new ArrayList<>();
    for (JsonNode fused : node.path("attr").path("fused_ops").path("list").path("s")) {
      fusedOps.add(new String(Base64.getDecoder().decode(fused.asText()), StandardCharsets.UTF_8));
    }
    boolean bias = !fusedOps.isEmpty() && fusedOps.get(0).equals("BiasAdd");
    List<String> activations = bias ? fusedOps.subList(1, fusedOps.size()) : fusedOps;
    if (activations.size() > 1 || (activations.size() == 1 && !Set.of("Relu", "Relu6").contains(activations.get(0)))
        || (!bias && !activations.isEmpty()) || inputs.size() != (bias ? 3 : 2)) {
      throw new IllegalArgumentException("node " + name + " fuses " + fusedOps + " with " + inputs.size()
          + " inputs; only a bias and then Relu or Relu6 are written");
    }
    List<byte[]> parts = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    steps.add(firstOp);
    if (bias) {
      steps.add("BiasAdd");
    }
    steps.addAll(activations);
    String previous = null;
    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      String stepName = i == steps.size() - 1 ? name : name + "/" + step;
      if (i == 0) {
        parts.add(node(stepName, step, inputs.subList(0, 2), attributes(node, FUSION_ATTRIBUTES)));
      } else if (step.equals("BiasAdd")) {
        parts.add(node(stepName, step, List.of(previous, inputs.get(2)), typeOnly(node)));
      } else {
        parts.add(node(stepName, step, List.of(previous), typeOnly(node)));
      }
      previous = stepName;
    }
    return parts;
  }

  private static byte[] constant(JsonNode node, TfjsWeights weights) {
    String name = node.get("name").asText();
    TfjsWeights.Weight weight = weights.get(name);
    if (weight == null) {
      throw new IllegalArgumentException("constant " + name + " has no weight in the manifest");
    }
    String dtype = weight.dtype().equals("int32") ? "DT_INT32" : "DT_FLOAT";
    byte[] tensor = message(out -> {
      out.writeEnum(1, DATA_TYPES.get(dtype));
      out.writeByteArray(2, shape(weight.shape()));
      out.writeByteArray(4, weight.content());
    });
    return node(name, "Const", List.of(), List.of(
        attribute("dtype", message(out -> out.writeEnum(6, DATA_TYPES.get(dtype)))),
        attribute("value", message(out -> out.writeByteArray(8, tensor)))));
  }

  private static byte[] node(String name, String op, List<String> inputs, List<byte[]> attributes) {
    return message(out -> {
      out.writeString(1, name);
      out.writeString(2, op);
      for (String input : inputs) {
        out.writeString(3, input);
      }
      for (byte[] attribute : attributes) {
        out.writeByteArray(5, attribute);
      }
    });
  }

  private static List<String> inputs(JsonNode node) {
    List<String> inputs = new ArrayList<>();
    node.path("input").forEach(input -> inputs.add(input.asText()));
    return inputs;
  }

  /** The node's attributes but {@code left}, as {@code map<string, AttrValue>} entries. */
  private static List<byte[]> attributes(JsonNode node, Set<String> left) {
    List<byte[]> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.path("attr").properties()) {
      if (!left.contains(field.getKey())) {
        entries.add(attribute(field.getKey(), attrValue(node.get("name").asText(), field.getKey(), field.getValue())));
      }
    }
    return entries;
  }

  private static List<byte[]> typeOnly(JsonNode node) {
    JsonNode type = node.path("attr").path("T");
    return type.isMissingNode() ? List.of() : List.of(attribute("T", attrValue(node.get("name").asText(), "T", type)));
  }

  private static byte[] attribute(String key, byte[] value) {
    return message(out -> {
      out.writeString(1, key);
      out.writeByteArray(2, value);
    });
  }

  /** An {@code AttrValue} from its JSON form. */
  private static byte[] attrValue(String nodeName, String key, JsonNode value) {
    return message(out -> {
      if (value.has("list")) {
        out.writeByteArray(1, listValue(nodeName, key, value.get("list")));
      } else if (value.has("s")) {
        out.writeByteArray(2, Base64.getDecoder().decode(value.get("s").asText()));
      } else if (value.has("i")) {
        out.writeInt64(3, value.get("i").asLong());
      } else if (value.has("f")) {
        out.writeFloat(4, (float) value.get("f").asDouble());
      } else if (value.has("b")) {
        out.writeBool(5, value.get("b").asBoolean());
      } else if (value.has("type")) {
        out.writeEnum(6, dataType(nodeName, value.get("type").asText()));
      } else if (value.has("shape")) {
        out.writeByteArray(7, shape(value.get("shape")));
      } else {
        throw new IllegalArgumentException("attribute " + key + " of node " + nodeName + " is of a form not written: "
            + value);
      }
    });
  }

  private static byte[] listValue(String nodeName, String key, JsonNode list) {
    return message(out -> {
      for (JsonNode s : list.path("s")) {
        out.writeByteArray(2, Base64.getDecoder().decode(s.asText()));
      }
      for (JsonNode i : list.path("i")) {
        out.writeInt64(3, i.asLong());
      }
      for (JsonNode f : list.path("f")) {
        out.writeFloat(4, (float) f.asDouble());
      }
      for (JsonNode b : list.path("b")) {
        out.writeBool(5, b.asBoolean());
      }
      for (JsonNode type : list.path("type")) {
        out.writeEnum(6, dataType(nodeName, type.asText()));
      }
      for (JsonNode shape : list.path("shape")) {
        out.writeByteArray(7, shape(shape));
      }
      if (list.has("tensor") || list.has("func")) {
        throw new IllegalArgumentException("attribute " + key + " of node " + nodeName + " lists tensors or functions");
      }
    });
  }

  private static byte[] shape(JsonNode shape) {
    return message(out -> {
      for (JsonNode dim : shape.path("dim")) {
        out.writeByteArray(2, message(d -> d.writeInt64(1, dim.path("size").asLong())));
      }
      if (shape.path("unknownRank").asBoolean(false)) {
        out.writeBool(3, true);
      }
    });
  }

  private static byte[] shape(long[] dims) {
    return message(out -> {
      for (long size : dims) {
        out.writeByteArray(2, message(d -> d.writeInt64(1, size)));
      }
    });
  }

  private static int dataType(String nodeName, String name) {
    Integer type = DATA_TYPES.get(name);
    if (type == null) {
      throw new IllegalArgumentException("node " + nodeName + " uses type " + name + ", not written here");
    }
    return type;
  }

  @FunctionalInterface
  private interface Body {
    void write(CodedOutputStream out) throws IOException;
  }

  /** The bytes of a message whose fields {@code body} writes. */
  private static byte[] message(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    try {
      body.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }
}
