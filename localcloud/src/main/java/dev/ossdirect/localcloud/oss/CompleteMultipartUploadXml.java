package dev.ossdirect.localcloud.oss;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the body of CompleteMultipartUpload:
 *
 * <pre>
 * &lt;CompleteMultipartUpload&gt;
 *   &lt;Part&gt;&lt;PartNumber&gt;1&lt;/PartNumber&gt;&lt;ETag&gt;"3349DC70…"&lt;/ETag&gt;&lt;/Part&gt;
 *   …
 * &lt;/CompleteMultipartUpload&gt;
 * </pre>
 *
 * <p>The body comes from the network, so the reader defends itself: at most {@link #MAX_BODY_BYTES}
 * bytes are read, elements nest at most three deep, there are at most 10,000 parts, and a document type
 * declaration or an entity reference is refused outright (no DTD is loaded, no entity expanded: no XXE, no
 * entity bombs). Anything else that is not this document is {@code MalformedXML}. Other elements inside a
 * {@code Part} are ignored, as OSS does.
 */
final class CompleteMultipartUploadXml {

  /** The largest body read: ten thousand parts with quoted entity tags fit well within it. */
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private static final int MAX_DEPTH = 3;

  private CompleteMultipartUploadXml() {}

  /**
   * The parts {@code body} names, in the order given; {@code declaredLength} is its {@code Content-Length},
   * or -1.
   */
  static List<PartReference> parse(InputStream body, long declaredLength) throws OssException, IOException {
    if (declaredLength > MAX_BODY_BYTES) {
      throw OssException.malformedXml("the body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    byte[] xml = body.readNBytes(MAX_BODY_BYTES + 1);
    if (xml.length > MAX_BODY_BYTES) {
      throw OssException.malformedXml("the body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    try {
      XMLStreamReader reader = newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        return parts(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw OssException.malformedXml("it is not well-formed");
    }
  }

  private static List<PartReference> parts(XMLStreamReader reader) throws XMLStreamException, OssException {
    List<PartReference> parts = new ArrayList<>();
    int depth = 0;
    String element = null;
    String partNumber = null;
    String etag = null;
    StringBuilder text = new StringBuilder();
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.DTD,
            XMLStreamConstants.ENTITY_REFERENCE,
            XMLStreamConstants.ENTITY_DECLARATION ->
            throw OssException.malformedXml("document type declarations and entities are not allowed");
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = reader.getLocalName();
          if (depth > MAX_DEPTH) {
            throw OssException.malformedXml("elements nest too deep");
          } else if (depth == 1 && !name.equals("CompleteMultipartUpload")) {
            throw OssException.malformedXml("the root element must be CompleteMultipartUpload");
          } else if (depth == 2 && !name.equals("Part")) {
            throw OssException.malformedXml("CompleteMultipartUpload may only contain Part elements");
          } else if (depth == 2) {
            partNumber = null;
            etag = null;
          }
          element = name;
          text.setLength(0);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (depth == MAX_DEPTH) {
            text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == MAX_DEPTH && "PartNumber".equals(element)) {
            partNumber = text.toString().trim();
          } else if (depth == MAX_DEPTH && "ETag".equals(element)) {
            etag = text.toString().trim();
          } else if (depth == 2) {
            parts.add(part(partNumber, etag));
            if (parts.size() > MultipartUploads.MAX_PART_NUMBER) {
              throw OssException.malformedXml("there are more than 10000 parts");
            }
          }
          depth--;
          element = null;
        }
        default -> {
          // comments, processing instructions and white space carry nothing
        }
      }
    }
    if (parts.isEmpty()) {
      throw OssException.malformedXml("no Part is given");
    }
    return parts;
  }

  private static PartReference part(String partNumber, String etag) throws OssException {
    if (partNumber == null || etag == null || etag.isEmpty()) {
      throw OssException.malformedXml("every Part needs a PartNumber and an ETag");
    }
    try {
      return new PartReference(Integer.parseInt(partNumber), etag);
    } catch (NumberFormatException e) {
      throw OssException.malformedXml("a PartNumber is not a number");
    }
  }

  /**
   * A factory that loads no DTD and expands no entity. A new one per document: StAX factories do not
   * promise to be thread-safe, and CompleteMultipartUpload is rare enough for the cost not to matter.
   */
  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }
}
