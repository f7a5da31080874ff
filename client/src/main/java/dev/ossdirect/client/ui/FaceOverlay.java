package dev.ossdirect.client.ui;

import dev.ossdirect.client.faces.DetectedFace;
import dev.ossdirect.client.faces.FaceBoundary;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLImageElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a numbered rectangle over each face of the picture.
 *
 * <p>The rectangles are placed in percentages of the picture's natural size, inside a frame that wraps
 * the displayed picture exactly: they scale with it and stay on the faces at any window width, with no
 * resize handling. They are drawn as soon as the picture's natural size is known.
 */
final class FaceOverlay {

  private final HTMLElement frame;
  private final HTMLImageElement picture;
  private final List<HTMLElement> boxes = new ArrayList<>();
  private final List<FaceBoundary> boundaries = new ArrayList<>();

  /** An overlay on {@code picture}, whose positioned parent is {@code frame}. */
  FaceOverlay(HTMLElement frame, HTMLImageElement picture) {
    this.frame = frame;
    this.picture = picture;
  }

  /** Shows a rectangle for each face with a box, in place of any shown before. */
  void show(List<DetectedFace> faces) {
    for (HTMLElement box : boxes) {
      frame.removeChild(box);
    }
    boxes.clear();
    boundaries.clear();
    for (DetectedFace face : faces) {
      if (face.boundary() == null) {
        continue;
      }
      HTMLElement box = Dom.testId(Dom.element("div", "face-box"), "face-box");
      box.setAttribute("data-face", Integer.toString(face.number()));
      box.setAttribute("aria-hidden", "true");
      box.appendChild(Dom.text("span", "face-label", Integer.toString(face.number())));
      frame.appendChild(box);
      boxes.add(box);
      boundaries.add(face.boundary());
    }
    if (picture.complete && picture.naturalWidth > 0) {
      place();
    } else {
      picture.addEventListener("load", event -> place());
    }
  }

  private void place() {
    double width = picture.naturalWidth;
    double height = picture.naturalHeight;
    if (width <= 0 || height <= 0) {
      return;
    }
    for (int i = 0; i < boxes.size(); i++) {
      FaceBoundary boundary = boundaries.get(i);
      HTMLElement box = boxes.get(i);
      box.style.setProperty("left", percent(boundary.left() / width));
      box.style.setProperty("top", percent(boundary.top() / height));
      box.style.setProperty("width", percent(boundary.width() / width));
      box.style.setProperty("height", percent(boundary.height() / height));
      box.classList.add("placed");
    }
  }

  private static String percent(double fraction) {
    return (fraction * 100) + "%";
  }
}
