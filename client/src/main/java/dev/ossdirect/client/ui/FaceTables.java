package dev.ossdirect.client.ui;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.faces.DetectedFace;
import dev.ossdirect.client.faces.FaceAttribute;
import elemental2.dom.HTMLElement;

/** One table per face, captioned with the number on its rectangle, listing IMM's attributes. */
final class FaceTables {

  private static final PageMessages MESSAGES = GWT.create(PageMessages.class);

  private FaceTables() {}

  /** The table of {@code face}. */
  static HTMLElement of(DetectedFace face) {
    HTMLElement table = Dom.testId(Dom.element("table", "face-table"), "face-table");
    table.appendChild(Dom.text("caption", null, MESSAGES.faceNumber(Integer.toString(face.number()))));
    HTMLElement head = Dom.element("thead", null);
    HTMLElement headRow = Dom.element("tr", null);
    for (String column : new String[] {MESSAGES.attribute(), MESSAGES.value(), MESSAGES.confidence()}) {
      HTMLElement cell = Dom.text("th", null, column);
      cell.setAttribute("scope", "col");
      headRow.appendChild(cell);
    }
    head.appendChild(headRow);
    table.appendChild(head);
    HTMLElement body = Dom.element("tbody", null);
    for (FaceAttribute attribute : face.attributes()) {
      HTMLElement row = Dom.element("tr", null);
      HTMLElement label = Dom.text("th", null, attribute.label());
      label.setAttribute("scope", "row");
      row.appendChild(label);
      row.appendChild(Dom.text("td", null, attribute.value()));
      row.appendChild(Dom.text("td", "confidence", attribute.confidence()));
      body.appendChild(row);
    }
    table.appendChild(body);
    return table;
  }
}
